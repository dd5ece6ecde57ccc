"""Poison mail never loops: a message that is too large, too slow to read, or whose handling
never finished twice (a crash, the watchdog's kill) is set aside, marked for the therapist,
who is told once if it seems to come from a client, and the next request is answered."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest

from daemon.config.schema import Limits
from daemon.runtime.budget import OverBudget, WorkerFailed, run_limited
from daemon.runtime.service import HANG_AFTER, Service
from daemon.store import ledger
from daemon.store.db import DB_NAME, Store
from tests.rig.practice import REPO, Practice, mail, text_of

SKIPPED = b"$CallMeMaybeSkipped"
ALERT_SUBJECT = "callmemaybe set a message aside unanswered"
# Slow for the mail library's header parser (seconds here) yet under every cheap limit.
SLOW_TO = b"To: " + b'"' * 25_000 + b"\r\n"


def slow_request(sender: str = "Ann Example <ann@example.org>") -> bytes:
    """A real request whose To: header the standard library takes seconds to parse."""
    raw = mail("Could we talk today? It is about my mother.", sender=sender)
    head, _, body = raw.partition(b"\n\n")
    return head.replace(b"\nTo:", b"\nX-Old-To:", 1) + b"\n" + SLOW_TO + b"\n" + body


# --- the worker -----------------------------------------------------------------------------


def test_the_worker_returns_plain_values() -> None:
    assert run_limited(lambda: {"a": (1, 2)}, 5) == {"a": (1, 2)}


def children() -> set[str]:
    pid = os.getpid()
    return set(Path(f"/proc/{pid}/task/{pid}/children").read_text().split())


def test_the_worker_is_killed_at_its_budget_and_reaped() -> None:
    before = children()
    with pytest.raises(OverBudget):
        run_limited(lambda: time.sleep(60), 0.2)
    assert children() == before  # no child left behind, not even a zombie


def test_the_worker_tells_once_when_it_is_slow() -> None:
    calls: list[int] = []
    assert (
        run_limited(
            lambda: time.sleep(0.5) or 7, 5, on_slow=lambda: calls.append(1), slow_after=0.05
        )
        == 7
    )
    assert calls == [1]
    run_limited(lambda: 7, 5, on_slow=lambda: calls.append(2), slow_after=5)
    assert calls == [1]


def test_the_worker_holds_none_of_the_parents_descriptors(tmp_path: Path) -> None:
    # A worker that outlived a killed service must not keep its instance lock or database.
    with (tmp_path / "held").open("w") as held:
        assert os.fstat(held.fileno())
        with pytest.raises(WorkerFailed):
            run_limited(lambda: os.fstat(held.fileno()), 5)


def test_a_worker_that_raises_is_reported_not_propagated() -> None:
    with pytest.raises(WorkerFailed):
        run_limited(lambda: 1 // 0, 5)


# --- through the real servers ------------------------------------------------------------------


def alerts(practice: Practice) -> list[EmailMessage]:
    return [m for m in practice.sent() if str(m["Subject"]) == ALERT_SUBJECT]


def to(practice: Practice, address: str) -> list[EmailMessage]:
    return [m for m in practice.sent() if m["To"].addresses[0].addr_spec == address]


def inbound_kinds(practice: Practice) -> dict[int, str]:
    store = Store.open(practice.config.state_dir)
    try:
        return dict(store.db.execute("SELECT uid, kind FROM inbound").fetchall())
    finally:
        store.close()


def in_progress(practice: Practice) -> list[tuple[str, int, int]]:
    store = Store.open(practice.config.state_dir)
    try:
        return ledger.unfinished(store.db)
    finally:
        store.close()


def assert_one_alert_naming_only_in_the_body(practice: Practice) -> None:
    found = alerts(practice)
    assert len(found) == 1
    assert [a.addr_spec for a in found[0]["To"].addresses] == ["robin@practice.example"]
    body = text_of(found[0])
    assert "Ann Example" in body and "Ann" not in str(found[0]["Subject"])
    assert "mother" not in found[0].as_string()  # never the client's words


def test_a_client_message_over_the_limits_is_set_aside_with_one_alert(
    practice: Practice,
) -> None:
    huge = mail("Could we talk? About my mother.").replace(
        b"\nSubject:", b"\nTo: " + b'"' * 200_000 + b"\nSubject:", 1
    )
    practice.imap.append(huge)
    practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
    practice.once()
    practice.once()  # a second pass neither reads it again nor alerts again
    flags = practice.flags()
    first, second = sorted(flags)
    assert SKIPPED in flags[first] and SKIPPED not in flags[second]
    assert inbound_kinds(practice) == {first: "set-aside", second: "request"}
    assert_one_alert_naming_only_in_the_body(practice)
    assert len(to(practice, "bob@example.net")) == 1
    assert to(practice, "ann@example.org") == []
    assert in_progress(practice) == []


def test_a_strangers_message_over_the_limits_is_set_aside_silently(practice: Practice) -> None:
    practice.imap.append(
        mail("hello", sender="x@elsewhere.example") + b"\n--b\n" * 1000,
    )
    practice.once()
    assert list(inbound_kinds(practice).values()) == ["set-aside"]
    assert practice.sent() == []


def test_a_message_over_its_time_budget_is_set_aside_and_the_next_answered(
    practice: Practice,
) -> None:
    # A budget far below what this message takes (seconds), so the outcome is certain.
    config = practice.config.model_copy(update={"limits": Limits(message_seconds=0.2)})
    practice.imap.append(slow_request())
    practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
    service = Service(config)
    try:
        service.pass_once()
    finally:
        service.close()
    first, second = sorted(practice.flags())
    assert SKIPPED in practice.flags()[first]
    assert inbound_kinds(practice) == {first: "set-aside", second: "request"}
    assert_one_alert_naming_only_in_the_body(practice)
    assert len(to(practice, "bob@example.net")) == 1
    assert in_progress(practice) == []


# --- which unfinished starts count --------------------------------------------------------


@pytest.mark.parametrize(
    ("phase", "later", "counts"),
    [
        ("reading", timedelta(seconds=1), False),  # a kill of the machine, not the mail's
        ("reading", HANG_AFTER, False),
        ("slow", timedelta(seconds=1), True),  # reading for longer than real mail ever takes
        ("deciding", timedelta(seconds=1), False),
        ("deciding", HANG_AFTER, True),  # a hang the watchdog ended
    ],
)
def test_an_unfinished_start_counts_when_it_points_at_the_message(
    tmp_path: Path, phase: str, later: timedelta, counts: bool
) -> None:
    store = Store.open(tmp_path)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    try:
        db = store.db
        assert ledger.start_attempt(db, "INBOX", 1, 7, start, hang=HANG_AFTER) == 0
        if phase != "reading":
            ledger.attempt_phase(db, "INBOX", 1, 7, phase, start)
        again = ledger.start_attempt(db, "INBOX", 1, 7, start + later, hang=HANG_AFTER)
        assert again == int(counts)
        ledger.finish_attempt(db, "INBOX", 1, 7)
        assert ledger.start_attempt(db, "INBOX", 1, 7, start, hang=HANG_AFTER) == 0
    finally:
        store.close()


# --- SIGKILL during a slow message -------------------------------------------------------------


@pytest.fixture
def runs() -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def start_once(practice: Practice, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        # Its own process group: the kill takes the reading worker too, as systemd's does.
        return subprocess.Popen(
            [sys.executable, "-m", "daemon", "once", "-c", str(practice.path)],
            cwd=REPO,
            env=practice.env(),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def wait_for_start(practice: Practice, failed: int, proc: subprocess.Popen[bytes]) -> None:
    """Until the daemon has been reading a message for a while, after `failed` unfinished
    starts that count."""
    path = practice.config.state_dir / DB_NAME
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the run finished before it could be killed"
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                rows = db.execute(
                    "SELECT attempts FROM inbound_attempts WHERE phase = 'slow'"
                ).fetchall()
            finally:
                db.close()
        except sqlite3.Error:
            rows = []
        if rows and rows[0][0] == failed:
            return
        time.sleep(0.05)
    raise AssertionError(f"reading never started after {failed} unfinished starts")


def test_a_message_killed_twice_mid_handling_is_set_aside_and_the_next_answered_once(
    practice: Practice, runs: list[subprocess.Popen[bytes]], tmp_path: Path
) -> None:
    # The budget at its highest, so that only the kill ends the slow message's handling.
    with practice.path.open("a", encoding="utf-8") as config:
        config.write("limits: {message_seconds: 30}\n")
    practice.imap.append(slow_request())
    practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
    log = tmp_path / "once.log"
    for failed in (0, 1):
        proc = start_once(practice, log)
        runs.append(proc)
        wait_for_start(practice, failed, proc)
        os.killpg(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=10) == -signal.SIGKILL
        assert practice.sent() == []
    for _ in range(2):  # the third start sets it aside; a fourth run finds nothing to do
        proc = start_once(practice, log)
        runs.append(proc)
        assert proc.wait(timeout=120) == 0, log.read_text(errors="replace")
    first, second = sorted(practice.flags())
    assert SKIPPED in practice.flags()[first]
    assert inbound_kinds(practice) == {first: "set-aside", second: "request"}
    assert_one_alert_naming_only_in_the_body(practice)
    assert len(to(practice, "bob@example.net")) == 1
    assert to(practice, "ann@example.org") == []
    assert in_progress(practice) == []
    text = log.read_text(errors="replace")
    assert "set aside (never finished)" in text
    assert "ann@example.org" not in text and "Ann" not in text
