"""One inbound message, handled: gather what the decision needs, decide, record the intent.

Nothing here sends or writes to the calendar: the decision and everything it will do
(offer slots held, booking with its event UID, every outgoing mail with its Message-ID)
are written to the store in one transaction. `effects.flush` acts on them afterwards.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import make_msgid

from daemon import choice, decide, intake, invite, ledger
from daemon.availability import Availability
from daemon.compose import Composer, Recipient, Thread
from daemon.config import Client, Config
from daemon.model import Interval
from daemon.store import Store

log = logging.getLogger("callmemaybe.conversation")

# Token alphabet for the short reference in mailto subjects: no look-alikes (0/o, 1/l).
_TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"


@dataclass(frozen=True)
class Handled:
    kind: str  # request, choice, cancel, ignored, duplicate, ...
    client_id: str | None = None


class Conversation:
    def __init__(
        self,
        config: Config,
        store: Store,
        availability: Availability,
        composer: Composer,
        clock: Callable[[], datetime],
    ) -> None:
        self.config = config
        self.store = store
        self.availability = availability
        self.composer = composer
        self.clock = clock
        self.domain = config.therapist.email.rpartition("@")[2] or "callmemaybe.invalid"

    # --- entry point -------------------------------------------------------------------------

    def handle(self, folder: str, uidvalidity: int, uid: int, raw: bytes) -> Handled:
        db = self.store.db
        if db.execute(
            "SELECT 1 FROM inbound WHERE folder = ? AND uidvalidity = ? AND uid = ?",
            (folder, uidvalidity, uid),
        ).fetchone():
            return Handled("duplicate")
        message = intake.parse(raw)
        now = self.clock()
        where = (folder, uidvalidity, uid, message.message_id)
        client = self.config.client_for(message.from_addr) if message.from_addr else None
        if client is None or message.machine or message.calendar_method:
            # Not ours to answer: left exactly as it is in the mailbox.
            self._record(where, None, "ignored", now)
            return Handled("ignored")
        client_id = self.store.client_id(client.emails[0])
        if ledger.seen_message(db, message.message_id):
            self._record(where, client_id, "duplicate", now)
            return Handled("duplicate", client_id)

        thread = intake.thread_ids(message)
        is_request = self._is_request(message)
        booking = ledger.find_booking(db, client_id, thread)
        offer = None
        if booking is not None:
            wish = choice.interpret_booked(message.text, message.subject)
            action = decide.on_booking_reply(wish, booking, now)
            if not isinstance(action, decide.Ignore):
                self._cancel(where, client, client_id, message, booking, action, now)
                return Handled("cancel", client_id)
        else:
            offer = ledger.find_offer(db, client_id, thread, intake.reference_token(message))
        # A reply in an offer's thread answers it, unless the offer is settled (then only
        # a new request gets an answer: "thanks, see you then" gets none).
        if (
            offer is not None
            and offer.status != "chosen"
            and not (offer.status == "superseded" and is_request)
        ):
            intent = choice.interpret(message.text, message.subject, offer.slots, client.tz)
            picked = decide.picked_slot(intent, offer)
            free = self._still_free(picked, client_id, now) if picked is not None else None
            action = decide.on_offer_reply(intent, offer, now, free)
            self._apply(where, client, client_id, message, action, offer, now)
            return Handled(type(action).__name__.lower(), client_id)
        if is_request:
            self._offer(where, client, client_id, message, decide.MakeOffer(), None, now)
            return Handled("request", client_id)
        self._record(where, client_id, "ignored", now)
        return Handled("ignored", client_id)

    # --- decisions into records --------------------------------------------------------------

    def _apply(
        self,
        where: tuple[str, int, int, str | None],
        client: Client,
        client_id: str,
        message: intake.Message,
        action: decide.Action,
        offer: decide.OfferState,
        now: datetime,
    ) -> None:
        if isinstance(action, decide.Book):
            self._book(where, client, client_id, message, action, offer, now)
        elif isinstance(action, decide.MakeOffer):
            self._offer(where, client, client_id, message, action, offer, now)
        elif isinstance(action, decide.Ask):
            mail = self.composer.ask(
                self._to(client),
                self._thread(message),
                offer.slots,
                offer.token,
                self.new_message_id(),
                now,
            )
            with self.store.transaction() as db:
                self._record(where, client_id, "unclear", now, db)
                self._enqueue(db, mail, "ask", client_id, client, now)
        else:
            self._record(where, client_id, "ignored", now)

    def _offer(
        self,
        where: tuple[str, int, int, str | None],
        client: Client,
        client_id: str,
        message: intake.Message,
        action: decide.MakeOffer,
        previous: decide.OfferState | None,
        now: datetime,
    ) -> None:
        slots = self._offerable(client_id, action, previous, now)
        with self.store.transaction() as db:
            self._record_offer(db, where, client, client_id, message, action, previous, slots, now)

    def _offerable(
        self,
        client_id: str,
        action: decide.MakeOffer,
        previous: decide.OfferState | None,
        now: datetime,
    ) -> list[Interval]:
        exclude = tuple(action.exclude) + (previous.slots if previous and action.again else ())
        return self.availability.offerable(now, client_id=client_id, exclude=exclude)

    def _record_offer(
        self,
        db: sqlite3.Connection,
        where: tuple[str, int, int, str | None],
        client: Client,
        client_id: str,
        message: intake.Message,
        action: decide.MakeOffer,
        previous: decide.OfferState | None,
        slots: list[Interval],
        now: datetime,
    ) -> None:
        """The offer (or the "nothing free" answer) into the caller's transaction."""
        to, thread = self._to(client), self._thread(message)
        inbound_id = self._record(where, client_id, "request", now, db)
        if not slots:
            mail = self.composer.nothing_free(to, thread, self.new_message_id(), now)
            self._enqueue(db, mail, "nothing-free", client_id, client, now)
            notice = self.composer.notice_to_therapist(
                self.config.alert_address,
                f"No free time for {client.name}'s call request",
                [
                    f"{client.name} asked for a call, and the windows, the calendar and the "
                    "caps leave no free slot in the horizon.",
                    "They were told you will get back to them.",
                ],
                self.new_message_id(),
                now,
            )
            ledger.enqueue(
                db,
                str(notice["Message-ID"]),
                "notice",
                client_id,
                [self.config.alert_address],
                bytes(notice),
                now,
            )
            if previous is not None:
                ledger.close_offer(db, previous.id, "superseded")
            return
        token = "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(8))
        message_id = self.new_message_id()
        mail = self.composer.offer(to, thread, slots, token, message_id, now, again=action.again)
        ledger.add_offer(
            db,
            client_id,
            inbound_id,
            token,
            message_id,
            slots,
            now,
            self.config.calls.offer_valid_for,
        )
        self._enqueue(db, mail, "offer", client_id, client, now)
        log.info("client %s: offered %d slots", client_id, len(slots))

    def _book(
        self,
        where: tuple[str, int, int, str | None],
        client: Client,
        client_id: str,
        message: intake.Message,
        action: decide.Book,
        offer: decide.OfferState,
        now: datetime,
    ) -> None:
        cfg, therapist = self.config, self.config.therapist
        uid = f"{uuid.uuid4()}@{self.domain}"  # fixed here, before anything is written
        event = dict(
            uid=uid,
            slot=action.slot,
            therapist_name=therapist.name,
            therapist_email=therapist.email,
            client_name=client.name,
            client_email=client.emails[0],
            summary=decide.summary_for(cfg.calls.summary, client.initials, client.first_name),
            tz=therapist.tz,
            now=now,
        )
        calendar_copy = invite.call_event(**event)  # type: ignore[arg-type]
        invitation = invite.call_event(**event, method="REQUEST")  # type: ignore[arg-type]
        message_id = self.new_message_id()
        mail = self.composer.confirmation(
            self._to(client), self._thread(message), action.slot, invitation, message_id, now
        )
        with self.store.transaction() as db:
            self._record(where, client_id, "choice", now, db)
            booking_id = ledger.add_booking(
                db,
                client_id,
                offer.id,
                uid,
                cfg.calendar.book_into,
                action.slot,
                action.via,
                calendar_copy,
                message_id,
                now,
            )
            ledger.close_offer(db, offer.id, "chosen")
            self._enqueue(db, mail, "confirmation", client_id, client, now, booking_id)
        log.info("client %s: booking %d decided (via %s)", client_id, booking_id, action.via)

    def _cancel(
        self,
        where: tuple[str, int, int, str | None],
        client: Client,
        client_id: str,
        message: intake.Message,
        booking: decide.BookingState,
        action: decide.Action,
        now: datetime,
    ) -> None:
        assert isinstance(action, decide.CancelCall)
        therapist = self.config.therapist
        cancel_ics = invite.call_event(
            uid=booking.event_uid,
            slot=booking.slot,
            therapist_name=therapist.name,
            therapist_email=therapist.email,
            client_name=client.name,
            client_email=client.emails[0],
            summary=decide.summary_for(
                self.config.calls.summary, client.initials, client.first_name
            ),
            tz=therapist.tz,
            now=now,
            sequence=booking.sequence + 1,
            method="CANCEL",
        )
        mail = self.composer.cancellation(
            self._to(client),
            self._thread(message),
            booking.slot,
            cancel_ics,
            self.new_message_id(),
            now,
        )
        again = decide.MakeOffer(again=True, exclude=(booking.slot,))
        # A move's new times are read before anything is recorded and recorded with the
        # cancellation: the message counts as handled only once both are queued, so neither
        # a crash nor a calendar outage in between can leave the client without new times.
        slots = self._offerable(client_id, again, None, now) if action.then_offer else None
        with self.store.transaction() as db:
            self._record(where, client_id, "cancel", now, db)
            db.execute("UPDATE bookings SET sequence = sequence + 1 WHERE id = ?", (booking.id,))
            ledger.set_booking_state(
                db,
                booking.id,
                "cancelling",
                outcome="moved" if action.then_offer else "cancelled_by_client",
            )
            self._enqueue(db, mail, "cancellation", client_id, client, now, booking.id)
            if slots is not None:
                self._record_offer(
                    db,
                    (where[0], where[1], -where[2], None),
                    client,
                    client_id,
                    message,
                    again,
                    None,
                    slots,
                    now,
                )
        log.info("client %s: booking %d cancelled by the client", client_id, booking.id)

    # --- helpers ------------------------------------------------------------------------------

    def _still_free(self, slot: Interval, client_id: str, now: datetime) -> bool:
        """The real re-read before booking: the therapist may have added something."""
        return self.availability.still_free(slot, now, client_id=client_id)

    def _is_request(self, message: intake.Message) -> bool:
        roster = {address for c in self.config.clients for address in c.emails}
        triggers = self.config.mail.triggers
        return intake.is_request(message, roster, triggers.addresses, triggers.keywords)

    def _record(
        self,
        where: tuple[str, int, int, str | None],
        client_id: str | None,
        kind: str,
        now: datetime,
        db: sqlite3.Connection | None = None,
    ) -> int:
        folder, uidvalidity, uid, message_id = where
        return ledger.record_inbound(
            db or self.store.db, folder, uidvalidity, uid, message_id, client_id, kind, now
        )

    def _enqueue(
        self,
        db: sqlite3.Connection,
        mail: EmailMessage,
        kind: str,
        client_id: str,
        client: Client,
        now: datetime,
        waits_for: int | None = None,
    ) -> None:
        ledger.enqueue(
            db,
            str(mail["Message-ID"]),
            kind,
            client_id,
            [client.emails[0]],
            bytes(mail),
            now,
            waits_for,
        )

    def new_message_id(self) -> str:
        return make_msgid("callmemaybe", domain=self.domain)

    @staticmethod
    def _to(client: Client) -> Recipient:
        return Recipient(client.name, client.first_name, client.emails[0], client.tz)

    @staticmethod
    def _thread(message: intake.Message) -> Thread:
        return Thread(message.message_id, message.references, message.subject)
