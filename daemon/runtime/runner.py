"""`callmemaybe run`: the long-running loop under systemd.

systemd is the supervisor: we say READY once the config is valid, the state is open and
the servers have been tried once (a server down at boot is retried with backoff, not a
failed start); STATUS lines say what we are doing; WATCHDOG pings come from this loop
only, so a loop stuck on a hung connection gets the service restarted. SIGHUP re-reads
the config (a broken one is refused and the old one keeps running); SIGTERM finishes
the message in hand and exits 0.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from daemon.adapters.systemd import Notifier
from daemon.config.loading import load_config
from daemon.config.schema import Config
from daemon.core.errors import CallMeMaybeError, ConfigError, RemoteError, StateError, UserError
from daemon.runtime.jobs import Jobs
from daemon.runtime.service import AlreadyRunning, Service
from daemon.store import ledger
from daemon.store.db import describe, unusable

log = logging.getLogger("callmemaybe.runner")

MAX_BACKOFF = 300.0
# The longest IDLE without a look of our own. A server need not announce to IDLE mail
# that arrived before IDLE began (pymap does not, and its new mail can take a moment to
# show to SEARCH), so mail landing between our last look and IDLE waits at most this long.
# Under systemd the watchdog already cuts IDLE to 22.5 s: this costs nothing more there.
IDLE_SLICE = 30.0


class Interrupted(BaseException):
    """Raised out of a wait by a signal, so the loop reacts at once."""


class Runner:
    def __init__(
        self,
        config: Config,
        config_path: Path,
        *,
        dry_run: bool = False,
        notifier: Notifier | None = None,
    ) -> None:
        self.config = config
        self.config_path = config_path
        self.dry_run = dry_run
        self.notifier = notifier or Notifier()
        self._stop = threading.Event()
        self._reload = threading.Event()
        self._waiting = False

    def run(self) -> int:
        service = Service(self.config, dry_run=self.dry_run)
        jobs = Jobs(service)
        backoff = 1.0
        ready = False
        with self._signals():
            while not self._stop.is_set():
                self.notifier.watchdog()
                try:
                    if self._reload.is_set():
                        service, jobs = self._reloaded(service, jobs)
                    jobs.run_pending()
                    service.pass_once()
                    backoff = 1.0
                    if not ready:
                        jobs.run_all()
                        ready = self._ready(service, "watching")
                    self._status(service, jobs)
                    self._wait(service, min(service.next_wake(), jobs.seconds_to_next()))
                except Interrupted:
                    # Out of the middle of IDLE: start the next connection clean.
                    service.disconnect()
                    continue
                except StateError:
                    raise  # no retry mends a damaged file: stop, with the fix in one line
                except (RemoteError, OSError, CallMeMaybeError) as error:
                    if isinstance(error, UserError) and not ready:
                        raise  # at start, a config the servers refuse is a failed start
                    # Mid-run (a calendar renamed, a password changed) the loop keeps
                    # trying: exiting would only have systemd restart into the same error
                    # on the same message until it gives up, and a SIGHUP with a fixed
                    # config could no longer help.
                    level = logging.ERROR if isinstance(error, UserError) else logging.WARNING
                    ready = self._trouble(service, str(error), level, backoff, ready, error)
                    if self._sleep(backoff):
                        break
                    backoff = min(backoff * 2, MAX_BACKOFF)
                except sqlite3.Error as error:
                    damaged = unusable(error, service.store.path)
                    if damaged is not None:
                        raise damaged from None
                    # Busy, full or read-only: what was not recorded is done again once the
                    # database takes writes (the inbox position moves only after a message).
                    problem = f"state database {service.store.path}: {describe(error)}"
                    ready = self._trouble(service, problem, logging.ERROR, backoff, ready, None)
                    if self._sleep(backoff):
                        break
                    backoff = min(backoff * 2, MAX_BACKOFF)
                except Exception as error:
                    # A bug met outside one message: the type only (the text may quote
                    # mail), and the loop goes on rather than leave the inbox unanswered.
                    problem = f"unexpected {type(error).__name__} in the main loop"
                    ready = self._trouble(service, problem, logging.ERROR, backoff, ready, error)
                    if self._sleep(backoff):
                        break
                    backoff = min(backoff * 2, MAX_BACKOFF)
        self.notifier.stopping()
        service.close()
        log.info("stopped")
        return 0

    def _trouble(
        self,
        service: Service,
        problem: str,
        level: int,
        backoff: float,
        ready: bool,
        error: BaseException | None,
    ) -> bool:
        """Say what went wrong (log, health, systemd STATUS) before a backoff; returns ready."""
        log.log(level, "%s; retrying in %.0f s", problem, backoff)
        # The database itself may be what fails; STATUS and the log still tell.
        with contextlib.suppress(sqlite3.Error):
            service.store.record_health(
                _server_of(error) if error is not None else "daemon", service.clock(), problem
            )
        service.disconnect()
        if not ready:
            # Down at boot: still a good start; systemd hears we keep trying.
            remote = isinstance(error, (RemoteError, OSError))
            ready = self._ready(
                service, "waiting for the mail server" if remote else "waiting to read"
            )
        self.notifier.status(f"retrying in {backoff:.0f} s: {problem}")
        return ready

    # --- systemd --------------------------------------------------------------------------

    def _ready(self, service: Service, doing: str) -> bool:
        self.notifier.ready(f"{doing} {service.config.mail.imap.inbox}")
        log.info("ready")
        return True

    def _status(self, service: Service, jobs: Jobs) -> None:
        queued = ledger.queue_length(service.store.db)
        parts = [f"watching {service.config.mail.imap.inbox}"]
        job = jobs.scheduler.next_run
        if job is not None:
            parts.append(f"next calendar check {job:%H:%M}")
        parts.append(f"{queued} mail{'s' if queued != 1 else ''} queued")
        if service.dry_run:
            parts.append("dry run: drafts only")
        self.notifier.status("; ".join(parts))

    # --- waiting and signals --------------------------------------------------------------

    def _wait(self, service: Service, seconds: float) -> None:
        """IDLE on the inbox, in slices short enough to keep the watchdog fed."""
        seconds = min(seconds, IDLE_SLICE)
        if self.notifier.watchdog_interval is not None:
            seconds = min(seconds, self.notifier.watchdog_interval / 2)
        if service.mail_waiting():
            return  # came while we were busy: the next pass reads it, IDLE would not say
        box = service.inbox()
        self._waiting = True
        try:
            if not (self._stop.is_set() or self._reload.is_set()):
                box.wait(max(seconds, 0.5))
        finally:
            self._waiting = False

    def _sleep(self, seconds: float) -> bool:
        """Back off, still feeding the watchdog; True when asked to stop."""
        step = (self.notifier.watchdog_interval or seconds * 2) / 2
        remaining = seconds
        while remaining > 0:
            # A plain sleep that the signal handlers break (as in `_wait`), not an
            # Event.wait: a timed lock wait takes an absolute monotonic deadline, which
            # libfaketime shifts, so a suite run under faketime would never wake up.
            self._waiting = True
            try:
                if not (self._stop.is_set() or self._reload.is_set()):
                    time.sleep(min(step, remaining))
            except Interrupted:
                pass
            finally:
                self._waiting = False
            if self._stop.is_set():
                return True
            if self._reload.is_set():
                return False
            self.notifier.watchdog()
            remaining -= step
        return False

    @contextmanager
    def _signals(self) -> Iterator[None]:
        def on_stop(signum: int, frame: FrameType | None) -> None:
            self._stop.set()
            if self._waiting:
                raise Interrupted

        def on_hup(signum: int, frame: FrameType | None) -> None:
            self._reload.set()
            if self._waiting:
                raise Interrupted

        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handlers = {signal.SIGTERM: on_stop, signal.SIGINT: on_stop, signal.SIGHUP: on_hup}
        previous = {sig: signal.signal(sig, handler) for sig, handler in handlers.items()}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    # --- reload ---------------------------------------------------------------------------

    def _reloaded(self, service: Service, jobs: Jobs) -> tuple[Service, Jobs]:
        self._reload.clear()
        self.notifier.reloading()
        try:
            config = load_config(self.config_path)
        except ConfigError as error:
            for line in error.problems:
                log.error("new config refused, keeping the running one: %s", line)
            self.notifier.ready("config reload refused; running with the previous config")
            return service, jobs
        # The new service is built before the old one closes: the state_dir lock is counted
        # within the process, so it is never let go in between (a `once` from cron could
        # take it), and a new config that cannot start (a state_dir that cannot be made,
        # a password that cannot be read) leaves the old service running untouched.
        try:
            fresh = Service(config, dry_run=self.dry_run)
        except (UserError, OSError) as error:
            log.error("new config refused, keeping the running one: %s", error)
            self.notifier.ready("config reload refused; running with the previous config")
            return service, jobs
        service.close()
        self.config = config
        log.info("config reloaded")
        self.notifier.ready(f"watching {fresh.config.mail.imap.inbox}")
        return fresh, Jobs(fresh)


def run_once(config: Config, *, dry_run: bool = False) -> int:
    """One pass and every periodic job; when another callmemaybe holds the state, it does
    the work: exit 0 (cron's next run picks up anything newer)."""
    try:
        service = Service(config, dry_run=dry_run)
    except AlreadyRunning:
        log.warning("another callmemaybe is running with this state_dir; it answers the mail")
        return 0
    try:
        service.pass_once()
        Jobs(service).run_all()
    finally:
        service.close()
    return 0


def _server_of(error: BaseException) -> str:
    """Which server an error is about, for `status` (our messages start with its name)."""
    first = str(error).split(" ", 1)[0].lower()
    return first if first in ("imap", "smtp", "caldav") else "daemon"
