"""The config file's shape: one frozen, typed pydantic model per section, and `Config`.

The value parsers (durations, windows, clock times, in `values.py`) are plain functions
raising `ValueError` with a short message; the field types here wrap them, and validation
(`loading.py`) turns those into lines with the key path.
"""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from daemon.config.fields import (
    DEFAULT_CLIENT_HOURS,
    Address,
    DayWindows,
    Duration,
    DurationOrZero,
    Hours,
    Language,
    NonEmpty,
    PasswordSpec,
    Phone,
    RemindBefore,
    TimeZoneName,
    Weekday,
    language_code,
    nonempty_text,
    text_parsed,
)
from daemon.config.values import (
    Digest,
    Span,
    check_summary,
    is_loopback,
    parse_digest,
)
from daemon.core.model import WEEKDAYS, Rules, Security, Window

DEFAULT_STATE_DIR = Path("/var/lib/callmemaybe")
# Requests are read as intent (`intent.py`); keywords are an optional extra, off by default.
DEFAULT_KEYWORDS: tuple[str, ...] = ()
DEFAULT_PORTS = {
    "imap": {"tls": 993, "starttls": 143, "plain": 143},
    "smtp": {"tls": 465, "starttls": 587, "plain": 25},
}


# --- the models ----------------------------------------------------------------------------------


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Therapist(_Frozen):
    name: NonEmpty
    email: Address
    timezone: TimeZoneName
    phone: str | None = None
    language: Language = "en"
    # How the mails name you in running text ("Robin"); the full name signs.
    short_name: NonEmpty | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def call_name(self) -> str:
        return self.short_name or self.name.split()[0]


