"""When automated mail holds back: reply limits, strangers, and the therapist's own addresses."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from daemon.core.alerts.manners import (
    ALERT,
    HELD,
    SUMMARY,
    alert_gate,
    own_address,
    recent_replies_exceeded,
    unknown_sender_reply_due,
)

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 27, 15, 0, tzinfo=BERLIN)


def minutes_ago(*minutes: float) -> list[datetime]:
    return [NOW - timedelta(minutes=m) for m in minutes]


@pytest.mark.parametrize(
    ("sent", "exceeded"),
    [
        ([], False),
        (minutes_ago(1, 2, 3, 4, 5), False),
        (minutes_ago(1, 2, 3, 4, 5, 6), True),
        (minutes_ago(1, 2, 3, 4, 5, 60), False),
        (minutes_ago(1, 2, 3, 4, 5, 59.9), True),
        (minutes_ago(61, 62, 63, 64, 65, 66, 67), False),
        (minutes_ago(1, 2, 3, 4, 5, -3), True),
    ],
    ids=[
        "none",
        "five-is-the-limit",
        "six-in-the-hour",
        "sixth-exactly-an-hour-ago-is-outside",
        "sixth-just-inside",
        "many-but-long-ago",
        "a-future-stamp-counts",
    ],
)
def test_more_than_five_replies_in_the_last_hour(sent: list[datetime], exceeded: bool) -> None:
    assert recent_replies_exceeded(sent, NOW) is exceeded


def test_the_limit_and_window_can_be_chosen() -> None:
    sent = minutes_ago(10, 20, 30)
    assert recent_replies_exceeded(sent, NOW, limit=2)
    assert not recent_replies_exceeded(sent, NOW, limit=2, window=timedelta(minutes=25))


def test_times_in_other_zones_compare_as_instants() -> None:
    utc = ZoneInfo("UTC")
    sent = [t.astimezone(utc) for t in minutes_ago(1, 2, 3, 4, 5, 6)]
    assert recent_replies_exceeded(sent, NOW)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        recent_replies_exceeded([NOW.replace(tzinfo=None)], NOW)
    with pytest.raises(ValueError, match="aware"):
        unknown_sender_reply_due(None, NOW.replace(tzinfo=None))


@pytest.mark.parametrize(
    ("last", "due"),
    [
        (None, True),
        (NOW - timedelta(days=7), True),
        (NOW - timedelta(days=30), True),
        (NOW - timedelta(days=7) + timedelta(seconds=1), False),
        (NOW - timedelta(hours=1), False),
        (NOW + timedelta(hours=2), False),
    ],
    ids=["never", "exactly-a-week", "a-month", "a-second-short", "an-hour-ago", "in-the-future"],
)
def test_a_stranger_gets_at_most_one_reply_a_week(last: datetime | None, due: bool) -> None:
    assert unknown_sender_reply_due(last, NOW) is due


def test_a_week_is_a_week_across_the_dst_change() -> None:
    # Sun 25 Oct 2026 Berlin leaves summer time: the wall clock week is 169 real hours.
    last = datetime(2026, 10, 22, 12, 0, tzinfo=BERLIN)
    assert unknown_sender_reply_due(last, datetime(2026, 10, 29, 12, 0, tzinfo=BERLIN))


OWN = ["anna@praxis-beispiel.de", "Praxis@Beispiel-Therapie.de", "anna+calls@praxis-beispiel.de"]


@pytest.mark.parametrize(
    ("addr", "mine"),
    [
        ("anna@praxis-beispiel.de", True),
        ("ANNA@Praxis-Beispiel.DE", True),
        ("  <anna@praxis-beispiel.de> ", True),
        ("anna+calls@praxis-beispiel.de", True),
        ("anna+anything@praxis-beispiel.de", True),
        ("praxis+termine@beispiel-therapie.de", True),
        ("anna@praxis-beispiel.de.", True),
        ("anna@praxis-beispiel.com", False),
        ("anna.b@praxis-beispiel.de", False),
        ("hanna@praxis-beispiel.de", False),
        ("maria.keller@gmail.com", False),
        ("anna", False),
        ("", False),
        ("@praxis-beispiel.de", False),
    ],
)
def test_the_therapists_own_addresses_and_their_plus_variants(addr: str, mine: bool) -> None:
    assert own_address(addr, OWN) is mine


def test_a_plus_address_in_the_list_covers_the_plain_mailbox_too() -> None:
    assert own_address("anna@praxis-beispiel.de", ["anna+calls@praxis-beispiel.de"])
    assert not own_address("anna@praxis-beispiel.de", [])


# --- alerts to the therapist: a few per sender and kind, then one summary ----------------------

_T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)


def _at(minutes: int) -> datetime:
    return _T0 + timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("previous", "now", "expected"),
    [
        ([], 0, ALERT),
        ([(0, ALERT), (1, ALERT)], 2, ALERT),
        ([(0, ALERT), (1, ALERT), (2, ALERT)], 3, SUMMARY),
        ([(0, ALERT), (1, ALERT), (2, ALERT), (3, SUMMARY)], 4, HELD),
        ([(0, ALERT), (1, ALERT), (2, ALERT), (3, SUMMARY), (4, HELD)], 50, HELD),
        # the oldest alert left the hour: alerts resume
        ([(0, ALERT), (1, ALERT), (2, ALERT), (3, SUMMARY)], 61, ALERT),
        ([(0, ALERT), (30, ALERT), (59, ALERT), (59, SUMMARY)], 70, ALERT),
        # a clock stepped back counts as recent: the safe side is to hold, not to flood
        ([(90, ALERT), (91, ALERT), (92, ALERT)], 0, SUMMARY),
    ],
)
def test_alert_gate(previous: list[tuple[int, str]], now: int, expected: str) -> None:
    assert alert_gate([(_at(m), what) for m, what in previous], _at(now)) == expected


def test_eight_alerts_in_a_row_become_three_alerts_one_summary_and_four_held() -> None:
    seen: list[tuple[datetime, str]] = []
    for minute in range(8):
        seen.append((_at(minute), alert_gate(seen, _at(minute))))
    assert [what for _, what in seen] == [ALERT] * 3 + [SUMMARY] + [HELD] * 4
