"""How long finding free slots takes for a busy practice. Run: python bench/bench_slots.py

Generates a year of a synthetic practice as raw iCalendar text, one object per event as a
CalDAV server hands them out, in two calendars (practice and private), and times, for a
14-day horizon:

(a) parse + expansion + computation from the raw text,
(b) the computation alone from already-expanded intervals,
(c) recurring-ical-events' bare expansion of the parsed data, and bare parse + expansion,

as median and p95 over RUNS runs on one core. Prints figures, asserts nothing.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time as clock
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import icalendar
import recurring_ical_events

from daemon.core.availability.busy import busy_intervals, parse_calendars
from daemon.core.availability.slots import ClientHours, free_slots
from daemon.core.model import Rules, Window

RUNS = 30
TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 26, 9, 17, tzinfo=TZ)
ME = "therapist@praxis.example"
RULES = Rules(
    tz=TZ,
    windows=tuple(Window(d, time(8), time(19)) for d in range(5)),
    length=timedelta(minutes=50),
    buffer=timedelta(minutes=10),
    notice=timedelta(hours=24),
    horizon=timedelta(days=14),
    max_per_day=3,
    max_per_week=8,
    offer=3,
)
# A client in New York with the default hours: most of Berlin's morning is their night.
CLIENT = ClientHours(
    ZoneInfo("America/New_York"), tuple(Window(d, time(8), time(21)) for d in range(7))
)

VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""


def _local(value: datetime) -> str:
    return f"TZID=Europe/Berlin:{value.strftime('%Y%m%dT%H%M%S')}"


def _wrap(*events: str) -> str:
    body = "\n".join(events)
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//callmemaybe//bench//EN\n"
        f"{VTIMEZONE}\n{body}\nEND:VCALENDAR\n"
    )
    return text.replace("\n", "\r\n")


def _event(uid: str, start: datetime, end: datetime, *extra: str) -> str:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20251101T080000Z",
        "SUMMARY:Busy",
        f"DTSTART;{_local(start)}",
        f"DTEND;{_local(end)}",
        *extra,
        "END:VEVENT",
    ]
    return "\n".join(lines)


def _allday(uid: str, first: date, days: int) -> str:
    return "\n".join(
        [
            "BEGIN:VEVENT",
            f"UID:{uid}",
            "DTSTAMP:20251101T080000Z",
            "SUMMARY:Away",
            f"DTSTART;VALUE=DATE:{first.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(first + timedelta(days=days)).strftime('%Y%m%d')}",
            "END:VEVENT",
        ]
    )


def practice(rng: random.Random) -> list[str]:
    """30 weekly client series started over the past year, some biweekly, some with
    exceptions, plus short booked calls."""
    objects = []
    year_ago = NOW - timedelta(days=365)
    for n in range(30):
        first_day = (year_ago + timedelta(days=rng.randrange(0, 330))).date()
        first_day -= timedelta(days=first_day.weekday() - rng.randrange(0, 5))
        start = datetime.combine(first_day, time(rng.randrange(8, 18), rng.choice([0, 30])), TZ)
        end = start + timedelta(minutes=50)
        uid = f"client-series-{n}@praxis.example"
        interval = 2 if n % 4 == 0 else 1
        extra = [f"RRULE:FREQ=WEEKLY;INTERVAL={interval}"]
        overrides = []
        if n % 5 == 0:
            # Skipped sessions, some in the coming fortnight.
            for weeks in (3, 11, 52 + 1):
                skipped = start + timedelta(weeks=weeks * interval)
                extra.append(f"EXDATE;{_local(skipped)}")
            this_week = NOW + timedelta(days=(start.weekday() - NOW.weekday()) % 7)
            skipped = datetime.combine(this_week.date(), start.timetz())
            extra.append(f"EXDATE;{_local(skipped)}")
        if n % 6 == 1:
            # Moved sessions: one long ago, one next week.
            for moved_from in (
                start + timedelta(weeks=2 * interval),
                datetime.combine(
                    (NOW + timedelta(days=7 + (start.weekday() - NOW.weekday()) % 7)).date(),
                    start.timetz(),
                ),
            ):
                moved_to = moved_from + timedelta(days=1, hours=1)
                overrides.append(
                    _event(
                        uid,
                        moved_to,
                        moved_to + timedelta(minutes=50),
                        f"RECURRENCE-ID;{_local(moved_from)}",
                        "SEQUENCE:1",
                    )
                )
        objects.append(_wrap(_event(uid, start, end, *extra), *overrides))
    for n in range(40):
        day = (NOW + timedelta(days=rng.randrange(-300, 20))).date()
        start = datetime.combine(day, time(rng.randrange(8, 19), rng.choice([0, 15, 30, 45])), TZ)
        objects.append(
            _wrap(_event(f"call-{n}@praxis.example", start, start + timedelta(minutes=50)))
        )
    return objects


def private(rng: random.Random) -> list[str]:
    """Personal appointments, a weekly class, holidays and the odd ignorable event."""
    objects = []
    for n in range(250):
        day = (NOW + timedelta(days=rng.randrange(-365, 60))).date()
        start = datetime.combine(day, time(rng.randrange(7, 21), rng.choice([0, 30])), TZ)
        extra = []
        if n % 25 == 0:
            extra.append("TRANSP:TRANSPARENT")
        if n % 31 == 0:
            extra += [
                "ORGANIZER:mailto:colleague@clinic.example",
                f"ATTENDEE;PARTSTAT=DECLINED:mailto:{ME}",
            ]
        if n % 17 == 0:
            extra.append("STATUS:TENTATIVE")
        length = timedelta(minutes=rng.choice([30, 60, 90, 120]))
        objects.append(_wrap(_event(f"private-{n}@home.example", start, start + length, *extra)))
    yoga = datetime.combine((NOW - timedelta(days=200)).date(), time(18, 30), TZ)
    objects.append(
        _wrap(_event("yoga@home.example", yoga, yoga + timedelta(hours=1), "RRULE:FREQ=WEEKLY"))
    )
    for n in range(20):
        objects.append(
            _wrap(
                _allday(
                    f"allday-{n}@home.example", (NOW + timedelta(rng.randrange(-365, 60))).date(), 1
                )
            )
        )
    for n in range(5):
        first = (NOW + timedelta(days=rng.randrange(-365, 60))).date()
        objects.append(_wrap(_allday(f"trip-{n}@home.example", first, rng.randrange(2, 15))))
    return objects


def measure(run: Callable[[], object]) -> tuple[float, float]:
    times = []
    run()  # warm caches (zoneinfo, imports) as a long-running daemon would have them
    for _ in range(RUNS):
        started = clock.perf_counter()
        run()
        times.append((clock.perf_counter() - started) * 1000)
    return statistics.median(times), statistics.quantiles(times, n=20)[18]


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    rng = random.Random(2026)
    texts = practice(rng) + private(rng)
    start = NOW - RULES.buffer
    end = NOW + RULES.horizon + RULES.buffer
    own = (ME,)

    def full() -> object:
        calendars = parse_calendars(texts, within=(start, end)).calendars
        busy = busy_intervals(calendars, start, end, TZ, own)
        return free_slots(RULES, NOW, busy)

    parsed = parse_calendars(texts).calendars

    def full_without_range() -> object:
        calendars = parse_calendars(texts).calendars
        busy = busy_intervals(calendars, start, end, TZ, own)
        return free_slots(RULES, NOW, busy)

    busy = busy_intervals(parsed, start, end, TZ, own)

    def compute() -> object:
        return free_slots(RULES, NOW, busy)

    def compute_for_client() -> object:
        return free_slots(RULES, NOW, busy, hours=CLIENT)

    def bare_expand() -> object:
        return [
            list(recurring_ical_events.of(c, skip_bad_series=True).between(start, end))
            for c in parsed
        ]

    def bare_parse_expand() -> object:
        calendars = [icalendar.Calendar.from_ical(t) for t in texts]
        return [
            list(recurring_ical_events.of(c, skip_bad_series=True).between(start, end))
            for c in calendars
        ]

    def ours_expand() -> object:
        return busy_intervals(parsed, start, end, TZ, own)

    narrowed = parse_calendars(texts, within=(start, end))
    same = busy_intervals(narrowed.calendars, start, end, TZ, own) == busy_intervals(
        parsed, start, end, TZ, own
    )
    print(f"{len(texts)} objects, {sum(len(t) for t in texts) // 1024} KiB of iCalendar text")
    print(f"{narrowed.outside} single events passed over unparsed; same busy time: {same}")
    print(f"{len(busy)} merged busy intervals in the 14 days, offer: ", end="")
    print(", ".join(s.start.strftime("%a %d %H:%M") for s in free_slots(RULES, NOW, busy)))
    figures = {
        "(a) parse + expansion + free_slots": measure(full),
        "    same, parse_calendars without the range": measure(full_without_range),
        "(b) free_slots alone": measure(compute),
        "    same, with a New York client's hours": measure(compute_for_client),
        "    busy_intervals alone (parsed)": measure(ours_expand),
        "(c) bare recurring-ical-events expansion": measure(bare_expand),
        "(c) bare parse + expansion": measure(bare_parse_expand),
    }
    print(f"{'':44} {'median':>8} {'p95':>8}  (ms, {RUNS} runs, one core)")
    for name, (median, p95) in figures.items():
        print(f"{name:44} {median:8.2f} {p95:8.2f}")
    a = figures["(a) parse + expansion + free_slots"][0]
    bare = figures["(c) bare parse + expansion"][0]
    print(f"ratio (a) / bare parse + expansion: {a / bare:.2f} (target <= 1.5)")
    b = figures["(b) free_slots alone"][0]
    print(f"targets: (a) < 50 ms, (b) < 5 ms; got (a) {a:.1f} ms, (b) {b:.2f} ms")


if __name__ == "__main__":
    main()
