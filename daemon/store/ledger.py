"""The conversation's records in the store: offers, bookings and the outgoing-mail queue.

Everything a decision produces is written here in one transaction before anything is
sent or booked; the executor then acts on what is pending and marks it done.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from daemon.core.model import Interval
from daemon.core.records import (
    BookingState,
    BookingStatus,
    OfferState,
    OfferStatus,
    OutboxState,
    Outcome,
)
from daemon.store.db import parse_ts, ts


@dataclass(frozen=True)
class QueuedMail:
    id: int
    message_id: str
    kind: str
    recipients: tuple[str, ...]
    raw: bytes
    attempts: int
    state: str


# --- inbound ----------------------------------------------------------------------------------


def seen_message(db: sqlite3.Connection, message_id: str | None, *, any_kind: bool = False) -> bool:
    """Was a message with this Message-ID handled already (e.g. before UIDVALIDITY changed)?
    `any_kind`: ignored ones count too (a stranger's crisis alert is sent for an ignored one).
    """
    if not message_id:
        return False
    row = db.execute(
        "SELECT 1 FROM inbound WHERE message_id = ? AND (? OR kind != 'ignored') LIMIT 1",
        (message_id, any_kind),
    ).fetchone()
    return row is not None


def record_inbound(
    db: sqlite3.Connection,
    folder: str,
    uidvalidity: int,
    uid: int,
    message_id: str | None,
    client_id: str | None,
    kind: str,
    now: datetime,
) -> int:
    cursor = db.execute(
        "INSERT OR IGNORE INTO inbound(folder, uidvalidity, uid, message_id, client_id, kind,"
        " received_at, handled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (folder, uidvalidity, uid, message_id, client_id, kind, ts(now), ts(now)),
    )
    return int(cursor.lastrowid or 0)


def inbound_known(db: sqlite3.Connection, folder: str, uidvalidity: int, uid: int) -> bool:
    """Was the message at this place handled (or set aside) already?"""
    row = db.execute(
        "SELECT 1 FROM inbound WHERE folder = ? AND uidvalidity = ? AND uid = ?",
        (folder, uidvalidity, uid),
    ).fetchone()
    return row is not None


@contextmanager
def lightly(db: sqlite3.Connection) -> Iterator[None]:
    """Writes that must survive a killed process but not a power cut, without an fsync each:
    in WAL mode a commit with synchronous=NORMAL is in the log once the call returns."""
    before = int(db.execute("PRAGMA synchronous").fetchone()[0])
    db.execute("PRAGMA synchronous=NORMAL")
    try:
        yield
    finally:
        db.execute(f"PRAGMA synchronous={before}")


def start_attempt(
    db: sqlite3.Connection,
    folder: str,
    uidvalidity: int,
    uid: int,
    now: datetime,
    *,
    hang: timedelta,
) -> int:
    """Record that handling of a message starts (committed before it, so a crash or a kill
    mid-message leaves it recorded); returns how many earlier starts never finished in a
    way that points at the message: killed while reading it slowly (phase `slow`, where
    hostile bytes cost time), or at least `hang` into deciding (a hang the watchdog ended).
    A kill a moment into reading or deciding, which take milliseconds on real mail, is the
    machine's (a power cut, an OOM kill, a restart), not the mail's: the message is retried.
    """
    row = db.execute(
        "SELECT attempts, phase, phase_at FROM inbound_attempts"
        " WHERE folder = ? AND uidvalidity = ? AND uid = ?",
        (folder, uidvalidity, uid),
    ).fetchone()
    # Finished messages' marks are left for here (a message is finished once it is in
    # `inbound`): one write per message, not two.
    db.execute(
        "DELETE FROM inbound_attempts WHERE EXISTS (SELECT 1 FROM inbound i WHERE"
        " i.folder = inbound_attempts.folder AND i.uidvalidity = inbound_attempts.uidvalidity"
        " AND i.uid = inbound_attempts.uid)"
    )
    failed = 0
    if row is not None:
        suspect = row[1] == "slow" or (row[1] == "deciding" and now - parse_ts(row[2]) >= hang)
        failed = int(row[0]) + suspect
    db.execute(
        "INSERT INTO inbound_attempts(folder, uidvalidity, uid, attempts, phase, phase_at)"
        " VALUES (?, ?, ?, ?, 'reading', ?) ON CONFLICT(folder, uidvalidity, uid) DO UPDATE"
        " SET attempts = excluded.attempts, phase = 'reading', phase_at = excluded.phase_at",
        (folder, uidvalidity, uid, failed, ts(now)),
    )
    return failed


def attempt_phase(
    db: sqlite3.Connection, folder: str, uidvalidity: int, uid: int, phase: str, now: datetime
) -> None:
    """`slow`: reading takes longer than real mail ever does; `deciding`: the message was
    read within its budget, and what follows works on bounded values."""
    db.execute(
        "UPDATE inbound_attempts SET phase = ?, phase_at = ?"
        " WHERE folder = ? AND uidvalidity = ? AND uid = ?",
        (phase, ts(now), folder, uidvalidity, uid),
    )


def unfinished(db: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """Messages whose handling started and has not finished (neither handled nor set aside)."""
    rows = db.execute(
        "SELECT a.folder, a.uidvalidity, a.uid FROM inbound_attempts a WHERE NOT EXISTS"
        " (SELECT 1 FROM inbound i WHERE i.folder = a.folder AND i.uidvalidity = a.uidvalidity"
        " AND i.uid = a.uid) ORDER BY a.uid"
    ).fetchall()
    return [(str(f), int(v), int(u)) for f, v, u in rows]


def finish_attempt(db: sqlite3.Connection, folder: str, uidvalidity: int, uid: int) -> None:
    """Handling ended (well or not, but not by a crash): the message is no poison."""
    db.execute(
        "DELETE FROM inbound_attempts WHERE folder = ? AND uidvalidity = ? AND uid = ?",
        (folder, uidvalidity, uid),
    )


@dataclass(frozen=True)
class CrisisEvent:
    client_id: str | None
    folder: str
    uid: int
    written_at: datetime
    category: str  # crisis.CATEGORIES
    reply: str  # crisis.REPLIES


def record_crisis(db: sqlite3.Connection, event: CrisisEvent) -> None:
    """Remember a message with crisis language (in the transaction of its decision)."""
    db.execute(
        "INSERT OR IGNORE INTO crisis_events(client_id, folder, uid, written_at, category,"
        " reply) VALUES (?, ?, ?, ?, ?, ?)",
        (
            event.client_id,
            event.folder,
            event.uid,
            ts(event.written_at),
            event.category,
            event.reply,
        ),
    )


def crises_between(
    db: sqlite3.Connection, client_id: str, start: datetime | None, end: datetime
) -> list[CrisisEvent]:
    """The client's messages with crisis language written in [start, end), oldest first."""
    rows = db.execute(
        "SELECT client_id, folder, uid, written_at, category, reply FROM crisis_events"
        " WHERE client_id = ? AND written_at >= ? AND written_at < ? ORDER BY written_at",
        (client_id, ts(start) if start is not None else "", ts(end)),
    ).fetchall()
    return [
        CrisisEvent(row[0], row[1], int(row[2]), parse_ts(row[3]), row[4], row[5]) for row in rows
    ]


def mailbox_position(db: sqlite3.Connection, folder: str) -> tuple[int, int] | None:
    row = db.execute(
        "SELECT uidvalidity, last_uid FROM mailbox_state WHERE folder = ?", (folder,)
    ).fetchone()
    return (int(row[0]), int(row[1])) if row else None


def set_mailbox_position(
    db: sqlite3.Connection, folder: str, uidvalidity: int, last_uid: int
) -> None:
    db.execute(
        "INSERT INTO mailbox_state(folder, uidvalidity, last_uid) VALUES (?, ?, ?)"
        " ON CONFLICT(folder) DO UPDATE SET uidvalidity = excluded.uidvalidity,"
        " last_uid = excluded.last_uid",
        (folder, uidvalidity, last_uid),
    )


def answers_ours(db: sqlite3.Connection, thread: Sequence[str]) -> bool:
    """Whether a message with these thread ids replies to mail this daemon sent."""
    if not thread:
        return False
    marks = ",".join("?" * len(thread))
    row = db.execute(
        f"SELECT 1 FROM outbox WHERE message_id IN ({marks}) LIMIT 1", tuple(thread)
    ).fetchone()
    return row is not None


# --- offers -----------------------------------------------------------------------------------


def add_offer(
    db: sqlite3.Connection,
    client_id: str,
    inbound_id: int | None,
    token: str,
    message_id: str,
    slots: Sequence[Interval],
    now: datetime,
    valid_for: timedelta,
) -> int:
    # A client has one open offer at a time: a new one releases the old one's slots.
    db.execute(
        "UPDATE offers SET status = 'superseded' WHERE client_id = ? AND status = 'open'",
        (client_id,),
    )
    cursor = db.execute(
        "INSERT INTO offers(client_id, inbound_id, token, message_id, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (client_id, inbound_id, token, message_id, ts(now), ts(now + valid_for)),
    )
    offer_id = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT INTO offer_slots(offer_id, position, start_utc, end_utc) VALUES (?, ?, ?, ?)",
        [(offer_id, n, ts(s.start), ts(s.end)) for n, s in enumerate(slots, start=1)],
    )
    return offer_id


