"""How long a client waits for an offer. Run (as root, for Dovecot):

    python bench/bench_latency.py [--requests 20]

Starts Dovecot (tests/rig), Radicale and aiosmtpd (daemon/loopback) on 127.0.0.1, seeds a
year of a busy practice (bench_slots' generator: ~350 objects in Practice and Personal),
writes a config with a roster of 20 clients and runs `callmemaybe run` as a subprocess.
Then, for N requests from rotating clients: APPEND the request, wait for the offer at the
SMTP server (aiosmtpd runs in a thread of this process, so both ends use one clock).

The floor, in the same run once the daemon is stopped: a bare thread that IDLEs on the
same INBOX and, on the EXISTS, makes one CalDAV request (a Depth-0 getctag PROPFIND) and
sends one SMTP message. Dovecot 2.3 batches IDLE notifications by about 0.5 s, so that
delay is in both figures.

The daemon's IMAP and CalDAV traffic (and the floor's) goes through counting TCP proxies
on loopback, which count IMAP commands by tag (skipping literals) and HTTP requests by
request line; a request's share is everything from its APPEND until the daemon is back in
IDLE. Prints median and p95 for both, the difference, and requests per handled request.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import os
import random
import re
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from base64 import b64encode
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_slots  # noqa: E402
from caldav.davclient import get_davclient  # noqa: E402
from imapclient import IMAPClient  # noqa: E402

from daemon.demo.loopback import HOST, SmtpEndpoint, radicale_server, smtp_server  # noqa: E402
from tests.rig.dovecot import dovecot_server, unavailable_reason  # noqa: E402

TZ = ZoneInfo("Europe/Berlin")
THERAPIST = bench_slots.ME  # the generator's declined invitation names this address
CLIENTS = 20
PAUSE = 1.0  # after the daemon is back in IDLE; > 0.5 s, see README (Dovecot notify timer)
TIMEOUT = 30.0

CONFIG = """\
therapist: {{name: Robin Example, email: {therapist}, timezone: Europe/Berlin}}
mail:
  imap: {{host: 127.0.0.1, port: {imap_port}, security: plain, username: {imap_user},
         password_from: "env:CMM_BENCH_IMAP"}}
  smtp: {{host: 127.0.0.1, port: {smtp_port}, security: plain, username: {smtp_user},
         password_from: "env:CMM_BENCH_SMTP"}}
  sent_folder: Sent
  triggers: {{keywords: [call, phone, talk]}}
calendar: {{url: "{dav_url}", username: {dav_user}, password_from: "env:CMM_BENCH_DAV",
           book_into: Practice, busy_from: [Practice, Personal]}}
calls:
  length: 15m
  offer: 3
  windows: {{mon: ["08:00-20:00"], tue: ["08:00-20:00"], wed: ["08:00-20:00"],
            thu: ["08:00-20:00"], fri: ["08:00-20:00"], sat: ["09:00-18:00"],
            sun: ["09:00-18:00"]}}
  buffer: 10m
  notice: 2h
  horizon: 14d
  max_per_day: 3
  max_per_week: 8
  offer_valid_for: 1h
clients:
{clients}
state_dir: {state_dir}
log_level: info
"""

CLIENT_ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Europe/Vienna"]


# --- counting proxies -------------------------------------------------------------------


class Tally:
    """What went through a proxy, client to server; thread-safe."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.idles = 0
        self.in_idle = False
        self.connections = 0
        self.cond = threading.Condition()
        self.events: list[tuple[float, str]] = []  # (perf_counter, what), for --trace

    def add(self, what: str) -> None:
        with self.cond:
            self.events.append((time.perf_counter(), what))
            self.counts[what] += 1
            if what == "IDLE":
                self.idles += 1
                self.in_idle = True
            elif what == "DONE":
                self.in_idle = False
            self.cond.notify_all()

    def note(self, what: str) -> None:
        """A server event for the timeline; not counted."""
        with self.cond:
            self.events.append((time.perf_counter(), what))

    def snapshot(self) -> Counter[str]:
        with self.cond:
            return Counter(self.counts)

    def wait_idle(self, after: int, timeout: float = TIMEOUT) -> None:
        """Until the client has issued more than `after` IDLEs and sits in the last one."""
        with self.cond:
            if not self.cond.wait_for(lambda: self.idles > after and self.in_idle, timeout):
                raise TimeoutError("the daemon did not go back to IDLE")


