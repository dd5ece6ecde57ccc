"""A stand-in for systemd around `callmemaybe run`: a real AF_UNIX datagram socket as
NOTIFY_SOCKET, and the daemon started as a subprocess or in a thread of the test."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

from daemon.adapters.systemd import Notifier
from daemon.runtime.runner import Runner
from tests.rig.practice import REPO, Practice


class Systemd:
    """Listens where the daemon's sd_notify messages arrive."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.5)
        self.heard: list[str] = []

    def until(self, wanted: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                message = self.sock.recv(4096).decode()
            except TimeoutError:
                continue
            self.heard.append(message)
            if wanted in message:
                return message
        raise AssertionError(f"never heard {wanted!r}; heard {self.heard}")


def start(practice: Practice, systemd: Systemd, **env: str) -> subprocess.Popen[str]:
    """`callmemaybe run` as systemd would start it (stdout and stderr together)."""
    return subprocess.Popen(
        [sys.executable, "-m", "daemon", "run", "-c", str(practice.path)],
        cwd=REPO,
        env=practice.env(NOTIFY_SOCKET=systemd.path, **env),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


class InProcess:
    """`Runner.run` in a thread of the test, for what a subprocess cannot be given (a short
    busy timeout). Short IDLE slices (a 2 s watchdog) let `stop` take effect quickly."""

    def __init__(self, practice: Practice, systemd: Systemd) -> None:
        notifier = Notifier({"NOTIFY_SOCKET": systemd.path, "WATCHDOG_USEC": "2000000"})
        self.runner = Runner(practice.config, practice.path, notifier=notifier)
        self.error: BaseException | None = None
        self.code: int | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.code = self.runner.run()
        except BaseException as error:  # what would have ended the process
            self.error = error

    def stop(self) -> None:
        self.runner._stop.set()
        self.thread.join(timeout=30)
