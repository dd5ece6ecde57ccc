"""The therapist's reports, read from the state database: the call log and the digest."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime

from daemon.config.schema import Config
from daemon.core.followup import followup
from daemon.core.reports import calllog, digest
from daemon.store.db import Store, parse_ts, ts

CANCELLED = ("cancelled_by_client", "cancelled_by_therapist")


def call_rows(
    store: Store, config: Config, *, client_email: str | None = None, since: datetime | None = None
) -> list[calllog.CallRow]:
    """Every call decided and written, oldest first, named from the current roster."""
    query = (
        "SELECT c.email, b.start_utc, b.end_utc, b.requested_via, b.outcome FROM bookings b"
        " JOIN clients c ON c.id = b.client_id WHERE b.state != 'failed'"
    )
    params: list[str] = []
    if client_email:
        query += " AND c.email = ?"
        params.append(client_email.lower())
    if since is not None:
        query += " AND b.start_utc >= ?"
        params.append(ts(since))
    rows = []
    for email, start, end, via, outcome in store.db.execute(
        query + " ORDER BY b.start_utc", params
    ):
        client = config.client_for(email)
        begin = parse_ts(start)
        rows.append(
            calllog.CallRow(
                client=client.name if client else "(no longer in the roster)",
                email=email,
                start=begin,
                length_minutes=round((parse_ts(end) - begin).total_seconds() / 60),
                requested_via=via,
                outcome=outcome,
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
        ids = [
            row[0]
            for row in store.db.execute(
                f"SELECT id FROM clients WHERE email IN ({','.join('?' * len(client.emails))})",
                client.emails,
            )
        ]
        if not ids:
            continue
        marks = ",".join("?" * len(ids))
        rows = store.db.execute(
            f"SELECT outcome, state FROM bookings WHERE client_id IN ({marks})"
            " AND state != 'failed' AND start_utc >= ? AND start_utc < ?",
            (*ids, ts(start), ts(end)),
        ).fetchall()
        # A call counts while it is on: not cancelled, and not the old time of a call the
        # client moved (that booking is cancelled; its new time is a booking of its own).
        calls = sum(
            1
            for outcome, state in rows
            if outcome not in CANCELLED and state not in ("cancelled", "cancelling")
        )
        counts = {c: sum(1 for outcome, _ in rows if outcome == c) for c in CANCELLED}
        crises = _crisis_count(store, f"client_id IN ({marks})", (*ids, ts(start), ts(end)))
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
                counts.get("cancelled_by_client", 0),
                counts.get("cancelled_by_therapist", 0),
                crises,
            )
        )
    strangers = _crisis_count(store, "client_id IS NULL", (ts(start), ts(end)))
    no_free_time = store.db.execute(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'nothing-free' AND created_at >= ?"
        " AND created_at < ?",
        (ts(start), ts(end)),
    ).fetchone()[0]
    return digest.digest_text(
        week_start,
        per_client,
        no_free_time,
        config.therapist.language,
        session_conflicts(store, config),
        strangers,
        tz,
    )


def _crisis_count(store: Store, who: str, params: tuple[str, ...]) -> int:
    try:
        return int(
            store.db.execute(
                f"SELECT COUNT(*) FROM crisis_events WHERE {who}"
                " AND written_at >= ? AND written_at < ?",
                params,
            ).fetchone()[0]
        )
    except sqlite3.OperationalError:
        return 0  # `callmemaybe digest` on a database the daemon has not migrated yet


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
    store.db.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (CONFLICTS_KEY, value),
    )


def session_conflicts(store: Store, config: Config) -> list[digest.TitleConflict]:
    row = store.db.execute("SELECT value FROM settings WHERE key = ?", (CONFLICTS_KEY,)).fetchone()
    if not row or not row[0]:
        return []
    found = []
    for item in json.loads(row[0]):
        names = []
        for email in item["clients"]:
            client = config.client_for(email)
            names.append(client.name if client else "(no longer in the roster)")
        found.append(digest.TitleConflict(parse_ts(item["start"]), item["title"], tuple(names)))
    return found


DIGEST_SENT_KEY = "digest_sent_at"


def digest_sent_at(store: Store) -> datetime | None:
    row = store.db.execute(
        "SELECT value FROM settings WHERE key = ?", (DIGEST_SENT_KEY,)
    ).fetchone()
    return parse_ts(row[0]) if row and row[0] else None


def send_digest(config: Config, store: Store, text: str, now: datetime) -> None:
    """Mail the digest to the therapist now, and remember it was sent this week."""
    import secrets

    from daemon.adapters.render import Composer, Therapist
    from daemon.adapters.smtp import Outbox
    from daemon.config.secrets import read_password

    therapist = config.therapist
    composer = Composer(
        Therapist(
            therapist.name,
            therapist.email,
            therapist.phone,
            therapist.tz,
            therapist.language,
            therapist.short_name,
        ),
        how=config.calls.how,
        video_link=config.calls.video_link,
        templates=config.templates,
    )
    domain = therapist.email.rpartition("@")[2]
    mail = composer.notice_to_therapist(
        config.alert_address,
        digest.digest_subject(therapist.language),
        text.splitlines(),
        f"<{secrets.token_hex(16)}.digest@{domain}>",
        now,
    )
    smtp = config.mail.smtp
    Outbox(
        smtp.host,
        smtp.port,
        smtp.security,
        smtp.username,
        read_password(smtp.password_from, "smtp", smtp.username),
    ).send(mail, therapist.email, [config.alert_address])
    store.db.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (DIGEST_SENT_KEY, ts(now)),
    )
