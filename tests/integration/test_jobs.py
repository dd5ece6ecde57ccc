"""The periodic jobs of `run` and `once`: the weekly digest goes out once a week, and a
booked call gets one reminder before it."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from daemon.config.loading import parse_config
from daemon.flows import reminders as reminders_module
from daemon.runtime.jobs import Jobs
from daemon.runtime.service import Service
from tests.rig.practice import Practice, mail, text_of


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def digest_mails(practice: Practice) -> list[str]:
    return [
        m.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
        for m in practice.sent()
        if "last week" in str(m["Subject"])
    ]


def test_the_digest_goes_out_once_at_its_time_and_not_on_a_fresh_install(
    practice: Practice,
) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    practice.imap.append(mail("1 please", reply_to=practice.sent()[-1]))
    practice.once()
    clock = Clock(datetime.now(UTC))
    service = Service(practice.config, clock=clock)
    try:
        jobs = Jobs(service)
        jobs.digest()  # a new install: starts the rhythm, mails nothing
        assert digest_mails(practice) == []
        tz = practice.config.therapist.tz
        # The Monday after the week of the booked call (today's, or a later day's when
        # today's windows are past): that digest names Ann, whatever day the test runs.
        [[start]] = service.store.db.execute("SELECT start_utc FROM bookings").fetchall()
        local = datetime.fromisoformat(start).astimezone(tz)
        next_monday = (local + timedelta(days=7 - local.weekday())).replace(
            hour=7, minute=31, second=0, microsecond=0
        )
        clock.now = next_monday.astimezone(UTC)
        jobs.digest()
        jobs.digest()  # the same week: not again
        [text] = digest_mails(practice)
        assert "Ann Example" in text
        clock.now += timedelta(days=7)
        jobs.digest()
        assert len(digest_mails(practice)) == 2
    finally:
        service.close()


# --- the reminder before a call --------------------------------------------------------------


def next_five_am() -> datetime:
    """The next 05:00 in Berlin: the earliest slot (09:00, the window's start) is four hours
    ahead of it whatever the hour the suite runs. Never more than a day ahead, so the mail
    appended now still counts as recent on the daemon's first run (`offer_valid_for`): at
    02:00, tomorrow's 05:00 would have made it look 27 hours old."""
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime.now(berlin)
    five = datetime(now.year, now.month, now.day, 5, tzinfo=berlin)
    if five <= now:
        day = now.date() + timedelta(days=1)
        five = datetime(day.year, day.month, day.day, 5, tzinfo=berlin)
    return five.astimezone(UTC)


def reminders(practice: Practice) -> list[EmailMessage]:
    return [m for m in practice.sent() if str(m["Subject"]).startswith("Reminder:")]


def book_at(practice: Practice, clock: Clock) -> datetime:
    """Book the first offered slot at `clock`; returns its start."""
    service = Service(practice.config, clock=clock)
    try:
        practice.imap.append(mail("Could we talk?"))
        service.pass_once()
        practice.imap.append(mail("1 please", reply_to=practice.sent()[-1]))
        service.pass_once()
    finally:
        service.close()
    [call] = practice.calls()
    return call.decoded("DTSTART").astimezone(UTC)  # type: ignore[no-any-return]


def remind_at(practice: Practice, moment: datetime) -> None:
    service = Service(practice.config, clock=Clock(moment))
    try:
        jobs = Jobs(service)
        jobs.watch()
        jobs.remind()
    finally:
        service.close()


def test_the_client_gets_one_reminder_before_the_call(practice: Practice) -> None:
    clock = Clock(next_five_am())
    start = book_at(practice, clock)
    remind_at(practice, start - timedelta(hours=3))  # not yet
    assert reminders(practice) == []
    remind_at(practice, start - timedelta(hours=2))
    remind_at(practice, start - timedelta(hours=1))  # again: still one
    remind_at(practice, start - timedelta(minutes=5))
    [reminder] = reminders(practice)
    assert reminder["To"].addresses[0].addr_spec == "ann@example.org"
    text = text_of(reminder)
    assert "short reminder of your call with Robin" in text
    assert "will call you then" in text
    confirmation = practice.sent()[1]
    assert reminder["In-Reply-To"] == confirmation["Message-ID"]
    remind_at(practice, start + timedelta(minutes=1))
    assert len(reminders(practice)) == 1


def test_a_call_booked_shortly_before_it_starts_gets_no_reminder(practice: Practice) -> None:
    longer = "  notice: 2h\n  remind_before: 2d\n"
    text = practice.path.read_text().replace("  notice: 2h\n", longer)
    practice.config = parse_config(text, source=str(practice.path))
    clock = Clock(next_five_am())
    start = book_at(practice, clock)
    assert start - clock.now < timedelta(days=2)
    for before in (timedelta(hours=20), timedelta(hours=1)):
        remind_at(practice, max(start - before, clock.now))
    assert reminders(practice) == []


def test_a_cancelled_call_gets_no_reminder(practice: Practice) -> None:
    clock = Clock(next_five_am())
    start = book_at(practice, clock)
    service = Service(practice.config, clock=clock)
    try:
        practice.imap.append(mail("Please cancel the call.", reply_to=practice.sent()[1]))
        service.pass_once()
    finally:
        service.close()
    assert practice.calls() == []
    remind_at(practice, start - timedelta(hours=1))
    assert reminders(practice) == []


def test_a_moved_call_is_reminded_at_its_new_time_only(practice: Practice) -> None:
    clock = Clock(next_five_am())
    start = book_at(practice, clock)
    [obj] = practice.dav.calendar("Practice").events()
    component = obj.icalendar_instance.walk("VEVENT")[0]
    local = component.decoded("DTSTART") + timedelta(days=1)  # in the event's own zone
    component["DTSTART"].dt = local
    component["DTEND"].dt = local + timedelta(minutes=15)
    obj.save()
    new_start = local.astimezone(UTC)
    remind_at(practice, start - timedelta(hours=1))  # the watch sees the move first
    assert reminders(practice) == []
    remind_at(practice, new_start - timedelta(hours=1))
    [reminder] = reminders(practice)
    assert "moved your call" in text_of(practice.sent()[2])
    when = new_start.astimezone(ZoneInfo("America/New_York"))
    assert f"{when.day}" in text_of(reminder)


def test_no_reminder_when_remind_before_is_zero(practice: Practice) -> None:
    text = practice.path.read_text().replace("  notice: 2h\n", "  notice: 2h\n  remind_before: 0\n")
    practice.config = parse_config(text, source=str(practice.path))
    clock = Clock(next_five_am())
    start = book_at(practice, clock)
    service = Service(practice.config, clock=Clock(start - timedelta(minutes=30)))
    try:
        jobs = Jobs(service)
        assert not any("remind" in repr(job) for job in jobs.scheduler.jobs)
        jobs.remind()
    finally:
        service.close()
    assert reminders(practice) == []


def test_a_reminder_is_queued_once_and_dropped_if_the_call_goes_before_it_is_sent(
    practice: Practice,
) -> None:
    clock = Clock(next_five_am())
    start = book_at(practice, clock)
    service = Service(practice.config, clock=Clock(start - timedelta(hours=1)))
    try:
        args = (service.config, service.store, service.composer, start - timedelta(hours=1))
        # As after a crash between queueing and sending: queued again, it is the same mail.
        assert reminders_module.queue_reminders(*args) == 1
        assert reminders_module.queue_reminders(*args) == 0
        service.store.db.execute("UPDATE bookings SET state = 'cancelled'")
        reminders_module.queue_reminders(*args)
        states = service.store.db.execute(
            "SELECT state FROM outbox WHERE kind = 'reminder'"
        ).fetchall()
        assert states == [("dropped",)]
        service.flush()
    finally:
        service.close()
    assert reminders(practice) == []


# --- `digest --send`: through the outbox, like the weekly job -------------------------------


def test_digest_send_queues_the_digest_and_sends_it_once_through_the_outbox(
    practice: Practice, capsys: pytest.CaptureFixture[str]
) -> None:
    from daemon.cli import main

    assert main(["digest", "--config", str(practice.path), "--send"]) == 0
    assert "sent the digest" in capsys.readouterr().out
    assert len(digest_mails(practice)) == 1
    service = practice.service()
    try:
        rows = service.store.db.execute("SELECT kind, state FROM outbox").fetchall()
        assert rows == [("digest", "sent")]
        service.flush()  # the daemon's flush finds nothing left to send
        assert len(digest_mails(practice)) == 1
    finally:
        service.close()


def test_digest_send_while_the_daemon_runs_leaves_the_sending_to_it(
    practice: Practice,
) -> None:
    service = practice.service()  # holds the state_dir's lock, as a running daemon does
    try:
        done = subprocess.run(
            [sys.executable, "-m", "daemon", "digest", "--config", str(practice.path), "--send"],
            env=practice.env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert "the running daemon sends it" in done.stdout
        assert digest_mails(practice) == []
        service.flush()
        assert len(digest_mails(practice)) == 1
        service.flush()
        assert len(digest_mails(practice)) == 1
    finally:
        service.close()
