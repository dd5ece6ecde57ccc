"""The config file: YAML in, one frozen typed `Config` out, or every problem at once.

Each problem is one line, `<file>: <key.path[index]>: <what is wrong>`, raised together as a
`ConfigError`. The value parsers (durations, windows, clock times) are plain functions raising
`ValueError` with a short message; validation turns those into lines with the key path.

Sections are validated one by one so that a mistake in one does not hide the others.
"""

from __future__ import annotations

import itertools
import os
import re
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    PrivateAttr,
    TypeAdapter,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from daemon.config.values import (
    SUMMARY_FIELDS,
    Digest,
    Span,
    check_password_spec,
    check_summary,
    format_duration,
    is_loopback,
    parse_clock,
    parse_digest,
    parse_duration,
    parse_window,
)
from daemon.core.errors import ConfigError
from daemon.core.model import WEEKDAYS, Rules, Security, Window
from daemon.core.render import LANGUAGES, primary

DEFAULT_STATE_DIR = Path("/var/lib/callmemaybe")
# Requests are read as intent (`intent.py`); keywords are an optional extra, off by default.
DEFAULT_KEYWORDS: tuple[str, ...] = ()
DEFAULT_PORTS = {
    "imap": {"tls": 993, "starttls": 143, "plain": 143},
    "smtp": {"tls": 465, "starttls": 587, "plain": 25},
}


__all__ = [
    "SUMMARY_FIELDS",
    "Config",
    "Digest",
    "Span",
    "check_password_spec",
    "check_summary",
    "format_duration",
    "is_loopback",
    "load_config",
    "parse_clock",
    "parse_config",
    "parse_digest",
    "parse_duration",
    "parse_window",
    "rules",
]

# --- pydantic field types built from the parsers ------------------------------------------------


def _text(parse: Any) -> Any:
    def validate(value: object) -> Any:
        if not isinstance(value, str):
            raise ValueError(_not_text(value))
        return parse(value)

    return validate


def _not_text(value: object) -> str:
    if isinstance(value, bool | int | float):
        return "must be text (put it in quotes)"
    return "must be text"


def _duration(positive: bool) -> Any:
    def validate(value: object) -> timedelta:
        if isinstance(value, timedelta):
            result = value
        elif isinstance(value, str):
            result = parse_duration(value)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            raise ValueError(f"{value} has no unit; write it like 15m, 2h, 7d or 1h30m")
        else:
            raise ValueError("is not a duration; write it like 15m, 2h, 7d or 1h30m")
        if positive and result <= timedelta(0):
            raise ValueError("must be longer than 0m")
        return result

    return PlainValidator(validate)


def _timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f'unknown timezone "{value}"') from None
    return value


def _address(value: str) -> str:
    value = value.strip()
    local, at, domain = value.rpartition("@")
    if not at or not local or "." not in domain or any(c.isspace() for c in value):
        raise ValueError("is not an email address")
    return value.lower()


