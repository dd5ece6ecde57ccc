"""Writing the between-session block into each client's next therapy session.

Reads the calendars, finds each client's previous and next session, sums up the calls in
between (with any notes the therapist typed into those calls' events) and rewrites the
block in the next session's DESCRIPTION. The write is a byte-preserving edit of the
server's text sent with If-Match: when the therapist saved the event at the same moment,
the server refuses ours, and we read it again and redo the edit on their version.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

import icalendar
import recurring_ical_events

from daemon.adapters.dav import Calendars
from daemon.config.schema import Client, Config
from daemon.core.availability import busy
from daemon.core.booking import invite
from daemon.core.followup import followup, icsedit
from daemon.core.records import Outcome
from daemon.flows import reports
from daemon.flows.availability import calendar_names
from daemon.store import bookings, ledger
from daemon.store.db import Store

log = logging.getLogger("callmemaybe.notes")

LOOK_BACK = timedelta(days=42)  # how far back the previous session may lie
LOOK_AHEAD = timedelta(days=14)  # notes go into a session at most this far ahead
ATTEMPTS = 4


class SessionNotes:
    def __init__(
        self, config: Config, store: Store, calendars: Calendars, clock: Callable[[], datetime]
    ) -> None:
        self.config = config
        self.store = store
        self.calendars = calendars
        self.clock = clock

    def run(self) -> int:
        """Update every client's next session; return how many events were written."""
        if not self.config.followup.note_next_session:
            return 0
        now = self.clock()
        names = calendar_names(self.config, self.calendars)
        occurrences = _occurrences(self.calendars, names, now - LOOK_BACK, now + LOOK_AHEAD)
        keys = session_keys(self.config)
        ahead = [e for e in occurrences if _starts_after(e, now)]
        found = followup.conflicts(ahead, keys, self.config.therapist.tz)
        reports.save_conflicts(self.store, found, self.config)
        if found:
            # The titles are the therapist's; they are named in the digest, never here.
            log.warning("%d coming session(s) match more than one client: no notes", len(found))
        written = 0
        for i, client in enumerate(self.config.clients):
            others = keys[:i] + keys[i + 1 :]
            written += self._client(client, occurrences, others, names, now)
        return written

    def _client(
        self,
        client: Client,
        occurrences: list[icalendar.Event],
        others: list[followup.SessionKey],
        names: list[str],
        now: datetime,
    ) -> int:
        tz = self.config.therapist.tz
        # An event another client's key matches too is left out: it is nobody's session.
        sessions = followup.sessions_of(occurrences, client.sessions, client.emails, tz, others)
        upcoming = followup.next_session(sessions, now)
        if upcoming is None:
            return 0
        ids = [i for i in map(self.store.find_client_id, client.emails) if i is not None]
        if not ids:
            return 0  # never wrote in: nothing to sum up
        client_id = ids[0]
        if upcoming.shared_with(self.config.own_addresses()):
            # The client is on this event: its description would travel to them with the
            # next update the calendar app or server sends. The digest covers them instead.
            log.info("client %s: next session is shared with them; no notes written", client_id)
            return 0
        previous = followup.previous_session(sessions, now)
        notes = [n for i in ids for n in self._calls(i, names)]
        listed = followup.calls_between(notes, previous, upcoming.start)
        held = [n.start for n in notes if n.outcome != "cancelled"]
        # From the previous session's start: a message written during it was not read in it.
        since = previous.start if previous is not None else None
        crises = [
            followup.CrisisNote(c.written_at, c.category, c.reply)
            for i in ids
            for c in ledger.crises_between(self.store.db, i, since, upcoming.start)
        ]
        block = followup.followup_block(
            listed,
            followup.weekly_counts([n.start for n in listed if n.outcome != "cancelled"], held, tz),
            client.comfortable_per_week
            if client.comfortable_per_week is not None
            else self.config.followup.comfortable_per_week,
            tz,
            self.config.therapist.language,
            crises,
        )
        return int(self._write(upcoming, block, names, client_id))

    def _calls(self, client_id: str, names: list[str]) -> list[followup.CallNote]:
        notes = []
        for uid, begin, end, outcome in bookings.calls_of(self.store.db, client_id):
            typed = ""
            if outcome in (Outcome.HELD, Outcome.BOOKED, Outcome.MOVED):
                typed = self._typed_notes(uid)
            label = "cancelled" if outcome.startswith("cancelled") else outcome
            notes.append(followup.CallNote(begin, end - begin, label, typed))
        return notes

    def _typed_notes(self, uid: str) -> str:
        """What the therapist wrote into a call's event (ours carries no text of its own)."""
        found = self.calendars.find_uid([self.config.calendar.book_into], uid)
        if found is None:
            return ""
        try:
            # Our "☎ tel:…" line is not a note of theirs.
            return invite.without_phone_line(icsedit.description_of(found[1], uid, None))
        except LookupError:
            return ""

    def _write(
        self, session: followup.Session, block: str, names: list[str], client_id: str
    ) -> bool:
        rid = session.recurrence_id
        for _ in range(ATTEMPTS):
            found = self.calendars.find_uid(names, session.uid)
            if found is None:
                return False
            href, text, etag = found
            try:
                current = icsedit.description_of(text, session.uid, rid)
                updated = icsedit.set_description(
                    text, session.uid, rid, followup.with_block(current, block)
                )
            except LookupError:
                return False  # the occurrence went away meanwhile
            if updated == text:
                return False  # already says this: no write, no new ETag for the app
            if self.calendars.replace_if_unchanged(href, updated, etag):
                log.info("client %s: notes written into the next session", client_id)
                return True
            log.info("client %s: the session changed as we wrote; reading it again", client_id)
        log.warning("client %s: the session kept changing; will try on the next pass", client_id)
        return False


def _starts_after(event: icalendar.Event, now: datetime) -> bool:
    start = event.decoded("DTSTART", None)
    if not isinstance(start, datetime):
        return False
    return start.timestamp() >= now.timestamp() if start.tzinfo is not None else True


def session_keys(config: Config) -> list[followup.SessionKey]:
    return [followup.SessionKey(c.sessions, c.emails) for c in config.clients]


def coming_conflicts(
    config: Config, calendars: Calendars, now: datetime
) -> list[followup.Conflict]:
    """Session events in the next weeks that more than one client matches (for `check`)."""
    names = calendar_names(config, calendars)
    occurrences = _occurrences(calendars, names, now, now + LOOK_AHEAD)
    return followup.conflicts(occurrences, session_keys(config), config.therapist.tz)


def _occurrences(
    calendars: Calendars, names: list[str], start: datetime, end: datetime
) -> list[icalendar.Event]:
    texts: list[str] = []
    for name in names:
        texts.extend(calendars.fetch_raw([name], start, end))
    occurrences: list[icalendar.Event] = []
    for calendar in busy.parse_calendars(texts).calendars:
        occurrences.extend(
            recurring_ical_events.of(calendar, skip_bad_series=True).between(start, end)
        )
    return occurrences
