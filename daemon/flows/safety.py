"""The safety side of one inbound message: strangers (and mail failing authentication) in
crisis, a new request meeting the client's open offer, and the one transaction that writes
a message's decision together with its alerts and its crisis record.

A mixin of `Conversation`, kept apart so that each file stays readable; it decides nothing
itself (`decide`, `manners` and `screen` do) and only records.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from daemon.adapters.render import Composer
from daemon.config.schema import Client, Config
from daemon.core.booking import decide
from daemon.core.mail import intake, screen
from daemon.core.records import OfferState
from daemon.core.safety import crisis
from daemon.flows.alerts import Alerts, CrisisNote, Staged
from daemon.flows.conversing import ConversationParts, Where
from daemon.store import bookings, ledger, outbox
from daemon.store.db import Store

log = logging.getLogger("callmemaybe.conversation")


class SafetyFlow(ConversationParts):
    config: Config
    store: Store
    composer: Composer
    alerts: Alerts
    dry_run: bool
    _staged: list[Staged]
    _lead: str | None
    _crisis: CrisisNote | None
    _no_reply: str | None
    _why: str  # which limit, when `_no_reply` alone does not say it
    _sent: list[str]
    _now: datetime | None

    if TYPE_CHECKING:
        clock: Callable[[], datetime]

    def _stranger(
        self,
        where: Where,
        message: intake.Message,
        screened: screen.Screened[Client],
        now: datetime,
    ) -> str:
        """Mail from outside the roster (or failing authentication, or from a machine).
        Its crisis alert (whatever else the message is) is written with its record."""
        if screened.crisis is not None:
            return self._stranger_in_crisis(where, message, screened, now)
        if (
            not screened.answerable
            or self.config.unknown_senders != "reply"
            or not self.alerts.stranger_note_due(message.from_addr, now)
        ):
            self._record(where, None, "ignored", now)
            return "ignored"
        note = self.composer.stranger(
            message.from_addr, self._thread(message), self.new_message_id(), now
        )
        with self._txn() as db:
            self._record(where, None, "stranger", now, db)
            ledger.enqueue(
                db, str(note["Message-ID"]), "stranger", None, [message.from_addr], bytes(note), now
            )
        log.info("generic note queued for a stranger")
        return "stranger"

    def _stranger_in_crisis(
        self,
        where: Where,
        message: intake.Message,
        screened: screen.Screened[Client],
        now: datetime,
    ) -> str:
        """One reply with the emergency text only, at most once a day per sender, whatever
        `unknown_senders` says: someone who may be in danger is never met with silence.
        Never to machines, calendar apps or our own addresses (those are not answerable)."""
        assert screened.crisis is not None
        if not screened.answerable:
            reason = screened.reason or ""
            self._no_reply = (
                crisis.NO_REPLY_MACHINE
                if reason.startswith("machine")
                else crisis.NO_REPLY_CALENDAR
                if reason == "calendar reply"
                else crisis.NO_REPLY_OTHER
            )
        elif not self.alerts.stranger_crisis_due(message.from_addr, now):
            self._no_reply = crisis.NO_REPLY_DAILY_LIMIT
        if self._no_reply is not None:
            self._record(where, None, "ignored", now)
            return "ignored"
        reply = self.composer.stranger_crisis(
            message.from_addr,
            self._thread(message),
            self.new_message_id(),
            now,
            screened.crisis.language,
        )
        with self._txn() as db:
            self._record(where, None, "stranger", now, db)
            ledger.enqueue(
                db,
                str(reply["Message-ID"]),
                "stranger-crisis",
                None,
                [message.from_addr],
                bytes(reply),
                now,
            )
            self._sent.append("stranger-crisis")
        log.info("emergency reply queued for a sender outside the roster")
        return "stranger"

    # --- repeated offers ----------------------------------------------------------------------

    def _open_offer(self, client_id: str) -> OfferState | None:
        offer_id = bookings.open_offer_id(self.store.db, client_id)
        return ledger.load_offer(self.store.db, offer_id) if offer_id is not None else None

    def _repeats(self, offer: OfferState, now: datetime) -> int:
        """How often the client's open offer went out again within the last hour (a client
        has one open offer at a time; each copy carries its token)."""
        return outbox.count_since(
            self.store.db, offer.client_id, "offer-repeat", now - timedelta(hours=1)
        )

    def _repeat(
        self,
        where: Where,
        client: Client,
        client_id: str,
        message: intake.Message,
        action: decide.RepeatOffer,
        now: datetime,
    ) -> None:
        """The open offer again, in the new thread: it is neither withdrawn nor replaced."""
        offer = action.offer
        if not action.send:
            self._no_reply = crisis.NO_REPLY_HOURLY_LIMIT
            self._why = "repeat"
            self._record(where, client_id, "repeat-held", now)
            log.info("client %s: open offer already repeated this hour; not again", client_id)
            return
        message_id = self.new_message_id()
        mail = self.composer.offer(
            self._to(client),
            self._thread(message),
            offer.slots,
            offer.token,
            message_id,
            now,
            lead=self._lead,
            held_until=offer.expires_at,
        )
        with self._txn() as db:
            self._record(where, client_id, "repeat", now, db)
            self._enqueue(db, mail, "offer-repeat", client_id, client, now)
        log.info("client %s: open offer sent again", client_id)

    # --- the message's one transaction ----------------------------------------------------

    @contextmanager
    def _txn(self) -> Iterator[sqlite3.Connection]:
        """The message's one transaction: its decision, its mail, and then, from what that
        decision really queued, its alerts and its crisis record."""
        with self.store.transaction() as db:
            yield db
            self._settle(db)

    def _settle(self, db: sqlite3.Connection) -> None:
        now = self._now or self.clock()
        for mail, mail_kind, about in self._staged:
            ledger.enqueue(
                db,
                str(mail["Message-ID"]),
                mail_kind,
                about,
                [self.config.alert_address],
                bytes(mail),
                now,
            )
        self._staged = []
        note, self._crisis = self._crisis, None
        if note is not None:
            reply, detail = decide.what_they_got(self._no_reply, self._sent, self.dry_run)
            detail = detail or self._why
            self.alerts.crisis(db, note, reply, detail, now)
