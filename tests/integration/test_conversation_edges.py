"""The conversation's edges as a client meets them, on real Dovecot, Radicale and aiosmtpd:
an offer that ran out, replies that lost their threading headers, no free time, the first
run over an old inbox, a renumbered inbox, a second request, thanks after the booking, the
Sent folder, and a client in another timezone."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import icalendar
from babel.dates import format_time

from daemon.config.loading import parse_config
from daemon.runtime.service import Service
from daemon.store.db import DB_NAME
from tests.rig import explicit_internaldate
from tests.rig.practice import Practice, mail, offered_starts, text_of

THERAPIST = "robin@practice.example"


@dataclass
class Clock:
    """A clock the test moves by hand; Service reads it for every decision."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


def once_at(practice: Practice, clock: Clock) -> None:
    service = Service(practice.config, clock=clock)
    try:
        service.pass_once()
    finally:
        service.close()


def clock_text(moment: datetime) -> str:
    """A time as the English mails write it (Babel's short format, e.g. 5:00\u202fPM)."""
    return format_time(moment.time(), "short", locale="en")


def to_client(practice: Practice) -> list[EmailMessage]:
    return [m for m in practice.sent() if m["To"].addresses[0].addr_spec != THERAPIST]


def to_therapist(practice: Practice) -> list[EmailMessage]:
    return [m for m in practice.sent() if m["To"].addresses[0].addr_spec == THERAPIST]


def token_of(offer: EmailMessage) -> str:
    found = re.search(r"\[ref ([a-z0-9]{8})\]", text_of(offer))
    assert found, "the offer carries its reference"
    return found.group(1)


def db(practice: Practice) -> sqlite3.Connection:
    return sqlite3.connect(practice.config.state_dir / DB_NAME)


def busy_event(practice: Practice, start: datetime, end: datetime) -> None:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//test//EN")
    calendar.add("version", "2.0")
    event = icalendar.Event()
    event.add("uid", "retreat@test")
    event.add("summary", "Retreat")
    event.add("dtstamp", start)
    event.add("dtstart", start)
    event.add("dtend", end)
    calendar.add_component(event)
    practice.dav.put_ics("Personal", calendar.to_ical().decode())


def with_date(raw: bytes, when: datetime) -> bytes:
    """The message as written at `when` (its Date header)."""
    head, body = raw.split(b"\n\n", 1)
    lines = [line for line in head.split(b"\n") if not line.lower().startswith(b"date:")]
    lines.append(b"Date: " + format_datetime(when).encode())
    return b"\n".join(lines) + b"\n\n" + body


def without_thread(raw: bytes) -> bytes:
    """The reply as some clients send it: no In-Reply-To, no References."""
    lines = raw.split(b"\n")
    return b"\n".join(
        line for line in lines if not line.lower().startswith((b"in-reply-to:", b"references:"))
    )


# --- 1. an offer that ran out -------------------------------------------------------------


def test_a_late_choice_books_the_slot_when_it_is_still_free(practice: Practice) -> None:
    clock = Clock(datetime.now(UTC))
    practice.imap.append(mail("Could we talk this week?"))
    once_at(practice, clock)
    [offer] = practice.sent()
    clock.now += practice.config.calls.offer_valid_for + timedelta(hours=3)
    practice.imap.append(mail("2 please", reply_to=offer))
    once_at(practice, clock)
    [event] = practice.calls()
    with db(practice) as conn:
        (start,) = conn.execute("SELECT start_utc FROM offer_slots WHERE position = 2").fetchone()
    assert event.decoded("DTSTART") == datetime.fromisoformat(start)
    confirmation = practice.sent()[1]
    assert "is booked" in text_of(confirmation)
    assert practice.booking_outcomes() == ["booked"]  # type: ignore[attr-defined]


def test_a_late_choice_of_a_time_filled_meanwhile_gets_fresh_times_and_no_booking(
    practice: Practice,
) -> None:
    clock = Clock(datetime.now(UTC))
    practice.imap.append(mail("Could we talk this week?"))
    once_at(practice, clock)
    [offer] = practice.sent()
    with db(practice) as conn:
        start, end = conn.execute(
            "SELECT start_utc, end_utc FROM offer_slots WHERE position = 2"
        ).fetchone()
    busy_event(practice, datetime.fromisoformat(start), datetime.fromisoformat(end))
    clock.now += practice.config.calls.offer_valid_for + timedelta(minutes=1)
    practice.imap.append(mail("2 please", reply_to=offer))
    once_at(practice, clock)
    fresh = practice.sent()[1]
    assert practice.calls() == []
    assert "other times" in text_of(fresh)
    assert offered_starts(fresh)
    assert practice.booking_outcomes() == []  # type: ignore[attr-defined]


# --- 2. the reference token without threading headers ---------------------------------------


