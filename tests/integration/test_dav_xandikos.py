"""What is particular to Xandikos, the second CalDAV server (a git repository per calendar,
other ETags, CTags from the git tree's hash), and the slot engine and a whole conversation on
it. The adapter's contract on both servers is tests/integration/test_dav.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.adapters.dav import Calendars
from daemon.config.loading import parse_config
from daemon.config.schema import Config
from daemon.core.availability.busy import busy_intervals, parse_calendars
from daemon.core.errors import UserError
from daemon.core.model import Interval
from daemon.demo.loopback import SmtpEndpoint
from daemon.flows.availability import Availability
from tests.rig import DavAccount, ImapAccount
from tests.rig.practice import CONFIG, Practice, mail, offered_starts

BERLIN = ZoneInfo("Europe/Berlin")
# Across the spring DST change (29 March): the series must stay at 09:00 local after it.
SPRING = (datetime(2026, 3, 2, tzinfo=BERLIN), datetime(2026, 4, 1, tzinfo=BERLIN))

# Mondays 09:00-10:00 since January; 2 March cancelled, 9 March moved to the afternoon.
WEEKLY_SUPERVISION = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:weekly-supervision
DTSTAMP:20260101T000000Z
DTSTART;TZID=Europe/Berlin:20260105T090000
DTEND;TZID=Europe/Berlin:20260105T100000
RRULE:FREQ=WEEKLY
EXDATE;TZID=Europe/Berlin:20260302T090000
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


def event(uid: str, start: str, end: str, summary: str = "Busy", extra: str = "") -> str:
    """One VEVENT; `start`/`end` are iCalendar values with their parameters (`;TZID=...:...`)."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
        f"UID:{uid}", "DTSTAMP:20260101T000000Z", f"DTSTART{start}", f"DTEND{end}",
        f"SUMMARY:{summary}", *extra.splitlines(), "END:VEVENT", "END:VCALENDAR",
    ]  # fmt: skip
    return "\r\n".join(lines) + "\r\n"


def berlin(day: str, hhmm: str) -> str:
    return f";TZID=Europe/Berlin:{day}T{hhmm}00"


def single(uid: str, day: str, summary: str = "Busy") -> str:
    return event(uid, berlin(day, "1100"), berlin(day, "1200"), summary)


def adapter(account: DavAccount) -> Calendars:
    return Calendars(account.url, account.username, account.password, timeout=10)


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


# --- the adapter's contract -----------------------------------------------------------


def test_names_and_find_know_the_calendars_by_display_name(xandikos_home: DavAccount) -> None:
    xandikos_home.make_calendar("Practice")
    xandikos_home.make_calendar("Private")
    calendars = adapter(xandikos_home)
    assert sorted(calendars.names()) == ["Practice", "Private"]
    assert list(calendars.find(["Private"])) == ["Private"]
    with pytest.raises(UserError, match="'Holidays'") as caught:
        calendars.find(["Practice", "Holidays"])
    assert "existing: " in str(caught.value)


def test_fetch_raw_returns_a_series_begun_before_the_range_with_its_exception_and_override(
    xandikos_home: DavAccount,
) -> None:
    xandikos_home.make_calendar("Practice")
    xandikos_home.put_ics("Practice", WEEKLY_SUPERVISION)
    [text] = adapter(xandikos_home).fetch_raw(["Practice"], *SPRING)
    # Xandikos, like Radicale, answers with the stored object: master, EXDATE, override.
    assert "RRULE:FREQ=WEEKLY" in text
    assert "EXDATE;TZID=Europe/Berlin:20260302T090000" in text
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20260309T090000" in text
    assert text.count("BEGIN:VEVENT") == 2
    parsed = parse_calendars([text], within=SPRING)
    assert parsed.skipped == 0
    assert busy_intervals(parsed.calendars, *SPRING, BERLIN) == [
        Interval(at(9, 14), at(9, 15)),  # moved; 2 March was cancelled
        Interval(at(16, 9), at(16, 10)),
        Interval(at(23, 9), at(23, 10)),
        Interval(at(30, 9), at(30, 10)),  # summer time, still 09:00 in Berlin
    ]


def test_fetch_raw_leaves_out_events_outside_the_range_and_reads_only_named_calendars(
    xandikos_home: DavAccount,
) -> None:
    xandikos_home.make_calendar("Practice")
    xandikos_home.make_calendar("Private")
    xandikos_home.put_ics("Practice", single("inside", "20260310"))
    xandikos_home.put_ics("Practice", single("after", "20260410"))
    xandikos_home.put_ics("Practice", single("before", "20260210"))
    xandikos_home.put_ics("Private", single("dentist", "20260311"))
    calendars = adapter(xandikos_home)
    [inside] = calendars.fetch_raw(["Practice"], *SPRING)
    assert "UID:inside" in inside
    assert len(calendars.fetch_raw(None, *SPRING)) == 2


