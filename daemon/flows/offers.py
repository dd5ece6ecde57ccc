"""The offer side of one inbound message: the free times read for a client, and the offer
(or the kind "nothing free" answer) recorded with the message's decision.

A mixin of `Conversation`, kept apart so that each file stays readable; it decides nothing
itself (`decide` does) and only reads the free times and records.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING

from daemon.adapters.render import Composer, Thread
from daemon.config.schema import Client, Config
from daemon.core.booking import decide
from daemon.core.mail import intake
from daemon.core.model import Interval
from daemon.core.records import OfferState, OfferStatus
from daemon.flows.alerts import Alerts
from daemon.flows.availability import Availability
from daemon.flows.conversing import ConversationParts, Where
from daemon.store import ledger

log = logging.getLogger("callmemaybe.conversation")


# Token alphabet for the short reference in mailto subjects: no look-alikes (0/o, 1/l).
_TOKEN_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"


class OfferFlow(ConversationParts):
    config: Config
    availability: Availability
    composer: Composer
    alerts: Alerts
    _lead: str | None

    if TYPE_CHECKING:

        def _txn(self) -> AbstractContextManager[sqlite3.Connection]: ...

    def _offer(
        self,
        where: Where,
        client: Client,
        client_id: str,
        message: intake.Message,
        action: decide.MakeOffer,
        previous: OfferState | None,
        now: datetime,
    ) -> None:
        slots = self._offerable(client_id, action, previous, now)
        with self._txn() as db:
            self._record_offer(db, where, client, client_id, message, action, previous, slots, now)

    def _offerable(
        self,
        client_id: str,
        action: decide.MakeOffer,
        previous: OfferState | None,
        now: datetime,
    ) -> list[Interval]:
        exclude = tuple(action.exclude) + (previous.slots if previous and action.again else ())
        found = self.availability.offerable(now, client_id=client_id, exclude=exclude)
        if not found:
            # Other clients' held times never make a "nothing free": once the unheld times
            # run out, those are offered too, and the first client to choose gets the time.
            found = self.availability.offerable(
                now, client_id=client_id, exclude=exclude, share_held=True
            )
        return found

    def _record_offer(
        self,
        db: sqlite3.Connection,
        where: Where,
        client: Client,
        client_id: str,
        message: intake.Message,
        action: decide.MakeOffer,
        previous: OfferState | None,
        slots: list[Interval],
        now: datetime,
    ) -> None:
        """The offer (or the "nothing free" answer) into the caller's transaction."""
        inbound_id = self._record(where, client_id, "request", now, db)
        if not slots and previous is not None:
            ledger.close_offer(db, previous.id, OfferStatus.SUPERSEDED)
        self.queue_offer(
            db,
            client,
            client_id,
            self._thread(message),
            slots,
            now,
            again=action.again,
            inbound_id=inbound_id,
        )

    def queue_offer(
        self,
        db: sqlite3.Connection,
        client: Client,
        client_id: str,
        thread: Thread,
        slots: list[Interval],
        now: datetime,
        *,
        again: bool,
        inbound_id: int | None = None,
    ) -> None:
        """Record an offer of `slots` and queue its mail; with no slots, the kind "I will get
        back to you" and a notice to the therapist instead. Inside the caller's transaction."""
        to = self._to(client)
        if not slots:
            told = ledger.last_mail(db, client_id, "nothing-free")
            if decide.nothing_free_again(told, now) and self._lead is None:
                # The therapist writes to them personally; a second mail would only repeat
                # it. Crisis words still get the reply that leads with the emergency text.
                log.info("client %s: nothing free again; no second automatic mail", client_id)
                return
            mail = self.composer.nothing_free(
                to, thread, self.new_message_id(), now, lead=self._lead
            )
            self._enqueue(db, mail, "nothing-free", client_id, client, now)
            # Gathered into one notice per pass (`Alerts.gather_nothing_free`).
            self.alerts.note_nothing_free(db, client_id, now)
            return
        token = "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(8))
        message_id = self.new_message_id()
        valid_for = self.config.calls.offer_valid_for
        mail = self.composer.offer(
            to,
            thread,
            slots,
            token,
            message_id,
            now,
            again=again,
            lead=self._lead,
            held_until=now + valid_for,
        )
        ledger.add_offer(
            db,
            client_id,
            inbound_id,
            token,
            message_id,
            slots,
            now,
            valid_for,
        )
        self._enqueue(db, mail, "offer", client_id, client, now)
        log.info("client %s: offered %d slots", client_id, len(slots))