def test_the_mailto_subject_alone_books_the_slot_it_names(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    token = token_of(offer)
    practice.imap.append(mail("", subject=f"Call option 2 [ref {token}]"))
    practice.once()
    [event] = practice.calls()
    with db(practice) as conn:
        (start,) = conn.execute("SELECT start_utc FROM offer_slots WHERE position = 2").fetchone()
    assert event.decoded("DTSTART") == datetime.fromisoformat(start)


def test_the_token_in_the_body_alone_ties_the_answer_to_its_offer(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    token = token_of(offer)
    practice.imap.append(mail(f"Number 2 please.\n\n[ref {token}]\n", subject="Re: times"))
    practice.once()
    [event] = practice.calls()
    with db(practice) as conn:
        (start,) = conn.execute("SELECT start_utc FROM offer_slots WHERE position = 2").fetchone()
    assert event.decoded("DTSTART") == datetime.fromisoformat(start)


def test_a_reply_that_lost_its_headers_but_quotes_the_offer_still_books(
    practice: Practice,
) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(without_thread(mail("2 works for me", reply_to=offer)))
    practice.once()
    assert len(practice.calls()) == 1
    assert len(practice.sent()) == 2


# --- 3. nothing free --------------------------------------------------------------------------


def test_no_free_time_gets_a_kind_answer_and_the_therapist_a_short_notice(
    practice: Practice,
) -> None:
    now = datetime.now(UTC)
    busy_event(practice, now - timedelta(days=1), now + timedelta(days=10))
    practice.imap.append(mail("Could we talk? My sister is very ill.", subject="Sister"))
    practice.once()
    [reply] = to_client(practice)
    assert "will write to you personally soon" in text_of(reply)
    assert "free time" not in text_of(reply) and "coming days" not in text_of(reply)
    assert offered_starts(reply) == []
    [notice] = to_therapist(practice)
    assert "Ann Example" not in notice["Subject"] and "Ann Example" in text_of(notice)
    assert "sister" not in notice.as_string().lower()
    assert practice.calls() == []


def test_asking_again_when_nothing_is_free_gets_no_second_mail_and_one_gathered_notice(
    practice: Practice,
) -> None:
    clock = Clock(datetime.now(UTC))
    busy_event(practice, clock.now - timedelta(days=1), clock.now + timedelta(days=12))
    # A backlog after downtime: both clients asked, Ann three times.
    for body, sender in [
        ("Could we talk?", "Ann Example <ann@example.org>"),
        ("Can we talk today?", "Bob Sample <bob@example.net>"),
        ("Could we talk please?", "Ann Example <ann@example.org>"),
        ("Could we talk, maybe tomorrow?", "Ann Example <ann@example.org>"),
    ]:
        practice.imap.append(mail(body, sender=sender, subject=f"Talk {len(body)}"))
    once_at(practice, clock)
    clients = sorted(m["To"].addresses[0].addr_spec for m in to_client(practice))
    assert clients == ["ann@example.org", "bob@example.net"]
    [notice] = to_therapist(practice)
    assert "Ann Example" in text_of(notice) and "Bob Sample" in text_of(notice)
    # Within the day: still no second mail, and no second notice.
    clock.now += timedelta(hours=20)
    practice.imap.append(mail("Could we talk at all this week?", subject="Again"))
    once_at(practice, clock)
    assert len(to_client(practice)) == 2 and len(to_therapist(practice)) == 1
    # A day later the client hears from us again, and the therapist with them.
    clock.now += timedelta(hours=5)
    practice.imap.append(mail("Could we talk?", subject="Once more"))
    once_at(practice, clock)
    assert len(to_client(practice)) == 3 and len(to_therapist(practice)) == 2


# --- 4. the first run over an old inbox ----------------------------------------------------


@explicit_internaldate
def test_the_first_run_answers_recent_mail_and_leaves_older_mail_alone(
    practice: Practice,
) -> None:
    valid = practice.config.calls.offer_valid_for
    now = datetime.now(UTC)
    client = practice.imap.connect()
    try:
        for age, sender in (
            (valid * 5, "Ann Example <ann@example.org>"),
            (valid + timedelta(hours=2), "Ann Example <ann@example.org>"),
            (valid - timedelta(hours=2), "Bob Sample <bob@example.net>"),
        ):
            raw = with_date(mail("Could we talk?", sender=sender), now - age)
            client.append("INBOX", raw.replace(b"\n", b"\r\n"), msg_time=now - age)
    finally:
        client.logout()
    practice.once()
    [offer] = practice.sent()
    assert offer["To"].addresses[0].addr_spec == "bob@example.net"
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    assert [m["To"].addresses[0].addr_spec for m in practice.sent()][1:] == ["ann@example.org"]


# --- 5. a renumbered inbox ------------------------------------------------------------------


def test_a_renumbered_inbox_does_not_answer_handled_mail_twice(practice: Practice) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("1 please", reply_to=offer))
    practice.once()
    assert len(practice.sent()) == 2
    # As if the server had renumbered: every record names a UIDVALIDITY it no longer has.
    with db(practice) as conn:
        conn.execute("UPDATE mailbox_state SET uidvalidity = uidvalidity + 1")
        conn.execute("UPDATE inbound SET uidvalidity = uidvalidity + 1")
    conn.close()
    practice.once()
    assert len(practice.sent()) == 2
    assert len(practice.calls()) == 1


def test_a_renumbered_inbox_does_not_repeat_a_crisis_alert_about_a_stranger(
    practice: Practice,
) -> None:
    practice.imap.append(
        mail("I want to kill myself, can we talk?", sender="Zed <zed@elsewhere.example>")
    )
    practice.once()
    assert len(to_therapist(practice)) == 1
    with db(practice) as conn:
        conn.execute("UPDATE mailbox_state SET uidvalidity = uidvalidity + 1")
        conn.execute("UPDATE inbound SET uidvalidity = uidvalidity + 1")
    conn.close()
    practice.once()
    assert len(to_therapist(practice)) == 1


# --- 6. a second request while an offer is open ----------------------------------------------


def test_a_second_request_gets_the_open_offer_again_and_a_choice_from_either_books(
    practice: Practice,
) -> None:
    # Mail from a client's address is no proof it is from the client: a second request must
    # not withdraw the times the client holds (issue 10). It gets the same offer again.
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [first] = practice.sent()
    practice.imap.append(mail("Sorry, me again: could we talk on the phone?", subject="Call"))
    practice.once()
    second = practice.sent()[1]
    assert offered_starts(second) == offered_starts(first)
    assert second["Message-ID"] != first["Message-ID"]
    assert second["Subject"] == "Re: Call"
    token = text_of(first).split("[ref ")[1][:8]
    assert f"[ref {token}]" in text_of(second)
    with db(practice) as conn:
        statuses = [row[0] for row in conn.execute("SELECT status FROM offers ORDER BY id")]
    conn.close()
    assert statuses == ["open"]
    practice.imap.append(mail("1 please", reply_to=second))
    practice.once()
    assert len(practice.calls()) == 1


# --- 7. after the booking ---------------------------------------------------------------------


def test_thanks_after_the_confirmation_gets_nothing_a_new_request_gets_an_offer(
    practice: Practice,
) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("1 please", reply_to=offer))
    practice.once()
    confirmation = practice.sent()[1]
    practice.imap.append(mail("Thank you, see you then!", reply_to=confirmation))
    practice.once()
    assert len(practice.sent()) == 2
    practice.imap.append(mail("Could we talk again next week?", reply_to=confirmation))
    practice.once()
    assert len(practice.sent()) == 3
    new_offer = practice.sent()[2]
    assert len(offered_starts(new_offer)) == 3
    assert len(practice.calls()) == 1  # the booked call stays


