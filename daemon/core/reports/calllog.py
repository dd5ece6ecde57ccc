"""The call log as the therapist reads it, for their own records and billing (pure).

`callmemaybe calls` renders rows in one of three formats: an aligned table for the
terminal, CSV for a spreadsheet (RFC 4180: header row, CRLF line ends), JSON for
scripts. Times are in the therapist's zone; rows keep the order they are given in.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

Format = Literal["table", "csv", "json"]
FORMATS: tuple[Format, ...] = ("table", "csv", "json")


@dataclass(frozen=True)
class CallRow:
    client: str
    email: str
    start: datetime
    length_minutes: int
    requested_via: str
    outcome: str


FIELDS = ("client", "email", "start", "length_minutes", "requested_via", "outcome")


def render(rows: Sequence[CallRow], fmt: Format, tz: ZoneInfo) -> str:
    if fmt == "table":
        return _table(rows, tz)
    if fmt == "csv":
        return _csv(rows, tz)
    if fmt == "json":
        return json.dumps([_record(row, tz) for row in rows], ensure_ascii=False, indent=2) + "\n"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _record(row: CallRow, tz: ZoneInfo) -> dict[str, str | int]:
    return {
        "client": row.client,
        "email": row.email,
        "start": _local(row.start, tz).isoformat(timespec="minutes"),
        "length_minutes": row.length_minutes,
        "requested_via": row.requested_via,
        "outcome": row.outcome,
    }


def _csv(rows: Sequence[CallRow], tz: ZoneInfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out)  # the excel dialect: quotes as needed, CRLF
    writer.writerow(FIELDS)
    for row in rows:
        record = _record(row, tz)
        writer.writerow([record[field] for field in FIELDS])
    return out.getvalue()


def _table(rows: Sequence[CallRow], tz: ZoneInfo) -> str:
    if not rows:
        return "No calls.\n"
    header = ("Date", "Time", "Min", "Client", "Email", "Via", "Outcome")
    right = {2}  # numbers align right
    body = []
    for row in rows:
        local = _local(row.start, tz)
        body.append(
            (
                f"{local:%Y-%m-%d}",
                f"{local:%H:%M}",
                str(row.length_minutes),
                _cell(row.client),
                _cell(row.email),
                _cell(row.requested_via),
                _cell(row.outcome),
            )
        )
    widths = [max(_width(line[i]) for line in (header, *body)) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        padded = [_pad(cell, widths[i], right=i in right) for i, cell in enumerate(cells)]
        return "  ".join(padded).rstrip()

    total = sum(row.length_minutes for row in rows)
    calls = "1 call" if len(rows) == 1 else f"{len(rows)} calls"
    lines = [line(header), line(["-" * w for w in widths])]
    lines += [line(cells) for cells in body]
    lines += ["", f"{calls}, {total} minutes (times in {tz.key})"]
    return "\n".join(lines) + "\n"


def _local(moment: datetime, tz: ZoneInfo) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("call times must be timezone-aware")
    return moment.astimezone(tz)


def _cell(text: str) -> str:
    # A line break or tab inside a name would tear the table apart.
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)


def _width(text: str) -> int:
    """Terminal columns: East Asian wide characters take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _pad(text: str, width: int, *, right: bool) -> str:
    fill = " " * (width - _width(text))
    return fill + text if right else text + fill
