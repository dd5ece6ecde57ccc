"""A practice wired to the real loopback servers: config, mailbox, calendars, SMTP sink."""

from __future__ import annotations

import os
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from daemon.config.loading import parse_config
from daemon.config.schema import Config
from daemon.demo.loopback import SmtpEndpoint
from daemon.runtime.service import Service
from tests.rig import DavAccount, ImapAccount

BERLIN = ZoneInfo("Europe/Berlin")
REPO = Path(__file__).resolve().parents[2]

CONFIG = """\
therapist: {{name: Robin Example, email: robin@practice.example, timezone: Europe/Berlin}}
mail:
  imap: {{host: 127.0.0.1, port: {imap_port}, security: plain, username: {imap_user},
         password_from: "env:CMM_TEST_IMAP"}}
  smtp: {{host: 127.0.0.1, port: {smtp_port}, security: plain, username: {smtp_user},
         password_from: "env:CMM_TEST_SMTP"}}
  triggers: {{addresses: [robin+call@practice.example], keywords: [call, phone, talk]}}
calendar: {{url: "{dav_url}", username: {dav_user}, password_from: "env:CMM_TEST_DAV",
           book_into: Practice, busy_from: [Practice, Personal]}}
calls:
  length: 15m
  offer: 3
  windows: {{mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"],
            thu: ["09:00-18:00"], fri: ["09:00-18:00"], sat: ["09:00-18:00"],
            sun: ["09:00-18:00"]}}
  buffer: 10m
  notice: 2h
  horizon: 7d
  max_per_day: 3
  max_per_week: 8
clients:
  - {{name: Ann Example, email: ann@example.org, timezone: America/New_York, sessions: "Ann E",
     comfortable_per_week: 1}}
  - {{name: Bob Sample, email: bob@example.net}}
state_dir: {state_dir}
"""


@dataclass
class Practice:
    config: Config
    imap: ImapAccount
    dav: DavAccount
    smtp: SmtpEndpoint
    path: Path  # the config as a file, for `callmemaybe` subprocesses

    def env(self, **extra: str) -> dict[str, str]:
        """The environment a `callmemaybe` subprocess needs (passwords via env:)."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NOTIFY_", "WATCHDOG_"))}
        env.update(
            CMM_TEST_IMAP=self.imap.password,
            CMM_TEST_SMTP=self.smtp.password,
            CMM_TEST_DAV=self.dav.password,
            PYTHONPATH=str(REPO),
        )
        env.update(extra)
        return env

    def service(self) -> Service:
        return Service(self.config)

    def once(self) -> None:
        service = self.service()
        try:
            service.pass_once()
        finally:
            service.disconnect()
            service.store.close()

    def sent(self) -> list[EmailMessage]:
        return [item.message for item in self.smtp.messages.snapshot()]

    def calls(self) -> list[icalendar.cal.Component]:
        found = []
        for obj in self.dav.calendar("Practice").events():
            for event in obj.icalendar_instance.walk("VEVENT"):
                if "Between-session call" in str(event.get("CATEGORIES", "")):
                    found.append(event)
        return found

    def flags(self) -> dict[int, tuple[bytes, ...]]:
        client = self.imap.connect()
        try:
            client.select_folder("INBOX", readonly=True)
            uids = client.search("ALL")
            return {uid: data[b"FLAGS"] for uid, data in client.fetch(uids, ["FLAGS"]).items()}
        finally:
            client.logout()


@pytest.fixture
def practice(
    imap_account: ImapAccount,
    dav_principal: DavAccount,
    smtp_sink: SmtpEndpoint,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Practice:
    dav_principal.make_calendar("Practice")
    dav_principal.make_calendar("Personal")
    monkeypatch.setenv("CMM_TEST_IMAP", imap_account.password)
    monkeypatch.setenv("CMM_TEST_SMTP", smtp_sink.password)
    monkeypatch.setenv("CMM_TEST_DAV", dav_principal.password)
    text = CONFIG.format(
        imap_port=imap_account.port,
        imap_user=imap_account.username,
        smtp_port=smtp_sink.port,
        smtp_user=smtp_sink.username,
        dav_url=dav_principal.url,
        dav_user=dav_principal.username,
        state_dir=tmp_path / "state",
    )
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    config = parse_config(text, source=str(path))
    return Practice(config, imap_account, dav_principal, smtp_sink, path)


def mail(
    body: str,
    *,
    sender: str = "Ann Example <ann@example.org>",
    subject: str = "Could we talk?",
    reply_to: EmailMessage | None = None,
    to: str = "Robin Example <robin@practice.example>",
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    if reply_to is not None and subject == "Could we talk?":
        subject = f"Re: {reply_to['Subject']}"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid("client", domain="example.org")
    if reply_to is not None:
        message["In-Reply-To"] = str(reply_to["Message-ID"])
        message["References"] = f"{reply_to.get('References', '')} {reply_to['Message-ID']}".strip()
        quoted = "\n".join("> " + line for line in text_of(reply_to).splitlines())
        body = f"{body}\n\nOn Mon, Robin Example <robin@practice.example> wrote:\n{quoted}\n"
    message.set_content(textwrap.dedent(body))
    return bytes(message)


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


def offered_starts(message: EmailMessage) -> list[str]:
    return [
        line for line in text_of(message).splitlines() if line.strip()[:2] in {"1.", "2.", "3."}
    ]


def _booking_outcomes(self: Practice) -> list[str]:
    from daemon.store.db import Store

    store = Store.open(self.config.state_dir)
    try:
        return [row[0] for row in store.db.execute("SELECT outcome FROM bookings ORDER BY id")]
    finally:
        store.close()


Practice.booking_outcomes = _booking_outcomes  # type: ignore[attr-defined]
