"""The outbox beyond the ledger's queue: Sent-folder copies, errors, wake-ups, old texts.

(Queueing and sending states live in store/ledger.py.)
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from daemon.store.db import ts


def mark_filed(db: sqlite3.Connection, mail_id: int) -> None:
    """Its copy is in the Sent folder."""
    db.execute("UPDATE outbox SET filed = 1 WHERE id = ?", (mail_id,))


def unfiled_since(db: sqlite3.Connection, since: datetime) -> list[tuple[int, bytes]]:
    """(id, raw) of the mails sent since `since` whose Sent copy is not filed yet."""
    rows = db.execute(
        "SELECT id, raw FROM outbox WHERE state = 'sent' AND filed = 0 AND length(raw) > 0"
        " AND sent_at >= ? ORDER BY id",
        (ts(since),),
    ).fetchall()
    return [(int(mail_id), bytes(raw)) for mail_id, raw in rows]


def last_error(db: sqlite3.Connection, mail_id: int) -> str | None:
    row = db.execute("SELECT last_error FROM outbox WHERE id = ?", (mail_id,)).fetchone()
    return row[0] if row else None


def state_of(db: sqlite3.Connection, message_id: str) -> tuple[str, str | None] | None:
    """(state, last error) of the mail with this Message-ID, if it was queued."""
    row = db.execute(
        "SELECT state, last_error FROM outbox WHERE message_id = ?", (message_id,)
    ).fetchone()
    return None if row is None else (str(row[0]), row[1])


def next_attempt(db: sqlite3.Connection) -> datetime | None:
    """When the next queued mail is due (None: nothing waits)."""
    # Mail waiting for its event is not due, however old its retry time: the pending
    # booking wakes the loop (counting it would wake the loop every second meanwhile).
    row = db.execute(
        "SELECT MIN(o.next_attempt_at) FROM outbox o LEFT JOIN bookings b"
        " ON b.id = o.waits_for WHERE o.state IN ('pending', 'sending')"
        " AND (o.waits_for IS NULL OR b.state NOT IN ('pending', 'cancelling'))"
    ).fetchone()
    return datetime.fromisoformat(row[0]) if row and row[0] else None


def count_since(db: sqlite3.Connection, client_id: str, kind: str, since: datetime) -> int:
    """How many mails of `kind` went to the client since `since`."""
    row = db.execute(
        "SELECT COUNT(*) FROM outbox WHERE client_id = ? AND kind = ? AND created_at >= ?",
        (client_id, kind, ts(since)),
    ).fetchone()
    return int(row[0])


def drop_old_texts(db: sqlite3.Connection, before: datetime) -> int:
    """Blank the text of mail sent (or given up on) before `before`; how many."""
    return db.execute(
        "UPDATE outbox SET raw = x'' WHERE state IN ('sent', 'failed')"
        " AND COALESCE(sent_at, created_at) < ? AND length(raw) > 0",
        (ts(before),),
    ).rowcount
