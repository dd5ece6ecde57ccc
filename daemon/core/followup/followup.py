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

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from babel.dates import format_skeleton, format_time
from babel.units import format_unit

from daemon.core.booking.calls import is_call
from daemon.core.followup.followup_words import CATEGORIES, LEGACY, REPLIES, WORDS
from daemon.core.render import locale_for

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


@dataclass(frozen=True)
class CrisisNote:
    """A message with crisis language: when, its category and what the sender got, never
    the words (`crisis.CATEGORIES`, `crisis.REPLIES`)."""

    written_at: datetime
    category: str
    reply: str


def followup_block(
    calls: Sequence[CallNote],
    weeks: Sequence[tuple[date, int]],
    comfortable: int,
    tz: ZoneInfo,
    language: str = "en",
    crises: Sequence[CrisisNote] = (),
) -> str:
    """The text between the markers: messages with crisis language first (what most needs
    following up), then one line per call (notes indented under it), then each week's
    count against the comfortable number. Never empty, so the therapist can see the tool
    ran even when there were no calls."""
    locale = locale_for(language)
    words = WORDS.get(locale.language, WORDS["en"])
    lines = []
    if crises:
        lines.append(words["crises"])
        for crisis in sorted(crises, key=lambda c: c.written_at.timestamp()):
            local = crisis.written_at.astimezone(tz)
            when = format_skeleton("MMMEd", local, locale=locale)
            clock = format_time(local.time(), "short", locale=locale)
            lines.append(
                words["crisis"].format(
                    when=f"{when}, {clock}",
                    category=category_words(crisis.category, language),
                    reply=reply_words(crisis.reply, language),
                )
            )
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
    for monday, count in weeks:
        week = words["week"].format(day=format_skeleton("MMMd", monday, locale=locale))
        calls_text = words["one" if count == 1 else "many"].format(n=count)
        key = "above" if count > comfortable else "within"
        lines.append(words[key].format(week=week, count=calls_text, comfortable=comfortable))
    return "\n".join(lines)


def weekly_counts(
    listed: Iterable[datetime], counted: Iterable[datetime], tz: ZoneInfo
) -> list[tuple[date, int]]:
    """Each local week (Monday to Sunday, by its Monday) holding one of the `listed` calls,
    oldest first, with how many of the `counted` calls fall in that whole week.

    The comfortable number is per calendar week, so a week is counted whole, even the part
    before the previous session: three calls in a week stay three when a session fell
    between the first and the others.
    """
    mondays = sorted({_monday(s, tz) for s in listed})
    counts = dict.fromkeys(mondays, 0)
    for start in counted:
        monday = _monday(start, tz)
        if monday in counts:
            counts[monday] += 1
    return [(monday, counts[monday]) for monday in mondays]


def _monday(moment: datetime, tz: ZoneInfo) -> date:
    day = moment.astimezone(tz).date()
    return day - timedelta(days=day.weekday())


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

# A word runs on through hyphens and apostrophes: "Schmidt-Lange" and "O'Brien" are one word.
# Combining marks belong to their letter, so an accent never splits a name.
_WORD = re.compile(r"[\w\u0300-\u036f]+(?:[-'\u2019][\w\u0300-\u036f]+)*")


