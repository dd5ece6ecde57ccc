"""Byte-preserving edits of the therapist's own iCalendar objects (pure).

`set_description` changes the DESCRIPTION of one VEVENT by editing the raw text, not by
re-serialising through icalendar (which refolds lines and reorders properties): the
therapist's event keeps every other byte as their calendar app wrote it, recurrence
rules, exceptions, alarms and X- properties included. icalendar is only used to read
values (RECURRENCE-IDs in their zones, the occurrences of a series).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

import icalendar
import recurring_ical_events


def description_of(ics: str, uid: str, recurrence_id: str | date | None) -> str:
    """The DESCRIPTION (unescaped, "" if none) shown on that component or occurrence.

    An occurrence without an override of its own shows the master's description.
    """
    doc = _Document(ics)
    event = doc.target(uid, recurrence_id)
    if event is None:
        assert recurrence_id is not None
        event = doc.master(uid)
        zone = doc.zone(uid)
        doc.occurrence(uid, _parse_rid(recurrence_id, zone), zone)  # raises if there is none
    index = doc.property(event, "DESCRIPTION")
    return "" if index is None else _unescape(_split(doc.lines[index].text)[1])


def set_description(
    ics: str, uid: str, recurrence_id: str | date | None, new_description: str
) -> str:
    """`ics` with the DESCRIPTION of one VEVENT set to `new_description`; every other
    byte unchanged.

    The target is the master (or single event) with that UID when `recurrence_id` is
    None, else the override with that RECURRENCE-ID. `recurrence_id` may be a date or
    datetime, iCalendar text (`20260115T140000Z`, `20260115`, or `20260115T140000` read
    in the master's zone) or ISO 8601 with an offset.

    An occurrence that has no override yet gets one, inserted after the series: a copy
    of the master (alarms, attendees, X- properties and all) without its recurrence
    rules, with RECURRENCE-ID, DTSTART and DTEND of that occurrence and the new
    description. Writing into the master instead would show the text on every session
    of the series.

    The value is escaped per RFC 5545 and folded at 75 octets without splitting a
    character; new lines use the line ends around them. A new DESCRIPTION goes after the
    component's last property, before any VALARM. Setting the value it already has
    returns `ics` unchanged, so a caller can skip the write.
    """
    doc = _Document(ics)
    event = doc.target(uid, recurrence_id)
    if event is None:
        assert recurrence_id is not None  # the master is always found or raises
        return doc.add_override(uid, recurrence_id, new_description)
    return doc.with_description(event, new_description)


@dataclass
class _Line:
    """One content line, possibly folded over the physical lines [first, stop)."""

    first: int
    stop: int
    text: str  # unfolded, without its line end
    name: str  # upper-cased property name, or BEGIN/END


@dataclass
class _Event:
    begin: int  # index into lines of BEGIN:VEVENT
    end: int = -1  # index of END:VEVENT
    props: list[int] | None = None  # lines directly inside (not in a VALARM)
    uid: str = ""
    rid: date | None = None
    start: date | None = None
    recurring: bool = False


class _Document:
    def __init__(self, ics: str) -> None:
        self.phys: list[str] = re.findall(r"[^\n]*\n|[^\n]+\Z", ics)
        self.lines = self._unfold()
        self.events = self._events()
        self._parsed: icalendar.Calendar | None = None
        calendar = self.calendar()
        parsed = list(calendar.walk("VEVENT"))
        if len(parsed) != len(self.events):
            raise ValueError("could not match the calendar's events to its text")
        for event, component in zip(self.events, parsed, strict=True):
            rid = component.get("RECURRENCE-ID")
            event.rid = rid.dt if rid is not None else None
            start = component.decoded("DTSTART", None)
            event.start = start if isinstance(start, date) else None
            event.recurring = "RRULE" in component or "RDATE" in component

    def calendar(self) -> icalendar.Calendar:
        if self._parsed is None:
            parsed = icalendar.Calendar.from_ical("".join(self.phys))
            if not isinstance(parsed, icalendar.Calendar):
                raise ValueError("not a VCALENDAR")
            self._parsed = parsed
        return self._parsed

    def _unfold(self) -> list[_Line]:
        lines = []
        i = 0
        while i < len(self.phys):
            j = i + 1
            while j < len(self.phys) and self.phys[j][:1] in (" ", "\t"):
                j += 1
            text = _chomp(self.phys[i]) + "".join(_chomp(p)[1:] for p in self.phys[i + 1 : j])
            match = re.match(r"[A-Za-z0-9-]*", text)
            lines.append(_Line(i, j, text, match.group(0).upper() if match else ""))
            i = j
        return lines

    def _events(self) -> list[_Event]:
        events: list[_Event] = []
        stack: list[str] = []
        current: _Event | None = None
        for index, line in enumerate(self.lines):
            if line.name in ("BEGIN", "END"):
                kind = _split(line.text)[1].strip().upper()
                if line.name == "BEGIN":
                    stack.append(kind)
                    if kind == "VEVENT" and current is None:
                        current = _Event(begin=index, props=[])
                elif stack:
                    stack.pop()
                    if kind == "VEVENT" and current is not None and "VEVENT" not in stack:
                        current.end = index
                        events.append(current)
                        current = None
            elif current is not None and current.props is not None and stack[-1:] == ["VEVENT"]:
                current.props.append(index)
                if line.name == "UID" and not current.uid:
                    current.uid = _unescape(_split(line.text)[1])
        return events

    def property(self, event: _Event, name: str) -> int | None:
        return next((i for i in event.props or () if self.lines[i].name == name), None)

    def master(self, uid: str) -> _Event:
        for event in self.events:
            if event.uid == uid and event.rid is None:
                return event
        raise LookupError("no master event with the given UID")

    def target(self, uid: str, recurrence_id: str | date | None) -> _Event | None:
        master = self.master(uid) if recurrence_id is None else None
        if master is not None:
            return master
        zone = self.zone(uid)
        wanted = _parse_rid(recurrence_id, zone)
        for event in self.events:
            if event.uid == uid and event.rid is not None and _same(event.rid, wanted, zone):
                return event
        # recurring-ical-events gives a single event's occurrence a RECURRENCE-ID too.
        master = self.master(uid)
        if not master.recurring and master.start is not None:
            if _same(master.start, wanted, zone):
                return master
            raise LookupError("the event is not recurring and starts at another time")
        return None

    def zone(self, uid: str) -> tzinfo | None:
        for component in self.calendar().walk("VEVENT"):
            if str(component.get("UID", "")) == uid and component.get("RECURRENCE-ID") is None:
                start = component.decoded("DTSTART", None)
                return start.tzinfo if isinstance(start, datetime) else None
        return None

    def _nl(self, line: int) -> str:
        end = self.phys[self.lines[line].stop - 1]
        return "\r\n" if end.endswith("\r\n") else "\n"

    def _text(self, first: int, stop: int) -> str:
        return "".join(self.phys[first:stop])

    def with_description(self, event: _Event, value: str) -> str:
        index = self.property(event, "DESCRIPTION")
        if index is None:
            last = (event.props or [event.begin])[-1]
            cut = self.lines[last].stop
            new = _fold("DESCRIPTION:" + _escape(value), self._nl(last))
        else:
            line = self.lines[index]
            head, old = _split(line.text)
            if _unescape(old) == value:
                return self._text(0, len(self.phys))
            cut = line.first
            new = _fold(f"{head}:{_escape(value)}", self._nl(index))
            return self._text(0, cut) + new + self._text(line.stop, len(self.phys))
        return self._text(0, cut) + new + self._text(cut, len(self.phys))

    def add_override(self, uid: str, recurrence_id: str | date, value: str) -> str:
        master = self.master(uid)
        zone = self.zone(uid)
        wanted = _parse_rid(recurrence_id, zone)
        occurrence = self.occurrence(uid, wanted, zone)
        props = set(master.props or ())
        start_i = self.property(master, "DTSTART")
        if start_i is None:
            raise ValueError("the series has no DTSTART")
        start_head, start_raw = _split(self.lines[start_i].text)
        rid = occurrence.decoded("RECURRENCE-ID")
        begin, finish = occurrence.decoded("DTSTART"), occurrence.decoded("DTEND")
        if not all(isinstance(v, date) for v in (rid, begin, finish)):
            raise ValueError("the occurrence has no readable times")
        params = start_head[len("DTSTART") :]
        last = (master.props or [master.begin])[-1]
        described = self.property(master, "DESCRIPTION") is not None
        parts = []
        for index in range(master.begin, master.end + 1):
            line = self.lines[index]
            nl = self._nl(index)
            if index not in props or line.name not in _SERIES_ONLY:
                parts.append(self._text(line.first, line.stop))
            elif line.name == "DTSTART":
                parts.append(_fold(f"RECURRENCE-ID{params}:{_like(start_raw, rid)}", nl))
                parts.append(_fold(f"{start_head}:{_like(start_raw, begin)}", nl))
            elif line.name == "DTEND":
                end_head, end_raw = _split(line.text)
                parts.append(_fold(f"{end_head}:{_like(end_raw, finish)}", nl))
            elif line.name == "DESCRIPTION":
                parts.append(_fold(f"{_split(line.text)[0]}:{_escape(value)}", nl))
            if index == last and not described:
                parts.append(_fold("DESCRIPTION:" + _escape(value), nl))
        after = max(e.end for e in self.events if e.uid == uid)
        cut = self.lines[after].stop
        before = self._text(0, cut)
        if not before.endswith("\n"):
            before += "\r\n" if "\r\n" in before else "\n"
        return before + "".join(parts) + self._text(cut, len(self.phys))

    def occurrence(self, uid: str, wanted: date, zone: tzinfo | None) -> icalendar.Event:
        day = wanted.date() if isinstance(wanted, datetime) else wanted
        query = recurring_ical_events.of(self.calendar(), skip_bad_series=True)
        for occurrence in query.between(day - timedelta(days=2), day + timedelta(days=3)):
            rid = occurrence.get("RECURRENCE-ID")
            if (
                str(occurrence.get("UID", "")) == uid
                and rid is not None
                and _same(rid.dt, wanted, zone)
            ):
                result: icalendar.Event = occurrence
                return result
        raise LookupError("the series has no occurrence with that RECURRENCE-ID")


_SERIES_ONLY = frozenset(
    {"RRULE", "RDATE", "EXRULE", "EXDATE", "DTSTART", "DTEND", "DESCRIPTION", "RECURRENCE-ID"}
)


def _chomp(physical: str) -> str:
    return physical.rstrip("\r\n")


def _split(text: str) -> tuple[str, str]:
    """(name and parameters, value): the first colon outside a quoted parameter value."""
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return text[:i], text[i + 1 :]
    return text, ""


def _escape(value: str) -> str:
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(ch for ch in value if ch in "\n\t" or not (ord(ch) < 32 or ord(ch) == 127))
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(raw, escaped)
    return value


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _fold(line: str, nl: str) -> str:
    """`line` folded into physical lines of at most 75 octets, each ending in `nl`."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for ch in line:
        octets = len(ch.encode("utf-8"))
        if size + octets > 75:
            chunks.append("".join(current))
            current, size = [" "], 1
        current.append(ch)
        size += octets
    chunks.append("".join(current))
    return "".join(chunk + nl for chunk in chunks)


def _parse_rid(value: str | date | None, zone: tzinfo | None) -> date:
    if value is None:
        raise ValueError("needs a recurrence id")
    if isinstance(value, date):
        return value
    text = value.strip()
    if re.fullmatch(r"\d{8}", text):
        return datetime.strptime(text, "%Y%m%d").date()
    if re.fullmatch(r"\d{8}T\d{6}Z", text, re.I):
        return datetime.strptime(text[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
    if re.fullmatch(r"\d{8}T\d{6}", text):
        return datetime.strptime(text, "%Y%m%dT%H%M%S").replace(tzinfo=zone)
    try:
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    except ValueError:
        raise ValueError("recurrence id is neither iCalendar nor ISO 8601 text") from None


def _same(a: date, b: date, zone: tzinfo | None) -> bool:
    if isinstance(a, datetime) != isinstance(b, datetime):
        return False
    if not isinstance(a, datetime) or not isinstance(b, datetime):
        return a == b
    if zone is not None:
        a = a if a.tzinfo is not None else a.replace(tzinfo=zone)
        b = b if b.tzinfo is not None else b.replace(tzinfo=zone)
    if a.tzinfo is None or b.tzinfo is None:
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return a.timestamp() == b.timestamp()


def _like(raw: str, value: date) -> str:
    """`value` written the way the master wrote its DTSTART: a date, UTC, or local."""
    if not isinstance(value, datetime):
        return value.strftime("%Y%m%d")
    if raw.strip().upper().endswith("Z"):
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%dT%H%M%S")
