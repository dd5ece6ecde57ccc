"""What the therapist did to a booked call in their calendar app (pure).

The calendar is theirs: a call they deleted is cancelled, a call they moved has moved.
But a client is told "the therapist can't make it" only on a positive answer. A server
that errs, answers a search with nothing or with garbage, or hands back an event we
cannot read says nothing about the call, and nothing is done about it. And when many
calls vanish at once, the clients are told only if they are still gone a few minutes
later: that is how a therapist clears a sick afternoon, and also how a half-migrated
server looks for a moment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import icalendar

from daemon.core.model import Interval
from daemon.core.records import BookingState

# A mass deletion is told only once it has lasted this long. Long enough for a server that
# lost its data for a moment (a restore, a migration, a proxy with a cold cache) to come
# back, and for the watch, which runs every few minutes, to look again; short enough that
# clients of a cleared afternoon still hear in good time.
CONFIRM_AFTER = timedelta(minutes=5)
# "Many" means more than this many calls, and more than half of those watched: one or two
# deleted calls are an ordinary day and are told at once.
MASS_MORE_THAN = 2


# --- what one pass saw of one booking's event ------------------------------------------------


@dataclass(frozen=True)
class There:
    text: str  # the event's iCalendar text as the server has it


@dataclass(frozen=True)
class Gone:
    """Positive: a listing that worked lacks it, and its own URL answers 404/410."""


@dataclass(frozen=True)
class Unknown:
    reason: str  # for the log: no client data, just what failed


Presence = There | Gone | Unknown

GONE = Gone()


def uids_in(text: str) -> frozenset[str]:
    """The UIDs an iCalendar text names, read line by line so that an event too broken to
    parse is still recognised as ours (and then left alone, not taken for deleted)."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    found = set()
    for line in unfolded.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.split(";", 1)[0].strip().upper() == "UID" and value.strip():
            found.add(value.strip())
    return frozenset(found)


@dataclass(frozen=True)
class Listing:
    """One listing of the booking calendar: the objects by UID, and where each lives."""

    texts: Mapping[str, str] = field(default_factory=dict)
    hrefs: Mapping[str, str] = field(default_factory=dict)
    unidentified: int = 0  # objects naming no UID at all (garbled calendar data)


def listing_of(objects: Iterable[tuple[str, str]]) -> Listing:
    """Index the (href, text) pairs a listing returned by the UIDs they name."""
    texts: dict[str, str] = {}
    hrefs: dict[str, str] = {}
    unidentified = 0
    for href, text in objects:
        uids = uids_in(text)
        if not uids:
            unidentified += 1
        for uid in uids:
            texts[uid] = text
            hrefs[uid] = href
    return Listing(texts, hrefs, unidentified)


def presence(uid: str, listing: Listing | None, probe: str | Exception | None) -> Presence:
    """What is known of the event `uid`.

    `listing` is None when the listing failed. `probe` is what a GET of the event's own
    URL answered: its text, None for 404/410, or the error; it is only asked when the
    listing lacks the UID. Absent from a listing is not enough on its own: a server that
    answers every REPORT with an empty result would make every call look deleted, and
    the calendar may hold nothing else to show that the listing is sound.
    """
    if listing is None:
        return Unknown("the calendar listing failed")
    if uid in listing.texts:
        return There(listing.texts[uid])
    if isinstance(probe, Exception):
        return Unknown("the listing lacks it and fetching it failed")
    if probe is None:
        return GONE
    if uid in uids_in(probe):
        return There(probe)  # the listing missed it (a lying or lagging server)
    return Unknown("the listing lacks it and its URL holds another event")


# --- reading one event ------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    slot: Interval
    sequence: int


@dataclass(frozen=True)
class Cancelled:
    """The app kept the event with STATUS:CANCELLED: as good as deleted."""


@dataclass(frozen=True)
class Unreadable:
    reason: str  # no event content, only what kind of problem it is


Reading = Seen | Cancelled | Unreadable


