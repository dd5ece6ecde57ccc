"""What the conversation's mixins (`flows/offers`, `flows/safety`) may call on the
`Conversation` they are part of: declared once, for the type checker only."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from email.message import EmailMessage
from typing import TYPE_CHECKING

from daemon.adapters.render import Recipient, Thread
from daemon.config.schema import Client
from daemon.core.mail import intake

# (folder, uidvalidity, uid, Message-ID) of the message being handled.
Where = tuple[str, int, int, str | None]


class ConversationParts:
    if TYPE_CHECKING:

        def _record(
            self,
            where: Where,
            client_id: str | None,
            kind: str,
            now: datetime,
            db: sqlite3.Connection | None = None,
        ) -> int: ...

        def _enqueue(
            self,
            db: sqlite3.Connection,
            mail: EmailMessage,
            kind: str,
            client_id: str,
            client: Client,
            now: datetime,
            waits_for: int | None = None,
        ) -> None: ...

        def new_message_id(self) -> str: ...

        def _to(self, client: Client) -> Recipient: ...

        @staticmethod
        def _thread(message: intake.Message) -> Thread: ...
