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


def _any(alternatives: str) -> str:
    """One regex alternation from a comma-separated list (kept as a list for reading)."""
    return "|".join(a.strip() for a in alternatives.split(",") if a.strip())


# --- talk words ----------------------------------------------------------------------------

_TALK_EN = _any(r"""
    talk, talking, speak, speaking, chat, call, calls, calling (?:me|you), callback, call-back,
    phone (?:me|you|us), phone call, phone conversation, (?:by|on the|over the|via) phone,
    to phone, ring (?:me|you), a ring, ring back, (?:a|a quick|a brief|a short|a few) words?,
    conversation, catch up, catch-up, video call, videocall, zoom, facetime, skype, a bell,
    a buzz
""")
_TALK_DE = _any(r"""
    telefonieren, telefonierten, zu telefonieren, anrufen, anzurufen, anrufe, zurueckrufen,
    zurueckzurufen, zurueckruft, rueckruf, rueckrufs, telefonat, telefonats, telefongespraech,
    telefontermin, anruf, anrufs, sprechen, reden, quatschen, plaudern, gespraech, gespraechs,
    telefonisch, am telefon, per telefon, videocall, videoanruf, per video, austauschen,
    uns (?:kurz |mal |bald |heute |morgen )?hoeren
""")
_TALK_ES = _any(r"""
    hablar, hablarlo, hablemos, hablamos, charlamos, hablar contigo, charlar, charla, conversar,
    conversacion, conversacion telefonica, llamar, llamarme, llamarte, llamarle, llamarla,
    llamarlo, llamame, llameme, llamenme, llamada, llamadita, videollamada, me llamas, me llama,
    me llames, me llame, me llamaras, me llamara, por telefono, telefonear, devolver la llamada,
    devolverme la llamada, me devuelves la llamada
""")
_TALK = rf"(?<![\w-])(?:{_TALK_EN}|{_TALK_DE}|{_TALK_ES})(?![\w-])"
_TALK_RE = re.compile(_TALK)

# --- request frames ------------------------------------------------------------------------

