"""The state database: private files, versioned schema, what the slot engine reads from it."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from daemon.core.errors import UserError
from daemon.core.model import Interval
from daemon.store import ledger
from daemon.store.db import DB_NAME, MIGRATIONS, Store

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_state_dir_is_private_and_holds_a_wal_database(tmp_path: Path) -> None:
    state = tmp_path / "state"
    store = Store.open(state)
    assert mode(state) == 0o700
    assert mode(state / DB_NAME) == 0o600
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.version == len(MIGRATIONS)
    store.client_id("ann@example.org")  # a write creates the WAL side files
    for side in state.iterdir():
        assert mode(side) & 0o077 == 0, side.name


def test_an_existing_state_dir_open_to_others_is_closed(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o755)
    os.chmod(state, 0o755)
    Store.open(state).close()
    assert mode(state) == 0o700


def test_reopening_keeps_data_and_does_not_migrate_twice(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    ann = store.client_id("Ann@Example.org")
    store.close()
    again = Store.open(tmp_path)
    assert again.client_id("ann@example.org") == ann
    assert again.version == len(MIGRATIONS)


def test_client_ids_are_opaque_and_distinct(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    ann, bob = store.client_id("ann@example.org"), store.client_id("bob@example.org")
    assert ann != bob
    assert "ann" not in ann and "example" not in ann


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    store.close()
    with pytest.raises(UserError, match="newer callmemaybe"):
        Store.open(tmp_path)


def test_readonly_open_of_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no state database yet"):
        Store.open(tmp_path, readonly=True)


def _offer(
    store: Store, email: str, start: datetime, expires: datetime, status: str = "open"
) -> None:
    client = store.client_id(email)
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO offers(client_id, token, message_id, created_at, expires_at, status)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                client,
                f"t{start.timestamp()}",
                f"<{start.timestamp()}@x>",
                NOW.isoformat(),
                expires.isoformat(),
                status,
            ),
        )
        db.execute(
            "INSERT INTO offer_slots(offer_id, position, start_utc, end_utc) VALUES (?, 1, ?, ?)",
            (cursor.lastrowid, start.isoformat(), (start + timedelta(minutes=15)).isoformat()),
        )


def test_held_slots_are_other_clients_open_unexpired_offers(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    mine = NOW + timedelta(hours=5)
    theirs = NOW + timedelta(hours=6)
    _offer(store, "ann@example.org", mine, NOW + timedelta(hours=24))
    _offer(store, "bob@example.org", theirs, NOW + timedelta(hours=24))
    _offer(store, "bob@example.org", NOW + timedelta(hours=7), NOW - timedelta(minutes=1))
    _offer(store, "bob@example.org", NOW + timedelta(hours=8), NOW + timedelta(hours=24), "chosen")
    ann = store.client_id("ann@example.org")
    assert store.held_slots(NOW, except_client=ann) == [
        Interval(theirs, theirs + timedelta(minutes=15))
    ]
    assert len(store.held_slots(NOW)) == 2


def test_booked_calls_leave_out_cancelled_and_failed_ones(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    client = store.client_id("ann@example.org")
    starts = [NOW + timedelta(hours=h) for h in (3, 4, 5, 6)]
    for number, (start, state, outcome) in enumerate(
        zip(
            starts,
            ("created", "pending", "failed", "created"),
            ("booked", "booked", "booked", "cancelled_by_therapist"),
            strict=True,
        )
    ):
        store.db.execute(
            "INSERT INTO bookings(client_id, event_uid, calendar, start_utc, end_utc,"
            " requested_via, ics, state, outcome, decided_at) VALUES (?, ?, 'Practice', ?, ?,"
            " 'number', x'00', ?, ?, ?)",
            (
                client,
                f"uid-{number}",
                start.isoformat(),
                (start + timedelta(minutes=15)).isoformat(),
                state,
                outcome,
                NOW.isoformat(),
            ),
        )
    booked = ledger.booked_calls(store.db, NOW, NOW + timedelta(days=1))
    assert [call.start for call in booked] == starts[:2]


def test_health_keeps_the_last_success_and_the_last_error(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.record_health("imap", NOW)
    store.record_health("imap", NOW + timedelta(minutes=5), error="unreachable")
    row = store.db.execute("SELECT ok_at, fail_at, error FROM health WHERE name='imap'").fetchone()
    assert row[0].startswith("2026-12-01T09:00")
    assert row[2] == "unreachable"
