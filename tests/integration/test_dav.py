"""The CalDAV contract of daemon/adapters/dav.py, held on both real servers (Radicale, and
Xandikos with its git storage, other ETags and CTags): reading calendars, and writing only
our own events."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from daemon.adapters.dav import Calendars
from daemon.core.errors import RemoteError, UserError
from daemon.demo.loopback import free_port
from tests.rig import DavAccount

BERLIN = ZoneInfo("Europe/Berlin")
MARCH = (datetime(2026, 3, 2, tzinfo=BERLIN), datetime(2026, 3, 16, tzinfo=BERLIN))

WEEKLY_SINCE_JANUARY = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:weekly-supervision
DTSTAMP:20260101T000000Z
DTSTART;TZID=Europe/Berlin:20260105T090000
DTEND;TZID=Europe/Berlin:20260105T100000
RRULE:FREQ=WEEKLY
SUMMARY:Supervision
END:VEVENT
BEGIN:VEVENT
UID:weekly-supervision
RECURRENCE-ID;TZID=Europe/Berlin:20260309T090000
DTSTAMP:20260101T000000Z
DTSTART;TZID=Europe/Berlin:20260309T140000
DTEND;TZID=Europe/Berlin:20260309T150000
SUMMARY:Supervision (moved)
END:VEVENT
END:VCALENDAR
"""


def single(uid: str, day: str, summary: str = "Busy") -> str:
    return (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\n"
        f"UID:{uid}\nDTSTAMP:20260101T000000Z\n"
        f"DTSTART;TZID=Europe/Berlin:{day}T110000\nDTEND;TZID=Europe/Berlin:{day}T120000\n"
        f"SUMMARY:{summary}\nEND:VEVENT\nEND:VCALENDAR\n"
    )


@pytest.fixture(params=["radicale", "xandikos"])
def dav_home(request: pytest.FixtureRequest) -> DavAccount:
    """An empty calendar home on each CalDAV server in turn."""
    home = "dav_principal" if request.param == "radicale" else "xandikos_home"
    account: DavAccount = request.getfixturevalue(home)
    return account


def adapter(account: DavAccount, password: str | None = None) -> Calendars:
    return Calendars(account.url, account.username, password or account.password, timeout=10)


def test_names_lists_the_display_names_of_the_calendars(dav_home: DavAccount) -> None:
    dav_home.make_calendar("Practice")
    dav_home.make_calendar("Private")
    assert sorted(adapter(dav_home).names()) == ["Practice", "Private"]


def test_find_returns_the_named_calendars(dav_home: DavAccount) -> None:
    dav_home.make_calendar("Practice")
    dav_home.make_calendar("Private")
    found = adapter(dav_home).find(["Private"])
    assert list(found) == ["Private"]
    assert found["Private"].get_display_name() == "Private"


def test_find_names_the_missing_calendars_and_the_existing_ones(
    dav_home: DavAccount,
) -> None:
    dav_home.make_calendar("Practice")
    with pytest.raises(UserError) as caught:
        adapter(dav_home).find(["Practice", "Holidays", "Family"])
    message = str(caught.value)
    assert "'Holidays'" in message and "'Family'" in message
    assert "existing: 'Practice'" in message


def test_fetch_raw_returns_a_weekly_series_that_began_before_the_range(
    dav_home: DavAccount,
) -> None:
    dav_home.make_calendar("Practice")
    dav_home.put_ics("Practice", WEEKLY_SINCE_JANUARY)
    [text] = adapter(dav_home).fetch_raw(["Practice"], *MARCH)
    # Radicale returns the unexpanded master with its override, in one object.
    assert "RRULE:FREQ=WEEKLY" in text
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20260309T090000" in text
    assert text.count("BEGIN:VEVENT") == 2


def test_fetch_raw_leaves_out_events_outside_the_range(dav_home: DavAccount) -> None:
    dav_home.make_calendar("Practice")
    dav_home.put_ics("Practice", single("inside", "20260310"))
    dav_home.put_ics("Practice", single("after", "20260410"))
    dav_home.put_ics("Practice", single("before", "20260210"))
    texts = adapter(dav_home).fetch_raw(["Practice"], *MARCH)
    assert [("UID:inside" in t) for t in texts] == [True]


def test_fetch_raw_reads_every_calendar_or_only_the_named_ones(
    dav_home: DavAccount,
) -> None:
    dav_home.make_calendar("Practice")
    dav_home.make_calendar("Private")
    dav_home.put_ics("Practice", single("work", "20260310"))
    dav_home.put_ics("Private", single("dentist", "20260311"))
    calendars = adapter(dav_home)
    every = calendars.fetch_raw(None, *MARCH)
    assert sorted("UID:work" in t for t in every) == [False, True]
    [only] = calendars.fetch_raw(["Private"], *MARCH)
    assert "UID:dentist" in only


def test_fetch_raw_refuses_naive_datetimes(dav_home: DavAccount) -> None:
    dav_home.make_calendar("Practice")
    with pytest.raises(ValueError):
        adapter(dav_home).fetch_raw(None, datetime(2026, 3, 2), datetime(2026, 3, 9))


