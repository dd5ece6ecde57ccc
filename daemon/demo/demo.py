"""`callmemaybe demo`: the whole exchange on loopback servers of its own, no config needed.

Starts Radicale (CalDAV), pymap (IMAP, no root needed) and an in-process SMTP server in a
temporary folder, seeds a sample practice week, lets a client ask for a call, runs the
daemon, plays the client's choice and prints what each side sees. Leaves nothing behind.
"""

from __future__ import annotations

import os
import tempfile
import textwrap
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

import icalendar

from daemon.adapters.dav import Calendars
from daemon.adapters.imap import Mailbox
from daemon.config.loading import parse_config
from daemon.core.booking import calls
from daemon.demo.loopback import (
    DavEndpoint,
    ImapEndpoint,
    SmtpEndpoint,
    imap_server,
    radicale_server,
    smtp_server,
)
from daemon.runtime.service import Service

THERAPIST_TZ = ZoneInfo("Europe/Berlin")

CONFIG = """\
therapist: {{name: Robin Example, email: robin@practice.example, timezone: Europe/Berlin,
            phone: "+49 30 1234567", language: en}}
mail:
  imap: {{host: 127.0.0.1, port: {imap_port}, security: plain, username: {imap_user},
         password_from: "env:CALLMEMAYBE_DEMO_IMAP"}}
  smtp: {{host: 127.0.0.1, port: {smtp_port}, security: plain, username: {smtp_user},
         password_from: "env:CALLMEMAYBE_DEMO_SMTP"}}
  triggers: {{addresses: [robin+call@practice.example], keywords: [call, phone, talk]}}
calendar: {{url: "{dav_url}", username: {dav_user}, password_from: "env:CALLMEMAYBE_DEMO_DAV",
           book_into: Practice, busy_from: [Practice, Personal]}}
calls:
  length: 15m
  offer: 3
  windows: {{mon: ["12:00-13:00", "17:00-18:30"], tue: ["12:00-13:00", "17:00-18:30"],
            wed: ["12:00-13:00"], thu: ["08:00-08:45", "17:00-18:30"], fri: ["12:00-13:00"],
            sat: ["10:00-11:00"], sun: ["18:00-19:00"]}}
  buffer: 10m
  notice: 2h
  horizon: 7d
clients:
  - {{name: Ann Example, email: ann@example.org, timezone: America/New_York,
     comfortable_per_week: 2, sessions: "Ann E"}}
state_dir: {state_dir}
"""


def _event(
    uid: str,
    summary: str,
    start: datetime,
    end: datetime,
    rrule: str | None = None,
    all_day: bool = False,
) -> str:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//callmemaybe demo//EN")
    cal.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstamp", datetime.now(UTC))
    if all_day:
        event.add("dtstart", start.date())
        event.add("dtend", end.date())
    else:
        event.add("dtstart", start)
        event.add("dtend", end)
    if rrule:
        event.add("rrule", icalendar.vRecur.from_ical(rrule))
    cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical()).decode()


