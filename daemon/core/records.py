"""The stored records the core decides over, and the states they pass through.

They live here, not in a decision module, so the store can build them without importing
any decision. The states are `StrEnum`s: each member is the very string the database holds,
so a row reads back as itself and a member compares equal to its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from daemon.core.model import Interval


class OfferStatus(StrEnum):
    OPEN = "open"
    CHOSEN = "chosen"
    SUPERSEDED = "superseded"
    EXPIRED = "expired"


class BookingStatus(StrEnum):
    """Where the calendar event stands: written, being withdrawn, gone, or never made."""

    PENDING = "pending"
    CREATED = "created"
    CANCELLING = "cancelling"
    CANCELLED = "cancelled"
    FAILED = "failed"
    # Dry run: nothing reached the calendar, yet the booking counts toward the caps.
    DRY_RUN = "dry-run"


class Outcome(StrEnum):
    """What became of the call, as the therapist's reports count it."""

    BOOKED = "booked"
    HELD = "held"
    MOVED = "moved"
    CANCELLED_BY_CLIENT = "cancelled_by_client"
    CANCELLED_BY_THERAPIST = "cancelled_by_therapist"


class OutboxState(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    DROPPED = "dropped"  # will never be sent (a reminder whose call is off); its text is gone


@dataclass(frozen=True)
class OfferState:
    """An offer this daemon made, as the store remembers it."""

    id: int
    client_id: str
    token: str
    message_id: str
    slots: tuple[Interval, ...]
    expires_at: datetime
    status: OfferStatus


@dataclass(frozen=True)
class BookingState:
    """A booked call, as the store remembers it."""

    id: int
    client_id: str
    event_uid: str
    slot: Interval
    sequence: int
    outcome: Outcome
