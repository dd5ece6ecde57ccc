"""`callmemaybe run` under a stand-in for systemd: a real AF_UNIX datagram socket as
NOTIFY_SOCKET, real signals, the real servers."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.rig.practice import Practice, mail
from tests.rig.systemd import Systemd, start


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[Systemd]:
    listener = Systemd(tmp_path / "notify")
    yield listener
    listener.sock.close()


def wait_for_mail(practice: Practice, count: int, timeout: float = 20) -> None:
    practice.smtp.messages.wait_for(count, timeout)


def test_ready_status_watchdog_and_a_clean_stop(practice: Practice, systemd: Systemd) -> None:
    daemon = start(practice, systemd, WATCHDOG_USEC="2000000")
    try:
        ready = systemd.until("READY=1")
        assert "STATUS=watching INBOX" in ready
        status = systemd.until("mails queued")
        assert "next calendar check" in status
        systemd.until("WATCHDOG=1", timeout=5)
        systemd.until("WATCHDOG=1", timeout=5)  # again: fed from the loop, while idle
        practice.imap.append(mail("Could we talk?"))
        wait_for_mail(practice, 1)
        daemon.send_signal(signal.SIGTERM)
        systemd.until("STOPPING=1", timeout=10)
        assert daemon.wait(timeout=10) == 0
    finally:
        daemon.kill()
        output = daemon.communicate()[0]
    assert "Traceback" not in output


def test_sighup_with_a_broken_config_keeps_the_running_one(
    practice: Practice, systemd: Systemd
) -> None:
    daemon = start(practice, systemd)
    try:
        systemd.until("READY=1")
        good = practice.path.read_text()
        practice.path.write_text(good.replace("length: 15m", "length: 15 minutes"))
        daemon.send_signal(signal.SIGHUP)
        systemd.until("RELOADING=1")
        systemd.until("config reload refused")
        practice.imap.append(mail("Could we talk?"))
        wait_for_mail(practice, 1)  # still answering, with the old config
        practice.path.write_text(good.replace("offer: 3", "offer: 2"))
        daemon.send_signal(signal.SIGHUP)
        systemd.until("RELOADING=1")
        systemd.until("READY=1")
        # Another client: Ann's open offer would only be sent to her again, unchanged.
        practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
        wait_for_mail(practice, 2)
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=10) == 0
    finally:
        daemon.kill()
        output = daemon.communicate()[0]
    assert 'calls.length: "15 minutes"' in output or "calls.length" in output
    assert "new config refused" in output and "Traceback" not in output
    second = practice.sent()[1]
    body = second.get_body(preferencelist=("plain",))
    assert body is not None
    lines = body.get_content().splitlines()
    assert any(line.strip().startswith("2.") for line in lines)
    assert not any(line.strip().startswith("3.") for line in lines)


def test_servers_down_at_boot_still_make_a_good_start(practice: Practice, systemd: Systemd) -> None:
    text = practice.path.read_text()
    port = str(practice.imap.port)
    practice.path.write_text(text.replace(f"port: {port},", "port: 1,"))
    daemon = start(practice, systemd)
    try:
        assert "READY=1" in systemd.until("READY=1")
        assert "retrying" in systemd.until("STATUS=retrying")
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=10) == 0
    finally:
        daemon.kill()
        output = daemon.communicate()[0]
    assert "Traceback" not in output
