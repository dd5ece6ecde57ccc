"""The conversation's decisions as tables: an answer to an offer, a change to a booked call,
the quiet after "nothing free", the reminder's time (pure, no server, fixed clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from daemon.core.booking import decide
from daemon.core.booking.decide import Ask, Book, CancelCall, Ignore, MakeOffer
from daemon.core.mail import choice
from daemon.core.model import Interval
from daemon.core.records import BookingState, OfferState, OfferStatus, Outcome

NOW = datetime(2026, 3, 1, 22, 30, tzinfo=UTC)  # a Sunday night, on purpose
HOUR = timedelta(hours=1)


def slot(hours_ahead: float, minutes: int = 15) -> Interval:
    start = NOW + timedelta(hours=hours_ahead)
    return Interval(start, start + timedelta(minutes=minutes))


SLOTS = (slot(24), slot(48), slot(72))


def offer(status: OfferStatus = OfferStatus.OPEN, expires_in: timedelta = 2 * HOUR) -> OfferState:
    return OfferState(7, "c1", "abcd2345", "<offer@x>", SLOTS, NOW + expires_in, status)


def booking(outcome: Outcome = Outcome.BOOKED, hours_ahead: float = 24) -> BookingState:
    return BookingState(3, "c1", "call-3@callmemaybe", slot(hours_ahead), 0, outcome)


PICK_1, PICK_2, PICK_4 = (
    choice.Pick(1, "number"),
    choice.Pick(2, "ordinal"),
    choice.Pick(4, "number"),
)
EXPIRED = -HOUR  # expires_in: the offer's time ran out an hour ago


@pytest.mark.parametrize(
    ("intent", "status", "expires_in", "free", "expected"),
    [
        # in time
        (PICK_1, OfferStatus.OPEN, 2 * HOUR, True, Book(SLOTS[0], "number")),
        (PICK_2, OfferStatus.OPEN, 2 * HOUR, True, Book(SLOTS[1], "ordinal")),
        (PICK_2, OfferStatus.OPEN, 2 * HOUR, False, MakeOffer(True, (SLOTS[1],))),
        (PICK_4, OfferStatus.OPEN, 2 * HOUR, None, Ask()),
        (choice.Pick(0, "number"), OfferStatus.OPEN, 2 * HOUR, None, Ask()),
        (choice.NoneFit(), OfferStatus.OPEN, 2 * HOUR, None, MakeOffer(True, SLOTS)),
        (choice.Unclear((1, 2)), OfferStatus.OPEN, 2 * HOUR, None, Ask()),
        (choice.Move(), OfferStatus.OPEN, 2 * HOUR, None, MakeOffer(True, SLOTS)),
        (choice.Cancel(), OfferStatus.OPEN, 2 * HOUR, None, Ignore("cancelled before booking")),
        # late: still open but past its time, or already marked expired
        (PICK_1, OfferStatus.OPEN, EXPIRED, True, Book(SLOTS[0], "number")),
        (PICK_1, OfferStatus.EXPIRED, 2 * HOUR, True, Book(SLOTS[0], "number")),
        (PICK_1, OfferStatus.OPEN, timedelta(0), True, Book(SLOTS[0], "number")),
        (PICK_2, OfferStatus.EXPIRED, EXPIRED, False, MakeOffer(True, (SLOTS[1],))),
        (PICK_4, OfferStatus.EXPIRED, EXPIRED, None, MakeOffer(again=True)),
        (choice.NoneFit(), OfferStatus.EXPIRED, EXPIRED, None, MakeOffer(again=True)),
        (choice.Unclear((1,)), OfferStatus.OPEN, EXPIRED, None, MakeOffer(again=True)),
        (choice.Cancel(), OfferStatus.EXPIRED, EXPIRED, None, MakeOffer(again=True)),
        # closed: chosen or replaced, whatever the answer
        (PICK_1, OfferStatus.CHOSEN, 2 * HOUR, True, MakeOffer(again=True)),
        (PICK_1, OfferStatus.SUPERSEDED, 2 * HOUR, True, MakeOffer(again=True)),
        (choice.Cancel(), OfferStatus.CHOSEN, 2 * HOUR, None, MakeOffer(again=True)),
    ],
)
def test_an_answer_to_an_offer(
    intent: choice.Intent,
    status: OfferStatus,
    expires_in: timedelta,
    free: bool | None,
    expected: decide.Action,
) -> None:
    assert decide.on_offer_reply(intent, offer(status, expires_in), NOW, free) == expected


@pytest.mark.parametrize(
    ("status", "expires_in", "late"),
    [
        (OfferStatus.OPEN, 2 * HOUR, False),
        (OfferStatus.OPEN, timedelta(seconds=1), False),
        (OfferStatus.OPEN, timedelta(0), True),  # expiry is the first instant it is late
        (OfferStatus.OPEN, EXPIRED, True),
        (OfferStatus.EXPIRED, 2 * HOUR, True),
        (OfferStatus.CHOSEN, EXPIRED, False),
        (OfferStatus.SUPERSEDED, EXPIRED, False),
    ],
)
def test_when_an_answer_is_late(status: OfferStatus, expires_in: timedelta, late: bool) -> None:
    assert decide.late(offer(status, expires_in), NOW) is late


@pytest.mark.parametrize(
    ("intent", "picked"),
    [
        (PICK_1, SLOTS[0]),
        (choice.Pick(3, "day-time"), SLOTS[2]),
        (PICK_4, None),
        (choice.Pick(0, "number"), None),
        (choice.NoneFit(), None),
        (choice.Unclear((1, 2)), None),
        (choice.Move(), None),
    ],
)
def test_the_slot_to_recheck_before_deciding(
    intent: choice.Intent, picked: Interval | None
) -> None:
    assert decide.picked_slot(intent, offer()) == picked


@pytest.mark.parametrize(
    ("intent", "outcome", "hours_ahead", "expected"),
    [
        (None, Outcome.BOOKED, 24, Ignore("no change asked for")),
        (choice.Cancel(), Outcome.BOOKED, 24, CancelCall(then_offer=False)),
        (choice.Move(), Outcome.BOOKED, 24, CancelCall(then_offer=True)),
        # the therapist moved it: still on, at its new time
        (choice.Cancel(), Outcome.MOVED, 24, CancelCall(then_offer=False)),
        (choice.Move(), Outcome.MOVED, 24, CancelCall(then_offer=True)),
        # under way: it can still be cancelled until it ends
        (choice.Cancel(), Outcome.BOOKED, -0.1, CancelCall(then_offer=False)),
        (choice.Cancel(), Outcome.BOOKED, -0.25, Ignore("call no longer open")),
        (choice.Cancel(), Outcome.BOOKED, -24, Ignore("call no longer open")),
        (choice.Cancel(), Outcome.HELD, 24, Ignore("call no longer open")),
        (choice.Move(), Outcome.CANCELLED_BY_CLIENT, 24, Ignore("call no longer open")),
        (choice.Cancel(), Outcome.CANCELLED_BY_THERAPIST, 24, Ignore("call no longer open")),
        (None, Outcome.CANCELLED_BY_CLIENT, 24, Ignore("no change asked for")),
    ],
)
def test_a_change_to_a_booked_call(
    intent: choice.Cancel | choice.Move | None,
    outcome: Outcome,
    hours_ahead: float,
    expected: decide.Action,
) -> None:
    assert decide.on_booking_reply(intent, booking(outcome, hours_ahead), NOW) == expected


@pytest.mark.parametrize(
    ("last_told", "quiet"),
    [
        (None, False),
        (NOW, True),
        (NOW - timedelta(hours=23, minutes=59), True),
        (NOW - decide.NOTHING_FREE_QUIET, False),
        (NOW - timedelta(days=3), False),
    ],
)
def test_the_quiet_after_nothing_free(last_told: datetime | None, quiet: bool) -> None:
    assert decide.nothing_free_again(last_told, NOW) is quiet


DAY = timedelta(days=1)


@pytest.mark.parametrize(
    ("starts_in", "booked_ago", "before", "due"),
    [
        (12 * HOUR, 3 * DAY, DAY, True),  # its time came
        (DAY, 3 * DAY, DAY, True),  # exactly now
        (DAY + HOUR, 3 * DAY, DAY, False),  # not yet
        (-HOUR, 3 * DAY, DAY, False),  # the call has begun
        (12 * HOUR, 3 * DAY, timedelta(0), False),  # reminders off
        (12 * HOUR, 6 * HOUR, DAY, False),  # booked 18 hours ahead: less than a day
        # its time comes half an hour after the booking: the confirmation is reminder enough
        (12 * HOUR, HOUR / 2, 12 * HOUR, False),
        (12 * HOUR, HOUR, 12 * HOUR, True),  # an hour after the booking: it goes
    ],
)
def test_when_a_reminder_is_due(
    starts_in: timedelta, booked_ago: timedelta, before: timedelta, due: bool
) -> None:
    start = NOW + starts_in
    call = Interval(start, start + timedelta(minutes=15))
    assert decide.reminder_due(call, NOW - booked_ago, NOW, before) is due


def test_the_next_offer_leaves_out_what_was_excluded_in_order() -> None:
    found = [SLOTS[2], SLOTS[0], SLOTS[1]]
    assert decide.next_offer_slots(found, [SLOTS[0]]) == [SLOTS[2], SLOTS[1]]
    assert decide.next_offer_slots(found, []) == found
    assert decide.next_offer_slots(found, SLOTS) == []


@pytest.mark.parametrize(
    ("pattern", "title"),
    [
        ("Call {initials}", "Call A.E."),
        ("{first_name}: call", "Ann: call"),
        ("Call", "Call"),
    ],
)
def test_the_event_title_names_only_what_its_pattern_asks_for(pattern: str, title: str) -> None:
    assert decide.summary_for(pattern, "A.E.", "Ann") == title
