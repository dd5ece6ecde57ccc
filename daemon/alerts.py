"""What the therapist must hear of at once, and the limits on automatic mail.

Alerts are built here and recorded by the conversation in the same transaction as the
message's own decision, so a crash never sends one twice or loses one. They name the
client but never carry the client's words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage

from daemon import manners
from daemon.compose import Composer
from daemon.config import Client, Config
from daemon.store import Store, parse_ts, ts

MAX_REPLIES_PER_HOUR = 5
UNKNOWN_NOTE_EVERY = timedelta(days=7)
# The kinds of outgoing mail that count as replies to a client.
CLIENT_MAIL = ("offer", "ask", "confirmation", "cancellation", "nothing-free", "moved")

# (the mail, its outbox kind, the client id it is about)
Staged = tuple[EmailMessage, str, str | None]


class Alerts:
    def __init__(
        self, config: Config, store: Store, composer: Composer, new_message_id: Callable[[], str]
    ) -> None:
        self.config = config
        self.store = store
        self.composer = composer
        self.new_message_id = new_message_id

    def crisis(
        self, name: str | None, written: datetime | None, now: datetime, client_id: str | None
    ) -> Staged:
        """Urgent: the client's (or a stranger's) message holds crisis language."""
        local = (written or now).astimezone(self.config.therapist.tz)
        who = name or "Someone outside your client list"
        notice = self.composer.notice_to_therapist(
            self.config.alert_address,
            f"Urgent: {name or 'an unknown sender'} may be in crisis",
            [
                f"{who} wrote to your practice address, and their message contains words "
                "that can mean they are in danger.",
                f"It is the message of {local:%a %d %b %Y, %H:%M} in your inbox, now flagged.",
                "They got an automatic reply that leads with your emergency text"
                + (" and offers the earliest call times." if name else "."),
            ],
            self.new_message_id(),
            now,
            urgent=True,
        )
        return notice, "crisis-alert", client_id

    def too_many_replies(self, client_id: str, now: datetime) -> bool:
        """More than five automatic replies to this client in the last hour: a loop, or
        someone who needs a person rather than another mail."""
        marks = ",".join("?" * len(CLIENT_MAIL))
        times = [
            parse_ts(row[0])
            for row in self.store.db.execute(
                f"SELECT created_at FROM outbox WHERE client_id = ? AND kind IN ({marks})"
                " AND created_at >= ?",
                (client_id, *CLIENT_MAIL, ts(now - timedelta(hours=1))),
            )
        ]
        return manners.recent_replies_exceeded(times, now, MAX_REPLIES_PER_HOUR)

    def flood(self, client: Client, client_id: str, now: datetime) -> list[Staged]:
        """The alert that automatic replies to a client are paused, at most once an hour."""
        recent = self.store.db.execute(
            "SELECT 1 FROM outbox WHERE client_id = ? AND kind = 'flood-alert' AND created_at >= ?",
            (client_id, ts(now - timedelta(hours=1))),
        ).fetchone()
        if recent:
            return []
        notice = self.composer.notice_to_therapist(
            self.config.alert_address,
            f"callmemaybe paused automatic replies to {client.name}",
            [
                f"{client.name} has had more than {MAX_REPLIES_PER_HOUR} automatic replies in "
                "the last hour, so callmemaybe sends them no more for now.",
                "It may be a mail loop, or they may need a person: please have a look.",
            ],
            self.new_message_id(),
            now,
            urgent=True,
        )
        return [(notice, "flood-alert", client_id)]

    def stranger_note_due(self, address: str, now: datetime) -> bool:
        """An unknown sender gets the generic note at most once a week."""
        row = self.store.db.execute(
            "SELECT MAX(created_at) FROM outbox WHERE kind = 'stranger' AND recipients = ?",
            (address,),
        ).fetchone()
        last = parse_ts(row[0]) if row and row[0] else None
        return manners.unknown_sender_reply_due(last, now, UNKNOWN_NOTE_EVERY)
