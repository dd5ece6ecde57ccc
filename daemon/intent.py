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
# "¿No podemos hablar?" asks as much as "¿Podemos hablar?"; "¿no hace falta...?" does not.
_RHETORICAL_ES = re.compile(r"¿\s*no (?!hace falta|es necesario)")


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
        raw = _RHETORICAL_ES.sub("¿", text[start:stop])
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
    a buzz, (?:a |a quick |a short |a brief )ring, (?:ring|call|phone|buzz|bell) u, natter,
    yarn, hear your voice, buzz me
""")
_TALK_DE = _any(r"""
    telefonieren, telefonierten, zu telefonieren, anrufen, anzurufen, anrufe, zurueckrufen,
    zurueckzurufen, zurueckruft, rueckruf, rueckrufs, telefonat, telefonats, telefongespraech,
    telefontermin, anruf, anrufs, sprechen, reden, quatschen, plaudern, gespraech, gespraechs,
    telefonisch, am telefon, per telefon, videocall, videoanruf, per video, austauschen,
    uns (?:kurz |mal |bald |heute |morgen )?hoeren, anrufn, durchklingeln, durchklingel,
    durchklingle, anklingeln,
    (?:dich|sie|ihre stimme|deine stimme) (?:kurz |mal |gern |gerne )*hoeren
""")
_TALK_ES = _any(r"""
    hablar, hablarlo, hablemos, hablamos, charlamos, hablar contigo, charlar, charla, conversar,
    conversacion, conversacion telefonica, llamar, llamarme, llamarte, llamarle, llamarla,
    llamarlo, llamame, llameme, llamenme, llamada, llamadita, videollamada, me llamas, me llama,
    me llames, me llame, me llamaras, me llamara, me llamarias, me llamaria, por telefono,
    telefonear, devolver la llamada, devolverme la llamada, me devuelves la llamada,
    hablaramos, hablasemos, llamemos, nos llamemos, charlemos, (?:te|le) llamo, (?:te|le) marco,
    (?:te|le) marque, marcar, marcarme, marcarte, marcarle, marcame, marqueme, un llamado,
    un llamadito, escuchar tu voz, escuchar su voz, oir tu voz, oir su voz, localizarte por
    telefono, localizarle por telefono
""")
_TALK = rf"(?<![\w-])(?:{_TALK_EN}|{_TALK_DE}|{_TALK_ES})(?![\w-])"
_TALK_RE = re.compile(_TALK)
_TALK_DE_RE = re.compile(rf"(?<![\w-])(?:{_TALK_DE})(?![\w-])")

# --- request frames ------------------------------------------------------------------------

_FRAME_EN = _any(r"""
    (?:can|could|may|might|would|shall|will) (?:we|i|you|u),
    is there (?:any |a )?(?:chance|way|possibility|time|slot|opportunity),
    any (?:chance|way|possibility), (?:is it|would it be|be) possible, possibly,
    (?:do|would|will) you have, have you got, got (?:a|any) (?:minute|moment|time),
    (?:are|would) (?:you|u) (?:be )?(?:free|around|available|able|about), (?:you|u) free,
    (?:would|do) you mind, (?:is|would) (?:it|that) be (?:ok|okay|alright|fine),
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
    wae?rst du, wae?re, waer'?s, wue?rd, es wue?rde, wue?rde mir, ginge es, geht es, geht sich,
    kurze frage, hae?tt'?st du, haett, wuerde es (?:ihnen|dir) etwas ausmachen, haetten sie was,
    zeit (?:fuer|zum|zu)
