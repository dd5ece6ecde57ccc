"""The periodic jobs beside the inbox: the calendar watch, session notes, the digest.

`run` schedules them with the `schedule` package; `once` runs them all. A job that meets
a server outage, a busy database or odd data logs it and waits for its next turn: it never
stops the inbox loop.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

import schedule

from daemon.core.errors import CallMeMaybeError, StateError
from daemon.core.reports import digest
from daemon.flows import reminders, reports, retention
from daemon.flows.followup import SessionNotes
from daemon.runtime.service import Service
from daemon.store import settings
from daemon.store.db import describe, ts, unusable

log = logging.getLogger("callmemaybe.jobs")

WATCH_MINUTES = 5
NOTES_MINUTES = 30
DIGEST_MINUTES = 10
TIDY_MINUTES = 24 * 60
REMIND_MINUTES = 5


class Jobs:
    def __init__(self, service: Service) -> None:
        self.service = service
        self.scheduler = schedule.Scheduler()
        self.notes = SessionNotes(service.config, service.store, service.calendars, service.clock)
        self.last_watch: datetime | None = None
        self._every(WATCH_MINUTES, "calendar watch", self.watch)
        # After the watch: a call the therapist just deleted or moved is known first.
        if service.config.calls.remind_before.total_seconds() > 0:
            self._every(REMIND_MINUTES, "reminders", self.remind)
        if not service.dry_run:  # notes are a calendar write
            self._every(NOTES_MINUTES, "session notes", self.notes.run)
        if service.config.followup.digest is not None:
            self._every(DIGEST_MINUTES, "digest", self.digest)
        self._every(TIDY_MINUTES, "tidy", lambda: retention.tidy(service.store, service.clock()))

    def _every(self, minutes: int, name: str, job: Callable[[], object]) -> None:
        self.scheduler.every(minutes).minutes.do(self._guarded, name, job)

    def _guarded(self, name: str, job: Callable[[], object]) -> None:
        """One job's failure is logged and the job runs again on its next turn; only a
        damaged state database leaves, to stop the daemon."""
        try:
            job()
        except StateError:
            raise
        except CallMeMaybeError as error:
            log.warning("%s: %s; will try again", name, error)
        except OSError as error:
            log.warning("%s: %s; will try again", name, error.strerror or error)
        except sqlite3.Error as error:
            damaged = unusable(error, self.service.store.path)
            if damaged is not None:
                raise damaged from None
            log.error("%s: state database: %s; will try again", name, describe(error))
        except Exception as error:
            # The type only: the text of an error met on odd calendar data may quote it.
            log.error("%s: unexpected %s; will try again", name, type(error).__name__)

    def run_pending(self) -> None:
        self.scheduler.run_pending()

    def run_all(self) -> None:
        for job in list(self.scheduler.jobs):
            job.run()  # type: ignore[no-untyped-call]  # schedule ships no types

    def seconds_to_next(self) -> float:
        idle = self.scheduler.idle_seconds
        return max(idle, 0.0) if idle is not None else float("inf")

    # --- the jobs ------------------------------------------------------------------------

    def watch(self) -> None:
        changed = self.service.watch.run()
        self.last_watch = self.service.clock()
        self.service.store.record_health("caldav", self.last_watch)
        if changed:
            self.service.flush()  # tell the clients now, not at the next mail

    def remind(self) -> None:
        service = self.service
        now = service.clock()
        if reminders.queue_reminders(service.config, service.store, service.composer, now):
            service.flush()

    def digest(self) -> None:
        config, store = self.service.config, self.service.store
        spec = config.followup.digest
        now = self.service.clock()
        last = reports.digest_sent_at(store)
        if last is None:
            # A new install starts the weekly rhythm; it does not mail at once about a
            # week it never watched.
            self._mark_sent(now)
            return
        if spec is None or not digest.due(spec.weekday, spec.at, config.therapist.tz, last, now):
            return
        text = reports.weekly_digest(store, config, digest.digest_week(now, config.therapist.tz))
        reports.queue_digest(config, store, text, now, self.service.composer)
        log.info("weekly digest queued")
        self.service.flush()

    def _mark_sent(self, now: datetime) -> None:
        settings.put(self.service.store.db, reports.DIGEST_SENT_KEY, ts(now))
