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

from daemon import decide, ledger
from daemon.callevent import recipient, remembered_language
from daemon.compose import Composer, Thread
from daemon.config import Config
from daemon.model import Interval
from daemon.store import Store, parse_ts, ts

log = logging.getLogger("callmemaybe.reminders")

# A call that is still on, as the calendar watch last saw it.
_ON = "state = 'created' AND outcome IN ('booked', 'moved')"


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
        rows = db.execute(
            "SELECT b.id, b.client_id, b.event_uid, b.start_utc, b.end_utc, b.decided_at,"
            f" b.message_id, c.email FROM bookings b JOIN clients c ON c.id = b.client_id"
            f" WHERE {_ON} AND b.start_utc > ? AND b.start_utc <= ?",
            (ts(now), ts(now + before)),
        ).fetchall()
        for booking_id, client_id, uid, start, end, decided, confirmation, email in rows:
            slot = Interval(parse_ts(start), parse_ts(end))
            if not decide.reminder_due(slot, parse_ts(decided), now, before):
                continue
            message_id = reminder_id(uid, slot.start, domain)
            if db.execute("SELECT 1 FROM outbox WHERE message_id = ?", (message_id,)).fetchone():
                continue
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
    rows = db.execute(
        "SELECT o.id, o.message_id, b.event_uid, b.start_utc, b.state, b.outcome FROM outbox o"
        " JOIN bookings b ON b.id = o.waits_for"
        " WHERE o.kind = 'reminder' AND o.state = 'pending'"
    ).fetchall()
    for mail_id, message_id, uid, start, state, outcome in rows:
        on = state == "created" and outcome in ("booked", "moved")
        if not on or message_id != reminder_id(uid, parse_ts(start), domain):
            # Its text goes at once: nothing will send it, and retention keeps only what is done.
            db.execute("UPDATE outbox SET state = 'dropped', raw = x'' WHERE id = ?", (mail_id,))