def find_offer(
    db: sqlite3.Connection, client_id: str, thread: Sequence[str], token: str | None
) -> OfferState | None:
    """The client's offer this message answers: by thread ids, else by reference token."""
    row = None
    if thread:
        marks = ",".join("?" * len(thread))
        row = db.execute(
            f"SELECT id FROM offers WHERE client_id = ? AND message_id IN ({marks})"
            " ORDER BY id DESC LIMIT 1",
            (client_id, *thread),
        ).fetchone()
    if row is None and token:
        row = db.execute(
            "SELECT id FROM offers WHERE client_id = ? AND token = ?", (client_id, token)
        ).fetchone()
    return load_offer(db, int(row[0])) if row else None


def load_offer(db: sqlite3.Connection, offer_id: int) -> OfferState:
    client_id, token, message_id, expires_at, status = db.execute(
        "SELECT client_id, token, message_id, expires_at, status FROM offers WHERE id = ?",
        (offer_id,),
    ).fetchone()
    slots = tuple(
        Interval(parse_ts(a), parse_ts(b))
        for a, b in db.execute(
            "SELECT start_utc, end_utc FROM offer_slots WHERE offer_id = ? ORDER BY position",
            (offer_id,),
        )
    )
    return OfferState(
        offer_id, client_id, token, message_id, slots, parse_ts(expires_at), OfferStatus(status)
    )


