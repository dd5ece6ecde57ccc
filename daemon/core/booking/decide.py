"""The conversation's decisions, as pure functions of values (the clock passed in).

The service gathers what a decision needs (the message, the client's open offer or booked
call, fresh slots, whether a chosen slot is still free) and executes what comes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from daemon.core.mail import choice
from daemon.core.model import Interval
from daemon.core.records import BookingState, OfferState, OfferStatus, Outcome
from daemon.core.safety import crisis

# --- what the service is asked to do --------------------------------------------------------


@dataclass(frozen=True)
class MakeOffer:
    """Offer fresh slots (the service computes them, leaving out `exclude`)."""

    again: bool = False  # "here are other times": after none-fit, expiry or a taken slot
    exclude: tuple[Interval, ...] = ()


@dataclass(frozen=True)
class Book:
    slot: Interval
    via: str


@dataclass(frozen=True)
class Ask:
    """The answer matched no single slot: ask again, briefly."""


@dataclass(frozen=True)
class CancelCall:
    then_offer: bool  # a move is a cancellation followed by a fresh offer


@dataclass(frozen=True)
class Ignore:
    reason: str


@dataclass(frozen=True)
class RepeatOffer:
    """The client's open offer again (same slots, same token), in the new message's thread."""

    offer: OfferState
    send: bool  # False: held back, the client already had it often enough this hour


Action = MakeOffer | Book | Ask | CancelCall | Ignore

# How often one open offer is sent again within an hour. A new request while an offer is
# open does NOT replace it and does NOT count towards the client's hourly reply limit: mail
# from a client's address is not proof it is from the client, and a forger must neither
# withdraw the times the real client holds nor use up their replies so that their own next
# mail goes unanswered. This separate, small cap keeps a forger from filling the real
# client's inbox with copies; past it the client still holds the offer, and their choice
# from any copy still books.
REPEATS_PER_HOUR = 2


def on_new_request(
    open_offer: OfferState | None, now: datetime, repeats_this_hour: int
) -> RepeatOffer | MakeOffer:
    """A request (or crisis words) outside any offer's thread."""
    if open_offer is None or open_offer.status != OfferStatus.OPEN or now >= open_offer.expires_at:
        return MakeOffer()
    return RepeatOffer(open_offer, send=repeats_this_hour < REPEATS_PER_HOUR)


# Client mail kinds that carry call times (an offer, the ask between offered times, the
# confirmation of the chosen one); the others tell the client something without times.
WITH_TIMES = ("offer", "offer-repeat", "ask", "confirmation")
WITHOUT_TIMES = ("nothing-free", "cancellation", "stranger-crisis")


def what_they_got(no_reply: str | None, sent: Sequence[str], dry_run: bool) -> tuple[str, str]:
    """(crisis.REPLIES value, the kind of mail that went out or "") for a message with crisis
    language, from what its decision actually queued: the therapist is told the truth."""
    if no_reply is not None:
        return no_reply, ""
    kind = next((k for k in sent if k in WITH_TIMES), None)
    reply = crisis.REPLY_WITH_TIMES
    if kind is None:
        kind = next((k for k in sent if k in WITHOUT_TIMES), None)
        reply = crisis.REPLY_WITHOUT_TIMES
    if kind is None:
        return crisis.NO_REPLY_OTHER, ""
    if "cancellation" in sent and kind != "cancellation":
        kind = "move"  # a cancellation with new times
    return (crisis.NO_REPLY_DRY_RUN if dry_run else reply), kind


def late(offer: OfferState, now: datetime) -> bool:
    """An answer to an offer whose time ran out: its slots were released to others."""
    return offer.status == OfferStatus.EXPIRED or (
        offer.status == OfferStatus.OPEN and now >= offer.expires_at
    )


def on_offer_reply(
    intent: choice.Intent, offer: OfferState, now: datetime, chosen_is_free: bool | None
) -> Action:
    """A client answered an offer. `chosen_is_free` is the fresh re-check of a picked slot
    (for a late answer, one that counts the times now held for others too)."""
    if offer.status not in (OfferStatus.OPEN, OfferStatus.EXPIRED):
        return MakeOffer(again=True)
    if late(offer, now):
        # A late pick still books when its slot is free and within every rule: the client
        # should not lose a time nobody else took just because they answered tomorrow.
        if isinstance(intent, choice.Pick) and 1 <= intent.position <= len(offer.slots):
            slot = offer.slots[intent.position - 1]
            return Book(slot, intent.via) if chosen_is_free else MakeOffer(True, (slot,))
        return MakeOffer(again=True)
    if isinstance(intent, choice.Pick):
        if not 1 <= intent.position <= len(offer.slots):
            return Ask()
        if not chosen_is_free:
            return MakeOffer(again=True, exclude=(offer.slots[intent.position - 1],))
        return Book(offer.slots[intent.position - 1], intent.via)
    if isinstance(intent, choice.NoneFit):
        return MakeOffer(again=True, exclude=offer.slots)
    if isinstance(intent, choice.Unclear):
        return Ask()
    # Cancel or move before anything was booked: nothing to undo, offer other times.
    if isinstance(intent, choice.Move):
        return MakeOffer(again=True, exclude=offer.slots)
    return Ignore("cancelled before booking")


# After "nothing free", the client's further requests within this time get no second
# automatic mail: the therapist writes to them personally.
NOTHING_FREE_QUIET = timedelta(hours=24)


def nothing_free_again(last_told: datetime | None, now: datetime) -> bool:
    """Whether the client was told "nothing free" lately, so no second mail goes."""
    return last_told is not None and now - last_told < NOTHING_FREE_QUIET


# A reminder this soon after the confirmation would only repeat it.
REMINDER_AFTER_BOOKING = timedelta(hours=1)


def reminder_due(
    slot: Interval, booked_at: datetime, now: datetime, remind_before: timedelta
) -> bool:
    """A reminder goes once its time has come and the call has not begun; never for a call
    booked less than `remind_before` ahead, nor when its time comes within the hour after
    the booking (the confirmation is reminder enough)."""
    if remind_before <= timedelta(0):
        return False
    remind_at = slot.start - remind_before
    return booked_at + REMINDER_AFTER_BOOKING <= remind_at <= now < slot.start


def on_booking_reply(
    intent: choice.Cancel | choice.Move | None, booking: BookingState, now: datetime
) -> Action:
    if intent is None:
        return Ignore("no change asked for")
    # `moved` here is the therapist's move: the call is still on, at its new time.
    if booking.outcome not in (Outcome.BOOKED, Outcome.MOVED) or booking.slot.end <= now:
        return Ignore("call no longer open")
    return CancelCall(then_offer=isinstance(intent, choice.Move))


def picked_slot(intent: choice.Intent, offer: OfferState) -> Interval | None:
    """The slot to re-check before deciding, if the client picked one."""
    if isinstance(intent, choice.Pick) and 1 <= intent.position <= len(offer.slots):
        return offer.slots[intent.position - 1]
    return None


def summary_for(pattern: str, initials: str, first_name: str) -> str:
    """The event title: by default only initials, as calendars sync to places health data
    must not reach."""
    return pattern.format(initials=initials, first_name=first_name)


def next_offer_slots(found: Sequence[Interval], exclude: Sequence[Interval]) -> list[Interval]:
    return [slot for slot in found if slot not in exclude]
