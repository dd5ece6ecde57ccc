"""Values as people write them in the config: durations, clock times, windows, the digest
time, loopback hosts, password sources and the event title pattern (pure).

Each parser raises `ValueError` with a short message; `config` turns it into a line that
names the file and the key.
"""

from __future__ import annotations

import ipaddress
import re
import string
from dataclasses import dataclass
from datetime import time, timedelta

from daemon.core.model import WEEKDAYS

SUMMARY_FIELDS = frozenset({"initials", "first_name"})

_DURATION = re.compile(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?")
_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def parse_duration(text: str) -> timedelta:
    """`15m`, `2h`, `7d`, `1h30m`, `0m` -> timedelta (whole minutes, nothing finer)."""
    match = _DURATION.fullmatch(text.strip())
    if not text.strip() or match is None:
        raise ValueError(f'"{text}" is not a duration; write it like 15m, 2h, 7d or 1h30m')
    days, hours, minutes = (int(part or 0) for part in match.groups())
    return timedelta(days=days, hours=hours, minutes=minutes)


def format_duration(value: timedelta) -> str:
    minutes = int(value.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    text = "".join(f"{n}{unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "m")) if n)
    return text or "0m"


def parse_clock(text: str) -> time:
    """`HH:MM` (24-hour) -> time."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        raise ValueError(f'"{text}" is not a time of day; write it like 09:30 or 17:00')
    return time(int(match[1]), int(match[2]))


@dataclass(frozen=True, order=True)
class Span:
    """One window on one weekday, in the therapist's wall-clock time."""

    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    @property
    def length(self) -> timedelta:
        return timedelta(
            hours=self.end.hour - self.start.hour, minutes=self.end.minute - self.start.minute
        )


def parse_window(text: str) -> Span:
    """`"HH:MM-HH:MM"` -> Span; a window that ends before (or when) it starts is an error."""
    parts = text.split("-")
    if len(parts) != 2:
        raise ValueError(f'"{text}" is not a window; write it like "12:00-13:00"')
    try:
        span = Span(parse_clock(parts[0]), parse_clock(parts[1]))
    except ValueError:
        raise ValueError(f'"{text}" is not a window; write it like "12:00-13:00"') from None
    if span.end <= span.start:
        raise ValueError(f'"{text}" ends before it starts')
    return span


@dataclass(frozen=True)
class Digest:
    """When the weekly follow-up digest goes out: weekday 0 = Monday, local time."""

    weekday: int
    at: time

    def __str__(self) -> str:
        return f"{WEEKDAYS[self.weekday]} {self.at:%H:%M}"


def parse_digest(text: str) -> Digest:
    """`"mon 07:30"` -> Digest."""
    parts = text.split()
    if len(parts) != 2 or parts[0].lower() not in WEEKDAYS:
        raise ValueError(f'"{text}" is not a weekday and time; write it like "mon 07:30"')
    return Digest(WEEKDAYS.index(parts[0].lower()), parse_clock(parts[1]))


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.0/8 or ::1, decided from the text alone (no DNS)."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_password_spec(spec: str) -> str:
    # The value is never echoed: someone may have typed the password itself here.
    kind, sep, rest = spec.partition(":")
    if spec == "keyring" or (sep and kind in ("env", "file", "credential") and rest):
        return spec
    raise ValueError("must be keyring, env:VAR, file:PATH or credential:NAME")


def check_summary(text: str) -> str:
    try:
        fields = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        raise ValueError("has unbalanced { or }; write {{ or }} for a literal brace") from None
    unknown = sorted(fields - SUMMARY_FIELDS)
    if unknown:
        shown = ", ".join("{" + name + "}" for name in unknown)
        raise ValueError(f"may only use {{initials}} and {{first_name}}, not {shown}")
    return text
