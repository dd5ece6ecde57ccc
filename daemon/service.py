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
from datetime import UTC, datetime
from pathlib import Path

from daemon import effects, ledger
from daemon.availability import Availability, open_calendars
from daemon.compose import Composer, Therapist
from daemon.config import Config
from daemon.conversation import SKIPPED, Conversation
from daemon.errors import CallMeMaybeError, UserError
from daemon.imap import Mailbox
from daemon.secrets import read_password
from daemon.smtp import Outbox
from daemon.store import Store
from daemon.watch import CalendarWatch

log = logging.getLogger("callmemaybe.service")

# Enough of a message to classify it and read the client's words; attachments past this
# are never downloaded.
MAX_FETCH_BYTES = 2 * 1024 * 1024
FETCH_BATCH = 50
# RFC 2177: re-issue IDLE well before the server's 30-minute inactivity timeout.
IDLE_SECONDS = 25 * 60
LOCK_NAME = "callmemaybe.lock"
DRAFTS = "Drafts"


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
        self.calendars = open_calendars(config)
        self.availability = Availability(config, self.calendars, self.store)
        therapist = config.therapist
        self.composer = Composer(
            Therapist(
                therapist.name, therapist.email, therapist.phone, therapist.tz, therapist.language
            ),
            how=config.calls.how,
            video_link=config.calls.video_link,
            templates=config.templates,
            emergency_text=config.safety.emergency_text,
        )
        self.conversation = Conversation(
            config, self.store, self.availability, self.composer, self.clock, dry_run=self.dry_run
        )
        self.watch = CalendarWatch(
            config, self.store, self.calendars, self.availability, self.conversation, self.clock
        )
        imap, smtp = config.mail.imap, config.mail.smtp
        self._imap_password = read_password(imap.password_from, "imap", imap.username)
        self.outbox = Outbox(
            smtp.host,
            smtp.port,
            smtp.security,
            smtp.username,
            read_password(smtp.password_from, "smtp", smtp.username),
        )
        self.mailbox: Mailbox | None = None

    # --- one pass -----------------------------------------------------------------------------

    def _connected(self) -> Mailbox:
        if self.mailbox is None:
            imap = self.config.mail.imap
            box = Mailbox(imap.host, imap.port, imap.security, imap.username, self._imap_password)
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

    def _handle(self, folder: str, uidvalidity: int, uid: int, raw: bytes) -> tuple[str, ...]:
        """One message through the conversation. A server outage propagates (the message is
        retried after the reconnect); a bug met on this one message must not stop the inbox
        for good: it is recorded, marked for the therapist, and the next message goes on."""
        try:
            return self.conversation.handle(folder, uidvalidity, uid, raw).flags
        except (CallMeMaybeError, OSError, sqlite3.OperationalError):
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
            return (SKIPPED,)

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
            effects.send_mail(self.store, drafts, now)
            return
        sent_folder = self.config.mail.sent_folder
        copy = already = None
        if sent_folder:

            def copy(raw: bytes) -> None:
                self._connected().append(sent_folder, raw, flags=["\\Seen"])

            def already(message_id: str) -> bool:
                return self._connected().has_message_id(sent_folder, message_id)

        effects.send_mail(self.store, self.outbox, now, sent_copy=copy, already_sent=already)

    def _to_drafts(self, raw: bytes) -> None:
        box = self._connected()
        box.ensure_folder(DRAFTS)
        box.append(DRAFTS, raw, flags=["\\Draft"])

    # --- the long-running loop ----------------------------------------------------------------

    def next_wake(self) -> float:
        """Seconds until queued work is due, capped by the IDLE refresh."""
        # Mail waiting for its event is not due, however old its retry time: the pending
        # booking below wakes us (counting it would wake the loop every second meanwhile).
        row = self.store.db.execute(
            "SELECT MIN(o.next_attempt_at) FROM outbox o LEFT JOIN bookings b"
            " ON b.id = o.waits_for WHERE o.state IN ('pending', 'sending')"
            " AND (o.waits_for IS NULL OR b.state NOT IN ('pending', 'cancelling'))"
        ).fetchone()
        wait = float(IDLE_SECONDS)
        if row and row[0]:
            due = datetime.fromisoformat(row[0]) - self.clock()
            wait = min(wait, max(due.total_seconds(), 1.0))
        if ledger.pending_bookings(self.store.db):
            wait = min(wait, 30.0)
        return wait