_TAGGED = re.compile(rb"^[A-Za-z0-9.]+ ([A-Za-z]+)(?: ([A-Za-z]+))?")
_LITERAL = re.compile(rb"\{(\d+)\+?\}$")


class ImapCommands:
    """Counts commands in a client's IMAP stream: tagged lines and DONE, literals skipped."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.buf = b""
        self.skip = 0
        self.inside = False  # the line after a literal continues the same command

    def feed(self, data: bytes) -> None:
        self.buf += data
        while True:
            if self.skip:
                taken = min(self.skip, len(self.buf))
                self.buf, self.skip = self.buf[taken:], self.skip - taken
                if self.skip:
                    return
            end = self.buf.find(b"\r\n")
            if end < 0:
                return
            line, self.buf = self.buf[:end], self.buf[end + 2 :]
            if not self.inside:
                self._command(line)
            literal = _LITERAL.search(line)
            self.inside = literal is not None
            if literal:
                self.skip = int(literal[1])

    def _command(self, line: bytes) -> None:
        if line.strip().upper() == b"DONE":
            self.tally.add("DONE")
            return
        match = _TAGGED.match(line)
        if match is None:
            return
        verb = match[1].decode().upper()
        if verb == "UID" and match[2]:
            verb = f"UID {match[2].decode().upper()}"
        self.tally.add(verb)


class ImapAnswers:
    """Notes, in the server's stream, EXISTS and tagged completions (for the timeline)."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.buf = b""
        self.skip = 0

    def feed(self, data: bytes) -> None:
        self.buf += data
        while True:
            if self.skip:
                taken = min(self.skip, len(self.buf))
                self.buf, self.skip = self.buf[taken:], self.skip - taken
                if self.skip:
                    return
            end = self.buf.find(b"\r\n")
            if end < 0:
                return
            line, self.buf = self.buf[:end], self.buf[end + 2 :]
            if re.match(rb"^\* \d+ EXISTS", line):
                self.tally.note("  <- EXISTS")
            elif re.match(rb"^[A-Za-z0-9.]+ (OK|NO|BAD)", line):
                self.tally.note("  <- done")
            literal = _LITERAL.search(line)
            if literal:
                self.skip = int(literal[1])


class HttpRequests:
    """Counts requests in a client's HTTP/1.1 stream by method (Content-Length or chunked)."""

    def __init__(self, tally: Tally) -> None:
        self.tally = tally
        self.buf = b""
        self.skip = 0
        self.chunked = False

    def feed(self, data: bytes) -> None:
        self.buf += data
        while True:
            if self.skip:
                taken = min(self.skip, len(self.buf))
                self.buf, self.skip = self.buf[taken:], self.skip - taken
                if self.skip:
                    return
            if self.chunked:
                end = self.buf.find(b"\r\n")
                if end < 0:
                    return
                size = int(self.buf[:end].split(b";")[0], 16)
                self.buf = self.buf[end + 2 :]
                self.skip = size + 2
                self.chunked = size != 0
                continue
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                return
            head, self.buf = self.buf[:end], self.buf[end + 4 :]
            lines = head.split(b"\r\n")
            self.tally.add(lines[0].split(b" ", 1)[0].decode())
            for header in lines[1:]:
                name, _, value = header.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    self.skip = int(value)
                elif name == b"transfer-encoding" and b"chunked" in value.lower():
                    self.chunked = True