# --- 8. the Sent folder -----------------------------------------------------------------------


def test_every_reply_is_filed_in_sent_once_and_read(practice: Practice) -> None:
    client = practice.imap.connect()
    try:
        client.create_folder("Sent")
    finally:
        client.logout()
    practice.config = practice.config.model_copy(
        update={"mail": practice.config.mail.model_copy(update={"sent_folder": "Sent"})}
    )
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    practice.imap.append(mail("3 please", reply_to=offer))
    practice.once()
    practice.once()
    client = practice.imap.connect()
    try:
        client.select_folder("Sent", readonly=True)
        uids = client.search("ALL")
        fetched = client.fetch(uids, ["FLAGS", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    finally:
        client.logout()
    filed = sorted(
        data[b"BODY[HEADER.FIELDS (MESSAGE-ID)]"].decode().split(":", 1)[1].strip()
        for data in fetched.values()
    )
    assert filed == sorted(str(m["Message-ID"]).strip() for m in practice.sent())
    assert all(b"\\Seen" in data[b"FLAGS"] for data in fetched.values())


# --- 9. a client in another timezone -------------------------------------------------------


def test_a_client_in_tokyo_reads_tokyo_times_with_berlin_in_brackets(
    practice: Practice,
) -> None:
    text = practice.path.read_text(encoding="utf-8").replace("America/New_York", "Asia/Tokyo")
    practice.config = parse_config(text, source=str(practice.path))
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    [offer] = practice.sent()
    lines = offered_starts(offer)
    with db(practice) as conn:
        starts = [
            datetime.fromisoformat(row[0])
            for row in conn.execute("SELECT start_utc FROM offer_slots ORDER BY position")
        ]
    conn.close()
    assert len(lines) == len(starts) == 3
    for line, start in zip(lines, starts, strict=True):
        tokyo = start.astimezone(ZoneInfo("Asia/Tokyo"))
        berlin = start.astimezone(ZoneInfo("Europe/Berlin"))
        assert f"{clock_text(tokyo)}–" in line, line
        assert f"({clock_text(berlin)} in Berlin)" in line, line
