"""`callmemaybe status` reads the state database alone and serves as a monitoring probe."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from daemon.runtime.status import read_status, render
from daemon.store.db import Store

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)

CONFIG = """\
therapist: {{name: Robin Example, email: robin@practice.example, timezone: Europe/Berlin}}
mail:
  imap: {{host: 127.0.0.1, port: 1, security: plain, username: robin}}
  smtp: {{host: 127.0.0.1, port: 1, security: plain, username: robin}}
calendar: {{url: "http://127.0.0.1:1/", username: robin, book_into: Practice}}
calls:
  windows: {{mon: ["12:00-13:00"]}}
clients:
  - {{name: Ann Example, email: ann@example.org}}
state_dir: {state_dir}
"""


def test_a_healthy_daemon_reports_ok_and_its_counts(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.record_health("imap", NOW - timedelta(minutes=2))
    store.record_health("caldav", NOW - timedelta(minutes=3))
    store.db.execute(
        "INSERT INTO outbox(message_id, kind, recipients, raw, created_at, next_attempt_at)"
        " VALUES ('<a@x>', 'offer', 'ann@example.org', x'00', ?, ?)",
        (NOW.isoformat(), NOW.isoformat()),
    )
    text, code = render(read_status(store, NOW, BERLIN), NOW, BERLIN, timedelta(minutes=15))
    assert code == 0
    assert "imap     last ok 2026-12-02 10:58 (2 min ago)" in text
    assert "queue    1 mail(s) waiting" in text
    assert "ann" not in text


def test_a_stale_or_failing_check_exits_non_zero_with_the_error(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.record_health("imap", NOW - timedelta(hours=2))
    store.record_health("imap", NOW - timedelta(minutes=1), error="IMAP server unreachable")
    text, code = render(read_status(store, NOW, BERLIN), NOW, BERLIN, timedelta(minutes=15))
    assert code == 1
    assert "failing since" in text and "unreachable" in text
    assert "STALE" in text


def test_the_command_touches_no_server(tmp_path: Path) -> None:
    state = tmp_path / "state"
    Store.open(state).record_health("imap", datetime.now(UTC))
    config = tmp_path / "config.yaml"
    config.write_text(CONFIG.format(state_dir=state))
    done = subprocess.run(
        [sys.executable, "-m", "daemon", "status", "-c", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "imap" in done.stdout


def test_status_before_the_daemon_ever_ran_is_one_clear_line(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(CONFIG.format(state_dir=tmp_path / "none"))
    done = subprocess.run(
        [sys.executable, "-m", "daemon", "status", "-c", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "no state database yet" in done.stderr and "Traceback" not in done.stderr


def test_a_full_disk_under_the_state_is_shown_and_exits_non_zero(tmp_path: Path) -> None:
    from dataclasses import replace

    store = Store.open(tmp_path)
    store.record_health("imap", NOW - timedelta(minutes=1))
    healthy = read_status(store, NOW, BERLIN)
    store.close()
    text, code = render(replace(healthy, state_free=8192), NOW, BERLIN, timedelta(minutes=15))
    assert code == 1 and "DISK FULL: 8 KiB free" in text and "free some space" in text
    text, code = render(
        replace(healthy, state_free=10 * 1024 * 1024), NOW, BERLIN, timedelta(minutes=15)
    )
    assert code == 0 and "DISK" not in text