class Proxies:
    """TCP proxies on loopback in one event-loop thread; each counts its client's stream."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.servers: list[asyncio.AbstractServer] = []

    def add(
        self,
        target: tuple[str, int],
        parser: Callable[[], Any],
        answers: Callable[[], Any] | None = None,
    ) -> int:
        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            up_reader, up_writer = await asyncio.open_connection(*target)
            counting = parser()
            with counting.tally.cond:
                counting.tally.connections += 1
            feed = counting.feed
            back = answers().feed if answers is not None else None

            async def pump(
                src: asyncio.StreamReader,
                dst: asyncio.StreamWriter,
                see: Callable[[bytes], None] | None,
            ) -> None:
                # imapclient writes a command and its CRLF separately; without quick ACKs
                # here, Nagle on the sender holds the CRLF for our delayed ACK (40 ms), a
                # stall the proxy would add and Dovecot itself does not cause.
                sock = (writer if src is reader else up_writer).get_extra_info("socket")
                try:
                    while data := await src.read(65536):
                        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
                        if see is not None:
                            see(data)
                        dst.write(data)
                        await dst.drain()
                except (ConnectionError, OSError):
                    pass
                finally:
                    dst.close()

            await asyncio.gather(pump(reader, up_writer, feed), pump(up_reader, writer, back))

        async def start() -> int:
            server = await asyncio.start_server(handle, HOST, 0)
            self.servers.append(server)
            port: int = server.sockets[0].getsockname()[1]
            return port

        return asyncio.run_coroutine_threadsafe(start(), self.loop).result()

    def close(self) -> None:
        async def stop() -> None:
            for server in self.servers:
                server.close()

        asyncio.run_coroutine_threadsafe(stop(), self.loop).result()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


# --- arrivals at the SMTP server --------------------------------------------------------


class Arrivals:
    """Each message's arrival time (perf_counter) at aiosmtpd, keyed by a header."""

    def __init__(self, smtp: SmtpEndpoint) -> None:
        self.cond = threading.Condition()
        self.by_key: dict[str, float] = {}
        original = smtp.messages.add

        def add(item: Any) -> None:
            at = time.perf_counter()
            original(item)
            message = item.message
            key = str(message.get("X-Bench-Seq") or message.get("In-Reply-To") or "")
            with self.cond:
                self.by_key[key] = at
                self.cond.notify_all()

        # The handler calls bag.add(...) on the instance: time it before anything else.
        smtp.messages.add = add  # type: ignore[method-assign]

    def wait(self, key: str, timeout: float = TIMEOUT) -> float:
        with self.cond:
            if not self.cond.wait_for(lambda: key in self.by_key, timeout):
                raise TimeoutError(f"no message for {key} within {timeout:.0f} s")
            return self.by_key[key]


# --- seeding ----------------------------------------------------------------------------


def seed_calendars(url: str, username: str, password: str, now: datetime) -> tuple[int, str]:
    """Practice and Personal with a year of events around `now`; returns (count, Practice URL)."""
    bench_slots.NOW = now.astimezone(TZ).replace(second=0, microsecond=0)
    rng = random.Random(7)
    client = get_davclient(
        url=url, username=username, password=password, check_config_file=False, environment=False
    )
    assert client is not None
    principal: Any = client.get_principal()
    count = 0
    practice_url = ""
    for name, objects in (
        ("Practice", bench_slots.practice(rng)),
        ("Personal", bench_slots.private(rng)),
    ):
        calendar = principal.make_calendar(name=name)
        base = str(calendar.url)
        if name == "Practice":
            practice_url = base
        for n, ics in enumerate(objects):
            response = client.put(
                f"{base}{name.lower()}-{n}.ics", ics, {"Content-Type": "text/calendar"}
            )
            if response.status not in (200, 201, 204):
                raise RuntimeError(f"seeding PUT answered {response.status}")
            count += 1
    return count, practice_url


def roster() -> str:
    lines = []
    for n in range(CLIENTS):
        zone = CLIENT_ZONES[n % len(CLIENT_ZONES)]
        lines.append(
            f"  - {{name: Client{n} Example, email: client{n}@example.org, timezone: {zone}}}"
        )
    return "\n".join(lines)


def request_mail(n: int, marker: str | None = None) -> tuple[bytes, str]:
    message = EmailMessage()
    message["From"] = f"Client{n % CLIENTS} Example <client{n % CLIENTS}@example.org>"
    message["To"] = f"Robin Example <{THERAPIST}>"
    message["Subject"] = "Could we talk?"
    message["Date"] = format_datetime(datetime.now(UTC))
    message_id = make_msgid(f"req{n}", domain="example.org")
    message["Message-ID"] = message_id
    if marker:
        message["X-Bench-Seq"] = marker
    message.set_content(
        "Hi Robin,\n\nsomething came up after our last session and I would like to talk "
        "briefly before next week. Could we have a short call?\n\nThanks,\nClient\n"
    )
    return bytes(message).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"), message_id