def close_offer(db: sqlite3.Connection, offer_id: int, status: OfferStatus) -> None:
    db.execute("UPDATE offers SET status = ? WHERE id = ?", (status, offer_id))


# --- bookings ---------------------------------------------------------------------------------


def add_booking(
    db: sqlite3.Connection,
    client_id: str,
    offer_id: int | None,
    event_uid: str,
    calendar: str,
    slot: Interval,
    via: str,
    ics: bytes,
    message_id: str,
    now: datetime,
) -> int:
    cursor = db.execute(
        "INSERT INTO bookings(client_id, offer_id, event_uid, calendar, start_utc, end_utc,"
        " requested_via, ics, message_id, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            client_id,
            offer_id,
            event_uid,
            calendar,
            ts(slot.start),
            ts(slot.end),
            via,
            ics,
            message_id,
            ts(now),
        ),
    )
    return int(cursor.lastrowid or 0)


def find_booking(
    db: sqlite3.Connection, client_id: str, thread: Sequence[str]
) -> BookingState | None:
    """The client's call, still on, whose confirmation this message answers (a call that
    was cancelled, or moved by the client, is no longer one they can change)."""
    if not thread:
        return None
    marks = ",".join("?" * len(thread))
    row = db.execute(
        f"SELECT {BOOKING_COLUMNS} FROM bookings"
        f" WHERE client_id = ? AND message_id IN ({marks})"
        " AND state NOT IN ('failed', 'cancelling', 'cancelled')"
        " ORDER BY id DESC LIMIT 1",
        (client_id, *thread),
    ).fetchone()
    return None if row is None else booking_state(row)


# The columns `booking_state` reads, in its order.
BOOKING_COLUMNS = "id, client_id, event_uid, start_utc, end_utc, sequence, outcome"


def booking_state(row: Sequence[Any]) -> BookingState:
    """The one mapping of a `BOOKING_COLUMNS` row to its record."""
    return BookingState(
        int(row[0]),
        str(row[1]),
        str(row[2]),
        Interval(parse_ts(row[3]), parse_ts(row[4])),
        int(row[5]),
        Outcome(row[6]),
    )


