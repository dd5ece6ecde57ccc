"""daemon.changes: what counts as deleted or moved, and the mass-deletion hold (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.core.booking import changes
from daemon.core.booking.changes import (
    CONFIRM_AFTER,
    GONE,
    Cancelled,
    Deleted,
    Held,
    LeftAlone,
    Listing,
    Moved,
    Seen,
    There,
    Unknown,
    Unreadable,
)
from daemon.core.model import Interval
from daemon.core.records import BookingState, Outcome

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
UID = "call-1@callmemaybe"


def booking(number: int = 1, hours_ahead: int = 24, sequence: int = 0) -> BookingState:
    start = NOW + timedelta(hours=hours_ahead)
    return BookingState(
        number, f"client{number}", f"call-{number}@callmemaybe",
        Interval(start, start + timedelta(minutes=15)), sequence, Outcome.BOOKED,
    )  # fmt: skip


def ics(uid: str = UID, start: str = "DTSTART:20260303T120000Z", extra: str = "",
        end: str = "DTEND:20260303T121500Z") -> str:  # fmt: skip
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", "BEGIN:VEVENT", f"UID:{uid}",
             "DTSTAMP:20260101T000000Z", start, end, *extra.splitlines(), "END:VEVENT",
             "END:VCALENDAR"]  # fmt: skip
    return "\r\n".join(line for line in lines if line) + "\r\n"


def text_of(b: BookingState, shift: timedelta = timedelta(0), extra: str = "") -> str:
    start, end = b.slot.start + shift, b.slot.end + shift
    return ics(b.event_uid, f"DTSTART:{start:%Y%m%dT%H%M%SZ}", extra, f"DTEND:{end:%Y%m%dT%H%M%SZ}")


# --- reading ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "uids"),
    [
        (ics(), {UID}),
        ("BEGIN:VEVENT\r\nUID:call-1@call\r\n memaybe\r\nEND:VEVENT", {UID}),  # folded
        ("UID;X-PARAM=1:abc\nuid:def", {"abc", "def"}),
        ("this is not iCalendar", set()),
        ("UID:\n", set()),
    ],
)
def test_uids_are_read_line_by_line(text: str, uids: set[str]) -> None:
    assert changes.uids_in(text) == uids


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ics(),
            Seen(
                Interval(
                    datetime(2026, 3, 3, 12, tzinfo=UTC), datetime(2026, 3, 3, 12, 15, tzinfo=UTC)
                ),
                0,
            ),
        ),
        (ics(extra="SEQUENCE:4"), 4),
        (ics(end="DURATION:PT30M"), timedelta(minutes=30)),
        (ics(extra="STATUS:CANCELLED"), Cancelled()),
        (ics(extra="SEQUENCE:two"), "SEQUENCE"),
        (ics(extra="SEQUENCE:"), "SEQUENCE"),
        (ics(start="DTSTART;VALUE=DATE:20260303", end="DTEND;VALUE=DATE:20260304"), "all-day"),
        (ics(start="DTSTART:20260303T120000", end="DTEND:20260303T121500"), "floating"),
        (ics(start="DTSTART:20260303T120000Z", end="DTEND:20260303T121500"), "floating"),
        (ics(start="DTSTART:not-a-date"), "cannot place"),
        (ics(uid="someone-else"), "no master"),
        ("this is not iCalendar", "not parsable"),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x", "not parsable"),
    ],
)
def test_reading_an_event(text: str, expected: object) -> None:
    reading = changes.read_event(text, UID)
    if isinstance(expected, str):
        assert isinstance(reading, Unreadable) and expected in reading.reason
    elif isinstance(expected, int):
        assert isinstance(reading, Seen) and reading.sequence == expected
    elif isinstance(expected, timedelta):
        assert isinstance(reading, Seen) and reading.slot.end - reading.slot.start == expected
    else:
        assert reading == expected


# --- presence: only a positive answer is "gone" -------------------------------------------------

LISTED = Listing({UID: ics()}, {UID: "/cal/call-1.ics"})
OTHERS = Listing({"other": ics("other")}, {"other": "/cal/other.ics"})
EMPTY = Listing()


@pytest.mark.parametrize(
    ("listing", "probe", "expected"),
    [
        (LISTED, None, There(ics())),  # listed: the probe is not even asked
        (None, None, Unknown),  # the listing failed (500, garbage, unreachable)
        (EMPTY, ics(), There(ics())),  # an empty answer, the event still at its URL
        (OTHERS, ics(), There(ics())),  # a partial answer
        (EMPTY, RuntimeError("500"), Unknown),  # the GET failed too
        (EMPTY, ics("someone-else"), Unknown),  # its URL holds something else
        (EMPTY, None, GONE),  # the calendar is empty and its URL answers 404
        (OTHERS, None, GONE),  # listed without it, and 404
    ],
)
def test_presence(listing: Listing | None, probe: str | Exception | None, expected: object) -> None:
    seen = changes.presence(UID, listing, probe)
    assert isinstance(seen, Unknown) if expected is Unknown else seen == expected


def test_a_listing_is_indexed_by_the_uids_its_objects_name() -> None:
    listing = changes.listing_of([("/a.ics", ics()), ("/b.ics", "garbage")])
    assert listing.hrefs == {UID: "/a.ics"} and listing.unidentified == 1


# --- one booking ------------------------------------------------------------------------------


def test_change_of_one_booking() -> None:
    b = booking(sequence=2)
    past = booking(2, hours_ahead=-3)
    assert changes.change_of(b, There(text_of(b)), NOW) is None
    assert changes.change_of(b, GONE, NOW) == Deleted(b)
    assert changes.change_of(b, There(text_of(b, extra="STATUS:CANCELLED")), NOW) == Deleted(b)
    assert changes.change_of(past, GONE, NOW) is None  # a past call is not cancelled
    assert changes.change_of(past, There(text_of(past)), NOW) == Held(past)
    moved = changes.change_of(b, There(text_of(b, timedelta(hours=1), "SEQUENCE:5")), NOW)
    assert isinstance(moved, Moved) and moved.sequence == 6
    assert moved.slot.start == b.slot.start + timedelta(hours=1)
    unknown = changes.change_of(b, Unknown("listing failed"), NOW)
    assert isinstance(unknown, LeftAlone) and unknown.retry
    for odd in ("SEQUENCE:x", "this is not iCalendar"):
        text = odd if "not" in odd else text_of(b, extra=odd)
        left = changes.change_of(b, There(text), NOW)
        assert isinstance(left, LeftAlone) and not left.retry


# --- the whole pass ---------------------------------------------------------------------------


def run(
    n: int,
    deleted: set[int],
    waiting: dict[int, datetime] | None = None,
    now: datetime = NOW,
    unknown: frozenset[int] = frozenset(),
    moved: frozenset[int] = frozenset(),
) -> changes.Plan:
    bookings = [booking(i, hours_ahead=24 + i) for i in range(1, n + 1)]
    found: dict[int, changes.Change | LeftAlone | None] = {}
    for b in bookings:
        if b.id in deleted:
            found[b.id] = Deleted(b)
        elif b.id in unknown:
            found[b.id] = LeftAlone(b, "listing failed", retry=True)
        elif b.id in moved:
            found[b.id] = Moved(b, b.slot, 1)
        else:
            found[b.id] = None
    return changes.plan(bookings, found, waiting or {}, now)


def told(result: changes.Plan) -> set[int]:
    return {c.booking.id for c in result.act if isinstance(c, Deleted)}


@pytest.mark.parametrize(
    ("watched", "deleted", "held"),
    [
        (1, {1}, False),  # the one call
        (3, {1}, False),  # one of three: an ordinary day
        (3, {1, 2}, False),  # two is never "many"
        (4, {1, 2, 3}, True),  # three of four
        (3, {1, 2, 3}, True),  # the sick afternoon, or a broken server
        (6, {1, 2, 3}, False),  # three of six is not more than half
        (7, {1, 2, 3, 4}, True),
    ],
)
def test_many_deletions_at_once_are_held(watched: int, deleted: set[int], held: bool) -> None:
    result = run(watched, deleted)
    assert told(result) == (set() if held else deleted)
    assert set(result.waiting) == (deleted if held else set())
    assert result.settled is not held
    if held:
        assert result.held_until() == NOW + CONFIRM_AFTER


def test_a_held_deletion_is_told_once_it_still_shows_after_the_wait() -> None:
    waiting = dict.fromkeys((1, 2, 3), NOW)
    early = run(3, {1, 2, 3}, waiting, NOW + CONFIRM_AFTER - timedelta(seconds=1))
    assert told(early) == set() and early.waiting == waiting
    due = run(3, {1, 2, 3}, waiting, NOW + CONFIRM_AFTER)
    assert told(due) == {1, 2, 3} and due.waiting == {} and due.settled


def test_a_held_deletion_that_comes_back_is_forgotten_and_an_unknown_one_waits_on() -> None:
    waiting = dict.fromkeys((1, 2, 3), NOW)
    later = NOW + timedelta(minutes=10)
    back = run(3, set(), waiting, later)
    assert told(back) == set() and back.waiting == {} and back.settled
    unknown = run(3, set(), waiting, later, unknown=frozenset({1, 2, 3}))
    assert told(unknown) == set() and unknown.waiting == waiting and not unknown.settled
    partly = run(3, {1}, waiting, later, unknown=frozenset({2, 3}))
    assert told(partly) == {1} and partly.waiting == {2: NOW, 3: NOW}


def test_nothing_is_sent_in_the_pass_a_mass_deletion_is_first_seen() -> None:
    result = run(5, {1, 2, 3}, moved=frozenset({4}))
    assert result.act == () and not result.settled
    # A deletion due now waits on beside newly held ones, keeping when it was first seen.
    early = NOW - CONFIRM_AFTER
    again = run(5, {1, 2, 3}, {1: early})
    assert told(again) == set() and again.waiting == {1: early, 2: NOW, 3: NOW}


@given(
    st.lists(st.sampled_from(["kept", "deleted", "unknown", "unreadable", "moved"]), max_size=9),
    st.sets(st.integers(1, 9)),
    st.integers(0, 20),
)
def test_unknown_or_unreadable_never_cancels_and_a_new_mass_hold_sends_nothing(
    kinds: list[str], held_before: set[int], minutes: int
) -> None:
    bookings = [booking(i, hours_ahead=24 + i) for i in range(1, len(kinds) + 1)]
    found: dict[int, changes.Change | LeftAlone | None] = {}
    for b, kind in zip(bookings, kinds, strict=True):
        found[b.id] = {
            "kept": None,
            "deleted": Deleted(b),
            "unknown": LeftAlone(b, "x", retry=True),
            "unreadable": LeftAlone(b, "x", retry=False),
            "moved": Moved(b, b.slot, 1),
        }[kind]
    waiting = {i: NOW for i in held_before if i <= len(bookings)}
    result = changes.plan(bookings, found, waiting, NOW + timedelta(minutes=minutes))
    cancelled = {c.booking.id for c in result.act if isinstance(c, Deleted)}
    assert all(kinds[i - 1] == "deleted" for i in cancelled)
    for i in cancelled:
        if i in waiting:  # told after a hold only once the wait is over
            assert timedelta(minutes=minutes) >= CONFIRM_AFTER
    if set(result.waiting) - set(waiting):
        assert result.act == ()
