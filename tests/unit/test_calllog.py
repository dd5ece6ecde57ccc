"""The call log as the therapist exports it: a table, CSV and JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from daemon.core.reports.calllog import FIELDS, CallRow, render

BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")

ROWS = [
    CallRow(
        "Ann E", "ann@example.org", datetime(2026, 1, 13, 17, 0, tzinfo=UTC), 15, "email", "held"
    ),
    CallRow(
        'Müller, "Bea"',
        "bea@example.org",
        datetime(2026, 1, 14, 9, 30, tzinfo=BERLIN),
        120,
        "email",
        "cancelled by client",
    ),
]


def test_the_table_aligns_columns_under_a_header_in_the_therapists_zone() -> None:
    assert render(ROWS, "table", BERLIN).splitlines() == [
        "Date        Time   Min  Client         Email            Via    Outcome",
        "----------  -----  ---  -------------  ---------------  -----  -------------------",
        "2026-01-13  18:00   15  Ann E          ann@example.org  email  held",
        '2026-01-14  09:30  120  Müller, "Bea"  bea@example.org  email  cancelled by client',
        "",
        "2 calls, 135 minutes (times in Europe/Berlin)",
    ]


def test_wide_characters_and_line_breaks_do_not_tear_the_table() -> None:
    rows = [
        CallRow(
            "山田 花子",
            "h@example.jp",
            datetime(2026, 1, 13, 9, tzinfo=BERLIN),
            15,
            "email",
            "held",
        ),
        CallRow(
            "Two\nLines",
            "t@example.org",
            datetime(2026, 1, 13, 10, tzinfo=BERLIN),
            15,
            "email",
            "held",
        ),
    ]
    lines = render(rows, "table", BERLIN).splitlines()
    assert lines[3].startswith("2026-01-13  10:00   15  Two Lines  t@example.org")
    # Four wide characters take eight columns: the email column still lines up on screen.
    assert lines[2].index("h@example.jp") + 4 == lines[3].index("t@example.org")
    assert lines[-1] == "2 calls, 30 minutes (times in Europe/Berlin)"


def test_an_empty_log() -> None:
    assert render([], "table", BERLIN) == "No calls.\n"
    assert render([], "csv", BERLIN) == ",".join(FIELDS) + "\r\n"
    assert render([], "json", BERLIN) == "[]\n"


def test_csv_quotes_commas_and_quotes_and_reads_back() -> None:
    text = render(ROWS, "csv", BERLIN)
    assert text.splitlines()[2] == (
        '"Müller, ""Bea""",bea@example.org,2026-01-14T09:30+01:00,120,email,cancelled by client'
    )
    records = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["client"] for r in records] == ["Ann E", 'Müller, "Bea"']
    assert records[0]["start"] == "2026-01-13T18:00+01:00"


def test_json_round_trips_to_the_same_rows() -> None:
    records = json.loads(render(ROWS, "json", BERLIN))
    assert list(records[0]) == list(FIELDS)
    back = [
        CallRow(**{**record, "start": datetime.fromisoformat(record["start"])})
        for record in records
    ]
    assert back == ROWS  # aware datetimes compare as instants
    assert records[0]["start"] == "2026-01-13T18:00+01:00"
    assert "Müller" in render(ROWS, "json", BERLIN)  # not \\u-escaped


def test_naive_times_and_unknown_formats_are_refused() -> None:
    naive = CallRow("A", "a@example.org", datetime(2026, 1, 13, 9), 15, "email", "held")
    with pytest.raises(ValueError):
        render([naive], "csv", BERLIN)
    with pytest.raises(ValueError):
        render(ROWS, "xml", BERLIN)  # type: ignore[arg-type]
