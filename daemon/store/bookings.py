"""Booked calls beyond the ledger's writes: what follow-up notes and retention read."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from daemon.store.db import parse_ts, ts


def calls_of(db: sqlite3.Connection, client_id: str) -> list[tuple[str, datetime, datetime, str]]:
    """(event uid, start, end, outcome) of the client's calls, oldest first."""
    rows = db.execute(
        "SELECT event_uid, start_utc, end_utc, outcome FROM bookings WHERE client_id = ?"
        " AND state != 'failed'"
        # the old time of a call the client moved: its new time is a booking of its own
        " AND NOT (outcome = 'moved' AND state IN ('cancelled', 'cancelling'))"
        " ORDER BY start_utc",
        (client_id,),
    ).fetchall()
    return [
        (str(uid), parse_ts(start), parse_ts(end), str(outcome))
        for uid, start, end, outcome in rows
    ]


def drop_old_texts(db: sqlite3.Connection, ended_before: datetime) -> int:
    """Blank the iCalendar text of calls ended before `ended_before`; how many."""
    return db.execute(
        "UPDATE bookings SET ics = x'' WHERE end_utc < ? AND length(ics) > 0"
        " AND state NOT IN ('pending', 'cancelling')",
        (ts(ended_before),),
    ).rowcount


def open_offer_id(db: sqlite3.Connection, client_id: str) -> int | None:
    """The client's newest open offer (a client has one at a time)."""
    row = db.execute(
        "SELECT id FROM offers WHERE client_id = ? AND status = 'open' ORDER BY id DESC LIMIT 1",
        (client_id,),
    ).fetchone()
    return int(row[0]) if row else None


def next_sequence(db: sqlite3.Connection, booking_id: int) -> None:
    """The event changes: its iCalendar SEQUENCE goes up, so calendars take the new one."""
    db.execute("UPDATE bookings SET sequence = sequence + 1 WHERE id = ?", (booking_id,))
