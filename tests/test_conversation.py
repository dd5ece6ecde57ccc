"""The main job, end to end against real Dovecot, Radicale and aiosmtpd: a client's email
becomes an offer, their choice a booked call, exactly once."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from daemon.config import Config, parse_config
from daemon.loopback import SmtpEndpoint
from daemon.service import Service
from tests.rig import DavAccount, ImapAccount

BERLIN = ZoneInfo("Europe/Berlin")

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
  - {{name: Ann Example, email: ann@example.org, timezone: America/New_York}}
  - {{name: Bob Sample, email: bob@example.net}}
state_dir: {state_dir}
"""


@dataclass
class Practice:
    config: Config
    imap: ImapAccount
    dav: DavAccount
    smtp: SmtpEndpoint

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
    config = parse_config(
        CONFIG.format(
            imap_port=imap_account.port,
            imap_user=imap_account.username,
            smtp_port=smtp_sink.port,
            smtp_user=smtp_sink.username,
            dav_url=dav_principal.url,
            dav_user=dav_principal.username,
            state_dir=tmp_path / "state",
        ),
        source="test.yaml",
    )
    return Practice(config, imap_account, dav_principal, smtp_sink)


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


def test_a_request_gets_one_warm_offer_in_its_thread_and_stays_unread(practice: Practice) -> None:
    request = mail("Hi Robin, could we talk this week? Ann")
    practice.imap.append(request)
    practice.once()
    [offer] = practice.sent()
    assert offer["To"].addresses[0].addr_spec == "ann@example.org"
    assert offer["Subject"] == "Re: Could we talk?"
    assert offer["In-Reply-To"] and offer["Auto-Submitted"] == "auto-replied"
    assert offer["Message-ID"].endswith("@practice.example>")
    assert "Ann" in text_of(offer)
    assert len(offered_starts(offer)) == 3
    assert all(b"\\Seen" not in flags for flags in practice.flags().values())


def test_mail_that_is_not_a_request_is_left_alone(practice: Practice) -> None:
    practice.imap.append(mail("Thanks for today, see you next week.", subject="Thanks"))
    practice.imap.append(mail("Could we talk?", sender="Stranger <x@elsewhere.example>"))
    practice.once()
    assert practice.sent() == []
    assert all(flags == () for flags in practice.flags().values())


def test_choosing_a_number_books_the_call_once_and_sends_an_invitation(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk on the phone?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("2 works for me, thanks!", reply_to=offer))
    practice.once()
    practice.once()  # a second pass changes nothing
    sent = practice.sent()
    assert len(sent) == 2
    confirmation = sent[1]
    calendar_parts = [p for p in confirmation.walk() if p.get_content_type() == "text/calendar"]
    assert calendar_parts and "REQUEST" in str(calendar_parts[0].get_param("method")).upper()
    [event] = practice.calls()
    assert str(event["CLASS"]) == "PRIVATE"
    assert str(event["SUMMARY"]) == "Call: A.E."
    assert "2 works" not in event.to_ical().decode()
    start = event.decoded("DTSTART")
    second_offered = offered_starts(offer)[1]
    local = start.astimezone(ZoneInfo("America/New_York"))
    assert local.strftime("%-d") in second_offered


def test_none_of_these_gets_other_times(practice: Practice) -> None:
    practice.imap.append(mail("Can we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("None of these work for me, sorry.", reply_to=offer))
    practice.once()
    again = practice.sent()[1]
    assert set(offered_starts(again)).isdisjoint(offered_starts(offer))
    assert practice.calls() == []


def test_a_slot_the_therapist_filled_meanwhile_gets_a_fresh_offer(practice: Practice) -> None:
    practice.imap.append(mail("Can we talk?"))
    practice.once()
    [offer] = practice.sent()
    service = practice.service()
    start, end = service.store.db.execute(
        "SELECT start_utc, end_utc FROM offer_slots WHERE position = 1"
    ).fetchone()
    service.store.close()
    chosen_start, chosen_end = datetime.fromisoformat(start), datetime.fromisoformat(end)
    busy = icalendar.Calendar()
    busy.add("prodid", "-//test//EN")
    busy.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", "dentist@test")
    event.add("summary", "Dentist")
    event.add("dtstamp", datetime.now(UTC))
    event.add("dtstart", chosen_start - timedelta(minutes=5))
    event.add("dtend", chosen_end + timedelta(minutes=5))
    busy.add_component(event)
    practice.dav.put_ics("Personal", busy.to_ical().decode())
    practice.imap.append(mail("1 please", reply_to=offer))
    practice.once()
    assert practice.calls() == []
    fresh = practice.sent()[1]
    assert len(offered_starts(fresh)) == 3
    assert "calendar" not in [p.get_content_type().split("/")[0] for p in fresh.walk()]


def test_two_clients_are_never_offered_the_same_time(practice: Practice) -> None:
    practice.imap.append(mail("Can we talk?"))
    practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
    practice.once()
    ann, bob = practice.sent()
    service = practice.service()
    offers = service.store.db.execute("SELECT start_utc FROM offer_slots").fetchall()
    service.store.close()
    assert len(offers) == 6 and len(set(offers)) == 6
    assert ann["To"] != bob["To"]


def test_cancelling_in_the_booking_thread_removes_the_event(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("The first one, please", reply_to=offer))
    practice.once()
    confirmation = practice.sent()[1]
    assert len(practice.calls()) == 1
    practice.imap.append(
        mail("I'm sorry, I can't make it after all, please cancel.", reply_to=confirmation)
    )
    practice.once()
    assert practice.calls() == []
    cancellation = practice.sent()[2]
    parts = [p for p in cancellation.walk() if p.get_content_type() == "text/calendar"]
    assert parts and "CANCEL" in str(parts[0].get_param("method")).upper()


def test_an_answer_matching_no_single_slot_gets_a_question(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("Either 1 or 2 would be fine", reply_to=offer))
    practice.once()
    assert practice.calls() == []
    assert len(practice.sent()) == 2
