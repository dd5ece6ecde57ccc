"""The state database: one SQLite file (WAL) under `state_dir`, private to the daemon.

It is the source of truth for what the daemon has decided and done: which inbound
messages were handled, the offers it made (and the slots they hold), the bookings it
decided (with the event UID fixed before the event is written), every outgoing mail
(with its Message-ID, recorded before it is sent) and the call log. IMAP keywords and
calendar contents are courtesies and caches next to it.

Clients are named here, and in every log line, by an opaque random id; their
addresses live only in the `clients` table.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from daemon.core.errors import StateError, UserError
from daemon.core.model import Interval

DB_NAME = "callmemaybe.sqlite3"
# How long a write waits for another process's (e.g. `once`, `digest --send`) to finish.
BUSY_TIMEOUT = 30.0

# Each entry moves the schema one version up; never edit a released entry, append one.
MIGRATIONS: tuple[str, ...] = (
    # 1: the conversation of a request, its offer, the chosen slot, the booked event, the mail.
    """
    CREATE TABLE clients (
        id          TEXT PRIMARY KEY,            -- opaque, random; what logs show
        email       TEXT NOT NULL UNIQUE         -- lower-case roster address
    );
    CREATE TABLE mailbox_state (
        folder      TEXT PRIMARY KEY,
        uidvalidity INTEGER NOT NULL,
        last_uid    INTEGER NOT NULL             -- every UID <= this was handled
    );
    CREATE TABLE inbound (
        id          INTEGER PRIMARY KEY,
        folder      TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid         INTEGER NOT NULL,
        message_id  TEXT,                        -- the client's Message-ID header
        client_id   TEXT REFERENCES clients(id),
        kind        TEXT NOT NULL,               -- request, choice, cancel, move, ignored, ...
        received_at TEXT NOT NULL,
        handled_at  TEXT,
        UNIQUE (folder, uidvalidity, uid)
    );
    CREATE INDEX inbound_message_id ON inbound(message_id);
    CREATE TABLE offers (
        id              INTEGER PRIMARY KEY,
        client_id       TEXT NOT NULL REFERENCES clients(id),
        inbound_id      INTEGER REFERENCES inbound(id),
        token           TEXT NOT NULL UNIQUE,    -- short reference carried in mailto subjects
        message_id      TEXT NOT NULL UNIQUE,    -- Message-ID of the offer mail
        thread_refs     TEXT NOT NULL DEFAULT '',-- References of the thread, space-separated
        created_at      TEXT NOT NULL,
        expires_at      TEXT NOT NULL,
        status          TEXT NOT NULL DEFAULT 'open'  -- open, chosen, superseded, expired
    );
    CREATE TABLE offer_slots (
        offer_id    INTEGER NOT NULL REFERENCES offers(id),
        position    INTEGER NOT NULL,            -- 1-based number shown to the client
        start_utc   TEXT NOT NULL,
        end_utc     TEXT NOT NULL,
        PRIMARY KEY (offer_id, position)
    );
    CREATE TABLE bookings (
        id              INTEGER PRIMARY KEY,
        client_id       TEXT NOT NULL REFERENCES clients(id),
        offer_id        INTEGER REFERENCES offers(id),
        event_uid       TEXT NOT NULL UNIQUE,    -- fixed when the booking is decided
        calendar        TEXT NOT NULL,
        start_utc       TEXT NOT NULL,
        end_utc         TEXT NOT NULL,
        sequence        INTEGER NOT NULL DEFAULT 0,
        requested_via   TEXT NOT NULL,           -- number, ordinal, day-time, link, ...
        ics             BLOB NOT NULL,           -- the calendar copy, fixed with the UID
        message_id      TEXT,                    -- the confirmation's Message-ID (its thread)
        state           TEXT NOT NULL DEFAULT 'pending', -- pending, created, cancelling,
                                                         -- cancelled, failed
        -- booked, held, moved, cancelled_by_client, cancelled_by_therapist
        outcome         TEXT NOT NULL DEFAULT 'booked',
        decided_at      TEXT NOT NULL,
        created_at      TEXT
    );
    CREATE INDEX bookings_start ON bookings(start_utc);
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY,
        message_id      TEXT NOT NULL UNIQUE,    -- fixed before sending: resends are known
        kind            TEXT NOT NULL,           -- offer, confirmation, cancel, alert, ...
        client_id       TEXT REFERENCES clients(id),
        waits_for       INTEGER REFERENCES bookings(id), -- sent once that event is written
        recipients      TEXT NOT NULL,           -- space-separated envelope recipients
        raw             BLOB NOT NULL,
        created_at      TEXT NOT NULL,
        state           TEXT NOT NULL DEFAULT 'pending', -- pending, sending, sent, failed
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error      TEXT,                    -- never client data
        sent_at         TEXT,
        filed           INTEGER NOT NULL DEFAULT 0 -- its copy is in mail.sent_folder
    );
    CREATE INDEX outbox_pending ON outbox(state, next_attempt_at);
    CREATE TABLE settings (
        key     TEXT PRIMARY KEY,               -- small remembered values, e.g. a CTag
        value   TEXT
    );
    CREATE TABLE health (
        name    TEXT PRIMARY KEY,               -- imap, smtp, caldav, ...
        ok_at   TEXT,                           -- last success
        fail_at TEXT,
        error   TEXT                            -- last error, without client data
    );
    """,
    # 2: every message with crisis language, for the next session's notes and the digest.
    """
    CREATE TABLE crisis_events (
        id          INTEGER PRIMARY KEY,
        client_id   TEXT REFERENCES clients(id), -- NULL for a stranger
        folder      TEXT NOT NULL,               -- where the message is, for the therapist
        uid         INTEGER NOT NULL,
        written_at  TEXT NOT NULL,               -- the message's own Date, else when read
        category    TEXT NOT NULL,               -- crisis.CATEGORIES, never the words
        reply       TEXT NOT NULL,               -- crisis.REPLIES: what the sender got
        UNIQUE (folder, uid, written_at)
    );
    CREATE INDEX crisis_events_client ON crisis_events(client_id, written_at);
    """,
    # 3: the calendar watch's memory of each booked call's event: where it was last seen,
    # and since when a held mass deletion has looked deleted (told only if it lasts).
    """
    CREATE TABLE watched_events (
        booking_id    INTEGER PRIMARY KEY REFERENCES bookings(id),
        href          TEXT,                      -- the event's URL in the last listing
        missing_since TEXT                       -- set while its deletion is held
    );
    """,
    # 4: alerts to the therapist per kind and sender, for their hourly limit and the summary
    # that replaces further alerts (a forger's flood must not become a flood of alerts).
    """
    CREATE TABLE alert_log (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL,               -- crisis, flood, ...
        sender      TEXT NOT NULL,               -- a client id, or a hash of an address
        at          TEXT NOT NULL,
        what        TEXT NOT NULL,               -- alert, summary, held
        message_id  TEXT                         -- the alert or summary in the outbox
    );
    CREATE INDEX alert_log_sender ON alert_log(kind, sender, at);
    """,
    # 5: messages whose handling started and has not finished: one that never finishes
    # (a crash, a kill by the watchdog) is set aside instead of being retried forever.
    """
    CREATE TABLE inbound_attempts (
        folder      TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        uid         INTEGER NOT NULL,
        attempts    INTEGER NOT NULL,            -- earlier starts that ended unfinished
                                                 -- in a way that points at the message
        phase       TEXT NOT NULL,               -- reading, slow, deciding
        phase_at    TEXT NOT NULL,               -- when the current start entered it
        PRIMARY KEY (folder, uidvalidity, uid)
    );
    """,
)


def ts(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("store timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse_ts(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


class Store:
    """The daemon's SQLite database; create with `Store.open(state_dir)`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self.db = connection
        self.path = path

    @classmethod
    def open(cls, state_dir: Path, *, readonly: bool = False) -> Store:
        path = state_dir / DB_NAME
        if readonly:
            if not path.exists():
                raise UserError(f"{path}: no state database yet (the daemon has not run)")
            uri = f"file:{path}?mode=ro"
            try:
                connection = sqlite3.connect(uri, uri=True, isolation_level=None)
            except sqlite3.Error as error:
                raise UserError(f"{path}: cannot open: {error}") from None
            try:
                # SQLite reads the file only at the first query: find a damaged one here.
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.Error as error:
                connection.close()
                raise unusable(error, path) or UserError(
                    f"{path}: cannot read the state database: {describe(error)}"
                ) from None
            return cls(connection, path)
        _private_dir(state_dir)
        old_umask = os.umask(0o077)
        try:
            path.touch(mode=0o600, exist_ok=True)
            # WAL and shared-memory files are created later by SQLite with this umask too.
            os.chmod(path, 0o600)
            connection = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
        except (OSError, sqlite3.Error) as error:
            raise UserError(f"{path}: cannot open the state database: {error}") from None
        finally:
            os.umask(old_umask)
        store = cls(connection, path)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA foreign_keys=ON")
            store.migrate()
        except sqlite3.Error as error:
            connection.close()
            raise unusable(error, path) or UserError(
                f"{path}: cannot open the state database: {describe(error)}"
            ) from None
        except BaseException:
            connection.close()
            raise
        return store

    def close(self) -> None:
        self.db.close()

    @property
    def version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        current = self.version
        if current > len(MIGRATIONS):
            raise UserError(
                f"{self.path}: made by a newer callmemaybe (schema {current}); upgrade callmemaybe"
            )
        for number, script in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction():
                for statement in _statements(script):
                    self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit: decisions and their intents are recorded together or not at all."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # --- clients -------------------------------------------------------------------------

    def find_client_id(self, email: str) -> str | None:
        row = self.db.execute("SELECT id FROM clients WHERE email = ?", (email.lower(),)).fetchone()
        return str(row[0]) if row else None

    def client_id(self, email: str) -> str:
        """The opaque id of a roster address, made on first sight and stable after."""
        email = email.lower()
        known = self.find_client_id(email)
        if known:
            return known
        new_id = "c-" + secrets.token_hex(4)
        self.db.execute("INSERT OR IGNORE INTO clients(id, email) VALUES (?, ?)", (new_id, email))
        return str(self.find_client_id(email))

    def client_email(self, client_id: str) -> str | None:
        row = self.db.execute("SELECT email FROM clients WHERE id = ?", (client_id,)).fetchone()
        return str(row[0]) if row else None

    # --- what the free-slot engine needs (booked calls: ledger.booked_calls) ---------------

    def held_slots(self, now: datetime, *, except_client: str | None = None) -> list[Interval]:
        """Slots of other clients' offers that are still open: nobody else is offered them."""
        rows = self.db.execute(
            "SELECT s.start_utc, s.end_utc FROM offer_slots s JOIN offers o ON o.id = s.offer_id"
            " WHERE o.status = 'open' AND o.expires_at > ? AND o.client_id IS NOT ?"
            " ORDER BY s.start_utc",
            (ts(now), except_client),
        ).fetchall()
        return [Interval(parse_ts(a), parse_ts(b)) for a, b in rows]

    # --- health ---------------------------------------------------------------------------

    def record_health(self, name: str, now: datetime, error: str | None = None) -> None:
        if error is None:
            self.db.execute(
                "INSERT INTO health(name, ok_at) VALUES (?, ?)"
                " ON CONFLICT(name) DO UPDATE SET ok_at = excluded.ok_at",
                (name, ts(now)),
            )
        else:
            self.db.execute(
                "INSERT INTO health(name, fail_at, error) VALUES (?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET fail_at = excluded.fail_at,"
                " error = excluded.error",
                (name, ts(now), error),
            )