def seed_practice(dav: DavEndpoint, now: datetime) -> None:
    """A sample week: weekly sessions, a daily lunch, a conference day."""
    calendars = Calendars(dav.url, dav.username, dav.password)
    calendars.make_calendar("Practice")
    calendars.make_calendar("Personal")
    local = now.astimezone(THERAPIST_TZ)
    monday = (local - timedelta(days=local.weekday() + 7)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    sessions = [(0, 12), (0, 17), (1, 12), (2, 12), (3, 8), (3, 17), (4, 12), (1, 17)]
    for number, (weekday, hour) in enumerate(sessions):
        start = monday + timedelta(days=weekday, hours=hour)
        uid = f"session-{number}@demo"
        ics = _event(
            uid, f"Session {chr(65 + number)}.", start, start + timedelta(minutes=50), "FREQ=WEEKLY"
        )
        calendars.create_event("Practice", ics, uid)
    lunch = monday + timedelta(hours=12, minutes=45)
    ics = _event("lunch@demo", "Lunch", lunch, lunch + timedelta(minutes=45), "FREQ=DAILY")
    calendars.create_event("Personal", ics, "lunch@demo")
    conference = monday + timedelta(days=9)
    ics = _event(
        "conference@demo", "Conference", conference, conference + timedelta(days=1), all_day=True
    )
    calendars.create_event("Personal", ics, "conference@demo")


def client_mail(subject: str, body: str, *, in_reply_to: str | None = None) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Ann Example <ann@example.org>"
    mail["To"] = "Robin Example <robin@practice.example>"
    mail["Subject"] = subject
    mail["Date"] = format_datetime(datetime.now(UTC))
    mail["Message-ID"] = make_msgid("ann", domain="example.org")
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
        mail["References"] = in_reply_to
    mail.set_content(body)
    return bytes(mail)


def _text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    return part.get_content() if part is not None else ""


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def _show(out: TextIO, title: str, text: str) -> None:
    print(f"\n=== {title} " + "=" * max(0, 66 - len(title)), file=out)
    print(text.rstrip(), file=out)


def run_demo(out: TextIO) -> int:
    with ExitStack() as stack:
        root = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="callmemaybe-demo-")))
        print("Starting loopback servers: Radicale (CalDAV), pymap (IMAP), SMTP ...", file=out)
        dav: DavEndpoint = stack.enter_context(radicale_server(root))
        imap: ImapEndpoint = stack.enter_context(imap_server(root))
        smtp: SmtpEndpoint = stack.enter_context(smtp_server())
        stack.enter_context(
            _environment(
                {
                    "CALLMEMAYBE_DEMO_IMAP": imap.password,
                    "CALLMEMAYBE_DEMO_SMTP": smtp.password,
                    "CALLMEMAYBE_DEMO_DAV": dav.password,
                }
            )
        )
        now = datetime.now(UTC)
        seed_practice(dav, now)
        (root / "state").mkdir(mode=0o700)
        config = parse_config(
            CONFIG.format(
                imap_port=imap.port,
                imap_user=imap.username,
                smtp_port=smtp.port,
                smtp_user=smtp.username,
                dav_url=dav.url,
                dav_user=dav.username,
                state_dir=root / "state",
            ),
            source="demo config",
        )
        print("Seeded a practice week: weekly sessions, a daily lunch, a conference day.", file=out)

        inbox = stack.enter_context(
            Mailbox(imap.host, imap.port, "plain", imap.username, imap.password)
        )
        request = client_mail(
            "Could we talk?",
            textwrap.dedent("""\
            Hi Robin,

            this week has been a lot. Could we talk on the phone for a few minutes?

            Ann
            """),
        )
        inbox.append("INBOX", request)
        _show(out, "Ann writes", _text_of(_parse(request)))

        service = Service(config)
        stack.callback(service.store.close)
        stack.callback(service.disconnect)
        service.pass_once()
        offer = smtp.messages.wait_for(1)[0].message
        _show(out, f"callmemaybe answers ({offer['Subject']})", _text_of(offer))

        quoted = "\n".join("> " + line for line in _text_of(offer).splitlines())
        choice = client_mail(
            f"Re: {offer['Subject']}",
            f"2 works for me, thank you!\n\nAnn\n\n"
            f"On {offer['Date']}, Robin Example wrote:\n{quoted}\n",
            in_reply_to=str(offer["Message-ID"]),
        )
        inbox.append("INBOX", choice)
        _show(out, "Ann replies", "2 works for me, thank you!\n\nAnn\n(the offer quoted below)")

        service.pass_once()
        confirmation = smtp.messages.wait_for(2)[1].message
        kinds = [part.get_content_type() for part in confirmation.walk()]
        _show(
            out,
            f"callmemaybe confirms ({confirmation['Subject']})",
            _text_of(confirmation) + f"\n[parts: {', '.join(kinds)}]",
        )

        calendars = Calendars(dav.url, dav.username, dav.password)
        for text in calendars.fetch_raw(["Practice"], now, now + timedelta(days=8)):
            for component in icalendar.Calendar.from_ical(text).walk("VEVENT"):
                if not calls.is_call(component):
                    continue
                start = component.decoded("DTSTART").astimezone(THERAPIST_TZ)
                _show(
                    out,
                    "in Robin's calendar (Practice)",
                    "\n".join(
                        [
                            f"SUMMARY:  {component.get('SUMMARY')}",
                            f"START:    {start:%a %d %b %H:%M} (Europe/Berlin)",
                            f"CLASS:    {component.get('CLASS')}",
                            f"ATTENDEE: {component.get('ATTENDEE')}",
                        ]
                    ),
                )
        print("\nStopping the servers; nothing is left behind.", file=out)
    return 0


def _parse(raw: bytes) -> EmailMessage:
    from email import message_from_bytes, policy

    message = message_from_bytes(raw, _class=EmailMessage, policy=policy.default)
    return message
