"""Between-session calls carried into the client's next session, without harming a byte of
the therapist's own event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import recurring_ical_events
from icalendar import Calendar

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


def run_notes(practice: Practice, calendars: Calendars | None = None) -> int:
    store = Store.open(practice.config.state_dir)
    try:
        dav = calendars or Calendars(practice.dav.url, practice.dav.username, practice.dav.password)
        return SessionNotes(practice.config, store, dav, lambda: datetime.now(UTC)).run()
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


def test_the_next_session_gets_the_calls_and_the_therapists_notes(practice: Practice) -> None:
    now = datetime.now(UTC)
    first = (now - timedelta(days=7)).astimezone(BERLIN).replace(
        hour=7, minute=0, second=0, microsecond=0
    ) + timedelta(days=8)
    practice.dav.put_ics("Personal", weekly_session(first - timedelta(days=7)))
    book(practice, "1 please")
    book(practice, "2 please")
    # The therapist jots a note into the calls' events in their calendar app.
    for call in practice.dav.calendar("Practice").events():
        call.icalendar_component["DESCRIPTION"] = "talked about sleep"
        call.save()
    before = session_text(practice)

    assert run_notes(practice) == 1
    after = session_text(practice)
    session = next_occurrence(after, now)
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
    assert run_notes(practice) == 0
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
