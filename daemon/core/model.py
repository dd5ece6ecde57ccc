"""Plain frozen values shared by the pure core and the shell.

Nothing here does I/O or reads the clock; every datetime is timezone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# How a mail connection is secured: implicit TLS, STARTTLS, or none (loopback only).
Security = Literal["tls", "starttls", "plain"]


@dataclass(frozen=True, order=True)
class Interval:
    """A half-open span [start, end) of aware datetimes."""

    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("Interval needs timezone-aware datetimes")

    @property
    def length(self) -> timedelta:
        # Elapsed time: subtraction within one tzinfo would give wall-clock time across DST.
        return timedelta(seconds=self.end.timestamp() - self.start.timestamp())

    def utc(self) -> Interval:
        """The same span in UTC, where equality and order are exact (no DST fold)."""
        return Interval(self.start.astimezone(UTC), self.end.astimezone(UTC))


@dataclass(frozen=True)
class Window:
    """A weekly window in the therapist's local wall-clock time (weekday 0 = Monday)."""

    weekday: int
    start: time
    end: time


@dataclass(frozen=True)
class Rules:
    """What the therapist allows, in plain values (built from the config by `config.rules`)."""

    tz: ZoneInfo
    windows: tuple[Window, ...]
    length: timedelta
    buffer: timedelta
    notice: timedelta
    horizon: timedelta
    max_per_day: int
    max_per_week: int
    offer: int
    grid: timedelta = timedelta(minutes=15)


# The category that marks an event as a between-session call this program booked.
# Calls found by it count toward the caps even when the state database is new.
CALL_CATEGORY = "Between-session call"
