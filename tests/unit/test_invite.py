"""The call as iCalendar: what the therapist's calendar stores and what the client receives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event

from daemon.core.booking.invite import PRODID, call_event
from daemon.core.model import CALL_CATEGORY, Interval

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2025, 3, 20, 8, 0, tzinfo=UTC)


def slot_at(start: datetime, minutes: int = 15) -> Interval:
    return Interval(start, start + timedelta(minutes=minutes))


def make(slot: Interval, method: str | None = None, **extra: object) -> bytes:
    args: dict[str, object] = {
        "uid": "call-1@callmemaybe",
        "slot": slot,
        "therapist_name": "Robin Roe",
        "therapist_email": "robin@example.org",
        "client_name": "Ann Bee",
        "client_email": "ann@example.net",
        "summary": "Call A. B.",
        "tz": BERLIN,
        "now": NOW,
        "method": method,
    }
    args.update(extra)
    return call_event(**args)  # type: ignore[arg-type]


def parse(ics: bytes) -> tuple[Calendar, Event]:
    cal = Calendar.from_ical(ics)
    (event,) = cal.walk("VEVENT")
    return cal, event


def test_the_calendar_copy_parses_back_with_every_property() -> None:
    cal, event = parse(make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN))))

    assert str(cal["PRODID"]) == PRODID == "-//callmemaybe//EN"
    assert str(cal["VERSION"]) == "2.0"
    assert "METHOD" not in cal
    assert str(event["UID"]) == "call-1@callmemaybe"
    assert event.decoded("DTSTAMP") == NOW
    assert event.decoded("DTSTAMP").tzinfo is not None
    assert str(event["SUMMARY"]) == "Call A. B."
    assert str(event["CLASS"]) == "PRIVATE"
    assert event.categories == [CALL_CATEGORY]
    assert str(event["TRANSP"]) == "OPAQUE"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("SEQUENCE") == 0
    assert str(event["ORGANIZER"]) == "mailto:robin@example.org"
    assert event["ORGANIZER"].params["CN"] == "Robin Roe"
    attendee = event["ATTENDEE"]
    assert str(attendee) == "mailto:ann@example.net"
    assert attendee.params["CN"] == "Ann Bee"
    assert attendee.params["ROLE"] == "REQ-PARTICIPANT"
    assert attendee.params["PARTSTAT"] == "NEEDS-ACTION"
    assert attendee.params["RSVP"] == "TRUE"


def test_the_calendar_copy_tells_scheduling_servers_we_send_the_invitation() -> None:
    _, event = parse(make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN))))
    assert event["ATTENDEE"].params["SCHEDULE-AGENT"] == "CLIENT"


@pytest.mark.parametrize("method", ["REQUEST", "CANCEL"])
def test_invitations_never_carry_schedule_agent_rfc_6638(method: str) -> None:
    ics = make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN)), method)
    assert b"SCHEDULE-AGENT" not in ics


def test_the_calendar_copy_reminds_the_therapist_ten_minutes_before() -> None:
    _, event = parse(make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN))))
    (alarm,) = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-10)


def test_an_invitation_leaves_reminders_to_the_client() -> None:
    _, event = parse(make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN)), "REQUEST"))
    assert event.walk("VALARM") == []


def test_a_request_says_request_and_is_confirmed() -> None:
    cal, event = parse(make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN)), "REQUEST"))
    assert str(cal["METHOD"]) == "REQUEST"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["ATTENDEE"].params["RSVP"] == "TRUE"


def test_a_cancel_says_cancel_is_cancelled_and_keeps_the_uid() -> None:
    cal, event = parse(
        make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN)), "CANCEL", sequence=2)
    )
    assert str(cal["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == "call-1@callmemaybe"
    assert event.decoded("SEQUENCE") == 2


def test_an_unknown_method_is_refused() -> None:
    with pytest.raises(ValueError):
        make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN)), "PUBLISH")


def test_times_are_in_the_therapists_zone_with_a_vtimezone() -> None:
    ics = make(slot_at(datetime(2025, 3, 24, 9, tzinfo=UTC)))
    cal, event = parse(ics)
    assert b"DTSTART;TZID=Europe/Berlin:20250324T100000" in ics
    assert [tz.tz_name for tz in cal.timezones] == ["Europe/Berlin"]
    assert cal.get_missing_tzids() == set()
    assert event.decoded("DTEND") - event.decoded("DTSTART") == timedelta(minutes=15)


def test_the_same_wall_clock_either_side_of_spring_forward_is_an_hour_apart_in_utc() -> None:
    # Berlin moves its clocks on Sunday 30 March 2025 at 02:00.
    before = parse(make(slot_at(datetime(2025, 3, 29, 10, tzinfo=BERLIN))))[1]
    after = parse(make(slot_at(datetime(2025, 3, 30, 10, tzinfo=BERLIN))))[1]
    assert before.decoded("DTSTART").astimezone(UTC) == datetime(2025, 3, 29, 9, tzinfo=UTC)
    assert after.decoded("DTSTART").astimezone(UTC) == datetime(2025, 3, 30, 8, tzinfo=UTC)


def test_a_call_spanning_fall_back_keeps_its_real_length() -> None:
    # 02:30 CEST + 60 minutes is 02:30 CET on 26 October 2025: same wall clock, one hour later.
    start = datetime(2025, 10, 26, 0, 30, tzinfo=UTC)
    _, event = parse(make(slot_at(start, minutes=60)))
    begin, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert begin.astimezone(UTC) == start
    assert end.astimezone(UTC) == start + timedelta(minutes=60)


ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney", "UTC"]


def transitions(year: int) -> list[datetime]:
    """Every UTC hour in `year` at which one of ZONES changes its offset."""
    found = []
    hour = datetime(year, 1, 1, tzinfo=UTC)
    while hour.year == year:
        later = hour + timedelta(hours=1)
        for name in ZONES:
            zone = ZoneInfo(name)
            if hour.astimezone(zone).utcoffset() != later.astimezone(zone).utcoffset():
                found.append(later)
        hour = later
    return found


uniform = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)).map(
    lambda moment: moment.replace(second=0, microsecond=0, tzinfo=UTC)
)
near_dst = st.builds(
    lambda edge, minutes: edge + timedelta(minutes=minutes),
    st.sampled_from(transitions(2025)),
    st.integers(min_value=-150, max_value=150),
)


@settings(max_examples=80, deadline=None)
@given(start=st.one_of(uniform, near_dst), zone=st.sampled_from(ZONES))
def test_every_instant_survives_the_round_trip(start: datetime, zone: str) -> None:
    slot = slot_at(start, minutes=30)
    _, event = parse(make(slot, tz=ZoneInfo(zone)))
    assert event.decoded("DTSTART").astimezone(UTC) == slot.start
    assert event.decoded("DTEND").astimezone(UTC) == slot.end


def test_names_cannot_break_out_of_their_parameter() -> None:
    ics = make(
        slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN)),
        client_name='Ann "x";ROLE=CHAIR\r\nATTENDEE:mailto:evil@example.com',
    )
    _, event = parse(ics)
    attendees = event["ATTENDEE"]
    assert not isinstance(attendees, list)
    assert attendees.params["ROLE"] == "REQ-PARTICIPANT"
    assert b"evil@example.com" not in ics.replace(b"\r\n ", b"").split(b"CN=")[0]


def test_description_and_location_only_when_given() -> None:
    plain = parse(make(slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN))))[1]
    assert "DESCRIPTION" not in plain and "LOCATION" not in plain
    rich = parse(
        make(
            slot_at(datetime(2025, 3, 24, 10, tzinfo=BERLIN)),
            description="Phone call",
            location="https://meet.example/robin",
        )
    )[1]
    assert str(rich["DESCRIPTION"]) == "Phone call"
    assert str(rich["LOCATION"]) == "https://meet.example/robin"


def test_a_call_in_the_repeated_hour_is_written_in_utc_not_an_hour_early() -> None:
    # 02:30 CET (the second 02:30) on 26 October 2025 is 01:30 UTC.
    start = datetime(2025, 10, 26, 1, 30, tzinfo=UTC)
    ics = make(slot_at(start))
    _, event = parse(ics)
    assert event.decoded("DTSTART") == start
    assert b"DTSTART:20251026T013000Z" in ics


def test_an_ordinary_call_keeps_the_wall_clock_even_with_dst_nearby() -> None:
    ics = make(slot_at(datetime(2025, 10, 26, 10, tzinfo=BERLIN)))
    assert b"DTSTART;TZID=Europe/Berlin:20251026T100000" in ics
