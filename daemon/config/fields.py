"""The config's field types: pydantic annotations built from the value parsers in `values.py`
(durations, addresses, languages, windows), each failing with one short line."""

from __future__ import annotations

import itertools
import re
from datetime import time, timedelta
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    PlainValidator,
    ValidationInfo,
)

from daemon.config.values import (
    Span,
    check_password_spec,
    format_duration,
    parse_duration,
    parse_window,
)
from daemon.core.model import WEEKDAYS


def text_parsed(parse: Any) -> Any:
    def validate(value: object) -> Any:
        if not isinstance(value, str):
            raise ValueError(not_text(value))
        return parse(value)

    return validate


def not_text(value: object) -> str:
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


def nonempty_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be empty")
    return value.strip()


def language_code(value: object) -> str:
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
NonEmpty = Annotated[str, AfterValidator(nonempty_text)]
Phone = Annotated[str, PlainValidator(_phone)]
RemindBefore = Annotated[timedelta, PlainValidator(_remind_before)]
PasswordSpec = Annotated[str, AfterValidator(check_password_spec)]
Language = Annotated[str, PlainValidator(language_code)]
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _window_item(value: object, info: ValidationInfo) -> Span:
    span: Span = text_parsed(parse_window)(value)
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
