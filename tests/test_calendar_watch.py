"""The therapist edits booked calls in their calendar app; the client hears of it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar

from tests.rig.practice import Practice, mail, text_of


def book_a_call(practice: Practice) -> icalendar.cal.Component:
    practice.imap.append(mail("Could we talk this week?"))
    practice.once()
    offer = practice.sent()[-1]
    practice.imap.append(mail("1 please", reply_to=offer))
    practice.once()
    [event] = practice.calls()
    return event


def watch(practice: Practice) -> int:
    service = practice.service()
    try:
        changed = service.watch.run()
        service.flush()
        return changed
    finally:
        service.disconnect()
        service.store.close()


def stored_call(practice: Practice):  # type: ignore[no-untyped-def]
    for obj in practice.dav.calendar("Practice").events():
        for event in obj.icalendar_instance.walk("VEVENT"):
            if "Between-session call" in str(event.get("CATEGORIES", "")):
                return obj
    raise AssertionError("no call event")


def test_nothing_changed_means_no_mail(practice: Practice) -> None:
    book_a_call(practice)
    before = len(practice.sent())
    assert watch(practice) == 0
    assert watch(practice) == 0
    assert len(practice.sent()) == before


def test_a_call_the_therapist_deleted_is_cancelled_kindly_with_new_times(
    practice: Practice,
) -> None:
    book_a_call(practice)
    stored_call(practice).delete()
    assert watch(practice) == 1
    cancellation, offer = practice.sent()[-2:]
    methods = [
        str(p.get_param("method"))
        for p in cancellation.walk()
        if p.get_content_type() == "text/calendar"
    ]
    assert methods == ["CANCEL"]
    assert "can't make this time" in text_of(cancellation)
    assert "1." in text_of(offer) and "[ref " in text_of(offer)
    outcome = practice.booking_outcomes()
    assert outcome == ["cancelled_by_therapist"]
    assert watch(practice) == 0  # told once


def test_a_call_the_therapist_moved_sends_the_updated_invitation(practice: Practice) -> None:
    event = book_a_call(practice)
    obj = stored_call(practice)
    component = obj.icalendar_instance.walk("VEVENT")[0]
    new_start = event.decoded("DTSTART") + timedelta(days=1)
    component["DTSTART"].dt = new_start
    component["DTEND"].dt = new_start + timedelta(minutes=15)
    obj.save()
    assert watch(practice) == 1
    moved = practice.sent()[-1]
    parts = [p for p in moved.walk() if p.get_content_type() == "text/calendar"]
    sent = icalendar.Calendar.from_ical(parts[0].get_content()).walk("VEVENT")[0]
    assert str(parts[0].get_param("method")) == "REQUEST"
    assert sent["UID"] == event["UID"]
    # Above both what the client has and what the calendar app wrote.
    assert int(sent["SEQUENCE"]) > int(stored_call(practice).icalendar_component.get("SEQUENCE", 0))
    assert sent.decoded("DTSTART").astimezone(UTC) == new_start.astimezone(UTC)
    assert "moved your call" in text_of(moved)
    assert practice.booking_outcomes() == ["moved"]
    assert watch(practice) == 0


def test_a_call_whose_time_has_passed_is_logged_as_held(practice: Practice) -> None:
    book_a_call(practice)
    service = practice.service()
    later = datetime.now(UTC) + timedelta(days=9)
    service.watch.clock = lambda: later
    try:
        assert service.watch.run() == 1
    finally:
        service.disconnect()
        service.store.close()
    assert practice.booking_outcomes() == ["held"]
