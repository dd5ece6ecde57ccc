"""The weekly digest: once a week at the therapist's chosen moment, and what it says."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from daemon.core.reports.digest import (
    ClientWeek,
    TitleConflict,
    digest_subject,
    digest_text,
    digest_week,
    due,
    week_bounds,
)

BERLIN = ZoneInfo("Europe/Berlin")
MON_0730 = (0, time(7, 30))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


# 2026-01-12 is a Monday.
@pytest.mark.parametrize(
    ("now", "last_sent", "expected"),
    [
        ("2026-01-12T07:29", None, False),  # not yet
        ("2026-01-12T07:30", None, True),  # on the minute
        ("2026-01-12T07:30", "2026-01-05T07:30", True),  # last week's does not count
        ("2026-01-12T07:31", "2026-01-12T07:30", False),  # restarted right after sending
        ("2026-01-14T13:00", "2026-01-05T07:30", True),  # down on Monday: caught up Wednesday
        ("2026-01-18T23:59", "2026-01-05T07:30", True),  # still the same week on Sunday night
        ("2026-01-19T06:00", "2026-01-05T07:30", False),  # a missed week is not sent late
        ("2026-01-12T09:00", "2026-01-12T00:10", False),  # sent by hand earlier this Monday
        ("2026-01-12T09:00", "2026-01-11T23:59", True),  # sent by hand last Sunday
    ],
)
def test_the_digest_is_due_once_a_week_from_its_moment_on(
    now: str, last_sent: str | None, expected: bool
) -> None:
    sent = None if last_sent is None else at(last_sent)
    assert due(*MON_0730, BERLIN, sent, at(now)) is expected


def test_due_compares_instants_whatever_zone_the_clock_and_record_are_in() -> None:
    utc = ZoneInfo("UTC")
    assert due(*MON_0730, BERLIN, None, datetime(2026, 1, 12, 6, 30, tzinfo=utc))
    assert not due(*MON_0730, BERLIN, None, datetime(2026, 1, 12, 6, 29, tzinfo=utc))
    sent = datetime(2026, 1, 11, 23, 30, tzinfo=utc)  # Monday 00:30 in Berlin
    assert not due(*MON_0730, BERLIN, sent, at("2026-01-12T08:00"))


def test_a_digest_time_in_the_spring_gap_still_goes_out_that_day() -> None:
    # Sunday 29 March 2026, 02:30 does not exist in Berlin.
    assert due(6, time(2, 30), BERLIN, None, at("2026-03-29T03:30"))
    assert not due(6, time(2, 30), BERLIN, None, at("2026-03-29T01:59"))


def test_naive_times_and_bad_weekdays_are_refused() -> None:
    with pytest.raises(ValueError):
        due(0, time(7, 30), BERLIN, None, datetime(2026, 1, 12, 8, 0))
    with pytest.raises(ValueError):
        due(7, time(7, 30), BERLIN, None, at("2026-01-12T08:00"))


def test_weeks_run_monday_to_monday_in_local_time_across_dst() -> None:
    start, end = week_bounds(date(2026, 3, 29), BERLIN)
    assert (start, end) == (at("2026-03-23T00:00"), at("2026-03-30T00:00"))
    assert end.timestamp() - start.timestamp() == 7 * 86400 - 3600
    assert digest_week(at("2026-01-14T13:00"), BERLIN) == date(2026, 1, 5)
    assert digest_week(at("2026-01-12T00:00"), BERLIN) == date(2026, 1, 5)


def test_the_digest_names_who_was_above_comfortable_cancellations_and_misses() -> None:
    text = digest_text(
        date(2026, 1, 5),
        [
            ClientWeek("Ann E", 3, 2, cancelled_by_client=1),
            ClientWeek("Ben K", 1, 2),
            ClientWeek("Chloé D", 0, 1, cancelled_by_therapist=1),
            ClientWeek("Dmitri", 0, 1),
        ],
        no_free_time=2,
    )
    assert text == (
        "Between-session calls in the week of January 5, 2026\n"
        "\n"
        "Ann E: 3 calls (comfortable: 2) – more than you're comfortable with;"
        " 1 cancelled by the client\n"
        "Ben K: 1 call (comfortable: 2)\n"
        "Chloé D: 0 calls (comfortable: 1); 1 cancelled by you\n"
        "\n"
        "Above their comfortable number: Ann E\n"
        "Cancellations: 1 by clients, 1 by you\n"
        "Requests that found no free time: 2\n"
    )


def test_a_quiet_week_says_so() -> None:
    text = digest_text(date(2026, 1, 5), [ClientWeek("Ann E", 0, 2)], 0)
    assert "No between-session calls and no cancellations." in text
    assert "Above" not in text


def test_the_digest_speaks_german_and_falls_back_to_english() -> None:
    german = digest_text(date(2026, 1, 5), [ClientWeek("Ann E", 3, 2)], 1, "de")
    assert german.startswith("Telefonate zwischen den Sitzungen in der Woche ab 5. Januar 2026")
    assert "Über der angenehmen Zahl: Ann E" in german
    assert digest_text(date(2026, 1, 5), [], 0, "xx").startswith("Between-session calls")


def test_the_digest_counts_crisis_messages_per_client_and_from_strangers() -> None:
    text = digest_text(
        date(2026, 1, 5),
        [ClientWeek("Ann E", 1, 2, crises=2), ClientWeek("Ben K", 0, 1, crises=1)],
        0,
        strangers_in_crisis=1,
    )
    lines = text.splitlines()
    assert "Ann E: 1 call (comfortable: 2); 2 messages with crisis language" in lines
    # a client with only a crisis message and no calls is still named
    assert "Ben K: 0 calls (comfortable: 1); 1 message with crisis language" in lines
    assert "Messages with crisis language: Ann E (2), Ben K (1)" in lines
    assert "Messages with crisis language from people not in your roster: 1" in lines
    quiet = digest_text(date(2026, 1, 5), [ClientWeek("Ann E", 1, 2)], 0)
    assert "crisis" not in quiet


def test_the_digest_names_session_titles_that_match_more_than_one_client() -> None:
    conflict = TitleConflict(
        at("2026-01-14T09:00"), "Eva S / Kim N Paarsitzung", ("Eva Schmidt", "Kim Nguyen")
    )
    text = digest_text(date(2026, 1, 5), [], 0, conflicts=[conflict], tz=BERLIN)
    lines = text.splitlines()
    assert (
        "Coming sessions whose title matches more than one client (no notes go into them):" in lines
    )
    assert '  "Eva S / Kim N Paarsitzung", Wed, Jan 14, 9:00\u202fAM: Eva Schmidt, Kim Nguyen' in (
        lines
    )
    german = digest_text(date(2026, 1, 5), [], 0, "de", [conflict], tz=BERLIN)
    assert '  "Eva S / Kim N Paarsitzung", Mi., 14. Jan., 09:00: Eva Schmidt, Kim Nguyen' in (
        german.splitlines()
    )


@pytest.mark.parametrize(
    ("language", "subject", "title"),
    [
        ("en", "Between-session calls: last week", "Between-session calls in the week of"),
        ("de", "Telefonate zwischen den Sitzungen: letzte Woche", "Telefonate zwischen"),
        ("es", "Llamadas entre sesiones: la semana pasada", "Llamadas entre sesiones en la"),
        ("es-MX", "Llamadas entre sesiones: la semana pasada", "Llamadas entre sesiones en la"),
        ("xx", "Between-session calls: last week", "Between-session calls in the week of"),
    ],
)
def test_every_word_of_the_digest_is_in_the_therapists_language(
    language: str, subject: str, title: str
) -> None:
    assert digest_subject(language) == subject
    text = digest_text(
        date(2026, 1, 5),
        [ClientWeek("Ann E", 3, 2, 1, 1, crises=1)],
        1,
        language,
        [TitleConflict(at("2026-01-14T09:00"), "T", ("A", "B"))],
        1,
        BERLIN,
    )
    assert text.startswith(title)
    if not language.startswith("en") and language != "xx":
        for english in ("call", "comfortable", "cancelled", "message", "roster", "free time"):
            assert english not in text.replace("`sessions`", "").lower(), (english, text)