# --- when SQLite fails ---------------------------------------------------------------------
# Busy, full, read-only and I/O errors pass: the daemon retries them with backoff. Only a
# file that is not (or no longer) a database stops it, since no retry can mend it.
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def unusable(error: sqlite3.Error, path: Path) -> StateError | None:
    """A StateError naming the fix when `error` says the database file is damaged."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    damaged = primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or (
        primary is None and type(error) is sqlite3.DatabaseError
    )
    if not damaged:
        return None
    return StateError(
        f"state database {path} is corrupted ({describe(error)}): stop the service, move "
        f"{path.name} and its -wal and -shm files aside, and start again. callmemaybe then "
        "begins a new database: requests that arrived within calls.offer_valid_for are "
        "answered again, calls already booked stay in the calendar, and replies to earlier "
        "offers are no longer recognised (look through the inbox for them)"
    )


def describe(error: sqlite3.Error) -> str:
    """One line about a SQLite failure, without the SQL or any data."""
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    reasons = {
        5: "busy: another process holds it",  # SQLITE_BUSY
        6: "locked",  # SQLITE_LOCKED
        8: "read-only: check the owner and mode of the state_dir and its files",
        10: "disk I/O error",  # SQLITE_IOERR
        11: "database disk image is malformed",
        13: "disk full: free space on the file system of state_dir",  # SQLITE_FULL
        14: "cannot open the file",  # SQLITE_CANTOPEN
        26: "file is not a database",
    }
    if primary in reasons:
        return reasons[primary]
    # sqlite3's own texts name the condition, never the data ("database is locked").
    return str(error).split("\n", 1)[0] or type(error).__name__


def _statements(script: str) -> list[str]:
    # sqlite3.executescript would commit our open transaction; split on ';' instead,
    # after dropping the '--' comments (the schema has neither inside a string).
    code = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    return [part.strip() for part in code.split(";") if part.strip()]


def _private_dir(directory: Path) -> None:
    """Create `directory` 0700, or check an existing one is not open to others."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        mode = stat.S_IMODE(directory.stat().st_mode)
        if mode & 0o077:
            os.chmod(directory, mode & 0o700)
    except OSError as error:
        raise UserError(
            f"{directory}: cannot use as state_dir: {error.strerror}; "
            "create it for the service user or set state_dir"
        ) from None
