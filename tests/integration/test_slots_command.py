"""`callmemaybe slots` against a real Radicale holding a busy, realistic practice calendar.

Every slot the command prints is checked against an independent brute-force checker written
here: it walks the horizon minute by minute in UTC, reads each minute's wall clock in the
therapist's zone, and applies every rule (windows, notice, horizon, buffer around busy time,
daily and weekly caps counting calls already booked) to the intervals this file seeded. With
`offer` larger than the number of free slots the command lists them all, so the two must
agree exactly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from daemon.config.loading import parse_config
from daemon.flows.availability import offerable_slots
from daemon.runtime.wiring import calendars as open_calendars
from daemon.store.db import parse_ts
from tests.rig import DavAccount
from tests.rig.practice import Practice as RigPractice
from tests.rig.practice import mail

REPO = Path(__file__).resolve().parent.parent.parent
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
THERAPIST = "robin@practice.example"

LENGTH = timedelta(minutes=30)
BUFFER = timedelta(minutes=10)
NOTICE = timedelta(hours=3)
HORIZON = timedelta(days=7)
GRID = timedelta(minutes=15)
MAX_PER_DAY = 2

WEEKDAY_WINDOWS = ["08:00-12:00", "13:00-19:00"]
WEEKEND_WINDOWS = ["10:00-16:00"]
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

CONFIG = """\
therapist: {{name: Robin Example, email: {therapist}, timezone: Europe/Berlin}}
mail:
  imap: {{host: 127.0.0.1, port: 1, security: plain, username: {therapist},
         password_from: "env:CMM_SLOTS_IMAP"}}
  smtp: {{host: 127.0.0.1, port: 1, security: plain, username: {therapist},
         password_from: "env:CMM_SLOTS_SMTP"}}
calendar: {{url: "{dav_url}", username: {dav_user}, password_from: "env:CMM_SLOTS_DAV",
           book_into: Practice, busy_from: [Practice, Personal]}}
calls:
  length: 30m
  offer: 1000
  windows: {windows}
  buffer: 10m
  notice: 3h
  horizon: 7d
  max_per_day: {max_per_day}
  max_per_week: {max_per_week}
clients:
  - {{name: Ann Example, email: ann@example.org, timezone: America/New_York}}
  - {{name: Bob Sample, email: bob@example.net}}
