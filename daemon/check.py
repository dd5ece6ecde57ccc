"""`callmemaybe check`: validate the config, then try each server the way the daemon will.

One line per check, `ok` or `FAIL: <reason>`; a failure never stops the other checks,
so one run shows everything that needs fixing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from daemon.config import Config, load_config
from daemon.errors import CallMeMaybeError, ConfigError
from daemon.secrets import read_password

# Long enough for a slow server, short enough that a typo'd host does not hang `check`.
TIMEOUT = 15.0


def run_checks(path: Path, *, config_only: bool, out: TextIO) -> int:
    try:
        config = load_config(path)
    except ConfigError as error:
        for line in error.problems:
            print(f"config: FAIL: {line}", file=out)
        return 2
    print(f"config {path}: ok", file=out)
    if config_only:
        _session_warnings(config, out, calendar=False)
        return 0
    failures = 0
    for label, check in _checks(config):
        try:
            detail = check()
        except CallMeMaybeError as error:
            print(f"{label}: FAIL: {error}", file=out)
            failures += 1
        except OSError as error:  # anything the adapters did not translate
            print(f"{label}: FAIL: {error.strerror or error}", file=out)
            failures += 1
        else:
            print(f"{label}: ok{f' ({detail})' if detail else ''}", file=out)
        out.flush()
    _session_warnings(config, out, calendar=True)
    return 1 if failures else 0


def _session_warnings(config: Config, out: TextIO, *, calendar: bool) -> None:
    """Warn, never fail, where one client's session notes could land in another's session.

    Clients are named by their place in the config, events by their time: titles and
    names stay out of anything that may be pasted into a ticket.
    """
    from daemon import followup

    clients = config.clients
    pairs = followup.pattern_conflicts([c.name for c in clients], [c.sessions for c in clients])
    for i, j in pairs:
        print(
            f"config: warning: clients[{i}].sessions also matches the session title of"
            f" clients[{j}]; make it more exact, or neither gets notes in such a session",
            file=out,
        )
    if not calendar:
        return
    from datetime import UTC, datetime

    from daemon.dav import Calendars
    from daemon.notes import coming_conflicts

    cal = config.calendar
    try:
        password = read_password(cal.password_from, "caldav", cal.username)
        dav = Calendars(cal.url, cal.username, password, timeout=TIMEOUT)
        found = coming_conflicts(config, dav, datetime.now(UTC))
    except (CallMeMaybeError, OSError):
        return  # the caldav line above already says what is wrong
    for conflict in found:
        when = conflict.start.astimezone(config.therapist.tz).strftime("%a %Y-%m-%d %H:%M")
        who = " and ".join(f"clients[{i}]" for i in conflict.clients)
        print(
            f"calendar: warning: the session on {when} matches {who}; no notes go into it"
            " until its title or their sessions setting tells them apart",
            file=out,
        )


def _checks(config: Config) -> list[tuple[str, Callable[[], str]]]:
    imap_cfg, smtp_cfg, cal_cfg = config.mail.imap, config.mail.smtp, config.calendar

    def imap() -> str:
        from daemon.imap import Mailbox

        password = read_password(imap_cfg.password_from, "imap", imap_cfg.username)
        box = Mailbox(
            imap_cfg.host,
            imap_cfg.port,
            imap_cfg.security,
            imap_cfg.username,
            password,
            timeout=TIMEOUT,
        )
        with box:
            box.select(imap_cfg.inbox)
            notes = ["IDLE" if box.has_idle() else "no IDLE: will poll"]
            if config.mail.sent_folder and not box.folder_exists(config.mail.sent_folder):
                raise CallMeMaybeError(
                    f'IMAP folder "{config.mail.sent_folder}" (mail.sent_folder) not found'
                )
        return f"{imap_cfg.inbox} selected, {', '.join(notes)}"

    def smtp() -> str:
        from daemon.smtp import Outbox

        password = read_password(smtp_cfg.password_from, "smtp", smtp_cfg.username)
        Outbox(
            smtp_cfg.host,
            smtp_cfg.port,
            smtp_cfg.security,
            smtp_cfg.username,
            password,
            timeout=TIMEOUT,
        ).check()
        return "authenticated, nothing sent"

    def calendars() -> str:
        from daemon.dav import Calendars

        password = read_password(cal_cfg.password_from, "caldav", cal_cfg.username)
        dav = Calendars(cal_cfg.url, cal_cfg.username, password, timeout=TIMEOUT)
        wanted = [cal_cfg.book_into, *(cal_cfg.busy_from or ())]
        found = dav.find(dict.fromkeys(wanted))
        if cal_cfg.busy_from is None:
            return f"found {cal_cfg.book_into!r}; busy time from all {len(dav.names())} calendars"
        return "found " + ", ".join(repr(name) for name in found)

    return [
        (f"imap {imap_cfg.host}:{imap_cfg.port}", imap),
        (f"smtp {smtp_cfg.host}:{smtp_cfg.port}", smtp),
        (f"caldav {cal_cfg.url}", calendars),
    ]