# --- the two measurements ---------------------------------------------------------------


def quantiles(values: list[float]) -> tuple[float, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return statistics.median(ordered), p95


def measure_daemon(
    n: int,
    appender: IMAPClient,
    arrivals: Arrivals,
    imap: Tally,
    dav: Tally,
) -> tuple[list[float], float, list[Counter[str]], list[Counter[str]], list[tuple[float, ...]]]:
    """Cold first request (not counted), then n timed ones; latencies and per-request counts."""
    spans: list[tuple[float, ...]] = []  # (APPEND, arrival, back in IDLE), for --trace
    latencies: list[float] = []
    imap_per: list[Counter[str]] = []
    dav_per: list[Counter[str]] = []
    cold = 0.0
    for i in range(n + 1):
        idles = imap.idles
        before_imap, before_dav = imap.snapshot(), dav.snapshot()
        connections = (imap.connections, dav.connections)
        raw, message_id = request_mail(i)
        start = time.perf_counter()
        appender.append("INBOX", raw)
        arrived = arrivals.wait(message_id)
        imap.wait_idle(after=idles)
        time.sleep(0.05)  # let a trailing request (after IDLE) land in this one's tally
        spans.append((start, arrived, time.perf_counter()))
        if i == 0:
            cold = arrived - start
        else:
            latencies.append(arrived - start)
            imap_per.append(imap.snapshot() - before_imap)
            dav_per.append(dav.snapshot() - before_dav)
            imap_per[-1]["(new connections)"] = imap.connections - connections[0]
            dav_per[-1]["(new connections)"] = dav.connections - connections[1]
        time.sleep(PAUSE)
    return latencies, cold, imap_per, dav_per, spans


def timeline(span: tuple[float, ...], imap: Tally, dav: Tally) -> list[str]:
    start, arrived, end = span
    events = [(at, f"IMAP {what}") for at, what in imap.events if start <= at <= end]
    events += [(at, f"DAV  {what}") for at, what in dav.events if start <= at <= end]
    events.append((arrived, "SMTP offer arrived"))
    return [f"  {(at - start) * 1000:7.1f} ms  {what}" for at, what in sorted(events)]


def floor_worker(
    imap_port: int,
    user: str,
    password: str,
    dav: tuple[str, int, str, str],
    smtp: SmtpEndpoint,
    ready: threading.Event,
    done: threading.Event,
    stop: threading.Event,
) -> None:
    """IDLE; on each EXISTS one getctag PROPFIND and one SMTP message, still in IDLE."""
    client = IMAPClient(HOST, imap_port, ssl=False, timeout=TIMEOUT)
    client.login(user, password)
    client.select_folder("INBOX")
    dav_host, dav_port, path, auth = dav
    http_conn = http.client.HTTPConnection(dav_host, dav_port, timeout=TIMEOUT)
    body = (
        '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:" '
        'xmlns:cs="http://calendarserver.org/ns/"><d:prop><cs:getctag/></d:prop></d:propfind>'
    )
    headers = {"Depth": "0", "Content-Type": "application/xml", "Authorization": auth}
    seq = 0
    client.idle()
    ready.set()
    while not stop.is_set():
        responses = client.idle_check(timeout=0.5)
        if not any(isinstance(r, tuple) and r[1:2] == (b"EXISTS",) for r in responses):
            continue
        http_conn.request("PROPFIND", path, body, headers)
        answer = http_conn.getresponse()
        answer.read()
        if answer.status != 207:
            raise RuntimeError(f"PROPFIND answered {answer.status}")
        message = EmailMessage()
        message["From"] = THERAPIST
        message["To"] = "client0@example.org"
        message["Subject"] = "Re: Could we talk?"
        message["X-Bench-Seq"] = f"floor-{seq}"
        message.set_content("A few slots.\n")
        with smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT) as sender:
            sender.login(smtp.username, smtp.password)
            sender.send_message(message)
        seq += 1
        done.set()
    client.idle_done()
    client.logout()


