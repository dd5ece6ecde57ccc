"""Does a client's own text ask to talk? Pure: text in, yes or no out, in English, German and
Spanish at once (a client writes in their own language, whatever the practice's).

A request is a sentence whose words ask for a call, a chat, a word or a call back: a talk word
("call", "telefonieren", "llamada") after a request frame ("could we", "hätten Sie",
"¿podemos", "I'd like", "bitte"), or a short question about one ("Quick call?"). Before that,
what only mentions talking is blanked out of the sentence: negations ("no need to call"), other
people ("call the insurance", "mit meiner Mutter sprechen"), calls that already happened
("thanks for the call"), and talking in the session itself ("in der nächsten Stunde").

Linear time on any input: the text is cut to MAX_SCAN, split into sentences of at most
MAX_SENTENCE characters, and no pattern nests quantifiers (gaps are one bounded character
class). Pass the client's unquoted new words (`intake.Message.text`).
"""

from __future__ import annotations

import re
import unicodedata

MAX_SCAN = 8_000  # the ask sits near the top; a long text adds only noise
MAX_SENTENCE = 400
MAX_SENTENCES = 80

_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼʹ`´′＇", "'"))
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_SENTENCE_END = re.compile(r"[.!?;…]+|\n\s*\n")
_NOT_WORD = re.compile(r"[^a-z0-9' ?¿-]")


def normalise(text: str) -> str:
    """The form every rule is written for: casefolded, umlauts spelled out ("koennen"), other
    accents dropped ("llamame", "telefono"), punctuation kept only where it ends a sentence."""
    text = unicodedata.normalize("NFKC", text[:MAX_SCAN]).casefold().translate(_APOSTROPHES)
    text = unicodedata.normalize("NFD", text.translate(_UMLAUTS))
    return "".join(c for c in text if not unicodedata.combining(c))


def _sentences(text: str) -> list[tuple[str, bool]]:
    """(words, is a question) for each sentence; a line break alone does not end one, since
    mail clients wrap lines mid-sentence."""
    out: list[tuple[str, bool]] = []
    start = 0
    for end in [*_SENTENCE_END.finditer(text), None]:
        stop = end.start() if end else len(text)
        raw = text[start:stop]
        question = "¿" in raw or (end is not None and "?" in end.group())
        words = " ".join(_NOT_WORD.sub(" ", raw).replace("¿", " ").replace("?", " ").split())
        if words:
            out.append((words[:MAX_SENTENCE], question))
        if end is None or len(out) >= MAX_SENTENCES:
            break
        start = end.end()
    return out


def _any(*alternatives: str) -> str:
    return "|".join(alternatives)


# --- talk words ----------------------------------------------------------------------------

_TALK_EN = _any(
    r"talk",
    r"talking",
    r"speak",
    r"speaking",
    r"chat",
    r"call",
    r"calls",
    r"calling (?:me|you)",
    r"callback",
    r"call-back",
    r"phone (?:me|you|us)",
    r"phone call",
    r"phone conversation",
    r"(?:by|on the|over the|via) phone",
    r"to phone",
    r"ring (?:me|you)",
    r"a ring",
    r"ring back",
    r"(?:a|a quick|a brief|a short|a few) words?",
    r"conversation",
    r"catch up",
    r"catch-up",
    r"video call",
    r"videocall",
    r"zoom",
    r"facetime",
    r"skype",
    r"a bell",
    r"a buzz",
)
_TALK_DE = _any(
    r"telefonieren",
    r"telefonierten",
    r"zu telefonieren",
    r"anrufen",
    r"anzurufen",
    r"anrufe",
    r"zurueckrufen",
    r"zurueckzurufen",
    r"zurueckruft",
    r"rueckruf",
    r"rueckrufs",
    r"telefonat",
    r"telefonats",
    r"telefongespraech",
    r"telefontermin",
    r"anruf",
    r"anrufs",
    r"sprechen",
    r"reden",
    r"quatschen",
    r"plaudern",
    r"gespraech",
    r"gespraechs",
    r"telefonisch",
    r"am telefon",
    r"per telefon",
    r"videocall",
    r"videoanruf",
    r"per video",
    r"austauschen",
)
_TALK_ES = _any(
    r"hablar",
    r"hablarlo",
    r"hablemos",
    r"hablamos",
    r"hablar contigo",
    r"charlar",
    r"charla",
    r"conversar",
    r"conversacion",
    r"conversacion telefonica",
    r"llamar",
    r"llamarme",
    r"llamarte",
    r"llamarle",
    r"llamarla",
    r"llamarlo",
    r"llamame",
    r"llameme",
    r"llamenme",
    r"llamada",
    r"llamadita",
    r"videollamada",
    r"me llamas",
    r"me llama",
    r"me llames",
    r"me llame",
    r"me llamaras",
    r"me llamara",
    r"por telefono",
    r"telefonear",
    r"devolver la llamada",
    r"devolverme la llamada",
    r"me devuelves la llamada",
)
_TALK = rf"(?<![\w-])(?:{_TALK_EN}|{_TALK_DE}|{_TALK_ES})(?![\w-])"
_TALK_RE = re.compile(_TALK)

# --- request frames ------------------------------------------------------------------------

_FRAME_EN = _any(
    r"(?:can|could|may|might|would|shall|will) (?:we|i|you|u)",
    r"is there (?:any |a )?(?:chance|way|possibility|time|slot|opportunity)",
    r"any (?:chance|way|possibility)",
    r"(?:is it|would it be|be) possible",
    r"possibly",
    r"(?:do|would|will) you have",
    r"have you got",
    r"got (?:a|any) (?:minute|moment|time)",
    r"(?:are|would) you (?:be )?(?:free|around|available|able)",
    r"you free",
    r"i'?d (?:really )?(?:like|love|appreciate|be grateful)",
    r"i would (?:really )?(?:like|love|appreciate|be grateful)",
    r"would love",
    r"i (?:really )?(?:want|wanted|need|needed)",
    r"need to",
    r"need a",
    r"could use",
    r"(?:i was|i'm|i am) hoping",
    r"hoping",
    r"i hope (?:we|you)",
    r"i (?:wonder|wondered)",
    r"wondering",
    r"it'?d",
    r"it would",
    r"would (?:help|be)",
    r"i think (?:i|we) (?:need|should)",
    r"we should",
    r"let'?s",
    r"please",
    r"pls",
    r"plz",
    r"requesting",
    r"request",
    r"when (?:can|could|would|is|are|might|should|will)",
    r"what time",
    r"(?:is it|would it be) (?:ok|okay|alright|all right)",
    r"ok if",
    r"okay if",
    r"mind if",
    r"fit (?:me|one|a|in)",
    r"spare",
    r"arrange",
    r"set up",
    r"schedule",
    r"book",
    r"grateful for",
    r"appreciate a",
)
_FRAME_DE = _any(
    r"koe?nn(?:en|ten|te|test|tet)? (?:wir|sie|ich|du|man)",
    r"kann (?:ich|man)",
    r"kannst du",
    r"koe?nntest du",
    r"da?e?rf ich",
    r"due?rfte ich",
    r"(?:haben|hae?tten|hast|hae?ttest|habt) (?:sie|du|ihr)",
    r"(?:wae?re|ist) es (?:moe?glich|ok|okay|in ordnung)",
    r"moe?glich",
    r"(?:gibt es|besteht) (?:die |eine )?moe?glichkeit",
    r"moe?glichkeit",
    r"ich (?:wue?rde|moe?chte|will|wollte|haette|bra?e?uchte|brauche|brauch|muss|wue?nsche)",
    r"ich bitte",
    r"bitte",
    r"wann (?:koe?nn\w*|hae?tt\w*|hast|haben|passt|ginge|geht|wae?re)",
    r"lass uns",
    r"lassen sie uns",
    r"magst du",
    r"moe?gen sie",
    r"wue?rden sie",
    r"wue?rdest du",
    r"wae?ren sie",
    r"wae?rst du",
    r"wae?re",
    r"es wue?rde",
    r"wue?rde mir",
    r"ginge es",
    r"geht es",
    r"kurze frage",
)
_FRAME_ES = _any(
    r"podemos",
    r"podamos",
    r"podriamos",
    r"puedo",
    r"podria",
    r"podrias",
    r"puedes",
    r"puede",
    r"pueden",
    r"se podria",
    r"se puede",
    r"(?:es|seria|sera) posible",
    r"(?:hay|habria) (?:alguna )?(?:posibilidad|forma|manera)",
    r"tienes",
    r"tiene",
    r"tendrias",
    r"tendria",
    r"quisiera",
    r"queria",
    r"quiero",
    r"me gustaria",
    r"me encantaria",
    r"necesito",
    r"necesitaria",
    r"me vendria bien",
    r"me haria falta",
    r"me harias",
    r"ojala",
    r"tengo ganas de",
    r"cuando (?:podemos|podriamos|puedes|podrias|puede|tienes|tiene)",
    r"(?:te|le) (?:viene|vendria|va) bien",
    r"por favor",
    r"porfa",
    r"porfavor",
    r"solicito",
    r"pido",
    r"pedirte",
    r"pedirle",
)
_FRAME = rf"(?<![\w-])(?:{_FRAME_EN}|{_FRAME_DE}|{_FRAME_ES})(?![\w-])"

_GAP = 50
_RULES = (
    # A frame, then within a few words the talk word: "could we have a quick call".
    re.compile(rf"{_FRAME}.{{0,{_GAP}}}?{_TALK}"),
    # "Rückruf erbeten", "a call would help".
    re.compile(
        rf"{_TALK}.{{0,40}}?(?<!\w)(?:erbeten|gewue?nscht|would (?:help|be (?:great|good)))(?!\w)"
    ),
    # Imperatives: "call me back", "ruf mich bitte an", "llámame".
    re.compile(
        r"(?<!\w)(?:call|ring|phone) me(?: back| when| if| please| pls| today| tomorrow"
        r"| later| asap| at | on | this| whenever| as soon| soon| sometime| any| urgently"
        r"| briefly| quickly|$)"
        r"|(?<!\w)give me a (?:call|ring|bell|buzz)"
        r"|(?<!\w)ruf(?:e|en|t)? (?:sie )?(?:mich|uns)[a-z ]{0,30}? (?:an|zurueck)(?!\w)"
        r"|(?<!\w)(?:melde|melden sie|meld) (?:dich|sich)[a-z ]{0,20}? telefonisch(?!\w)"
        r"|(?<!\w)(?:llamame|llameme|llamenme)(?!\w)"
        r"|(?<!\w)haette[a-z ]{0,30}? gesprochen(?!\w)"
    ),
)
_QUESTION_RULES = (
    # "We could talk on Friday?"; the frame list has the questions' word order only.
    re.compile(rf"(?<!\w)(?:we|i|you) (?:could|can|might).{{0,{_GAP}}}?{_TALK}"),
    # The talk word, then how welcome it would be: "Wäre ein Telefonat möglich?"
    re.compile(
        rf"{_TALK}.{{0,40}}?(?<!\w)(?:possible|ok|okay|doable|an option|drin|moe?glich|machbar"
        r"|denkbar|in ordnung|posible)(?!\w)"
    ),
)
_SHORT_QUESTION = 7  # "Quick call?", "¿Hablamos?", "Telefonat diese Woche?"
_NOT_ASKING = re.compile(r"(?<!\w)(?:did|was|were|had|hast du|haben sie|hatten)(?!\w)")

# --- what only mentions talking ------------------------------------------------------------

_BLANK = re.compile(
    "|".join(
        (
            # Negations: "no need to call", "möchte nicht telefonieren", "no me llames".
            rf"(?<!\w)(?:no|not|don'?t|doesn'?t|won'?t|never|without|instead of|rather than"
            rf"|nicht|kein|keine|keinen|nie|ohne|statt|sin)(?!\w)[^,]{{0,25}}?{_TALK}",
            # Others: "call the insurance", "talk to my boss", "die Klinik anrufen".
            rf"{_TALK} (?:to |with |a |an )?(?:my|his|her|their|the|our|a|an|him|them|mum"
            r"|mom|dad|someone|somebody)(?!\w)(?! (?:mobile|cell|number|phone|landline))",
            r"(?<!\w)(?:mit|bei|in) (?:meine[mnrs]?|meiner|seine[mnrs]?|ihre[mnrs]|der|dem|den"
            r"|die|das|unserer) [a-z]{1,30}(?: [a-z]{1,30})? (?:an)?(?:anrufen|anzurufen"
            r"|telefonieren|telefoniert|sprechen|reden|gesprochen)(?!\w)",
            r"(?<!\w)(?:meine[mnrs]?|seine[mnrs]?|die|den|das) [a-z]{1,30} (?:anrufen|anzurufen)"
            r"(?!\w)",
            rf"{_TALK} (?:a|al|con|a la|a las|a los|a mi|a mis|con mi|con el|con la|con mis)"
            r"(?! (?:usted|ti|vos)\b)(?!\w)",
            # Calls that happened: "thanks for the call", "nach unserem Telefonat".
            rf"(?<!\w)(?:thanks?|thank you|danke|dank|gracias)(?!\w)[^,]{{0,30}}?{_TALK}",
            r"(?<!\w)(?:after|since|from|in|during|about|of|nach|seit|in|von|despues de|desde"
            r"|en) (?:our|the|your|last|yesterday'?s|that|unserem|unserer|dem|der|unseren|dem"
            r"|nuestra|la|tu|su)(?: last| recent| earlier| letzten| ultima)? (?:call|chat|talk"
            r"|conversation|phone call|telefonat|gespraech|anruf|llamada|charla|conversacion)"
            r"(?!\w)",
            r"(?<!\w)fuer (?:das|den|unser|unseren|ihr|ihren|dein|deinen)(?: [a-z]{1,20})?"
            r" (?:telefonat|gespraech|anruf)(?!\w)",
            # The link to a video session is no wish for a call.
            r"(?<!\w)(?:link|enlace|zugang)(?: [a-z]{1,10})? (?:video call|videollamada|videocall"
            r"|zur videositzung)(?!\w)",
            # Closings: "talk soon", "speak to you on Monday", "hablamos pronto".
            r"(?<!\w)(?:talk|speak|chat)(?: to you| with you)? (?:soon|later)(?!\w)"
            r"|(?<!\w)(?:talk|speak) (?:to|with) you (?:then|on|next|tomorrow)(?!\w)",
            r"(?<!\w)ruf\w* (?:sie )?(?:mich|uns) nicht[a-z ]{0,30}? an(?!\w)",
        )
    )
)
# Talking in the session itself is no call: "we can talk about it in session".
_IN_SESSION = re.compile(
    r"(?<!\w)(?:in|at|during|bei|waehrend|en|durante) (?:the |our |my |next |your |der |die "
    r"|unserer |unserem |dem |den |la |nuestra |el )?(?:next |naechsten |kommenden |proxima "
    r"|siguiente )?(?:session|sessions|appointment|stunde|sitzung|therapiestunde|sesion|cita"
    r"|consulta|terapia)(?!\w)"
)


def _asks(words: str, question: bool) -> bool:
    if _IN_SESSION.search(words):
        return False
    words = _BLANK.sub(" ~ ", words)
    if any(rule.search(words) for rule in _RULES):
        return True
    if not question:
        return False
    if any(rule.search(words) for rule in _QUESTION_RULES):
        return True
    return (
        len(words.split()) <= _SHORT_QUESTION
        and bool(_TALK_RE.search(words))
        and not _NOT_ASKING.search(words)
    )


def asks_to_talk(text: str, subject: str = "") -> bool:
    """Whether `text` (the client's unquoted words) or `subject` asks to talk, in any language.

    Pass an empty subject when it is the old subject of a thread (a reply's "Re: Can we talk?").
    """
    for part in (subject[:MAX_SENTENCE], text):
        if part and any(_asks(w, q) for w, q in _sentences(normalise(part))):
            return True
    return False
