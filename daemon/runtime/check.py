"""`callmemaybe check`: validate the config, then try each server the way the daemon will.

One line per check, `ok` or `FAIL: <reason>`; a failure never stops the other checks,
so one run shows everything that needs fixing. Warnings (`warning: <reason and fix>`) do not
fail the run: a config file others can read, and how client mail is authenticated. URLs are
shown without any `user:password@` they may carry.
"""

from __future__ import annotations

import re
import stat
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit, urlunsplit

from daemon.config.loading import load_config
from daemon.config.schema import Config
from daemon.core.errors import CallMeMaybeError, ConfigError
from daemon.core.mail import authres
from daemon.runtime import wiring

# Long enough for a slow server, short enough that a typo'd host does not hang `check`.
TIMEOUT = 15.0
# How much recent mail `check` reads (headers only, without marking it seen) to see which
# server stamps Authentication-Results, and how much of each message it reads.
RECENT = 20
HEAD_BYTES = 64 * 1024
_AUTH_RESULTS = re.compile(rb"^authentication-results\s*:", re.IGNORECASE)


@dataclass
class _Recent:
    """Which authserv-ids stamped recent INBOX mail; `seen` None: it could not be read."""

    seen: Counter[str] | None = None
    count: int = 0


def run_checks(path: Path, *, config_only: bool, out: TextIO) -> int:
    try:
        config = load_config(path)
    except ConfigError as error:
        for line in error.problems:
            print(f"config: FAIL: {line}", file=out)
        return 2
    print(f"config {path}: ok", file=out)
    warning = _readable_by_others(path)
    if warning:
        print(f"config {path}: warning: {warning}", file=out)
    if config_only:
        _session_warnings(config, out, calendar=False)
        return 0
    failures = 0
    recent = _Recent()
    for label, check in _checks(config, recent):
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
    print(_authentication(config.mail.trust_authserv_id, recent), file=out)
    _session_warnings(config, out, calendar=True)
    return 1 if failures else 0


def _session_warnings(config: Config, out: TextIO, *, calendar: bool) -> None:
    """Warn, never fail, where one client's session notes could land in another's session.

    Clients are named by their place in the config, events by their time: titles and
    names stay out of anything that may be pasted into a ticket.
    """
    from daemon.core.followup import followup

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

    from daemon.flows.followup import coming_conflicts

    try:
        dav = wiring.calendars(config, timeout=TIMEOUT)
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


def display_url(url: str) -> str:
    """`url` fit to print or log: no `user:password@`, no query (it may carry a token)."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    except ValueError:
        return "(unparsable URL)"


def _readable_by_others(path: Path) -> str | None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    if not mode & 0o004:
        return None
    return (
        "every user on this machine can read it, and it names your clients; "
        f"run chmod 640 {path} (the service gets it through LoadCredential=, "
        "see deploy/systemd/README.md)"
    )


def auth_results_of(raw: bytes) -> list[str]:
    """The Authentication-Results values in a message's header, unfolded; linear in its size,
    without the mail library (whose header parser can be made to take minutes)."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    fields: list[bytes] = []
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += b" " + line.strip()
        else:
            fields.append(line)
    return [
        field.decode("utf-8", errors="replace").partition(":")[2]
        for field in fields
        if _AUTH_RESULTS.match(field)
    ]


def _stamps(messages: Iterable[bytes]) -> tuple[Counter[str], int]:
    """How many of `messages` each authserv-id stamped, and how many messages there were."""
    seen: Counter[str] = Counter()
    count = 0
    for raw in messages:
        count += 1
        seen.update(set(authres.authserv_ids(auth_results_of(raw))))
    return seen, count


def _authentication(trusted: str | None, recent: _Recent) -> str:
    seen, count = recent.seen, recent.count
    top = seen.most_common(1)[0] if seen else None
    if trusted:
        if seen is None:
            return f"authentication: ok (trusting {trusted}; recent mail could not be read)"
        found = seen.get(trusted.strip().lower(), 0)
        if found:
            return f"authentication: ok ({trusted}: {found} of the last {count} messages)"
        also = f'; recent mail was stamped by "{top[0]}"' if top else ""
        return (
            f'authentication: warning: no recent message carries "{trusted}" '
            f"(mail.trust_authserv_id){also}: check the name, or client mail is judged by "
            "headers your server may not write"
        )
    plain = (
        "authentication: warning: mail.trust_authserv_id is not set, so client mail is "
        "trusted by its From address alone, which anyone can forge"
    )
    # Only an id on most recent mail is the server's own; any sender can write one header.
    if top and top[1] * 2 >= count:
        return (
            f'{plain}; your server stamps "{top[0]}" ({top[1]} of the last {count} '
            f"messages): set mail.trust_authserv_id: {top[0]}"
        )
    if seen is not None:
        return f"{plain}; the last {count} messages carry no Authentication-Results"
    return plain


def _checks(config: Config, recent: _Recent) -> list[tuple[str, Callable[[], str]]]:
    imap_cfg, smtp_cfg, cal_cfg = config.mail.imap, config.mail.smtp, config.calendar

    def imap() -> str:

        box = wiring.mailbox(config, timeout=TIMEOUT)
        with box:
            box.select(imap_cfg.inbox)
            notes = ["IDLE" if box.has_idle() else "no IDLE: will poll"]
            if config.mail.sent_folder and not box.folder_exists(config.mail.sent_folder):
                raise CallMeMaybeError(
                    f'IMAP folder "{config.mail.sent_folder}" (mail.sent_folder) not found'
                )
            # BODY.PEEK: the therapist's unread mail stays unread.
            fetched = box.fetch(box.uids_after(0)[-RECENT:], max_bytes=HEAD_BYTES)
            recent.seen, recent.count = _stamps(item.raw for item in fetched)
        return f"{imap_cfg.inbox} selected, {', '.join(notes)}"

    def smtp() -> str:

        wiring.outbox(config, timeout=TIMEOUT).check()
        return "authenticated, nothing sent"

    def calendars() -> str:

        dav = wiring.calendars(config, timeout=TIMEOUT)
        wanted = [cal_cfg.book_into, *(cal_cfg.busy_from or ())]
        found = dav.find(dict.fromkeys(wanted))
        if cal_cfg.busy_from is None:
            return f"found {cal_cfg.book_into!r}; busy time from all {len(dav.names())} calendars"
        return "found " + ", ".join(repr(name) for name in found)

    return [
        (f"imap {imap_cfg.host}:{imap_cfg.port}", imap),
        (f"smtp {smtp_cfg.host}:{smtp_cfg.port}", smtp),
        (f"caldav {display_url(cal_cfg.url)}", calendars),
    ]
