"""Throw-away mail and calendar servers on 127.0.0.1, for `callmemaybe demo` and the tests.

Everything here runs as the invoking user with only the Python package installed:
Radicale (CalDAV) and pymap (IMAP) as child processes, aiosmtpd (SMTP) in a thread.
Each context manager waits until its server answers, and on exit stops it and removes
whatever it wrote. pymap keeps mail in memory, so it is for the demo only: the real-server
tests use Dovecot (tests/rig).
"""

from __future__ import annotations

import email
import email.policy
import logging
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"
START_TIMEOUT = 20.0


class ServerStartError(RuntimeError):
    """A loopback server did not come up; the message says which and why."""


def free_port(host: str = HOST) -> int:
    """A port nobody listens on right now (the OS picks it; a tiny race remains)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(
    host: str,
    port: int,
    timeout: float = START_TIMEOUT,
    proc: subprocess.Popen[bytes] | None = None,
    greeting: bool = False,
) -> None:
    """Return once `host:port` accepts a connection (and, with `greeting`, sends a line)."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    last = "no answer"
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise ServerStartError(f"server for port {port} exited with code {proc.returncode}")
        try:
            with socket.create_connection((host, port), timeout=1.0) as sock:
                if not greeting:
                    return
                sock.settimeout(max(0.1, deadline - time.monotonic()))
                if sock.recv(1024):
                    return
                last = "connection closed before the greeting"
        except OSError as error:
            last = type(error).__name__
        time.sleep(delay)
        delay = min(delay * 2, 0.2)
    raise ServerStartError(f"nothing answered on {host}:{port} within {timeout:.0f}s ({last})")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextmanager
def _running(args: list[str], root: Path, port: int, greeting: bool) -> Iterator[None]:
    """Run `args` in `root` until the block ends; its output goes to `root/server.log`."""
    log_path = root / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, cwd=root
        )
    try:
        try:
            wait_for_port(HOST, port, proc=proc, greeting=greeting)
        except ServerStartError as error:
            # The server's own last words; it has seen no user data yet.
            tail = log_path.read_text(errors="replace").strip().splitlines()[-5:]
            raise ServerStartError(f"{error}: {' | '.join(tail)}") from None
        yield
    finally:
        _stop(proc)


@contextmanager
def _scratch_dir(parent: Path | None, prefix: str) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


# --- CalDAV: Radicale -------------------------------------------------------------------


@dataclass(frozen=True)
class DavEndpoint:
    """A running Radicale: `url` is the server root; caldav finds the principal from there."""

    url: str
    username: str
    password: str
    htpasswd: Path

    def add_user(self, username: str, password: str) -> DavEndpoint:
        """Another account on the same server (Radicale re-reads the file on every login)."""
        if ":" in username or "\n" in username + password:
            raise ValueError("user name must not contain ':' or a line break")
        with self.htpasswd.open("a", encoding="utf-8") as file:
            file.write(f"{username}:{password}\n")
        return DavEndpoint(self.url, username, password, self.htpasswd)


def _radicale_config(folder: Path, htpasswd: Path, port: int) -> str:
    # Radicale's config format has no inline comments; `delay = 0` keeps refused logins fast.
    return (
        f"[server]\nhosts = {HOST}:{port}\n\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {htpasswd}\n"
        "htpasswd_encryption = plain\ndelay = 0\n\n"
        f"[storage]\nfilesystem_folder = {folder}\n\n"
        "[logging]\nlevel = warning\n"
    )


@contextmanager
def radicale_server(
    tmpdir: Path | None = None, username: str = "therapist", password: str | None = None
) -> Iterator[DavEndpoint]:
    """Run Radicale on a free loopback port with one htpasswd user; `tmpdir` is the parent."""
    password = password or secrets.token_urlsafe(12)
    with _scratch_dir(tmpdir, "radicale-") as root:
        htpasswd = root / "htpasswd"
        htpasswd.write_text(f"{username}:{password}\n", encoding="utf-8")
        port = free_port()
        config = root / "config"
        config.write_text(_radicale_config(root / "collections", htpasswd, port), encoding="utf-8")
        args = [sys.executable, "-m", "radicale", "--config", str(config)]
        with _running(args, root, port, greeting=False):
            yield DavEndpoint(f"http://{HOST}:{port}/", username, password, htpasswd)


