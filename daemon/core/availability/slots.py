"""The free-slot engine: which call slots the therapist's rules allow, and which to offer.

Pure: the clock is the `now` argument. Every rule in `Rules` is a hard limit; no
returned slot breaks one.

Windows are wall-clock times in `rules.tz`, so a 17:00 window is 17:00 local on both
sides of a DST change. Arithmetic runs on POSIX timestamps: on ordinary days a local
wall time is one addition away from UTC; only the two transition days a year take the
careful path through zoneinfo, where wall times can be missing (spring) or doubled
(autumn).

A client's own hours (`ClientHours`) are a second hard rule beside the windows, in the
client's zone: a slot fits when the client's clock reads inside one of their ranges at the
slot's start and at its end (and on both sides of a clock change between), on one local day.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from daemon.core.model import Interval, Rules, Window

_DAY = 86400
_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()

# A candidate slot: (start timestamp, local date of the start).
_Candidate = tuple[int, date]


@dataclass(frozen=True)
class ClientHours:
    """When a client can take a call: weekly ranges in the client's own wall-clock time."""

    tz: ZoneInfo
    windows: tuple[Window, ...]


# Weekday -> (start, end) seconds of the client's day.
_Ranges = Mapping[int, Sequence[tuple[int, int]]]


def free_slots(
    rules: Rules,
    now: datetime,
    busy: Sequence[Interval],
    booked: Sequence[Interval] = (),
    held: Sequence[Interval] = (),
    exclude: Collection[Interval] = (),
    count: int | None = None,
    *,
    hours: ClientHours | None = None,
) -> list[Interval]:
    """Up to `count` (default `rules.offer`) slots to offer, earliest first, spread over days.

    With `hours`, only slots inside the client's hours too.
    """
    wanted = rules.offer if count is None else count
    if wanted <= 0:
        return []
    candidates = _candidates(rules, now, busy, booked, held, exclude, hours)
    length = int(rules.length.total_seconds())
    picked = _pick(candidates, wanted, length)
    tz = rules.tz
    return [
        Interval(datetime.fromtimestamp(s, tz), datetime.fromtimestamp(s + length, tz))
        for s in sorted(picked)
    ]


def is_bookable(
    slot: Interval,
    rules: Rules,
    now: datetime,
    busy: Sequence[Interval],
    booked: Sequence[Interval] = (),
    held: Sequence[Interval] = (),
    *,
    hours: ClientHours | None = None,
) -> bool:
    """Whether `slot` is still allowed right now (the re-check just before booking).

    The grid is not required: a slot offered before the therapist changed the grid
    stays bookable if it breaks no hard limit. `held` must not contain the client's own
    offer.
    """
    tz = rules.tz
    # Whole seconds, rounded outwards: never more permissive than the slot itself.
    s = math.floor(slot.start.timestamp())
    e = math.ceil(slot.end.timestamp())
    now_ts = now.timestamp()
    if e <= s:
        return False
    if s < now_ts + rules.notice.total_seconds() or e > now_ts + rules.horizon.total_seconds():
        return False
    day = datetime.fromtimestamp(s, tz).date()
    if not any(
        w.weekday == day.weekday() and _inside_window(s, e, day, w, tz) for w in rules.windows
    ):
        return False
    if hours is not None and not _fits_hours(s, e, hours.tz, _ranges(hours)):
        return False
    per_day, per_week = _booked_counts(booked, tz)
    if _at_cap(day, per_day, per_week, rules):
        return False
    buffer = rules.buffer.total_seconds()
    return not any(
        i.start.timestamp() - buffer < e and s < i.end.timestamp() + buffer
        for i in (*busy, *booked, *held)
    )