def _nonempty(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def _language(value: object) -> str:
    if isinstance(value, bool):  # YAML reads a bare `no` (Norwegian) as false
        raise ValueError('must be a language tag in quotes, like "no"')
    if not isinstance(value, str) or not re.fullmatch(
        r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*", value
    ):
        raise ValueError("must be a language tag like en, de or pt-BR")
    return value


def _phone(value: object) -> str:
    """E.164, written with spaces if liked: "+49 170 1234567" becomes "+491701234567"."""
    if not isinstance(value, str):
        raise ValueError('must be a phone number in quotes, like "+49 170 1234567"')
    number = "".join(value.split())
    if not re.fullmatch(r"\+[1-9][0-9]{7,14}", number):
        raise ValueError('must be an international number like "+49 170 1234567" (E.164)')
    return number


def _remind_before(value: object) -> timedelta:
    # `0` alone (no unit) turns the reminder off.
    if value == 0 or value == "0":
        return timedelta(0)
    return _REMIND_DURATION.func(value)  # type: ignore[no-any-return]


_REMIND_DURATION = _duration(positive=False)

Duration = Annotated[timedelta, _duration(positive=True)]
DurationOrZero = Annotated[timedelta, _duration(positive=False)]
TimeZoneName = Annotated[str, AfterValidator(_timezone)]
Address = Annotated[str, AfterValidator(_address)]
NonEmpty = Annotated[str, AfterValidator(_nonempty)]
Phone = Annotated[str, PlainValidator(_phone)]
RemindBefore = Annotated[timedelta, PlainValidator(_remind_before)]
PasswordSpec = Annotated[str, AfterValidator(check_password_spec)]
Language = Annotated[str, PlainValidator(_language)]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _window_item(value: object, info: ValidationInfo) -> Span:
    span: Span = _text(parse_window)(value)
    length = info.data.get("length")
    if isinstance(length, timedelta) and span.length < length:
        raise ValueError(f'"{span}" is shorter than calls.length ({format_duration(length)})')
    return span


def _no_overlap(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    ordered = sorted(spans)
    for earlier, later in itertools.pairwise(ordered):
        if later.start < earlier.end:
            raise ValueError(f'"{earlier}" and "{later}" overlap')
    return spans


DayWindows = Annotated[
    tuple[Annotated[Span, PlainValidator(_window_item)], ...], AfterValidator(_no_overlap)
]


def _hours(value: object, info: ValidationInfo) -> dict[str, tuple[Span, ...]]:
    """A client's callable hours: one range or a list of them for every day, or a weekday
    mapping like calls.windows (days left out: no calls)."""
    if isinstance(value, dict):
        result: dict[str, tuple[Span, ...]] = {}
        for day, spans in value.items():
            if day not in WEEKDAYS:
                raise ValueError(f'"{day}" is not a weekday; use one of {", ".join(WEEKDAYS)}')
            result[day] = _hour_spans(spans, info, f"{day}: ")
        if not any(result.values()):
            raise ValueError('needs at least one range, like "09:00-20:00"')
        return result
    spans = _hour_spans(value, info, "")
    if not spans:
        raise ValueError('needs at least one range, like "09:00-20:00"')
    return dict.fromkeys(WEEKDAYS, spans)


def _hour_spans(value: object, info: ValidationInfo, where: str) -> tuple[Span, ...]:
    items = value if isinstance(value, list) else [value]
    try:
        return _no_overlap(tuple(_window_item(item, info) for item in items))
    except ValueError as error:
        raise ValueError(f"{where}{error}") from None


Hours = Annotated[dict[str, tuple[Span, ...]], PlainValidator(_hours)]
DEFAULT_CLIENT_HOURS: dict[str, tuple[Span, ...]] = dict.fromkeys(
    WEEKDAYS, (Span(time(8), time(21)),)
)


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
    digest: Annotated[Digest, PlainValidator(_text(parse_digest))] | None = Digest(0, time(7, 30))


DEFAULT_EMERGENCY_TEXT = (
    "If you are in danger now, call your local emergency number "
    "or go to the nearest emergency department."
)


def _emergency_texts(value: object) -> str | dict[str, str]:
    """One text for every mail, or one per language, because emergency numbers differ
    between countries: `{en: ..., de: ..., es: ...}`."""
    if isinstance(value, str):
        return _nonempty(value)
    if isinstance(value, dict) and value:
        texts: dict[str, str] = {}
        for language, text in value.items():
            if not isinstance(text, str):
                raise ValueError(f"the text for {language!r} must be a string")
            texts[_language(language).replace("_", "-").lower()] = _nonempty(text)
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


class _TopLevel(_Frozen):
    unknown_senders: Literal["leave", "reply"] = "leave"
    state_dir: Annotated[Path, AfterValidator(_resolve)] = DEFAULT_STATE_DIR
    templates: Annotated[Path, AfterValidator(_resolve), AfterValidator(_existing_dir)] | None = (
        None
    )
    dry_run: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"


class Config(_TopLevel):
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


# --- loading --------------------------------------------------------------------------------------

_SECTIONS: dict[str, Any] = {
    "therapist": Therapist,
    "mail": Mail,
    "calendar": Calendar,
    "calls": Calls,
    "clients": TypeAdapter(tuple[Client, ...]),
    "followup": Followup,
    "safety": Safety,
    "limits": Limits,
}
_REQUIRED = ("therapist", "mail", "calendar", "calls")
Problem = tuple[tuple[str | int, ...], str]


def load_config(path: str | os.PathLike[str]) -> Config:
    """Read, parse and validate the config file; ConfigError lists every problem."""
    source = os.fspath(path)
    try:
        text = Path(source).read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError([f"{source}: cannot read: {error.strerror or error}"]) from None
    except UnicodeDecodeError:
        raise ConfigError([f"{source}: cannot read: not UTF-8 text"]) from None
    return parse_config(text, source, Path(source).absolute().parent)


def parse_config(text: str, source: str = "config.yaml", base_dir: Path | None = None) -> Config:
    base = base_dir if base_dir is not None else Path(source).parent
    try:
        raw = yaml.load(text, Loader=_UniqueKeyLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"line {mark.line + 1}" if mark is not None else "YAML"
        raise ConfigError([f"{source}: {where}: {error.problem or error.context}"]) from None
    except yaml.YAMLError as error:
        raise ConfigError([f"{source}: {error}"]) from None
    if raw is None:
        raise ConfigError([f"{source}: the file is empty; start from config.yaml.example"])
    if not isinstance(raw, dict):
        raise ConfigError([f"{source}: must be a mapping of keys (therapist:, mail:, ...)"])
    config, problems = _validate(raw, base)
    if problems or config is None:
        raise ConfigError([f"{source}: {_path(loc)}: {message}" for loc, message in problems])
    config._source = Path(source)
    return config


def _validate(raw: dict[Any, Any], base: Path) -> tuple[Config | None, list[Problem]]:
    context = {"base_dir": base}
    problems: list[Problem] = []
    known = set(_SECTIONS) | set(_TopLevel.model_fields)
    for key in raw:
        if key not in known:
            problems.append(((str(key),), "unknown key"))
    sections: dict[str, Any] = {}
    for key, validator in _SECTIONS.items():
        if key not in raw:
            if key in _REQUIRED:
                problems.append(((key,), "is required"))
            continue
        try:
            if isinstance(validator, TypeAdapter):
                sections[key] = validator.validate_python(raw[key], context=context)
            else:
                sections[key] = validator.model_validate(raw[key], context=context)
        except ValidationError as error:
            problems.extend(((key, *e["loc"]), _message(e)) for e in error.errors())
    top = {k: v for k, v in raw.items() if k in _TopLevel.model_fields}
    try:
        sections.update(dict(_TopLevel.model_validate(top, context=context)))
    except ValidationError as error:
        problems.extend((tuple(e["loc"]), _message(e)) for e in error.errors())
    problems.extend(_check_clients(sections.get("clients", ()), sections.get("therapist")))
    problems.extend(_check_client_hours(sections.get("clients", ()), sections.get("calls")))
    problems.extend(_check_languages(sections))
    problems.extend(_check_direction(sections.get("calls"), sections.get("therapist")))
    if problems:
        return None, problems
    config = Config.model_validate(sections, context=context)
    for client in config.clients:
        client._fallback_timezone = config.therapist.timezone
    return config, []


def _check_clients(clients: tuple[Client, ...], therapist: Therapist | None) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, client in enumerate(clients):
        for position, address in enumerate(client.emails):
            loc: tuple[str | int, ...] = (
                ("clients", index, "email")
                if client.email is not None
                else ("clients", index, "emails", position)
            )
            if therapist is not None and address == therapist.email:
                problems.append((loc, f"{address} is the therapist's own address"))
            elif address in seen:
                problems.append(
                    (loc, f"this address is listed twice (also clients[{seen[address]}])")
                )
            else:
                seen[address] = index
    return problems


def _check_client_hours(clients: tuple[Client, ...], calls: Calls | None) -> list[Problem]:
    # Checked here: the clients section does not know calls.length.
    if calls is None:
        return []
    length = calls.length
    problems: list[Problem] = []
    for index, client in enumerate(clients):
        short = sorted(
            {
                span
                for spans in (client.hours or {}).values()
                for span in spans
                if span.length < length
            }
        )
        if short:
            problems.append(
                (
                    ("clients", index, "hours"),
                    f'"{short[0]}" is shorter than calls.length ({format_duration(length)})',
                )
            )
    return problems


def _check_languages(sections: dict[str, Any]) -> list[Problem]:
    """Every language set must be one the mails are written in (shipped, or a folder of the
    therapist's own templates), rather than quietly turning into English."""
    templates = sections.get("templates")
    wanted: list[tuple[tuple[str | int, ...], str | None]] = []
    therapist = sections.get("therapist")
    if isinstance(therapist, Therapist):
        wanted.append((("therapist", "language"), therapist.language))
    for index, client in enumerate(sections.get("clients", ())):
        wanted.append((("clients", index, "language"), client.language))
    problems: list[Problem] = []
    for loc, language in wanted:
        if language is None or primary(language) in LANGUAGES:
            continue
        if isinstance(templates, Path) and (templates / primary(language)).is_dir():
            continue
        problems.append(
            (
                loc,
                f'"{language}" is not a language the mails are written in; use one of '
                f"{', '.join(LANGUAGES)} (or add a folder {primary(language)}/ of templates "
                "to your templates: folder)",
            )
        )
    return problems


def _check_direction(calls: Calls | None, therapist: Therapist | None) -> list[Problem]:
    """What the mails need to say who calls whom."""
    if calls is None:
        return []
    if calls.how == "video" and not calls.video_link:
        return [(("calls", "video_link"), "is needed for video calls; add the link clients join")]
    if calls.how == "client_calls" and therapist is not None and not therapist.phone:
        return [(("therapist", "phone"), "is needed when clients call you (calls.direction)")]
    return []


def _path(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part != "[key]":
            text += f".{part}" if text else str(part)
    return text or "(top level)"


_SIMPLE = {
    "extra_forbidden": "unknown key",
    "missing": "is required",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "dict_type": "must be a mapping of keys",
    "model_type": "must be a mapping of keys",
    "model_attributes_type": "must be a mapping of keys",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "path_type": "must be a path",
    "none_required": "must be null",
}


def _message(error: ErrorDetails) -> str:
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "string_type":
        return _not_text(value)
    if kind == "literal_error":
        choices = str(ctx.get("expected", "")).replace("'", "")
        shown = f'"{value}"' if isinstance(value, str) else "this"
        if error["loc"] and error["loc"][-1] == "[key]":
            return f"{shown} is not a weekday; use one of {choices}"
        return f"{shown} is not one of {choices}"
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        words = {
            "greater_than_equal": "at least",
            "less_than_equal": "at most",
            "greater_than": "more than",
            "less_than": "less than",
        }
        limit = next(iter(ctx.values()), "")
        return f"must be {words[kind]} {limit}"
    if kind in _SIMPLE:
        return _SIMPLE[kind]
    return error["msg"].removeprefix("Value error, ").split("[type=")[0].strip()


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice (PyYAML silently keeps the last one)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f'"{key}" is given twice', key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


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
