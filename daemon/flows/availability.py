"""The therapist's availability right now: read the calendars, then ask the pure engine.

This is shell: it fetches, then hands plain values to `busy`, `calls` and `slots`.
Offers are made from a cached view of the calendars that is revalidated with one cheap
CTag/sync-token request per calendar; the re-check before booking always re-reads.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

import icalendar

from daemon.config.schema import Client, Config, rules
from daemon.core.availability import busy, slots
from daemon.core.booking import calls
from daemon.core.errors import UserError
from daemon.core.model import WEEKDAYS, Interval, Window
from daemon.store import ledger

if TYPE_CHECKING:
    from daemon.adapters.dav import Calendars
    from daemon.store.db import Store

log = logging.getLogger("callmemaybe.availability")


@dataclass(frozen=True)
class CalendarView:
    """What the calendars say about a span of time, already expanded."""

    start: datetime
    end: datetime
    busy: list[Interval]
    calls: list[Interval]  # between-session calls found in `book_into`; they count toward caps


def calendar_names(config: Config, calendars: Calendars) -> list[str]:
    names = list(config.calendar.busy_from) if config.calendar.busy_from else calendars.names()
    if config.calendar.book_into not in names:
        names.append(config.calendar.book_into)
    return names


def read_view(
    config: Config,
    calendars: Calendars,
    start: datetime,
    end: datetime,
    names: list[str] | None = None,
) -> CalendarView:
    """Fetch [start, end) from every `busy_from` calendar and expand it on this side."""
    parsed: list[icalendar.Calendar] = []
    ours: list[icalendar.Calendar] = []
    for name in names or calendar_names(config, calendars):
        result = busy.parse_calendars(calendars.fetch_raw([name], start, end), within=(start, end))
        parsed.extend(result.calendars)
        if result.skipped:
            log.warning("skipped %d unreadable calendar objects", result.skipped)
        if name == config.calendar.book_into:
            ours.extend(result.calendars)
    own = {config.therapist.email.lower(), config.mail.imap.username.lower()}
    return CalendarView(
        start=start,
        end=end,
        busy=busy.busy_intervals(parsed, start, end, config.therapist.tz, own),
        calls=calls.booked_in(ours, start, end),
    )


class Availability:
    """Slots to offer and re-checks before booking, for the running daemon."""

    def __init__(self, config: Config, calendars: Calendars, store: Store | None) -> None:
        self.config = config
        self.calendars = calendars
        self.store = store
        self.rules = rules(config)
        self._view: CalendarView | None = None
        self._tags: dict[str, str | None] = {}
        self._names: list[str] | None = None

    def _fresh_tags(self) -> dict[str, str | None]:
        if self._names is None:
            self._names = calendar_names(self.config, self.calendars)
        tags = {name: self.calendars.ctag(name) for name in self._names}
        return tags

    def view(self, now: datetime) -> CalendarView:
        """The cached view when the calendars have not changed and it still covers the horizon."""
        needed_end = now + self.config.calls.horizon
        # From this ISO week's Monday: calls booked earlier in the week count toward its cap.
        local = now.astimezone(self.config.therapist.tz)
        monday = datetime.combine(
            local.date() - timedelta(days=local.weekday()), time(0), tzinfo=local.tzinfo
        )
        tags = self._fresh_tags()
        cached = self._view
        if (
            cached is not None
            and tags == self._tags
            and None not in tags.values()
            and cached.start <= monday
            and cached.end >= needed_end
        ):
            return cached
        # Read a little more than the horizon, so the view stays valid for a day.
        view = read_view(
            self.config,
            self.calendars,
            min(monday, now - timedelta(days=1)),
            needed_end + timedelta(days=1),
            self._names,
        )
        self._view, self._tags = view, tags
        return view

    def _booked_and_held(
        self, view: CalendarView, now: datetime, client_id: str | None
    ) -> tuple[list[Interval], list[Interval]]:
        # A call is usually both in the store and in the calendar: count it once. The
        # calendar alone still counts calls when the store is new or lost.
        booked = {call.utc() for call in view.calls}
        held: list[Interval] = []
        if self.store is not None:
            horizon_end = now + self.config.calls.horizon + timedelta(days=7)
            booked.update(
                call.utc()
                for call in ledger.booked_calls(self.store.db, now - timedelta(days=7), horizon_end)
            )
            held = self.store.held_slots(now, except_client=client_id)
        return sorted(booked), held

    def _hours(self, client: Client | None, client_id: str | None) -> slots.ClientHours | None:
        """The client's own hours; with neither a client nor an id, the therapist's rules only."""
        if client is None and client_id is not None:
            # An id no longer on the roster still gets calls.client_hours.
            client = self._client(client_id)
        elif client is None:
            return None
        return client_hours(self.config, client)

    def _client(self, client_id: str) -> Client | None:
        if self.store is None:
            return None
        email = self.store.client_email(client_id)
        return self.config.client_for(email) if email else None

    def offerable(
        self,
        now: datetime,
        *,
        client_id: str | None = None,
        exclude: tuple[Interval, ...] = (),
        client: Client | None = None,
        share_held: bool = False,
    ) -> list[Interval]:
        """`share_held`: times held for other clients' open offers may be offered too."""
        view = self.view(now)
        booked, held = self._booked_and_held(view, now, client_id)
        hours = self._hours(client, client_id)
        return slots.free_slots(
            self.rules,
            now,
            view.busy,
            booked,
            [] if share_held else held,
            exclude,
            hours=hours,
        )

    def still_free(
        self,
        slot: Interval,
        now: datetime,
        *,
        client_id: str | None = None,
        client: Client | None = None,
        count_held: bool = True,
    ) -> bool:
        """A real read of the slot's days (not the cache) and every rule checked again.
        `count_held=False`: a pick from the client's own open offer, which may share times
        with others' offers (the first to choose gets the time)."""
        start = min(slot.start, now) - timedelta(days=8)
        end = slot.end + timedelta(days=8)  # the whole week around it, for the weekly cap
        view = read_view(self.config, self.calendars, start, end, self._names)
        booked, held = self._booked_and_held(view, now, client_id)
        hours = self._hours(client, client_id)
        return slots.is_bookable(
            slot,
            self.rules,
            now,
            view.busy,
            booked,
            held if count_held else [],
            hours=hours,
        )


