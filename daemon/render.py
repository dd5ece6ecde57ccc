"""Slot times as people read them: localized with Babel, in the reader's timezone (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.core import Locale, UnknownLocaleError
from babel.dates import format_skeleton, format_time, get_timezone_location

from daemon.model import Interval


def locale_for(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse("en")


def slot_text(slot: Interval, tz: ZoneInfo, language: str = "en") -> str:
    """'Tuesday, 1 December, 12:00–12:15' in `tz`."""
    locale = locale_for(language)
    start, end = slot.start.astimezone(tz), slot.end.astimezone(tz)
    day = format_skeleton("MMMMEEEEd", start, locale=locale)
    return f"{day}, {_clock(start, locale)}–{_clock(end, locale)}"


def slot_lines(
    slots: Iterable[Interval], reader_tz: ZoneInfo, therapist_tz: ZoneInfo, language: str = "en"
) -> list[str]:
    """One line per slot in the reader's zone, with the therapist's clock too when it differs."""
    locale = locale_for(language)
    lines = []
    for slot in slots:
        line = slot_text(slot, reader_tz, language)
        theirs = slot.start.astimezone(therapist_tz)
        if theirs.utcoffset() != slot.start.astimezone(reader_tz).utcoffset():
            place = get_timezone_location(therapist_tz, locale=locale, return_city=True)
            line += f" ({_clock(theirs, locale)} in {place})"
        lines.append(line)
    return lines


def _clock(moment: datetime, locale: Locale) -> str:
    return format_time(moment.time(), "short", locale=locale)
