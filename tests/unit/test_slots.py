"""The free-slot engine: every hard limit of the therapist, tables first, then properties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from daemon.core.availability.slots import ClientHours, free_slots, is_bookable
from daemon.core.model import Interval, Rules, Window

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
ALL = 10_000  # a count large enough to see every candidate


def at(day: str, clock: str, tz: ZoneInfo = BERLIN, fold: int = 0) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=tz, fold=fold)


def weekdays(start: str, end: str, days: range = range(5)) -> tuple[Window, ...]:
    return tuple(Window(d, time.fromisoformat(start), time.fromisoformat(end)) for d in days)


def rules(**changes: object) -> Rules:
    base = Rules(
        tz=BERLIN,
        windows=weekdays("09:00", "12:00"),
        length=50 * MIN,
        buffer=10 * MIN,
        notice=0 * MIN,
        horizon=14 * DAY,
        max_per_day=4,
        max_per_week=15,
        offer=3,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def seconds(slot: Interval) -> float:
    """Real length: subtracting datetimes that share a tzinfo gives wall-clock time."""
    return slot.end.timestamp() - slot.start.timestamp()


def walls(slots: list[Interval], tz: ZoneInfo = BERLIN) -> list[str]:
    return [s.start.astimezone(tz).strftime("%a %m-%d %H:%M") for s in slots]


# --- DST: a 17:00 window stays 17:00 local -------------------------------------------

MONDAY_17 = (Window(0, time(17), time(18)),)


@pytest.mark.parametrize(
    ("tz", "now", "expected_local", "expected_utc_hours"),
    [
        (BERLIN, "2026-03-20", ["Mon 03-23 17:00", "Mon 03-30 17:00", "Mon 04-06 17:00"],
         [16, 15, 15]),
        (BERLIN, "2026-10-16", ["Mon 10-19 17:00", "Mon 10-26 17:00", "Mon 11-02 17:00"],
         [15, 16, 16]),
        (NEW_YORK, "2026-02-27", ["Mon 03-02 17:00", "Mon 03-09 17:00", "Mon 03-16 17:00"],
         [22, 21, 21]),
        (NEW_YORK, "2026-10-23", ["Mon 10-26 17:00", "Mon 11-02 17:00", "Mon 11-09 17:00"],
         [21, 22, 22]),
    ],
)  # fmt: skip
def test_a_17_oclock_window_stays_17_oclock_local_across_dst(
    tz: ZoneInfo, now: str, expected_local: list[str], expected_utc_hours: list[int]
) -> None:
    r = rules(tz=tz, windows=MONDAY_17, length=HOUR, horizon=21 * DAY)
    slots = free_slots(r, at(now, "12:00", tz), busy=[])
    assert walls(slots, tz) == expected_local
    assert [s.start.astimezone(UTC).hour for s in slots] == expected_utc_hours
    assert all(seconds(s) == 3600 for s in slots)


def test_a_window_over_the_spring_gap_offers_only_existing_wall_times() -> None:
    # 29 March 2026, Berlin: 02:00 jumps to 03:00.
    r = rules(windows=(Window(6, time(1), time(4)),), length=HOUR, buffer=0 * MIN, horizon=2 * DAY)
    slots = free_slots(r, at("2026-03-28", "12:00"), busy=[], count=ALL)
    assert [s.start.strftime("%H:%M") for s in slots] == [
        "01:00",
        "01:15",
        "01:30",
        "01:45",
        "03:00",
    ]
    # 01:00 plus one hour ends at 03:00 local: inside the window's wall-clock range.
    assert slots[0].end.strftime("%H:%M") == "03:00"
    assert all(seconds(s) == 3600 for s in slots)


def test_a_window_inside_the_autumn_fold_offers_both_passes_of_the_hour() -> None:
    # 25 October 2026, Berlin: 03:00 CEST falls back to 02:00 CET.
    r = rules(
        windows=(Window(6, time(2), time(3)),), length=30 * MIN, buffer=0 * MIN, horizon=2 * DAY
    )
    slots = free_slots(r, at("2026-10-24", "12:00"), busy=[], count=ALL)
    assert [(s.start.strftime("%H:%M"), s.start.fold) for s in slots] == [
        ("02:00", 0),
        ("02:15", 0),
        ("02:30", 0),
        ("02:45", 0),
        ("02:00", 1),
        ("02:15", 1),
        ("02:30", 1),
    ]
    starts = [s.start.timestamp() for s in slots]
    assert starts == sorted(starts)
    assert all(seconds(s) == 1800 for s in slots)


def test_a_slot_that_falls_back_below_the_window_start_is_not_offered() -> None:
    # 02:45 CEST + 30 min ends at 02:15 CET, but shows 02:00 CET on the way: out.
    # 02:30 CEST + 30 min ends exactly at the change, never showing 02:00 CET: in.
    r = rules(
        windows=(Window(6, time(2, 15), time(3)),),
        length=30 * MIN,
        buffer=0 * MIN,
        horizon=2 * DAY,
    )
    slots = free_slots(r, at("2026-10-24", "12:00"), busy=[], count=ALL)
    assert [(s.start.strftime("%H:%M"), s.start.fold) for s in slots] == [
        ("02:15", 0),
        ("02:30", 0),
        ("02:15", 1),
        ("02:30", 1),
    ]


# --- windows and grid --------------------------------------------------------------


def test_slots_start_on_the_quarter_hour_inside_the_window() -> None:
    r = rules(windows=(Window(1, time(9, 10), time(11)),), length=50 * MIN)
    slots = free_slots(r, at("2026-01-12", "08:00"), busy=[], count=ALL)
    assert walls(slots)[:4] == [
        "Tue 01-13 09:15",
        "Tue 01-13 09:30",
        "Tue 01-13 09:45",
        "Tue 01-13 10:00",
    ]
    assert all(s.start.minute % 15 == 0 and s.start.second == 0 for s in slots)
    assert all(s.end.astimezone(BERLIN).time() <= time(11) for s in slots)
    assert {s.start.weekday() for s in slots} == {1}


def test_no_window_no_slot() -> None:
    assert free_slots(rules(windows=()), at("2026-01-12", "08:00"), busy=[]) == []


# --- buffer, busy, booked, held ----------------------------------------------------


def test_busy_time_blocks_with_the_buffer_on_both_sides() -> None:
    r = rules(windows=(Window(1, time(8), time(13)),), buffer=15 * MIN)
    busy = [Interval(at("2026-01-13", "10:00"), at("2026-01-13", "11:00"))]
    slots = free_slots(r, at("2026-01-12", "08:00"), busy, count=ALL)
    tuesday = [s for s in slots if s.start.date() == date(2026, 1, 13)]
    assert [s.start.strftime("%H:%M") for s in tuesday] == [
        "08:00", "08:15", "08:30", "08:45", "11:15", "11:30", "11:45", "12:00"
    ]  # fmt: skip


@pytest.mark.parametrize("kind", ["booked", "held"])
def test_booked_calls_and_held_slots_block_like_busy_time(kind: str) -> None:
    r = rules(windows=(Window(1, time(9), time(11)),), buffer=10 * MIN, max_per_day=5)
    other = [Interval(at("2026-01-13", "09:30"), at("2026-01-13", "10:20"))]
    slots = free_slots(r, at("2026-01-12", "08:00"), [], **{kind: other}, count=ALL)
    tuesday = [s.start.strftime("%H:%M") for s in slots if s.start.date() == date(2026, 1, 13)]
    assert tuesday == []  # 09:00-09:50 would touch the buffer, 10:30 ends past 11:00
    r = replace(r, windows=(Window(1, time(9), time(12)),))
    slots = free_slots(r, at("2026-01-12", "08:00"), [], **{kind: other}, count=ALL)
    tuesday = [s.start.strftime("%H:%M") for s in slots if s.start.date() == date(2026, 1, 13)]
    assert tuesday == ["10:30", "10:45", "11:00"]


# --- notice and horizon ------------------------------------------------------------


def test_notice_keeps_slots_away_from_now() -> None:
    r = rules(notice=24 * HOUR)
    slots = free_slots(r, at("2026-01-12", "10:05"), busy=[], count=ALL)
    assert walls(slots)[0] == "Tue 01-13 10:15"
    assert min(s.start for s in slots) >= at("2026-01-13", "10:05")


def test_the_horizon_bounds_the_end_of_every_slot() -> None:
    r = rules(horizon=2 * DAY)
    now = at("2026-01-12", "10:05")
    slots = free_slots(r, now, busy=[], count=ALL)
    assert max(s.end for s in slots) <= now + 2 * DAY
    assert walls(slots)[-1] == "Wed 01-14 09:15"


# --- caps --------------------------------------------------------------------------


def test_a_day_at_its_cap_gets_no_slot() -> None:
    r = rules(max_per_day=2)
    booked = [
        Interval(at("2026-01-13", "14:00"), at("2026-01-13", "14:50")),
        Interval(at("2026-01-13", "16:00"), at("2026-01-13", "16:50")),
    ]
    slots = free_slots(r, at("2026-01-12", "12:00"), booked, booked, count=ALL)
    days = {s.start.date() for s in slots}
    assert date(2026, 1, 13) not in days
    assert date(2026, 1, 14) in days
    # One booked call is below the cap.
    slots = free_slots(r, at("2026-01-12", "12:00"), booked[:1], booked[:1], count=ALL)
    assert date(2026, 1, 13) in {s.start.date() for s in slots}


def test_a_week_at_its_cap_gets_no_slot_and_the_next_week_does() -> None:
    r = rules(max_per_week=3)
    booked = [
        Interval(at(day, "15:00"), at(day, "15:50"))
        for day in ("2026-01-12", "2026-01-14", "2026-01-18")
    ]
    slots = free_slots(r, at("2026-01-12", "08:00"), booked, booked, count=ALL)
    assert slots
    assert min(s.start for s in slots) == at("2026-01-19", "09:00")


def test_calls_booked_late_on_sunday_count_for_the_local_week() -> None:
    # 00:30 Monday in Berlin is still Sunday in UTC: the local date is what counts.
    r = rules(max_per_week=1, windows=weekdays("09:00", "12:00", range(7)))
    booked = [Interval(at("2026-01-19", "00:30"), at("2026-01-19", "01:20"))]
    slots = free_slots(r, at("2026-01-16", "08:00"), [], booked, count=ALL)
    assert {s.start.isocalendar()[1] for s in slots} == {3, 5}


# --- exclude and picking -----------------------------------------------------------


def test_picks_are_spread_over_days_earliest_first() -> None:
    slots = free_slots(rules(), at("2026-01-12", "08:00"), busy=[])
    assert walls(slots) == ["Mon 01-12 09:00", "Tue 01-13 09:00", "Wed 01-14 09:00"]


def test_excluded_slots_are_not_offered_again() -> None:
    now = at("2026-01-12", "08:00")
    first = free_slots(rules(), now, busy=[])
    second = free_slots(rules(), now, busy=[], exclude=first)
    assert walls(second) == ["Mon 01-12 09:15", "Tue 01-13 09:15", "Wed 01-14 09:15"]
    assert not set(first) & set(second)


def test_with_one_free_day_picks_are_kept_apart_on_that_day() -> None:
    r = rules(horizon=DAY, windows=(Window(0, time(9), time(14)),))
    slots = free_slots(r, at("2026-01-12", "08:00"), busy=[])
    assert walls(slots) == ["Mon 01-12 09:00", "Mon 01-12 10:45", "Mon 01-12 12:30"]


def test_when_spacing_is_impossible_the_remaining_slots_still_fill_the_offer() -> None:
    r = rules(horizon=DAY, windows=(Window(0, time(9), time(10, 30)),))
    slots = free_slots(r, at("2026-01-12", "08:00"), busy=[])
    assert walls(slots) == ["Mon 01-12 09:00", "Mon 01-12 09:15", "Mon 01-12 09:30"]


def test_count_overrides_the_offer_size() -> None:
    assert len(free_slots(rules(), at("2026-01-12", "08:00"), [], count=5)) == 5
    assert free_slots(rules(), at("2026-01-12", "08:00"), [], count=0) == []


# --- is_bookable -------------------------------------------------------------------


def test_an_offered_slot_is_bookable_until_something_takes_its_place() -> None:
    now = at("2026-01-12", "08:00")
    r = rules()
    slot = free_slots(r, now, [])[0]
    assert is_bookable(slot, r, now, [])
    assert not is_bookable(slot, r, now, [Interval(slot.end + 5 * MIN, slot.end + HOUR)])
    assert not is_bookable(slot, r, now, [], held=[slot])
    assert not is_bookable(slot, replace(r, notice=2 * HOUR), now, [])
    assert not is_bookable(slot, replace(r, windows=weekdays("10:00", "12:00")), now, [])
    assert not is_bookable(slot, r, slot.start - 14 * DAY, [])  # beyond the horizon
    assert not is_bookable(slot, r, slot.start + MIN, [])  # already begun
    four = [
        Interval(slot.start + i * HOUR * 2, slot.start + i * HOUR * 2 + MIN) for i in range(2, 6)
    ]
    assert not is_bookable(slot, r, now, [], booked=four)


def test_an_off_grid_slot_inside_the_rules_is_bookable() -> None:
    slot = Interval(at("2026-01-13", "09:05"), at("2026-01-13", "09:55"))
    assert is_bookable(slot, rules(), at("2026-01-12", "08:00"), [])


# --- properties --------------------------------------------------------------------

# Each zone with instants just before its 2026 clock changes (and one ordinary week).
# Santiago changes at midnight, Lord Howe by half an hour.
TRANSITIONS = {
    BERLIN: [datetime(2026, 3, 29, 1, tzinfo=UTC), datetime(2026, 10, 25, 1, tzinfo=UTC)],
    ZoneInfo("Europe/London"): [
        datetime(2026, 3, 29, 1, tzinfo=UTC),
        datetime(2026, 10, 25, 1, tzinfo=UTC),
    ],
    NEW_YORK: [datetime(2026, 3, 8, 7, tzinfo=UTC), datetime(2026, 11, 1, 6, tzinfo=UTC)],
    ZoneInfo("Australia/Lord_Howe"): [
        datetime(2026, 4, 4, 15, tzinfo=UTC),
        datetime(2026, 10, 3, 15, 30, tzinfo=UTC),
    ],
    ZoneInfo("America/Santiago"): [
        datetime(2026, 4, 5, 3, tzinfo=UTC),
        datetime(2026, 9, 6, 4, tzinfo=UTC),
    ],
    UTC: [datetime(2026, 6, 10, 12, tzinfo=UTC)],
}
ZONES = list(TRANSITIONS)


@st.composite
def windows(draw: st.DrawFn) -> Window:
    # Half the windows sit in the small hours of a Sunday, where the clocks change.
    small_hours = draw(st.booleans())
    start = draw(st.integers(0, 3 * 60) if small_hours else st.integers(0, 23 * 60 - 15))
    start -= start % draw(st.sampled_from([1, 5, 15, 60]))
    end = min(start + draw(st.integers(15, 10 * 60)), 24 * 60 - 1)
    weekday = 6 if small_hours else draw(st.integers(0, 6))
    if small_hours and draw(st.booleans()):
        weekday, start = 5, min(start + 21 * 60, 23 * 60)
    return Window(weekday, _clock(start), _clock(end))


def _clock(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


@st.composite
def scenarios(
    draw: st.DrawFn, zone: ZoneInfo | None = None, near: list[datetime] | None = None
) -> tuple[Rules, datetime, list[Interval], list[Interval], list[Interval], int]:
    tz = zone if zone is not None else draw(st.sampled_from(ZONES))
    instants = near if near is not None else TRANSITIONS[tz]
    now = draw(st.sampled_from(instants)) - draw(st.integers(0, 7 * 24 * 60)) * MIN
    now += draw(st.integers(0, 59)) * timedelta(seconds=1)
    r = Rules(
        tz=tz,
        windows=tuple(draw(st.lists(windows(), min_size=0, max_size=6))),
        length=draw(st.integers(3, 24)) * 5 * MIN,
        buffer=draw(st.sampled_from([0, 5, 10, 15, 30])) * MIN,
        notice=draw(st.sampled_from([0, 1, 4, 24, 72])) * HOUR,
        horizon=draw(st.integers(1, 14)) * DAY,
        max_per_day=draw(st.integers(1, 5)),
        max_per_week=draw(st.integers(1, 20)),
        offer=draw(st.integers(1, 5)),
    )

    def intervals(max_size: int, longest: int) -> list[Interval]:
        result = []
        for _ in range(draw(st.integers(0, max_size))):
            start = now + draw(st.integers(-2 * 24 * 60, 16 * 24 * 60)) * MIN
            result.append(Interval(start, start + draw(st.integers(1, longest)) * MIN))
        return result

    def calls(max_size: int) -> list[Interval]:
        # Calls at whole hours of the local day, so that several share a day and caps bite.
        result = []
        midnight = datetime.combine(now.astimezone(tz).date(), time(0), tzinfo=tz)
        for _ in range(draw(st.integers(0, max_size))):
            start = midnight + draw(st.integers(0, 15)) * DAY + draw(st.integers(0, 23)) * HOUR
            start = start.astimezone(UTC).astimezone(tz)
            result.append(Interval(start, start + r.length))
        return result

    busy = intervals(8, 2 * 24 * 60)
    booked = calls(10)
    held = intervals(3, 120)
    count = draw(st.integers(1, 6))
    return r, now.astimezone(draw(st.sampled_from(ZONES))), busy, booked, held, count


def _wall(ts: int, tz: ZoneInfo) -> tuple[date, int]:
    local = datetime.fromtimestamp(ts, tz)
    return local.date(), local.hour * 3600 + local.minute * 60 + local.second


def _in_window(s: int, e: int, r: Rules) -> bool:
    """Independent spec: every instant of [s, e) shows a wall time inside one window.

    All zones used change offset on quarter hours, so checking each quarter-hour
    instant (and the second before it) sees every jump of the wall clock.
    """
    day, _ = _wall(s, r.tz)
    points = [s, *range(s - s % 900 + 900, e, 900)]
    for w in r.windows:
        if w.weekday != day.weekday():
            continue
        lo = w.start.hour * 3600 + w.start.minute * 60
        hi = w.end.hour * 3600 + w.end.minute * 60
        ok = True
        for t in points:
            d, x = _wall(t, r.tz)
            ok = ok and d == day and lo <= x <= hi
            if t != s:
                d, x = _wall(t - 1, r.tz)
                ok = ok and d == day and x + 1 <= hi
        d, x = _wall(e - 1, r.tz)
        ok = ok and d == day and x + 1 <= hi
        if ok:
            return True
    return False


def _brute_force(
    r: Rules, now: datetime, blocks: list[Interval], booked: list[Interval]
) -> list[int]:
    """Every valid slot start, by trying every quarter hour in the horizon."""
    length = int(r.length.total_seconds())
    buffer = r.buffer.total_seconds()
    grid = int(r.grid.total_seconds())
    # All zones used are offset from UTC by whole quarter hours, so wall-clock grid
    # points are among UTC's quarter hours (five-minute points for a five-minute grid).
    step = 900 if grid % 900 == 0 else 300
    first = int(now.timestamp() + r.notice.total_seconds())
    first += -first % step
    last_end = now.timestamp() + r.horizon.total_seconds()
    per_day: dict[date, int] = {}
    per_week: dict[tuple[int, int], int] = {}
    for b in booked:
        d = b.start.astimezone(r.tz).date()
        per_day[d] = per_day.get(d, 0) + 1
        per_week[d.isocalendar()[:2]] = per_week.get(d.isocalendar()[:2], 0) + 1
    spans = [(b.start.timestamp() - buffer, b.end.timestamp() + buffer) for b in blocks]
    found = []
    for s in range(first, int(last_end) - length + 1, step):
        e = s + length
        d, wall = _wall(s, r.tz)
        if wall % grid:
            continue
        if (
            per_day.get(d, 0) >= r.max_per_day
            or per_week.get(d.isocalendar()[:2], 0) >= r.max_per_week
        ):
            continue
        if any(a < e and s < b for a, b in spans):
            continue
        if _in_window(s, e, r):
            found.append(s)
    return found


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_every_offered_slot_keeps_every_rule(
    scenario: tuple[Rules, datetime, list[Interval], list[Interval], list[Interval], int],
) -> None:
    r, now, busy, booked, held, count = scenario
    slots = free_slots(r, now, busy, booked, held, count=count)
    assert len(slots) <= count
    starts = [s.start.timestamp() for s in slots]
    assert starts == sorted(set(starts))
    valid = set(_brute_force(r, now, [*busy, *booked, *held], booked))
    for slot in slots:
        assert seconds(slot) == r.length.total_seconds()
        assert slot.start.tzinfo == r.tz
        assert int(slot.start.timestamp()) in valid
        s, e = int(slot.start.timestamp()), int(slot.end.timestamp())
        assert _in_window(s, e, r)
        # Timestamps, not datetimes: two datetimes sharing a tzinfo compare by wall
        # clock, which is wrong in the autumn fold.
        assert s >= now.timestamp() + r.notice.total_seconds()
        assert e <= now.timestamp() + r.horizon.total_seconds()
        assert (slot.start.hour * 60 + slot.start.minute) % 15 == 0 and slot.start.second == 0
        for other in [*busy, *booked, *held]:
            buffer = r.buffer.total_seconds()
            assert not (other.start.timestamp() - buffer < e and s < other.end.timestamp() + buffer)
        assert is_bookable(slot, r, now, busy, booked, held)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_the_engine_finds_what_brute_force_finds(
    scenario: tuple[Rules, datetime, list[Interval], list[Interval], list[Interval], int],
) -> None:
    r, now, busy, booked, held, count = scenario
    valid = _brute_force(r, now, [*busy, *booked, *held], booked)
    everything = free_slots(r, now, busy, booked, held, count=ALL)
    assert [int(s.start.timestamp()) for s in everything] == valid
    slots = free_slots(r, now, busy, booked, held, count=count)
    days = {datetime.fromtimestamp(s, r.tz).date() for s in valid}
    assert len(slots) == min(count, len(valid))
    # Spread: as many distinct days as the offer and the free days allow, each day's
    # earliest slot among them.
    picked_days = {s.start.date() for s in slots}
    assert len(picked_days) == min(count, len(days))
    first_of_day: dict[date, int] = {}
    for s in valid:
        first_of_day.setdefault(datetime.fromtimestamp(s, r.tz).date(), s)
    if len(days) >= count:
        assert sorted(picked_days) == sorted(first_of_day)[:count]
        assert [int(s.start.timestamp()) for s in slots] == [
            first_of_day[d] for d in sorted(picked_days)
        ]


AUTUMN = [
    (BERLIN, datetime(2026, 10, 25, 1, tzinfo=UTC)),
    (ZoneInfo("Europe/London"), datetime(2026, 10, 25, 1, tzinfo=UTC)),
    (NEW_YORK, datetime(2026, 11, 1, 6, tzinfo=UTC)),
    (ZoneInfo("Australia/Lord_Howe"), datetime(2026, 4, 4, 15, tzinfo=UTC)),
    (ZoneInfo("America/Santiago"), datetime(2026, 4, 5, 3, tzinfo=UTC)),
]
SPRING = [
    (BERLIN, datetime(2026, 3, 29, 1, tzinfo=UTC)),
    (NEW_YORK, datetime(2026, 3, 8, 7, tzinfo=UTC)),
    (ZoneInfo("Australia/Lord_Howe"), datetime(2026, 10, 3, 15, 30, tzinfo=UTC)),
    (ZoneInfo("America/Santiago"), datetime(2026, 9, 6, 4, tzinfo=UTC)),
]


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(AUTUMN + SPRING),
    st.integers(-180, 180),
    st.integers(1, 360),
    st.integers(1, 24),
    st.sampled_from([5, 15, 30, 60]),
)
def test_windows_with_an_edge_near_a_clock_change_match_brute_force(
    change: tuple[ZoneInfo, datetime], start_shift: int, width: int, length: int, grid: int
) -> None:
    tz, instant = change
    before = (instant - timedelta(seconds=1)).astimezone(tz)
    start = max(0, min(before.hour * 60 + before.minute + 1 + start_shift, 24 * 60 - 2))
    end = min(start + width, 24 * 60 - 1)
    r = rules(
        tz=tz,
        windows=(Window(before.weekday(), _clock(start), _clock(end)),),
        length=length * 5 * MIN,
        grid=grid * MIN,
        buffer=0 * MIN,
        horizon=3 * DAY,
    )
    now = instant - DAY
    everything = free_slots(r, now, [], count=ALL)
    found = [int(s.start.timestamp()) for s in everything]
    expected = _brute_force(r, now, [], [])
    assert found == expected
    for slot in everything:
        assert is_bookable(slot, r, now, [])


# --- the client's own hours: no call in the client's night -----------------------------------

TOKYO = ZoneInfo("Asia/Tokyo")
HONOLULU = ZoneInfo("Pacific/Honolulu")


def every_day(start: str, end: str, tz: ZoneInfo) -> ClientHours:
    return ClientHours(tz, weekdays(start, end, range(7)))


def client_clocks(slots: list[Interval], tz: ZoneInfo) -> set[str]:
    return {s.start.astimezone(tz).strftime("%H:%M") for s in slots}


# A Berlin practice, windows 09:00-18:00 on weekdays, 15-minute calls. "now" in an ordinary
# week, in the weeks when New York is already (March) or still (October) on summer time and
# Berlin is not, and over both clock changes.
BERLIN_NOWS = ["2026-11-30", "2026-03-09", "2026-03-27", "2026-10-26", "2026-06-15"]


@pytest.mark.parametrize("now", BERLIN_NOWS)
def test_a_new_york_client_of_a_berlin_practice_is_never_offered_a_night_time(now: str) -> None:
    r = rules(windows=weekdays("09:00", "18:00"), length=15 * MIN, horizon=14 * DAY)
    start = at(now, "06:00")
    without = free_slots(r, start, busy=[], count=ALL)
    # What issue 11 saw: Berlin's morning is New York's night.
    assert "06:00" in client_clocks(without, NEW_YORK)
    assert min(client_clocks(without, NEW_YORK)) in ("03:00", "04:00")

    slots = free_slots(r, start, busy=[], count=ALL, hours=every_day("08:00", "21:00", NEW_YORK))
    assert slots
    for slot in slots:
        local_start, local_end = slot.start.astimezone(NEW_YORK), slot.end.astimezone(NEW_YORK)
        assert time(8) <= local_start.time() and local_end.time() <= time(21)
        assert local_start.hour not in (2, 6)
        # And still inside the therapist's window.
        assert time(9) <= slot.start.astimezone(BERLIN).time() <= time(17, 45)
    # The first slot of each New York day is 08:00 there, whatever the two offsets are.
    firsts: dict[date, datetime] = {}
    for slot in slots:
        firsts.setdefault(slot.start.astimezone(NEW_YORK).date(), slot.start.astimezone(NEW_YORK))
    assert {f.strftime("%H:%M") for f in firsts.values()} == {"08:00"}
    offered = free_slots(r, start, busy=[], hours=every_day("08:00", "21:00", NEW_YORK))
    assert [s.start.astimezone(NEW_YORK).strftime("%H:%M") for s in offered] == ["08:00"] * 3


@pytest.mark.parametrize(
    ("tz", "expected"),
    [
        # Berlin 09:00-18:00 (winter) is Tokyo 17:00-02:00: calls up to Tokyo's 21:00.
        (TOKYO, ("17:00", "20:45")),
        # and New York 03:00-12:00: from 08:00 there.
        (NEW_YORK, ("08:00", "11:45")),
        # and Honolulu 22:00-07:00: no time the two share.
        (HONOLULU, None),
        (BERLIN, ("09:00", "17:45")),
    ],
)
def test_clients_far_away_get_only_the_hours_both_share(
    tz: ZoneInfo, expected: tuple[str, str] | None
) -> None:
    r = rules(windows=weekdays("09:00", "18:00"), length=15 * MIN, horizon=7 * DAY)
    slots = free_slots(
        r, at("2026-11-30", "06:00"), busy=[], count=ALL, hours=every_day("08:00", "21:00", tz)
    )
    starts = sorted({s.start.astimezone(tz).strftime("%H:%M") for s in slots})
    if expected is None:
        assert slots == []
    else:
        assert (starts[0], starts[-1]) == expected


def test_per_weekday_hours_allow_only_those_days() -> None:
    r = rules(windows=weekdays("09:00", "18:00", range(7)), length=30 * MIN, horizon=7 * DAY)
    hours = ClientHours(BERLIN, (Window(1, time(12), time(13)), Window(5, time(10), time(11))))
    slots = free_slots(r, at("2026-11-30", "06:00"), busy=[], count=ALL, hours=hours)
    assert walls(slots) == [
        "Tue 12-01 12:00",
        "Tue 12-01 12:15",
        "Tue 12-01 12:30",
        "Sat 12-05 10:00",
        "Sat 12-05 10:15",
        "Sat 12-05 10:30",
    ]


def _night_of(day: date, slots: list[Interval], tz: ZoneInfo) -> list[str]:
    return [
        f"{s.start.astimezone(tz):%H:%M%z}-{s.end.astimezone(tz):%H:%M%z}"
        for s in slots
        if s.start.astimezone(tz).date() == day
    ]


@pytest.mark.parametrize(
    ("night", "hours", "expected"),
    [
        # 1 November 2026, New York: 02:00 EDT falls back to 01:00 EST (06:00 UTC).
        # 01:30 EDT ends at 01:00 EST, but its clock passes 01:40 on the way: out.
        (
            date(2026, 11, 1),
            ("01:00", "01:40"),
            ["01:00-0400-01:30-0400", "01:00-0500-01:30-0500"],
        ),
        # With the whole repeated hour allowed, both passes of it are offered.
        (
            date(2026, 11, 1),
            ("01:00", "02:00"),
            [
                "01:00-0400-01:30-0400",
                "01:15-0400-01:45-0400",
                "01:30-0400-01:00-0500",
                "01:45-0400-01:15-0500",
                "01:00-0500-01:30-0500",
                "01:15-0500-01:45-0500",
                "01:30-0500-02:00-0500",
            ],
        ),
        # 8 March 2026: 02:00 EST jumps to 03:00 EDT (07:00 UTC). 01:30 EST ends at 03:00
        # EDT; 01:45 EST ends at 03:15 EDT, after 03:10.
        (
            date(2026, 3, 8),
            ("01:00", "03:10"),
            ["01:00-0500-01:30-0500", "01:15-0500-01:45-0500", "01:30-0500-03:00-0400"],
        ),
        # The end is read on the client's clock: 01:30 EST ends at 03:00, after 02:00.
        (
            date(2026, 3, 8),
            ("01:00", "02:00"),
            ["01:00-0500-01:30-0500", "01:15-0500-01:45-0500"],
        ),
    ],
)
def test_a_slot_over_the_clients_clock_change_is_judged_by_the_clients_readings(
    night: date, hours: tuple[str, str], expected: list[str]
) -> None:
    # The therapist (in UTC) allows the whole night; only the client's hours decide.
    r = rules(tz=UTC, windows=weekdays("00:00", "23:59", range(7)), length=30 * MIN, buffer=0 * MIN)
    now = datetime.combine(night - DAY, time(12), tzinfo=UTC)
    client = every_day(*hours, NEW_YORK)
    slots = free_slots(r, now, busy=[], count=ALL, hours=client)
    assert _night_of(night, slots, NEW_YORK) == expected
    assert all(seconds(s) == 1800 for s in slots)
    for slot in free_slots(r, now, busy=[], count=ALL):
        assert is_bookable(slot, r, now, [], hours=client) == (slot in slots)


# --- property: the client's hours against a brute-force checker ------------------------------

# Clients as far apart as Tokyo, New York and Honolulu, zones with half- and quarter-hour
# offsets, and the instants just before their 2026 clock changes.
CLIENT_CHANGES: dict[ZoneInfo, list[datetime]] = {
    TOKYO: [],
    NEW_YORK: TRANSITIONS[NEW_YORK],
    HONOLULU: [],
    BERLIN: TRANSITIONS[BERLIN],
    ZoneInfo("Australia/Sydney"): [
        datetime(2026, 4, 4, 16, tzinfo=UTC),
        datetime(2026, 10, 3, 16, tzinfo=UTC),
    ],
    ZoneInfo("America/St_Johns"): [
        datetime(2026, 3, 8, 5, 30, tzinfo=UTC),
        datetime(2026, 11, 1, 4, 30, tzinfo=UTC),
    ],
    ZoneInfo("Pacific/Chatham"): [
        datetime(2026, 4, 4, 14, tzinfo=UTC),
        datetime(2026, 9, 26, 14, tzinfo=UTC),
    ],
    ZoneInfo("Asia/Kathmandu"): [],
    ZoneInfo("Australia/Lord_Howe"): TRANSITIONS[ZoneInfo("Australia/Lord_Howe")],
    ZoneInfo("America/Santiago"): TRANSITIONS[ZoneInfo("America/Santiago")],
    UTC: [],
}
CLIENT_ZONES = list(CLIENT_CHANGES)
# Berlin as the practice most of the time, else any pair.
THERAPIST_ZONES = [BERLIN, BERLIN, BERLIN, *ZONES, TOKYO, HONOLULU]


@st.composite
def client_ranges(draw: st.DrawFn, weekday: int) -> list[Window]:
    """One or two ranges on `weekday`; some in the small hours, where the clocks change."""
    if draw(st.integers(0, 3)) == 0:
        return [Window(weekday, time(8), time(21))]  # the default
    first = draw(st.integers(0, 22 * 60))
    first -= first % draw(st.sampled_from([1, 15, 60]))
    cut = min(first + draw(st.integers(15, 16 * 60)), 24 * 60 - 1)
    result = [Window(weekday, _clock(first), _clock(cut))]
    if draw(st.booleans()) and cut + 30 < 24 * 60 - 1:
        second = cut + draw(st.integers(0, 6 * 60))
        end = min(second + draw(st.integers(15, 6 * 60)), 24 * 60 - 1)
        if second < end:
            result.append(Window(weekday, _clock(second), _clock(end)))
    return result


@st.composite
def client_hours(draw: st.DrawFn) -> ClientHours:
    tz = draw(st.sampled_from(CLIENT_ZONES))
    if draw(st.booleans()):
        every = draw(client_ranges(0))
        windows = [Window(d, w.start, w.end) for d in range(7) for w in every]
    else:
        days = draw(st.sets(st.integers(0, 6), max_size=7))
        windows = [w for d in sorted(days) for w in draw(client_ranges(d))]
    return ClientHours(tz, tuple(windows))


Scenario = tuple[Rules, datetime, list[Interval], list[Interval], list[Interval], int]


@st.composite
def client_scenarios(draw: st.DrawFn) -> tuple[Scenario, ClientHours]:
    hours = draw(client_hours())
    tz = draw(st.sampled_from(THERAPIST_ZONES))
    near = TRANSITIONS.get(tz, []) + CLIENT_CHANGES[hours.tz]
    r, now, busy, booked, held, count = draw(
        scenarios(zone=tz, near=near or [datetime(2026, 6, 10, 12, tzinfo=UTC)])
    )
    if draw(st.booleans()):
        # Long therapist days, so that the client's hours are what decides.
        r = replace(
            r, windows=weekdays(draw(st.sampled_from(["00:00", "07:00"])), "23:59", range(7))
        )
    return (r, now, busy, booked, held, count), hours


def _clients_clock_ok(s: int, e: int, hours: ClientHours) -> bool:
    """Independent spec: the client's clock reads inside one range at the start, at the end
    and on both sides of every UTC quarter hour between (every zone used changes its clocks
    on a UTC quarter hour), all on the start's local date."""
    day, start = _wall(s, hours.tz)
    readings = [start]
    for t in [*range(s - s % 900 + 900, e + 1, 900), e]:
        for instant, extra in ((t, 0), (t - 1, 1)):
            d, x = _wall(instant, hours.tz)
            if d != day:
                return False
            readings.append(x + extra)
    return any(
        w.weekday == day.weekday()
        and w.start.hour * 3600 + w.start.minute * 60 <= min(readings)
        and max(readings) <= w.end.hour * 3600 + w.end.minute * 60
        for w in hours.windows
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(client_scenarios())
def test_no_slot_outside_the_clients_hours_or_any_other_rule(
    case: tuple[Scenario, ClientHours],
) -> None:
    (r, now, busy, booked, held, count), hours = case
    therapist_ok = _brute_force(r, now, [*busy, *booked, *held], booked)
    length = int(r.length.total_seconds())
    valid = [s for s in therapist_ok if _clients_clock_ok(s, s + length, hours)]
    everything = free_slots(r, now, busy, booked, held, count=ALL, hours=hours)
    assert [int(s.start.timestamp()) for s in everything] == valid
    slots = free_slots(r, now, busy, booked, held, count=count, hours=hours)
    assert len(slots) == min(count, len(valid))
    buffer = r.buffer.total_seconds()
    for slot in slots:
        s, e = int(slot.start.timestamp()), int(slot.end.timestamp())
        assert s in valid and e - s == length
        assert _in_window(s, e, r) and _clients_clock_ok(s, e, hours)
        assert s >= now.timestamp() + r.notice.total_seconds()
        assert e <= now.timestamp() + r.horizon.total_seconds()
        for other in [*busy, *booked, *held]:
            assert not (other.start.timestamp() - buffer < e and s < other.end.timestamp() + buffer)
        assert is_bookable(slot, r, now, busy, booked, held, hours=hours)
    # What the client's hours rule out, the re-check before booking refuses too.
    for slot in free_slots(r, now, busy, booked, held, count=ALL):
        if int(slot.start.timestamp()) not in valid:
            assert not is_bookable(slot, r, now, busy, booked, held, hours=hours)
