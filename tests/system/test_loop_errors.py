"""Never dead on an ordinary error: what goes wrong with one message, one job or one mail is
logged without client data, that item is set aside or retried, and the loop goes on. Only a
damaged state database stops the process, with one line naming the fix."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from daemon.core.errors import StateError
from daemon.flows import effects
from daemon.runtime.jobs import Jobs
from daemon.runtime.service import Service
from daemon.store import db as store
from daemon.store import ledger
from tests.rig.practice import REPO, Practice, mail
from tests.rig.systemd import InProcess, Systemd


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[Systemd]:
    listener = Systemd(tmp_path / "notify")
    yield listener
    listener.sock.close()


def to(practice: Practice, address: str) -> list[str]:
    return [str(m["Subject"]) for m in practice.sent() if address in str(m["To"])]


def test_a_busy_state_database_is_waited_out_and_the_request_answered_once(
    practice: Practice, systemd: Systemd, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "BUSY_TIMEOUT", 0.2)
    daemon = InProcess(practice, systemd)
    try:
        systemd.until("READY=1")
        systemd.until("mails queued")
        # Another process (a `once` from cron, `digest --send`) holds the write lock.
        blocker = sqlite3.connect(practice.config.state_dir / store.DB_NAME, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        practice.imap.append(mail("Could we talk?"))
        assert "busy" in systemd.until("STATUS=retrying", timeout=60)
        assert daemon.thread.is_alive()
        blocker.execute("ROLLBACK")
        blocker.close()
        practice.smtp.messages.wait_for(1, 120)
    finally:
        daemon.stop()
    assert daemon.error is None and daemon.code == 0
    assert len(to(practice, "ann@example.org")) == 1


def test_an_unexpected_error_in_the_loop_is_logged_by_type_and_the_loop_goes_on(
    practice: Practice,
    systemd: Systemd,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real = Service.pass_once
    calls = {"n": 0}

    def flaky(self: Service) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise ValueError("Ann Example wrote something odd")  # text that must not be logged
        real(self)

    monkeypatch.setattr(Service, "pass_once", flaky)
    caplog.set_level(logging.INFO)
    daemon = InProcess(practice, systemd)
    try:
        systemd.until("READY=1")
        assert "unexpected ValueError" in systemd.until("STATUS=retrying", timeout=60)
        practice.imap.append(mail("Could we talk?"))
        practice.smtp.messages.wait_for(1, 120)
    finally:
        daemon.stop()
    assert daemon.error is None and daemon.code == 0
    assert "unexpected ValueError in the main loop" in caplog.text
    assert "Ann Example" not in caplog.text


def test_a_job_that_meets_odd_data_or_a_busy_database_is_logged_and_tried_again(
    practice: Practice, caplog: pytest.LogCaptureFixture
) -> None:
    service = practice.service()
    try:
        jobs = Jobs(service)

        def odd() -> None:
            int("not a SEQUENCE from Ann Example")  # like a calendar event's odd field

        def busy() -> None:
            raise sqlite3.OperationalError("database is locked")

        def damaged() -> None:
            raise sqlite3.DatabaseError("file is not a database")

        jobs._guarded("calendar watch", odd)
        jobs._guarded("session notes", busy)
        with pytest.raises(StateError, match="is corrupted"):
            jobs._guarded("digest", damaged)
    finally:
        service.close()
    assert "calendar watch: unexpected ValueError; will try again" in caplog.text
    assert "session notes: state database: database is locked; will try again" in caplog.text
    assert "Ann Example" not in caplog.text


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_mail_refused_by_the_injection_check_is_given_up_and_the_therapist_told(
    practice: Practice, caplog: pytest.LogCaptureFixture
) -> None:
    clock = Clock(datetime.now(UTC))
    service = Service(practice.config, clock=clock)
    raw = (
        b"From: Robin Example <robin@practice.example>\r\nTo: ann@example.org\r\n"
        b"Subject: Re: talk\r\nMessage-ID: <bad1@practice.example>\r\n\r\nHello\r\n"
    )
    # An envelope address with an angle bracket: smtp.py's injection check refuses it.
    recipients = ["<ann@example.org>"]
    try:
        with service.store.transaction() as db:
            ledger.enqueue(db, "<bad1@practice.example>", "offer", None, recipients, raw, clock.now)
        for _ in range(5):  # each pass after the retry delay; none of them raises
            service.flush()
            clock.now += timedelta(hours=2)
        state = service.store.db.execute(
            "SELECT state, last_error FROM outbox WHERE message_id = '<bad1@practice.example>'"
        ).fetchone()
    finally:
        service.close()
    assert state[0] == "failed"
    assert to(practice, "ann@example.org") == []
    [notice] = [m for m in practice.sent() if "robin@practice.example" in str(m["To"])]
    assert "could not be sent" in str(notice["Subject"])
    # smtp.UnsafeMail is a refusal no retry can change: given up at the first attempt.
    assert "refused for good" in caplog.text
    assert "ann@example.org" not in caplog.text


def run_cli(practice: Practice, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daemon", *args, "-c", str(practice.path)],
        cwd=REPO,
        env=practice.env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_corrupted_state_database_stops_with_one_line_naming_the_fix(
    practice: Practice,
) -> None:
    service = practice.service()
    service.pass_once()
    service.close()  # lets the subprocesses take the state_dir
    path = practice.config.state_dir / store.DB_NAME
    path.write_bytes(b"garbage, not SQLite " * 4096)
    for command in ("run", "once", "status"):
        done = run_cli(practice, command)
        assert done.returncode == 3, (command, done.stderr)
        [line] = done.stderr.strip().splitlines()
        assert f"state database {path} is corrupted" in line
        assert "move" in line and "start again" in line
        assert "unexpected" not in line and "Traceback" not in done.stderr


def test_a_mail_the_server_took_while_the_store_could_not_say_so_is_never_sent_twice(
    practice: Practice,
) -> None:
    """The write after the server's 250 fails (disk full, busy): the next flush in the same
    process marks it sent from memory instead of sending it again."""
    service = practice.service()
    path = practice.config.state_dir / store.DB_NAME
    blocker = sqlite3.connect(path, isolation_level=None)
    handed_over: list[bytes] = []

    def server_takes_it(raw: bytes) -> None:
        handed_over.append(raw)
        blocker.execute("BEGIN IMMEDIATE")  # from now on the daemon cannot write

    outbox = effects.Drafts(server_takes_it)
    memo: set[int] = set()
    now = datetime.now(UTC)
    raw = b"From: robin@practice.example\r\nTo: ann@example.org\r\nSubject: hi\r\n\r\nHi\r\n"
    try:
        service.store.db.execute("PRAGMA busy_timeout = 100")
        with service.store.transaction() as db:
            ledger.enqueue(
                db, "<once@practice.example>", "offer", None, ["ann@example.org"], raw, now
            )
        with pytest.raises(sqlite3.OperationalError):
            effects.send_mail(service.store, outbox, now, unrecorded=memo)
        blocker.execute("ROLLBACK")
        effects.send_mail(service.store, outbox, now, unrecorded=memo)
        effects.send_mail(service.store, outbox, now, unrecorded=memo)
        state = service.store.db.execute("SELECT state FROM outbox").fetchone()[0]
    finally:
        blocker.close()
        service.close()
    assert len(handed_over) == 1
    assert state == "sent" and memo == set()


def test_a_booking_with_odd_data_does_not_hold_up_the_mail_behind_it(
    practice: Practice, caplog: pytest.LogCaptureFixture
) -> None:
    service = practice.service()
    now = datetime.now(UTC)
    raw = b"From: robin@practice.example\r\nTo: bob@example.net\r\nSubject: hi\r\n\r\nHi\r\n"
    try:
        with service.store.transaction() as db:
            client = service.store.client_id("ann@example.org")
            db.execute(
                "INSERT INTO bookings(client_id, event_uid, calendar, start_utc, end_utc,"
                " requested_via, ics, decided_at) VALUES (?, 'odd-1', 'Practice', ?, ?,"
                " 'number', x'fffe00', ?)",
                (client, store.ts(now), store.ts(now + timedelta(minutes=15)), store.ts(now)),
            )
            ledger.enqueue(
                db, "<next@practice.example>", "offer", None, ["bob@example.net"], raw, now
            )
        service.flush()  # the undecodable calendar copy raises inside; flush does not
        state = service.store.db.execute("SELECT state FROM bookings").fetchone()[0]
    finally:
        service.close()
    assert state == "pending"  # kept, and tried again on the next pass
    assert "booking 1: unexpected UnicodeDecodeError, will retry" in caplog.text
    assert len([m for m in practice.sent() if "bob@example.net" in str(m["To"])]) == 1
