"""The alert log's SQL: crisis alerts and their summaries, "nothing free" notices to gather,
and the outbox counts the reply limits read (see flows/alerts)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from daemon.store.db import parse_ts, ts


def crisis_log(db: sqlite3.Connection, sender: str, since: datetime) -> list[tuple[datetime, str]]:
    """(when, what) of the crisis alerts logged for `sender` since `since`."""
    return [
        (parse_ts(at), str(what))
        for at, what in db.execute(
            "SELECT at, what FROM alert_log WHERE kind = 'crisis' AND sender = ? AND at >= ?",
            (sender, ts(since)),
        )
    ]


def last_summary(db: sqlite3.Connection, sender: str) -> tuple[datetime, str | None] | None:
    """(when, Message-ID) of the newest crisis summary logged for `sender`."""
    row = db.execute(
        "SELECT at, message_id FROM alert_log WHERE kind = 'crisis' AND sender = ?"
        " AND what = 'summary' ORDER BY id DESC LIMIT 1",
        (sender,),
    ).fetchone()
    if row is None:
        return None
    return parse_ts(row[0]), None if row[1] is None else str(row[1])


def held_since(db: sqlite3.Connection, sender: str, since: datetime) -> int:
    """How many crisis messages of `sender` were summarised or held since `since`."""
    return int(
        db.execute(
            "SELECT COUNT(*) FROM alert_log WHERE kind = 'crisis' AND sender = ?"
            " AND what IN ('summary', 'held') AND at >= ?",
            (sender, ts(since)),
        ).fetchone()[0]
    )


def rewrite_pending(db: sqlite3.Connection, message_id: str, raw: bytes) -> None:
    """A mail still waiting in the outbox gets its new text; one already sent stays."""
    db.execute(
        "UPDATE outbox SET raw = ? WHERE message_id = ? AND state = 'pending'",
        (raw, message_id),
    )


def log_crisis(
    db: sqlite3.Connection, sender: str, what: str, at: datetime, message_id: str | None
) -> None:
    db.execute(
        "INSERT INTO alert_log(kind, sender, at, what, message_id) VALUES (?, ?, ?, ?, ?)",
        ("crisis", sender, ts(at), what, message_id),
    )


def note_nothing_free(db: sqlite3.Connection, client_id: str, at: datetime) -> None:
    db.execute(
        "INSERT INTO alert_log(kind, sender, at, what) VALUES ('nothing-free', ?, ?, ?)",
        (client_id, ts(at), "pending"),
    )


def nothing_free_pending(db: sqlite3.Connection) -> list[tuple[str, str | None]]:
    """(client id, address) of each client met by "nothing free" since the last notice."""
    rows = db.execute(
        "SELECT DISTINCT a.sender, c.email FROM alert_log a"
        " LEFT JOIN clients c ON c.id = a.sender"
        " WHERE a.kind = 'nothing-free' AND a.what = 'pending' ORDER BY a.id"
    ).fetchall()
    return [(str(sender), None if email is None else str(email)) for sender, email in rows]


def nothing_free_noticed(db: sqlite3.Connection, message_id: str) -> None:
    """The pending "nothing free" entries are in the notice `message_id`."""
    db.execute(
        "UPDATE alert_log SET what = 'noticed', message_id = ?"
        " WHERE kind = 'nothing-free' AND what = 'pending'",
        (message_id,),
    )


def client_mail_since(
    db: sqlite3.Connection, client_id: str, kinds: Sequence[str], since: datetime
) -> list[datetime]:
    """When each mail of one of `kinds` was queued for the client since `since`."""
    marks = ",".join("?" * len(kinds))
    return [
        parse_ts(row[0])
        for row in db.execute(
            f"SELECT created_at FROM outbox WHERE client_id = ? AND kind IN ({marks})"
            " AND created_at >= ?",
            (client_id, *kinds, ts(since)),
        )
    ]


def queued_for_client_since(
    db: sqlite3.Connection, client_id: str, kind: str, since: datetime
) -> bool:
    """A mail of `kind` about the client was queued since `since`."""
    row = db.execute(
        "SELECT 1 FROM outbox WHERE client_id = ? AND kind = ? AND created_at >= ?",
        (client_id, kind, ts(since)),
    ).fetchone()
    return row is not None


def last_to(db: sqlite3.Connection, kind: str, recipients: str) -> datetime | None:
    """When a mail of `kind` was last queued to exactly `recipients`."""
    row = db.execute(
        "SELECT MAX(created_at) FROM outbox WHERE kind = ? AND recipients = ?",
        (kind, recipients),
    ).fetchone()
    return parse_ts(row[0]) if row and row[0] else None