def read_event(ics: str, uid: str) -> Reading:
    """The (start, end) and SEQUENCE of the master VEVENT with `uid`, or why not."""
    try:
        calendar = icalendar.Calendar.from_ical(ics)
        events = list(calendar.walk("VEVENT"))
    except (ValueError, KeyError, IndexError, TypeError):
        return Unreadable("not parsable iCalendar")
    for event in events:
        if str(event.get("UID", "")) != uid or event.get("RECURRENCE-ID") is not None:
            continue
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            return Cancelled()
        try:
            start = event.decoded("DTSTART", None)
            end = event.decoded("DTEND", None)
            duration = event.decoded("DURATION", None)
            sequence = int(str(event.get("SEQUENCE", 0)).strip())
        except (ValueError, KeyError, TypeError):
            return Unreadable("unreadable DTSTART, DTEND, DURATION or SEQUENCE")
        if not isinstance(start, datetime) or start.tzinfo is None:
            return Unreadable("all-day or floating: we cannot place it")
        if not isinstance(end, datetime):
            end = start + (duration if isinstance(duration, timedelta) else timedelta(0))
        if end.tzinfo is None or end < start:
            return Unreadable("its end is floating or before its start")
        return Seen(Interval(start, end).utc(), sequence)
    return Unreadable("no master VEVENT with its UID")


# --- what happened to one booking -------------------------------------------------------------


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


@dataclass(frozen=True)
class LeftAlone:
    """Nothing can be said this pass (unknown or unreadable): nothing is done."""

    booking: BookingState
    reason: str
    retry: bool  # True when a later pass may know more even if the calendar is unchanged


Change = Deleted | Moved | Held


def change_of(booking: BookingState, seen: Presence, now: datetime) -> Change | LeftAlone | None:
    """What happened to `booking`, given what this pass saw of its event."""
    if isinstance(seen, Unknown):
        return LeftAlone(booking, seen.reason, retry=True)
    reading = read_event(seen.text, booking.event_uid) if isinstance(seen, There) else None
    if isinstance(reading, Unreadable):
        return LeftAlone(booking, reading.reason, retry=False)
    if reading is None or isinstance(reading, Cancelled):
        return Deleted(booking) if booking.slot.end > now else None
    if reading.slot != booking.slot.utc():
        return Moved(booking, reading.slot, max(reading.sequence, booking.sequence) + 1)
    if reading.slot.end <= now:
        return Held(booking)
    return None


# --- the whole pass: the mass-deletion hold ---------------------------------------------------


@dataclass(frozen=True)
class Plan:
    act: tuple[Change, ...]  # tell the clients / record, now
    left_alone: tuple[LeftAlone, ...]  # to log
    waiting: Mapping[int, datetime]  # booking id -> first seen deleted, while held
    settled: bool  # all known and nothing held: the calendar's tag may be remembered

    def held_until(self) -> datetime | None:
        return max(self.waiting.values()) + CONFIRM_AFTER if self.waiting else None


def plan(
    bookings: Sequence[BookingState],
    found: Mapping[int, Change | LeftAlone | None],
    waiting: Mapping[int, datetime],
    now: datetime,
) -> Plan:
    """What to do this pass, given each booking's change and the deletions already held.

    A deletion already held is told once it is CONFIRM_AFTER old and still shows; while
    it cannot be seen (unknown) it stays held. New deletions are held, and nothing at all
    is sent, when there are many of them at once.
    """
    watched = [b for b in bookings if b.slot.end > now]
    deleted = [c for c in found.values() if isinstance(c, Deleted)]
    mass = len(deleted) > MASS_MORE_THAN and 2 * len(deleted) > len(watched)
    act: list[Change] = []
    left: list[LeftAlone] = []
    still: dict[int, datetime] = {}
    newly_held = False
    for booking in bookings:
        change = found.get(booking.id)
        since = waiting.get(booking.id)
        if isinstance(change, LeftAlone):
            left.append(change)
            if since is not None:
                still[booking.id] = since
        elif isinstance(change, Deleted):
            if since is not None and now >= since + CONFIRM_AFTER:
                act.append(change)
            elif since is not None or mass:
                still[booking.id] = since if since is not None else now
                newly_held = newly_held or since is None
            else:
                act.append(change)
        elif change is not None:
            act.append(change)
    if newly_held:
        # "Nothing is sent in that pass": a move seen beside a mass deletion waits for a
        # later pass, and a deletion due now waits on with the new ones.
        for change in act:
            if isinstance(change, Deleted):
                still[change.booking.id] = waiting.get(change.booking.id, now)
        act = [c for c in act if isinstance(c, Held)]
    settled = not still and not newly_held and not any(c.retry for c in left)
    return Plan(tuple(act), tuple(left), still, settled)
