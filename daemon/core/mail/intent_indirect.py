"""Asks that request intent (`intent`) reads without a frame before a talk word: a few
minutes asked for ("do you have five minutes for me"), a wish told as the relief a talk would
bring ("I'd sleep better if I heard from you"), an ask on someone's behalf ("she'd like you to
call her"), and an offer recalled whose time has come ("You said I could call if it got bad. It
has."). Pure patterns in the normalised form of `intent_text.normalise`; no quantifier nests
an unbounded one, and every gap is bounded, so each search is linear.
"""

from __future__ import annotations

import re

from daemon.core.mail import intent_words as lexicon

_TALK = lexicon.TALK
_TALK_RE = re.compile(_TALK)

# Asking for a few minutes is asking to talk, even without a talk word: "do you have five
# minutes for me", "hätten Sie kurz Zeit für mich", "¿tienes un momento?".
_MINUTES = (
    r"(?<!\w)(?:an? (?:minute|moment|sec|second)|(?:a few|five|ten|two|a couple of|\d+)"
    r" (?:minutes|mins|min)|(?:minutes?|time|a moment) for me|(?:a little|a bit of) time"
    r"|a few mins|un (?:momento|momentito|minuto|minutito|ratito|rato|segundo)|unos minutos"
    r"|unos minutitos|un par de (?:minutos|minutitos)"
    r"|(?:dos|cinco|diez|\d+) minutos|einen (?:moment|augenblick)|(?:eine|ne) minute"
    r"|(?:ein paar|fuenf|zehn|zwei|\d+) minuten|kurz zeit|zeit fuer mich|a (?:minuterl|minutn"
    r"|minute|bissl zeit|bisserl zeit)|churz zyt|zyt fuer mich)(?!\w)"
)
# ... as a question ("do you have", "¿tienes"), or as a wish in any sentence ("can I borrow
# you for five minutes", "I could use five minutes", "ich bräuchte fünf Minuten").
_TIME_ASK = re.compile(
    r"(?<!\w)(?:do (?:you|u) have|have (?:you|u) got|got|would (?:you|u) have|hast"
    r"|(?:could|can) (?:you|u) spare|(?:are|r)"
    r" (?:you|u) free for|haben sie|hae?tten sie|hast du|hae?ttest du|haett'?st du|habt ihr"
    r"|tienes|tenes|tiene|tendrias|tendria|tendras|me regalas?|me regalaria|me das|me da"
    r"|kann ich|koennte ich|haste|hasste|hae?tten s'|haben s'|ham s'|hesch|haesch|hend sie"
    r"|haetted sie|me (?:puedes|podes|podrias|podria|puede) dar|me dedica|me dedicas"
    r"|me dedicarias|me dedicaria)(?!\w).{0,40}?" + _MINUTES
)
_TIME_WISH = re.compile(
    r"(?<!\w)(?:(?:can|could|may) i (?:have|get|steal|borrow|grab)|(?:could|can) (?:really )?use"
    r"|i need|brauche|brauch|brae?uchte|necesito|necesitaria|me vendrian? bien|(?:te|le) puedo"
    r" robar|puedo robarte|robarle)(?!\w).{0,40}?" + _MINUTES
)
_FOR_ME = re.compile(r"(?<!\w)(?:for me|4 me|fuer mich|fuer mi|para mi)(?!\w)")
# ... unless the minutes are for something else: "a moment to check the invoice?"
_OTHER_TASK = re.compile(
    r"(?<!\w)(?:invoice|receipt|form|rechnung|quittung|formular|bescheinigung|factura|recibo"
    r"|send|schicken|senden|mandar|enviar|e-?mail|mail|correo|look at|anschauen|revisar|check"
    # (Late, not later: "five minutes later?" asks for them later in the day.)
    r"|pruefen|session|termin|sitzung|sesion|cita|late(?!r)|later than|longer|laenger"
    r"|spaeter (?:kommen|anfangen|da)|verspaet|(?<!mas )(?<!por la )tarde|retraso)\w*"
)
# "You said I could call if it got bad. It has.": an offer recalled, then a short sentence
# saying its time has come ("Se puso difícil", "Heute ist so ein Tag"), not a thanks for it.
_OFFER_RECALLED = re.compile(
    r"(?<!\w)(?:you said|you told me|you mentioned|you offered|dijiste|me dijiste|usted dijo"
    r"|me dijo|comentaste|mencionaste|ofreciste|me ofreciste|sie (?:hatten|haben) (?:mir )?"
    r"(?:gesagt|angeboten)|sie sagten|du hast (?:mir )?(?:gesagt|angeboten)|du sagtest"
    rf"|sie meinten|du meintest)(?!\w).{{0,100}}?{_TALK}"
)
_NOT_NOW = re.compile(
    r"(?<!\w)(?:thank\w*|danke|gracias|fine|okay|ok|gut|bien|better|besser|mejor|helped"
    r"|geholfen|ayudo|no|not|nicht|nie|never|nunca|kein\w*|nada|don'?t|doesn'?t|did|done|hice"
    r"|hecho|gemacht|erledigt)(?!\w)"
)
_TIME_HAS_COME = 8  # words: "Jetzt ist es so weit.", "Se puso difícil."
# The relief, in the conditional ("I'd feel calmer", "ich würde besser schlafen") ...
_RELIEF = re.compile(
    r"(?<!\w)(?:(?:i'?d|i would|it'?d|it would)(?: [a-z]+)?(?: [a-z]+)?(?: [a-z]+)? (?:better"
    r"|calmer|easier|safer|lighter|steadier|reassured|relieved|less alone|less anxious|help"
    r"|less scared)|(?:wuerde|wuerd|ginge|waere|haette)(?: [a-z]+)?(?: [a-z]+)?(?: [a-z]+)?"
    r" (?:besser|ruhiger|leichter|sicherer|entspannter|erleichtert|beruhigt|beruhigter)"
    r"|(?:dormiria|me sentiria|me quedaria|estaria|me iria|descansaria)(?: [a-z]+)?(?: [a-z]+)?"
    r" (?:mejor|tranquil[oa]|aliviad[oa]|en paz))(?!\w)"
)
# ... if we talked, or I heard from the therapist; not "if I talked to my sister" nor "if my
# sister called".
_IF_TALK = re.compile(
    r".{0,20}?(?<!\w)(?:if|once|wenn|falls|si)(?!\w)"
    # (the words between name no one else: "if my sister called" is her call)
    r"(?:(?! (?:my|his|her|their|the|mi|su|el|la|mein|meine|meinen|meiner|sein|seine|seinen"
    r"|seiner|der|die|das) )[a-z ']){0,50}? (?:hear|heard|hearing|talk"
    r"|talked|spoke|speak|called|rang|phoned|hoeren|hoere|hoerte|sprechen|spreche|sprechen"
    r"|reden|rede|telefonieren|telefoniere|telefonierte|telefoniert|gesprochen|hablar|hablo"
    r"|hablamos|hablaramos|hablasemos|hablara|llamas|llamaras|llamaste|llamaras|escuchara"
    r"|escuchar|oir|oyera|supiera de)(?!\w)"
    r"(?! (?:to|with|mit|con) (?:my|his|her|the|their|meine[mnrs]?|meiner|seine[mnrs]?|mi|mis"
    r"|el|la|los|las)(?!\w))"
)
# Asking on someone's behalf is asking: "she'd like you to call her", "could you do a video
# call with them". Read as if for the writer, since "call her" alone is a call to someone else.
_ON_BEHALF = re.compile(
    r"(?<!\w)(?<!did )(?<!have )(?<!had )(?<!when )((?:you|u)"
    r"(?: (?!(?:i|we|me|they)(?!\w))[a-z]+)?(?: (?!(?:i|we|me|they)(?!\w))[a-z]+)?"
    r" (?:call|ring|phone|telephone|(?:do|have|give) (?:a|an)(?: [a-z]+)?(?: [a-z]+)?"
    r" (?:call|ring|chat|word|videocall)))(?: with)? (?:him|her|them)(?!\w)"
    # (Not an errand: "could you call them and ask about the reimbursement".)
    r"(?! (?:and|to) (?:ask|tell|check|sort|explain|confirm|let|get|find|see)(?!\w)"
    r"| about (?:the|my|our|a|an|this|that)(?!\w))"
)
# "Call me or my husband", "mich oder meinen Mann anrufen": the writer is one of those asked for.
_ME_OR_MINE = re.compile(
    r"(?<!\w)(mich|me|mir) (?:oder|or|o|und|and|y) (?:meinen|meine|meiner|meinem|my|mi) [a-z]+"
    r"(?!\w)"
)
_TO_ME_OR_MINE = re.compile(r"(?<!\w)a mi (?:o|y) (?:a )?mi [a-z]+(?!\w)")


