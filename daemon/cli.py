"""The `callmemaybe` command: the composition root, and the one place errors become exit codes.

Every failure a user can meet is one line on stderr naming the fix; tracebacks only
with `--debug`. Exit codes: 0 fine, 1 a server or the state database failed (try again),
2 the config or a password needs fixing, 3 the state database is corrupted (see the message).
"""

from __future__ import annotations

import argparse
import getpass
import importlib.util
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from daemon import __version__
from daemon.core.errors import CallMeMaybeError, ConfigError, UserError

if TYPE_CHECKING:
    from daemon.config.schema import Config
    from daemon.store.db import Store

log = logging.getLogger("callmemaybe")

DEFAULT_CONFIG = Path("/etc/callmemaybe/config.yaml")


def config_path(given: str | None, environ: dict[str, str] | None = None) -> Path:
    """`-c`, else $CALLMEMAYBE_CONFIG, else /etc/callmemaybe/config.yaml."""
    env = environ if environ is not None else dict(os.environ)
    return Path(given or env.get("CALLMEMAYBE_CONFIG") or DEFAULT_CONFIG)


def _load(args: argparse.Namespace) -> Config:
    from daemon.config.loading import load_config

    return load_config(config_path(args.config))


# --- commands -------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from daemon.runtime.check import run_checks

    path = config_path(args.config)
    return run_checks(path, config_only=args.config_only, out=sys.stdout)


def cmd_slots(args: argparse.Namespace) -> int:
    from daemon.core.render import slot_lines
    from daemon.flows.availability import hours_text, offerable_slots
    from daemon.runtime import wiring

    config = _load(args)
    client = None
    if args.client:
        client = config.client_for(args.client)
        if client is None:
            raise UserError(f"{args.client} is not in clients in {config.source}")
    now = datetime.now(UTC)
    calendars = wiring.calendars(config)
    slots = offerable_slots(config, calendars, now, client=client)
    tz = client.tz if client is not None else config.therapist.tz
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "start": slot.start.astimezone(tz).isoformat(),
                        "end": slot.end.astimezone(tz).isoformat(),
                        "therapist_start": slot.start.astimezone(config.therapist.tz).isoformat(),
                    }
                    for slot in slots
                ],
                indent=2,
            )
        )
        return 0
    if not slots:
        rules = "the windows, the client's hours," if client is not None else "the windows,"
        print(f"No free slot in the horizon: {rules} the calendar and the caps leave none.")
    for number, line in enumerate(
        slot_lines(slots, tz, config.therapist.tz, config.therapist.language), start=1
    ):
        print(f"{number}. {line}")
    if client is not None:
        print(hours_text(config, client))
    elif slots:
        print("Each client is offered only those inside their own hours: see slots --client EMAIL.")
    return 0


def cmd_set_password(args: argparse.Namespace) -> int:
    from daemon.config.secrets import store_password

    config = _load(args)
    username = {
        "imap": config.mail.imap.username,
        "smtp": config.mail.smtp.username,
        "caldav": config.calendar.username,
    }[args.kind]
    if not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"{args.kind} password for {username}: ")
    if not password:
        raise UserError("no password given; nothing stored")
    store_password(args.kind, username, password)
    print(f"stored the {args.kind} password for {username} in the keyring")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from daemon.adapters import logs
    from daemon.runtime.runner import Runner

    path = config_path(args.config)
    config = _load(args)
    logs.setup("debug" if args.debug else config.log_level)
    return Runner(config, path, dry_run=args.dry_run).run()


def cmd_once(args: argparse.Namespace) -> int:
    from daemon.runtime.runner import run_once

    config = _load(args)
    from daemon.adapters import logs

    logs.setup("debug" if args.debug else config.log_level)
    return run_once(config, dry_run=args.dry_run)


def cmd_status(args: argparse.Namespace) -> int:
    from daemon.config.values import parse_duration
    from daemon.runtime.status import read_status, render
    from daemon.store.db import Store

    config = _load(args)
    try:
        max_age = parse_duration(args.max_age)
    except ValueError as error:
        raise UserError(f"--max-age: {error}") from None
    now = datetime.now(UTC)
    store = Store.open(config.state_dir, readonly=True)
    try:
        text, code = render(
            read_status(store, now, config.therapist.tz), now, config.therapist.tz, max_age
        )
    finally:
        store.close()
    print(text)
    return code


def cmd_calls(args: argparse.Namespace) -> int:
    from daemon.core.reports.calllog import render
    from daemon.flows.reports import call_rows
    from daemon.store.db import Store

    config = _load(args)
    since = None
    if args.since:
        try:
            day = date.fromisoformat(args.since)
        except ValueError:
            raise UserError(f"--since: {args.since!r} is not a date like 2026-11-01") from None
        since = datetime.combine(day, time(0), config.therapist.tz)
    store = Store.open(config.state_dir, readonly=True)
    try:
        rows = call_rows(store, config, client_email=args.client, since=since)
    finally:
        store.close()
    print(render(rows, args.format, config.therapist.tz), end="")
    return 0


