"""Old mail and call texts are dropped; the call log keeps what it counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from daemon.flows.retention import tidy
from daemon.store.db import Store, ts

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_old_texts_go_and_recent_or_pending_ones_stay(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    client = store.client_id("ann@example.org")
    for number, (age, state) in enumerate([(40, "sent"), (5, "sent"), (40, "pending")]):
        store.db.execute(
            "INSERT INTO outbox(message_id, kind, client_id, recipients, raw, created_at,"
            " next_attempt_at, state, sent_at) VALUES (?, 'offer', ?, 'ann@example.org',"
            " x'4869', ?, ?, ?, ?)",
            (
                f"<m{number}@x>",
                client,
                ts(NOW - timedelta(days=age)),
                ts(NOW - timedelta(days=age)),
                state,
                ts(NOW - timedelta(days=age)) if state == "sent" else None,
            ),
        )
    for number, age in enumerate([40, 5]):
        start = NOW - timedelta(days=age)
        store.db.execute(
            "INSERT INTO bookings(client_id, event_uid, calendar, start_utc, end_utc,"
            " requested_via, ics, state, outcome, decided_at) VALUES (?, ?, 'Practice', ?, ?,"
            " 'number', x'4869', 'created', 'held', ?)",
            (client, f"u{number}", ts(start), ts(start + timedelta(minutes=15)), ts(start)),
        )
    assert tidy(store, NOW) == 2
    raws = [bytes(r[0]) for r in store.db.execute("SELECT raw FROM outbox ORDER BY id")]
    assert raws == [b"", b"Hi", b"Hi"]
    icss = [bytes(r[0]) for r in store.db.execute("SELECT ics FROM bookings ORDER BY id")]
    assert icss == [b"", b"Hi"]
    kept = store.db.execute("SELECT COUNT(*) FROM bookings WHERE outcome = 'held'").fetchone()
    assert kept[0] == 2  # the call log keeps every call
    assert tidy(store, NOW) == 0