def _candidates(
    rules: Rules,
    now: datetime,
    busy: Sequence[Interval],
    booked: Sequence[Interval],
    held: Sequence[Interval],
    exclude: Collection[Interval],
    hours: ClientHours | None = None,
) -> list[_Candidate]:
    """Every valid slot start in the horizon, sorted."""
    tz = rules.tz
    length = int(rules.length.total_seconds())
    grid = int(rules.grid.total_seconds())
    if length <= 0 or grid <= 0:
        return []
    now_ts = now.timestamp()
    earliest = now_ts + rules.notice.total_seconds()
    latest_end = now_ts + rules.horizon.total_seconds()
    if earliest + length > latest_end:
        return []
    starts, ends = _blocked(rules.buffer.total_seconds(), busy, booked, held)
    excluded = {(i.start.timestamp(), i.end.timestamp()) for i in exclude}
    per_day, per_week = _booked_counts(booked, tz)
    windows_by_day: dict[int, list[Window]] = {}
    for w in rules.windows:
        if w.end > w.start:
            windows_by_day.setdefault(w.weekday, []).append(w)
    client = (hours.tz, _ranges(hours)) if hours is not None else None

    found: set[_Candidate] = set()
    first_day = datetime.fromtimestamp(earliest, tz).date().toordinal()
    last_day = datetime.fromtimestamp(latest_end, tz).date().toordinal()
    for ordinal in range(first_day, last_day + 1):
        day = date.fromordinal(ordinal)
        windows = windows_by_day.get(day.weekday())
        if not windows or _at_cap(day, per_day, per_week, rules):
            continue
        for w in windows:
            for s in _window_starts(day, w, tz, grid, length):
                e = s + length
                if s < earliest or e > latest_end:
                    continue
                # Merged blocks have sorted ends: the first one ending after s is the
                # only one that can overlap.
                i = bisect_right(ends, s)
                if i < len(starts) and starts[i] < e:
                    continue
                if excluded and (s, e) in excluded:
                    continue
                if client is not None and not _fits_hours(s, e, *client):
                    continue
                found.add((s, day))
    return sorted(found)


