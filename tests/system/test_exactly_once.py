"""Exactly once, whatever happens: every request gets one offer, every choice one event and
one confirmation, across SIGKILLs, restarts, two `once` at a time and servers that go away.

Against real Dovecot, Radicale and aiosmtpd; the daemon runs as `callmemaybe run`/`once`
subprocesses where a crash or a second process is the point, in-process where a test
needs to move the clock past a retry delay.
"""

from __future__ import annotations

import itertools
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from daemon.config.loading import load_config
from daemon.config.schema import Config
from daemon.core.errors import RemoteError
from daemon.core.model import Interval
from daemon.demo.loopback import SmtpEndpoint
from daemon.runtime.service import Service
from daemon.store.db import Store
from tests.rig import DavAccount, ImapAccount
from tests.rig.outage import relay

BERLIN = ZoneInfo("Europe/Berlin")
REPO = Path(__file__).resolve().parent.parent.parent
# Fixed, so a failure replays; CMM_SEED=n explores other kill schedules by hand.
SEED = int(os.environ.get("CMM_SEED", "20240607"))

CLIENTS = (
    ("Ann Example", "ann@example.org", "America/New_York"),
    ("Bob Sample", "bob@example.net", "Europe/Berlin"),
    ("Cleo Tester", "cleo@example.com", "Europe/London"),
    ("Dev Trial", "dev@example.com", "Europe/Berlin"),
    ("Eve Demo", "eve@example.org", "Europe/Berlin"),
    ("Finn Probe", "finn@example.net", "Asia/Tokyo"),
)

CONFIG = """\
therapist: {{name: Robin Example, email: robin@practice.example, timezone: Europe/Berlin}}
mail:
  imap: {{host: 127.0.0.1, port: {imap_port}, security: plain, username: {imap_user},
         password_from: "env:CMM_TEST_IMAP"}}
  smtp: {{host: 127.0.0.1, port: {smtp_port}, security: plain, username: {smtp_user},
         password_from: "env:CMM_TEST_SMTP"}}
  sent_folder: {sent_folder}
  triggers: {{keywords: [call, phone, talk]}}
calendar: {{url: "{dav_url}", username: {dav_user}, password_from: "env:CMM_TEST_DAV",
           book_into: Practice, busy_from: [Practice, Personal]}}
calls:
  length: 15m
  offer: 3
  windows: {{mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"],
            thu: ["09:00-18:00"], fri: ["09:00-18:00"], sat: ["09:00-18:00"],
            sun: ["09:00-18:00"]}}
  buffer: 10m
  notice: 2h
  horizon: 7d
  max_per_day: 12
  max_per_week: 40
clients:
{clients}
state_dir: {state_dir}
log_level: info
"""


# --- the practice, as files and servers ---------------------------------------------------


