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

from daemon.adapters.render import Composer, Recipient, Thread
from daemon.config.schema import Client, Config
from daemon.core.alerts import manners
from daemon.core.booking import decide
from daemon.core.mail import choice, intake, language, screen
from daemon.core.records import BookingState, BookingStatus, OfferState, OfferStatus, Outcome
from daemon.core.safety import crisis
from daemon.flows.alerts import Alerts, CrisisNote, Staged
from daemon.flows.availability import Availability
from daemon.flows.callevent import call_ics, language_key, recipient, remembered_language
from daemon.flows.offers import OfferFlow
from daemon.flows.safety import SafetyFlow
from daemon.store import bookings, ledger, settings
from daemon.store.db import Store

log = logging.getLogger("callmemaybe.conversation")

SKIPPED = "$CallMeMaybeSkipped"


@dataclass(frozen=True)
class Handled:
    kind: str  # request, choice, cancel, ignored, duplicate, ...
    client_id: str | None = None
    flags: tuple[str, ...] = ()  # to set on the message in the inbox (a courtesy)


class Conversation(SafetyFlow, OfferFlow):
    def __init__(
        self,
        config: Config,
        store: Store,
        availability: Availability,
        composer: Composer,
        clock: Callable[[], datetime],
        *,
        dry_run: bool = False,
    ) -> None:
        self.config = config
        self.store = store
        self.availability = availability
        self.composer = composer
        self.clock = clock
        # Mail waits in Drafts instead of being sent: crisis alerts must say so.
        self.dry_run = dry_run or config.dry_run
        self.domain = config.therapist.email.rpartition("@")[2] or "callmemaybe.invalid"
        self.alerts = Alerts(config, store, composer, self.new_message_id)
        # Per message: alerts recorded with whatever the message's decision records, and
        # the crisis paragraph a reply leads with.
        self._staged: list[Staged] = []
        self._lead: str | None = None
        # Per message with crisis language: what the alert and the crisis record need, why
        # nothing may be sent, and the kinds of mail its decision queued to the sender.
        self._crisis: CrisisNote | None = None
        self._no_reply: str | None = None
        self._why = ""
        self._sent: list[str] = []
        self._now: datetime | None = None
        # Per message: the language the client's mail is written in (see `_client_language`).
        self._language: str | None = None

    # --- entry point -------------------------------------------------------------------------

    def handle(
        self,
        folder: str,
        uidvalidity: int,
        uid: int,
        raw: bytes,
        message: intake.Message | None = None,
    ) -> Handled:
        """`message`: `raw` already parsed (within a time limit, by the service)."""
        db = self.store.db
        if ledger.inbound_known(db, folder, uidvalidity, uid):
            return Handled("duplicate")
        if message is None:
            message = intake.parse(raw)
        now = self.clock()
        where = (folder, uidvalidity, uid, message.message_id)
        self._staged, self._sent, self._crisis, self._no_reply = [], [], None, None
        self._why = ""
        self._now = now
        try:
            return self._screened(where, message, now)
        finally:
            self._crisis, self._lead, self._now, self._language = None, None, None, None

    def _screened(
        self, where: tuple[str, int, int, str | None], message: intake.Message, now: datetime
    ) -> Handled:
        db = self.store.db
        if message.unreadable:
            # Marked so the therapist can find it; the next valid mail is still answered.
            self._record(where, None, "skipped", now)
            return Handled("skipped", flags=(SKIPPED,))
        config = self.config
        screened = screen.screen(
            message,
            config.client_for(message.from_addr) if message.from_addr else None,
            own=config.own_addresses(),
            extra_crisis_words=config.safety.extra_crisis_words,
            trust_authserv_id=config.mail.trust_authserv_id,
        )
        flags: tuple[str, ...] = ("\\Flagged",) if screened.crisis else ()
        if screened.reason == "no sender":
            # No readable sender: nothing we can answer; marked so the therapist can find it.
            flags += (SKIPPED,)
        client = screened.client
        client_id = self.store.client_id(client.emails[0]) if client is not None else None
        if screened.crisis is not None:
            self._crisis = CrisisNote(
                screened.crisis,
                where[0],
                where[2],
                message.date or now,
                message.from_addr or "?",
                client,
                client_id,
                screened.claimed,
            )
        if client is None or client_id is None or not screened.answerable:
            if ledger.seen_message(db, message.message_id, any_kind=True):
                # Read before a renumbering: its alert or note went out then.
                self._crisis = None
                self._record(where, None, "duplicate", now)
                return Handled("duplicate", flags=flags)
            kind = self._stranger(where, message, screened, now)
            return Handled(kind, flags=flags)
        if ledger.seen_message(db, message.message_id):
            self._crisis = None  # alerted when it was first read
            self._record(where, client_id, "duplicate", now)
            return Handled("duplicate", client_id)
        if self.alerts.too_many_replies(client_id, now):
            # A loop or a flood: no more automatic mail to them this hour; a person looks.
            self._staged.extend(self.alerts.flood(client, client_id, now))
            self._no_reply = crisis.NO_REPLY_HOURLY_LIMIT
            self._record(where, client_id, "throttled", now)
            log.warning(
                "client %s: more than %d replies in an hour; alerted the therapist",
                client_id,
                manners.REPLY_LIMIT,
            )
            return Handled("throttled", client_id, flags)
        self._language = self._client_language(client, client_id, message)
        lead = self.composer.crisis_lead(self._to(client)) if screened.crisis else None
        self._lead = lead
        handled = self._converse(where, client, client_id, message, lead, now)
        return Handled(handled.kind, client_id, flags)

    def _converse(
        self,
        where: tuple[str, int, int, str | None],
        client: Client,
        client_id: str,
        message: intake.Message,
        lead: str | None,
        now: datetime,
    ) -> Handled:
        db = self.store.db
        thread = intake.thread_ids(message)
        is_request = self._is_request(message, answers_us=ledger.answers_ours(db, thread))
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
            and offer.status != OfferStatus.CHOSEN
            and not (offer.status == OfferStatus.SUPERSEDED and is_request)
        ):
            intent = choice.interpret(message.text, message.subject, offer.slots, client.tz)
            picked = decide.picked_slot(intent, offer)
            free = None
            if picked is not None:
                # In time, the pick is from the client's own offer, whose times may be
                # shared with others' (first to choose wins); late, others' holds count.
                late = decide.late(offer, now)
                free = self.availability.still_free(
                    picked, now, client_id=client_id, count_held=late
                )
            action = decide.on_offer_reply(intent, offer, now, free)
            self._apply(where, client, client_id, message, action, offer, now)
            return Handled(type(action).__name__.lower(), client_id)
        if is_request or lead is not None:
            # Crisis language gets an answer even when the message asked for nothing.
            current = self._open_offer(client_id)
            repeats = self._repeats(current, now) if current is not None else 0
            new = decide.on_new_request(current, now, repeats)
            if isinstance(new, decide.RepeatOffer):
                self._repeat(where, client, client_id, message, new, now)
                return Handled("repeat", client_id)
            self._offer(where, client, client_id, message, new, None, now)
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
        offer: OfferState,
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
                lead=self._lead,
            )
            with self._txn() as db:
                self._record(where, client_id, "unclear", now, db)
                self._enqueue(db, mail, "ask", client_id, client, now)
        else:
            self._record(where, client_id, "ignored", now)

    def _book(
        self,
        where: tuple[str, int, int, str | None],
        client: Client,
        client_id: str,
        message: intake.Message,
        action: decide.Book,
        offer: OfferState,
        now: datetime,
    ) -> None:
        cfg = self.config
        uid = f"{uuid.uuid4()}@{self.domain}"  # fixed here, before anything is written
        calendar_copy = call_ics(cfg, client, uid, action.slot, now)
        invitation = call_ics(cfg, client, uid, action.slot, now, method="REQUEST")
        message_id = self.new_message_id()
        mail = self.composer.confirmation(
            self._to(client),
            self._thread(message),
            action.slot,
            invitation,
            message_id,
            now,
            lead=self._lead,
        )
        with self._txn() as db:
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
            ledger.close_offer(db, offer.id, OfferStatus.CHOSEN)
            self._enqueue(db, mail, "confirmation", client_id, client, now, booking_id)
        log.info("client %s: booking %d decided (via %s)", client_id, booking_id, action.via)

    def _cancel(
        self,
        where: tuple[str, int, int, str | None],
        client: Client,
        client_id: str,
        message: intake.Message,
        booking: BookingState,
        action: decide.Action,
        now: datetime,
    ) -> None:
        assert isinstance(action, decide.CancelCall)
        cancel_ics = call_ics(
            self.config,
            client,
            booking.event_uid,
            booking.slot,
            now,
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
            lead=self._lead,
        )
        again = decide.MakeOffer(again=True, exclude=(booking.slot,))
        # A move's new times are read before anything is recorded and recorded with the
        # cancellation: the message counts as handled only once both are queued, so neither
        # a crash nor a calendar outage in between can leave the client without new times.
        slots = self._offerable(client_id, again, None, now) if action.then_offer else None
        with self._txn() as db:
            self._record(where, client_id, "cancel", now, db)
            bookings.next_sequence(db, booking.id)
            ledger.set_booking_state(
                db,
                booking.id,
                BookingStatus.CANCELLING,
                outcome=Outcome.MOVED if action.then_offer else Outcome.CANCELLED_BY_CLIENT,
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

    def _is_request(self, message: intake.Message, *, answers_us: bool = False) -> bool:
        roster = {address for c in self.config.clients for address in c.emails}
        triggers = self.config.mail.triggers
        return intake.is_request(
            message, roster, triggers.addresses, triggers.keywords, answers_us=answers_us
        )

    def _record(
        self,
        where: tuple[str, int, int, str | None],
        client_id: str | None,
        kind: str,
        now: datetime,
        db: sqlite3.Connection | None = None,
    ) -> int:
        folder, uidvalidity, uid, message_id = where
        if db is None:
            with self._txn() as own:
                return self._record(where, client_id, kind, now, own)
        return ledger.record_inbound(db, folder, uidvalidity, uid, message_id, client_id, kind, now)

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
        self._sent.append(kind)
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
        return f"<{secrets.token_hex(16)}.callmemaybe@{self.domain}>"

    def _to(self, client: Client) -> Recipient:
        return recipient(client, self._language)

    def _client_language(self, client: Client, client_id: str, message: intake.Message) -> str:
        """The client's own setting, else the language of their new words (remembered for
        the mails that answer no message of theirs), else the practice's."""
        practice = self.config.therapist.language
        if client.language:
            return client.language
        # The new words only: a subject is often our own ("Re: Your call with Robin").
        detected = language.detect(message.text)
        if detected is not None:
            settings.put(self.store.db, language_key(client_id), detected)
        else:
            detected = remembered_language(self.store.db, client_id)
        return language.client_language(None, detected, practice)

    @staticmethod
    def _thread(message: intake.Message) -> Thread:
        return Thread(message.message_id, message.references, message.subject)