def test_create_event_twice_with_one_uid_leaves_one_object_and_never_overwrites(
    xandikos_home: DavAccount,
) -> None:
    xandikos_home.make_calendar("Practice")
    xandikos_home.put_ics("Practice", single("taken", "20260310", "Original"))
    calendars = adapter(xandikos_home)
    ics = single("call-1@callmemaybe", "20260311", "Call")
    assert calendars.event_text("Practice", "call-1@callmemaybe") is None
    calendars.create_event("Practice", ics, "call-1@callmemaybe")
    calendars.create_event("Practice", ics, "call-1@callmemaybe")
    calendars.create_event("Practice", single("taken", "20260312", "Replacement"), "taken")
    objects = xandikos_home.calendar("Practice").get_events()
    assert sorted(str(obj.icalendar_component["UID"]) for obj in objects) == [
        "call-1@callmemaybe",
        "taken",
    ]
    assert "SUMMARY:Original" in (calendars.event_text("Practice", "taken") or "")


def test_xandikos_refuses_a_second_object_with_the_same_uid(xandikos_home: DavAccount) -> None:
    # What makes create_event safe against a racing writer here: the loser's PUT fails,
    # and create_event then finds the winner's object by UID.
    xandikos_home.make_calendar("Practice")
    xandikos_home.put_ics("Practice", single("dup", "20260310"))
    with pytest.raises(RuntimeError, match="412"):
        xandikos_home.put_ics("Practice", single("dup", "20260311"))
    adapter(xandikos_home).create_event("Practice", single("dup", "20260312"), "dup")
    [stored] = xandikos_home.calendar("Practice").get_events()
    assert "DTSTART;TZID=Europe/Berlin:20260310T110000" in stored.data


def test_event_text_is_the_stored_event(xandikos_home: DavAccount) -> None:
    xandikos_home.make_calendar("Practice")
    calendars = adapter(xandikos_home)
    calendars.create_event("Practice", single("ours", "20260311", "Call: A.E."), "ours")
    text = calendars.event_text("Practice", "ours")
    assert text is not None
    assert "UID:ours" in text and "SUMMARY:Call: A.E." in text


# --- the slot engine on a realistic week --------------------------------------------------

ENGINE_CONFIG = """\
therapist: {{name: Robin Example, email: robin@practice.example, timezone: Europe/Berlin}}
mail:
  imap: {{host: 127.0.0.1, port: 1, security: plain, username: robin,
         password_from: "env:CMM_TEST_IMAP"}}
  smtp: {{host: 127.0.0.1, port: 1, security: plain, username: robin,
         password_from: "env:CMM_TEST_SMTP"}}
calendar: {{url: "{dav_url}", username: {dav_user}, password_from: "env:CMM_TEST_DAV",
           book_into: Practice, busy_from: [Practice, Personal]}}
calls:
  length: 15m
  offer: 10
  windows: {{mon: ["09:00-18:00"], tue: ["09:00-18:00"], wed: ["09:00-18:00"],
            thu: ["09:00-18:00"], fri: ["09:00-18:00"]}}
  buffer: 10m
  notice: 2h
  horizon: 4d
  max_per_day: 3
  max_per_week: 8
clients:
  - {{name: Ann Example, email: ann@example.org, sessions: "Ann E"}}
state_dir: {state_dir}
"""

# The working week of 9-12 March 2026; only Wednesday afternoon and late Thursday are free.
WEEK = [
    (  # Monday: a day of sessions, a series begun in January.
        "Practice",
        event("mondays", berlin("20260105", "0900"), berlin("20260105", "1800"), "Ann E",
              "RRULE:FREQ=WEEKLY;BYDAY=MO"),
    ),
    (  # Tuesday: a conference, all day.
        "Personal",
        event("conference", ";VALUE=DATE:20260310", ";VALUE=DATE:20260311", "Conference"),
    ),
    ("Practice", event("wed-am", berlin("20260311", "0900"), berlin("20260311", "1400"), "Ann E")),
    (  # Wednesday afternoon: an invitation the therapist declined does not block.
        "Personal",
        event("board", berlin("20260311", "1400"), berlin("20260311", "1800"), "Board meeting",
              "ORGANIZER:mailto:chair@association.example\n"
              "ATTENDEE;PARTSTAT=DECLINED:mailto:robin@practice.example"),
    ),
    ("Practice", event("thu", berlin("20260312", "0900"), berlin("20260312", "1600"), "Ann E")),
    (  # Thursday: marked free ("transparent"), so it blocks nothing.
        "Personal",
        event("home", berlin("20260312", "0800"), berlin("20260312", "1900"), "Home office",
              "TRANSP:TRANSPARENT"),
    ),
]  # fmt: skip