# --- IMAP: pymap --------------------------------------------------------------------------


@dataclass(frozen=True)
class ImapEndpoint:
    host: str
    port: int
    username: str
    password: str


@contextmanager
def imap_server(
    tmpdir: Path | None = None,
    username: str = "therapist",
    password: str | None = None,
    demo_data: bool = False,
) -> Iterator[ImapEndpoint]:
    """Run pymap's in-memory backend with one user whose INBOX starts empty.

    pymap has no `__main__` module, so its entry point is called through `-c`. The dict
    backend keeps mail in memory: nothing is written, the scratch dir is only its cwd.
    """
    password = password or secrets.token_urlsafe(12)
    port = free_port()
    args = [
        sys.executable,
        "-c",
        "import sys; from pymap.main import main; sys.exit(main())",
        "--host",
        HOST,
        "--port",
        str(port),
        "--no-tls",
        "dict",
        "--demo-user",
        username,
        # One argument: a random password may begin with "-", which argparse takes for an option.
        f"--demo-password={password}",
    ]
    if demo_data:
        args.append("--demo-data")
    with _scratch_dir(tmpdir, "pymap-") as root, _running(args, root, port, greeting=True):
        yield ImapEndpoint(HOST, port, username, password)


# --- SMTP: aiosmtpd -----------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    """One message as the SMTP server got it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage


class Mailbag:
    """Thread-safe store of received messages; tests wait on it instead of sleeping."""

    def __init__(self) -> None:
        self._items: list[Received] = []
        self._cond = threading.Condition()

    def add(self, item: Received) -> None:
        with self._cond:
            self._items.append(item)
            self._cond.notify_all()

    def clear(self) -> None:
        with self._cond:
            self._items.clear()

    def snapshot(self) -> list[Received]:
        with self._cond:
            return list(self._items)

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        """All messages once there are at least `count`; TimeoutError if they never come."""
        # Polled, not Condition.wait_for: a timed lock wait takes an absolute monotonic
        # deadline, which libfaketime shifts, so the suite under faketime would hang here.
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                if len(self._items) >= count:
                    return list(self._items)
                got = len(self._items)
            if time.monotonic() >= deadline:
                raise TimeoutError(f"expected {count} message(s), got {got}")
            time.sleep(0.02)

    def __len__(self) -> int:
        with self._cond:
            return len(self._items)

    def __iter__(self) -> Iterator[Received]:
        return iter(self.snapshot())

    def __getitem__(self, index: int) -> Received:
        with self._cond:
            return self._items[index]


@dataclass(frozen=True)
class SmtpEndpoint:
    host: str
    port: int
    username: str
    password: str
    messages: Mailbag = field(compare=False)


class _Keeper:
    """aiosmtpd handler: refuse senders that did not log in, parse and keep every message."""

    def __init__(self, bag: Mailbag) -> None:
        self.bag = bag

    # aiosmtpd's own `auth_required` warns on every connection without TLS; the same rule
    # enforced here keeps a client that forgets to log in from passing the tests.
    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        raw: bytes = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.bag.add(Received(envelope.mail_from, tuple(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


def _authenticator(username: str, password: str) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = (
            mechanism in ("LOGIN", "PLAIN")
            and isinstance(data, LoginPassword)
            and secrets.compare_digest(data.login, username.encode())
            and secrets.compare_digest(data.password, password.encode())
        )
        # handled=False lets aiosmtpd answer the refusal itself (535).
        return AuthResult(success=ok, handled=False)

    return check


@contextmanager
def smtp_server(username: str = "therapist", password: str | None = None) -> Iterator[SmtpEndpoint]:
    """aiosmtpd in a thread: one account, AUTH PLAIN/LOGIN over plain loopback, required."""
    password = password or secrets.token_urlsafe(12)
    bag = Mailbag()
    port = free_port()
    controller = Controller(
        _Keeper(bag),
        hostname=HOST,
        port=port,
        authenticator=_authenticator(username, password),
        auth_require_tls=False,
    )
    # aiosmtpd logs a deprecation warning of its own on every login; not ours to show.
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    controller.start()
    try:
        yield SmtpEndpoint(HOST, port, username, password, bag)
    finally:
        controller.stop()
