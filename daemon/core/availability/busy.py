"""Busy time from parsed calendars: recurrences expanded, non-blocking events dropped.

Pure: no I/O, no clock. The shell fetches raw iCalendar text (one object per CalDAV
resource), `parse_calendars` turns it into components, `busy_intervals` into merged
intervals in the therapist's zone.

Times are handled as POSIX timestamps internally: cheap to compare, and immune to the
wall-clock comparison Python uses for two datetimes that share a tzinfo (which ignores
`fold` and so misorders the repeated hour in autumn).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events

from daemon.core.model import Interval


@dataclass(frozen=True)
class ParsedCalendars:
    """The calendars that parsed, how many objects did not (for a log line), and how
    many were passed over unparsed because they cannot touch the requested range."""

    calendars: list[icalendar.Calendar]
    skipped: int
    outside: int = 0


def parse_calendars(
    texts: Iterable[str | bytes], within: tuple[datetime, datetime] | None = None
) -> ParsedCalendars:
    """Parse raw iCalendar objects, skipping any that are not a readable VCALENDAR.

    Parsing dominates the cost of finding free time, so two shortcuts run on the text
    first. A VTIMEZONE whose TZID names an IANA zone is dropped, since icalendar uses
    the IANA zone for such a TZID anyway. With `within` (the range later passed to
    `busy_intervals`), a non-recurring object whose dates all lie days away from it is
    not parsed at all: it could not block anything there. The result is for reading:
    never write these calendars back to a server, they may lack their VTIMEZONEs.
    """
    calendars: list[icalendar.Calendar] = []
    skipped = outside = 0
    first = last = None
    if within is not None:
        first = within[0].date().toordinal() - _MARGIN_DAYS
        last = within[1].date().toordinal() + _MARGIN_DAYS
    for raw in texts:
        text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
        text = _VTIMEZONE.sub(_drop_known_zone, _FOLD.sub("", text))
        if first is not None and last is not None and _clearly_outside(text, first, last):
            outside += 1
            continue
        try:
            component = icalendar.Calendar.from_ical(text)
        except (ValueError, KeyError, IndexError, TypeError):
            # A single malformed object on the server must not hide the rest of the
            # calendar; the caller logs the count.
            skipped += 1
            continue
        if isinstance(component, icalendar.Calendar):
            calendars.append(component)
        else:
            skipped += 1
    return ParsedCalendars(calendars, skipped, outside)


# Any two zones are less than 27 hours apart; an all-day event without DTEND runs a
# day past its last date. Three days of margin cover both.
_MARGIN_DAYS = 3
_FOLD = re.compile(r"\r?\n[ \t]")
_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\r?\n(.*?)^END:VTIMEZONE\r?\n", re.S | re.M)
_TZID = re.compile(r"^TZID:([^\r\n]*)", re.M)
_RISKY = re.compile(
    r"^(?:RRULE|RDATE|EXRULE|RECURRENCE-ID|DURATION|BEGIN:(?!VCALENDAR|VEVENT|VALARM))",
    re.M | re.I,
)
_DATE = re.compile(r"^(DTSTART|DTEND)(?:;[^\r\n]*)?:(\d{4})(\d\d)(\d\d)(?:T\d{6}Z?)?\r?$", re.M)


def _drop_known_zone(block: re.Match[str]) -> str:
    tzid = _TZID.search(block.group(1))
    return "" if tzid is not None and _is_iana_zone(tzid.group(1).strip()) else block.group(0)


@functools.cache
def _is_iana_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _clearly_outside(text: str, first: int, last: int) -> bool:
    """Whether every event in the object is a single one with dates outside [first, last].

    Anything unusual (a recurrence, DURATION, another component, a date we cannot read)
    answers False, and the object is parsed as usual.
    """
    if _RISKY.search(text) is not None:
        return False
    events = text.count("BEGIN:VEVENT")
    if events == 0:
        return False
    starts = 0
    days = []
    for match in _DATE.finditer(text):
        starts += match.group(1) == "DTSTART"
        try:
            days.append(date(int(match[2]), int(match[3]), int(match[4])).toordinal())
        except ValueError:
            return False
    if starts != events:
        return False
    return max(days) < first or min(days) > last


def busy_intervals(
    calendars: Iterable[icalendar.Calendar],
    start: datetime,
    end: datetime,
    tz: ZoneInfo,
    own_addresses: Collection[str] = (),
) -> list[Interval]:
    """Sorted, merged busy intervals (in `tz`) of every blocking event overlapping [start, end).

    Does not block: TRANSP:TRANSPARENT, STATUS:CANCELLED (series or instance), and events
    an attendee with one of `own_addresses` declined. Tentative events block. All-day
    events block whole local days in `tz`; floating times are read in `tz`.
    """
    # Querying with bounds in `tz` makes recurring-ical-events read dates and floating
    # times as local to `tz` too, so its overlap test agrees with ours.
    span_start = start.astimezone(tz)
    span_end = end.astimezone(tz)
    lo = span_start.timestamp()
    hi = span_end.timestamp()
    own = {_bare_address(a) for a in own_addresses}
    spans: list[tuple[float, float]] = []
    for calendar in calendars:
        query = recurring_ical_events.of(calendar, skip_bad_series=True)
        for event in query.between(span_start, span_end):
            if not _blocks(event, own):
                continue
            span = _span(event, tz)
            if span is not None and span[1] > lo and span[0] < hi:
                spans.append(span)
    return [
        Interval(datetime.fromtimestamp(s, tz), datetime.fromtimestamp(e, tz))
        for s, e in merge_spans(spans)
    ]


def merge_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sort and merge overlapping or touching [start, end) timestamp pairs."""
    spans.sort()
    merged: list[tuple[float, float]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _blocks(event: icalendar.Event, own: set[str]) -> bool:
    status = event.get("STATUS")
    if status is not None and str(status).upper() == "CANCELLED":
        return False
    transp = event.get("TRANSP")
    if transp is not None and str(transp).upper() == "TRANSPARENT":
        return False
    if own:
        attendees = event.get("ATTENDEE")
        if attendees is not None:
            if not isinstance(attendees, list):
                attendees = [attendees]
            for attendee in attendees:
                if _bare_address(str(attendee)) in own:
                    partstat = str(attendee.params.get("PARTSTAT", "")).upper()
                    if partstat == "DECLINED":
                        return False
    return True


def _bare_address(address: str) -> str:
    address = address.strip().lower()
    return address[7:] if address.startswith("mailto:") else address


def _span(event: icalendar.Event, tz: ZoneInfo) -> tuple[float, float] | None:
    """The event's [start, end) as timestamps, or None if it blocks no time."""
    dtstart = event.get("DTSTART")
    if dtstart is None:
        return None
    raw_start = dtstart.dt
    dtend = event.get("DTEND")
    # recurring-ical-events writes DTEND on every occurrence (from DURATION or the
    # RFC 5545 defaults), so a missing one only happens on odd input.
    raw_end = dtend.dt if dtend is not None else raw_start
    if not isinstance(raw_start, (date, datetime)) or not isinstance(raw_end, (date, datetime)):
        return None
    if not isinstance(raw_start, datetime):
        # All-day: whole local days, from midnight of the first to midnight after the last.
        s = _midnight(raw_start, tz)
        if isinstance(raw_end, datetime):
            e_local = _timestamp(raw_end, tz)
            end_day = datetime.fromtimestamp(e_local, tz).date()
            e = _midnight(end_day, tz)
            if e < e_local:
                e = _midnight(date.fromordinal(end_day.toordinal() + 1), tz)
        else:
            e = _midnight(raw_end, tz)
        if e <= s:
            # DTEND equal to DTSTART on a date: apps mean the one day.
            e = _midnight(date.fromordinal(raw_start.toordinal() + 1), tz)
        return s, e
    s = _timestamp(raw_start, tz)
    e = _timestamp(raw_end, tz) if isinstance(raw_end, datetime) else _midnight(raw_end, tz)
    if e <= s:
        return None
    return s, e


def _timestamp(value: datetime, tz: ZoneInfo) -> float:
    if value.tzinfo is None:
        # Floating time: the therapist's wall clock.
        value = value.replace(tzinfo=tz)
    return value.timestamp()


def _midnight(day: date, tz: ZoneInfo) -> float:
    return datetime.combine(day, time(0), tzinfo=tz).timestamp()
