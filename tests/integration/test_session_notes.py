"""Between-session calls carried into the client's next session, without harming a byte of
the therapist's own event."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from babel.dates import format_skeleton
from icalendar import Calendar

from daemon.adapters.dav import Calendars
from daemon.config.loading import parse_config
from daemon.core.followup.followup import BEGIN_MARK
from daemon.core.reports.digest import week_bounds
from daemon.core.safety import crisis
from daemon.flows import reports
from daemon.flows.followup import SessionNotes
from daemon.store import ledger
from daemon.store.db import Store
from tests.rig.practice import Practice, mail

BERLIN = ZoneInfo("Europe/Berlin")


def weekly_session(first: datetime) -> str:
    """A weekly session as a calendar app writes it: its own description, an EXDATE."""
    stamp = first.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    local = first.astimezone(BERLIN).strftime("%Y%m%dT%H%M%S")
    skipped = (first + timedelta(days=14)).astimezone(BERLIN).strftime("%Y%m%dT%H%M%S")
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Apple Inc.//macOS 15.1//EN",
            "BEGIN:VEVENT",
            "UID:ann-sessions@therapist.example",
            f"DTSTAMP:{stamp}",
            f"DTSTART;TZID=Europe/Berlin:{local}",
            "DURATION:PT50M",
            "RRULE:FREQ=WEEKLY",
            f"EXDATE;TZID=Europe/Berlin:{skipped}",
            "SUMMARY:Ann E",
            "DESCRIPTION:Bring the worksheet. Room 2.",
            "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def run_notes(
    practice: Practice,
    calendars: Calendars | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> int:
    store = Store.open(practice.config.state_dir)
    try:
        dav = calendars or Calendars(practice.dav.url, practice.dav.username, practice.dav.password)
        return SessionNotes(practice.config, store, dav, clock).run()
    finally:
        store.close()


def session_text(practice: Practice) -> str:
    dav = Calendars(practice.dav.url, practice.dav.username, practice.dav.password)
    found = dav.find_uid(["Personal"], "ann-sessions@therapist.example")
    assert found is not None
    return found[1]


def next_occurrence(text: str, after: datetime):  # type: ignore[no-untyped-def]
    events = recurring_ical_events.of(Calendar.from_ical(text)).between(
        after, after + timedelta(days=8)
    )
    return min(events, key=lambda e: e.decoded("DTSTART"))


def book(practice: Practice, choice: str) -> None:
    practice.imap.append(mail("Could we talk?"))
    practice.once()
    practice.imap.append(mail(choice, reply_to=practice.sent()[-1]))
    practice.once()


def calls_only_on_one_day(practice: Practice) -> date:
    """Open a single weekday for calls, two days ahead: both calls then fall on that day, so
    in one week, on whatever day and at whatever hour the suite runs."""
    day = (datetime.now(UTC).astimezone(BERLIN) + timedelta(days=2)).date()
    text = practice.path.read_text(encoding="utf-8")
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    windows = f'  windows: {{{names[day.weekday()]}: ["09:00-18:00"]}}\n'
    text = re.sub(r"  windows: \{.*?\}\n", windows, text, flags=re.S)
    practice.config = parse_config(text, source=str(practice.path))
    return day


def test_the_next_session_gets_the_calls_and_the_therapists_notes(practice: Practice) -> None:
    day = calls_only_on_one_day(practice)
    # The notes are written on the evening of the calls' day; the next session is the morning
    # after, and the previous one a week before that.
    evening = datetime(day.year, day.month, day.day, 20, 0, tzinfo=BERLIN).astimezone(UTC)
    first = datetime(day.year, day.month, day.day, 7, 0, tzinfo=BERLIN) + timedelta(days=1)
    practice.dav.put_ics("Personal", weekly_session(first - timedelta(days=7)))
    book(practice, "1 please")
    book(practice, "2 please")
    assert {c.decoded("DTSTART").astimezone(BERLIN).date() for c in practice.calls()} == {day}
    # The therapist jots a note into the calls' events in their calendar app.
    for call in practice.dav.calendar("Practice").events():
        call.icalendar_component["DESCRIPTION"] = "talked about sleep"
        call.save()
    before = session_text(practice)
    # One message with crisis language since the previous session, one from before it.
    previous = first - timedelta(days=7)
    with_crisis(practice, evening - timedelta(hours=2), crisis.PASSIVE, crisis.REPLY_WITH_TIMES)
    with_crisis(practice, previous - timedelta(hours=1), crisis.ACTIVE, crisis.REPLY_WITH_TIMES)

    assert run_notes(practice, clock=lambda: evening) == 1
    after = session_text(practice)
    session = next_occurrence(after, evening)
    description = str(session["DESCRIPTION"])
    assert description.startswith("Bring the worksheet. Room 2.")
    assert BEGIN_MARK in description
    assert "talked about sleep" in description
    # Ann's comfortable number is 1 a week: the week of the calls gets a gentle prompt.
    monday = day - timedelta(days=day.weekday())
    week = format_skeleton("MMMd", monday, locale="en")
    assert f"Week of {week}: 2 calls, more than the 1 you're comfortable with" in description
    # The crisis since the previous session is listed by category and what was sent.
    crisis_lines = [line for line in description.splitlines() if "emergency text" in line]
    assert len(crisis_lines) == 1, description
    assert "wish to be dead; they got the emergency text with call times." in crisis_lines[0]
    assert "suicidal thoughts" not in description
    # The series itself is untouched: the block sits in an override for that one session.
    master_lines = before.split("END:VEVENT")[0]
    assert after.startswith(master_lines)
    assert "RECURRENCE-ID" in after
    # Idempotent: a second pass writes nothing.
    assert run_notes(practice, clock=lambda: evening) == 0
    assert session_text(practice) == after


class TherapistSavesMeanwhile(Calendars):
    """A real concurrent edit: the therapist's app saves right after we read."""

    edits = 0

    def replace_if_unchanged(self, href: str, text: str, etag: str) -> bool:
        if self.edits == 0:
            self.edits += 1
            found = self.find_uid(["Personal"], "ann-sessions@therapist.example")
            assert found is not None
            theirs = found[1].replace("Room 2.", "Room 3 (not 2).")
            assert "Room 2." in found[1], found[1]
            assert super().replace_if_unchanged(found[0], theirs, found[2])
        return super().replace_if_unchanged(href, text, etag)