def engine_config(account: DavAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    # Xandikos ignores the password, but the config insists on having one.
    monkeypatch.setenv("CMM_TEST_DAV", account.password)
    text = ENGINE_CONFIG.format(
        dav_url=account.url, dav_user=account.username, state_dir=tmp_path / "state"
    )
    return parse_config(text, source=str(tmp_path / "config.yaml"))


def test_offered_slots_lie_only_outside_busy_time(
    xandikos_home: DavAccount, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    xandikos_home.make_calendar("Practice")
    xandikos_home.make_calendar("Personal")
    for name, ics in WEEK:
        xandikos_home.put_ics(name, ics)
    config = engine_config(xandikos_home, tmp_path, monkeypatch)
    calendars = adapter(xandikos_home)
    availability = Availability(config, calendars, None)
    now = at(9, 7)  # Monday morning; the horizon ends Friday 07:00
    offered = availability.offerable(now)
    assert offered
    wednesday = Interval(at(11, 14, 10), at(11, 18))
    thursday = Interval(at(12, 16, 10), at(12, 18))
    for slot in offered:
        assert any(
            free.start <= slot.start and slot.end <= free.end for free in (wednesday, thursday)
        )
    assert {slot.start.date() for slot in offered} == {date(2026, 3, 11), date(2026, 3, 12)}

    # The therapist fills Wednesday: the changed CTag makes the next offer read it.
    xandikos_home.put_ics(
        "Personal", event("late", berlin("20260311", "1400"), berlin("20260311", "1800"))
    )
    again = availability.offerable(now)
    assert again and {slot.start.date() for slot in again} == {date(2026, 3, 12)}


# --- a whole conversation with the calendar on Xandikos ----------------------------------


@pytest.fixture
def practice_on_xandikos(
    imap_account: ImapAccount,
    xandikos_home: DavAccount,
    smtp_sink: SmtpEndpoint,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Practice:
    """tests/rig/practice.py's practice, with its calendars on Xandikos instead of Radicale."""
    xandikos_home.make_calendar("Practice")
    xandikos_home.make_calendar("Personal")
    monkeypatch.setenv("CMM_TEST_IMAP", imap_account.password)
    monkeypatch.setenv("CMM_TEST_SMTP", smtp_sink.password)
    monkeypatch.setenv("CMM_TEST_DAV", xandikos_home.password)
    text = CONFIG.format(
        imap_port=imap_account.port,
        imap_user=imap_account.username,
        smtp_port=smtp_sink.port,
        smtp_user=smtp_sink.username,
        dav_url=xandikos_home.url,
        dav_user=xandikos_home.username,
        state_dir=tmp_path / "state",
    )
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return Practice(parse_config(text, source=str(path)), imap_account, xandikos_home,
                    smtp_sink, path)  # fmt: skip


def _offered_slot(practice: Practice, position: int) -> tuple[datetime, datetime]:
    service = practice.service()
    try:
        start, end = service.store.db.execute(
            "SELECT start_utc, end_utc FROM offer_slots WHERE position = ?", (position,)
        ).fetchone()
    finally:
        service.store.close()
    return datetime.fromisoformat(start), datetime.fromisoformat(end)


def test_a_request_is_offered_booked_once_and_cancelled_on_xandikos(
    practice_on_xandikos: Practice,
) -> None:
    practice = practice_on_xandikos
    practice.imap.append(mail("Hi Robin, could we talk this week? Ann"))
    practice.once()
    [offer] = practice.sent()
    assert len(offered_starts(offer)) == 3
    chosen = _offered_slot(practice, 2)

    practice.imap.append(mail("2 please", reply_to=offer))
    practice.once()
    [call] = practice.calls()
    assert call.decoded("DTSTART") == chosen[0]
    assert call.decoded("DTEND") - call.decoded("DTSTART") == timedelta(minutes=15)
    assert str(call["SUMMARY"]) == "Call: A.E."
    assert str(call["CLASS"]) == "PRIVATE"
    assert "2 please" not in call.to_ical().decode()
    assert str(call["TRANSP"]) == "OPAQUE" and str(call["STATUS"]) == "CONFIRMED"
    assert str(call["ORGANIZER"]) == "mailto:robin@practice.example"
    attendee = call["ATTENDEE"]
    assert str(attendee) == "mailto:ann@example.org"
    # Kept as written: Xandikos does no scheduling of its own for this event.
    assert attendee.params["SCHEDULE-AGENT"] == "CLIENT"
    [stored] = practice.dav.calendar("Practice").get_events()
    assert "SCHEDULE-STATUS" not in stored.data
    ctag = adapter(practice.dav).ctag("Practice")
    sent = len(practice.sent())
    assert sent == 2

    practice.once()  # a second pass changes nothing, in the calendar or the outbox
    assert adapter(practice.dav).ctag("Practice") == ctag
    assert len(practice.sent()) == sent

    confirmation = practice.sent()[1]
    practice.imap.append(mail("Sorry, something came up, please cancel.", reply_to=confirmation))
    practice.once()
    assert practice.calls() == []
    assert practice.dav.calendar("Practice").get_events() == []
    cancellation = practice.sent()[2]
    parts = [p for p in cancellation.walk() if p.get_content_type() == "text/calendar"]
    assert parts and "CANCEL" in str(parts[0].get_param("method")).upper()
