"""Slot times as people read them: localized with Babel, in the reader's timezone (pure)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from babel import localedata
from babel.core import Locale, UnknownLocaleError, get_global
from babel.dates import format_skeleton, format_time, get_timezone_location

from daemon.core.model import Interval

# The languages clients get their mail in, each with its default form of address. Adding one
# is a folder templates/<code>/ (every template of templates/en/), its small words in
# daemon/language.py, and one line here.
LANGUAGES: dict[str, str] = {
    "en": "first_name",
    "de": "formal",  # Sie is the norm in therapy
    "es": "first_name",
}
FALLBACK_LANGUAGE = "en"


def primary(language: str) -> str:
    """'de' of 'de-AT' (or of 'de_AT')."""
    return language.replace("_", "-").split("-")[0].lower()


def default_address(language: str) -> str:
    return LANGUAGES.get(primary(language), LANGUAGES[FALLBACK_LANGUAGE])


def locale_tag(language: str, tz: ZoneInfo | None = None) -> str:
    """The locale a reader's dates are written in: a full tag as given (en-GB, es-MX), else
    the language with the region of the reader's timezone where the language is official
    there (en in Europe/London: en-GB; es in America/Mexico_City: es-MX; but en in Tokyo
    stays en), else the language."""
    if "-" in language.replace("_", "-") or tz is None:
        return language
    territory = get_global("zone_territories").get(str(tz))
    spoken = get_global("territory_languages").get(territory or "", {}).get(language) or {}
    if spoken.get("official_status") and localedata.exists(f"{language}_{territory}"):
        return f"{language}-{territory}"
    return language


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
    slots: Iterable[Interval],
    reader_tz: ZoneInfo,
    therapist_tz: ZoneInfo,
    language: str = "en",
    elsewhere: str = "{time} in {place}",
) -> list[str]:
    """One line per slot in the reader's zone, with the therapist's clock too when it differs
    (`elsewhere` words it, in the reader's language)."""
    locale = locale_for(language)
    lines = []
    for slot in slots:
        line = slot_text(slot, reader_tz, language)
        theirs = slot.start.astimezone(therapist_tz)
        if theirs.utcoffset() != slot.start.astimezone(reader_tz).utcoffset():
            place = get_timezone_location(therapist_tz, locale=locale, return_city=True)
            line += " (" + elsewhere.format(time=_clock(theirs, locale), place=place) + ")"
        lines.append(line)
    return lines


def _clock(moment: datetime, locale: Locale) -> str:
    return format_time(moment.time(), "short", locale=locale)
