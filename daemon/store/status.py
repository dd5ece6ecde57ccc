"""What `callmemaybe status` reads (runtime/status.py): counts and health, read-only."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from daemon.store.db import parse_ts, ts

COUNT = "SELECT COUNT(*) FROM "


def health(
    db: sqlite3.Connection,
) -> list[tuple[str, datetime | None, datetime | None, str | None]]:
    """(name, last ok, last failure, error) of every check, by name."""
    return [
        (name, parse_ts(ok) if ok else None, parse_ts(fail) if fail else None, error)
        for name, ok, fail, error in db.execute(
            "SELECT name, ok_at, fail_at, error FROM health ORDER BY name"
        )
    ]


def held_since(db: sqlite3.Connection) -> list[datetime]:
    """Since when each held deletion of a call still on has been missing."""
    # A database the daemon has not migrated yet (status opens it read-only) has no table.
    watched = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'watched_events'"
    ).fetchone()
    if not watched:
        return []
    return [
        parse_ts(row[0])
        for row in db.execute(
            "SELECT w.missing_since FROM watched_events w"
            " JOIN bookings b ON b.id = w.booking_id"
            " WHERE w.missing_since IS NOT NULL AND b.state = 'created'"
            " AND b.outcome IN ('booked', 'moved')"
        )
    ]


def queued(db: sqlite3.Connection) -> int:
    return int(db.execute(COUNT + "outbox WHERE state IN ('pending', 'sending')").fetchone()[0])


def failed(db: sqlite3.Connection) -> int:
    return int(db.execute(COUNT + "outbox WHERE state = 'failed'").fetchone()[0])


def offers_open(db: sqlite3.Connection, now: datetime) -> int:
    return int(
        db.execute(
            COUNT + "offers WHERE status = 'open' AND expires_at > ?", (ts(now),)
        ).fetchone()[0]
    )


def calls_between(db: sqlite3.Connection, start: datetime, end: datetime) -> int:
    """Calls still on that start in [start, end)."""
    return int(
        db.execute(
            COUNT + "bookings WHERE start_utc >= ? AND start_utc < ?"
            " AND state NOT IN ('failed', 'cancelled', 'cancelling')"
            " AND outcome NOT IN ('cancelled_by_client', 'cancelled_by_therapist')",
            (ts(start), ts(end)),
        ).fetchone()[0]
    )
