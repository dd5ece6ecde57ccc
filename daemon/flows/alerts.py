"""What the therapist must hear of at once, and the limits on automatic mail.

Alerts are built here and recorded by the conversation in the same transaction as the
message's own decision, so a crash never sends one twice or loses one. They name the
client in the body only (never in the subject, which shows on a locked phone) and never
carry the client's words. They are written in the therapist's language.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage

from daemon.adapters.render import Composer
from daemon.config.schema import Client, Config
from daemon.core.alerts import alertwords, manners
from daemon.core.safety import crisis
from daemon.store import alerts as alert_log
from daemon.store import ledger
from daemon.store.db import Store

# The kinds of outgoing mail that count as replies to a client. "offer-repeat" does not:
# see decide.REPEATS_PER_HOUR.
CLIENT_MAIL = ("offer", "ask", "confirmation", "cancellation", "nothing-free", "moved")

# (the mail, its outbox kind, the client id it is about)
Staged = tuple[EmailMessage, str, str | None]


@dataclass(frozen=True)
class CrisisNote:
    """A message with crisis language, as the alert and the crisis record need it."""

    finding: crisis.Finding
    folder: str
    uid: int
    written: datetime  # the message's own Date, else when it was read
    address: str  # the sender's address, for the alert's body only
    client: Client | None  # the roster client it is from (trusted, or a machine/calendar mail)
    client_id: str | None
    claimed: Client | None = None  # the client it claims to be from, failing authentication


def sender_key(client_id: str | None, address: str) -> str:
    """Who an alert is about, for its rate limit: a client id, else a hash of the address
    (the address itself stays out of this table)."""
    if client_id:
        return client_id
    return "addr:" + hashlib.sha256(address.strip().lower().encode()).hexdigest()[:24]


class Alerts:
    def __init__(
        self, config: Config, store: Store, composer: Composer, new_message_id: Callable[[], str]
    ) -> None:
        self.config = config
        self.store = store
        self.composer = composer
        self.new_message_id = new_message_id

    @property
    def language(self) -> str:
        return alertwords.language_of(self.config.therapist.language)

    def _words(self, key: str, **values: object) -> str:
        return alertwords.words(self.language, key, **values)

    def _local(self, moment: datetime) -> str:
        return alertwords.when(moment.astimezone(self.config.therapist.tz))

    def crisis(
        self, db: sqlite3.Connection, note: CrisisNote, reply: str, detail: str, now: datetime
    ) -> None:
        """Record the crisis message and alert the therapist, in the caller's transaction.

        At most `manners.ALERT_LIMIT` alerts per sender an hour; then one summary that counts
        the rest (rewritten while it is still unsent), so a forger cannot bury the inbox.
        """
        ledger.record_crisis(
            db,
            ledger.CrisisEvent(
                note.client_id,
                note.folder,
                note.uid,
                note.written,
                note.finding.category,
                reply,
            ),
        )
        key = sender_key(note.client_id, note.address)
        previous = alert_log.crisis_log(db, key, now - 2 * manners.ALERT_WINDOW)
        gate = manners.alert_gate(previous, now)
        if gate == manners.ALERT:
            mail = self._crisis_alert(note, reply, detail, now)
            self._log(db, key, gate, now, str(mail["Message-ID"]))
            self._send(db, mail, "crisis-alert", note.client_id, now)
            return
        self._log(db, key, gate, now, None)
        self._summary(db, note, key, previous, now)

    def _crisis_alert(
        self, note: CrisisNote, reply: str, detail: str, now: datetime
    ) -> EmailMessage:
        if note.client is not None:
            subject = self._words("subject.client")
            who = self._words("who.client", name=note.client.name, address=note.address)
        else:
            subject = self._words("subject.stranger")
            if note.claimed is not None:
                who = self._words("who.claimed", name=note.claimed.name, address=note.address)
            else:
                who = self._words("who.stranger", address=note.address)
        lines = [
            who,
            self._words(
                "category", category=alertwords.category(self.language, note.finding.category)
            ),
            self._words("where", folder=note.folder, time=self._local(note.written)),
            alertwords.got(self.language, reply, detail),
            self._words("act"),
        ]
        return self._notice(subject, lines, now, urgent=True)

    def _summary(
        self,
        db: sqlite3.Connection,
        note: CrisisNote,
        key: str,
        previous: list[tuple[datetime, str]],
        now: datetime,
    ) -> None:
        """The one notice standing in for further alerts: queued at the first held message,
        its count brought up to date while it still waits in the outbox."""
        summary = alert_log.last_summary(db, key)
        if summary is None or summary[1] is None:
            return
        since_summary, message_id = summary[0], summary[1]
        count = alert_log.held_since(db, key, since_summary)
        window = now - manners.ALERT_WINDOW
        alerts = sorted(at for at, what in previous if what == manners.ALERT and at > window)
        last_alert = alerts[-1] if alerts else since_summary
        # Alerts resume once the oldest of the last few leaves the window.
        oldest = alerts[-manners.ALERT_LIMIT :][0] if alerts else now
        resume = oldest + manners.ALERT_WINDOW
        if note.client is not None:
            who = note.client.name
        elif note.claimed is not None:
            who = self._words("claimed", name=note.claimed.name, address=note.address)
        else:
            who = self._words("stranger", address=note.address)
        lines = [
            self._words("summary", count=count, who=who, time=self._local(last_alert)),
            self._words("summary.resume", time=self._local(resume)),
        ]
        mail = self._notice(self._words("subject.summary"), lines, now, message_id, urgent=True)
        # Still unsent: rewrite it with the new count. Already sent: the rest stay flagged.
        alert_log.rewrite_pending(db, message_id, bytes(mail))
        self._send(db, mail, "crisis-summary", note.client_id, now)

    def _log(
        self, db: sqlite3.Connection, key: str, what: str, now: datetime, message_id: str | None
    ) -> None:
        if what == manners.SUMMARY:
            message_id = self.new_message_id()
        alert_log.log_crisis(db, key, what, now, message_id)

    def _notice(
        self,
        subject: str,
        lines: list[str],
        now: datetime,
        message_id: str | None = None,
        *,
        urgent: bool = False,
    ) -> EmailMessage:
        return self.composer.notice_to_therapist(
            self.config.alert_address,
            subject,
            lines,
            message_id or self.new_message_id(),
            now,
            urgent=urgent,
            language=self.language,
        )

    def _send(
        self,
        db: sqlite3.Connection,
        mail: EmailMessage,
        kind: str,
        client_id: str | None,
        now: datetime,
    ) -> None:
        # INSERT OR IGNORE on the Message-ID: a summary already queued is not queued twice.
        ledger.enqueue(
            db,
            str(mail["Message-ID"]),
            kind,
            client_id,
            [self.config.alert_address],
            bytes(mail),
            now,
        )

    def note_nothing_free(self, db: sqlite3.Connection, client_id: str, now: datetime) -> None:
        """Remember, in the caller's transaction, that the therapist is to hear of this
        client: the notices of one pass are gathered into one (`gather_nothing_free`)."""
        alert_log.note_nothing_free(db, client_id, now)

    def gather_nothing_free(self, now: datetime) -> int:
        """One notice listing every client who met "nothing free" since the last one; the
        notice is queued and the clients marked in one transaction. Returns how many."""
        with self.store.transaction() as db:
            rows = alert_log.nothing_free_pending(db)
            if not rows:
                return 0
            names = []
            for _, email in rows:
                client = self.config.client_for(email) if email else None
                names.append(f"- {client.name if client else email or '?'}")
            lines = [
                self._words("nothing-free.list"),
                *dict.fromkeys(names),
                self._words("nothing-free.told.all"),
            ]
            notice = self._notice(self._words("subject.nothing-free"), lines, now)
            alert_log.nothing_free_noticed(db, str(notice["Message-ID"]))
            self._send(db, notice, "notice", None, now)
        return len(rows)

    def too_many_replies(self, client_id: str, now: datetime) -> bool:
        """More than `manners.REPLY_LIMIT` automatic replies to this client within
        `manners.REPLY_WINDOW`: a loop, or someone who needs a person, not another mail."""
        times = alert_log.client_mail_since(
            self.store.db, client_id, CLIENT_MAIL, now - manners.REPLY_WINDOW
        )
        return manners.recent_replies_exceeded(times, now)

    def flood(self, client: Client, client_id: str, now: datetime) -> list[Staged]:
        """The alert that automatic replies to a client are paused, at most once an hour."""
        if alert_log.queued_for_client_since(
            self.store.db, client_id, "flood-alert", now - timedelta(hours=1)
        ):
            return []
        lines = [
            self._words("flood", name=client.name, limit=manners.REPLY_LIMIT),
            self._words("flood.why"),
        ]
        notice = self._notice(self._words("subject.flood"), lines, now, urgent=True)
        return [(notice, "flood-alert", client_id)]

    def stranger_note_due(self, address: str, now: datetime) -> bool:
        """An unknown sender gets the generic note at most once a week."""
        last = alert_log.last_to(self.store.db, "stranger", address)
        return manners.unknown_sender_reply_due(last, now)

    def stranger_crisis_due(self, address: str, now: datetime) -> bool:
        """A stranger in crisis gets the emergency reply at most once a day."""
        last = alert_log.last_to(self.store.db, "stranger-crisis", address)
        return manners.unknown_sender_reply_due(last, now, manners.STRANGER_CRISIS_EVERY)
