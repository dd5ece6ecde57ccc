"""Busy time from real .ics files: what blocks, what does not, and where."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.core.availability.busy import busy_intervals, parse_calendars
from daemon.core.model import Interval

ICS = Path(__file__).parent.parent / "data" / "ics"
BERLIN = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")
ME = ("therapist@praxis.example",)


def at(day: str, clock: str, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=tz)


def span(day: str, start: str, end: str, end_day: str | None = None) -> Interval:
    return Interval(at(day, start), at(end_day or day, end))


def busy(*names: str, start: str = "2026-01-05", end: str = "2026-02-02") -> list[Interval]:
    parsed = parse_calendars((ICS / name).read_bytes() for name in names)
    assert parsed.skipped == 0
    return busy_intervals(parsed.calendars, at(start, "00:00"), at(end, "00:00"), BERLIN, ME)


def test_every_occurrence_of_a_weekly_series_blocks_except_the_exdate() -> None:
    assert busy("weekly_berlin_with_exdate.ics") == [
        span("2026-01-06", "10:00", "10:50"),
        span("2026-01-13", "10:00", "10:50"),
        span("2026-01-27", "10:00", "10:50"),
    ]


def test_a_tzid_without_vtimezone_is_read_as_the_iana_zone() -> None:
    result = busy("weekly_tzid_without_vtimezone.ics", end="2026-01-22")
    assert result == [
        span("2026-01-07", "08:00", "09:00"),
        span("2026-01-14", "08:00", "09:00"),
        span("2026-01-21", "08:00", "09:00"),
    ]


def test_a_moved_occurrence_frees_its_old_time_and_blocks_its_new_one() -> None:
    result = busy("recurrence_id_override_moved.ics", end="2026-01-23")
    assert result == [
        span("2026-01-08", "14:00", "14:50"),
        span("2026-01-16", "09:00", "09:50"),
        span("2026-01-22", "14:00", "14:50"),
    ]
    assert span("2026-01-15", "14:00", "14:50") not in result


def test_a_cancelled_occurrence_is_free_and_the_others_still_block() -> None:
    assert busy("cancelled_instance.ics", end="2026-01-20") == [
        span("2026-01-05", "16:00", "16:50"),
        span("2026-01-19", "16:00", "16:50"),
    ]


def test_a_cancelled_event_does_not_block() -> None:
    assert busy("cancelled_event.ics") == []


def test_an_all_day_event_blocks_the_whole_local_day() -> None:
    assert busy("allday_single.ics") == [span("2026-01-14", "00:00", "00:00", "2026-01-15")]


def test_an_all_day_event_without_dtend_blocks_one_day() -> None:
    assert busy("allday_without_dtend.ics") == [span("2026-01-16", "00:00", "00:00", "2026-01-17")]


def test_a_multi_day_event_blocks_every_day_up_to_its_exclusive_end() -> None:
    assert busy("allday_multiday.ics") == [span("2026-01-21", "00:00", "00:00", "2026-01-24")]


def test_all_day_blocks_follow_the_therapists_zone_not_utc() -> None:
    parsed = parse_calendars([(ICS / "allday_single.ics").read_bytes()])
    new_york = ZoneInfo("America/New_York")
    result = busy_intervals(
        parsed.calendars, at("2026-01-10", "00:00"), at("2026-01-20", "00:00"), new_york
    )
    assert result == [
        Interval(at("2026-01-14", "00:00", new_york), at("2026-01-15", "00:00", new_york))
    ]


def test_floating_time_is_the_therapists_wall_clock() -> None:
    assert busy("floating_time.ics") == [span("2026-01-15", "09:00", "10:00")]


def test_an_event_in_new_york_is_converted_to_berlin() -> None:
    result = busy("other_tzid_new_york.ics")
    assert result == [span("2026-01-15", "15:00", "16:00")]
    assert result[0].start.tzinfo == BERLIN


def test_a_transparent_event_does_not_block() -> None:
    assert busy("transparent.ics") == []


def test_a_tentative_event_blocks() -> None:
    assert busy("tentative.ics") == [span("2026-01-14", "12:00", "13:00")]


def test_an_invitation_the_therapist_declined_does_not_block() -> None:
    assert busy("declined_invitation.ics") == []


def test_a_declined_invitation_blocks_when_the_address_is_not_the_therapists() -> None:
    parsed = parse_calendars([(ICS / "declined_invitation.ics").read_bytes()])
    result = busy_intervals(
        parsed.calendars, at("2026-01-05", "00:00"), at("2026-02-02", "00:00"), BERLIN
    )
    assert result == [span("2026-01-15", "11:00", "12:00")]


def test_an_invitation_the_therapist_accepted_blocks() -> None:
    assert busy("accepted_invitation.ics") == [span("2026-01-15", "13:00", "14:00")]


def test_a_weekly_series_keeps_its_local_time_across_the_spring_change() -> None:
    result = busy("dst_spanning_weekly.ics", start="2026-03-01", end="2026-05-01")
    assert [(i.start.strftime("%m-%d %H:%M"), i.end.strftime("%H:%M")) for i in result] == [
        ("03-16 17:00", "18:30"),
        ("03-23 17:00", "18:30"),
        ("03-30 17:00", "18:30"),
        ("04-06 17:00", "18:30"),
        ("04-13 17:00", "18:30"),
        ("04-20 17:00", "18:30"),
    ]
    # Same wall clock, one hour earlier in UTC after 29 March.
    assert result[1].start.astimezone(UTC).hour == 16
    assert result[2].start.astimezone(UTC).hour == 15


def test_duration_stands_in_for_dtend() -> None:
    assert busy("duration_instead_of_dtend.ics") == [span("2026-01-13", "09:00", "10:30")]


def test_a_timed_event_without_dtend_takes_no_time() -> None:
    assert busy("datetime_without_dtend.ics") == []


def test_a_broken_series_is_skipped_and_its_neighbours_still_block() -> None:
    assert busy("broken_rrule.ics") == [span("2026-01-14", "09:00", "10:00")]


def test_overlapping_events_from_several_calendars_merge() -> None:
    result = busy(
        "tentative.ics",
        "allday_single.ics",
        "floating_time.ics",
        "other_tzid_new_york.ics",
        "accepted_invitation.ics",
        end="2026-01-16",
    )
    assert result == [
        span("2026-01-14", "00:00", "00:00", "2026-01-15"),
        span("2026-01-15", "09:00", "10:00"),
        span("2026-01-15", "13:00", "14:00"),
        span("2026-01-15", "15:00", "16:00"),
    ]


def test_only_events_overlapping_the_range_are_returned() -> None:
    assert busy("weekly_berlin_with_exdate.ics", start="2026-01-13", end="2026-01-14") == [
        span("2026-01-13", "10:00", "10:50")
    ]
    assert busy("weekly_berlin_with_exdate.ics", start="2026-01-07", end="2026-01-13") == []


@pytest.mark.parametrize(
    "text",
    [
        "not a calendar at all",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
        "",
        "BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n",
    ],
)
def test_an_unreadable_object_is_skipped_and_counted(text: str | bytes) -> None:
    good = (ICS / "tentative.ics").read_text()
    parsed = parse_calendars([good, text, good])
    assert parsed.skipped == 1
    assert len(parsed.calendars) == 2


def test_a_custom_outlook_timezone_is_read_from_its_vtimezone() -> None:
    assert busy("outlook_custom_vtimezone.ics") == [span("2026-01-14", "16:00", "17:00")]


# --- the parsing shortcuts change nothing but the time taken -----------------------

RANGES = [
    ("2026-01-05", "2026-02-02"),
    ("2026-01-14", "2026-01-15"),
    ("2026-01-16", "2026-01-17"),
    ("2026-01-24", "2026-01-25"),
    ("2026-03-20", "2026-04-10"),
    ("2025-06-01", "2025-07-01"),
]


@pytest.mark.parametrize(("start", "end"), RANGES)
def test_passing_the_range_to_the_parser_finds_the_same_busy_time(start: str, end: str) -> None:
    texts = [path.read_bytes() for path in sorted(ICS.glob("*.ics"))]
    lo, hi = at(start, "00:00"), at(end, "00:00")
    everything = parse_calendars(texts)
    narrowed = parse_calendars(texts, within=(lo, hi))
    assert everything.skipped == narrowed.skipped == 0
    assert busy_intervals(everything.calendars, lo, hi, BERLIN, ME) == busy_intervals(
        narrowed.calendars, lo, hi, BERLIN, ME
    )


def test_single_events_far_from_the_range_are_not_parsed_and_series_always_are() -> None:
    texts = [path.read_bytes() for path in sorted(ICS.glob("*.ics"))]
    narrowed = parse_calendars(texts, within=(at("2025-06-01", "00:00"), at("2025-07-01", "00:00")))
    uids = {str(e["UID"]) for c in narrowed.calendars for e in c.walk("VEVENT")}
    assert "floating-0001@praxis.example" not in uids
    assert "5b1e0c2a-7f3d-4c1e-9a51-weekly-exdate@praxis.example" in uids
    assert "duration-0001@praxis.example" in uids  # DURATION: parsed rather than guessed
    assert narrowed.outside > 5
    assert len(narrowed.calendars) + narrowed.outside == len(texts)


def test_an_all_day_event_just_before_the_range_is_still_read() -> None:
    # 16 January without DTEND blocks all of that day, so it touches a range from 16 January.
    parsed = parse_calendars(
        [(ICS / "allday_without_dtend.ics").read_bytes()],
        within=(at("2026-01-16", "23:00"), at("2026-01-18", "00:00")),
    )
    assert parsed.outside == 0
    result = busy_intervals(
        parsed.calendars, at("2026-01-16", "23:00"), at("2026-01-18", "00:00"), BERLIN
    )
    assert result == [span("2026-01-16", "00:00", "00:00", "2026-01-17")]


def test_a_vtimezone_for_an_iana_zone_is_dropped_before_parsing() -> None:
    parsed = parse_calendars([(ICS / "weekly_berlin_with_exdate.ics").read_text()])
    assert parsed.calendars[0].walk("VTIMEZONE") == []
    custom = parse_calendars([(ICS / "outlook_custom_vtimezone.ics").read_text()])
    assert len(custom.calendars[0].walk("VTIMEZONE")) == 1
