"""Noticing what the therapist changed in their calendar app, and telling the client.

Cheap when nothing changed: one CTag/sync-token request for `book_into`. Only when it
moved (or a call has ended, or a deletion is held) is the calendar listed around the
booked calls, and an event the listing lacks fetched by its own URL. What counts as
deleted, and when many deletions at once are held, is decided in `changes`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from daemon.adapters.dav import Calendars
from daemon.adapters.render import Thread
from daemon.config.schema import Client, Config
from daemon.core.booking import changes
from daemon.core.errors import RemoteError, UserError
from daemon.core.records import BookingState, BookingStatus, Outcome
from daemon.flows.availability import Availability
from daemon.flows.booking import Conversation
from daemon.flows.callevent import call_ics, recipient, remembered_language
from daemon.store import changes as watched
from daemon.store import ledger, settings
from daemon.store.db import Store

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
        """Look for deleted, moved and held calls; return how many changed (and were told)."""
        now = self.clock()
        bookings = self._open_bookings(now)
        if not bookings:
            return 0  # nothing of ours to watch: not even the CTag request
        name = self.config.calendar.book_into
        tag = self.calendars.ctag(name)
        ended = any(b.slot.end <= now for b in bookings)
        waiting = {k: v for k, v in self._waiting().items() if k in {b.id for b in bookings}}
        if tag is not None and tag == self._stored_tag() and not ended and not waiting:
            return 0
        listing = self._listing(name, bookings)
        hrefs = self._hrefs()
        found: dict[int, changes.Change | changes.LeftAlone | None] = {}
        for booking in bookings:
            seen = changes.presence(
                booking.event_uid, listing, self._probe(name, booking, listing, hrefs)
            )
            found[booking.id] = changes.change_of(booking, seen, now)
        plan = changes.plan(bookings, found, waiting, now)
        unknown = [left for left in plan.left_alone if left.retry]
        if unknown:
            log.warning("%d call(s) left alone this pass: %s", len(unknown), unknown[0].reason)
        for left in plan.left_alone:
            if not left.retry:  # logged once per calendar change: the tag is kept
                log.warning(
                    "client %s: booking %d left alone, its event is unreadable: %s",
                    left.booking.client_id,
                    left.booking.id,
                    left.reason,
                )
        new_holds = set(plan.waiting) - set(waiting)
        if new_holds:
            log.warning(
                "%d calls look deleted at once: held for confirmation until %s",
                len(plan.waiting),
                plan.held_until(),
            )
        for change in plan.act:
            if isinstance(change, changes.Held):
                with self.store.transaction() as db:
                    ledger.set_booking_state(
                        db, change.booking.id, BookingStatus.CREATED, outcome=Outcome.HELD
                    )
            elif isinstance(change, changes.Moved):
                self._moved(change, now)
            else:
                self._deleted(change.booking, now)
        self._remember(bookings, listing, plan)
        if plan.settled:
            self._store_tag(self.calendars.ctag(name) if plan.act else tag)
        return len(plan.act)

    def _listing(self, name: str, bookings: list[BookingState]) -> changes.Listing:
        """The calendar around the watched calls. A failed listing (an error status, garbage,
        no answer) raises: nothing at all is decided in that pass, held deletions stay held,
        and the job reports the error and tries again."""
        # The window holds every watched call with a day's margin; an event moved outside
        # it is still found by its own URL (see `_probe`).
        start = min(b.slot.start for b in bookings) - timedelta(days=1)
        end = max(b.slot.end for b in bookings) + timedelta(days=1)
        return changes.listing_of(self.calendars.list_objects(name, start, end))

    def _probe(
        self,
        name: str,
        booking: BookingState,
        listing: changes.Listing,
        hrefs: dict[int, str],
    ) -> str | Exception | None:
        """A GET of the event's own URL, asked only when the listing lacks it."""
        if booking.event_uid in listing.texts:
            return None
        href = hrefs.get(booking.id) or self.calendars.object_href(name, booking.event_uid)
        try:
            return self.calendars.fetch(href)
        except (RemoteError, UserError) as failure:
            return failure

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
            recipient(client, remembered_language(self.store.db, booking.client_id)),
            self._thread(booking),
            change.slot,
            invitation,
            self.new_message_id(),
            now,
            moved=True,
        )
        with self.store.transaction() as db:
            watched.moved(db, booking.id, change.slot, change.sequence)
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

    def _deleted(self, booking: BookingState, now: datetime) -> None:
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
            recipient(client, remembered_language(self.store.db, booking.client_id)),
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
            watched.deleted_by_therapist(db, booking.id)
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

    def _open_bookings(self, now: datetime) -> list[BookingState]:
        return watched.open_bookings(self.store.db, now - timedelta(days=14))

    def _client(self, client_id: str) -> Client | None:
        email = self.store.client_email(client_id)
        return self.config.client_for(email) if email else None

    def _thread(self, booking: BookingState) -> Thread:
        return Thread(watched.booking_message_id(self.store.db, booking.id), (), "")

    def _waiting(self) -> dict[int, datetime]:
        return watched.waiting(self.store.db)

    def _hrefs(self) -> dict[int, str]:
        return watched.hrefs(self.store.db)

    def _remember(
        self,
        bookings: list[BookingState],
        listing: changes.Listing | None,
        plan: changes.Plan,
    ) -> None:
        """Where each event was seen, and which deletions are held since when."""
        with self.store.transaction() as db:
            for booking in bookings:
                href = listing.hrefs.get(booking.event_uid) if listing else None
                watched.remember(db, booking.id, href, plan.waiting.get(booking.id))

    def _stored_tag(self) -> str | None:
        return settings.get(self.store.db, _TAG_KEY)

    def _store_tag(self, tag: str | None) -> None:
        settings.put(self.store.db, _TAG_KEY, tag)
