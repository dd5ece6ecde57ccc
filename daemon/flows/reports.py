"""The therapist's reports, read from the state database: the call log and the digest."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from daemon.config.schema import Config

if TYPE_CHECKING:
    from daemon.adapters.render import Composer
from daemon.core.followup import followup
from daemon.core.records import BookingStatus, Outcome
from daemon.core.reports import calllog, digest
from daemon.store import ledger, settings
from daemon.store import reports as reports_store
from daemon.store.db import Store, parse_ts, ts

CANCELLED = (Outcome.CANCELLED_BY_CLIENT, Outcome.CANCELLED_BY_THERAPIST)
OFF = (BookingStatus.CANCELLED, BookingStatus.CANCELLING)


def call_rows(
    store: Store, config: Config, *, client_email: str | None = None, since: datetime | None = None
) -> list[calllog.CallRow]:
    """Every call decided and written, oldest first, named from the current roster."""
    rows = []
    for call in reports_store.calls(store.db, client_email=client_email, since=since):
        client = config.client_for(call.email)
        rows.append(
            calllog.CallRow(
                client=client.name if client else "(no longer in the roster)",
                email=call.email,
                start=call.start,
                length_minutes=round((call.end - call.start).total_seconds() / 60),
                requested_via=call.requested_via,
                outcome=call.outcome,
            )
        )
    return rows


def weekly_digest(store: Store, config: Config, week_start: date) -> str:
    """Calls per client in the week, who was above their comfortable number, cancellations,
    and requests that found no free time."""
    tz = config.therapist.tz
    start, end = digest.week_bounds(week_start, tz)
    per_client = []
    for client in config.clients:
        ids = reports_store.client_ids(store.db, client.emails)
        if not ids:
            continue
        rows = reports_store.bookings_between(store.db, ids, start, end)
        # A call counts while it is on: not cancelled, and not the old time of a call the
        # client moved (that booking is cancelled; its new time is a booking of its own).
        calls = sum(1 for outcome, state in rows if outcome not in CANCELLED and state not in OFF)
        counts = {c: sum(1 for outcome, _ in rows if outcome == c) for c in CANCELLED}
        crises = reports_store.crisis_count(store.db, ids, start, end)
        if not calls and not any(counts.values()) and not crises:
            continue
        comfortable = (
            client.comfortable_per_week
            if client.comfortable_per_week is not None
            else config.followup.comfortable_per_week
        )
        per_client.append(
            digest.ClientWeek(
                client.name,
                calls,
                comfortable,
                counts.get(Outcome.CANCELLED_BY_CLIENT, 0),
                counts.get(Outcome.CANCELLED_BY_THERAPIST, 0),
                crises,
            )
        )
    strangers = reports_store.crisis_count(store.db, None, start, end)
    no_free_time = reports_store.nothing_free_count(store.db, start, end)
    return digest.digest_text(
        week_start,
        per_client,
        no_free_time,
        config.therapist.language,
        session_conflicts(store, config),
        strangers,
        tz,
        no_phone=[c.name for c in config.clients if not c.phone],
    )


CONFLICTS_KEY = "session_conflicts"


def save_conflicts(store: Store, conflicts: Sequence[followup.Conflict], config: Config) -> None:
    """Remember the coming session events more than one client matches, for the digest.

    Each notes pass replaces the list. Clients are kept by address, so a roster change
    shows in the digest as it is then.
    """
    value = json.dumps(
        [
            {
                "start": ts(c.start),
                "title": c.title,
                "clients": [config.clients[i].emails[0] for i in c.clients],
            }
            for c in conflicts
        ],
        ensure_ascii=False,
    )
    settings.put(store.db, CONFLICTS_KEY, value)


def session_conflicts(store: Store, config: Config) -> list[digest.TitleConflict]:
    value = settings.get(store.db, CONFLICTS_KEY)
    if not value:
        return []
    found = []
    for item in json.loads(value):
        names = []
        for email in item["clients"]:
            client = config.client_for(email)
            names.append(client.name if client else "(no longer in the roster)")
        found.append(digest.TitleConflict(parse_ts(item["start"]), item["title"], tuple(names)))
    return found


DIGEST_SENT_KEY = "digest_sent_at"


def digest_sent_at(store: Store) -> datetime | None:
    value = settings.get(store.db, DIGEST_SENT_KEY)
    return parse_ts(value) if value else None


def queue_digest(config: Config, store: Store, text: str, now: datetime, composer: Composer) -> str:
    """Put the digest in the outbox, like every other mail, and remember it was sent this
    week in the same transaction: a restart neither loses it nor queues it twice. Returns
    its Message-ID; the next flush sends it."""
    import secrets

    therapist = config.therapist
    domain = therapist.email.rpartition("@")[2]
    mail = composer.notice_to_therapist(
        config.alert_address,
        digest.digest_subject(therapist.language),
        text.splitlines(),
        f"<{secrets.token_hex(16)}.callmemaybe@{domain}>",
        now,
    )
    message_id = str(mail["Message-ID"])
    with store.transaction() as db:
        ledger.enqueue(db, message_id, "digest", None, [config.alert_address], bytes(mail), now)
        settings.put(db, DIGEST_SENT_KEY, ts(now))
    return message_id