def as_the_writers(words: str) -> str:
    """`words` with a call asked for someone else, or for the writer and someone else, read as
    asked for the writer: "could you call her" as "could you call me"."""
    words = _ME_OR_MINE.sub(r"\1", _TO_ME_OR_MINE.sub("", words))
    return _ON_BEHALF.sub(r"\1 me", words)


def minutes_asked(words: str, question: bool) -> bool | None:
    """Whether the minutes `words` ask for are a talk; None when they ask for none."""
    time_ask = _TIME_ASK.search(words) if question or _FOR_ME.search(words) else None
    time_ask = time_ask or _TIME_WISH.search(words)
    if time_ask is None:
        return None
    # ("Got a sec to talk later?": the talk named first is what the minutes are for.)
    task = _OTHER_TASK.search(words, time_ask.end())
    return not task or bool(_TALK_RE.search(words, time_ask.end(), task.start()))


def time_has_come(words: str, previous: str) -> bool:
    """Whether `words` says the time has come for the call an offer recalled in `previous`
    (blanked of mere mentions) promised."""
    return (
        len(words.split()) <= _TIME_HAS_COME
        and _OFFER_RECALLED.search(previous) is not None
        and not _NOT_NOW.search(words)
    )


def relief_if_talk(words: str) -> bool:
    """A wish told as the relief a talk would bring: "I'd sleep better if I heard from you",
    "mir ginge es besser, wenn wir kurz sprechen könnten", "me sentiría más tranquila si
    hablamos hoy". Two searches, each with one bounded gap."""
    relief = _RELIEF.search(words)
    return relief is not None and _IF_TALK.search(words, relief.end()) is not None
