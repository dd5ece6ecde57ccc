"""A full disk under the state directory: `callmemaybe run` stays up, says so, and answers
the request that came meanwhile exactly once after space comes back.

The state directory is a small tmpfs of its own (needs root: mount(2)); without root the
test is skipped, since filling the real file system of a shared machine is no test."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.rig.practice import REPO, Practice, mail
from tests.rig.systemd import Systemd, start


@pytest.fixture
def systemd(tmp_path: Path) -> Iterator[Systemd]:
    listener = Systemd(tmp_path / "notify")
    yield listener
    listener.sock.close()


@pytest.fixture
def small_state_dir(practice: Practice) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("needs root to mount a small tmpfs as the state directory")
    where = practice.config.state_dir
    where.mkdir(mode=0o700, parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(directory: Path) -> Path:
    """Write until the file system says ENOSPC; returns the filler to delete later."""
    filler = directory / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 1):  # down to the last byte, so not even a page is left
            with contextlib.suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    return filler


def status(practice: Practice) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daemon", "status", "-c", str(practice.path)],
        cwd=REPO,
        env=practice.env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


def offers_to(practice: Practice, address: str) -> int:
    return sum(address in str(m["To"]) for m in practice.sent())


def test_a_full_disk_is_waited_out_and_the_request_answered_once(
    practice: Practice, systemd: Systemd, small_state_dir: Path
) -> None:
    daemon = start(practice, systemd, WATCHDOG_USEC="4000000")
    try:
        systemd.until("READY=1")
        practice.imap.append(mail("Could we talk?"))
        practice.smtp.messages.wait_for(1, 60)
        systemd.until("mails queued")
        filler = fill(small_state_dir)
        practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
        problem = systemd.until("STATUS=retrying", timeout=90)
        assert "disk full" in problem
        assert daemon.poll() is None  # still up
        shown = status(practice)
        assert shown.returncode == 1 and "DISK FULL" in shown.stdout
        assert offers_to(practice, "bob@example.net") == 0
        filler.unlink()
        practice.smtp.messages.wait_for(2, 400)  # the backoff may have grown meanwhile
        systemd.until("mails queued", timeout=60)  # a whole pass went through since
        daemon.send_signal(signal.SIGTERM)
        assert daemon.wait(timeout=30) == 0
    finally:
        daemon.kill()
        output = daemon.communicate()[0]
    assert offers_to(practice, "bob@example.net") == 1
    assert offers_to(practice, "ann@example.org") == 1
    assert "Traceback" not in output and "unexpected" not in output
    assert "disk full" in output
    assert "bob@example.net" not in output and "Bob" not in output