def booked_calls(db: sqlite3.Connection, start: datetime, end: datetime) -> list[Interval]:
    """Calls still on (or still to be written) that overlap [start, end): they block their
    time and count toward the caps. A cancelled booking does not, whatever its outcome says:
    a client's move leaves the old booking `moved` (for the reports) but `cancelled`."""
    rows = db.execute(
        "SELECT start_utc, end_utc FROM bookings"
        " WHERE outcome NOT IN ('cancelled_by_client', 'cancelled_by_therapist')"
        " AND state NOT IN ('failed', 'cancelling', 'cancelled')"
        " AND start_utc < ? AND end_utc > ? ORDER BY start_utc",
        (ts(end), ts(start)),
    ).fetchall()
    return [Interval(parse_ts(a), parse_ts(b)) for a, b in rows]


def pending_bookings(db: sqlite3.Connection) -> list[tuple[int, str, str, bytes, str]]:
    """(id, calendar, event_uid, ics, state) of events still to be written or deleted."""
    return [
        (int(r[0]), r[1], r[2], bytes(r[3]), r[4])
        for r in db.execute(
            "SELECT id, calendar, event_uid, ics, state FROM bookings"
            " WHERE state IN ('pending', 'cancelling') ORDER BY id"
        )
    ]


def set_booking_state(
    db: sqlite3.Connection,
    booking_id: int,
    state: BookingStatus,
    now: datetime | None = None,
    outcome: Outcome | None = None,
) -> None:
    db.execute(
        "UPDATE bookings SET state = ?, created_at = COALESCE(?, created_at),"
        " outcome = COALESCE(?, outcome) WHERE id = ?",
        (state, ts(now) if now and state == BookingStatus.CREATED else None, outcome, booking_id),
    )


# --- outgoing mail ----------------------------------------------------------------------------


def enqueue(
    db: sqlite3.Connection,
    message_id: str,
    kind: str,
    client_id: str | None,
    recipients: Sequence[str],
    raw: bytes,
    now: datetime,
    waits_for: int | None = None,
) -> int:
    cursor = db.execute(
        "INSERT OR IGNORE INTO outbox(message_id, kind, client_id, waits_for, recipients, raw,"
        " created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (message_id, kind, client_id, waits_for, " ".join(recipients), raw, ts(now), ts(now)),
    )
    return int(cursor.lastrowid or 0)


def due_mail(db: sqlite3.Connection, now: datetime) -> list[QueuedMail]:
    """Mail ready to go: its event (if any) is written and its retry time has come."""
    rows = db.execute(
        "SELECT o.id, o.message_id, o.kind, o.recipients, o.raw, o.attempts, o.state"
        " FROM outbox o LEFT JOIN bookings b ON b.id = o.waits_for"
        " WHERE o.state IN ('pending', 'sending') AND o.next_attempt_at <= ?"
        " AND (o.waits_for IS NULL OR b.state NOT IN ('pending', 'cancelling'))"
        " ORDER BY o.id",
        (ts(now),),
    ).fetchall()
    return [
        QueuedMail(r[0], r[1], r[2], tuple(r[3].split()), bytes(r[4]), r[5], r[6]) for r in rows
    ]


def mark_mail(
    db: sqlite3.Connection,
    mail_id: int,
    state: OutboxState,
    now: datetime,
    error: str | None = None,
    retry_in: timedelta | None = None,
) -> None:
    db.execute(
        "UPDATE outbox SET state = ?, attempts = attempts + (? = 'pending'),"
        " last_error = ?, sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END,"
        " next_attempt_at = ? WHERE id = ?",
        (state, state, error, state, ts(now), ts(now + (retry_in or timedelta(0))), mail_id),
    )


def last_mail(db: sqlite3.Connection, client_id: str, kind: str) -> datetime | None:
    """When mail of this kind was last queued for the client."""
    row = db.execute(
        "SELECT MAX(created_at) FROM outbox WHERE client_id = ? AND kind = ?", (client_id, kind)
    ).fetchone()
    return parse_ts(row[0]) if row and row[0] else None


def queue_length(db: sqlite3.Connection) -> int:
    return int(
        db.execute("SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')").fetchone()[
            0
        ]
    )
