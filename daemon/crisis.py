"""Does a client's new text speak of a crisis? Pure: text in, a category (never the text) out.

Recall comes first: a missed crisis is far worse than an extra safety paragraph. So:
- Negations still count. "I'm not suicidal" or "ich will mich nicht umbringen" is something a
  therapist wants to know about, and telling denial from reassurance is not a regex's job.
- Reported speech still counts ("my friend said she wanted to end it all").
- Only idioms we can tell cheaply from the words right around a phrase are let through
  ("this deadline is killing me", "I can't go on Tuesday", "die Hitze bringt mich um").

Pass the client's unquoted new words (`intake.Message.text`): a crisis quoted back from an
earlier mail is not a new one. Text is NFKC-normalised and casefolded; curly apostrophes,
"can't"/"cant"/"cannot", "ä"/"ae" and "ß"/"ss" are all the same here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass

# Categories a caller may log; the matched words themselves never leave this module.
SUICIDE = "suicide"
SELF_HARM = "self-harm"
OVERDOSE = "overdose"
HOPELESSNESS = "hopelessness"
SAFETY = "safety"
EXTRA = "extra"

MAX_SCAN = 100_000  # a client's new words are short; a huge text costs no more than this

_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼʹ`´′＇", "'"))
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def normalise(text: str) -> str:
    """The form every rule is written for: NFKC, casefolded, umlauts spelled out, one space."""
    text = unicodedata.normalize("NFKC", text[:MAX_SCAN]).casefold()
    text = _INVISIBLE.sub("", text.translate(_APOSTROPHES)).translate(_FOLD)
    return " ".join(text.split())


@dataclass(frozen=True)
class _Rule:
    category: str
    pattern: re.Pattern[str]
    # Idioms: the match is let through when the words right after / right before it fit these.
    unless_after: re.Pattern[str] | None = None
    unless_before: re.Pattern[str] | None = None

    def found(self, text: str) -> bool:
        for match in self.pattern.finditer(text):
            after = text[match.end() :]
            if self.unless_after is not None and self.unless_after.match(after):
                continue
            before = text[max(0, match.start() - 60) : match.start()]
            if self.unless_before is not None and self.unless_before.search(before):
                continue
            return True
        return False


def _rule(category: str, body: str, after: str = "", before: str = "") -> _Rule:
    return _Rule(
        category,
        re.compile(rf"(?<!\w)(?:{body})(?!\w)"),
        re.compile(after) if after else None,
        re.compile(rf"(?<!\w)(?:{before})") if before else None,
    )


# --- English -------------------------------------------------------------------------------

_CANT = r"(?:can'?t|cannot|can not)"
_DONT = r"(?:don'?t|do not|no longer|never)"
_SELF = r"(?:my ?self|him ?self|her ?self|them ?selves|them ?self|your ?self|meself)"
_WANT = r"(?:want(?:s|ed|ing)?|wanna|wish(?:ed)?|would like|i'?d like|ready|deserve)"
_WEEKDAYS_EN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_SPORT = (
    r" (?:(?:while|when|by|from) )?(?:skiing|playing|running|jogging|cycling|climbing|lifting"
    r"|training|exercising|working out|cooking|shaving|gardening|falling|slipping|at the gym"
    r"|in the gym|on the (?:stove|oven|stairs|ice|pan|iron))(?!\w)"
)
_TREATS = (
    r" on (?:coffee|caffeine|sugar|chocolate|candy|sweets|netflix|tv|cake|cookies|pizza|carbs"
    r"|christmas|news|social media)(?!\w)"
)

_EN = (
    _rule(SUICIDE, r"suicid\w*|unalive\w*"),
    _rule(SUICIDE, rf"kill(?:s|ed|ing|in)? {_SELF}"),
    _rule(SUICIDE, r"end(?:s|ed|ing)? (?:my|his|her|their|our) (?:own )?li(?:fe|ves)"),
    _rule(SUICIDE, r"end(?:s|ed|ing)? it all"),
    _rule(
        SUICIDE,
        r"(?:want(?:s|ed)?|wanna|going|gonna|plan(?:ning)?|think(?:ing)? (?:about|of)"
        r"|thought (?:about|of)|ready|decided|try(?:ing)?|tried|feel like) (?:to )?(?:just )?"
        r"end(?:ing)? (?:it|things|everything)",
        after=r" (?:with|at|on|early|by|before|after|for|soon)(?!\w)",
    ),
    _rule(SUICIDE, r"(?:take|taking|took|taken) (?:my|his|her|their) (?:own )?li(?:fe|ves)"),
    _rule(
        SUICIDE,
        rf"{_WANT}(?: to)?(?: just| simply| really| actually)? die",
        after=r" (?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe)|(?: my| her)? hair",
    ),
    _rule(SUICIDE, r"(?:wish(?:ed)?|wishing) (?:that )?i (?:was|were|could be) dead"),
    _rule(SUICIDE, r"(?:wish(?:ed)?|wishing) (?:that )?i(?:'d| had| was| were)? never been born"),
    _rule(SUICIDE, r"(?:better|rather be) (?:off )?dead"),
    _rule(SUICIDE, r"better off (?:without me|if i (?:was|were)(?:n'?t| not) (?:here|around))"),
    _rule(SUICIDE, rf"hang(?:s|ed|ing)? {_SELF}"),
    _rule(SUICIDE, r"(?:slit|slitting|cut|cutting) (?:my|his|her) wrists?"),
    _rule(
        SUICIDE,
        r"(?:jump|jumping|jumped) (?:off|from) (?:a |the |my )?(?:bridge|building|roof|balcony"
        r"|cliff)|in front of (?:a |the )?(?:train|bus|truck|lorry|car)",
    ),
    _rule(HOPELESSNESS, r"(?:no|any) (?:reason|point) (?:to|in|of) (?:live|living|go(?:ing)? on)"),
    _rule(HOPELESSNESS, r"nothing (?:left )?to live for|(?:lost|losing) the will to live"),
    _rule(
        HOPELESSNESS,
        rf"{_DONT} (?:want|wanna)(?: to)? (?:live|be alive|exist|wake up|be here any ?more|go on)",
        after=r" (?:in|at|near|there|abroad|together)(?!\w)",
    ),
    _rule(
        HOPELESSNESS,
        rf"{_CANT} go on",
        after=rf" (?:on |the |a |an |my |our |holiday|vacation|leave|trip|tours?|tomorrow|today"
        rf"|tonight|next|until|till|at |before|after|that (?:date|day|trip)|this (?:date|day"
        rf"|trip|week|weekend|holiday|retreat|course)|{_WEEKDAYS_EN}(?!\w)|\d)",
    ),
    _rule(
        HOPELESSNESS,
        rf"{_CANT} (?:take|do|handle|bear|stand) (?:it|this|life|the pain)(?: \w+)? any ?more",
    ),
    _rule(HOPELESSNESS, r"want (?:it all|everything) to (?:stop|end)|done with (?:life|living)"),
    _rule(HOPELESSNESS, r"(?:go|going) on (?:like this|living)|(?:think|sure|know if) i can go on"),
    _rule(HOPELESSNESS, rf"{_CANT} keep (?:going|living|doing this)"),
    _rule(SELF_HARM, r"self[- ]?(?:harm|injur|mutilat)\w*|cutting again"),
    _rule(
        SELF_HARM,
        rf"(?:hurt|hurts|hurting|harm|harms|harmed|harming|injure|injured|injuring|cut|cuts"
        rf"|cutting|burn|burns|burned|burnt|burning|starve|starving|punish|punishing) {_SELF}",
        after=_SPORT,
    ),
    _rule(SELF_HARM, rf"(?:do|doing|did|done) something (?:stupid |bad )?to {_SELF}"),
    _rule(OVERDOSE, r"overdos\w*|od'?d", after=_TREATS),
    _rule(
        OVERDOSE,
        r"(?:take|taking|took|taken|swallow|swallowing|swallowed) (?:all|a bunch of|a handful of"
        r"|too many|the whole (?:box|bottle|pack|packet) of)(?: of)?(?: my| the| his| her)?"
        r"(?: sleeping)? (?:pills|tablets|meds|medication|painkillers|antidepressants)",
    ),
    _rule(
        OVERDOSE,
        r"(?:stockpil\w*|sav(?:e|ed|ing) up|hoard\w*) (?:my |the )?"
        r"(?:pills|tablets|meds|medication)|(?:pills|tablets|meds) (?:saved|stashed|hoarded)",
    ),
    _rule(
        SAFETY,
        r"(?:not|don'?t|do not|doesn'?t|isn'?t|no longer|never) (?:feel(?:ing)? |be(?:ing)? )?safe",
        after=r" (?:to (?:say|assume|bet|drive|travel|fly|eat|drink|use|walk|swim|go out)"
        r"|for work|enough for)(?!\w)",
    ),
    _rule(SAFETY, r"(?:feel(?:ing)?|i'?m|i am|im) unsafe"),
    _rule(SAFETY, r"(?:i'?m|i am|im)(?: \w+){0,2} in danger", after=r" of(?!\w)"),
)

# --- German (written for the normalised form: "ae" for "ä", "ss" for "ß") -----------------

_DAYS_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?"
_GIVE_UP = (
    r"(?:kann|will|mag|schaffe?|halte?)(?: (?:es|das|alles|einfach|echt|wirklich|so|halt|eben"
    r"|langsam|bald|auch|jetzt|gerade|leider|ja|irgendwie|nur))* nicht mehr"
)
_DE = (
    _rule(SUICIDE, r"suizid\w*|selbstmord\w*|freitod\w*|todessehnsucht"),
    _rule(
        SUICIDE,
        r"(?:mich|sich|mir|dich)(?: \w+){0,3} (?:selbst |selber )?(?:umbringen|umzubringen"
        r"|umgebracht|toeten|zu toeten|erhaengen|zu erhaengen|aufhaengen|aufzuhaengen)",
    ),
    _rule(SUICIDE, r"bringe? (?:mich|mir)(?: \w+){0,3}? um", after=r" ?\d"),
    _rule(
        SUICIDE,
        r"umbringen|umzubringen",
        before=r"(?:ihn|sie|dich|euch|ihm|jemanden|den|die|das|es|einen|chef)(?: \w+){0,2} $",
    ),
    _rule(SUICIDE, r"(?:etwas|was|irgendwas|irgendetwas)(?: \w+)? an(?:zu)?tu(?:n|e|st)"),
    _rule(SUICIDE, r"(?:mir|sich|mein|meinem) (?:das )?leben (?:zu )?(?:nehmen|beenden)"),
    _rule(SUICIDE, r"leben (?:zu )?beenden"),
    _rule(
        SUICIDE,
        r"(?:will|moechte?|mag|wuerde (?:gern|lieber)|wuensch\w*)(?: \w+){0,2} sterben",
    ),
    _rule(SUICIDE, r"(?:lieber|besser) tot|wuensch\w*,?(?: \w+){0,3} tot(?: sein| waere)?"),
    _rule(SUICIDE, r"abschiedsbrief\w*"),
    _rule(
        SUICIDE,
        r"(?:bruecke|dach|hochhaus|balkon)(?: \w+){0,2} (?:zu )?(?:springen|gesprungen)"
        r"|vor (?:den|einen) zug",
    ),
    _rule(
        HOPELESSNESS,
        r"(?:nicht|nie|niemals) (?:mehr |laenger )?(?:leben|weiterleben|aufwachen|existieren)"
        r"|nicht mehr (?:da|hier) sein",
    ),
    _rule(
        HOPELESSNESS,
        _GIVE_UP,
        after=rf" (?:am|um|an|zum|zur|bis|vor|nach|ab|als|heute|morgen|uebermorgen|diese[nmrs]?"
        rf"|naechste[nmrs]?|kommen|teilnehmen|dabei|mitmachen|absagen|verschieben|rechtzeitig"
        rf"|puenktlich|erscheinen|anrufen|zahlen|bezahlen|warten|laenger|so (?:viel|lange|oft)"
        rf"|{_DAYS_DE}|\d)(?!\w)",
    ),
    _rule(HOPELESSNESS, r"nicht mehr aus(?:halten|zuhalten)|lebensmuede\w*"),
    _rule(
        HOPELESSNESS,
        r"kein(?:en)? ausweg|leben (?:hat|macht)(?: \w+)? keinen sinn"
        r"|(?:alles|es) (?:hat|macht)(?: \w+)? keinen sinn mehr",
    ),
    _rule(
        SELF_HARM,
        r"selbstverletz\w*|svv"
        r"|(?:mich|mir|sich) (?:selbst|selber) (?:zu )?(?:verletzen|verletze|verletzt|weh ?tun"
        r"|weh zu tun|wehzutun|schaden|schneiden)"
        r"|verletze (?:mich|mir) (?:selbst|selber)|tu(?:e|t)? (?:mir|mich) (?:selbst |selber )?weh",
    ),
    # "Ritze" is also a crack in the floor; "eine/die/der Ritze" is let through.
    _rule(SELF_HARM, r"(?:ge)?ritz(?:e|en|t|te|ten|st)?", before=r"(?:eine|die|der|den) $"),
    _rule(OVERDOSE, r"ueberdos\w*"),
    _rule(
        OVERDOSE,
        r"(?:zu viele|alle|die ganze packung|eine ganze packung)(?: meine[nr]?| die| der)?"
        r"(?: \w+)? (?:tabletten|pillen|medikamente)(?: \w+){0,2} (?:geschluckt|schlucken"
        r"|zu schlucken)"
        r"|zu viele(?: \w+)? (?:tabletten|pillen|medikamente)(?: \w+){0,2} (?:genommen|nehmen"
        r"|eingenommen)",
    ),
    _rule(
        SAFETY,
        r"fuehle? mich(?: \w+){0,3} nicht (?:mehr )?sicher"
        r"|bin (?:zu hause|zuhause|daheim|hier|bei ihm) nicht (?:mehr )?sicher"
        r"|nicht sicher vor (?:mir|ihm|ihr)"
        r"|(?:bin|sind|fuehle mich)(?: \w+){0,2} in gefahr",
    ),
)

RULES: dict[str, tuple[_Rule, ...]] = {"en": _EN, "de": _DE}
LANGUAGES = frozenset(RULES)


def _extra_rules(words: Iterable[str]) -> list[_Rule]:
    rules = []
    for word in words:
        parts = normalise(word).split()
        if parts:
            rules.append(_rule(EXTRA, " ".join(re.escape(p) for p in parts)))
    return rules


def crisis_kind(
    text: str,
    extra_words: Collection[str] = (),
    languages: Collection[str] = ("en", "de"),
) -> str | None:
    """The category of the first crisis phrase in `text`, or None.

    `extra_words` (`safety.extra_crisis_words`) match as whole words or phrases, after the same
    normalisation. A language without built-in phrases adds nothing: `LANGUAGES` says which
    exist, so the config check can insist on extra words for any other template language.
    """
    haystack = normalise(text)
    if not haystack:
        return None
    wanted = {lang.split("-")[0].split("_")[0].lower() for lang in languages}
    rules = [r for lang in sorted(wanted & LANGUAGES) for r in RULES[lang]]
    for rule in [*rules, *_extra_rules(extra_words)]:
        if rule.found(haystack):
            return rule.category
    return None


def crisis_in(
    text: str,
    extra_words: Collection[str] = (),
    languages: Collection[str] = ("en", "de"),
) -> bool:
    """Whether the client's new words contain crisis language (see the module docstring)."""
    return crisis_kind(text, extra_words, languages) is not None


