"""Logging to stderr, in the form journald reads best when it is there.

Client names, addresses, subjects and bodies never go into a log line: callers name
clients by the opaque id from the store. This module cannot check that; tests grep.
"""

from __future__ import annotations

import logging
import os
import sys

# syslog priorities, which journald reads from a "<N>" prefix.
_PRIORITY = {
    logging.DEBUG: 7,
    logging.INFO: 6,
    logging.WARNING: 4,
    logging.ERROR: 3,
    logging.CRITICAL: 2,
}


class _JournalFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        prefix = f"<{_PRIORITY.get(record.levelno, 6)}>"
        return "\n".join(prefix + line for line in super().format(record).splitlines())


def under_journald(environ: dict[str, str] | None = None) -> bool:
    """True when stderr is the journal (systemd sets JOURNAL_STREAM to its device:inode)."""
    value = (environ if environ is not None else dict(os.environ)).get("JOURNAL_STREAM", "")
    if not value:
        return False
    try:
        device, inode = (int(part) for part in value.split(":"))
        info = os.fstat(sys.stderr.fileno())
    except (ValueError, OSError):
        return False
    return (info.st_dev, info.st_ino) == (device, inode)


def setup(level: str = "info", *, journal: bool | None = None) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if journal if journal is not None else under_journald():
        # journald stamps time and unit itself.
        handler.setFormatter(_JournalFormatter("%(name)s: %(message)s"))
    else:
        handler.setFormatter(
            logging.Formatter(
                "%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%d %H:%M:%S"
            )
        )
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    # Libraries below us may log request bodies or headers at debug level (caldav logs
    # whole iCalendar objects): keep them quiet whatever our own level is.
    for noisy in ("caldav", "imapclient", "urllib3", "requests", "niquests", "mail.log"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
