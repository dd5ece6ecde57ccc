"""What flows/changes.py (the calendar watch) reads and writes: the booked calls it watches,
where each event was last seen, and the therapist's moves and deletions."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from daemon.core.model import Interval
from daemon.core.records import BookingState
from daemon.store import ledger
from daemon.store.db import parse_ts, ts


def open_bookings(db: sqlite3.Connection, ended_after: datetime) -> list[BookingState]:
    """The calls still on (booked or moved) whose end is after `ended_after`, earliest first."""
    rows = db.execute(
        f"SELECT {ledger.BOOKING_COLUMNS}"
        " FROM bookings WHERE state = 'created' AND outcome IN ('booked', 'moved')"
        " AND end_utc > ? ORDER BY start_utc",
        (ts(ended_after),),
    ).fetchall()
    return [ledger.booking_state(row) for row in rows]


def booking_message_id(db: sqlite3.Connection, booking_id: int) -> str | None:
    """The Message-ID of the mail the booking answered: the thread the client hears in."""
    row = db.execute("SELECT message_id FROM bookings WHERE id = ?", (booking_id,)).fetchone()
    return row[0] if row else None


def waiting(db: sqlite3.Connection) -> dict[int, datetime]:
    """Held deletions: booking id -> since when its event has been missing."""
    rows = db.execute(
        "SELECT booking_id, missing_since FROM watched_events WHERE missing_since IS NOT NULL"
    ).fetchall()
    return {int(r[0]): parse_ts(r[1]) for r in rows}


def hrefs(db: sqlite3.Connection) -> dict[int, str]:
    rows = db.execute(
        "SELECT booking_id, href FROM watched_events WHERE href IS NOT NULL"
    ).fetchall()
    return {int(r[0]): str(r[1]) for r in rows}


def remember(
    db: sqlite3.Connection, booking_id: int, href: str | None, missing_since: datetime | None
) -> None:
    """Where the event was seen (a known href is kept when none was seen now)."""
    db.execute(
        "INSERT INTO watched_events(booking_id, href, missing_since) VALUES (?, ?, ?)"
        " ON CONFLICT(booking_id) DO UPDATE SET"
        " href = COALESCE(excluded.href, href), missing_since = excluded.missing_since",
        (booking_id, href, ts(missing_since) if missing_since else None),
    )


def moved(db: sqlite3.Connection, booking_id: int, slot: Interval, sequence: int) -> None:
    """The therapist moved the call in their calendar app."""
    db.execute(
        "UPDATE bookings SET start_utc = ?, end_utc = ?, sequence = ?, outcome = 'moved'"
        " WHERE id = ?",
        (ts(slot.start), ts(slot.end), sequence, booking_id),
    )


def deleted_by_therapist(db: sqlite3.Connection, booking_id: int) -> None:
    db.execute(
        "UPDATE bookings SET state = 'cancelled', outcome = 'cancelled_by_therapist',"
        " sequence = sequence + 1 WHERE id = ?",
        (booking_id,),
    )
