"""Logging as journald reads it best, and as a terminal reads it otherwise."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

SNIPPET = (
    "import logging; from daemon.adapters import logs; logs.setup('info');"
    "log = logging.getLogger('callmemaybe.test');"
    "log.warning('queue is long'); log.error('imap down'); log.info('ready');"
    "log.debug('hidden')"
)
REPO = Path(__file__).resolve().parent.parent.parent


def run_with_stderr_to(path: Path, journal: bool) -> str:
    with path.open("wb") as err:
        env = dict(os.environ, PYTHONPATH=str(REPO))
        env.pop("JOURNAL_STREAM", None)
        if journal:
            info = os.fstat(err.fileno())
            env["JOURNAL_STREAM"] = f"{info.st_dev}:{info.st_ino}"
        subprocess.run([sys.executable, "-c", SNIPPET], stderr=err, env=env, check=True, timeout=60)
    return path.read_text()


def test_under_journald_lines_carry_syslog_priorities_and_no_timestamps(tmp_path: Path) -> None:
    lines = run_with_stderr_to(tmp_path / "journal", journal=True).splitlines()
    assert lines == [
        "<4>callmemaybe.test: queue is long",
        "<3>callmemaybe.test: imap down",
        "<6>callmemaybe.test: ready",
    ]


def test_on_a_terminal_lines_carry_time_and_level(tmp_path: Path) -> None:
    text = run_with_stderr_to(tmp_path / "term", journal=False)
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d WARNING callmemaybe.test: queue is long", text)
    assert "hidden" not in text
