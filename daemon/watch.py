"""Noticing what the therapist changed in their calendar app, and telling the client.

Cheap when nothing changed: one CTag/sync-token request for `book_into`; only when it
moved (or a call has ended) are the booked calls' events read, one by UID.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from daemon import changes, decide, ledger
from daemon.availability import Availability
from daemon.compose import Thread
from daemon.config import Client, Config
from daemon.conversation import Conversation, call_ics, recipient
from daemon.dav import Calendars
from daemon.model import Interval
from daemon.store import Store, parse_ts, ts

log = logging.getLogger("callmemaybe.watch")

_TAG_KEY = "book_into_ctag"


class CalendarWatch:
    def __init__(
        self,
        config: Config,
        store: Store,
        calendars: Calendars,
        availability: Availability,
        conversation: Conversation,
        clock: Callable[[], datetime],
    ) -> None:
        self.config = config
        self.store = store
        self.calendars = calendars
        self.availability = availability
        # The clients hear of changes in the conversation's own words and records.
        self.conversation = conversation
        self.composer = conversation.composer
        self.new_message_id = conversation.new_message_id
        self.clock = clock

    def run(self) -> int:
        """Look for deleted, moved and held calls; return how many changed."""
        now = self.clock()
        bookings = self._open_bookings(now)
        if not bookings:
            return 0  # nothing of ours to watch: not even the CTag request
        name = self.config.calendar.book_into
        tag = self.calendars.ctag(name)
        ended = any(b.slot.end <= now for b in bookings)
        if tag is not None and tag == self._stored_tag() and not ended:
            return 0
        found = [
            changes.change_of(b, self.calendars.event_text(name, b.event_uid), now)
            for b in bookings
        ]
        count = 0
        for change in found:
            if change is None:
                continue
            count += 1
            if isinstance(change, changes.Held):
                with self.store.transaction() as db:
                    ledger.set_booking_state(db, change.booking.id, "created", outcome="held")
            elif isinstance(change, changes.Moved):
                self._moved(change, now)
            else:
                self._deleted(change.booking, now)
        self._store_tag(self.calendars.ctag(name) if count else tag)
        return count

    # --- the client hears of it ---------------------------------------------------------

    def _moved(self, change: changes.Moved, now: datetime) -> None:
        booking = change.booking
        client = self._client(booking.client_id)
        if client is None:
            return
        invitation = call_ics(
            self.config,
            client,
            booking.event_uid,
            change.slot,
            now,
            sequence=change.sequence,
            method="REQUEST",
        )
        mail = self.composer.confirmation(
            recipient(client),
            self._thread(booking),
            change.slot,
            invitation,
            self.new_message_id(),
            now,
            moved=True,
        )
        with self.store.transaction() as db:
            db.execute(
                "UPDATE bookings SET start_utc = ?, end_utc = ?, sequence = ?, outcome = 'moved'"
                " WHERE id = ?",
                (ts(change.slot.start), ts(change.slot.end), change.sequence, booking.id),
            )
            ledger.enqueue(
                db,
                str(mail["Message-ID"]),
                "moved",
                booking.client_id,
                [client.emails[0]],
                bytes(mail),
                now,
            )
        log.info("client %s: booking %d moved by the therapist", booking.client_id, booking.id)

    def _deleted(self, booking: decide.BookingState, now: datetime) -> None:
        client = self._client(booking.client_id)
        if client is None:
            return
        cancel = call_ics(
            self.config,
            client,
            booking.event_uid,
            booking.slot,
            now,
            sequence=booking.sequence + 1,
            method="CANCEL",
        )
        thread = self._thread(booking)
        mail = self.composer.cancellation(
            recipient(client),
            thread,
            booking.slot,
            cancel,
            self.new_message_id(),
            now,
            by_therapist=True,
        )
        slots = self.availability.offerable(
            now, client_id=booking.client_id, exclude=(booking.slot,)
        )
        with self.store.transaction() as db:
            db.execute(
                "UPDATE bookings SET state = 'cancelled', outcome = 'cancelled_by_therapist',"
                " sequence = sequence + 1 WHERE id = ?",
                (booking.id,),
            )
            ledger.enqueue(
                db,
                str(mail["Message-ID"]),
                "cancellation",
                booking.client_id,
                [client.emails[0]],
                bytes(mail),
                now,
            )
            self.conversation.queue_offer(
                db, client, booking.client_id, thread, slots, now, again=True
            )
        log.info("client %s: booking %d deleted by the therapist", booking.client_id, booking.id)

    # --- helpers -------------------------------------------------------------------------

    def _open_bookings(self, now: datetime) -> list[decide.BookingState]:
        rows = self.store.db.execute(
            "SELECT id, client_id, event_uid, start_utc, end_utc, sequence, outcome"
            " FROM bookings WHERE state = 'created' AND outcome IN ('booked', 'moved')"
            " AND end_utc > ? ORDER BY start_utc",
            (ts(now - timedelta(days=14)),),
        ).fetchall()
        return [
            decide.BookingState(
                r[0], r[1], r[2], Interval(parse_ts(r[3]), parse_ts(r[4])), r[5], r[6]
            )
            for r in rows
        ]

    def _client(self, client_id: str) -> Client | None:
        row = self.store.db.execute(
            "SELECT email FROM clients WHERE id = ?", (client_id,)
        ).fetchone()
        return self.config.client_for(row[0]) if row else None

    def _thread(self, booking: decide.BookingState) -> Thread:
        row = self.store.db.execute(
            "SELECT message_id FROM bookings WHERE id = ?", (booking.id,)
        ).fetchone()
        return Thread(row[0] if row else None, (), "")

    def _stored_tag(self) -> str | None:
        row = self.store.db.execute(
            "SELECT value FROM settings WHERE key = ?", (_TAG_KEY,)
        ).fetchone()
        return str(row[0]) if row else None

    def _store_tag(self, tag: str | None) -> None:
        self.store.db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (_TAG_KEY, tag),
        )
