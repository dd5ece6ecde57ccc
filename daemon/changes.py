"""What the therapist did to a booked call in their calendar app (pure).

The calendar is theirs: a call they deleted is cancelled, a call they moved has moved.
We compare each open booking with the event stored under its UID.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import icalendar

from daemon.decide import BookingState
from daemon.model import Interval


@dataclass(frozen=True)
class Deleted:
    booking: BookingState


@dataclass(frozen=True)
class Moved:
    booking: BookingState
    slot: Interval
    sequence: int  # the SEQUENCE to send: above ours and above the event's


@dataclass(frozen=True)
class Held:
    booking: BookingState


Change = Deleted | Moved | Held


def event_slot(ics: str, uid: str) -> tuple[Interval, int] | None:
    """The (start, end) and SEQUENCE of the master VEVENT with `uid`, if it is readable."""
    try:
        calendar = icalendar.Calendar.from_ical(ics)
    except ValueError:
        return None
    for event in calendar.walk("VEVENT"):
        if str(event.get("UID", "")) != uid or event.get("RECURRENCE-ID") is not None:
            continue
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            return None
        start = event.decoded("DTSTART", None)
        if not isinstance(start, datetime) or start.tzinfo is None:
            return None  # made all-day or floating in the app: we cannot place it
        end = event.decoded("DTEND", None)
        if not isinstance(end, datetime):
            duration = event.decoded("DURATION", None)
            end = start + (duration if isinstance(duration, timedelta) else timedelta(0))
        return Interval(start, end).utc(), int(event.get("SEQUENCE", 0))
    return None


def change_of(booking: BookingState, found: str | None, now: datetime) -> Change | None:
    """What happened to `booking`, given the event text stored under its UID (None: gone)."""
    if found is None:
        return Deleted(booking) if booking.slot.end > now else None
    seen = event_slot(found, booking.event_uid)
    if seen is None:
        return Deleted(booking) if booking.slot.end > now else None
    slot, sequence = seen
    if slot != booking.slot.utc():
        return Moved(booking, slot, max(sequence, booking.sequence) + 1)
    if slot.end <= now:
        return Held(booking)
    return None