class _Server(_Frozen):
    host: NonEmpty
    port: int = Field(ge=1, le=65535)
    security: Security = "tls"
    username: NonEmpty
    password_from: PasswordSpec = "keyring"
    _kind: ClassVar[str]

    @model_validator(mode="before")
    @classmethod
    def _default_port(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("port") is None:
            # An unknown security is reported on its own; the port then needs no second line.
            ports = DEFAULT_PORTS[cls._kind]
            security = data.get("security", "tls")
            return {**data, "port": ports.get(security, ports["tls"])}
        return data

    @field_validator("security")
    @classmethod
    def _no_plain_on_the_network(cls, value: str, info: ValidationInfo) -> str:
        host = info.data.get("host")
        if value == "plain" and isinstance(host, str) and not is_loopback(host):
            raise ValueError(
                f'"plain" sends the password unencrypted to {host}; use tls or starttls'
            )
        return value


class Imap(_Server):
    _kind = "imap"
    inbox: NonEmpty = "INBOX"


class Smtp(_Server):
    _kind = "smtp"


class Triggers(_Frozen):
    addresses: tuple[Address, ...] = ()
    keywords: tuple[NonEmpty, ...] = DEFAULT_KEYWORDS


class Mail(_Frozen):
    imap: Imap
    smtp: Smtp
    # Off for Gmail and Microsoft 365: they file their own copy of what SMTP sends.
    sent_folder: str | None = None
    triggers: Triggers = Triggers()
    trust_authserv_id: str | None = None


class Calendar(_Frozen):
    url: str
    username: NonEmpty
    password_from: PasswordSpec = "keyring"
    busy_from: tuple[NonEmpty, ...] | None = None  # None: every calendar blocks time
    book_into: NonEmpty

    @field_validator("url")
    @classmethod
    def _https_unless_loopback(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be a URL like https://dav.example.org/user/")
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            raise ValueError(
                f"http:// sends the password unencrypted to {parts.hostname}; use https"
            )
        return value

    @field_validator("book_into")
    @classmethod
    def _booked_calls_block_time(cls, value: str, info: ValidationInfo) -> str:
        busy = info.data.get("busy_from")
        if busy is not None and value not in busy:
            raise ValueError(f'"{value}" must also be in calendar.busy_from')
        return value


class Calls(_Frozen):
    length: Duration = timedelta(minutes=15)
    offer: int = Field(default=3, ge=1)
    windows: dict[Weekday, DayWindows]
    buffer: DurationOrZero = timedelta(minutes=10)
    notice: DurationOrZero = timedelta(hours=2)
    horizon: Duration = timedelta(days=7)
    max_per_day: int = Field(default=3, ge=1)
    max_per_week: int = Field(default=8, ge=1)
    offer_valid_for: Duration = timedelta(hours=24)
    summary: Annotated[str, AfterValidator(check_summary)] = "Call: {initials}"
    # `how` (phone or video) is the older key; `direction` says who calls whom and wins.
    listed_how: Literal["phone", "video"] = Field(default="phone", alias="how")
    direction: Literal["therapist_calls", "client_calls", "video"] | None = None
    video_link: str | None = None
    # In each client's own timezone; clients[].hours overrides it for one client.
    client_hours: Hours = DEFAULT_CLIENT_HOURS
    remind_before: RemindBefore = timedelta(hours=2)

    @property
    def how(self) -> str:
        """phone (the therapist calls), client_calls (the client calls) or video."""
        if self.direction is None:
            return self.listed_how
        return {"therapist_calls": "phone"}.get(self.direction, self.direction)

    @field_validator("windows")
    @classmethod
    def _some_window(cls, value: dict[str, tuple[Span, ...]]) -> dict[str, tuple[Span, ...]]:
        if not any(value.values()):
            raise ValueError('needs at least one window, like mon: ["12:00-13:00"]')
        return value

    @field_validator("video_link")
    @classmethod
    def _link(cls, value: str | None) -> str | None:
        if value is not None and urlsplit(value).scheme not in ("https", "http"):
            raise ValueError("must be a URL like https://meet.example.org/robin")
        return value


class Client(_Frozen):
    name: NonEmpty
    email: Address | None = None
    listed_emails: tuple[Address, ...] | None = Field(default=None, alias="emails")
    timezone: TimeZoneName | None = None
    comfortable_per_week: int | None = Field(default=None, ge=0)
    sessions: str | None = None
    hours: Hours | None = None  # None: calls.client_hours
    # Unset: the language of the client's own mail, else therapist.language.
    language: Language | None = None
    # first_name (Hi Ann, du, tú) or formal (Dear Ms Becker, Sie, usted); unset: the
    # language's default (formal in German).
    address: Literal["first_name", "formal"] | None = None
    title: NonEmpty | None = None  # Ms, Frau, Sra., Dr.: for the formal greeting
    phone: Phone | None = None
    _fallback_timezone: str = PrivateAttr(default="UTC")

    @field_validator("listed_emails")
    @classmethod
    def _one_form(
        cls, value: tuple[str, ...] | None, info: ValidationInfo
    ) -> tuple[str, ...] | None:
        if value is not None and info.data.get("email") is not None:
            raise ValueError("give either email or emails, not both")
        if value is not None and not value:
            raise ValueError("needs at least one address")
        return value

    @field_validator("sessions")
    @classmethod
    def _has_words(cls, value: str | None) -> str | None:
        # Titles are matched by whole words: a pattern without any would match nothing.
        if value is not None and not re.search(r"\w", value):
            raise ValueError('needs a word or name from the session title, like "Ann E"')
        return value

    @model_validator(mode="after")
    def _some_address(self) -> Client:
        if self.email is None and self.listed_emails is None:
            raise ValueError("needs an email (or an emails list)")
        return self

    @property
    def emails(self) -> tuple[str, ...]:
        return (self.email,) if self.email is not None else tuple(self.listed_emails or ())

    @property
    def tz(self) -> ZoneInfo:
        """The client's own timezone, else the therapist's."""
        return ZoneInfo(self.timezone or self._fallback_timezone)

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    @property
    def initials(self) -> str:
        return "".join(f"{word[0].upper()}." for word in self.name.split())


class Followup(_Frozen):
    comfortable_per_week: int = Field(default=1, ge=0)
    note_next_session: bool = True
    digest: Annotated[Digest, PlainValidator(text_parsed(parse_digest))] | None = Digest(
        0, time(7, 30)
    )


DEFAULT_EMERGENCY_TEXT = (
    "If you are in danger now, call your local emergency number "
    "or go to the nearest emergency department."
)


def _emergency_texts(value: object) -> str | dict[str, str]:
    """One text for every mail, or one per language, because emergency numbers differ
    between countries: `{en: ..., de: ..., es: ...}`."""
    if isinstance(value, str):
        return nonempty_text(value)
    if isinstance(value, dict) and value:
        texts: dict[str, str] = {}
        for language, text in value.items():
            if not isinstance(text, str):
                raise ValueError(f"the text for {language!r} must be a string")
            texts[language_code(language).replace("_", "-").lower()] = nonempty_text(text)
        return texts
    raise ValueError("must be one text, or a mapping of language to text like {en: ..., de: ...}")


class Safety(_Frozen):
    extra_crisis_words: tuple[NonEmpty, ...] = ()
    emergency_text: Annotated[str | dict[str, str], PlainValidator(_emergency_texts)] = (
        DEFAULT_EMERGENCY_TEXT
    )
    alert_to: Address | None = None


class Limits(_Frozen):
    # Seconds one message may take to be read (parsed and classified) before it is set
    # aside; kept well under the systemd watchdog (45 s).
    message_seconds: float = Field(default=5.0, gt=0, le=30)


def _resolve(value: Path, info: ValidationInfo) -> Path:
    base = (info.context or {}).get("base_dir")
    return base / value if isinstance(base, Path) and not value.is_absolute() else value


def _existing_dir(value: Path) -> Path:
    if not value.is_dir():
        raise ValueError(f"{value} is not a directory")
    return value


class TopLevel(_Frozen):
    unknown_senders: Literal["leave", "reply"] = "leave"
    state_dir: Annotated[Path, AfterValidator(_resolve)] = DEFAULT_STATE_DIR
    templates: Annotated[Path, AfterValidator(_resolve), AfterValidator(_existing_dir)] | None = (
        None
    )
    dry_run: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"


class Config(TopLevel):
    therapist: Therapist
    mail: Mail
    calendar: Calendar
    calls: Calls
    clients: tuple[Client, ...] = ()
    followup: Followup = Followup()
    safety: Safety = Safety()
    limits: Limits = Limits()
    _source: Path = PrivateAttr(default=Path("config.yaml"))

    @property
    def source(self) -> Path:
        return self._source

    @property
    def alert_address(self) -> str:
        return self.safety.alert_to or self.therapist.email

    def client_for(self, address: str) -> Client | None:
        wanted = address.strip().lower()
        return next((c for c in self.clients if wanted in c.emails), None)

    def own_addresses(self) -> set[str]:
        """The therapist's own addresses, lowercased: never answered, never a client."""
        return {
            self.therapist.email.lower(),
            self.mail.imap.username.lower(),
            self.mail.smtp.username.lower(),
            *(address.lower() for address in self.mail.triggers.addresses),
        }


def rules(config: Config) -> Rules:
    """The scheduling rules in plain values: windows flattened, in weekday and time order."""
    calls = config.calls
    windows = tuple(
        sorted(
            (
                Window(WEEKDAYS.index(day), span.start, span.end)
                for day, spans in calls.windows.items()
                for span in spans
            ),
            key=lambda w: (w.weekday, w.start),
        )
    )
    return Rules(
        tz=config.therapist.tz,
        windows=windows,
        length=calls.length,
        buffer=calls.buffer,
        notice=calls.notice,
        horizon=calls.horizon,
        max_per_day=calls.max_per_day,
        max_per_week=calls.max_per_week,
        offer=calls.offer,
    )
