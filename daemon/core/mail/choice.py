"""What a client's reply to an offer chooses, and what a reply about a booked call asks for.

Pure. The rule throughout: book only what is unambiguous. When the words point at more than one
slot, or at a slot and at "none of these", the answer is `Unclear` and a person looks at it.
Numbers are read as option numbers only in shapes people use for that ("2", "#2", "option 2",
"2 please", "I'll take 2", "la 2", "opción 2"), after times, dates and phone numbers have been
blanked out, so "12:30", "3rd of December", "a las 12" and "+49 171 2345678" never pick an option.
English, German and Spanish are read at once; Spanish accents are optional ("opcion", "miercoles").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from daemon.core.model import Interval


@dataclass(frozen=True)
class Pick:
    position: int
    via: str  # "number", "ordinal", "day-time" or "link"


@dataclass(frozen=True)
class NoneFit:
    pass


@dataclass(frozen=True)
class Cancel:
    pass


@dataclass(frozen=True)
class Move:
    pass


@dataclass(frozen=True)
class Unclear:
    candidates: tuple[int, ...]


Intent = Pick | NoneFit | Cancel | Move | Unclear

MAX_SCAN = 4_000  # the decision sits in the first lines; long texts only add noise

_LINK = re.compile(
    r"\b(?:option|opci[oó]n)\s*#?\s*(\d{1,3})\b.*\[ref\s+[a-z0-9]{8}\]", re.IGNORECASE
)
_REF = re.compile(r"\[ref\s+[a-z0-9]{8}\]|mailto:\S+|https?://\S+|\S+@\S+", re.IGNORECASE)

_MONTHS = {
    "jan": 1, "january": 1, "januar": 1, "jänner": 1,
    "feb": 2, "february": 2, "februar": 2,
    "mar": 3, "march": 3, "mär": 3, "märz": 3, "maerz": 3,
    "apr": 4, "april": 4,
    "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juni": 6,
    "jul": 7, "july": 7, "juli": 7,
    "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "okt": 10, "oktober": 10,
    "nov": 11, "november": 11,
    "dec": 12, "december": 12, "dez": 12, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_WEEKDAYS = {
    "mon": 0, "monday": 0, "montag": 0, "mo": 0,
    "tue": 1, "tues": 1, "tuesday": 1, "dienstag": 1, "di": 1,
    "wed": 2, "wednesday": 2, "mittwoch": 2, "mi": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "donnerstag": 3,
    "fri": 4, "friday": 4, "freitag": 4, "fr": 4,
    "saturday": 5, "samstag": 5, "sonnabend": 5,
    "sunday": 6, "sonntag": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
}  # fmt: skip
# Short forms that are also words ("do", "so", "sat", "sun") never count; others need a dot.
_SHORT_GERMAN_DAYS = {"mo", "di", "mi", "fr"}
_DAY = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_DAY_ES = "lunes|martes|miercoles|jueves|viernes|sabado|domingo"
# Spanish accents are optional in mail ("opcion", "miercoles"); German umlauts are kept.
_ACUTE = str.maketrans("áéíóú", "aeiou")
_NOT_DAY = re.compile(
    rf"\b(?:can'?t|cannot|can\s+not|couldn'?t|not)\s+(?:do\s+|make\s+|manage\s+)?(?:on\s+)?"
    rf"(?:{_DAY})\b\.?"
    rf"|\b(?:{_DAY})\b\.?\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|is\s+not|isn'?t"
    r"|is\s+bad|(?:geht|passt)\s+(?:leider\s+)?nicht|no\s+(?:puedo|me\s+va|me\s+viene))\b"
    rf"|\bno\s+(?:puedo|me\s+va\s+bien|me\s+viene\s+bien)\s+(?:el\s+)?(?:{_DAY})\b",
)
_ORDINALS = {
    "first": 1, "1st": 1, "erste": 1, "ersten": 1, "erster": 1, "erstes": 1,
    "second": 2, "2nd": 2, "zweite": 2, "zweiten": 2, "zweiter": 2, "zweites": 2,
    "third": 3, "3rd": 3, "dritte": 3, "dritten": 3, "dritter": 3, "drittes": 3,
    "fourth": 4, "4th": 4, "vierte": 4, "vierten": 4, "vierter": 4, "viertes": 4,
    "fifth": 5, "5th": 5, "fünfte": 5, "fünften": 5, "fünfter": 5, "fünftes": 5,
    "last": -1, "letzte": -1, "letzten": -1, "letzter": -1, "letztes": -1,
    "primera": 1, "primero": 1, "primer": 1, "segunda": 2, "segundo": 2, "tercera": 3,
    "tercero": 3, "tercer": 3, "cuarta": 4, "cuarto": 4, "quinta": 5, "quinto": 5,
    "ultima": -1, "ultimo": -1,
}  # fmt: skip
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
}  # fmt: skip

_MONTH = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_ORD = "|".join(sorted(map(re.escape, _ORDINALS), key=len, reverse=True))
_NUMW = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# "one" after a verb is a pronoun too often ("I'd take one in the afternoon").
_NUMW_NOT_ONE = "|".join(w for w in sorted(_NUMBER_WORDS, key=len, reverse=True) if w != "one")
_NUM = rf"(?:\d{{1,2}}|{_NUMW})"

_PHONE = re.compile(r"\+?\(?\d[\d ()/-]{6,}\d")
_LONG_NUMBER = re.compile(r"\d{3,}")
# Dates, each kept as (day, month) when it names both.
_DATE_DMY = re.compile(r"\b(\d{1,2})\s*[./-]\s*(\d{1,2})\s*(?:[./-]\s*\d{2,4}\b|\.(?!\d))")
_DATE_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?({_MONTH})\b\.?|"
    rf"\b(first|second|third|fourth|fifth)\s+of\s+({_MONTH})\b\.?",
)
_DATE_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
# "on the 3rd", "Tuesday the 1st": a day of the month without the month.
_ON_THE_NTH = re.compile(
    rf"\b(?:on|{_DAY}),?\s+the\s+(\d{{1,2}})(?:st|nd|rd|th)\b"
    # "el martes 1": a weekday and its day of the month
    rf"|\b(?:{_DAY_ES})\s+(?:dia\s+)?(\d{{1,2}})\b(?!\s*(?:[:.h]\d|de\s+la|am|pm|uhr))"
)
_TIME = re.compile(
    r"(?:\b(?P<pre>at|um|ab|around|gegen|by|a\s+las|a\s+la|sobre\s+las|hacia\s+las|las)\s+)?"
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
    r"\s*(?P<suf>a\.?m\.?|p\.?m\.?|uhr|h|o'?clock|de\s+la\s+(?:mañana|manana|tarde|noche)"
    r"|del\s+mediod[ií]a)?(?!\w)"
    r"|\b(?P<noon>noon|midday|mittag|mittags|mediod[ií]a)\b",
)
_RELATIVE_DAY = re.compile(
    r"\b(?:today|tomorrow|tonight|heute|übermorgen|hoy|pasado)\b|(?<!guten )(?<!am )\bmorgen\b"
    # "mañana" is tomorrow, "la mañana" the morning
    r"|(?<!la )\bma(?:ñ|n)ana\b"
)

_NONE_FIT = re.compile(
    r"\bnone\b(?!\s+(?:of\s+)?(?:the\s+)?other)|\bneither\b|\bno\s*,?\s*none\b"
    r"|\bother\s+(?:times?|days?|slots?|options?|dates?)\b"
    r"|\bdifferent\s+(?:times?|days?|slots?|dates?)\b"
    r"|\b(?:can'?t|cannot|can not|couldn'?t)\s+(?:do|make|manage)\s+(?:any|either)\b"
    r"|\bnot?\s+(?:any|one)\s+of\s+(?:these|those|them|the)\b"
    r"|\bkeine?[rsn]?\s+(?:davon|der|passt)\b|\bandere(?:n)?\s+(?:termine?|zeiten?|tage?)\b"
    r"|\bpasst\s+(?:leider\s+)?(?:keine?r?|nichts)\b"
    r"|\bningun[oa]?s?\b(?!\s+problema)"
    r"|\botr[oa]s?\s+(?:d[ií]as?|horas?|horarios?|fechas?|opciones|momentos?)\b",
)

_AFTER = (
    r"please|pls|plz|works|would\s+work|will\s+work|is\s+fine|is\s+good|is\s+great|is\s+perfect"
    r"|is\s+best|suits|would\s+suit|sounds\s+good|for\s+me|bitte|passt|geht|ist\s+gut"
    r"|is\s+ok(?:ay)?|ok(?:ay)?|por\s+favor|porfa|me\s+va\s+bien|me\s+viene\s+bien|me\s+sirve"
    r"|esta\s+bien|perfecto|vale|mejor"
)
_NUMBER_PATTERNS = (
    re.compile(
        r"\b(?:option|opt\.?|number|no\.|nr\.?|slot|choice|termin|vorschlag|nummer|opcion"
        rf"|numero|la|el)\s*#?\s*({_NUM})\b(?!\s*de\b)"
    ),
    re.compile(r"#\s*(\d{1,2})\b"),
    # "2, Tuesday 12:30" / "2) works": a number leading its line, then a separator
    re.compile(r"^[^\w#]*(\d{1,2})\s*(?:[,:)\u2013-]|\.\s)", re.MULTILINE),
    re.compile(
        rf"^[^\w#]*(?:(?:yes|ok|okay|ja|gerne|sure|si|vale|claro)\W+)?({_NUM})\b"
        rf"(?:\s*(?:{_AFTER}))?[^\w]*$",
        re.MULTILINE,
    ),
    re.compile(rf"(?<![\w.,:])(\d{{1,2}})\s*(?:[!.,]\s*)?(?:{_AFTER})\b"),
    re.compile(
        r"\b(?:take|choose|pick|prefer|go\s+with|go\s+for|do|book|want|like|nehme|wähle"
        r"|elijo|escojo|prefiero|me\s+quedo\s+con|quiero)\s+"
        rf"(?:option\s+|number\s+|nummer\s+|opcion\s+|la\s+|el\s+|#\s*)?"
        rf"(\d{{1,2}}|{_NUMW_NOT_ONE})\b"
        r"(?!\s*(?:minutes|mins|hours|days|weeks))"
    ),
)
_NUMBER_LIST = re.compile(
    r"(?:\b(?:option|options|number|numbers|nummer|opcion|opciones|la|el)\s*#?\s*|^\W*"
    r"|\b(?:either)\s+)(\d{1,2})\s*(?:or|and|,|/|oder|und|o|y)\s*(?:la\s+|el\s+)?#?\s*"
    r"(\d{1,2})\b",
    re.MULTILINE,
)
_ORDINAL_PATTERNS = (
    re.compile(
        rf"\b(?:the|die|der|den|das|dem|la|el|lo)\s+({_ORD})\b"
        r"(?!\s+(?:time|week|weekend|of|thing|things|month|call|session|woche|mal|vez|semana"
        r"|hora|sesion|llamada|mitad)\b)"
    ),
    re.compile(
        rf"\b({_ORD})\s+(?:one|option|slot|choice|suggestion|proposal|time\s+slot|termin|zeit"
        r"|vorschlag|möglichkeit|opcion|propuesta|fecha)\b"
    ),
    re.compile(rf"^\W*({_ORD})\b(?:\s*(?:{_AFTER}))?\W*$", re.MULTILINE),
    re.compile(rf"\b({_ORD})\s*(?:[!.,]\s*)?(?:{_AFTER})\b"),
)


def _number(token: str) -> int:
    return _NUMBER_WORDS[token] if token in _NUMBER_WORDS else int(token)


@dataclass
class _Found:
    numbers: set[int]
    ordinals: set[int]
    weekdays: set[int]
    times: list[set[tuple[int, int]]]
    dates: set[tuple[int, int]]
    relative_day: bool


def _hours(hour: int, minute: int, suffix: str) -> set[tuple[int, int]]:
    if hour > 24 or minute > 59:
        return set()
    if suffix in ("am", "a"):
        return {(0 if hour == 12 else hour, minute)} if 1 <= hour <= 12 else set()
    if suffix in ("pm", "p"):
        return {(12 if hour == 12 else hour + 12, minute)} if 1 <= hour <= 12 else set()
    if hour == 0 or hour >= 13:
        return {(hour % 24, minute)}
    # "5:00" to someone booking a call means 5 or 17; "12" means noon.
    return {(hour, minute)} if hour == 12 else {(hour, minute), (hour + 12, minute)}


# "a las 5 de la tarde" is 17:00, "a las 10 de la mañana" 10:00.
_SUFFIXES = {
    "de la mañana": "am", "de la manana": "am", "de la tarde": "pm", "de la noche": "pm",
    "del mediodia": "pm",
}  # fmt: skip


def _blank(text: str, span: tuple[int, int], mark: str) -> str:
    start, end = span
    return text[:start] + f" {mark} ".ljust(end - start) + text[end:]


def _scan(text: str) -> tuple[str, _Found]:
    """Pull dates and times out of `text` and blank them, so their digits are no option numbers."""
    found = _Found(set(), set(), set(), [], set(), bool(_RELATIVE_DAY.search(text)))
    text = _REF.sub(" ", text)
    for pattern in (_DATE_DMY, _DATE_DAY_MONTH, _DATE_MONTH_DAY):
        for m in list(pattern.finditer(text)):
            groups = [g for g in m.groups() if g is not None]
            if pattern is _DATE_DMY:
                day, month = int(groups[0]), int(groups[1])
            elif pattern is _DATE_MONTH_DAY:
                day, month = int(groups[1]), _MONTHS[groups[0]]
            else:
                day_word, month_word = groups
                day = _ORDINALS[day_word] if day_word in _ORDINALS else int(day_word)
                month = _MONTHS[month_word]
            if not (1 <= month <= 12 and 1 <= day <= 31):
                continue  # "12.30." is a time at the end of a sentence, not a date
            found.dates.add((month, day))
            text = _blank(text, m.span(), "date")
    for m in list(_ON_THE_NTH.finditer(text)):
        found.dates.add((0, int(m.group(1) or m.group(2))))  # month 0: any month
        day_name = m.group().split()[0].rstrip(",")
        text = _blank(text, m.span(), "date")
        if day_name in _WEEKDAYS:
            text = text[: m.start()] + day_name + text[m.start() + len(day_name) :]
    for m in list(_PHONE.finditer(text)):
        if len(re.sub(r"\D", "", m.group())) >= 7:
            text = _blank(text, m.span(), "phone")
    for m in list(_TIME.finditer(text)):
        if m.group("noon"):
            hours = {(12, 0)}
        elif m.group("m") or m.group("suf") or m.group("pre"):
            suffix = " ".join((m.group("suf") or "").replace(".", "").split())
            suffix = _SUFFIXES.get(suffix, suffix)
            if suffix == "h" and not m.group("m"):
                continue  # "2h" is more often a duration than a time
            hours = _hours(int(m.group("h")), int(m.group("m") or 0), suffix)
        else:
            continue  # a bare number: maybe an option, read later
        if hours:
            found.times.append(hours)
        text = _blank(text, m.span(), "time")
    text = _LONG_NUMBER.sub(" num ", text)
    # "Monday doesn't work" rules Monday out rather than in.
    text = _NOT_DAY.sub(" ", text)
    for m in re.finditer(r"\b([a-zäöü]+)(\.)?", text):
        word = m.group(1)
        if word in _WEEKDAYS and (word not in _SHORT_GERMAN_DAYS or m.group(2)):
            found.weekdays.add(_WEEKDAYS[word])
    return text, found


def _numbers_and_ordinals(text: str, found: _Found) -> None:
    for pattern in _NUMBER_PATTERNS:
        for m in pattern.finditer(text):
            found.numbers.add(_number(m.group(1)))
    for m in _NUMBER_LIST.finditer(text):
        found.numbers.update({int(m.group(1)), int(m.group(2))})
    for ord_pattern in _ORDINAL_PATTERNS:
        for m in ord_pattern.finditer(text):
            found.ordinals.add(_ORDINALS[m.group(1)])


def _day_time(found: _Found, slots: Sequence[Interval], tz: ZoneInfo) -> set[int] | None:
    """Positions matching every weekday/date/time constraint; None when the text names none."""
    if not (found.weekdays or found.times or found.dates):
        return None
    hits: set[int] = set()
    for position, slot in enumerate(slots, start=1):
        local = slot.start.astimezone(tz)
        if found.weekdays and local.weekday() not in found.weekdays:
            continue
        if found.dates and not any(
            d == local.day and m in (0, local.month) for m, d in found.dates
        ):
            continue
        clock = (local.hour, local.minute)
        if found.times and not any(clock in t for t in found.times):
            continue
        hits.add(position)
    return hits


def interpret(text: str, subject: str, slots: Sequence[Interval], tz: ZoneInfo) -> Intent:
    """Which of the offered `slots` (position = index + 1) a reply picks, if any."""
    count = len(slots)
    link = _LINK.search(subject or "")
    if link:
        position = int(link.group(1))
        return Pick(position, "link") if 1 <= position <= count else Unclear(())

    lowered = (text or "")[:MAX_SCAN].lower().replace("’", "'").translate(_ACUTE)
    none_fit = bool(_NONE_FIT.search(lowered))
    blanked, found = _scan(lowered)
    _numbers_and_ordinals(blanked, found)

    numbers = {n for n in found.numbers if 1 <= n <= count}
    out_of_range = bool(found.numbers - numbers)
    ordinals = {count if o == -1 else o for o in found.ordinals}
    ordinals = {o for o in ordinals if 1 <= o <= count}
    day_time = _day_time(found, slots, tz)
    explicit = numbers | ordinals

    candidates = explicit | (day_time or set())
    ordered = tuple(sorted(candidates))

    if none_fit:
        return Unclear(ordered) if candidates else NoneFit()
    if out_of_range or len(candidates) != 1:
        return Unclear(ordered)
    (position,) = candidates
    if position in numbers:
        return Pick(position, "number")
    if position in ordinals:
        return Pick(position, "ordinal")
    if found.relative_day and not found.weekdays and not found.dates:
        # "tomorrow at 12:30": which day is tomorrow depends on when they wrote; ask.
        return Unclear(ordered)
    return Pick(position, "day-time")


_NEGATED = re.compile(
    r"\b(?:no\s+need\s+to|don'?t|do\s+not|doesn'?t|does\s+not|won'?t|will\s+not|not|never"
    r"|nicht|kein(?:en)?\s+grund\s+zu|no\s+reason\s+to|no\s+hace\s+falta|no\s+es\s+necesario"
    r"|no\s+quiero|no\s+necesito|no\s+hay\s+que|no)\s+(?:[\w']+\s+){0,2}?"
    r"(?:cancel\w*|move|moving|reschedul\w*|postpon\w*|absagen|verschieben|stornieren"
    r"|anul\w*|mover\w*|cambiar\w*|aplaz\w*|pospon\w*|reprogram\w*)\b",
)
_MOVE = re.compile(
    r"\b(?:move|moving)\s+(?:it|the|our|this|my|that)\b|\bcan\s+we\s+move\b|\bre-?schedul\w*"
    r"|\banother\s+(?:time|day|slot|date)\b|\bpostpon\w*|\bdifferent\s+(?:time|day|slot|date)\b"
    r"|\bchange\s+the\s+(?:time|day|date)\b|\b(?:later|earlier)\s+(?:time|slot)\b|\bpush\s+it\b"
    r"|\bverschieben\b|\bverlegen\b|\banderen?\s+(?:termin|zeit|tag)\b"
    r"|\bmover(?:la|lo)?\b|\bmuev[oae]\b|\bcambiar(?:la|lo)?\b|\bcambiamos\b|\bcambia(?:la|lo)\b"
    r"|\baplaz\w*|\bpospon\w*|\bpospuesta\b|\breprogram\w*|\badelantar(?:la|lo)?\b"
    r"|\bretrasar(?:la|lo)?\b|\bpasar(?:la|lo)\s+a\b|\botr[oa]\s+(?:dia|hora|momento|fecha)\b",
)
_CANCEL = re.compile(
    r"\bcancel\w*|\b(?:can'?t|cannot|can\s+not|won'?t|will\s+not|unable\s+to|not\s+able\s+to"
    r"|won'?t\s+be\s+able\s+to)\s+make\s+it\b|\babsagen\b|\bstornieren\b"
    r"|\bkann\s+(?:leider\s+)?(?:doch\s+)?nicht\b|\bschaffe\s+(?:es\s+)?(?:doch\s+)?nicht\b"
    r"|\banul\w*|\bno\s+(?:voy\s+a\s+poder|podre)\b|\bal\s+final\s+no\s+puedo\b",
)


def interpret_booked(text: str, subject: str) -> Cancel | Move | None:
    """What a reply in the thread of a booked call asks for; None when it asks for nothing.

    Moving wins over cancelling: "can't make it, can we move it?" wants another time.
    """
    subject = re.sub(
        r"^\s*(?:(?:re|aw|fwd?|wg|sv|antw|rv|res)\s*:\s*)+", "", subject or "", flags=re.I
    )
    words = f"{subject}\n{(text or '')[:MAX_SCAN]}".lower().replace("’", "'").translate(_ACUTE)
    words = _NEGATED.sub(" ", words)
    if _MOVE.search(words):
        return Move()
    if _CANCEL.search(words):
        return Cancel()
    return None