def test_a_concurrent_edit_by_the_therapist_is_never_lost(practice: Practice) -> None:
    now = datetime.now(UTC)
    first = (
        (now + timedelta(days=1))
        .astimezone(BERLIN)
        .replace(hour=7, minute=0, second=0, microsecond=0)
    )
    practice.dav.put_ics("Personal", weekly_session(first - timedelta(days=7)))
    book(practice, "1 please")
    racing = TherapistSavesMeanwhile(practice.dav.url, practice.dav.username, practice.dav.password)
    assert run_notes(practice, racing) == 1
    text = session_text(practice)
    assert "Room 3 (not 2)." in text, text
    assert BEGIN_MARK in str(next_occurrence(text, now)["DESCRIPTION"])


def with_crisis(practice: Practice, written: datetime, category: str, reply: str) -> None:
    store = Store.open(practice.config.state_dir)
    try:
        client_id = store.find_client_id("ann@example.org")
        assert client_id is not None
        event = ledger.CrisisEvent(
            client_id, "INBOX", int(written.timestamp()), written, category, reply
        )
        with store.transaction() as db:
            ledger.record_crisis(db, event)
    finally:
        store.close()


def single_event(uid: str, summary: str, start: datetime) -> str:
    stamp = start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Apple Inc.//macOS 15.1//EN",
            "BEGIN:VEVENT",
            f"UID:{uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{stamp}",
            "DURATION:PT50M",
            f"SUMMARY:{summary}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def with_clients(practice: Practice, *lines: str) -> None:
    text = practice.path.read_text(encoding="utf-8").replace(
        "clients:\n", "clients:\n" + "".join(f"  - {line}\n" for line in lines)
    )
    practice.path.write_text(text, encoding="utf-8")
    practice.config = parse_config(text, source=str(practice.path))


def test_a_lookalike_title_between_the_call_and_the_next_session_gets_nothing(
    practice: Practice,
) -> None:
    with_clients(
        practice,
        "{name: Joann Evans, email: joann@example.org}",
        '{name: Kimberly Nash, email: kim.nash@example.org, sessions: "Kimberly Nash"}',
    )
    day = calls_only_on_one_day(practice)
    evening = datetime(day.year, day.month, day.day, 20, 0, tzinfo=BERLIN).astimezone(UTC)
    morning = datetime(day.year, day.month, day.day, 7, 0, tzinfo=BERLIN) + timedelta(days=1)
    # Ann's ("Ann E") session is at ten the morning after the call; before it, at seven and
    # eight, sessions whose titles a substring match would have taken for hers.
    practice.dav.put_ics("Personal", single_event("joann@t", "Session Joann Evans", morning))
    nash = single_event("nash@t", "Session Ann E-Kimberly Nash", morning + timedelta(hours=1))
    practice.dav.put_ics("Personal", nash)
    practice.dav.put_ics("Personal", weekly_session(morning + timedelta(hours=3, days=-7)))
    book(practice, "1 please")

    assert run_notes(practice, clock=lambda: evening) == 1
    description = str(next_occurrence(session_text(practice), evening)["DESCRIPTION"])
    assert description.startswith("Bring the worksheet. Room 2.") and BEGIN_MARK in description
    dav = Calendars(practice.dav.url, practice.dav.username, practice.dav.password)
    for uid in ("joann@t", "nash@t"):
        found = dav.find_uid(["Personal"], uid)
        assert found is not None and "callmemaybe" not in found[1], found


def test_a_session_two_clients_match_gets_no_notes_and_the_digest_names_it(
    practice: Practice,
) -> None:
    # "Ann" (Ann Evans) matches "Ann E – ..." too: Ann Example's next session is ambiguous.
    with_clients(practice, '{name: Ann Evans, email: evans@example.org, sessions: "Ann"}')
    now = datetime.now(UTC)
    first = (now + timedelta(days=1)).astimezone(BERLIN).replace(hour=7, minute=0, second=0)
    practice.dav.put_ics("Personal", weekly_session(first.replace(microsecond=0)))
    book(practice, "1 please")
    before = session_text(practice)

    assert run_notes(practice, clock=lambda: now) == 0
    assert session_text(practice) == before
    store = Store.open(practice.config.state_dir)
    try:
        [conflict] = reports.session_conflicts(store, practice.config)
        assert conflict.title == "Ann E" and set(conflict.clients) == {"Ann Example", "Ann Evans"}
        week_start, _ = week_bounds(now.astimezone(BERLIN).date(), BERLIN)
        text = reports.weekly_digest(store, practice.config, week_start.date())
        assert '"Ann E"' in text and "Ann Evans, Ann Example" in text
    finally:
        store.close()


def test_no_notes_when_turned_off(practice: Practice) -> None:
    # A copy: the default Followup instance is shared by every config that leaves it out,
    # and a later test must still see the default.
    off = practice.config.followup.model_copy(update={"note_next_session": False})
    object.__setattr__(practice.config, "followup", off)
    assert run_notes(practice) == 0