def measure_floor(
    n: int,
    appender: IMAPClient,
    arrivals: Arrivals,
    imap_port: int,
    user: str,
    password: str,
    dav: tuple[str, int, str, str],
    smtp: SmtpEndpoint,
) -> list[float]:
    ready, done, stop = threading.Event(), threading.Event(), threading.Event()
    worker = threading.Thread(
        target=floor_worker,
        args=(imap_port, user, password, dav, smtp, ready, done, stop),
        daemon=True,
    )
    worker.start()
    if not ready.wait(TIMEOUT):
        raise TimeoutError("the floor script did not start")
    time.sleep(PAUSE)
    latencies = []
    for i in range(n + 1):
        done.clear()
        raw, _ = request_mail(i)
        start = time.perf_counter()
        appender.append("INBOX", raw)
        arrived = arrivals.wait(f"floor-{i}")
        if i > 0:  # the first one warms up like the daemon's
            latencies.append(arrived - start)
        done.wait(TIMEOUT)
        time.sleep(PAUSE)
    stop.set()
    worker.join(5)
    return latencies


def proxy_overhead(direct_port: int, proxied_port: int, user: str, password: str) -> float:
    """Median extra seconds per IMAP NOOP round trip through the proxy."""
    medians = []
    for port in (direct_port, proxied_port):
        client = IMAPClient(HOST, port, ssl=False, timeout=TIMEOUT)
        client.login(user, password)
        times = []
        for _ in range(200):
            start = time.perf_counter()
            client.noop()
            times.append(time.perf_counter() - start)
        client.logout()
        medians.append(statistics.median(times))
    return medians[1] - medians[0]


# --- the run ----------------------------------------------------------------------------


