"""Which language a client writes in, from the small words of their own new lines (pure).

Small words (articles, pronouns, the commonest verbs) are what every short mail has and what
no two of our languages share; a count of them is enough to tell English, German and Spanish
apart, and says nothing when a message is too short or too mixed to tell.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# One list a language of LANGUAGES (a test checks); no word in two lists ("me", "no", "es",
# "a" are left out).
SMALL_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and you i is it of for my that have can we be are this with not on at would "
        "could will just if your do about am was what when how there some please thanks "
        "thank talk call hi hello"
    ),
    "de": _words(
        "ich und der das nicht ist zu sie wir mit mir mich ein eine einen auf für ja wie "
        "bitte können kann kurz gerne gern danke hallo sprechen telefonieren heute morgen "
        "geht auch noch aber dass habe bin wäre möchte würde uns"
    ),
    "es": _words(
        "el la que y los las por un una con para mi se lo muy gracias hola puedo podemos "
        "hablar llamar llamada hoy mañana pero estoy tengo quiero sería bien usted está "
        "del al le su yo"
    ),
}

# Fewer hits than this, or a tie: the message does not say.
MIN_HITS = 2
_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str | None:
    """The language of `text` (a code of LANGUAGES), or None when it is unclear."""
    counts = dict.fromkeys(SMALL_WORDS, 0)
    for word in _WORD.findall(text.lower()):
        for language, words in SMALL_WORDS.items():
            if word in words:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    best, hits = ranked[0]
    if hits < MIN_HITS or (len(ranked) > 1 and ranked[1][1] == hits):
        return None
    return best


def client_language(configured: str | None, detected: str | None, practice: str) -> str:
    """The tag a client's mail is written in: their own setting, else the language their
    mail is written in, else the practice's (its full tag when that is the same language)."""
    if configured:
        return configured
    if detected and detected != practice.replace("_", "-").split("-")[0].lower():
        return detected
    return practice
