"""Does a client's new text speak of a crisis? Pure: text in, a risk category (never the text)
out.

Every message is checked in every built-in language (`LANGUAGES`), whatever the practice
speaks: a German client may write to an English practice. The rules live one module a language
(`crisis_en`, `crisis_de`, `crisis_es`), built from `crisis_base`, and are grouped by the
categories clinicians screen for (C-SSRS and safeguarding practice, see `CATEGORIES`).

Recall comes first: a missed crisis is far worse than an extra safety paragraph. So:
- Negations still count. "I'm not suicidal" or "ich will mich nicht umbringen" is something a
  therapist wants to know about, and telling denial from reassurance is not a regex's job.
- Reported speech still counts ("my friend said she wanted to end it all").
- Only idioms we can tell cheaply from the words right around a phrase are let through
  ("this deadline is killing me", "I can't go on Tuesday", "die Hitze bringt mich um",
  "me muero de risa").

Pass the client's unquoted new words (`intake.Message.text`): a crisis quoted back from an
earlier mail is not a new one. `tests/data/crisis/dev/` is the corpus the rules were written
against; `bench/crisis_eval.py` scores them on it and on any held-out corpus beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from daemon.core.safety import crisis_de, crisis_en, crisis_es, crisis_families, crisis_model
from daemon.core.safety.crisis_base import (
    ACTIVE,
    ACUTE,
    DANGER,
    EXTRA,
    HOPELESS,
    MAX_SCAN,
    PASSIVE,
    PLAN,
    PREPARATORY,
    PRIORITY,
    SELF_HARM,
    THIRD_PARTY,
    Rule,
    normalise,
    rule,
    words,
)

__all__ = [
    "ACTIVE",
    "ACUTE",
    "CATEGORIES",
    "DANGER",
    "EXTRA",
    "HOPELESS",
    "LANGUAGES",
    "MAX_SCAN",
    "PASSIVE",
    "PLAN",
    "PREPARATORY",
    "REPLIES",
    "SELF_HARM",
    "THIRD_PARTY",
    "Finding",
    "crisis_in",
    "crisis_kind",
    "detect",
    "normalise",
]

SELF_HARM_CATEGORY = SELF_HARM  # self-harm, past or present ("self-harm")
CATEGORIES = (
    PASSIVE,
    ACTIVE,
    PLAN,
    PREPARATORY,
    ACUTE,
    SELF_HARM,
    HOPELESS,
    DANGER,
    THIRD_PARTY,
    EXTRA,
)

_MODULES = {"en": crisis_en, "de": crisis_de, "es": crisis_es}
RULES: dict[str, tuple[Rule, ...]] = {
    lang: module.RULES + crisis_families.BY_LANGUAGE[lang] for lang, module in _MODULES.items()
}
LANGUAGES = frozenset(RULES)
_RANK = {category: rank for rank, category in enumerate(PRIORITY)}

# What the sender of a message with crisis language got, as stored in `crisis_events.reply`
# and told to the therapist: an emergency reply with call times, one without (a stranger),
# or nothing and why.
REPLY_WITH_TIMES = "with-times"
REPLY_WITHOUT_TIMES = "without-times"
NO_REPLY_HOURLY_LIMIT = "none:hourly-limit"
NO_REPLY_MACHINE = "none:machine-mail"
NO_REPLY_CALENDAR = "none:calendar-reply"
NO_REPLY_DRY_RUN = "none:dry-run"  # it waits in Drafts
NO_REPLY_DAILY_LIMIT = "none:daily-limit"  # a stranger already had one today
NO_REPLY_OTHER = "none:other"
REPLIES = (
    REPLY_WITH_TIMES,
    REPLY_WITHOUT_TIMES,
    NO_REPLY_HOURLY_LIMIT,
    NO_REPLY_MACHINE,
    NO_REPLY_CALENDAR,
    NO_REPLY_DRY_RUN,
    NO_REPLY_DAILY_LIMIT,
    NO_REPLY_OTHER,
)


@dataclass(frozen=True)
class Finding:
    category: str  # one of CATEGORIES
    language: str | None  # the built-in language whose rules matched; None for extra words


def _extra_rules(words_: Iterable[str]) -> list[Rule]:
    rules = []
    for word in words_:
        parts = normalise(word).split()
        if parts:
            rules.append(rule(EXTRA, " ".join(re.escape(p) for p in parts)))
    return rules


def _looks_like(text: str, candidates: Collection[str]) -> str:
    """Of the languages whose rules matched, the one the text is written in, judged by its
    commonest little words; a mail in Spanish that says "suicidio" also matches the English
    rules, and its sender should be answered in Spanish."""
    counts = Counter(words(text))
    order = [lang for lang in ("en", "de", "es") if lang in candidates]
    return max(order, key=lambda lang: sum(counts[w] for w in _MODULES[lang].STOPWORDS))


def _by_rules(haystack: str) -> Finding | None:
    haystack = crisis_families.IDIOMS.sub(" . ", haystack)
    best: dict[str, int] = {}  # language -> rank of its most urgent match
    for language, rules in RULES.items():
        for found in rules:
            rank = _RANK[found.category]
            if rank < best.get(language, len(PRIORITY)) and found.found(haystack):
                best[language] = rank
    if not best:
        return None
    return Finding(PRIORITY[min(best.values())], _looks_like(haystack, best))


def by_rules(text: str) -> Finding | None:
    """What the hand-written rules alone find in `text` (the model not asked)."""
    return _by_rules(normalise(text))


def detect(
    text: str,
    extra_words: Collection[str] = (),
    *,
    model: crisis_model.Model | None = None,
    by_a_person: bool = True,
) -> Finding | None:
    """Crisis language in `text`, checked in every built-in language whatever the practice
    speaks, then in the therapist's extra words, then by the small model
    (`crisis_model`). The most urgent category found names it. The model was fitted on mail
    people write; on machine mail (`by_a_person=False`: bounces, challenge-response and
    auto-replies) only the rules speak, since a bounce's wording is nothing it has seen."""
    haystack = normalise(text)
    if not haystack:
        return None
    finding = _by_rules(haystack)
    if finding is not None:
        return finding
    for found in _extra_rules(extra_words):
        if found.found(haystack):
            return Finding(EXTRA, None)
    if not by_a_person:
        return None
    # No rule matched: the small model trained on the corpus may still see a crisis in words
    # the rules do not know. It can only add an alert.
    guess = crisis_model.classify(text, model)
    if guess is not None:
        return Finding(guess, _looks_like(haystack, LANGUAGES))
    return None


def crisis_kind(
    text: str,
    extra_words: Collection[str] = (),
    languages: Collection[str] = (),
) -> str | None:
    """The category `detect` finds, or None. `languages` is ignored: every built-in language
    is always checked (kept for callers written before that)."""
    finding = detect(text, extra_words)
    return finding.category if finding else None


def crisis_in(
    text: str,
    extra_words: Collection[str] = (),
    languages: Collection[str] = (),
) -> bool:
    """Whether the client's new words contain crisis language (see the module docstring)."""
    return detect(text, extra_words) is not None