_FRAME_EN = _any(r"""
    (?:can|could|may|might|would|shall|will) (?:we|i|you|u),
    is there (?:any |a )?(?:chance|way|possibility|time|slot|opportunity),
    any (?:chance|way|possibility), (?:is it|would it be|be) possible, possibly,
    (?:do|would|will) you have, have you got, got (?:a|any) (?:minute|moment|time),
    (?:are|would) you (?:be )?(?:free|around|available|able), you free,
    i'?d (?:really )?(?:like|love|appreciate|be grateful),
    i would (?:really )?(?:like|love|appreciate|be grateful), would love,
    i (?:really )?(?:want|wanted|need|needed), need to, need a, could use,
    (?:i was|i'm|i am) hoping, hoping, i hope (?:we|you), i (?:wonder|wondered), wondering,
    it'?d, it would, would (?:help|be), i think (?:i|we) (?:need|should), we should, let'?s,
    please, pls, plz, requesting, request, when (?:can|could|would|is|are|might|should|will),
    what time, (?:is it|would it be) (?:ok|okay|alright|all right), ok if, okay if, mind if,
    fit (?:me|one|a|in), spare, arrange, set up, schedule, book, grateful for, appreciate a,
    time (?:for|to)
""")
_FRAME_DE = _any(r"""
    koe?nn(?:en|ten|te|test|tet)? (?:wir|sie|ich|du|man), kann (?:ich|man), kannst du,
    koe?nntest du, da?e?rf ich, due?rfte ich, (?:haben|hae?tten|hast|hae?ttest|habt) (?:sie|du|ihr),
    (?:wae?re|ist) es (?:moe?glich|ok|okay|in ordnung), moe?glich,
    (?:gibt es|besteht) (?:die |eine )?moe?glichkeit, moe?glichkeit, gibt es,
    ich (?:wue?rde|moe?chte|will|wollte|haette|bra?e?uchte|brauche|brauch|muss|wue?nsche),
    ich bitte, bitte, wann (?:koe?nn\w*|hae?tt\w*|hast|haben|passt|ginge|geht|wae?re),
    lass uns, lassen sie uns, magst du, moe?gen sie, wue?rden sie, wue?rdest du, wae?ren sie,
    wae?rst du, wae?re, es wue?rde, wue?rde mir, ginge es, geht es, kurze frage,
    zeit (?:fuer|zum|zu)
""")
_FRAME_ES = _any(r"""
    podemos, podamos, podriamos, puedo, podria, podrias, puedes, puede, pueden, se podria,
    se puede, (?:es|seria|sera) posible, (?:hay|habria) (?:alguna )?(?:posibilidad|forma|manera),
    tienes, tiene, tendrias, tendria, quisiera, queria, quiero, me gustaria, me encantaria,
    necesito, necesitaria, me vendria bien, me haria falta, me harias, ojala, tengo ganas de,
    cuando (?:podemos|podriamos|puedes|podrias|puede|tienes|tiene),
    (?:te|le) (?:viene|vendria|va) bien, por favor, porfa, porfavor, solicito, pido, pedirte,
    pedirle, (?:te |le )?agradeceria, estaria, estarias, tiempo para,
    un (?:rato|momento|hueco|segundo) para
""")
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
    # "We could talk on Friday?", "¿Hacemos una llamada?": frames that ask only as questions.
    re.compile(
        r"(?<!\w)(?:(?:we|i|you) (?:could|can|might)|shall we|how about|what about|hacemos"
        r"|tenemos|organizamos|quedamos|machen wir|sollen wir|wollen wir)(?!\w)"
        rf".{{0,{_GAP}}}?{_TALK}"
    ),
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
            rf"{_TALK} (?:(?:to|with) (?:a|an) |(?:to |with )?(?:my|his|her|their|the|our|him"
            r"|them|mum|mom|dad|someone|somebody)(?!\w)(?! (?:mobile|cell|number|phone"
            r"|landline)))",
            r"(?<!\w)call(?:ing)? (?:in sick|it a day|it quits|a (?:helpline|hotline|friend"
            r"|doctor|taxi|cab|lawyer|plumber|crisis line))(?!\w)",
            r"(?<!\w)(?:mit|bei) (?:meine[mnrs]?|meiner|seine[mnrs]?|ihre[mnrs]|der|dem|den"
            r"|unserer)(?!\w)[^,]{0,40}?(?:anrufen|anzurufen|telefonieren|telefoniert|sprechen"
            r"|reden|gesprochen)(?!\w)",
            r"(?<!\w)(?:in|an) (?:der|die|dem|den) [a-z]{1,30} (?:anrufen|anzurufen)(?!\w)",
            r"(?<!\w)(?:meine[mnrs]?|seine[mnrs]?|die|den|das) [a-z]{1,30} (?:anrufen|anzurufen)"
            r"(?!\w)",
            rf"(?<![\w-])(?:{_TALK_ES})[a-z ]{{0,20}}? (?:a|al|con|a la|a las|a los|a mi|a mis"
            r"|con mi|con mis|con el|con la|con los|con las|con su|con sus|con un|con una)(?!\w)"
            r"(?! (?:usted|ti|vos|movil|celular|fijo|numero|telefono|lunes|martes|miercoles"
            r"|jueves|viernes|sabado|domingo|dia|final|rato|momento)(?!\w))",
            # Paying or booking by phone is no call with the therapist.
            r"(?<!\w)(?:pay|paying|payment|book|order|bezahlen|zahlen|buchen|bestellen|pagar"
            r"|reservar)(?!\w)[a-z ]{0,12}?(?:by phone|over the phone|telefonisch|per telefon"
            r"|por telefono)(?!\w)",
            r"(?<!\w)(?:telefonisch|per telefon) (?:bezahlen|zahlen|buchen|bestellen)(?!\w)",
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


# "Will we talk about the homework next week?": the next session, when no call is named.
_NEXT_SESSION = re.compile(
    r"(?<!before )(?<!vor )(?<!antes de )(?<!\w)(?:next week|next time|naechste woche"
    r"|naechstes mal|la semana que viene|la proxima semana|la proxima vez)(?!\w)"
)
_ABOUT = re.compile(r"(?<!\w)(?:about|ueber|sobre|de)(?!\w)")
_CALL_NOUN = re.compile(
    r"(?<!\w)(?:call|phone|telefon\w*|anruf|rueckruf|llamada|telefono|videollamada)(?!\w)"
)


def _asks(words: str, question: bool) -> bool:
    if _IN_SESSION.search(words):
        return False
    if _NEXT_SESSION.search(words) and _ABOUT.search(words) and not _CALL_NOUN.search(words):
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
