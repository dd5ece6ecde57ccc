"""Acting on what the store says is pending: write or delete events, send queued mail.

Every act is idempotent, so a crash between acting and marking done only repeats it
harmlessly: events are created under a UID fixed in advance and looked up first; mail
carries a Message-ID fixed in advance and, when a Sent folder is kept, is looked up there
before a resend whose first attempt may have gone through.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parseaddr
from typing import TYPE_CHECKING

from daemon.core.errors import RemoteError, UserError
from daemon.core.records import BookingStatus, OutboxState
from daemon.store import ledger
from daemon.store import outbox as outbox_store
from daemon.store.db import Store

if TYPE_CHECKING:
    from daemon.adapters.dav import Calendars
    from daemon.adapters.smtp import Outbox

log = logging.getLogger("callmemaybe.effects")

MAX_RETRY = timedelta(hours=1)
# A mail that fails in our own code (not at the server) is tried this often, then given up:
# the same bytes will most likely fail the same way.
MAX_UNEXPECTED = 3


def retry_delay(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min ... up to an hour: a server that is down is not hammered."""
    delay: timedelta = timedelta(seconds=30) * (2 ** min(attempts, 10))
    return min(delay, MAX_RETRY)


# (outbox id, kind, recipients) of mail given up for good, for the therapist to hear of.
GivenUp = tuple[int, str, tuple[str, ...]]


def write_events(
    store: Store, calendars: Calendars, now: datetime, *, dry_run: bool = False
) -> None:
    for booking_id, calendar, uid, ics, state in ledger.pending_bookings(store.db):
        if dry_run:
            # Nothing reaches the calendar; the booking still counts toward the caps.
            with store.transaction() as db:
                ledger.set_booking_state(
                    db,
                    booking_id,
                    BookingStatus.DRY_RUN
                    if state == BookingStatus.PENDING
                    else BookingStatus.CANCELLED,
                )
            continue
        try:
            if state == BookingStatus.PENDING:
                calendars.create_event(calendar, ics.decode(), uid)
                with store.transaction() as db:
                    ledger.set_booking_state(db, booking_id, BookingStatus.CREATED, now)
                log.info("booking %d: event written", booking_id)
            else:
                calendars.delete_event(calendar, uid)
                with store.transaction() as db:
                    ledger.set_booking_state(db, booking_id, BookingStatus.CANCELLED)
                log.info("booking %d: event removed", booking_id)
        except RemoteError as error:
            log.warning("booking %d: calendar unavailable, will retry: %s", booking_id, error)
        except UserError as error:
            # e.g. the account may not write to book_into: keep it pending for the
            # sysadmin to fix, and go on with the rest.
            log.error("booking %d: calendar refused the write, will retry: %s", booking_id, error)
        except sqlite3.Error:
            raise  # the store itself: the loop backs off
        except Exception as error:
            # Odd data in one booking must not hold up the mail behind it: the type only.
            log.error("booking %d: unexpected %s, will retry", booking_id, type(error).__name__)


def send_mail(
    store: Store,
    outbox: Outbox | Drafts,
    now: datetime,
    *,
    sent_copy: Callable[[bytes], None] | None = None,
    already_sent: Callable[[str], bool] | None = None,
    unrecorded: set[int] | None = None,
    only: str | None = None,
) -> list[GivenUp]:
    """Send what is due (`only`: just the mail with this Message-ID). `unrecorded` (kept by
    the caller across passes) holds the ids of mail the server took while the store could
    not record it (a full disk): they are marked sent once it can, never sent twice."""
    given_up: list[GivenUp] = []
    memo = unrecorded if unrecorded is not None else set()
    for mail in ledger.due_mail(store.db, now):
        if only is not None and mail.message_id != only:
            continue
        interrupted = mail.state == OutboxState.SENDING
        if mail.id in memo or (
            interrupted and already_sent is not None and already_sent(mail.message_id)
        ):
            # The server took it before a crash or a failed write: do not send it twice.
            with store.transaction() as db:
                ledger.mark_mail(db, mail.id, OutboxState.SENT, now)
                if mail.id not in memo:
                    outbox_store.mark_filed(db, mail.id)
            memo.discard(mail.id)
            continue
        with store.transaction() as db:
            ledger.mark_mail(db, mail.id, OutboxState.SENDING, now)

        def accepted(mail_id: int = mail.id) -> None:
            memo.add(mail_id)
            with store.transaction() as db:
                ledger.mark_mail(db, mail_id, OutboxState.SENT, now)
            memo.discard(mail_id)

        try:
            message = message_from_bytes(mail.raw, _class=EmailMessage, policy=policy.default)
            sender = parseaddr(str(message.get("From", "")))[1]
            outbox.send(message, sender, mail.recipients, accepted=accepted)
        except RemoteError as error:
            delay = retry_delay(mail.attempts)
            with store.transaction() as db:
                ledger.mark_mail(db, mail.id, OutboxState.PENDING, now, str(error), delay)
            log.warning("mail %d (%s): not sent, retry in %s: %s", mail.id, mail.kind, delay, error)
            continue
        except UserError as error:
            with store.transaction() as db:
                ledger.mark_mail(db, mail.id, OutboxState.FAILED, now, str(error))
            log.error("mail %d (%s): refused for good: %s", mail.id, mail.kind, error)
            given_up.append((mail.id, mail.kind, mail.recipients))
            continue
        except sqlite3.Error:
            raise  # the store itself: the loop backs off and this mail is looked at again
        except Exception as error:
            # e.g. the injection check refusing a header: the type only, its text may quote.
            problem = f"could not be sent ({type(error).__name__})"
            if mail.attempts + 1 >= MAX_UNEXPECTED:
                with store.transaction() as db:
                    ledger.mark_mail(db, mail.id, OutboxState.FAILED, now, problem)
                log.error("mail %d (%s): %s; given up", mail.id, mail.kind, problem)
                given_up.append((mail.id, mail.kind, mail.recipients))
            else:
                delay = retry_delay(mail.attempts)
                with store.transaction() as db:
                    ledger.mark_mail(db, mail.id, OutboxState.PENDING, now, problem, delay)
                log.error("mail %d (%s): %s; retry in %s", mail.id, mail.kind, problem, delay)
            continue
        log.info("mail %d (%s) sent", mail.id, mail.kind)
    if sent_copy is not None:
        file_copies(store, sent_copy, now)
    return given_up


def file_copies(store: Store, sent_copy: Callable[[bytes], None], now: datetime) -> None:
    """Put a copy of each mail sent lately into the Sent folder, once; a copy that could
    not be filed (IMAP away for a moment) is tried again on the next pass, for a day."""
    for mail_id, raw in outbox_store.unfiled_since(store.db, now - timedelta(days=1)):
        try:
            sent_copy(raw)
        except (RemoteError, UserError) as error:
            log.warning("mail %d: no copy filed in the Sent folder yet: %s", mail_id, error)
            return
        outbox_store.mark_filed(store.db, mail_id)


class Drafts:
    """A stand-in for the SMTP outbox in a dry run: each mail goes to the IMAP Drafts folder
    (flagged \\Draft), where the therapist can read what would have been sent."""

    def __init__(self, append: Callable[[bytes], None]) -> None:
        self.append = append

    def send(
        self,
        message: EmailMessage,
        envelope_from: str,
        recipients: Sequence[str],
        accepted: Callable[[], None] | None = None,
    ) -> None:
        self.append(bytes(message))
        if accepted is not None:
            accepted()
