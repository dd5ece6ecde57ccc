"""The main job, end to end against real Dovecot, Radicale and aiosmtpd: a client's email
becomes an offer, their choice a booked call, exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from tests.rig.practice import Practice, mail, offered_starts, text_of


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
