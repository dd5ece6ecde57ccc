"""The one place adapters are built from `Config`: the service, `check`, `slots` and `digest`
all get theirs here, so a setting reaches every connection the same way."""

from __future__ import annotations

from daemon.adapters.dav import Calendars
from daemon.adapters.imap import Mailbox
from daemon.adapters.render import Composer, Therapist
from daemon.adapters.smtp import Outbox
from daemon.config.schema import Config
from daemon.config.secrets import read_password


def imap_password(config: Config) -> str:
    imap = config.mail.imap
    return read_password(imap.password_from, "imap", imap.username)


def mailbox(config: Config, password: str | None = None, *, timeout: float = 60) -> Mailbox:
    """The inbox's adapter, not yet connected (`password`: already read, to read it once)."""
    imap = config.mail.imap
    return Mailbox(
        imap.host,
        imap.port,
        imap.security,
        imap.username,
        imap_password(config) if password is None else password,
        timeout=timeout,
    )


def outbox(config: Config, *, timeout: float = 60) -> Outbox:
    smtp = config.mail.smtp
    return Outbox(
        smtp.host,
        smtp.port,
        smtp.security,
        smtp.username,
        read_password(smtp.password_from, "smtp", smtp.username),
        timeout=timeout,
    )


def calendars(config: Config, *, timeout: float = 30) -> Calendars:
    cal = config.calendar
    password = read_password(cal.password_from, "caldav", cal.username)
    return Calendars(cal.url, cal.username, password, timeout=timeout)


def composer(config: Config) -> Composer:
    therapist = config.therapist
    return Composer(
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
        emergency_text=config.safety.emergency_text,
    )
