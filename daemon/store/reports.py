"""What flows/reports.py reads for the call log and the weekly digest."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from daemon.store.db import parse_ts, ts


@dataclass(frozen=True)
class CallRecord:
    email: str
    start: datetime
    end: datetime
    requested_via: str
    outcome: str


def calls(
    db: sqlite3.Connection, *, client_email: str | None = None, since: datetime | None = None
) -> list[CallRecord]:
    """Every call decided and written (not failed), oldest first."""
    query = (
        "SELECT c.email, b.start_utc, b.end_utc, b.requested_via, b.outcome FROM bookings b"
        " JOIN clients c ON c.id = b.client_id WHERE b.state != 'failed'"
    )
    params: list[str] = []
    if client_email:
        query += " AND c.email = ?"
        params.append(client_email.lower())
    if since is not None:
        query += " AND b.start_utc >= ?"
        params.append(ts(since))
    return [
        CallRecord(email, parse_ts(start), parse_ts(end), via, outcome)
        for email, start, end, via, outcome in db.execute(query + " ORDER BY b.start_utc", params)
    ]


def client_ids(db: sqlite3.Connection, emails: Sequence[str]) -> list[str]:
    marks = ",".join("?" * len(emails))
    return [
        row[0] for row in db.execute(f"SELECT id FROM clients WHERE email IN ({marks})", emails)
    ]


def bookings_between(
    db: sqlite3.Connection, ids: Sequence[str], start: datetime, end: datetime
) -> list[tuple[str, str]]:
    """(outcome, state) of the clients' calls (not failed) starting in [start, end)."""
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT outcome, state FROM bookings WHERE client_id IN ({marks})"
        " AND state != 'failed' AND start_utc >= ? AND start_utc < ?",
        (*ids, ts(start), ts(end)),
    ).fetchall()
    return [(str(outcome), str(state)) for outcome, state in rows]


def crisis_count(
    db: sqlite3.Connection, ids: Sequence[str] | None, start: datetime, end: datetime
) -> int:
    """Crisis events written in [start, end) by these clients (None: by strangers)."""
    params: tuple[str, ...]
    if ids is None:
        who, params = "client_id IS NULL", (ts(start), ts(end))
    else:
        marks = ",".join("?" * len(ids))
        who, params = f"client_id IN ({marks})", (*ids, ts(start), ts(end))
    try:
        return int(
            db.execute(
                f"SELECT COUNT(*) FROM crisis_events WHERE {who}"
                " AND written_at >= ? AND written_at < ?",
                params,
            ).fetchone()[0]
        )
    except sqlite3.OperationalError:
        return 0  # `callmemaybe digest` on a database the daemon has not migrated yet


def nothing_free_count(db: sqlite3.Connection, start: datetime, end: datetime) -> int:
    """Requests answered in [start, end) with "no free time"."""
    return int(
        db.execute(
            "SELECT COUNT(*) FROM outbox WHERE kind = 'nothing-free' AND created_at >= ?"
            " AND created_at < ?",
            (ts(start), ts(end)),
        ).fetchone()[0]
    )
