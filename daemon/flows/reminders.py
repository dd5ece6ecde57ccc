"""The short reminder a client gets before a booked call (shell).

Exactly once: each reminder's Message-ID is derived from the call's event UID and start
time, so however often this runs (and whatever crashed in between) the outbox holds one
reminder per call and time. A call the therapist moved gets a new one for its new time; a
reminder still waiting for a call that was cancelled or moved meanwhile is dropped.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from datetime import datetime

from daemon.adapters.render import Composer, Thread
from daemon.config.schema import Config
from daemon.core.booking import decide
from daemon.core.model import Interval
from daemon.flows.callevent import recipient, remembered_language
from daemon.store import ledger
from daemon.store import reminders as reminders_store
from daemon.store.db import Store, ts

log = logging.getLogger("callmemaybe.reminders")


def reminder_id(event_uid: str, start: datetime, domain: str) -> str:
    digest = hashlib.sha256(f"{event_uid}|{ts(start)}".encode()).hexdigest()[:32]
    return f"<reminder-{digest}.callmemaybe@{domain}>"


def queue_reminders(config: Config, store: Store, composer: Composer, now: datetime) -> int:
    """Queue the reminders that are due now; returns how many were queued."""
    before = config.calls.remind_before
    domain = config.therapist.email.rpartition("@")[2] or "callmemaybe.invalid"
    queued = 0
    with store.transaction() as db:
        _drop_stale(db, domain)
        if before.total_seconds() <= 0:
            return 0
        for call in reminders_store.upcoming(db, now, now + before):
            slot = Interval(call.start, call.end)
            if not decide.reminder_due(slot, call.decided_at, now, before):
                continue
            message_id = reminder_id(call.event_uid, slot.start, domain)
            if reminders_store.in_outbox(db, message_id):
                continue
            client_id, booking_id = call.client_id, call.booking_id
            confirmation, email = call.confirmation_id, call.email
            client = config.client_for(email)
            if client is None:
                continue  # no longer in the roster: nobody to remind
            thread = Thread(confirmation, (), "")
            mail = composer.reminder(
                recipient(client, remembered_language(db, client_id)),
                slot,
                message_id,
                now,
                thread=thread,
            )
            ledger.enqueue(
                db,
                message_id,
                "reminder",
                client_id,
                [client.emails[0]],
                bytes(mail),
                now,
                booking_id,
            )
            queued += 1
            log.info("client %s: reminder queued for booking %d", client_id, booking_id)
    return queued


def _drop_stale(db: sqlite3.Connection, domain: str) -> None:
    """A reminder not yet sent whose call was cancelled, or moved to another time."""
    for mail in reminders_store.queued(db):
        if not mail.on or mail.message_id != reminder_id(mail.event_uid, mail.start, domain):
            reminders_store.drop(db, mail.mail_id)
