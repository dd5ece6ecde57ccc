"""The text request intent (`intent`) reads: a client's words in the one form every rule is
written for (`normalise`), cut into sentences, each marked as a question or not (`sentences`).
Pure; linear time on any input: the text is cut to MAX_SCAN and MAX_SENTENCES sentences of at
most MAX_SENTENCE characters.
"""

from __future__ import annotations

import re
import unicodedata

MAX_SCAN = 8_000  # the ask sits near the top; a long text adds only noise
MAX_SENTENCE = 400
MAX_SENTENCES = 80

_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼʹ`´′＇", "'"))
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
# "¿" opens a question mid-line: "Lo que quería decirte: ¿podrías llamarme?".
_SENTENCE_END = re.compile(r"[.!?;…]+|\n\s*\n|(?<=[^¿\s])\s*(?=¿)")
# "am 9. auf den 11." is a date, not two sentences: a short number's dot before lower case.
_ORDINAL = re.compile(r"(?<!\d)(\d{1,2})\.(?=\s?[a-zäöüß0-9])")
_NOT_WORD = re.compile(r"[^a-z0-9' ?¿-]")
# German typed without umlauts ("Konnten Sie mich zuruckrufen?", "Ruckruf fur mich ware gut"):
# the stems the rules name, spelled as the rules spell them. Only stems no other word shares
# ("wurde", "hatte", "konnte" are real past tenses, and the rules accept them as they are).
_PLAIN_UMLAUT = re.compile(
    r"(?<![a-z])(?:(zuruck|ruckruf|gesprach|moglich|nachst|mundlich|anhor|zuhor)([a-z]*)"
    r"|(fur|uber|daruber|ware|wars|mochte|hore|horen|funf|uben|ube|hatte gern|hatte gerne"
    r"|hatt gern))(?![a-z])"
)
_UMLAUT_STEMS = {
    "zuruck": "zurueck",
    "ruckruf": "rueckruf",
    "gesprach": "gespraech",
    "moglich": "moeglich",
    "nachst": "naechst",
    "mundlich": "muendlich",
    "anhor": "anhoer",
    "zuhor": "zuhoer",
    "fur": "fuer",
    "uber": "ueber",
    "ware": "waere",
    "wars": "waers",
    "mochte": "moechte",
    "hore": "hoere",
    "horen": "hoeren",
    "funf": "fuenf",
    "daruber": "darueber",
    "uben": "ueben",
    "ube": "uebe",
    "hatte gern": "haette gern",
    "hatte gerne": "haette gerne",
    "hatt gern": "haett gern",
}


def _umlauts_spelled_out(match: re.Match[str]) -> str:
    stem, rest, word = match.groups()
    return _UMLAUT_STEMS[stem] + rest if stem else _UMLAUT_STEMS[word]


# A question without its mark, as phones and hurried writers leave it: "können wir nicht kurz
# telefonieren", "r u free later". Only openers that statements do not start with.
_ASKS_FIRST = re.compile(
    r"^(?:(?:hey|hi|hallo|hola|oye|che|so|ok|okay|und|y|also|sorry|perdon|pls|please|bitte)"
    r" )?(?:can|could|would|wouldn'?t|will|shall|are|r|any chance|is there|do you|reckon|why"
    r"|warum|wieso|lae?sst sich|ist (?:ein|eine|es)|(?:sprechen|telefonieren|reden) wir"
    r"|koe?nnen|koe?nnten"
    r"|kannst|koe?nntest|hast du|haste|haben sie|hae?tten|hae?ttest|wae?re|ginge|darf ich"
    r"|due?rfte|magst|wann|wollen wir|sollen wir|sind sie|bist du|podemos|podriamos|podrias"
    r"|podria|puedes|puede|tienes|tiene|tendrias|tendria|habria|estas|cuando)(?!\w)"
)
# "¿No podemos hablar?" asks as much as "¿Podemos hablar?"; "¿no hace falta...?" does not.
_RHETORICAL_ES = re.compile(r"¿\s*no (?!hace falta|es necesario)")


def normalise(text: str) -> str:
    """The form every rule is written for: casefolded, umlauts spelled out ("koennen"), other
    accents dropped ("llamame", "telefono"), punctuation kept only where it ends a sentence."""
    text = _ORDINAL.sub(r"\1", unicodedata.normalize("NFKC", text[:MAX_SCAN]))
    text = text.casefold().translate(_APOSTROPHES)
    text = unicodedata.normalize("NFD", text.translate(_UMLAUTS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _PLAIN_UMLAUT.sub(_umlauts_spelled_out, text)


def sentences(text: str) -> list[tuple[str, bool]]:
    """(words, is a question) for each sentence; a line break alone does not end one, since
    mail clients wrap lines mid-sentence."""
    out: list[tuple[str, bool]] = []
    start = 0
    for end in [*_SENTENCE_END.finditer(text), None]:
        stop = end.start() if end else len(text)
        raw = _RHETORICAL_ES.sub("¿", text[start:stop])
        question = "¿" in raw or (end is not None and "?" in end.group())
        words = " ".join(_NOT_WORD.sub(" ", raw).replace("¿", " ").replace("?", " ").split())
        if words:
            question = question or bool(_ASKS_FIRST.match(words))
            out.append((words[:MAX_SENTENCE], question))
        if end is None or len(out) >= MAX_SENTENCES:
            break
        start = end.end()
    return out
