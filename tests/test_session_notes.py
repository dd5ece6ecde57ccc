"""Between-session calls carried into the client's next session, without harming a byte of
the therapist's own event."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

from daemon.config import parse_config
from daemon.dav import Calendars
from daemon.followup import BEGIN_MARK
from daemon.notes import SessionNotes
from daemon.store import Store
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
    windows = f"  windows: {{{names[day.weekday()]}: [\"09:00-18:00\"]}}\n"
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

    assert run_notes(practice, clock=lambda: evening) == 1
    after = session_text(practice)
    session = next_occurrence(after, evening)
    description = str(session["DESCRIPTION"])
    assert description.startswith("Bring the worksheet. Room 2.")
    assert BEGIN_MARK in description
    assert "talked about sleep" in description
    # Ann's comfortable number is 1 a week: the therapist gets a gentle prompt.
    assert "more than the 1 you're comfortable with" in description
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


def test_no_notes_when_turned_off(practice: Practice) -> None:
    object.__setattr__(practice.config.followup, "note_next_session", False)
    assert run_notes(practice) == 0
