"""The loop that owns every effect: watch the inbox, hand each new message to the
conversation, then act on what is pending. `once` is one pass of the same code.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

from daemon.adapters.imap import Mailbox
from daemon.config.schema import Config
from daemon.core.errors import CallMeMaybeError, UserError
from daemon.core.mail import intake
from daemon.flows import effects
from daemon.flows.availability import Availability
from daemon.flows.booking import SKIPPED, Conversation
from daemon.flows.changes import CalendarWatch
from daemon.runtime import budget, wiring
from daemon.store import ledger, outbox
from daemon.store.db import Store

log = logging.getLogger("callmemaybe.service")

# Enough of a message to classify it and read the client's words; attachments past this
# are never downloaded.
MAX_FETCH_BYTES = 2 * 1024 * 1024
FETCH_BATCH = 50
# RFC 2177: re-issue IDLE well before the server's 30-minute inactivity timeout.
IDLE_SECONDS = 25 * 60
LOCK_NAME = "callmemaybe.lock"
DRAFTS = "Drafts"
# A message whose handling started this often and never finished is set aside (see
# ledger.start_attempt for which unfinished starts count).
MAX_UNFINISHED = 2
# Deciding on one message taking this long is a hang: the watchdog (45 s, pinged between
# passes) ends one at least this far in, then systemd waits RestartSec (10 s).
HANG_AFTER = timedelta(seconds=20)
# Real mail is read in milliseconds; one still being read after this is suspect.
SLOW_READING = 1.0


class AlreadyRunning(UserError):
    """Another callmemaybe process works on the same state_dir."""


# --- one process per state_dir -----------------------------------------------------------------
# Two processes deciding on the same inbox would both answer a message: each checks the
# store, finds it unhandled, and records its own offer. An exclusive flock on a file in
# state_dir keeps it to one; the kernel drops it when the holder dies, even by SIGKILL.
# Services in one process (tests, the demo) share the lock, counted.

_held: dict[Path, tuple[int, int]] = {}
_held_guard = threading.Lock()


def lock_state(state_dir: Path) -> Path:
    """Take the state_dir's instance lock or raise AlreadyRunning; returns the lock's path."""
    state_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = (state_dir / LOCK_NAME).resolve()
    with _held_guard:
        if path in _held:
            fd, count = _held[path]
            _held[path] = (fd, count + 1)
            return path
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise AlreadyRunning(
                f"another callmemaybe is already running with state_dir {state_dir}; "
                "stop it first (only one may answer the inbox)"
            ) from None
        _held[path] = (fd, 1)
        return path


def unlock_state(path: Path) -> None:
    with _held_guard:
        if path not in _held:
            return
        fd, count = _held.pop(path)
        if count > 1:
            _held[path] = (fd, count - 1)
        else:
            os.close(fd)  # closing the only descriptor releases the flock


def utc_now() -> datetime:
    return datetime.now(UTC)


class Service:
    def __init__(
        self,
        config: Config,
        *,
        clock: Callable[[], datetime] = utc_now,
        dry_run: bool = False,
    ) -> None:
        self.config = config
        self.clock = clock
        # Sends nothing and writes nothing to the calendar: mail goes to Drafts instead.
        self.dry_run = dry_run or config.dry_run
        # Before the store: even its first migration must not race another process.
        self._lock: Path | None = lock_state(config.state_dir)
        try:
            self.store = Store.open(config.state_dir)
        except BaseException:
            self.release()
            raise
        try:
            self._build(config)
        except BaseException:
            # e.g. a password that cannot be read: neither the lock nor the database may
            # outlive a service that never started (a refused reload would leak both).
            self.store.close()
            self.release()
            raise

    def _build(self, config: Config) -> None:
        self.calendars = wiring.calendars(config)
        self.availability = Availability(config, self.calendars, self.store)
        self.composer = wiring.composer(config)
        self.conversation = Conversation(
            config, self.store, self.availability, self.composer, self.clock, dry_run=self.dry_run
        )
        self.watch = CalendarWatch(
            config, self.store, self.calendars, self.availability, self.conversation, self.clock
        )
        self._imap_password = wiring.imap_password(config)
        self.outbox = wiring.outbox(config)
        self.mailbox: Mailbox | None = None
        # Outbox ids the SMTP server took while the store could not record it (disk full).
        self._unrecorded: set[int] = set()
        self._looked_at: set[int] = set()

    # --- one pass -----------------------------------------------------------------------------

    def inbox(self) -> Mailbox:
        """The inbox, connected (connecting first when needed): the runner IDLEs on it."""
        return self._connected()

    def _connected(self) -> Mailbox:
        if self.mailbox is None:
            box = wiring.mailbox(self.config, self._imap_password)
            box.connect()
            self.mailbox = box
        return self.mailbox

    def disconnect(self) -> None:
        if self.mailbox is not None:
            try:
                self.mailbox.close()
            except Exception:  # a dead connection may fail to log out; it is gone anyway
                log.debug("closing the IMAP connection failed", exc_info=True)
            self.mailbox = None

    def release(self) -> None:
        """Let another process take over this state_dir."""
        if self._lock is not None:
            unlock_state(self._lock)
            self._lock = None

    def close(self) -> None:
        self.disconnect()
        self.store.close()
        self.release()

    def pass_once(self) -> None:
        """Finish what is pending, read new mail, act on it."""
        self.flush()
        self.read_inbox()
        # One "nothing free" notice per pass, however many requests met it.
        self.conversation.alerts.gather_nothing_free(self.clock())
        self.flush()
        # After the mail went out: the fsync of this commit is not on the reply's path.
        self.store.record_health("imap", self.clock())

    def read_inbox(self) -> None:
        box = self._connected()
        folder = self.config.mail.imap.inbox
        uidvalidity, _ = box.select(folder)
        position = ledger.mailbox_position(self.store.db, folder)
        if position is None or position[0] != uidvalidity:
            # First run, or the server renumbered the folder: answer what arrived lately,
            # not the whole history (Message-IDs already handled are recognised anyway).
            since = self.clock() - self.config.calls.offer_valid_for
            uids = box.uids_since(since)
            if position is not None:
                log.warning("%s was renumbered (UIDVALIDITY changed); catching up", folder)
            with self.store.transaction() as db:
                ledger.set_mailbox_position(db, folder, uidvalidity, 0)
            last = 0
        else:
            last = position[1]
            uids = box.uids_after(last)
        # What this pass looked at: mail_waiting() asks only about the rest.
        self._looked_at = set(uids)
        for start in range(0, len(uids), FETCH_BATCH):
            batch = sorted(uids)[start : start + FETCH_BATCH]
            fetched = box.fetch(batch, max_bytes=MAX_FETCH_BYTES)
            for item in sorted(fetched, key=lambda f: f.uid):
                flags = self._handle(folder, uidvalidity, item.uid, item.raw)
                if flags:
                    self._mark(box, item.uid, flags)
                last = max(last, item.uid)
                with self.store.transaction() as db:
                    ledger.set_mailbox_position(db, folder, uidvalidity, last)

    def mail_waiting(self) -> bool:
        """Whether mail came after the last pass looked; asked just before IDLE, since a
        server need not report to IDLE what arrived before it began (Cyrus, pymap do not):
        that mail would wait for the next one. A message the last pass saw but could not
        fetch (expunged meanwhile) does not count, or the loop would never rest."""
        box = self._connected()
        folder = self.config.mail.imap.inbox
        position = ledger.mailbox_position(self.store.db, folder)
        if position is None:
            return True
        if box.folder != folder and box.select(folder)[0] != position[0]:
            return True  # renumbered: the next pass catches up
        return any(uid not in self._looked_at for uid in box.uids_after(position[1]))

    def _handle(self, folder: str, uidvalidity: int, uid: int, raw: bytes) -> tuple[str, ...]:
        """One message through the conversation. A server outage propagates (the message is
        retried after the reconnect); a bug met on this one message must not stop the inbox
        for good: it is recorded, marked for the therapist, and the next message goes on.

        Poison never loops: the start is recorded before anything else, so a message whose
        handling started twice and never finished (killed while it was slow to read, or hung
        until the watchdog's kill) is set aside on the third start. Reading it is bounded by cheap
        limits on the bytes and a time budget (a killable worker process)."""
        db = self.store.db
        if ledger.inbound_known(db, folder, uidvalidity, uid):
            return ()
        intake.warm()  # once per process, before the clock of this message starts
        with ledger.lightly(db), self.store.transaction() as tx:
            failed = ledger.start_attempt(
                tx, folder, uidvalidity, uid, self.clock(), hang=HANG_AFTER
            )
        try:
            # Once the message is in `inbound` it is finished: the mark goes with the next.
            return self._handle_started(folder, uidvalidity, uid, raw, failed)
        except (CallMeMaybeError, OSError, sqlite3.OperationalError):
            # An orderly failure (an outage, a full disk): retried later, not poison.
            self._finished(folder, uidvalidity, uid)
            raise
        except Exception as error:
            # The type only: an exception's text may quote the message.
            log.error(
                "message %d could not be handled (%s); marked and skipped",
                uid,
                type(error).__name__,
            )
            ledger.record_inbound(
                self.store.db, folder, uidvalidity, uid, None, None, "failed", self.clock()
            )
            self._finished(folder, uidvalidity, uid)
            return (SKIPPED,)

    def _handle_started(
        self, folder: str, uidvalidity: int, uid: int, raw: bytes, failed: int
    ) -> tuple[str, ...]:
        if failed >= MAX_UNFINISHED:
            return self._set_aside(folder, uidvalidity, uid, raw, "never finished")
        too_big = intake.oversize(raw)
        if too_big is not None:
            return self._set_aside(folder, uidvalidity, uid, raw, too_big)
        seconds = self.config.limits.message_seconds

        def slow() -> None:
            with ledger.lightly(self.store.db):
                ledger.attempt_phase(self.store.db, folder, uidvalidity, uid, "slow", self.clock())

        try:
            message = budget.run_limited(
                lambda: intake.parse(raw), seconds, on_slow=slow, slow_after=SLOW_READING
            )
        except budget.OverBudget:
            return self._set_aside(folder, uidvalidity, uid, raw, "too slow to read")
        except budget.WorkerFailed:
            return self._set_aside(folder, uidvalidity, uid, raw, "reader failed")
        with ledger.lightly(self.store.db):
            ledger.attempt_phase(self.store.db, folder, uidvalidity, uid, "deciding", self.clock())
        return self.conversation.handle(folder, uidvalidity, uid, raw, message).flags

    def _set_aside(
        self, folder: str, uidvalidity: int, uid: int, raw: bytes, why: str
    ) -> tuple[str, ...]:
        """Marked for the therapist and never read again; if it seems to come from a client,
        the therapist is told once (recorded with the message, in one transaction)."""
        now = self.clock()
        client = self.config.client_for(intake.cheap_from(raw) or "-")
        with self.store.transaction() as db:
            client_id = self.store.client_id(client.emails[0]) if client else None
            ledger.record_inbound(db, folder, uidvalidity, uid, None, client_id, "set-aside", now)
            if client is not None and client_id is not None:
                notice = self._set_aside_notice(client.name, now)
                ledger.enqueue(
                    db,
                    str(notice["Message-ID"]),
                    "set-aside-alert",
                    client_id,
                    [self.config.alert_address],
                    bytes(notice),
                    now,
                )
        log.warning(
            "message %d set aside (%s)%s",
            uid,
            why,
            f"; told the therapist it seems to come from client {client_id}" if client_id else "",
        )
        return (SKIPPED,)

    def _set_aside_notice(self, name: str, now: datetime) -> EmailMessage:
        local = now.astimezone(self.config.therapist.tz)
        # The subject names no one: it shows on a lock screen. No words of the message either.
        return self.composer.notice_to_therapist(
            self.config.alert_address,
            "callmemaybe set a message aside unanswered",
            [
                f"A message that seems to come from {name} could not be read safely (it is "
                "far too large or too complex), so callmemaybe did not answer it.",
                f"It arrived before {local:%a %d %b %Y, %H:%M} and is marked "
                f"{SKIPPED} in your inbox. Please read it yourself.",
            ],
            self.conversation.new_message_id(),
            now,
        )

    def _finished(self, folder: str, uidvalidity: int, uid: int) -> None:
        try:
            with ledger.lightly(self.store.db):
                ledger.finish_attempt(self.store.db, folder, uidvalidity, uid)
        except sqlite3.Error:
            # Left counted: at worst this message is set aside after two more failures.
            log.warning("could not clear the in-progress mark of message %d", uid)

    def _mark(self, box: Mailbox, uid: int, flags: tuple[str, ...]) -> None:
        """Flag a message for the therapist (\\Flagged for crisis, a keyword for skipped
        mail); a courtesy: the store already knows, so a server that drops keywords is fine."""
        wanted = [f for f in flags if f.startswith("\\") or box.supports_keywords()]
        if wanted:
            box.add_flags([uid], wanted)

    def flush(self) -> None:
        now = self.clock()
        effects.write_events(self.store, self.calendars, now, dry_run=self.dry_run)
        if self.dry_run:
            drafts = effects.Drafts(self._to_drafts)
            effects.send_mail(self.store, drafts, now, unrecorded=self._unrecorded)
            return
        sent_folder = self.config.mail.sent_folder
        copy = already = None
        if sent_folder:

            def copy(raw: bytes) -> None:
                self._connected().append(sent_folder, raw, flags=["\\Seen"])

            def already(message_id: str) -> bool:
                return self._connected().has_message_id(sent_folder, message_id)

        given_up = effects.send_mail(
            self.store,
            self.outbox,
            now,
            sent_copy=copy,
            already_sent=already,
            unrecorded=self._unrecorded,
        )
        if self._tell_given_up(given_up, now):
            effects.send_mail(self.store, self.outbox, now, unrecorded=self._unrecorded)

    def _tell_given_up(
        self, given_up: list[tuple[int, str, tuple[str, ...]]], now: datetime
    ) -> bool:
        """Queue a notice to the therapist for each client mail given up for good (not for
        notices to the therapist themselves: one that fails would only beget another)."""
        to = self.config.alert_address
        queued = False
        for mail_id, kind, recipients in given_up:
            if to.lower() in (r.lower() for r in recipients):
                continue
            error = outbox.last_error(self.store.db, mail_id)
            notice = self.composer.notice_to_therapist(
                to,
                "A mail to a client could not be sent",
                [
                    f"callmemaybe could not send a mail ({kind}) to {', '.join(recipients)} "
                    "and has stopped trying.",
                    f"Reason: {error or 'unknown'}.",
                    "Please contact them yourself if it matters.",
                ],
                self.conversation.new_message_id(),
                now,
            )
            with self.store.transaction() as db:
                ledger.enqueue(
                    db, str(notice["Message-ID"]), "undeliverable", None, [to], bytes(notice), now
                )
            log.warning("mail %d (%s): the therapist is told it was given up", mail_id, kind)
            queued = True
        return queued

    def _to_drafts(self, raw: bytes) -> None:
        box = self._connected()
        box.ensure_folder(DRAFTS)
        box.append(DRAFTS, raw, flags=["\\Draft"])

    # --- the long-running loop ----------------------------------------------------------------

    def next_wake(self) -> float:
        """Seconds until queued work is due, capped by the IDLE refresh."""
        next_attempt = outbox.next_attempt(self.store.db)
        wait = float(IDLE_SECONDS)
        if next_attempt is not None:
            due = next_attempt - self.clock()
            wait = min(wait, max(due.total_seconds(), 1.0))
        if ledger.pending_bookings(self.store.db):
            wait = min(wait, 30.0)
        return wait