""")
_FRAME_ES = _any(r"""
    podemos, podamos, podriamos, puedo, podria, podrias, puedes, puede, pueden, se podria,
    podes, podras, pueda, pudiera, tenes, queres,
    (?:te|le) (?:molesta|molestaria|importa|importaria),
    (?:estas|esta) (?:libre|disponible), seria (?:mas facil|mejor), me haria (?:mucho )?bien,
    tenia la esperanza, esperaba, espero poder, decime, dime, digame,
    (?:hay|habra|habria) (?:algun )?(?:momento|hueco|rato),
    se puede, (?:es|seria|sera) posible, (?:hay|habria) (?:alguna )?(?:posibilidad|forma|manera),
    tienes, tiene, tendrias, tendria, quisiera, queria, quiero, me gustaria, me encantaria,
    necesito, necesitaria, me vendria bien, me haria falta, me harias, ojala, tengo ganas de,
    cuando (?:podemos|podriamos|puedes|podrias|puede|tienes|tiene),
    (?:te|le) (?:viene|vendria|va) bien, por favor, porfa, porfavor, solicito, pido, pedirte,
    pedirle, (?:te |le )?agradeceria, estaria, estarias, tiempo para,
    un (?:rato|momento|hueco|segundo) para
""")
_FRAME = rf"(?<![\w-])(?:{_FRAME_EN}|{_FRAME_DE}|{_FRAME_ES})(?![\w-])"
_FRAME_DE_RE = re.compile(rf"(?<![\w-])(?:{_FRAME_DE})(?![\w-])")

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
        r"|(?<!\w)give me a (?:call|ring|bell|buzz)|(?<!\w)buzz me(?!\w)"
        r"|^ruf(?:e|en sie)? (?:mich |uns )?(?:doch |bitte |mal |kurz |gern |gerne )*an(?!\w)"
        r"|^(?:ich )?muss (?:dringend |mal |kurz |unbedingt )*(?:mit (?:ihnen|dir) )?"
        r"(?:reden|sprechen|telefonieren)(?!\w)"
        r"|(?<!\w)(?:pega|pegame|pegas|pegame) un (?:llamado|llamadito|telefonazo|tubazo)(?!\w)"
        r"|(?<!\w)ruf(?:e|en|t)? (?:sie )?(?:mich|uns)[a-z ]{0,30}? (?:an|zurueck)(?!\w)"
        r"|(?<!\w)(?:melde|melden sie|meld) (?:dich|sich)[a-z ]{0,20}? telefonisch(?!\w)"
        r"|(?<!\w)(?:llamame|llameme|llamenme)(?!\w)"
        r"|(?<!\w)haette[a-z ',]{0,120}? (?:gesprochen|telefoniert)(?!\w)"
    ),
    # The talk word, then please: "call back please", "Rückruf bitte", "call pls".
    re.compile(
        rf"{_TALK}(?: back| me| me back| mich| zurueck)? (?:please|pls|plz|bitte|por favor"
        r"|porfa)(?!\w)"
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
            r"|jueves|viernes|sabado|domingo|dia|final|rato|momento|hora|tarde|noche|mediodia"
            r"|\d|[a-z]+(?:ar|er|ir))(?!\w))",
            # Practising a call in the session: "üben, am Telefon Nein zu sagen".
            rf"(?<!\w)(?:practi[cs]e|practi[cs]ing|rehearse|ueben|practicar|ensayar)(?!\w)"
            rf"[^.]{{0,30}}?{_TALK}",
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
            r"(?<!\w)(?<!to )(?<!a )(?<!quick )(?<!short )(?<!brief )"
            r"(?:talk|speak|chat)(?: to you| with you)? (?:soon|later)(?!\w)"
            r"|(?<!\w)(?:talk|speak) (?:to|with) you (?:then|on|next|tomorrow)(?!\w)",
            r"(?<!\w)ruf\w* (?:sie )?(?:mich|uns) nicht[a-z ]{0,30}? an(?!\w)",
        )
    )
)
# Talking in the session itself is no call: "we can talk about it in session".
_IN_SESSION = re.compile(
    r"(?<!\w)(?:in|at|during|bei|waehrend|en|durante) (?:the |our |my |next |your |der |die "
    r"|unserer |unserem |dem |den |la |nuestra |el |a |an |one |einer |einem |una |un )?"
    r"(?:next |naechsten |kommenden |proxima |siguiente )?"
    r"(?:session|sessions|appointment|stunde|sitzung|therapiestunde|sesion|cita"
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


# Asking for a few minutes is asking to talk, even without a talk word: "do you have five
# minutes for me", "hätten Sie kurz Zeit für mich", "¿tienes un momento?".
_TIME_ASK = re.compile(
    r"(?<!\w)(?:do you have|have you got|got|would you have|(?:could|can) you spare|(?:are|r)"
    r" (?:you|u) free for|haben sie|hae?tten sie|hast du|hae?ttest du|haett'?st du|habt ihr"
    r"|tienes|tenes|tiene|tendrias|tendria|me regalas?|me regalaria|me das|me da"
    r"|me (?:puedes|podes|podrias|podria|puede) dar)(?!\w).{0,40}?(?<!\w)(?:an? (?:minute|moment"
    r"|sec|second)|(?:a few|five|ten|two|a couple of|\d+) (?:minutes|mins|min)"
    r"|(?:minutes?|time|a moment) for me|un (?:momento|momentito|minuto|minutito|ratito|rato"
    r"|segundo)|unos minutos|(?:dos|cinco|diez|\d+) minutos|einen (?:moment|augenblick)"
    r"|(?:eine|ne) minute|(?:ein paar|fuenf|zehn|zwei|\d+) minuten|kurz zeit|zeit fuer mich)"
    r"(?!\w)"
)
_FOR_ME = re.compile(r"(?<!\w)(?:for me|fuer mich|para mi)(?!\w)")
# ... unless the minutes are for something else: "a moment to check the invoice?"
_OTHER_TASK = re.compile(
    r"(?<!\w)(?:invoice|receipt|form|rechnung|quittung|formular|bescheinigung|factura|recibo"
    r"|send|schicken|senden|mandar|enviar|e-?mail|mail|correo|look at|anschauen|revisar|check"
    r"|pruefen|session|termin|sitzung|sesion|cita)\w*"
)
# "Can't we talk?", "Können wir nicht kurz telefonieren?": a negated question that asks.
_RHETORICAL = (
    (re.compile(r"(?<!\w)why (?:don'?t|do not) (?:we|you)(?!\w)|(?<!\w)why not(?!\w)"), "shall we"),
    (re.compile(r"(?<!\w)(?:can'?t|cannot) (?=we|you|i|u)(?!\w)"), "can "),
    (re.compile(r"(?<!\w)(could|would)n'?t (?=we|you|i|u)(?!\w)"), r"\1 "),
    (re.compile(r"(?<!\w)won'?t (?=we|you|i|u)(?!\w)"), "will "),
    (
        re.compile(
            r"(?<!\w)(koe?nn\w*|woll\w*|soll\w*|wue?rd\w*|kannst|magst|wae?re) "
            r"(wir|sie|du|ihr|es) nicht(?!\w)"
        ),
        r"\1 \2",
    ),
    (re.compile(r"(?<!\w)warum ([a-z]+) (wir|sie|du) nicht(?!\w)"), r"sollen \2 \1"),
)
# "Would that be possible for me?" after a sentence about calls.
_THAT_POSSIBLE = re.compile(
    r"(?<!\w)(?:(?:would|could|is|will) (?:that|this|it) (?:be )?(?:possible|ok|okay|doable"
    r"|an option)|(?:waere|ist|geht|ginge) (?:das|dies) (?:\w+ )?(?:moeglich|ok|okay|machbar"
    r"|drin)|(?:seria|sera|es) (?:eso )?posible|se podria|se podra)(?!\w)"
)
# "Please ignore my last email asking for a call": what came before is withdrawn.
_RETRACT = re.compile(
    r"^(?:please |pls |just |so |oh |ok |okay |sorry |bitte |einfach |por favor |perdon )*"
    r"(?:ignore|disregard|forget|scratch|never ?mind|ignorier\w*|vergiss|vergessen sie"
    r"|ignora|olvida\w*|olvide\w*|no (?:hagas|haga) caso)(?!\w)"
)
_REPLY_PREFIX = re.compile(r"^(?:re|aw|fw|fwd|wg|rv|res) ")
_POSSESSIVE = re.compile(r"(?<!\w)(?:your|my|our|ihr|ihre|mein|meine|unser|dein|tu|su|mi)(?!\w)")
_SEE_SUBJECT = re.compile(
    r"(?<!\w)(?:see subject|as per subject|siehe betreff|wie im betreff|(?:ver|lo dice el|mira el)"
    r" asunto)(?!\w)"
)
_NEAR_EMPTY = 12


def _asks(words: str, question: bool, session_talk: bool) -> bool:
    if _IN_SESSION.search(words):
        return False
    no_call = not _CALL_NOUN.search(words)
    if _NEXT_SESSION.search(words) and _ABOUT.search(words) and no_call:
        return False
    # "I'd like to talk about ending therapy. Maybe in a session next month."
    if session_talk and _ABOUT.search(words) and no_call:
        return False
    if question:
        for pattern, replacement in _RHETORICAL:
            words = pattern.sub(replacement, words)
    words = _BLANK.sub(" ~ ", words)
    if any(rule.search(words) for rule in _RULES):
        return True
    if _frame_then_verb_de(words):
        return True
    if (question or _FOR_ME.search(words)) and _TIME_ASK.search(words):
        return not _OTHER_TASK.search(words)
    if not question:
        return False
    if any(rule.search(words) for rule in _QUESTION_RULES):
        return True
    return (
        len(words.split()) <= _SHORT_QUESTION
        and bool(_TALK_RE.search(words))
        and not _NOT_ASKING.search(words)
    )


def _frame_then_verb_de(words: str) -> bool:
    """A German frame, the talk verb at the end of its clause however far: "Wäre es in
    Ordnung, wenn wir das, was gestern passiert ist, kurz am Telefon besprechen?". Bounded by
    the sentence, and two searches, so linear."""
    frame = _FRAME_DE_RE.search(words)
    return frame is not None and _TALK_DE_RE.search(words, frame.end()) is not None


def _talks(words: str) -> bool:
    return bool(_TALK_RE.search(_BLANK.sub(" ~ ", words)))


def _text_asks(sentences: list[tuple[str, bool]]) -> bool:
    session_talk = any(_IN_SESSION.search(w) for w, _ in sentences)
    asked = False
    previous = ""
    for words, question in sentences:
        if _RETRACT.search(words):
            asked = False
        elif not asked:
            asked = _asks(words, question, session_talk) or (
                question
                and bool(_THAT_POSSIBLE.search(words))
                and _talks(previous)
                and not _IN_SESSION.search(previous)
            )
        previous = words
    return asked


def _subject_names_a_call(subject: str, body: list[tuple[str, bool]]) -> bool:
    """A short subject naming a call over a (nearly) empty body: "Phone call" / "Sent from my
    iPhone", "Rückruf" / "siehe Betreff"."""
    words = " ".join(w for w, _ in _sentences(normalise(subject)))
    if not words or len(words.split()) > 4 or _REPLY_PREFIX.search(words):
        return False
    if _POSSESSIVE.search(words) or _NOT_ASKING.search(words) or not _talks(words):
        return False
    body_words = " ".join(w for w, _ in body)
    return len(body_words.split()) <= _NEAR_EMPTY or bool(_SEE_SUBJECT.search(body_words))


def asks_to_talk(text: str, subject: str = "") -> bool:
    """Whether `text` (the client's unquoted words) or `subject` asks to talk, in any language.

    Pass an empty subject when it is the old subject of a thread (a reply's "Re: Can we talk?").
    """
    body = _sentences(normalise(text))
    if _text_asks(body):
        return True
    if not subject:
        return False
    return _text_asks(_sentences(normalise(subject[:MAX_SENTENCE]))) or _subject_names_a_call(
        subject[:MAX_SENTENCE], body
    )
