"""sd_notify against a real AF_UNIX datagram socket, as systemd would listen."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from daemon.adapters.systemd import Notifier


@pytest.fixture
def notify_socket(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = str(tmp_path / "notify")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(2)
    yield sock, path
    sock.close()


def received(sock: socket.socket) -> str:
    return sock.recv(4096).decode()


def test_outside_systemd_nothing_is_sent_and_nothing_fails() -> None:
    notifier = Notifier({})
    assert not notifier.enabled
    notifier.ready("ready")
    notifier.watchdog()


def test_ready_status_and_stopping_reach_the_socket(
    notify_socket: tuple[socket.socket, str],
) -> None:
    sock, path = notify_socket
    notifier = Notifier({"NOTIFY_SOCKET": path})
    notifier.ready("watching INBOX")
    assert received(sock) == "READY=1\nSTATUS=watching INBOX"
    notifier.status("0 mails queued")
    assert received(sock) == "STATUS=0 mails queued"
    notifier.reloading()
    assert received(sock).startswith("RELOADING=1\nMONOTONIC_USEC=")
    notifier.stopping()
    assert received(sock) == "STOPPING=1"


def test_the_watchdog_is_pinged_at_half_its_interval(
    notify_socket: tuple[socket.socket, str],
) -> None:
    sock, path = notify_socket
    notifier = Notifier(
        {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "10000000", "WATCHDOG_PID": str(os.getpid())}
    )
    notifier.watchdog(now=100.0)
    assert received(sock) == "WATCHDOG=1"
    notifier.watchdog(now=102.0)  # too soon: nothing
    sock.settimeout(0.2)
    with pytest.raises(TimeoutError):
        sock.recv(4096)
    notifier.watchdog(now=105.5)
    assert received(sock) == "WATCHDOG=1"


def test_a_watchdog_meant_for_another_process_is_ignored(tmp_path: Path) -> None:
    notifier = Notifier(
        {"NOTIFY_SOCKET": str(tmp_path / "x"), "WATCHDOG_USEC": "1000000", "WATCHDOG_PID": "1"}
    )
    assert notifier.watchdog_interval is None


def test_a_vanished_socket_is_not_an_error(tmp_path: Path) -> None:
    Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone")}).ready("ready")
