"""A booked call as iCalendar for the therapist's calendar and the client's invitation, and
who the client is as a recipient (shell helpers shared by the conversation and the watch)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from daemon.adapters.render import Recipient
from daemon.config.schema import Client, Config
from daemon.core.alerts import alertwords
from daemon.core.booking import decide, invite
from daemon.core.model import Interval
from daemon.store import settings


def call_ics(
    config: Config,
    client: Client,
    uid: str,
    slot: Interval,
    now: datetime,
    *,
    sequence: int = 0,
    method: str | None = None,
) -> bytes:
    """The call's iCalendar object: the calendar copy (no method) or an iMIP message.

    The therapist's copy carries the number to dial (LOCATION, and a line in DESCRIPTION
    for apps that do not link LOCATION); the client's invitation carries what they need:
    the therapist's number when they call, or the video link."""
    therapist, calls = config.therapist, config.calls
    video = calls.video_link if calls.how == "video" else None
    location: str | None = video
    description = ""
    if method is None:
        missing = alertwords.words(alertwords.language_of(therapist.language), "no-phone")
        description = invite.phone_line(client.phone, missing)
        if video is None:
            location = f"tel:{client.phone}" if client.phone else missing
    elif calls.how == "client_calls" and therapist.phone:
        location = "tel:" + "".join(therapist.phone.split())
    return invite.call_event(
        uid=uid,
        slot=slot,
        therapist_name=therapist.name,
        therapist_email=therapist.email,
        client_name=client.name,
        client_email=client.emails[0],
        summary=decide.summary_for(calls.summary, client.initials, client.first_name),
        tz=therapist.tz,
        now=now,
        sequence=sequence,
        method=method,
        description=description,
        location=location,
        url=video,
    )


def recipient(client: Client, language: str | None = None) -> Recipient:
    """Mail to a client always goes to their roster address, never to a Reply-To; in
    their own language setting, else `language` (a tag), else the therapist's."""
    return Recipient(
        client.name,
        client.first_name,
        client.emails[0],
        client.tz,
        client.language or language,
        client.address,
        client.title,
    )


def language_key(client_id: str) -> str:
    return f"language:{client_id}"


def remembered_language(db: sqlite3.Connection, client_id: str) -> str | None:
    """The language the client last wrote in, when it could be told (a code, no words)."""
    return settings.get(db, language_key(client_id)) or None
