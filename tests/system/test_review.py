"""An adversarial review of the running daemon: each test shows a bug that was found (and
is now fixed) in the loop, its effects, the conversation, the ledger or the calendar view,
on the real loopback servers where it matters."""

from __future__ import annotations

import fcntl
import os
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from daemon.adapters.systemd import Notifier
from daemon.config.loading import parse_config
from daemon.core.model import Interval
from daemon.runtime.jobs import Jobs
from daemon.runtime.runner import Runner
from daemon.runtime.service import LOCK_NAME, Service
from daemon.store.db import DB_NAME, parse_ts
from tests.rig.practice import Practice, mail


def _db(practice: Practice) -> sqlite3.Connection:
    return sqlite3.connect(practice.config.state_dir / DB_NAME)


def _booked_slot(practice: Practice) -> Interval:
    with _db(practice) as db:
        start, end = db.execute("SELECT start_utc, end_utc FROM bookings ORDER BY id").fetchone()
    return Interval(parse_ts(start), parse_ts(end))


def test_a_call_the_client_moved_frees_its_old_time(practice: Practice) -> None:
    """A client's move cancels the old call: its time is free again and no longer counts
    toward the day's and week's caps (it used to stay 'booked' for ever)."""
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("The first one, please", reply_to=offer))
    practice.once()
    confirmation = practice.sent()[1]
    old = _booked_slot(practice)
    practice.imap.append(mail("Sorry, can we move it to another time?", reply_to=confirmation))
    practice.once()
    practice.once()  # the old event is deleted
    assert practice.calls() == []
    assert practice.booking_outcomes() == ["moved"]  # type: ignore[attr-defined]
    service = Service(practice.config)
    try:
        bob = service.store.client_id("bob@example.net")
        now = datetime.now(UTC)
        assert service.availability.still_free(old, now, client_id=bob)
    finally:
        service.close()


def test_a_confirmation_waiting_for_its_event_does_not_spin_the_loop(
    practice: Practice,
) -> None:
    """While the calendar has not taken a booked call yet, its confirmation waits; the loop
    retries the calendar every 30 s, not every second (it used to wake each second, because
    the waiting mail's retry time had long come)."""
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("The first one, please", reply_to=offer))
    service = Service(practice.config)
    try:
        service.read_inbox()  # decided and queued, nothing written or sent yet
        assert service.next_wake() >= 29
    finally:
        service.close()


def test_a_reload_to_an_unusable_state_dir_keeps_the_running_service(
    practice: Practice,
) -> None:
    """SIGHUP with a config whose state_dir cannot be created: refused, the old service
    goes on (it used to escape as an OSError after the old one was closed, then crash on
    the closed database)."""
    blocker = practice.path.parent / "a-file"
    blocker.write_text("not a directory")
    text = practice.path.read_text()
    practice.path.write_text(
        text.replace(f"state_dir: {practice.config.state_dir}", f"state_dir: {blocker / 'x'}")
    )
    runner = Runner(practice.config, practice.path)
    service = Service(practice.config)
    jobs = Jobs(service)
    try:
        service, jobs = runner._reloaded(service, jobs)
        assert service.config.state_dir == practice.config.state_dir
        practice.imap.append(mail("Could we talk?"))
        service.pass_once()
        assert len(practice.sent()) == 1
    finally:
        service.close()