def client_hours(config: Config, client: Client | None) -> slots.ClientHours:
    """When `client` can take calls, in their zone: their own hours, else calls.client_hours
    (then, without a client, in the therapist's zone)."""
    own = client.hours if client is not None else None
    by_day = own if own is not None else config.calls.client_hours
    return slots.ClientHours(
        tz=client.tz if client is not None else config.therapist.tz,
        windows=tuple(
            Window(WEEKDAYS.index(day), span.start, span.end)
            for day, day_spans in by_day.items()
            for span in day_spans
        ),
    )


def hours_text(config: Config, client: Client) -> str:
    """One line for the therapist: the hours `client` is offered calls in, and from which key."""
    if client.hours is not None:
        by_day, key = client.hours, f"clients[{config.clients.index(client)}].hours"
    else:
        by_day, key = config.calls.client_hours, "calls.client_hours"
    groups: list[tuple[list[str], str]] = []
    for day in WEEKDAYS:
        spans = ", ".join(str(span) for span in by_day.get(day, ()))
        if groups and groups[-1][1] == spans:
            groups[-1][0].append(day)
        else:
            groups.append(([day], spans))
    if len(groups) == 1:
        shown = f"{groups[0][1]} every day"
    else:
        shown = "; ".join(
            f"{days[0] if len(days) == 1 else f'{days[0]}-{days[-1]}'} {spans}"
            for days, spans in groups
            if spans
        )
    zone = client.tz.key
    return f"Within the client's hours, {zone} time: {shown} ({key})."


def offerable_slots(
    config: Config, calendars: Calendars, now: datetime, *, client: Client | None = None
) -> list[Interval]:
    """The slots an offer made now would list (the `slots` command)."""
    store = _existing_store(config)
    client_id = store.find_client_id(client.emails[0]) if store and client else None
    return Availability(config, calendars, store).offerable(now, client_id=client_id, client=client)


def _existing_store(config: Config) -> Store | None:
    """The daemon's store when it exists and can be read; `slots` must also work before."""
    from daemon.store.db import DB_NAME, Store

    if not (config.state_dir / DB_NAME).exists():
        return None
    try:
        return Store.open(config.state_dir, readonly=True)
    except UserError:
        return None
