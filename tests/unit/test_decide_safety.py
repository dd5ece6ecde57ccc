"""Pure decisions of the safety flow: a new request meets the open offer, and what a sender
of crisis language really got."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from daemon.core.booking import decide
from daemon.core.model import Interval
from daemon.core.records import OfferState, OfferStatus
from daemon.core.safety import crisis

NOW = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
SLOT = Interval(NOW + timedelta(days=1), NOW + timedelta(days=1, minutes=15))


def offer(status: str = "open", expires: timedelta = timedelta(days=2)) -> OfferState:
    return OfferState(1, "c1", "abcd2345", "<o@x>", (SLOT,), NOW + expires, OfferStatus(status))


@pytest.mark.parametrize(
    ("current", "repeats", "expected"),
    [
        (None, 0, decide.MakeOffer()),
        (offer(), 0, decide.RepeatOffer(offer(), send=True)),
        (offer(), 1, decide.RepeatOffer(offer(), send=True)),
        (offer(), 2, decide.RepeatOffer(offer(), send=False)),
        (offer(expires=timedelta(0)), 0, decide.MakeOffer()),
        (offer("chosen"), 0, decide.MakeOffer()),
        (offer("superseded"), 0, decide.MakeOffer()),
    ],
)
def test_a_new_request_repeats_a_valid_open_offer_instead_of_replacing_it(
    current: OfferState | None, repeats: int, expected: object
) -> None:
    assert decide.on_new_request(current, NOW, repeats) == expected


@pytest.mark.parametrize(
    ("no_reply", "sent", "dry_run", "expected"),
    [
        (None, ["offer"], False, (crisis.REPLY_WITH_TIMES, "offer")),
        (None, ["offer-repeat"], False, (crisis.REPLY_WITH_TIMES, "offer-repeat")),
        (None, ["ask"], False, (crisis.REPLY_WITH_TIMES, "ask")),
        (None, ["confirmation"], False, (crisis.REPLY_WITH_TIMES, "confirmation")),
        (None, ["cancellation", "offer"], False, (crisis.REPLY_WITH_TIMES, "move")),
        (None, ["cancellation"], False, (crisis.REPLY_WITHOUT_TIMES, "cancellation")),
        (None, ["nothing-free"], False, (crisis.REPLY_WITHOUT_TIMES, "nothing-free")),
        (None, ["stranger-crisis"], False, (crisis.REPLY_WITHOUT_TIMES, "stranger-crisis")),
        (None, ["offer"], True, (crisis.NO_REPLY_DRY_RUN, "offer")),
        (None, [], False, (crisis.NO_REPLY_OTHER, "")),
        (None, [], True, (crisis.NO_REPLY_OTHER, "")),
        (crisis.NO_REPLY_HOURLY_LIMIT, [], False, (crisis.NO_REPLY_HOURLY_LIMIT, "")),
        (crisis.NO_REPLY_MACHINE, [], True, (crisis.NO_REPLY_MACHINE, "")),
    ],
)
def test_what_they_got_is_read_from_what_was_queued(
    no_reply: str | None, sent: list[str], dry_run: bool, expected: tuple[str, str]
) -> None:
    got = decide.what_they_got(no_reply, sent, dry_run)
    assert got == expected and got[0] in crisis.REPLIES