@contextmanager
def daemon_process(
    config: Path, env: dict[str, str], log: Path
) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "daemon", "run", "-c", str(config)],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def per_request(counts: list[Counter[str]]) -> tuple[float, str]:
    total: Counter[str] = Counter()
    for count in counts:
        total.update(count)
    runs = max(1, len(counts))
    detail = ", ".join(f"{verb} {number / runs:g}" for verb, number in sorted(total.items()))
    requests = sum(number for verb, number in total.items() if not verb.startswith("("))
    return requests / runs, detail


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--keep-log", action="store_true", help="print the daemon's log")
    parser.add_argument(
        "--profile",
        metavar="FILE",
        help="record the daemon with py-spy (must be installed) into FILE, collapsed stacks",
    )
    parser.add_argument(
        "--trace", type=int, default=0, metavar="K", help="print the timeline of K requests"
    )
    args = parser.parse_args()
    reason = unavailable_reason()
    if reason:
        print(f"cannot run: {reason}", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    with (
        tempfile.TemporaryDirectory(prefix="bench-latency-") as scratch_dir,
        dovecot_server() as dovecot,
        radicale_server(Path(scratch_dir)) as radicale,
        smtp_server() as smtp,
    ):
        scratch = Path(scratch_dir)
        user, password = dovecot.user("therapist")
        print("seeding the calendars ...", flush=True)
        seeded, practice_url = seed_calendars(
            radicale.url, radicale.username, radicale.password, now
        )
        appender = IMAPClient(HOST, dovecot.port, ssl=False, timeout=TIMEOUT)
        appender.login(user, password)
        appender.create_folder("Sent")
        arrivals = Arrivals(smtp)

        proxies = Proxies()
        imap_tally, dav_tally = Tally(), Tally()
        imap_port = proxies.add(
            (HOST, dovecot.port),
            lambda: ImapCommands(imap_tally),
            lambda: ImapAnswers(imap_tally),
        )
        dav_url = urlsplit(radicale.url)
        assert dav_url.port is not None
        dav_port = proxies.add((HOST, dav_url.port), lambda: HttpRequests(dav_tally))

        config = scratch / "config.yaml"
        config.write_text(
            CONFIG.format(
                therapist=THERAPIST,
                imap_port=imap_port,
                imap_user=user,
                smtp_port=smtp.port,
                smtp_user=smtp.username,
                dav_url=f"http://{HOST}:{dav_port}/",
                dav_user=radicale.username,
                clients=roster(),
                state_dir=scratch / "state",
            ),
            encoding="utf-8",
        )
        env = dict(os.environ)
        env.update(
            CMM_BENCH_IMAP=password, CMM_BENCH_SMTP=smtp.password, CMM_BENCH_DAV=radicale.password
        )
        log = scratch / "daemon.log"
        print(f"daemon: {args.requests} requests ...", flush=True)
        with daemon_process(config, env, log) as proc:
            try:
                imap_tally.wait_idle(after=0, timeout=60)
            except TimeoutError:
                print(log.read_text(errors="replace")[-3000:], file=sys.stderr)
                raise
            startup_imap, startup_dav = imap_tally.snapshot(), dav_tally.snapshot()
            spy = None
            if args.profile:
                spy = subprocess.Popen(
                    [
                        *("py-spy", "record", "--pid", str(proc.pid), "--rate", "1000"),
                        *("--format", "raw", "--output", args.profile, "--nonblocking"),
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            time.sleep(PAUSE)
            latencies, cold, imap_per, dav_per, spans = measure_daemon(
                args.requests, appender, arrivals, imap_tally, dav_tally
            )
            if proc.poll() is not None:
                raise RuntimeError("the daemon exited during the run")
            if spy is not None:
                spy.send_signal(signal.SIGINT)
                spy.wait(30)
        if args.keep_log:
            print(log.read_text(errors="replace"))

        print("floor ...", flush=True)
        auth = "Basic " + b64encode(f"{radicale.username}:{radicale.password}".encode()).decode()
        floor_imap, floor_dav = imap_tally.snapshot(), dav_tally.snapshot()
        floor = measure_floor(
            args.requests,
            appender,
            arrivals,
            imap_port,
            user,
            password,
            (HOST, dav_port, urlsplit(practice_url).path, auth),
            smtp,
        )
        floor_imap = imap_tally.snapshot() - floor_imap
        floor_dav = dav_tally.snapshot() - floor_dav
        overhead = proxy_overhead(dovecot.port, imap_port, user, password)
        appender.logout()
        proxies.close()

    shown = spans[1 : 1 + args.trace] + spans[max(1 + args.trace, len(spans) - args.trace) :]
    for span in shown if args.trace else []:
        print("request timeline (from the APPEND):")
        print("\n".join(timeline(span, imap_tally, dav_tally)))
    d_median, d_p95 = quantiles(latencies)
    f_median, f_p95 = quantiles(floor)
    imap_mean, imap_detail = per_request(imap_per)
    dav_mean, dav_detail = per_request(dav_per)
    print()
    print(f"calendar: {seeded} objects in Practice and Personal; {CLIENTS} clients")
    print(f"requests: {len(latencies)} timed (+1 cold, not counted)")
    print("APPEND -> offer at the SMTP server, seconds:")
    print(f"  daemon  median {d_median:.3f}  p95 {d_p95:.3f}  (cold first request {cold:.3f})")
    print(f"  floor   median {f_median:.3f}  p95 {f_p95:.3f}")
    print(
        f"  daemon - floor: median {d_median - f_median:+.3f} (target <= 0.15), "
        f"p95 {d_p95 - f_p95:+.3f} (target <= 0.5)"
    )
    print("per request handled (from the APPEND until the daemon is back in IDLE):")
    print(f"  IMAP commands  {imap_mean:g}: {imap_detail}")
    print(f"  CalDAV requests {dav_mean:g}: {dav_detail}")
    print(f"at start-up: IMAP {dict(startup_imap)}; CalDAV {dict(startup_dav)}")
    print(
        f"floor, all {len(floor) + 1} requests: IMAP {dict(floor_imap)}; CalDAV {dict(floor_dav)}"
    )
    print(f"proxy overhead per IMAP round trip: {overhead * 1000:.2f} ms")
    print(f"daemon latencies: {' '.join(f'{x:.3f}' for x in latencies)}")
    print(f"floor latencies:  {' '.join(f'{x:.3f}' for x in floor)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
