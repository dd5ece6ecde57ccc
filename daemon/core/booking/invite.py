"""iCalendar bytes for a booked call: the CalDAV copy and the iMIP REQUEST/CANCEL (pure).

One function builds all three so the UID, times and people can never drift apart between the
event in the therapist's calendar and the invitation the client receives.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCalAddress

from daemon.core.model import CALL_CATEGORY, Interval

PRODID = "-//callmemaybe//EN"
METHODS = ("REQUEST", "CANCEL")
REMINDER = timedelta(minutes=10)
TZ_SPAN = timedelta(days=366)


def call_event(
    *,
    uid: str,
    slot: Interval,
    therapist_name: str,
    therapist_email: str,
    client_name: str,
    client_email: str,
    summary: str,
    tz: ZoneInfo,
    now: datetime,
    sequence: int = 0,
    method: str | None = None,
    description: str = "",
    location: str | None = None,
    url: str | None = None,
) -> bytes:
    """The call as a VCALENDAR; `method=None` is the copy stored in the therapist's calendar."""
    if method is not None and method not in METHODS:
        raise ValueError(f"unsupported iTIP method: {method}")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    if method is not None:
        cal.add("method", method)

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now.astimezone(UTC))
    start, end = _local_or_utc(slot, tz)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", summary)
    if description:
        event.add("description", description)
    if location:
        event.add("location", location)
    if url:
        event.add("url", url)
    event.add("class", "PRIVATE")
    event.add("categories", [CALL_CATEGORY])
    event.add("transp", "OPAQUE")
    event.add("sequence", sequence)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    event.add("organizer", _address(therapist_email, therapist_name))

    attendee = _address(client_email, client_name)
    attendee.params["ROLE"] = "REQ-PARTICIPANT"
    attendee.params["PARTSTAT"] = "NEEDS-ACTION"
    if method != "CANCEL":
        # Nothing to answer to a cancellation.
        attendee.params["RSVP"] = "TRUE"
    if method is None:
        # RFC 6638 §7.1: SCHEDULE-AGENT=CLIENT stops a scheduling CalDAV server (Nextcloud,
        # iCloud, Cyrus, Google) from mailing its own invitation, because we send ours. The
        # same section forbids clients to put the parameter into iTIP messages they send, so
        # it lives only in the stored copy, never in the REQUEST/CANCEL mail.
        attendee.params["SCHEDULE-AGENT"] = "CLIENT"
    event.add("attendee", attendee)

    if method is None:
        # A reminder is the therapist's own business: the client's calendar sets its own.
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -REMINDER)
        event.add_component(alarm)

    cal.add_component(event)
    # A year either side covers the call's own offset and the transitions next to it; the
    # default 1970-2038 span makes every invitation carry ~70 RDATEs for nothing.
    day = slot.start.astimezone(tz).date()
    cal.add_missing_timezones(first_date=day - TZ_SPAN, last_date=day + TZ_SPAN)
    return bytes(cal.to_ical())


# Our own line in a call's DESCRIPTION, where the therapist otherwise types notes: the mark
# lets session notes tell it from theirs (`without_phone_line`).
PHONE_MARK = "\u260e "


def phone_line(phone: str | None, missing: str) -> str:
    """ "☎ tel:+491701234567" (apps that do not link LOCATION still link this), or the note
    that there is no number to dial."""
    return f"{PHONE_MARK}tel:{phone}" if phone else f"{PHONE_MARK}{missing}"


def without_phone_line(description: str) -> str:
    """The therapist's own notes in a call's DESCRIPTION: our phone line left out."""
    lines = description.splitlines()
    return "\n".join(line for line in lines if not line.startswith(PHONE_MARK)).strip()


def _local_or_utc(slot: Interval, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """Wall-clock times with a TZID, unless one falls in the hour that repeats at fall-back.

    A TZID time carries no fold: RFC 5545 §3.3.5 reads an ambiguous local time as its first
    occurrence, so 02:30 CET on the night clocks go back would land an hour early. UTC says
    the instant plainly; calendars still show it in the reader's zone.
    """
    start, end = slot.start.astimezone(tz), slot.end.astimezone(tz)
    if _ambiguous(start) or _ambiguous(end):
        return slot.start.astimezone(UTC), slot.end.astimezone(UTC)
    return start, end


def _ambiguous(local: datetime) -> bool:
    return local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()


def _address(email: str, name: str) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    if name:
        # icalendar quotes the parameter when needed; CR/LF and double quotes cannot be
        # represented in a parameter value at all, so they are dropped.
        address.params["CN"] = _param_safe(name)
    return address


# RFC 5545 allows no control characters in a parameter value (CONTROL in its grammar).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _param_safe(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).replace('"', "'").split())
