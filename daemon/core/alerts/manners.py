"""When automated mail should hold back. Pure: times and addresses in, a yes or no out.

A client in distress may write to this address many times; a sender we do not know may be a
stranger, a spoofer or a loop. Past a limit, the therapist hears about it instead.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime, timedelta

# The limits on automatic mail, written here once (flows/alerts reads them).
REPLY_LIMIT = 5  # automatic replies to one client within REPLY_WINDOW
REPLY_WINDOW = timedelta(hours=1)
UNKNOWN_SENDER_EVERY = timedelta(days=7)  # the generic note to a sender we do not know
STRANGER_CRISIS_EVERY = timedelta(days=1)  # the emergency reply to a stranger in crisis
ALERT_LIMIT = 3  # alerts of one kind about one sender
ALERT_WINDOW = timedelta(hours=1)
ALERT = "alert"
SUMMARY = "summary"
HELD = "held"


def _aware(*times: datetime) -> None:
    if any(t.tzinfo is None or t.utcoffset() is None for t in times):
        raise ValueError("manners need timezone-aware datetimes")


def recent_replies_exceeded(
    sent_times: Sequence[datetime],
    now: datetime,
    limit: int = REPLY_LIMIT,
    window: timedelta = REPLY_WINDOW,
) -> bool:
    """Whether we already answered this client more than `limit` times within `window` of now.

    A reply stamped after `now` (another host's clock, a clock step back) counts as recent:
    erring towards "alert the therapist" is the safe side.
    """
    _aware(now, *sent_times)
    since = now - window
    return sum(1 for sent in sent_times if sent > since) > limit


def unknown_sender_reply_due(
    last_reply: datetime | None,
    now: datetime,
    every: timedelta = UNKNOWN_SENDER_EVERY,
) -> bool:
    """Whether a sender we do not know may get the one polite reply again (once per `every`)."""
    if last_reply is None:
        _aware(now)
        return True
    _aware(now, last_reply)
    # A last reply in the future (clock trouble) means "recently": stay quiet.
    return now - last_reply >= every


def alert_gate(
    previous: Sequence[tuple[datetime, str]],
    now: datetime,
    limit: int = ALERT_LIMIT,
    window: timedelta = ALERT_WINDOW,
) -> str:
    """What the next alert of one kind about one sender becomes: a full `ALERT`, the one
    `SUMMARY` that stands in for the rest once `limit` alerts went out within `window`, or
    `HELD` (counted into that summary; the message is still flagged in the inbox).

    `previous`: (when, what) of earlier alerts, summaries and held ones for this kind and
    sender. A forger sending many mails thus yields at most `limit` alerts plus one summary.
    """
    _aware(now, *(at for at, _ in previous))
    since = now - window
    recent = [what for at, what in previous if at > since]
    if recent.count(ALERT) < limit:
        return ALERT
    return HELD if SUMMARY in recent else SUMMARY


def _mailbox(addr: str) -> tuple[str, str] | None:
    """(local part without +tag, domain), lowercased; None if not an address."""
    addr = addr.strip().strip("<>").strip().lower()
    local, at, domain = addr.rpartition("@")
    if not at or not local or not domain:
        return None
    base = local.split("+", 1)[0]
    return (base or local), domain.rstrip(".")


def own_address(addr: str, own: Collection[str]) -> bool:
    """Whether `addr` is one of the therapist's own addresses, or a +tag variant of one.

    Case-insensitive; "anna+calls@x" and "anna@x" are the same mailbox whichever is listed.
    Mail from ourselves must never be answered: that is how loops start.
    """
    mine = _mailbox(addr)
    return mine is not None and any(_mailbox(o) == mine for o in own)
