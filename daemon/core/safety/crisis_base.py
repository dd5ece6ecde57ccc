"""What the crisis rules of every language are built from (pure): categories, the normal form
of a text, and a rule that knows the idioms it must let through.

Every pattern is a flat alternation of words with bounded gaps (`(?: \\w+){0,3}`), never a
nested unbounded quantifier, so a hostile 100 KB mail costs time in proportion to its length.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Risk categories clinicians screen for (C-SSRS and safeguarding practice). Callers may log,
# store and show these names; the words that matched never leave the crisis modules.
PASSIVE = "passive"  # wish to be dead, passive ideation
ACTIVE = "active"  # active suicidal thoughts
PLAN = "plan"  # method, plan, intent or timing
PREPARATORY = "preparatory"  # preparatory acts and farewells
ACUTE = "acute"  # a dangerous place now, something already taken or done
SELF_HARM = "self-harm"  # self-harm, past or present
HOPELESS = "hopeless"  # hopelessness, feeling a burden
DANGER = "danger"  # danger from others: violence, threats, not safe at home
THIRD_PARTY = "third-party"  # someone else at risk
EXTRA = "extra"  # one of the therapist's own words (`safety.extra_crisis_words`)

# When one mail says several things, the most urgent names it.
PRIORITY = (THIRD_PARTY, ACUTE, PLAN, PREPARATORY, DANGER, ACTIVE, SELF_HARM, PASSIVE, HOPELESS)

# Talk about the topic in any language (a study, a book, a course), and compounds like
# "suicide prevention": shared, because a Spanish "prevención del suicidio" also meets the
# English and German rules for "suicid".
ABOUT = (
    r"(?:(?:study|studies|book|novel|film|movie|documentary|podcast|article|course|training"
    r"|dissertation|thesis|essay|lecture|seminar|workshop|series|episode|module|webinar"
    r"|conference|prevention|awareness|studie|buch|roman|serie|tatort|doku\w*|artikel"
    r"|fortbildung|schulung|vortrag|beitrag|sendung|bericht|reportage|kurs|masterarbeit"
    r"|bachelorarbeit|hausarbeit|praevention|estudio|libro|novela|pelicula|documental|articulo"
    r"|curso|taller|charla|tesis|prevencion|programa|reportaje|radio)"
    r"(?: \w+){0,2} (?:about|on|into|of|with|ueber|zu|zur|zum|von|mit|sobre|del|de|acerca de)"
    r"(?: the| a| das| den| die| dem| der| el| la| los| las)? |zum thema )"
)
TOPIC_AFTER = (
    r" (?:prevention|awareness|research|statistics|rates?|training|first aid|praevention"
    r"|vorbeugung|forschung|statistik|prevencion|investigacion|estadisticas?|scenes?"
    r"|storyline|plot|szene|escena)(?!\w)|(?: \w+){0,4} for (?:my|a|the|our) (?:\w+ )?(?:degree"
    r"|course"
    r"|class|job|work|essay|thesis|dissertation|exam|module|training|uni|university|school"
    r"|studies|placement)(?!\w)"
)

MAX_SCAN = 100_000  # a client's new words are short; a huge text costs no more than this

_APOSTROPHES = re.compile("['’‘ʼʹ`´′＇]")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_JOINERS = re.compile(r"(?<=\w)[-/_](?=\w)")
_PUNCTUATION = re.compile(r"[^\w\s]+")


def normalise(text: str) -> str:
    """The form every rule is written for.

    NFKC and casefolded; apostrophes dropped ("can't" is "cant", "I'm" is "im"); umlauts spelled
    out ("ä" is "ae", "ß" is "ss"); other accents dropped ("está" is "esta", "niño" is "nino");
    hyphens between words are spaces; any other run of punctuation is one " . ", so a gap of a
    few words never reaches across a sentence; one space between words.
    """
    text = unicodedata.normalize("NFKC", text[:MAX_SCAN]).casefold()
    text = _APOSTROPHES.sub("", _INVISIBLE.sub("", text)).translate(_FOLD)
    text = unicodedata.normalize("NFD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _PUNCTUATION.sub(" . ", _JOINERS.sub(" ", text))
    return " ".join(text.split())


@dataclass(frozen=True)
class Rule:
    category: str
    pattern: re.Pattern[str]
    # Idioms: a match is let through when the words right after / right before it fit these.
    unless_after: re.Pattern[str] | None = None
    unless_before: re.Pattern[str] | None = None

    def found(self, text: str) -> bool:
        for match in self.pattern.finditer(text):
            if self.unless_after is not None and self.unless_after.match(text, match.end()):
                continue
            if self.unless_before is not None and self.unless_before.search(
                text, max(0, match.start() - 80), match.start()
            ):
                continue
            return True
        return False


def rule(category: str, body: str, after: str = "", before: str = "") -> Rule:
    """`body` matches whole words; `after` must match right after it (it starts with its own
    space), `before` must end right before it (it ends with a space) for the match to be
    let through."""
    return Rule(
        category,
        re.compile(rf"(?<!\w)(?:{body})(?!\w)"),
        re.compile(rf"(?:{after})") if after else None,
        re.compile(rf"(?<!\w)(?:{before})$") if before else None,
    )


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)