def test_ctag_changes_after_a_write_and_not_otherwise(dav_home: DavAccount) -> None:
    dav_home.make_calendar("Practice")
    dav_home.make_calendar("Private")
    calendars = adapter(dav_home)
    before = calendars.ctag("Practice")
    assert before is not None
    assert calendars.ctag("Practice") == before
    dav_home.put_ics("Private", single("elsewhere", "20260310"))
    assert calendars.ctag("Practice") == before
    calendars.create_event("Practice", single("here", "20260310"), "here")
    after = calendars.ctag("Practice")
    assert after not in (None, before)
    calendars.delete_event("Practice", "here")
    # Xandikos's tag is the hash of the calendar's git tree, so there it is `before` again:
    # same content, same tag. A view cached under a tag is still right for that content.
    assert calendars.ctag("Practice") != after


def test_create_event_twice_with_one_uid_leaves_one_object(dav_home: DavAccount) -> None:
    dav_home.make_calendar("Practice")
    calendars = adapter(dav_home)
    ics = single("call-1@callmemaybe", "20260310", "Call")
    assert calendars.event_text("Practice", "call-1@callmemaybe") is None
    calendars.create_event("Practice", ics, "call-1@callmemaybe")
    calendars.create_event("Practice", ics, "call-1@callmemaybe")
    assert calendars.event_text("Practice", "call-1@callmemaybe") is not None
    assert len(dav_home.calendar("Practice").get_events()) == 1


def test_create_event_never_overwrites_an_existing_event(dav_home: DavAccount) -> None:
    dav_home.make_calendar("Practice")
    dav_home.put_ics("Practice", single("taken", "20260310", "Original"))
    adapter(dav_home).create_event("Practice", single("taken", "20260311", "Replacement"), "taken")
    [event] = dav_home.calendar("Practice").get_events()
    assert "SUMMARY:Original" in event.data


def test_create_event_refuses_text_whose_uid_is_not_the_given_one(
    dav_home: DavAccount,
) -> None:
    dav_home.make_calendar("Practice")
    with pytest.raises(ValueError):
        adapter(dav_home).create_event("Practice", single("a", "20260310"), "b")
    assert dav_home.calendar("Practice").get_events() == []


def test_delete_event_removes_only_the_given_uid(dav_home: DavAccount) -> None:
    dav_home.make_calendar("Practice")
    dav_home.put_ics("Practice", single("keep-me", "20260310"))
    calendars = adapter(dav_home)
    calendars.create_event("Practice", single("ours", "20260311"), "ours")
    assert calendars.delete_event("Practice", "ours") is True
    assert calendars.delete_event("Practice", "ours") is False
    assert calendars.event_text("Practice", "ours") is None
    assert calendars.event_text("Practice", "keep-me") is not None


def test_a_wrong_password_is_a_user_error_without_the_password(
    dav_principal: DavAccount,
) -> None:
    with pytest.raises(UserError) as caught:
        adapter(dav_principal, password="hunter2-wrong").names()
    message = str(caught.value)
    assert f"login refused for user {dav_principal.username}" in message
    assert "hunter2" not in message and dav_principal.password not in message


def test_a_closed_port_is_a_remote_error_naming_the_server() -> None:
    port = free_port()
    with pytest.raises(RemoteError) as caught:
        Calendars(f"http://127.0.0.1:{port}/", "someone", "secret-pw", timeout=5).names()
    message = str(caught.value)
    assert f"127.0.0.1:{port} unreachable" in message
    assert "secret-pw" not in message


def test_an_edit_with_if_match_keeps_the_exact_text_and_loses_no_concurrent_change(
    dav_home: DavAccount,
) -> None:
    dav_home.make_calendar("Sessions")
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Therapist app//EN\r\nBEGIN:VEVENT\r\n"
        "UID:session-1@app\r\nDTSTAMP:20261101T090000Z\r\nDTSTART:20261202T090000Z\r\n"
        "DTEND:20261202T095000Z\r\nSUMMARY:Ann E\r\nDESCRIPTION:my own notes\r\n"
        "X-APP-COLOUR:teal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    dav_home.put_ics("Sessions", ics)
    calendars = Calendars(dav_home.url, dav_home.username, dav_home.password)
    found = calendars.find_uid(["Sessions"], "session-1@app")
    assert found is not None
    href, text, etag = found
    assert etag.startswith('"') and etag.endswith('"')  # passed on exactly as quoted
    assert "X-APP-COLOUR:teal" in text
    edited = text.replace("my own notes", "my own notes\\nmore")
    assert calendars.replace_if_unchanged(href, edited, etag)
    again = calendars.find_uid(["Sessions"], "session-1@app")
    assert again is not None and again[1] == edited and again[2] != etag
    # The therapist's app saved in between: our stale ETag must not overwrite it.
    assert not calendars.replace_if_unchanged(href, text, etag)
    assert calendars.find_uid(["Sessions"], "session-1@app")[1] == edited  # type: ignore[index]
