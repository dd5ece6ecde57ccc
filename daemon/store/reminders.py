"""The reminders' SQL: calls coming up, and reminders still queued (see flows/reminders)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from daemon.store.db import parse_ts, ts


@dataclass(frozen=True)
class Upcoming:
    booking_id: int
    client_id: str
    event_uid: str
    start: datetime
    end: datetime
    decided_at: datetime
    confirmation_id: str | None  # the confirmation's Message-ID: the reminder's thread
    email: str


@dataclass(frozen=True)
class Queued:
    mail_id: int
    message_id: str
    event_uid: str
    start: datetime
    on: bool  # the call is still on


def upcoming(db: sqlite3.Connection, after: datetime, until: datetime) -> list[Upcoming]:
    """Calls still on that start in (after, until]."""
    rows = db.execute(
        "SELECT b.id, b.client_id, b.event_uid, b.start_utc, b.end_utc, b.decided_at,"
        " b.message_id, c.email FROM bookings b JOIN clients c ON c.id = b.client_id"
        # still on, as the calendar watch last saw it
        " WHERE b.state = 'created' AND b.outcome IN ('booked', 'moved')"
        " AND b.start_utc > ? AND b.start_utc <= ?",
        (ts(after), ts(until)),
    ).fetchall()
    return [
        Upcoming(
            row[0],
            row[1],
            row[2],
            parse_ts(row[3]),
            parse_ts(row[4]),
            parse_ts(row[5]),
            row[6],
            row[7],
        )
        for row in rows
    ]


def queued(db: sqlite3.Connection) -> list[Queued]:
    """Reminders not sent yet, with the state of their call."""
    rows = db.execute(
        "SELECT o.id, o.message_id, b.event_uid, b.start_utc, b.state, b.outcome FROM outbox o"
        " JOIN bookings b ON b.id = o.waits_for"
        " WHERE o.kind = 'reminder' AND o.state = 'pending'"
    ).fetchall()
    return [
        Queued(
            row[0],
            row[1],
            row[2],
            parse_ts(row[3]),
            row[4] == "created" and row[5] in ("booked", "moved"),
        )
        for row in rows
    ]


def drop(db: sqlite3.Connection, mail_id: int) -> None:
    """Its text goes at once: nothing will send it, and retention keeps only what is done."""
    db.execute("UPDATE outbox SET state = 'dropped', raw = x'' WHERE id = ?", (mail_id,))


def in_outbox(db: sqlite3.Connection, message_id: str) -> bool:
    return (
        db.execute("SELECT 1 FROM outbox WHERE message_id = ?", (message_id,)).fetchone()
        is not None
    )