def test_a_refused_reload_leaves_no_lock_on_the_state_dir_it_tried(practice: Practice) -> None:
    """SIGHUP with a new state_dir and a password that cannot be read: refused, and the new
    state_dir is not left locked (nor its database open) by the half-built service."""
    other = practice.path.parent / "other-state"
    text = practice.path.read_text()
    practice.path.write_text(
        text.replace(f"state_dir: {practice.config.state_dir}", f"state_dir: {other}").replace(
            "env:CMM_TEST_SMTP", "env:CMM_TEST_NO_SUCH_PASSWORD"
        )
    )
    runner = Runner(practice.config, practice.path)
    service = Service(practice.config)
    try:
        service, _jobs = runner._reloaded(service, Jobs(service))
        assert service.config.state_dir == practice.config.state_dir
        fd = os.open(other / LOCK_NAME, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another process could start
        finally:
            os.close(fd)
    finally:
        service.close()


class Heard(Notifier):
    """What the loop tells systemd, kept in a list (no socket needed in-process)."""

    def __init__(self) -> None:
        super().__init__({"WATCHDOG_USEC": "1000000"})  # waits in 0.5 s slices
        self.heard: list[str] = []

    def notify(self, *fields: str) -> None:
        self.heard.append("\n".join(fields))

    def until(self, wanted: str, thread: threading.Thread, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while not any(wanted in line for line in self.heard):
            assert thread.is_alive(), f"the loop ended; heard {self.heard}"
            if time.monotonic() > deadline:  # a timeout, not a speed requirement
                raise AssertionError(f"never heard {wanted!r}; heard {self.heard}")
            time.sleep(0.05)


def test_a_calendar_renamed_mid_run_is_retried_not_fatal(practice: Practice) -> None:
    """A user-fixable error met mid-run (the therapist renamed a busy_from calendar) is
    logged and retried with backoff, like a server outage: the loop used to end with it,
    and systemd's restarts then died on the same message until the unit gave up."""
    text = practice.path.read_text().replace(
        "busy_from: [Practice, Personal]", "busy_from: [Practice, Personal, Renamed]"
    )
    practice.path.write_text(text)
    config = parse_config(text, source=str(practice.path))
    notifier = Heard()
    runner = Runner(config, practice.path, notifier=notifier)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            runner.run()
        except BaseException as error:  # what would have ended the process
            failure.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    try:
        notifier.until("READY=1", thread)
        practice.imap.append(mail("Could we talk?"))
        notifier.until("STATUS=retrying", thread)
        assert not failure
        assert practice.sent() == []
    finally:
        runner._stop.set()
        thread.join(timeout=20)
    assert not thread.is_alive()
    assert not failure, failure


# --- found in the lead's review of the reviewer's report ---------------------------------------


def test_a_renamed_calendar_is_a_clear_user_error_not_a_crash(practice: Practice) -> None:
    from daemon.adapters.dav import Calendars
    from daemon.core.errors import UserError

    calendars = Calendars(practice.dav.url, practice.dav.username, practice.dav.password)
    assert calendars.ctag("Personal") is not None
    practice.dav.calendar("Personal").delete()
    with pytest.raises(UserError, match="Personal"):
        calendars.ctag("Personal")


def test_a_client_can_cancel_a_call_the_therapist_moved(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    practice.imap.append(mail("1 please", reply_to=practice.sent()[-1]))
    practice.once()
    obj = practice.dav.calendar("Practice").events()[0]
    event = obj.icalendar_instance.walk("VEVENT")[0]
    start = event.decoded("DTSTART") + timedelta(days=1)
    event["DTSTART"].dt, event["DTEND"].dt = start, start + timedelta(minutes=15)
    obj.save()
    service = practice.service()
    try:
        assert service.watch.run() == 1
        service.flush()
    finally:
        service.close()
    moved = practice.sent()[-1]
    practice.imap.append(mail("Sorry, I need to cancel after all.", reply_to=moved))
    practice.once()
    assert practice.calls() == []
    assert "CANCEL" in str(practice.sent()[-1].as_string())


def test_one_message_that_meets_a_bug_is_marked_and_the_inbox_goes_on(
    practice: Practice, monkeypatch: pytest.MonkeyPatch
) -> None:
    from daemon.flows.booking import Conversation

    real = Conversation.handle

    def handle(
        self: Conversation,
        folder: str,
        validity: int,
        uid: int,
        raw: bytes,  # type: ignore[no-untyped-def]
        message=None,
    ):
        if b"trip me" in raw:
            raise ValueError("a bug, quoting the message: trip me")
        return real(self, folder, validity, uid, raw, message)

    monkeypatch.setattr(Conversation, "handle", handle)
    practice.imap.append(mail("Could we talk? trip me"))
    practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
    practice.once()
    practice.once()
    assert [m["To"].addresses[0].addr_spec for m in practice.sent()] == ["bob@example.net"]
    assert any(b"$CallMeMaybeSkipped" in f for f in practice.flags().values())