def _send_digest(config: Config, store: Store, text: str, now: datetime) -> int:
    """Queue the digest; send it now unless the daemon runs (its next pass sends it then)."""
    from daemon.core.records import OutboxState
    from daemon.flows import effects
    from daemon.flows.reports import queue_digest
    from daemon.runtime import wiring
    from daemon.runtime.service import AlreadyRunning, lock_state, unlock_state
    from daemon.store import outbox as outbox_store

    composer = wiring.composer(config)
    try:
        lock = lock_state(config.state_dir)
    except AlreadyRunning:
        queue_digest(config, store, text, now, composer)
        print(f"queued the digest for {config.alert_address}: the running daemon sends it")
        return 0
    try:
        outbox = wiring.outbox(config)
        message_id = queue_digest(config, store, text, now, composer)
        effects.send_mail(store, outbox, now, only=message_id)
    finally:
        unlock_state(lock)
    state = outbox_store.state_of(store.db, message_id)
    if state is not None and state[0] == OutboxState.SENT:
        print(f"sent the digest to {config.alert_address}")
        return 0
    why = state[1] if state is not None and state[1] else "not sent"
    print(
        f"callmemaybe: the digest is queued but not sent yet ({why}); "
        "it goes out when the daemon next runs",
        file=sys.stderr,
    )
    return 1


def cmd_digest(args: argparse.Namespace) -> int:
    from daemon.core.reports.digest import digest_week
    from daemon.flows.reports import weekly_digest
    from daemon.store.db import Store

    config = _load(args)
    now = datetime.now(UTC)
    store = Store.open(config.state_dir, readonly=not args.send)
    try:
        text = weekly_digest(store, config, digest_week(now, config.therapist.tz))
        if args.send:
            return _send_digest(config, store, text, now)
        else:
            print(text)
    finally:
        store.close()
    return 0


DEMO_SERVERS = ("radicale", "aiosmtpd", "pymap")


def cmd_demo(args: argparse.Namespace) -> int:
    # The demo's own servers are an extra, not dependencies of the service.
    missing = [name for name in DEMO_SERVERS if importlib.util.find_spec(name) is None]
    if missing:
        raise UserError(
            f"the demo needs its own servers ({', '.join(missing)} missing): "
            "pip install 'callmemaybe[demo]' (from a checkout: pip install '.[demo]')"
        )
    from daemon.demo.demo import run_demo

    return run_demo(out=sys.stdout)


# --- parsing --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callmemaybe",
        description="Answers clients' emails asking to talk with call slots from the "
        "therapist's real free time, and books the one they pick.",
    )
    parser.add_argument("--version", action="version", version=f"callmemaybe {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str, config: bool = True
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        if config:
            command.add_argument(
                "-c",
                "--config",
                metavar="CONFIG",
                help="config file (default: $CALLMEMAYBE_CONFIG or /etc/callmemaybe/config.yaml)",
            )
        command.set_defaults(handler=handler)
        return command

    dry_help = (
        "send nothing and write nothing to the calendar: every mail goes to the "
        "IMAP Drafts folder instead (also `dry_run: true` in the config)"
    )
    run = add("run", cmd_run, "watch the inbox and answer call requests until stopped")
    run.add_argument("--dry-run", action="store_true", help=dry_help)
    once = add("once", cmd_once, "do one full pass and exit (also for cron)")
    once.add_argument("--dry-run", action="store_true", help=dry_help)
    check = add("check", cmd_check, "validate the config and try every server")
    check.add_argument(
        "--config-only",
        action="store_true",
        help="only validate the config file; contact no server",
    )
    slots = add("slots", cmd_slots, "print the call slots that would be offered now")
    slots.add_argument("--client", metavar="EMAIL", help="show them in this client's timezone")
    slots.add_argument("--json", action="store_true", help="machine-readable output")
    status = add(
        "status", cmd_status, "how the daemon is doing, from its state alone (a monitoring probe)"
    )
    status.add_argument(
        "--max-age",
        default="15m",
        metavar="DURATION",
        help="exit 1 when mail was last checked longer ago (default 15m)",
    )
    calls = add("calls", cmd_calls, "print the call log, for records and billing")
    calls.add_argument("--client", metavar="EMAIL", help="only this client's calls")
    calls.add_argument("--since", metavar="DATE", help="only calls from this day on (YYYY-MM-DD)")
    calls.add_argument("--format", choices=("table", "csv", "json"), default="table")
    digest = add("digest", cmd_digest, "print last week's digest, or mail it with --send")
    digest.add_argument(
        "--send", action="store_true", help="mail it to safety.alert_to (or therapist.email)"
    )
    password = add(
        "set-password", cmd_set_password, "store a server password in the system keyring"
    )
    password.add_argument("kind", choices=("imap", "smtp", "caldav"))
    add("demo", cmd_demo, "run a whole exchange on loopback servers; needs no config", config=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Everything the daemon writes (state, locks, temp files) is private to it.
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    from daemon.adapters import logs

    logs.setup("debug" if args.debug else "warning")
    try:
        return int(args.handler(args))
    except ConfigError as error:
        for line in error.problems:
            print(line, file=sys.stderr)
        return error.exit_code
    except CallMeMaybeError as error:
        if args.debug:
            log.exception("failed")
        print(f"callmemaybe: {error}", file=sys.stderr)
        return int(getattr(error, "exit_code", 1))
    except KeyboardInterrupt:
        return 130
    except sqlite3.Error as error:
        from daemon.store.db import describe

        if args.debug:
            raise
        print(f"callmemaybe: the state database failed: {describe(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # the last line of defence: one line, not a traceback
        if args.debug:
            raise
        print(
            f"callmemaybe: unexpected {type(error).__name__}; run again with --debug and report it",
            file=sys.stderr,
        )
        return 1
