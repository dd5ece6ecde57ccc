"""Small named values the daemon keeps between runs (calendar tags, last digest, ...)."""

from __future__ import annotations

import sqlite3


def get(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def put(db: sqlite3.Connection, key: str, value: str | None) -> None:
    """The one upsert of a setting: every caller writes through here."""
    db.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