# --- the interface the rest of the daemon uses ----------------------------------------------
# Risk categories clinicians screen for (C-SSRS and safeguarding practice). Callers may log,
# store and show these names; the words that matched never leave this module.
PASSIVE = "passive"  # wish to be dead, passive ideation
ACTIVE = "active"  # active suicidal thoughts
PLAN = "plan"  # method, plan, intent or timing
PREPARATORY = "preparatory"  # preparatory acts and farewells
ACUTE = "acute"  # a dangerous place now, something already taken or done
SELF_HARM_CATEGORY = SELF_HARM  # self-harm, past or present ("self-harm")
HOPELESS = "hopeless"  # hopelessness, feeling a burden
DANGER = "danger"  # danger from others: violence, threats, not safe at home
THIRD_PARTY = "third-party"  # someone else at risk
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
_LEGACY = {SUICIDE: ACTIVE, OVERDOSE: ACUTE, HOPELESSNESS: HOPELESS, SAFETY: DANGER}


@dataclass(frozen=True)
class Finding:
    category: str  # one of CATEGORIES
    language: str | None  # the built-in language whose rules matched; None for extra words


def detect(text: str, extra_words: Collection[str] = ()) -> Finding | None:
    """Crisis language in `text`, checked in every built-in language whatever the practice
    speaks, then in the therapist's extra words."""
    haystack = normalise(text)
    if not haystack:
        return None
    for language in sorted(LANGUAGES):
        for rule in RULES[language]:
            if rule.found(haystack):
                return Finding(_LEGACY.get(rule.category, rule.category), language)
    for rule in _extra_rules(extra_words):
        if rule.found(haystack):
            return Finding(EXTRA, None)
    return None