def title_words(text: str) -> tuple[str, ...]:
    """The words of a title or pattern, casefolded with accents kept ("Zoë" is not "Zoe")."""
    return tuple(_WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def title_matches(pattern: str | None, title: str) -> bool:
    """Whether the pattern's words stand in the title as whole words, in a row.

    Never a substring: "Ann E" is not in "Session Joann Evans", "Kim N" not in "Kimberly
    Nash", "Eva S" not in "Eva Schmidt-Lange". A pattern without words matches nothing.
    """
    want = title_words(pattern or "")
    if not want:
        return False
    have = title_words(title)
    return any(have[i : i + len(want)] == want for i in range(len(have) - len(want) + 1))


@dataclass(frozen=True)
class SessionKey:
    """How one client's sessions are recognised: a title pattern and/or their addresses."""

    pattern: str | None
    emails: tuple[str, ...]

    def matches(self, title: str, attendees: Collection[str]) -> bool:
        emails = {_bare(e) for e in self.emails}
        return title_matches(self.pattern, title) or bool(emails.intersection(attendees))


@dataclass(frozen=True)
class Conflict:
    """A session event more than one client's key matches: it gets no notes for anyone."""

    start: datetime
    title: str  # the therapist's own data: fine in their digest, never in a log
    clients: tuple[int, ...]  # indexes into the keys given


def sessions_of(
    events: Iterable[icalendar.Event],
    client_sessions_pattern: str | None,
    client_emails: Collection[str],
    tz: ZoneInfo,
    others: Sequence[SessionKey] = (),
) -> list[Session]:
    """The client's therapy sessions among expanded occurrences, sorted by start.

    A session is a timed, not cancelled event that is not one of our calls, whose
    SUMMARY holds the pattern as whole words (`title_matches`) or which has one of the
    client's addresses as ATTENDEE. An event that one of the `others` (every other
    client's key) matches too is nobody's: notes in the wrong client's session would break
    confidentiality. Floating times are read in `tz`.
    """
    mine = SessionKey(client_sessions_pattern, tuple(client_emails))
    found = []
    for session, title in _candidates(events, tz):
        if not mine.matches(title, session.attendees):
            continue
        if any(other.matches(title, session.attendees) for other in others):
            continue
        found.append(session)
    return sorted(found, key=lambda s: s.start.timestamp())


def conflicts(
    events: Iterable[icalendar.Event], keys: Sequence[SessionKey], tz: ZoneInfo
) -> list[Conflict]:
    """Session events that more than one client's key matches, the earliest occurrence of
    each event, sorted by start."""
    seen: dict[str, Conflict] = {}
    for session, title in _candidates(events, tz):
        owners = tuple(i for i, key in enumerate(keys) if key.matches(title, session.attendees))
        if len(owners) < 2:
            continue
        earlier = seen.get(session.uid)
        if earlier is None or session.start.timestamp() < earlier.start.timestamp():
            seen[session.uid] = Conflict(session.start, title, owners)
    return sorted(seen.values(), key=lambda c: c.start.timestamp())


def pattern_conflicts(
    names: Sequence[str], patterns: Sequence[str | None]
) -> list[tuple[int, int]]:
    """Pairs (i, j): client i's pattern matches client j's pattern or name, so a session
    titled for j could be taken for i's too."""
    found = []
    for i, pattern in enumerate(patterns):
        for j, (name, other) in enumerate(zip(names, patterns, strict=True)):
            if i != j and (title_matches(pattern, other or "") or title_matches(pattern, name)):
                found.append((i, j))
    return found


def _candidates(events: Iterable[icalendar.Event], tz: ZoneInfo) -> Iterator[tuple[Session, str]]:
    """Timed, not cancelled events that are not our calls, as sessions with their title."""
    for event in events:
        if is_call(event) or str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start, end = event.decoded("DTSTART", None), event.decoded("DTEND", None)
        if not isinstance(start, datetime):
            continue  # all-day entries are not sessions
        if not isinstance(end, datetime):
            duration = event.decoded("DURATION", None)
            end = start + (duration if isinstance(duration, timedelta) else timedelta(0))
        rid = event.get("RECURRENCE-ID")
        session = Session(
            uid=str(event.get("UID", "")),
            recurrence_id=rid.dt if rid is not None else None,
            start=_in(start, tz),
            end=_in(end, tz),
            attendees=tuple(_bare(str(a)) for a in _as_list(event.get("ATTENDEE"))),
        )
        yield session, str(event.get("SUMMARY", ""))


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


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _bare(address: str) -> str:
    address = address.strip().lower()
    return address[7:] if address.startswith("mailto:") else address


def _in(moment: datetime, tz: ZoneInfo) -> datetime:
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment.astimezone(tz)


def category_words(category: str, language: str = "en") -> str:
    """A crisis category (`crisis.CATEGORIES`) in the therapist's words."""
    table = CATEGORIES.get(locale_for(language).language, CATEGORIES["en"])
    return table.get(LEGACY.get(category, category), table["unknown"])


def reply_words(reply: str, language: str = "en") -> str:
    """What the sender got (`crisis.REPLIES`) in the therapist's words."""
    table = REPLIES.get(locale_for(language).language, REPLIES["en"])
    return table.get(reply, table["none:other"])