@dataclass
class Practice:
    imap: ImapAccount
    dav: DavAccount
    smtp: SmtpEndpoint
    path: Path
    env: dict[str, str]
    busy: list[Interval]
    logs: list[Path] = field(default_factory=list)

    def config(self) -> Config:
        return load_config(self.path)

    def write(self, **changes: object) -> None:
        """Rewrite the config file with some servers' ports (or the Sent folder) changed."""
        self.path.write_text(_config_text(self, **changes), encoding="utf-8")

    def daemon(self, command: str, log_name: str) -> subprocess.Popen[bytes]:
        log = self.path.parent / f"{log_name}.log"
        self.logs.append(log)
        with log.open("ab") as out:
            return subprocess.Popen(
                [sys.executable, "-m", "daemon", command, "-c", str(self.path)],
                cwd=REPO,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def sent(self) -> list[EmailMessage]:
        return [item.message for item in self.smtp.messages.snapshot()]

    def replies_to(self, message_id: str) -> list[EmailMessage]:
        return [m for m in self.sent() if str(m.get("In-Reply-To", "")) == message_id]

    def calls(self) -> list[icalendar.cal.Component]:
        found = []
        for obj in self.dav.calendar("Practice").events():
            for event in obj.icalendar_instance.walk("VEVENT"):
                if "Between-session call" in str(event.get("CATEGORIES", "")):
                    found.append(event)
        return found

    def unfinished(self) -> tuple[int, int]:
        """(mails not sent, events not written) according to the daemon's own records."""
        store = Store.open(self.path.parent / "state", readonly=True)
        try:
            mails = store.db.execute("SELECT COUNT(*) FROM outbox WHERE state != 'sent'")
            events = store.db.execute("SELECT COUNT(*) FROM bookings WHERE state != 'created'")
            return int(mails.fetchone()[0]), int(events.fetchone()[0])
        finally:
            store.close()


def _config_text(practice: Practice, **changes: object) -> str:
    values: dict[str, object] = dict(
        imap_port=practice.imap.port,
        imap_user=practice.imap.username,
        smtp_port=practice.smtp.port,
        smtp_user=practice.smtp.username,
        dav_url=practice.dav.url,
        dav_user=practice.dav.username,
        sent_folder="Sent",
        state_dir=practice.path.parent / "state",
        clients="\n".join(
            f"  - {{name: {name}, email: {email}, timezone: {tz}}}" for name, email, tz in CLIENTS
        ),
    )
    values.update(changes)
    return CONFIG.format(**values)


@pytest.fixture
def practice(
    imap_account: ImapAccount,
    dav_principal: DavAccount,
    smtp_sink: SmtpEndpoint,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Practice:
    dav_principal.make_calendar("Practice")
    dav_principal.make_calendar("Personal")
    busy = _seed_busy_time(dav_principal, datetime.now(UTC).astimezone(BERLIN).date())
    client = imap_account.connect()
    try:
        client.create_folder("Sent")
    finally:
        client.logout()
    passwords = {
        "CMM_TEST_IMAP": imap_account.password,
        "CMM_TEST_SMTP": smtp_sink.password,
        "CMM_TEST_DAV": dav_principal.password,
    }
    for name, value in passwords.items():
        monkeypatch.setenv(name, value)
    env = {**os.environ, **passwords, "PYTHONPATH": str(REPO)}
    env.pop("JOURNAL_STREAM", None)
    result = Practice(imap_account, dav_principal, smtp_sink, tmp_path / "config.yaml", env, busy)
    result.write()
    return result


def _seed_busy_time(dav: DavAccount, today: date) -> list[Interval]:
    """Two blocks a day in the therapist's personal calendar, so offers must steer around."""
    blocks: list[Interval] = []
    for offset in range(-1, 10):
        day = today + timedelta(days=offset)
        for n, (start, end) in enumerate((((9, 0), (11, 0)), ((13, 0), (14, 30)))):
            begin = datetime(day.year, day.month, day.day, *start, tzinfo=BERLIN)
            finish = datetime(day.year, day.month, day.day, *end, tzinfo=BERLIN)
            block = Interval(begin.astimezone(UTC), finish.astimezone(UTC))
            calendar = icalendar.Calendar()
            calendar.add("prodid", "-//callmemaybe tests//EN")
            calendar.add("version", "2.0")
            event = icalendar.Event()
            event.add("uid", f"busy-{day.isoformat()}-{n}@test")
            event.add("summary", "Sessions")
            event.add("dtstamp", datetime.now(UTC))
            event.add("dtstart", block.start)
            event.add("dtend", block.end)
            calendar.add_component(event)
            dav.put_ics("Personal", calendar.to_ical().decode())
            blocks.append(block)
    return blocks


# --- mail the clients write -----------------------------------------------------------------


def letter(name: str, email: str, body: str, reply_to: EmailMessage | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = f"{name} <{email}>"
    message["To"] = "Robin Example <robin@practice.example>"
    message["Subject"] = f"Re: {reply_to['Subject']}" if reply_to else "Could we talk?"
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid("client", domain=email.rpartition("@")[2])
    if reply_to is not None:
        message["In-Reply-To"] = str(reply_to["Message-ID"])
        message["References"] = f"{reply_to.get('References', '')} {reply_to['Message-ID']}".strip()
    message.set_content(textwrap.dedent(body))
    return bytes(message)


def request_from(client: tuple[str, str, str]) -> bytes:
    name, email, _ = client
    return letter(name, email, f"Hi Robin, could we talk on the phone this week? {name}")


def choice_for(client: tuple[str, str, str], offer: EmailMessage) -> bytes:
    name, email, _ = client
    return letter(name, email, "1 please, thank you!", reply_to=offer)


def message_id_of(raw: bytes) -> str:
    for line in raw.split(b"\r\n\r\n", 1)[0].replace(b"\r\n", b"\n").split(b"\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].strip().decode()
    raise AssertionError("no Message-ID")


def is_confirmation(message: EmailMessage) -> bool:
    return any(
        part.get_content_type() == "text/calendar"
        and str(part.get_param("method", "")).upper() == "REQUEST"
        for part in message.walk()
    )


def wait_until(condition: Callable[[], bool], timeout: float, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def unique_replies(practice: Practice, message_id: str) -> tuple[set[str], int]:
    """(distinct Message-IDs replying to `message_id`, how many copies arrived in all)."""
    replies = practice.replies_to(message_id)
    return {str(m["Message-ID"]) for m in replies}, len(replies)


def stop(proc: subprocess.Popen[bytes], timeout: float = 15) -> int:
    proc.send_signal(signal.SIGTERM)
    return proc.wait(timeout=timeout)


def kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


@pytest.fixture
def reaper() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Daemons a test started; any still running when it ends (a failure) are killed."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        kill(proc)


def logs_of(practice: Practice) -> str:
    return "\n".join(p.read_text(errors="replace") for p in practice.logs if p.exists())


# --- 1. SIGKILL at random moments while requests and choices arrive --------------------------


@dataclass
class Exchange:
    client: tuple[str, str, str]
    request: str  # Message-ID of the request
    choice: str | None = None  # Message-ID of the choice, once sent


class Driver:
    """Plays the clients: requests on a schedule, a choice as soon as an offer is seen."""

    def __init__(self, practice: Practice) -> None:
        self.practice = practice
        self.waiting = list(CLIENTS)
        self.exchanges: list[Exchange] = []

    def step(self, requests: int) -> None:
        for _ in range(min(requests, len(self.waiting))):
            client = self.waiting.pop(0)
            raw = request_from(client)
            self.practice.imap.append(raw)
            self.exchanges.append(Exchange(client, message_id_of(raw)))
        for exchange in self.exchanges:
            if exchange.choice is None:
                offers = self.practice.replies_to(exchange.request)
                if offers:
                    raw = choice_for(exchange.client, offers[0])
                    self.practice.imap.append(raw)
                    exchange.choice = message_id_of(raw)

    def done(self) -> bool:
        return (
            not self.waiting
            and all(e.choice is not None for e in self.exchanges)
            and all(self.practice.replies_to(e.choice or "") for e in self.exchanges)
        )


def test_sigkill_at_random_moments_loses_and_doubles_nothing(
    practice: Practice, reaper: list[subprocess.Popen[bytes]]
) -> None:
    rng = random.Random(SEED)
    driver = Driver(practice)
    kills = 15
    for round_ in range(kills):
        if rng.random() < 0.3:
            driver.step(rng.choice((0, 1)))  # mail that arrives while the daemon is down
        proc = practice.daemon("run", "run")
        reaper.append(proc)
        time.sleep(rng.uniform(0.0, 0.8))
        driver.step(1 if round_ % 2 == 0 else 0)
        time.sleep(rng.uniform(0.0, 0.8))
        kill(proc)
        assert proc.returncode == -signal.SIGKILL, (
            f"the daemon died by itself ({proc.returncode}): {logs_of(practice)[-3000:]}"
        )
    driver.step(len(CLIENTS))

    proc = practice.daemon("run", "final")
    reaper.append(proc)

    def settled() -> bool:
        driver.step(0)
        return driver.done()

    assert wait_until(settled, timeout=30, step=0.1), logs_of(practice)[-4000:]
    time.sleep(1.0)  # quiet: anything resent late would arrive now
    assert stop(proc) == 0

    resent = 0
    for exchange in driver.exchanges:
        offers, copies = unique_replies(practice, exchange.request)
        assert len(offers) == 1, "each request gets exactly one offer"
        resent += copies - 1
        confirmations, copies = unique_replies(practice, exchange.choice or "")
        assert len(confirmations) == 1, "each choice gets exactly one confirmation"
        resent += copies - 1
        [confirmation] = practice.replies_to(exchange.choice or "")[:1]
        assert is_confirmation(confirmation)
    distinct = {str(m["Message-ID"]) for m in practice.sent()}
    assert len(distinct) == 2 * len(CLIENTS), "no mail beyond one offer and one confirmation"

    calls = practice.calls()
    assert len(calls) == len(CLIENTS)
    assert len({str(e["UID"]) for e in calls}) == len(calls)
    spans = sorted(
        Interval(e.decoded("DTSTART").astimezone(UTC), e.decoded("DTEND").astimezone(UTC))
        for e in calls
    )
    for earlier, later in itertools.pairwise(spans):
        assert earlier.end <= later.start, "two calls overlap"
    for span in spans:
        assert not any(span.start < b.end and b.start < span.end for b in practice.busy)

    assert practice.unfinished() == (0, 0)
    # The one window left: SMTP took the mail and the daemon died before marking it sent
    # (and before filing its Sent copy). It is resent under the same Message-ID.
    print(f"\n{kills} SIGKILLs; mails resent under the same Message-ID: {resent}")


# --- 2. two `once` at the same time on the same state --------------------------------------


def test_two_once_at_the_same_time_answer_each_message_once(practice: Practice) -> None:
    exchanges: list[Exchange] = []
    for pair in (CLIENTS[0:3], CLIENTS[3:6]):
        for client in pair:
            raw = request_from(client)
            practice.imap.append(raw)
            exchanges.append(Exchange(client, message_id_of(raw)))
        both = [practice.daemon("once", "once-a"), practice.daemon("once", "once-b")]
        codes = [proc.wait(timeout=30) for proc in both]
        assert codes == [0, 0], logs_of(practice)[-3000:]
    for exchange in exchanges:
        [offer] = practice.replies_to(exchange.request)
        raw = choice_for(exchange.client, offer)
        practice.imap.append(raw)
        exchange.choice = message_id_of(raw)
    both = [practice.daemon("once", "once-a"), practice.daemon("once", "once-b")]
    assert [proc.wait(timeout=30) for proc in both] == [0, 0], logs_of(practice)[-3000:]
    if not all(practice.replies_to(e.choice or "") for e in exchanges):
        # The one that got the lock may have read the inbox before the other's appends
        # were visible; a later pass (cron's next tick) finishes the rest.
        assert practice.daemon("once", "once-c").wait(timeout=30) == 0
    for exchange in exchanges:
        assert len(unique_replies(practice, exchange.request)[0]) == 1
        assert len(unique_replies(practice, exchange.choice or "")[0]) == 1
    assert len(practice.calls()) == len(exchanges)
    assert len(practice.sent()) == 2 * len(exchanges)


def test_a_second_run_refuses_to_start_and_once_leaves_the_work_to_it(
    practice: Practice, reaper: list[subprocess.Popen[bytes]]
) -> None:
    raw = request_from(CLIENTS[0])
    practice.imap.append(raw)
    first = practice.daemon("run", "first")
    reaper.append(first)
    assert wait_until(lambda: bool(practice.replies_to(message_id_of(raw))), timeout=15)
    second = subprocess.run(
        [sys.executable, "-m", "daemon", "run", "-c", str(practice.path)],
        cwd=REPO,
        env=practice.env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert second.returncode != 0
    assert "another callmemaybe is already running" in second.stderr
    once = practice.daemon("once", "once")
    assert once.wait(timeout=30) == 0
    assert "another callmemaybe is running" in logs_of(practice)
    assert stop(first) == 0
    assert len(practice.sent()) == 1


# --- 3. servers that go away for a while ------------------------------------------------------


class Clock:
    """The daemon's clock, moved by the test past retry delays."""

    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> Clock:
    return Clock()


def outbox_rows(service: Service) -> list[tuple[str, str, int]]:
    return [
        (str(kind), str(state), int(attempts))
        for kind, state, attempts in service.store.db.execute(
            "SELECT kind, state, attempts FROM outbox ORDER BY id"
        )
    ]


def test_smtp_down_queues_the_offer_and_sends_it_once_when_back(
    practice: Practice, clock: Clock
) -> None:
    with relay(practice.smtp.host, practice.smtp.port) as smtp:
        practice.write(smtp_port=smtp.port)
        service = Service(practice.config(), clock=clock)
        try:
            smtp.down()
            raw = request_from(CLIENTS[0])
            practice.imap.append(raw)
            service.pass_once()  # does not raise: the offer waits in the outbox
            assert practice.sent() == []
            assert outbox_rows(service) == [("offer", "pending", 1)]
            clock.advance(timedelta(minutes=5))
            service.pass_once()  # still down: another attempt, a longer wait
            assert outbox_rows(service) == [("offer", "pending", 2)]
            smtp.up()
            service.pass_once()  # back, but the retry is not due yet
            assert practice.sent() == []
            clock.advance(timedelta(minutes=2))
            service.pass_once()
            service.pass_once()
            clock.advance(timedelta(hours=2))
            service.pass_once()
        finally:
            service.close()
    [offer] = practice.replies_to(message_id_of(raw))
    assert len(practice.sent()) == 1
    assert offer["Subject"] == "Re: Could we talk?"


def test_calendar_down_when_a_choice_arrives_keeps_the_choice_for_later(
    practice: Practice, clock: Clock
) -> None:
    with relay("127.0.0.1", int(practice.dav.url.rsplit(":", 1)[1].strip("/"))) as dav:
        practice.write(dav_url=f"http://127.0.0.1:{dav.port}/")
        service = Service(practice.config(), clock=clock)
        try:
            request = request_from(CLIENTS[1])
            practice.imap.append(request)
            service.pass_once()
            [offer] = practice.replies_to(message_id_of(request))
            dav.down()
            choice = choice_for(CLIENTS[1], offer)
            choice_uid = practice.imap.append(choice)
            for _ in range(2):
                with pytest.raises(RemoteError):
                    service.pass_once()  # `run` backs off and tries again; `once` exits 1
            position = service.store.db.execute("SELECT last_uid FROM mailbox_state").fetchone()
            assert choice_uid is not None and position[0] < choice_uid
            assert practice.replies_to(message_id_of(choice)) == []
            dav.up()
            service.pass_once()
            service.pass_once()
        finally:
            service.close()
    [confirmation] = practice.replies_to(message_id_of(choice))
    assert is_confirmation(confirmation)
    assert len(practice.calls()) == 1
    assert len(practice.sent()) == 2


def test_calendar_down_after_the_booking_is_decided_writes_it_later_then_confirms(
    practice: Practice, clock: Clock
) -> None:
    with relay("127.0.0.1", int(practice.dav.url.rsplit(":", 1)[1].strip("/"))) as dav:
        practice.write(dav_url=f"http://127.0.0.1:{dav.port}/")
        service = Service(practice.config(), clock=clock)
        try:
            request = request_from(CLIENTS[2])
            practice.imap.append(request)
            service.pass_once()
            [offer] = practice.replies_to(message_id_of(request))
            choice = choice_for(CLIENTS[2], offer)
            practice.imap.append(choice)
            service.read_inbox()  # decided and recorded while the calendar answered
            dav.down()
            for _ in range(3):
                service.pass_once()  # the event cannot be written; nothing raises
                clock.advance(timedelta(minutes=1))
            assert practice.replies_to(message_id_of(choice)) == [], "confirmed before booked"
            assert outbox_rows(service)[-1][:2] == ("confirmation", "pending")
            dav.up()
            service.pass_once()
            service.pass_once()
        finally:
            service.close()
    assert len(practice.calls()) == 1
    [confirmation] = practice.replies_to(message_id_of(choice))
    assert is_confirmation(confirmation)
    assert len(practice.sent()) == 2


def test_imap_down_run_keeps_retrying_and_catches_up(
    practice: Practice, reaper: list[subprocess.Popen[bytes]]
) -> None:
    with relay(practice.imap.host, practice.imap.port) as imap:
        practice.write(imap_port=imap.port)
        proc = practice.daemon("run", "run")
        reaper.append(proc)
        first = request_from(CLIENTS[3])
        practice.imap.append(first)  # straight to Dovecot: only the daemon's way is cut
        assert wait_until(lambda: bool(practice.replies_to(message_id_of(first))), timeout=15)
        imap.down()  # cuts the IDLE connection and refuses new ones
        second = request_from(CLIENTS[4])
        practice.imap.append(second)
        time.sleep(2.5)
        assert proc.poll() is None, "the daemon gave up"
        assert practice.replies_to(message_id_of(second)) == []
        imap.up()
        assert wait_until(lambda: bool(practice.replies_to(message_id_of(second))), timeout=20), (
            logs_of(practice)[-3000:]
        )
        assert stop(proc) == 0
    assert "retrying in" in logs_of(practice)
    assert len(practice.replies_to(message_id_of(first))) == 1
    assert len(practice.replies_to(message_id_of(second))) == 1
    assert len(practice.sent()) == 2


def test_calendar_down_when_a_client_moves_their_call_still_brings_new_times(
    practice: Practice, clock: Clock
) -> None:
    with relay("127.0.0.1", int(practice.dav.url.rsplit(":", 1)[1].strip("/"))) as dav:
        practice.write(dav_url=f"http://127.0.0.1:{dav.port}/")
        service = Service(practice.config(), clock=clock)
        try:
            request = request_from(CLIENTS[0])
            practice.imap.append(request)
            service.pass_once()
            [offer] = practice.replies_to(message_id_of(request))
            practice.imap.append(choice_for(CLIENTS[0], offer))
            service.pass_once()
            confirmation = practice.sent()[-1]
            assert is_confirmation(confirmation)
            name, email, _ = CLIENTS[0]
            move = letter(name, email, "Something came up, can we move it?", confirmation)
            practice.imap.append(move)
            dav.down()
            with pytest.raises(RemoteError):
                service.pass_once()
            dav.up()
            for _ in range(2):
                service.pass_once()
                clock.advance(timedelta(minutes=1))
        finally:
            service.close()
    answers = practice.replies_to(message_id_of(move))
    kinds = sorted(
        "cancel" if any(p.get_content_type() == "text/calendar" for p in m.walk()) else "offer"
        for m in answers
    )
    assert kinds == ["cancel", "offer"], "a move is answered by a cancellation and new times"
    assert practice.calls() == []
