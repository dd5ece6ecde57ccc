"""Between-session call events in the calendar: how we recognise the ones we booked (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

import icalendar

from daemon.core.model import CALL_CATEGORY, Interval


def is_call(event: icalendar.cal.Component) -> bool:
    categories = event.get("CATEGORIES")
    if categories is None:
        return False
    lists = categories if isinstance(categories, list) else [categories]
    return any(
        str(cat).strip().lower() == CALL_CATEGORY.lower()
        for item in lists
        for cat in getattr(item, "cats", [item])
    )


def booked_in(
    calendars: Iterable[icalendar.Calendar], start: datetime, end: datetime
) -> list[Interval]:
    """Calls (single, timed events carrying our category) overlapping [start, end)."""
    found = []
    for calendar in calendars:
        for event in calendar.walk("VEVENT"):
            if not is_call(event) or str(event.get("STATUS", "")).upper() == "CANCELLED":
                continue
            begin = event.decoded("DTSTART", None)
            if not isinstance(begin, datetime) or begin.tzinfo is None:
                continue  # we always write aware times; anything else is not ours
            finish = event.decoded("DTEND", None)
            if not isinstance(finish, datetime):
                duration = event.decoded("DURATION", None)
                finish = begin + (duration if isinstance(duration, timedelta) else timedelta(0))
            if begin < end and finish > start:
                found.append(Interval(begin, finish))
    return sorted(found)