def _window_starts(day: date, w: Window, tz: ZoneInfo, grid: int, length: int) -> Iterable[int]:
    """Grid-aligned slot starts (timestamps) on `day` whose slot lies inside window `w`."""
    w_start = _seconds(w.start)
    w_end = _seconds(w.end)
    first_wall = -(-w_start // grid) * grid
    midnight = datetime.combine(day, time(0), tzinfo=tz)
    offset = _offset(midnight)
    next_midnight = datetime.combine(date.fromordinal(day.toordinal() + 1), time(0), tzinfo=tz)
    if offset == _offset(midnight.replace(hour=12)) == _offset(next_midnight):
        # No transition today: wall time and UTC move together.
        base = (day.toordinal() - _EPOCH_ORDINAL) * _DAY - offset
        return range(base + first_wall, base + w_end - length + 1, grid)
    result: list[int] = []
    for wall in range(first_wall, min(w_end, _DAY), grid):
        local = datetime.combine(day, _time_of(wall), tzinfo=tz)
        for instant in {local.replace(fold=0).timestamp(), local.replace(fold=1).timestamp()}:
            s = int(instant)
            back = datetime.fromtimestamp(s, tz)
            if back.date() != day or _seconds(back.time()) != wall:
                continue  # the wall time does not exist today (spring gap)
            if _inside_window(s, s + length, day, w, tz):
                result.append(s)
    result.sort()
    return result


def _inside_window(s: int, e: int, day: date, w: Window, tz: ZoneInfo) -> bool:
    """Whether every instant of [s, e) shows a wall time on `day` inside window `w`."""
    start_local = datetime.fromtimestamp(s, tz)
    # The last second inside the slot: the wall clock at `e` itself may already show
    # the other side of a clock change, or the next day.
    last_local = datetime.fromtimestamp(e - 1, tz)
    if start_local.date() != day or last_local.date() != day:
        return False
    lowest = _seconds(start_local.time())
    highest = _seconds(last_local.time()) + 1
    after = _offset(last_local)
    if _offset(start_local) != after:
        # A clock change inside the slot: in autumn the wall clock jumps back there,
        # so the slot shows wall times below its start and above its end.
        t = _transition(s, e - 1, after, tz)
        at = datetime.fromtimestamp(t, tz)
        just_before = datetime.fromtimestamp(t - 1, tz)
        if at.date() != day or just_before.date() != day:
            return False
        lowest = min(lowest, _seconds(at.time()))
        highest = max(highest, _seconds(just_before.time()) + 1)
    return _seconds(w.start) <= lowest and highest <= _seconds(w.end)


def _ranges(hours: ClientHours) -> _Ranges:
    ranges: dict[int, list[tuple[int, int]]] = {}
    for w in hours.windows:
        ranges.setdefault(w.weekday, []).append((_seconds(w.start), _seconds(w.end)))
    return ranges


def _fits_hours(s: int, e: int, tz: ZoneInfo, ranges: _Ranges) -> bool:
    """Whether the client's clock reads inside one range at the start and at the end (and on
    both sides of a clock change between them), all on the start's local date.

    Each reading counts on its own: across a change the end may read earlier than the start
    (autumn) or later than start plus length (spring).
    """
    start_local = datetime.fromtimestamp(s, tz)
    end_local = datetime.fromtimestamp(e, tz)
    day = start_local.date()
    if end_local.date() != day:
        return False
    readings = [_seconds(start_local.time()), _seconds(end_local.time())]
    after = _offset(end_local)
    if _offset(start_local) != after:
        t = _transition(s, e, after, tz)
        just_before = datetime.fromtimestamp(t - 1, tz)
        at = datetime.fromtimestamp(t, tz)
        if just_before.date() != day or at.date() != day:
            return False
        readings += [_seconds(just_before.time()) + 1, _seconds(at.time())]
    lowest, highest = min(readings), max(readings)
    return any(lo <= lowest and highest <= hi for lo, hi in ranges.get(day.weekday(), ()))


def _transition(s: int, last: int, after: int, tz: ZoneInfo) -> int:
    """The first second in (s, last] that already has offset `after`."""
    lo, hi = s, last
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if _offset(datetime.fromtimestamp(mid, tz)) == after:
            hi = mid
        else:
            lo = mid
    return hi


def _blocked(buffer: float, *groups: Sequence[Interval]) -> tuple[list[float], list[float]]:
    """Merged block intervals (widened by buffer) as parallel sorted start and end lists."""
    spans = sorted(
        (i.start.timestamp() - buffer, i.end.timestamp() + buffer) for g in groups for i in g
    )
    starts: list[float] = []
    ends: list[float] = []
    for s, e in spans:
        if starts and s <= ends[-1]:
            if e > ends[-1]:
                ends[-1] = e
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def _booked_counts(
    booked: Sequence[Interval], tz: ZoneInfo
) -> tuple[Counter[date], Counter[tuple[int, int]]]:
    per_day: Counter[date] = Counter()
    per_week: Counter[tuple[int, int]] = Counter()
    for call in booked:
        day = call.start.astimezone(tz).date()
        per_day[day] += 1
        per_week[_iso_week(day)] += 1
    return per_day, per_week


def _at_cap(
    day: date, per_day: Counter[date], per_week: Counter[tuple[int, int]], rules: Rules
) -> bool:
    return per_day[day] >= rules.max_per_day or per_week[_iso_week(day)] >= rules.max_per_week


def _iso_week(day: date) -> tuple[int, int]:
    year, week, _ = day.isocalendar()
    return year, week


def _pick(candidates: list[_Candidate], wanted: int, length: int) -> list[int]:
    """Earliest first, one per day while days last, then spaced out within days."""
    picked: list[int] = []
    by_day: dict[date, list[int]] = {}
    for s, day in candidates:
        if day not in by_day:
            by_day[day] = [s]
            picked.append(s)
            if len(picked) == wanted:
                return picked
    chosen = set(picked)
    # Second pass keeps a slot's length between picks on one day, so a client who
    # cannot make one time is not offered the adjacent one; the third takes whatever
    # is left rather than offer fewer than asked.
    for s, day in candidates:
        if s not in chosen and all(abs(s - p) >= 2 * length for p in by_day[day]):
            by_day[day].append(s)
            chosen.add(s)
            picked.append(s)
            if len(picked) == wanted:
                return picked
    for s, _day in candidates:
        if s not in chosen:
            chosen.add(s)
            picked.append(s)
            if len(picked) == wanted:
                return picked
    return picked


def _offset(value: datetime) -> int:
    delta = value.utcoffset()
    return int(delta.total_seconds()) if delta is not None else 0


def _seconds(value: time) -> int:
    return value.hour * 3600 + value.minute * 60 + value.second


def _time_of(seconds: int) -> time:
    return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
