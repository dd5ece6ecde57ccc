"""The follow-up block in the client's next session: its text, its place in the
description, and byte-preserving edits of the therapist's own calendar files."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import given
from hypothesis import strategies as st

from daemon.core.followup.followup import (
    BEGIN_MARK,
    END_MARK,
    CallNote,
    Conflict,
    CrisisNote,
    Session,
    SessionKey,
    calls_between,
    category_words,
    conflicts,
    followup_block,
    next_session,
    pattern_conflicts,
    previous_session,
    reply_words,
    sessions_of,
    title_matches,
    weekly_counts,
    with_block,
)
from daemon.core.followup.icsedit import description_of, set_description
from daemon.core.model import CALL_CATEGORY
from daemon.core.safety import crisis

ICS = Path(__file__).parent.parent / "data" / "ics"
BERLIN = ZoneInfo("Europe/Berlin")

APPLE = "session_apple_weekly_exdate_override.ics"
APPLE_UID = "7C1A2E44-3B9D-4F0E-9D21-5A6B7C8D9E0F"
GOOGLE = "session_google_attendee_weekly.ics"
GOOGLE_UID = "4k2j3h4g5f6d7s8a9p0o1i2u3y@google.com"
THUNDERBIRD = "session_thunderbird_altrep_count.ics"
THUNDERBIRD_UID = "0b6c1f5e-2d9a-4c0b-8e7f-3a2b1c0d9e8f"
SINGLE = "session_single_without_description.ics"
SINGLE_UID = "5d4c3b2a-single-no-description@praxis.example"

NEW = (
    "Wöchentliche Sitzung.\n\n"
    f"{BEGIN_MARK}\nTue, Jan 13, 6:00 PM, 15 min: held\n  Notes: a, b; c\\d\n{END_MARK}"
)


def read(name: str) -> str:
    with open(ICS / name, newline="") as file:
        return file.read()


def at(day: str, clock: str) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=BERLIN)


def occurrences(ics: str) -> list[tuple[str, str, str, str]]:
    calendar = icalendar.Calendar.from_ical(ics)
    found = recurring_ical_events.of(calendar).between(date(2025, 12, 1), date(2026, 6, 1))
    return sorted(
        (str(e["UID"]), str(e["RECURRENCE-ID"].dt), str(e["DTSTART"].dt), str(e["DTEND"].dt))
        for e in found
    )


def descriptions(ics: str) -> list[str | None]:
    calendar = icalendar.Calendar.from_ical(ics)
    return [
        None if c.get("DESCRIPTION") is None else str(c["DESCRIPTION"]) for c in calendar.walk()
    ]


def description_span(ics: str, nth: int) -> tuple[int, int]:
    """Character offsets of the nth DESCRIPTION property (with its folded lines)."""
    spans = [m.span() for m in re.finditer(r"^DESCRIPTION[;:].*\r?\n(?:[ \t].*\r?\n)*", ics, re.M)]
    return spans[nth]


# --- the block's text -------------------------------------------------------------------


def test_the_block_lists_each_call_with_its_notes_and_prompts_when_above_comfortable() -> None:
    calls = [
        CallNote(at("2026-01-15", "19:30"), timedelta(minutes=15), "cancelled by client", ""),
        CallNote(
            at("2026-01-13", "18:00"), timedelta(minutes=15), "held", "Job loss.\nSleeps badly."
        ),
        CallNote(at("2026-01-14", "08:00"), timedelta(minutes=20), "held", "  "),
    ]
    weeks = [(date(2026, 1, 5), 1), (date(2026, 1, 12), 3)]
    assert followup_block(calls, weeks, 2, BERLIN).splitlines() == [
        "Tue, Jan 13, 6:00\u202fPM, 15 min: held",
        "  Job loss.",
        "  Sleeps badly.",
        "Wed, Jan 14, 8:00\u202fAM, 20 min: held",
        "Thu, Jan 15, 7:30\u202fPM, 15 min: cancelled by client",
        "Week of Jan 5: 1 call (comfortable: 2).",
        "Week of Jan 12: 3 calls, more than the 2 you're comfortable with: "
        "maybe worth exploring together.",
    ]


def test_the_block_says_so_when_there_were_no_calls_and_no_prompt_within_comfort() -> None:
    assert followup_block([], [], 1, BERLIN) == "No between-session calls since the last session."
    one = [CallNote(at("2026-01-13", "18:00"), timedelta(minutes=15), "held", "")]
    assert followup_block(one, [(date(2026, 1, 12), 1)], 1, BERLIN).endswith(
        "Week of Jan 12: 1 call (comfortable: 1)."
    )


def test_the_block_uses_the_therapists_zone_and_language() -> None:
    utc_call = CallNote(
        datetime(2026, 1, 13, 17, 0, tzinfo=ZoneInfo("UTC")), timedelta(minutes=15), "geführt", ""
    )
    text = followup_block([utc_call], [(date(2026, 1, 12), 3)], 2, BERLIN, "de")
    assert text.splitlines()[0] == "Di., 13. Jan., 18:00, 15 Min.: geführt"
    assert text.splitlines()[1].startswith("Woche ab 12. Jan.: 3 Telefonate, mehr als die 2")
    assert "gemeinsam" in text
    spanish = followup_block([utc_call], [(date(2026, 1, 12), 1)], 2, BERLIN, "es")
    assert spanish.splitlines()[1] == "Semana del 12 ene: 1 llamada (cómodo: 2)."


# 2026-01-12 is a Monday. Calls on Thursday and Friday, the session the next Monday.
THU, FRI, MON = at("2026-01-08", "18:00"), at("2026-01-09", "09:00"), at("2026-01-12", "08:00")


@pytest.mark.parametrize(
    ("listed", "counted", "expected"),
    [
        # the busy Thursday and Friday stay visible from a Monday session
        ([THU, FRI], [THU, FRI], [(date(2026, 1, 5), 2)]),
        # two weeks, each counted on its own
        ([THU, FRI, MON], [THU, FRI, MON], [(date(2026, 1, 5), 2), (date(2026, 1, 12), 1)]),
        # a week is counted whole: Monday's call before the previous session counts too
        ([FRI], [at("2026-01-05", "10:00"), FRI], [(date(2026, 1, 5), 2)]),
        # weeks without a listed call are not shown; calls outside shown weeks are not counted
        ([MON], [THU, MON], [(date(2026, 1, 12), 1)]),
        ([], [THU, FRI], []),
        # Sunday 23:30 UTC is already Monday in Berlin
        ([datetime(2026, 1, 11, 23, 30, tzinfo=ZoneInfo("UTC"))], [MON], [(date(2026, 1, 12), 1)]),
        # the end of Sunday in Berlin still belongs to its week
        ([at("2026-01-11", "23:59")], [THU, at("2026-01-11", "23:59")], [(date(2026, 1, 5), 2)]),
    ],
)
def test_weekly_counts_go_week_by_week_in_the_therapists_zone(
    listed: list[datetime], counted: list[datetime], expected: list[tuple[date, int]]
) -> None:
    assert weekly_counts(listed, counted, BERLIN) == expected


def test_weekly_counts_follow_local_weeks_across_dst() -> None:
    # 29 March 2026 (Sunday) has 23 hours in Berlin; 30 March is the next Monday.
    late = at("2026-03-29", "23:30")
    early = at("2026-03-30", "00:30")
    assert weekly_counts([late, early], [late, early], BERLIN) == [
        (date(2026, 3, 23), 1),
        (date(2026, 3, 30), 1),
    ]


def test_crisis_messages_come_first_with_category_and_what_was_sent_never_words() -> None:
    crises = [
        CrisisNote(at("2026-01-10", "23:40"), crisis.PASSIVE, crisis.REPLY_WITH_TIMES),
        CrisisNote(at("2026-01-09", "02:05"), "self-harm", crisis.NO_REPLY_HOURLY_LIMIT),
    ]
    lines = followup_block([], [], 1, BERLIN, crises=crises).splitlines()
    assert lines == [
        "Messages with crisis language since the last session (the words are in your inbox):",
        "  Fri, Jan 9, 2:05\u202fAM: self-harm; no reply was sent (the hourly reply limit).",
        "  Sat, Jan 10, 11:40\u202fPM: wish to be dead; they got the emergency text with call"
        " times.",
        "No between-session calls since the last session.",
    ]
    german = followup_block([], [], 1, BERLIN, "de", crises)
    assert "Sa., 10. Jan., 23:40: Todeswunsch; die Antwort brachte den Notfalltext" in german
    spanish = followup_block([], [], 1, BERLIN, "es", crises)
    assert "autolesiones; no se envió respuesta" in spanish


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_every_category_and_reply_has_words_in_each_language(language: str) -> None:
    unknown = category_words("no-such-category", language)
    for category in crisis.CATEGORIES:
        assert category_words(category, language) != unknown, category
    assert category_words("suicide", language) == category_words(crisis.ACTIVE, language)
    other = reply_words(crisis.NO_REPLY_OTHER, language)
    for reply in crisis.REPLIES:
        assert reply == crisis.NO_REPLY_OTHER or reply_words(reply, language) != other, reply
    assert reply_words("something new", language) == other


def test_notes_that_quote_the_markers_cannot_break_the_block() -> None:
    notes = f"pasted:\n{END_MARK}\n{BEGIN_MARK}"
    block = followup_block(
        [CallNote(at("2026-01-13", "18:00"), timedelta(0), "held", notes)], [], 1, BERLIN
    )
    assert BEGIN_MARK not in block and END_MARK not in block
    described = with_block("mine", block)
    assert with_block(described, block) == described


# --- the block inside the therapist's description ----------------------------------------


def test_the_block_goes_after_the_therapists_text_and_is_replaced_in_place() -> None:
    first = with_block("Bring the diary.\n", "one")
    assert first == f"Bring the diary.\n\n\n{BEGIN_MARK}\none\n{END_MARK}"
    edited = first + "\nTyped after the block later."
    assert with_block(edited, "two") == (
        f"Bring the diary.\n\n\n{BEGIN_MARK}\ntwo\n{END_MARK}\nTyped after the block later."
    )


def test_an_empty_description_gets_just_the_block_and_an_empty_block_removes_it() -> None:
    assert with_block("", "a\nb") == f"{BEGIN_MARK}\na\nb\n{END_MARK}"
    assert with_block(with_block("", "a"), "") == ""
    assert with_block("  untouched  ", "") == "  untouched  "


def test_crlf_descriptions_keep_crlf() -> None:
    text = with_block("line one\r\nline two", "a\nb")
    assert text == f"line one\r\nline two\r\n\r\n{BEGIN_MARK}\r\na\r\nb\r\n{END_MARK}"


def test_a_marker_pair_the_therapist_broke_is_left_alone_and_a_new_pair_appended() -> None:
    broken = f"{BEGIN_MARK}\nold calls\n(therapist deleted the end marker) my notes"
    once = with_block(broken, "new")
    assert once.startswith(broken) and once.endswith(f"{BEGIN_MARK}\nnew\n{END_MARK}")
    assert with_block(once, "new") == once
    assert with_block(once, "") == broken


def test_a_block_containing_a_marker_is_refused() -> None:
    with pytest.raises(ValueError):
        with_block("", END_MARK)


markerless = st.text(st.characters(codec="utf-8", exclude_characters="\r"), max_size=40).filter(
    lambda s: "---" not in s
)


@given(description=markerless, block=markerless, other=markerless)
def test_rewriting_is_idempotent_and_removal_restores_the_description(
    description: str, block: str, other: str
) -> None:
    once = with_block(description, block)
    assert with_block(once, block) == once
    assert with_block(with_block(once, other), block) == once
    assert with_block(once, "") == description


# --- byte-preserving edits --------------------------------------------------------------


CASES = [
    # file, uid, recurrence id, index of the DESCRIPTION property that changes
    (APPLE, APPLE_UID, None, 0),
    (APPLE, APPLE_UID, "20260115T140000", 1),
    (APPLE, APPLE_UID, datetime(2026, 1, 15, 13, 0, tzinfo=ZoneInfo("UTC")), 1),
    (GOOGLE, GOOGLE_UID, None, 0),
    (THUNDERBIRD, THUNDERBIRD_UID, None, 0),
]


@pytest.mark.parametrize(("name", "uid", "rid", "nth"), CASES)
def test_only_the_target_description_lines_change(
    name: str, uid: str, rid: str | datetime | None, nth: int
) -> None:
    before = read(name)
    after = set_description(before, uid, rid, NEW)
    start, end = description_span(before, nth)
    new_start, new_end = description_span(after, nth)
    assert new_start == start
    assert after[:start] == before[:start]
    assert after[new_end:] == before[end:]
    assert description_of(after, uid, rid) == NEW
    assert set_description(after, uid, rid, NEW) == after
    assert occurrences(after) == occurrences(before)
    _well_formed(after)


def test_the_description_keeps_its_parameters_and_alarms_keep_theirs() -> None:
    after = set_description(read(THUNDERBIRD), THUNDERBIRD_UID, None, "Thema: Arbeit, neu")
    assert 'DESCRIPTION;ALTREP="data:text/html,%3Cp%3EThema' in after
    assert "Thema: Arbeit\\, neu\r\n" in after
    assert descriptions(after)[-1] == "Default Mozilla Description"


def test_an_event_without_description_gets_one_before_its_alarm() -> None:
    before = read(SINGLE)
    after = set_description(before, SINGLE_UID, None, "Calls: none")
    assert after == before.replace(
        "X-MOZ-GENERATION:1\r\n", "X-MOZ-GENERATION:1\r\nDESCRIPTION:Calls: none\r\n"
    )
    assert set_description(after, SINGLE_UID, None, "Calls: none") == after


def test_a_single_events_occurrence_id_from_recurring_ical_events_means_the_event() -> None:
    before = read(SINGLE)
    (occurrence,) = recurring_ical_events.of(icalendar.Calendar.from_ical(before)).at(
        date(2026, 1, 14)
    )
    rid = occurrence["RECURRENCE-ID"].dt
    assert set_description(before, SINGLE_UID, rid, "x") == set_description(
        before, SINGLE_UID, None, "x"
    )
    with pytest.raises(LookupError):
        set_description(before, SINGLE_UID, "20260115T080000Z", "x")


def test_an_occurrence_without_override_gets_a_minimal_override_after_the_series() -> None:
    before = read(APPLE)
    after = set_description(before, APPLE_UID, "2026-01-29T14:00:00+01:00", NEW)
    cut = before.index("END:VEVENT\r\n", before.index("RECURRENCE-ID")) + len("END:VEVENT\r\n")
    assert after.startswith(before[:cut]) and after.endswith(before[cut:])
    added = after[cut : len(after) - len(before) + cut]
    assert added.startswith("BEGIN:VEVENT\r\n") and added.endswith("END:VEVENT\r\n")
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20260129T140000\r\n" in added
    assert "DTSTART;TZID=Europe/Berlin:20260129T140000\r\n" in added
    assert "DTEND;TZID=Europe/Berlin:20260129T145000\r\n" in added
    assert "RRULE" not in added and "EXDATE" not in added
    assert "X-APPLE-STRUCTURED-LOCATION" in added and "BEGIN:VALARM" in added
    assert occurrences(after) == occurrences(before)
    assert description_of(after, APPLE_UID, "20260129T140000") == NEW
    # The rest of the series still shows the therapist's own description.
    assert BEGIN_MARK not in description_of(after, APPLE_UID, None)
    assert BEGIN_MARK not in description_of(after, APPLE_UID, "20260205T140000")
    assert set_description(after, APPLE_UID, "20260129T140000", NEW) == after
    _well_formed(after)


def test_an_override_of_a_utc_series_without_description_gets_one_before_its_alarm() -> None:
    series = read(SINGLE).replace(
        "X-MOZ-GENERATION:1\r\n", "X-MOZ-GENERATION:1\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\n"
    )
    after = set_description(series, SINGLE_UID, "2026-01-21T09:00:00+01:00", "mine")
    added = after[len(series) - len("END:VCALENDAR\r\n") : -len("END:VCALENDAR\r\n")]
    assert "RECURRENCE-ID:20260121T080000Z\r\nDTSTART:20260121T080000Z\r\n" in added
    assert "DTEND:20260121T085000Z\r\n" in added
    assert "X-MOZ-GENERATION:1\r\nDESCRIPTION:mine\r\nBEGIN:VALARM\r\n" in added
    assert "RRULE" not in added
    assert occurrences(after) == occurrences(series)
    assert description_of(after, SINGLE_UID, "20260121T080000Z") == "mine"
    assert description_of(after, SINGLE_UID, "20260128T080000Z") == ""


def test_a_thunderbird_occurrence_can_be_named_in_utc_though_the_series_is_local() -> None:
    ics = read(THUNDERBIRD)
    after = set_description(ics, THUNDERBIRD_UID, "20260114T150000Z", "mine")
    assert occurrences(after) == occurrences(ics)
    assert description_of(after, THUNDERBIRD_UID, "2026-01-14T16:00:00+01:00") == "mine"
    assert "RECURRENCE-ID;TZID=Europe/Berlin:20260114T160000\r\n" in after
    assert descriptions(after).count("Default Mozilla Description") == 2


def test_excluded_or_unknown_occurrences_and_uids_are_refused() -> None:
    with pytest.raises(LookupError):
        set_description(read(APPLE), APPLE_UID, "20260122T140000", "x")  # an EXDATE
    with pytest.raises(LookupError):
        description_of(read(APPLE), APPLE_UID, "20260122T140000")
    with pytest.raises(LookupError):
        set_description(read(APPLE), "no-such-uid", None, "x")
    with pytest.raises(ValueError):
        set_description(read(APPLE), APPLE_UID, "next tuesday", "x")


def test_setting_the_same_description_returns_the_file_untouched() -> None:
    before = read(GOOGLE)
    assert set_description(before, GOOGLE_UID, None, description_of(before, GOOGLE_UID, None)) == (
        before
    )


def test_lf_files_keep_lf() -> None:
    before = read(APPLE).replace("\r\n", "\n")
    after = set_description(before, APPLE_UID, None, NEW)
    assert "\r" not in after
    after = set_description(before, APPLE_UID, "20260205T140000", NEW)
    assert "\r" not in after


@given(st.text(st.characters(codec="utf-8"), max_size=300))
def test_any_text_round_trips_through_the_escaped_folded_property(text: str) -> None:
    after = set_description(read(SINGLE), SINGLE_UID, None, text)
    expected = re.sub(
        r"[\x00-\x08\x0b-\x1f\x7f]", "", text.replace("\r\n", "\n").replace("\r", "\n")
    )
    assert description_of(after, SINGLE_UID, None) == expected
    parsed = icalendar.Calendar.from_ical(after)
    assert str(parsed.walk("VEVENT")[0].get("DESCRIPTION", "")) == expected
    _well_formed(after)


def _well_formed(ics: str) -> None:
    assert "\n" not in ics.replace("\r\n", "")
    for line in ics.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


# --- finding the client's sessions -------------------------------------------------------


def expanded(*names: str, extra: str = "") -> list[icalendar.Event]:
    events: list[icalendar.Event] = []
    for text in [read(name) for name in names] + ([extra] if extra else []):
        calendar = icalendar.Calendar.from_ical(text)
        events += recurring_ical_events.of(calendar).between(date(2026, 1, 1), date(2026, 2, 1))
    return events


CALL = f"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//callmemaybe//EN\r
BEGIN:VEVENT\r
UID:call-1@callmemaybe\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260113T170000Z\r
DTEND:20260113T171500Z\r
SUMMARY:Call with Ben K\r
CATEGORIES:{CALL_CATEGORY}\r
ATTENDEE:mailto:ben.k@example.org\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:cancelled-session@praxis.example\r
DTSTAMP:20260101T000000Z\r
DTSTART:20260114T170000Z\r
DTEND:20260114T175000Z\r
SUMMARY:Ann E – Sitzung\r
STATUS:CANCELLED\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_sessions_are_found_by_title_or_by_attendee_but_never_our_calls() -> None:
    events = expanded(APPLE, GOOGLE, THUNDERBIRD, extra=CALL)
    ann = sessions_of(events, "ann e", ["someone@else.example"], BERLIN)
    assert [s.start for s in ann] == [
        at("2026-01-08", "14:00"),
        at("2026-01-16", "09:00"),
        at("2026-01-29", "14:00"),
    ]
    assert ann[1].recurrence_id == at("2026-01-15", "14:00")
    assert all(s.uid == APPLE_UID for s in ann)
    ben = sessions_of(events, None, ["MAILTO:Ben.K@example.org"], BERLIN)
    assert [(s.start, s.end) for s in ben] == [
        (at("2026-01-05", "17:00"), at("2026-01-05", "17:50")),
        (at("2026-01-12", "18:00"), at("2026-01-12", "18:50")),
    ]
    assert sessions_of(events, "  ", [], BERLIN) == []


def test_a_session_with_the_client_on_it_is_shared_and_gets_no_notes() -> None:
    (ben, _) = sessions_of(expanded(GOOGLE), None, ["ben.k@example.org"], BERLIN)
    assert ben.shared_with(["robin@praxis.example"])
    (ann, *_) = sessions_of(expanded(APPLE), "Ann E", [], BERLIN)
    assert not ann.shared_with(["robin@praxis.example"])


def session(day: str, clock: str) -> Session:
    start = at(day, clock)
    return Session("u", start, start, start + timedelta(minutes=50))


def test_next_and_previous_session_around_now() -> None:
    sessions = [session("2026-01-08", "14:00"), session("2026-01-15", "14:00")]
    assert next_session(sessions, at("2026-01-10", "00:00")) == sessions[1]
    assert previous_session(sessions, at("2026-01-10", "00:00")) == sessions[0]
    assert next_session(sessions, at("2026-01-15", "14:00")) == sessions[1]
    assert previous_session(sessions, at("2026-01-15", "14:20")) == sessions[1]
    assert next_session(sessions, at("2026-01-16", "00:00")) is None
    assert previous_session(sessions, at("2026-01-01", "00:00")) is None


def test_calls_between_sessions() -> None:
    calls = [
        CallNote(at("2026-01-08", "14:30"), timedelta(minutes=15), "held", ""),  # in session
        CallNote(at("2026-01-08", "15:00"), timedelta(minutes=15), "held", ""),
        CallNote(at("2026-01-12", "09:00"), timedelta(minutes=15), "held", ""),
        CallNote(at("2026-01-15", "15:00"), timedelta(minutes=15), "held", ""),
    ]
    previous = session("2026-01-08", "14:00")
    assert calls_between(calls, previous, at("2026-01-15", "14:00")) == calls[1:3]
    assert calls_between(calls, None, at("2026-01-09", "00:00")) == calls[:2]


# --- whole words, never substrings ------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "title", "expected"),
    [
        ("Ann E", "Ann E – Sitzung", True),
        ("ann e", "Sitzung: ANN E.", True),
        ("Ann E", "Session Joann Evans", False),
        ("Ann E", "Session Ann Evans", False),
        ("Kim N", "Kimberly Nash", False),
        ("Kim N", "Session Kim N", True),
        ("Eva S", "Eva Schmidt-Lange", False),
        ("Eva Schmidt-Lange", "Sitzung Eva Schmidt-Lange", True),
        ("Eva Schmidt", "Eva Schmidt-Lange", False),  # a hyphenated surname is one word
        ("Zoë", "Session Zoë", True),
        ("Zoë", "Session Zoe", False),  # accents kept
        ("Zoe", "Session Zoë", False),
        ("Zoe\u0308", "Session Zoë", True),  # the same letter, composed or not
        ("Chloé D", "Sitzung Chloé D.", True),
        ("STRASSE", "Straße", True),  # casefolded
        ("O'Brien", "Session O'Brien", True),
        ("Brien", "Session O'Brien", False),
        ("E Ann", "Ann E", False),  # in order
        ("Ann", "Ann E – Sitzung", True),
        ("--", "-- session --", False),  # no words: matches nothing
        ("", "Ann E", False),
        (None, "Ann E", False),
    ],
)
def test_title_matches_whole_words_only(pattern: str | None, title: str, expected: bool) -> None:
    assert title_matches(pattern, title) is expected


def event(uid: str, summary: str, start: str, attendee: str = "") -> str:
    return (
        "BEGIN:VEVENT\r\n"
        f"UID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start}\r\n"
        f"DURATION:PT50M\r\nSUMMARY:{summary}\r\n"
        + (f"ATTENDEE:mailto:{attendee}\r\n" if attendee else "")
        + "END:VEVENT\r\n"
    )


LOOKALIKES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
    + event("kim", "Session Kim N", "20260112T080000Z")
    + event("kimberly", "Session Kimberly Nash", "20260112T100000Z")
    + event("eva", "Eva S", "20260113T080000Z")
    + event("eva-sl", "Eva Schmidt-Lange", "20260113T100000Z")
    + event("both", "Eva S / Kim N Paarsitzung", "20260114T080000Z")
    + event("mail", "Kim N", "20260115T080000Z", attendee="eva.sl@example.org")
    + "END:VCALENDAR\r\n"
)
KEYS = [
    SessionKey("Kim N", ("kim@example.org",)),
    SessionKey("Kimberly Nash", ("kimberly@example.org",)),
    SessionKey("Eva S", ("eva@example.org",)),
    SessionKey(None, ("eva.sl@example.org",)),
]


def test_lookalike_titles_go_to_the_right_client_and_shared_ones_to_no_one() -> None:
    events = expanded(extra=LOOKALIKES)

    def uids(i: int) -> list[str]:
        others = KEYS[:i] + KEYS[i + 1 :]
        key = KEYS[i]
        return [s.uid for s in sessions_of(events, key.pattern, key.emails, BERLIN, others)]

    assert uids(0) == ["kim"]
    assert uids(1) == ["kimberly"]
    assert uids(2) == ["eva"]
    assert uids(3) == []  # "eva-sl" has no attendee; "mail" is Kim N's title too
    assert conflicts(events, KEYS, BERLIN) == [
        Conflict(datetime(2026, 1, 14, 9, 0, tzinfo=BERLIN), "Eva S / Kim N Paarsitzung", (0, 2)),
        Conflict(datetime(2026, 1, 15, 9, 0, tzinfo=BERLIN), "Kim N", (0, 3)),
    ]


def test_a_recurring_conflict_is_reported_once_at_its_first_occurrence() -> None:
    keys = [SessionKey("Ann E", ()), SessionKey("Sitzung", ())]  # "Ann E – Sitzung", weekly
    [conflict] = conflicts(expanded(APPLE), keys, BERLIN)
    assert conflict.clients == (0, 1)
    assert conflict.start == at("2026-01-08", "14:00")


@pytest.mark.parametrize(
    ("names", "patterns", "expected"),
    [
        (["Kim Nguyen", "Kimberly Nash"], ["Kim N", None], []),
        (["Eva Schmidt", "Eva Schmidt-Lange"], ["Eva S", "Eva Schmidt-Lange"], []),
        (["Eva Schmidt", "Eva Schmidt-Lange"], ["Eva", None], [(0, 1)]),
        (["Ann Evans", "Ann Example"], ["Ann", "Ann E"], [(0, 1)]),
        (["Ann Evans", "Ann Example"], ["Ann Ev", "Ann Ex"], []),
        (["Ben K", "Ben K"], [None, None], []),  # no pattern: found by address only
        (["A B", "C D"], ["C", "A"], [(0, 1), (1, 0)]),
    ],
)
def test_pattern_conflicts_between_clients_in_the_config(
    names: list[str], patterns: list[str | None], expected: list[tuple[int, int]]
) -> None:
    assert pattern_conflicts(names, patterns) == expected
