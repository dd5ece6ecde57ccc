"""Between-session calls, summed up in the description of the client's next session (pure).

The therapist never opens callmemaybe: before a client's next session we write a short
block into that session's DESCRIPTION, between two marker lines, and rewrite it in
place on later passes. The therapist's own text, and every other byte of their event,
stays as they left it: `set_description` edits the raw iCalendar text and touches only
the DESCRIPTION lines of one component, instead of re-serialising through icalendar
(which refolds lines and reorders properties); that lives in `daemon.icsedit`.

Privacy: a session event that has attendees other than the therapist is shared. Its
description travels to those attendees with the next update the therapist's calendar
app or server sends, so the caller must not write notes into it (`Session.shared_with`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from babel.dates import format_skeleton, format_time
from babel.units import format_unit

from daemon.calls import is_call
from daemon.digest import week_bounds
from daemon.icsedit import description_of as description_of
from daemon.icsedit import set_description as set_description
from daemon.render import locale_for

BEGIN_MARK = "--- callmemaybe: between-session calls ---"
END_MARK = "--- end callmemaybe ---"


@dataclass(frozen=True)
class CallNote:
    start: datetime
    length: timedelta
    outcome: str
    notes: str


@dataclass(frozen=True)
class Session:
    """One occurrence of a therapy session, with what `set_description` needs to find it."""

    uid: str
    # As recurring-ical-events reports it: set even for a single event, which
    # `set_description` then reads as the event itself.
    recurrence_id: date | None
    start: datetime
    end: datetime
    attendees: tuple[str, ...] = ()  # bare, lower-cased addresses

    def shared_with(self, own_addresses: Collection[str]) -> bool:
        """Whether someone besides the therapist is on the event (then write no notes)."""
        own = {_bare(a) for a in own_addresses}
        return any(a not in own for a in self.attendees)


# --- what goes into the block ---------------------------------------------------------


def followup_block(
    calls: Sequence[CallNote],
    week_count: int,
    comfortable: int,
    tz: ZoneInfo,
    language: str = "en",
) -> str:
    """The text between the markers: one line per call (notes indented under it), then
    this week's count against the comfortable number. Never empty, so the therapist
    can see the tool ran even when there were no calls."""
    locale = locale_for(language)
    words = _WORDS.get(locale.language, _WORDS["en"])
    lines = []
    for call in sorted(calls, key=lambda c: c.start.timestamp()):
        local = call.start.astimezone(tz)
        minutes = round(call.length.total_seconds() / 60)
        when = format_skeleton("MMMEd", local, locale=locale)
        clock = format_time(local.time(), "short", locale=locale)
        length = format_unit(minutes, "duration-minute", length="short", locale=locale)
        outcome = f": {call.outcome}" if call.outcome.strip() else ""
        lines.append(f"{when}, {clock}, {length}{outcome}")
        for note_line in _neutral(call.notes).strip().splitlines():
            lines.append(f"  {note_line.rstrip()}")
    if not calls:
        lines.append(words["none"])
    count = words["one" if week_count == 1 else "many"].format(n=week_count)
    if week_count > comfortable:
        lines.append(words["above"].format(count=count, comfortable=comfortable))
    else:
        lines.append(words["within"].format(count=count, comfortable=comfortable))
    return "\n".join(lines)


def with_block(description: str, block: str) -> str:
    """`description` with our block inserted or replaced; `block == ""` removes it.

    The block goes at the end, after a blank line, so the therapist's own words stay
    first. Everything outside the markers is kept exactly; text inside them is ours and
    is overwritten. Applying twice gives the same as once, and removing restores the
    description it was added to.
    """
    if BEGIN_MARK in block or END_MARK in block:
        raise ValueError("the block must not contain the marker lines")
    nl = "\r\n" if "\r\n" in description else "\n"
    body = nl.join(block.replace("\r\n", "\n").split("\n"))
    new = f"{BEGIN_MARK}{nl}{body}{nl}{END_MARK}" if block else ""
    region = _region(description)
    if region is None:
        if not new or not description:
            return new or description
        return description + nl + nl + new
    start, end = region
    if new:
        return description[:start] + new + description[end:]
    before = description[:start]
    for sep in (nl + nl, nl):
        if before.endswith(sep):
            before = before[: -len(sep)]
            break
    return before + description[end:]


def _region(description: str) -> tuple[int, int] | None:
    # The first end marker and the last begin marker before it: if the therapist broke
    # a pair, the stray half stays theirs and a fresh pair is appended (and found next
    # time), so rewriting stays idempotent and never eats their text.
    end = description.find(END_MARK)
    if end < 0:
        return None
    start = description.rfind(BEGIN_MARK, 0, end)
    return None if start < 0 else (start, end + len(END_MARK))


def _neutral(notes: str) -> str:
    return notes.replace(BEGIN_MARK, BEGIN_MARK.strip("-")).replace(END_MARK, END_MARK.strip("-"))


# --- which events are the client's sessions ---------------------------------------------


def sessions_of(
    events: Iterable[icalendar.Event],
    client_sessions_pattern: str | None,
    client_emails: Collection[str],
    tz: ZoneInfo,
) -> list[Session]:
    """The client's therapy sessions among expanded occurrences, sorted by start.

    A session is a timed, not cancelled event that is not one of our calls, whose
    SUMMARY contains the pattern (case-insensitively) or which has one of the client's
    addresses as ATTENDEE. Floating times are read in `tz`.
    """
    pattern = (client_sessions_pattern or "").strip().casefold()
    emails = {_bare(e) for e in client_emails}
    found = []
    for event in events:
        if is_call(event) or str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        attendees = tuple(_bare(str(a)) for a in _as_list(event.get("ATTENDEE")))
        summary = str(event.get("SUMMARY", "")).casefold()
        if not ((pattern and pattern in summary) or emails.intersection(attendees)):
            continue
        start, end = event.decoded("DTSTART", None), event.decoded("DTEND", None)
        if not isinstance(start, datetime):
            continue  # all-day entries are not sessions
        if not isinstance(end, datetime):
            duration = event.decoded("DURATION", None)
            end = start + (duration if isinstance(duration, timedelta) else timedelta(0))
        rid = event.get("RECURRENCE-ID")
        found.append(
            Session(
                uid=str(event.get("UID", "")),
                recurrence_id=rid.dt if rid is not None else None,
                start=_in(start, tz),
                end=_in(end, tz),
                attendees=attendees,
            )
        )
    return sorted(found, key=lambda s: s.start.timestamp())


def next_session(sessions: Iterable[Session], now: datetime) -> Session | None:
    """The first session starting at or after `now`."""
    later = [s for s in sessions if s.start.timestamp() >= now.timestamp()]
    return min(later, key=lambda s: s.start.timestamp(), default=None)


def previous_session(sessions: Iterable[Session], now: datetime) -> Session | None:
    """The last session that started before `now` (it may still be running)."""
    earlier = [s for s in sessions if s.start.timestamp() < now.timestamp()]
    return max(earlier, key=lambda s: s.start.timestamp(), default=None)


def calls_between(
    calls: Iterable[CallNote], previous: Session | None, upto: datetime
) -> list[CallNote]:
    """Calls after the previous session ended (all, without one) and before `upto`."""
    lo = previous.end.timestamp() if previous is not None else float("-inf")
    return [c for c in calls if lo <= c.start.timestamp() < upto.timestamp()]


def week_count(starts: Iterable[datetime], now: datetime, tz: ZoneInfo) -> int:
    """How many of `starts` fall in the local week (Monday to Sunday) holding `now`."""
    lo, hi = week_bounds(now.astimezone(tz).date(), tz)
    return sum(lo.timestamp() <= s.timestamp() < hi.timestamp() for s in starts)


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _bare(address: str) -> str:
    address = address.strip().lower()
    return address[7:] if address.startswith("mailto:") else address


def _in(moment: datetime, tz: ZoneInfo) -> datetime:
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)


_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "none": "No between-session calls since the last session.",
        "one": "{n} call this week",
        "many": "{n} calls this week",
        "within": "{count} (comfortable: {comfortable}).",
        "above": "{count}, more than the {comfortable} you're comfortable with: "
        "maybe worth exploring together.",
    },
    "de": {
        "none": "Keine Telefonate zwischen den Sitzungen seit der letzten Sitzung.",
        "one": "{n} Telefonat diese Woche",
        "many": "{n} Telefonate diese Woche",
        "within": "{count} (angenehm: {comfortable}).",
        "above": "{count}, mehr als die {comfortable}, die Ihnen angenehm sind: "
        "vielleicht lohnt es sich, das gemeinsam anzuschauen.",
    },
}