state_dir: {state_dir}
"""


def windows_for(extra_sunday: tuple[str, ...] = ()) -> dict[int, list[str]]:
    windows = {day: list(WEEKDAY_WINDOWS) for day in range(5)}
    windows[5] = list(WEEKEND_WINDOWS)
    windows[6] = [*extra_sunday, *WEEKEND_WINDOWS]
    return windows


def windows_yaml(windows: dict[int, list[str]]) -> str:
    return "{" + ", ".join(f"{DAYS[d]}: {json.dumps(w)}" for d, w in windows.items()) + "}"


# --- the seeded practice ----------------------------------------------------------------------


def ics_time(moment: datetime) -> str:
    if moment.tzinfo is UTC:
        return f":{moment:%Y%m%dT%H%M%S}Z"
    return f";TZID={moment.tzinfo}:{moment:%Y%m%dT%H%M%S}"


def vcalendar(*events: str) -> str:
    body = "".join(events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//callmemaybe tests//EN\n{body}END:VCALENDAR\n"


def vevent(uid: str, start: datetime, end: datetime, *lines: str) -> str:
    extra = "".join(f"{line}\n" for line in lines)
    return (
        f"BEGIN:VEVENT\nUID:{uid}\nDTSTAMP:20260101T000000Z\n"
        f"DTSTART{ics_time(start)}\nDTEND{ics_time(end)}\n{extra}END:VEVENT\n"
    )


@dataclass
class Practice:
    """The calendar objects to PUT, and what must block and count, as we know it."""

    objects: list[tuple[str, str]] = field(default_factory=list)  # (calendar, ics)
    busy: list[tuple[datetime, datetime]] = field(default_factory=list)
    calls: list[tuple[datetime, datetime]] = field(default_factory=list)
    roles: dict[str, date] = field(default_factory=dict)


def build_practice(day0: date) -> Practice:
    """A realistic week around `day0` (the therapist's today), in relative days."""

    def at(k: int, hour: int, minute: int = 0, tz: ZoneInfo = BERLIN) -> datetime:
        return datetime.combine(day0 + timedelta(days=k), time(hour, minute), tzinfo=tz)

    p = Practice()
    weekdays = [k for k in range(1, 7) if (day0 + timedelta(days=k)).weekday() < 5]
    excluded, moved, cancelled = weekdays[:3]
    allday, rest, capped = [k for k in range(1, 7) if k not in (excluded, moved, cancelled)]
    p.roles = {
        name: day0 + timedelta(days=k)
        for name, k in {
            "excluded": excluded,
            "moved": moved,
            "cancelled": cancelled,
            "allday": allday,
            "rest": rest,
            "capped": capped,
        }.items()
    }

    # Weekday client sessions, 09:00-09:50, since two weeks: one excluded, one moved to the
    # afternoon, one cancelled through an override.
    first = next(k for k in range(-14, -7) if (day0 + timedelta(days=k)).weekday() < 5)
    p.objects.append(
        (
            "Practice",
            vcalendar(
                vevent(
                    "sessions",
                    at(first, 9),
                    at(first, 9, 50),
                    "SUMMARY:Client sessions",
                    "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
                    f"EXDATE{ics_time(at(excluded, 9))}",
                ),
                vevent(
                    "sessions",
                    at(moved, 15),
                    at(moved, 15, 50),
                    f"RECURRENCE-ID{ics_time(at(moved, 9))}",
                    "SUMMARY:Client session (moved)",
                ),
                vevent(
                    "sessions",
                    at(cancelled, 9),
                    at(cancelled, 9, 50),
                    f"RECURRENCE-ID{ics_time(at(cancelled, 9))}",
                    "STATUS:CANCELLED",
                ),
            ),
        )
    )
    for k in range(first, 10):
        if (day0 + timedelta(days=k)).weekday() >= 5 or k in (excluded, cancelled):
            continue
        p.busy.append((at(k, 15), at(k, 15, 50)) if k == moved else (at(k, 9), at(k, 9, 50)))

    # Supervision in New York, 08:00-08:45 there: 13:00 or 14:00 in Berlin, by the season.
    ny_first = next(k for k in range(-14, -7) if (day0 + timedelta(days=k)).weekday() == 1)
    p.objects.append(
        (
            "Practice",
            vcalendar(
                vevent(
                    "supervision",
                    at(ny_first, 8, 0, NEW_YORK),
                    at(ny_first, 8, 45, NEW_YORK),
                    "SUMMARY:Supervision",
                    "RRULE:FREQ=WEEKLY;BYDAY=TU,TH,FR,SU",
                ),
            ),
        )
    )
    for k in range(ny_first, 10):
        if (day0 + timedelta(days=k)).weekday() in (1, 3, 4, 6):
            p.busy.append((at(k, 8, 0, NEW_YORK), at(k, 8, 45, NEW_YORK)))

    def single(calendar: str, uid: str, start: datetime, end: datetime, *lines: str) -> None:
        p.objects.append((calendar, vcalendar(vevent(uid, start, end, *lines))))

    # Do not block: free time marked transparent, an invitation the therapist declined.
    single("Personal", "gym", at(excluded, 10), at(excluded, 11), "TRANSP:TRANSPARENT")
    single(
        "Practice",
        "declined",
        at(moved, 10),
        at(moved, 11),
        "ORGANIZER:mailto:colleague@clinic.example",
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:colleague@clinic.example",
        f"ATTENDEE;PARTSTAT=DECLINED:mailto:{THERAPIST}",
    )
    # Block: tentative, an accepted invitation, UTC and floating times, a whole day.
    single("Personal", "dentist", at(cancelled, 10), at(cancelled, 11), "STATUS:TENTATIVE")
    p.busy.append((at(cancelled, 10), at(cancelled, 11)))
    single(
        "Practice",
        "case-conference",
        at(rest, 11),
        at(rest, 11, 45),
        "ORGANIZER:mailto:colleague@clinic.example",
        f"ATTENDEE;PARTSTAT=ACCEPTED:mailto:{THERAPIST}",
    )
    p.busy.append((at(rest, 11), at(rest, 11, 45)))
    utc_start = at(excluded, 16).astimezone(UTC)
    single("Personal", "webinar", utc_start, utc_start + timedelta(hours=1))
    p.busy.append((utc_start, utc_start + timedelta(hours=1)))
    floating = (day0 + timedelta(days=moved)).strftime("%Y%m%d")
    p.objects.append(
        (
            "Personal",
            vcalendar(
                "BEGIN:VEVENT\nUID:floating\nDTSTAMP:20260101T000000Z\n"
                f"DTSTART:{floating}T174500\nDTEND:{floating}T183000\nEND:VEVENT\n"
            ),
        )
    )
    p.busy.append((at(moved, 17, 45), at(moved, 18, 30)))
    whole = day0 + timedelta(days=allday)
    p.objects.append(
        (
            "Personal",
            vcalendar(
                "BEGIN:VEVENT\nUID:conference\nDTSTAMP:20260101T000000Z\n"
                f"DTSTART;VALUE=DATE:{whole:%Y%m%d}\n"
                f"DTEND;VALUE=DATE:{whole + timedelta(days=1):%Y%m%d}\nEND:VEVENT\n"
            ),
        )
    )
    p.busy.append((at(allday, 0), at(allday + 1, 0)))
    # Not in busy_from: must not block.
    p.objects.append(("Birthdays", vcalendar(vevent("bday", at(cancelled, 11), at(cancelled, 12)))))

    # Calls already booked: two on one day (the daily cap), two in the past days of the week,
    # and one cancelled call that neither blocks nor counts.
    category = "CATEGORIES:Between-session call"
    for n, (k, hour) in enumerate(((capped, 10), (capped, 11), (-2, 10), (-3, 11))):
        single(
            "Practice", f"call-{n}", at(k, hour), at(k, hour, 30), "SUMMARY:Call: A.E.", category
        )
        p.calls.append((at(k, hour), at(k, hour, 30)))
    single("Practice", "call-x", at(rest, 15), at(rest, 15, 30), category, "STATUS:CANCELLED")
    return p


def seed(dav: DavAccount, practice: Practice) -> None:
    for name in ("Practice", "Personal", "Birthdays"):
        dav.make_calendar(name)
    for calendar, ics in practice.objects:
        dav.put_ics(calendar, ics)


# --- the independent checker ----------------------------------------------------------------


def clock(text: str) -> time:
    return time(int(text[:2]), int(text[3:5]))


def brute_force(
    now: datetime,
    practice: Practice,
    windows: dict[int, list[str]],
    max_per_week: int,
    tz: ZoneInfo = BERLIN,
) -> set[tuple[int, int]]:
    """Every allowed slot as (start, end) POSIX seconds, found the slow, obvious way."""
    # Notice and horizon are elapsed time: on POSIX seconds, since aware datetime arithmetic
    # in one zone is wall-clock arithmetic and would be an hour off across a DST change.
    earliest = now.timestamp() + NOTICE.total_seconds()
    latest = now.timestamp() + HORIZON.total_seconds()
    blocks = [
        (s.timestamp() - BUFFER.total_seconds(), e.timestamp() + BUFFER.total_seconds())
        for s, e in [*practice.busy, *practice.calls]
    ]
    per_day = Counter(s.astimezone(tz).date() for s, _ in practice.calls)
    per_week = Counter(s.astimezone(tz).date().isocalendar()[:2] for s, _ in practice.calls)
    length = int(LENGTH.total_seconds())
    found: set[tuple[int, int]] = set()
    minute = int(earliest) // 60 * 60
    while minute + length <= latest:
        local = datetime.fromtimestamp(minute, tz)
        if minute >= earliest and local.minute % int(GRID.total_seconds() // 60) == 0:
            day = local.date()
            inside = any(
                all(
                    (wall := datetime.fromtimestamp(m, tz)).date() == day
                    and clock(span[:5]) <= wall.time() < clock(span[6:])
                    for m in range(minute, minute + length, 60)
                )
                for span in windows[day.weekday()]
            )
            if (
                inside
                and per_day[day] < MAX_PER_DAY
                and per_week[day.isocalendar()[:2]] < max_per_week
                and not any(bs < minute + length and minute < be for bs, be in blocks)
            ):
                found.add((minute, minute + length))
        minute += 60
    return found


def check_against_brute_force(
    got: Iterable[tuple[int, int]],
    before: datetime,
    after: datetime,
    practice: Practice,
    windows: dict[int, list[str]],
    max_per_week: int,
) -> set[tuple[int, int]]:
    """The command's "now" lies between `before` and `after`: slots near the notice and the
    horizon edges may go either way, every other slot must match exactly."""
    got = set(got)
    early = brute_force(before, practice, windows, max_per_week)
    late = brute_force(after, practice, windows, max_per_week)
    assert not got - (early | late), sorted(got - (early | late))
    assert not (early & late) - got, sorted((early & late) - got)
    return got


def inside_hours(
    slots: Iterable[tuple[int, int]], tz: ZoneInfo, hours: dict[int, list[tuple[time, time]]]
) -> set[tuple[int, int]]:
    """The slots whose every minute, and end, reads inside one of the client's ranges on the
    client's clock, on the day the slot starts there."""

    def fits(s: int, e: int) -> bool:
        day = datetime.fromtimestamp(s, tz).date()
        readings = [datetime.fromtimestamp(m, tz) for m in [*range(s, e, 60), e]]
        return all(r.date() == day for r in readings) and any(
            all(lo <= r.time() <= hi for r in readings) and readings[0].time() < hi
            for lo, hi in hours.get(day.weekday(), [])
        )

    return {(s, e) for s, e in slots if fits(s, e)}


def starts_on(slots: set[tuple[int, int]], day: date) -> list[datetime]:
    return sorted(
        datetime.fromtimestamp(s, BERLIN)
        for s, _ in slots
        if datetime.fromtimestamp(s, BERLIN).date() == day
    )


# --- the command -----------------------------------------------------------------------------


@dataclass
class Setup:
    dav: DavAccount
    tmp: Path

    def config_text(self, windows: dict[int, list[str]], max_per_week: int) -> str:
        return CONFIG.format(
            therapist=THERAPIST,
            dav_url=self.dav.url,
            dav_user=self.dav.username,
            windows=windows_yaml(windows),
            max_per_day=MAX_PER_DAY,
            max_per_week=max_per_week,
            state_dir=self.tmp / "state",
        )

    def env(self) -> dict[str, str]:
        return {"CMM_SLOTS_IMAP": "x", "CMM_SLOTS_SMTP": "y", "CMM_SLOTS_DAV": self.dav.password}


@pytest.fixture
def setup(dav_principal: DavAccount, tmp_path: Path) -> Setup:
    return Setup(dav_principal, tmp_path)


def run_slots(setup: Setup, config: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLMEMAYBE_")}
    env.update(setup.env())
    done = subprocess.run(
        [sys.executable, "-m", "daemon", "slots", "-c", str(config), *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
    )
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    return done


def as_seconds(entries: list[dict[str, str]]) -> list[tuple[int, int]]:
    return [
        (
            int(datetime.fromisoformat(e["start"]).timestamp()),
            int(datetime.fromisoformat(e["end"]).timestamp()),
        )
        for e in entries
    ]


def test_every_slot_the_command_prints_obeys_every_rule(setup: Setup) -> None:
    today = datetime.now(BERLIN).date()
    practice = build_practice(today)
    seed(setup.dav, practice)
    windows = windows_for()
    max_per_week = 5  # the daily cap is what bites here; the weekly one is tested below
    config = setup.tmp / "config.yaml"
    config.write_text(setup.config_text(windows, max_per_week), encoding="utf-8")

    before = datetime.now(UTC)
    done = run_slots(setup, config, "--json")
    after = datetime.now(UTC)
    entries = json.loads(done.stdout)
    slots = check_against_brute_force(
        as_seconds(entries), before, after, practice, windows, max_per_week
    )
    assert len(slots) == len(entries)  # no slot listed twice
    assert as_seconds(entries) == sorted(as_seconds(entries))
    for entry in entries:
        start = datetime.fromisoformat(entry["start"])
        assert start.utcoffset() == start.astimezone(BERLIN).utcoffset()
        assert entry["therapist_start"] == entry["start"]

    roles = practice.roles

    def free(role: str, hour: int, minute: int = 0) -> bool:
        moment = datetime.combine(roles[role], time(hour, minute), tzinfo=BERLIN)
        return int(moment.timestamp()) in {s for s, _ in slots}

    # Said once more in the domain's words (the checker above already implies all of it):
    assert not starts_on(slots, roles["capped"]), "two calls booked: the day is full"
    assert not starts_on(slots, roles["allday"]), "an all-day event blocks the day"
    assert free("excluded", 9), "the EXDATE'd session leaves its hour free"
    assert free("cancelled", 9), "the cancelled instance leaves its hour free"
    assert free("moved", 9), "the moved session left its old time"
    assert not free("moved", 15), "and took its new one"
    assert free("excluded", 10), "transparent time does not block"
    assert free("moved", 10), "a declined invitation does not block"
    assert not free("cancelled", 10), "a tentative event blocks"
    assert free("cancelled", 11, 15), "a calendar outside busy_from does not block"
    assert free("rest", 15), "a cancelled call neither blocks nor counts"
    assert not free("rest", 11), "an accepted invitation blocks"


def test_slots_for_a_client_are_shown_in_the_clients_timezone(setup: Setup) -> None:
    practice = build_practice(datetime.now(BERLIN).date())
    seed(setup.dav, practice)
    config = setup.tmp / "config.yaml"
    config.write_text(setup.config_text(windows_for(), 5), encoding="utf-8")
    therapist_view = json.loads(run_slots(setup, config, "--json").stdout)
    entries = json.loads(run_slots(setup, config, "--json", "--client", "Ann@Example.org").stdout)
    assert entries
    for entry in entries:
        start = datetime.fromisoformat(entry["start"])
        ours = datetime.fromisoformat(entry["therapist_start"])
        assert start == ours  # the same instant, shown twice
        assert start.utcoffset() == start.astimezone(NEW_YORK).utcoffset()
        assert ours.utcoffset() == ours.astimezone(BERLIN).utcoffset()
    # Ann is offered only what lies inside her default hours, 08:00-21:00 in New York. Over
    # the few seconds between the runs at most an edge slot may come or go.
    ann_hours = {day: [(time(8), time(21))] for day in range(7)}
    for entry in entries:
        start = datetime.fromisoformat(entry["start"])
        assert time(8) <= start.time() and datetime.fromisoformat(entry["end"]).time() <= time(21)
    expected = inside_hours(as_seconds(therapist_view), NEW_YORK, ann_hours)
    assert len(set(as_seconds(entries)) ^ expected) <= 2
    assert len(expected) < len(therapist_view), "Berlin's morning is New York's night"

    text = run_slots(setup, config, "--client", "ann@example.org").stdout.splitlines()
    assert len(text) == len(entries) + 1
    assert text[0].startswith("1. ")
    assert text[-1] == (
        "Within the client's hours, America/New_York time: 08:00-21:00 every day"
        " (calls.client_hours)."
    )


# --- fixed clocks: DST and the weekly cap, through the command's own code path ---------------

# Friday 26 March 2027: New York is already on summer time (since 14 March), Berlin changes on
# Sunday 28 March at 02:00 -> 03:00. A Sunday night window spans the missing hour.
DST_NOW = datetime(2027, 3, 26, 10, 0, tzinfo=BERLIN)


def offer_now(
    setup: Setup,
    now: datetime,
    windows: dict[int, list[str]],
    max_per_week: int,
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[int, int]]:
    for name, value in setup.env().items():
        monkeypatch.setenv(name, value)
    config = parse_config(setup.config_text(windows, max_per_week), source="test.yaml")
    slots = offerable_slots(config, open_calendars(config, timeout=10), now)
    return [(int(s.start.timestamp()), int(s.end.timestamp())) for s in slots]


def test_a_clients_own_hours_override_the_practice_default(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Bob (no timezone of his own: the therapist's) can talk on Monday evenings and on
    # Sunday mornings only; the Sunday window starts at 10:00.
    practice = build_practice(DST_NOW.date())
    seed(setup.dav, practice)
    windows = windows_for()
    for name, value in setup.env().items():
        monkeypatch.setenv(name, value)
    text = setup.config_text(windows, 8).replace(
        "{name: Bob Sample, email: bob@example.net}",
        '{name: Bob Sample, email: bob@example.net, hours: {mon: ["17:30-21:00"],'
        ' sun: ["09:00-11:00"]}}',
    )
    config = parse_config(text, source="test.yaml")
    bob = config.client_for("bob@example.net")
    assert bob is not None
    got = [
        (int(s.start.timestamp()), int(s.end.timestamp()))
        for s in offerable_slots(config, open_calendars(config, timeout=10), DST_NOW, client=bob)
    ]
    everything = check_against_brute_force(
        offer_now(setup, DST_NOW, windows, 8, monkeypatch), DST_NOW, DST_NOW, practice, windows, 8
    )
    hours = {0: [(time(17, 30), time(21))], 6: [(time(9), time(11))]}
    assert set(got) == inside_hours(everything, BERLIN, hours)
    assert {datetime.fromtimestamp(s, BERLIN).strftime("%a %H:%M") for s, _ in got} >= {
        "Sun 10:00",
        "Mon 17:30",
    }

    from daemon.flows.availability import hours_text

    assert hours_text(config, bob) == (
        "Within the client's hours, Europe/Berlin time: mon 17:30-21:00; sun 09:00-11:00"
        " (clients[1].hours)."
    )


def test_slots_across_the_spring_dst_change_obey_every_rule(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    practice = build_practice(DST_NOW.date())
    seed(setup.dav, practice)
    windows = windows_for(extra_sunday=("01:00-04:00",))
    got = offer_now(setup, DST_NOW, windows, 8, monkeypatch)
    slots = check_against_brute_force(got, DST_NOW, DST_NOW, practice, windows, 8)
    sunday = starts_on(slots, date(2027, 3, 28))
    night = [s for s in sunday if s.hour < 5]
    assert night, "the Sunday night window has slots on the DST day"
    assert all(s.hour != 2 for s in night), "02:00-03:00 does not exist that night"
    assert {s.utcoffset() for s in night} == {timedelta(hours=1), timedelta(hours=2)}
    # Supervision at 08:00 New York is 13:00 in Berlin on Friday and 14:00 on Sunday.
    assert datetime(2027, 3, 26, 13, 15, tzinfo=BERLIN) not in starts_on(slots, DST_NOW.date())
    assert datetime(2027, 3, 28, 13, 15, tzinfo=BERLIN) in sunday
    assert datetime(2027, 3, 28, 14, 0, tzinfo=BERLIN) not in sunday


def test_calls_booked_earlier_in_the_week_count_toward_the_weekly_cap(
    setup: Setup, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two calls on Tuesday and Wednesday (days before "now", Friday): with at most two a
    # week, nothing more this week; next week already has its two calls on the capped day.
    practice = build_practice(DST_NOW.date())
    seed(setup.dav, practice)
    windows = windows_for()
    got = offer_now(setup, DST_NOW, windows, 2, monkeypatch)
    check_against_brute_force(got, DST_NOW, DST_NOW, practice, windows, 2)
    this_week = [s for s, _ in got if s < datetime(2027, 3, 29, tzinfo=BERLIN).timestamp()]
    assert this_week == []


# --- the daemon's own path: a request, the offer, the re-check before booking ----------------


def test_the_daemon_offers_a_new_york_client_only_her_daytime_and_books_it(
    practice: RigPractice,
) -> None:
    # The rig's practice: Berlin windows 09:00-18:00 every day, Ann in New York (whose night
    # most of that is), Bob with the therapist's zone.
    practice.imap.append(mail("Hi Robin, could we talk this week? Ann"))
    practice.imap.append(mail("Could we talk?", sender="Bob Sample <bob@example.net>"))
    practice.once()
    service = practice.service()
    rows = service.store.db.execute(
        "SELECT c.email, s.start_utc, s.end_utc FROM offer_slots s"
        " JOIN offers o ON o.id = s.offer_id JOIN clients c ON c.id = o.client_id"
    ).fetchall()
    service.store.close()
    offered: dict[str, list[tuple[datetime, datetime]]] = {}
    for email, start, end in rows:
        offered.setdefault(email, []).append((parse_ts(start), parse_ts(end)))
    assert len(offered["ann@example.org"]) == len(offered["bob@example.net"]) == 3
    for start, end in offered["ann@example.org"]:
        local_start, local_end = start.astimezone(NEW_YORK), end.astimezone(NEW_YORK)
        assert local_start.date() == local_end.date()
        assert time(8) <= local_start.time() and local_end.time() <= time(21)
    for start, _ in offered["bob@example.net"]:
        assert time(9) <= start.astimezone(BERLIN).time() < time(18)

    ann_offer = next(m for m in practice.sent() if "ann@example.org" in str(m["To"]))
    practice.imap.append(mail("1 please", reply_to=ann_offer))
    practice.once()
    [call] = practice.calls()
    start = call.decoded("DTSTART")
    first = min(offered["ann@example.org"])[0]
    assert start.timestamp() == first.timestamp()
    assert time(8) <= start.astimezone(NEW_YORK).time() <= time(20, 45)
