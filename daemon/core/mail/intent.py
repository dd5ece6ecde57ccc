"""Does a client's own text ask to talk? Pure: text in, yes or no out, in English, German and
Spanish at once (a client writes in their own language, whatever the practice's).

A request is a sentence whose words ask for a call, a chat, a word or a call back: a talk word
("call", "telefonieren", "llamada") after a request frame ("could we", "hätten Sie",
"¿podemos", "I'd like", "bitte"), or a short question about one ("Quick call?"). Before that,
what only mentions talking is blanked out of the sentence: negations ("no need to call"), other
people ("call the insurance", "mit meiner Mutter sprechen"), calls that already happened
("thanks for the call"), and talking in the session itself ("in der nächsten Stunde").

Beyond that, families rather than sentences: a few minutes asked for without a talk word ("do
you have five minutes for me", "¿me regala cinco minutos?"), negated questions that ask
("Können wir nicht kurz telefonieren?"), a German frame whose verb ends the sentence however far
away, a question that follows up a sentence about calls ("Would that be possible for me?"), and
a short subject naming a call over a near-empty body. A whole text stays quiet when it is a
voicemail greeting or auto-reply, and what comes before a withdrawal ("please ignore my last
email") does not count. The word lists live in `intent_words`.

Linear time on any input: the text is cut to MAX_SCAN, split into sentences of at most
MAX_SENTENCE characters, and no pattern nests quantifiers (gaps are one bounded character
class). Pass the client's unquoted new words (`intake.Message.text`).
"""

from __future__ import annotations

import re
import unicodedata

from daemon.core.mail import intent_words as lexicon

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


_TALK = lexicon.TALK
_TALK_ES = lexicon.TALK_ES
_TALK_RE = re.compile(_TALK)
_TALK_DE_RE = re.compile(lexicon.TALK_DE_ONLY)
_FRAME = lexicon.FRAME
_FRAME_DE_RE = re.compile(lexicon.FRAME_DE_ONLY)

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
        r"|(?<!\w)(?:please|pls|plz|kindly) (?:call|ring|phone)(?: back)?(?: (?:when|if|asap"
        r"|as soon|today|tonight|tomorrow|later|soon|whenever)(?!\w)|$)"
        r"|(?<!\w)wenn (?:sie|du|ihr) [a-z ]{0,60}?(?:anrufen|zurueckrufen|telefonieren"
        r"|sprechen|melden) (?:koennten|koenntest|wuerden|wuerdest|koenntet)(?!\w)"
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
        r"|denkbar|in ordnung|posible|on the cards)(?!\w)"
    ),
)
_SHORT_QUESTION = 7  # "Quick call?", "¿Hablamos?", "Telefonat diese Woche?"
_NOT_ASKING = re.compile(r"(?<!\w)(?:did|was|were|had|hast du|haben sie|hatten)(?!\w)")

# --- what only mentions talking ------------------------------------------------------------

_BLANK = re.compile(
    "|".join(
        (
            # Negations: "no need to call", "möchte nicht telefonieren", "no me llames".
            rf"(?<!\w)(?:no|not|don'?t|doesn'?t|won'?t|never|without|nicht|kein|keine|keinen"
            rf"|nie|ohne|sin|nada|ningun|ninguna)(?!\w)[^,]{{0,25}}?{_TALK}",
            # "instead of a call", but not "statt der Mail lieber kurz sprechen".
            rf"(?<!\w)(?:instead of|rather than|statt|anstatt|en vez de|en lugar de)"
            rf"(?: (?:a|an|the|ein|einem|einer|zu|una|un|la|el))?(?: [a-z]+)? {_TALK}",
            # Our own promise, a voicemail's: "I'll call you back", "te devuelvo la llamada".
            r"(?<!\w)(?:i'?ll|i will|we'?ll|ich rufe|ich melde mich|wir rufen|te|le|les)"
            r" (?:call you back|call you|ring you back|(?:sie |dich |euch )?zurueck"
            r"|devuelvo la llamada|devolvemos la llamada)(?!\w)",
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
            r"|\d+|[a-z]+(?:ar|er|ir))(?!\w))",
            # Practising a call in the session: "üben, am Telefon Nein zu sagen".
            rf"(?<!\w)(?:practi[cs]e|practi[cs]ing|rehearse|ueben|practicar|ensayar)(?!\w)"
            rf"[^.]{{0,30}}?{_TALK}",
            # Calling a place: "beim Amt anrufen", "in der Klinik anrufen".
            r"(?<!\w)(?:beim|bei der|bei|im|in der) (?!(?:ihnen|dir|euch|sie)(?!\w))[a-z]{1,30}"
            r"(?: [a-z]{1,20})?"
            r" (?:anrufen|anzurufen|angerufen)(?!\w)",
            # A call already agreed, cancelled or missed: "I can't make the call on Friday".
            rf"(?<!\w)(?:cancel|can'?t make|cannot make|won'?t make|skip|postpone|miss|missed"
            rf"|cancelar|anular|aplazar)(?!\w)[^,]{{0,20}}?{_TALK}",
            rf"{_TALK}[^,]{{0,25}}? (?:absagen|abzusagen|streichen|ausfallen lassen|cancelar"
            r"|anular)(?!\w)",
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
            r"(?<!\w)(?<!to )(?<!a )(?<!quick )(?<!short )(?<!brief )(?<!we )(?<!you )(?<!i )"
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
    r"(?<!before )(?<!before the )(?<!before our )(?<!before my )(?<!vor )(?<!vor der )"
    r"(?<!vor dem )(?<!vor unserer )(?<!antes de )(?<!antes de la )(?<!esperar a la )(?<!till )"
    r"(?<!until )(?<!hasta la )(?<!bis zur )(?<!\w)(?:next week|next time|naechste woche"
    r"|naechstes mal|la semana que viene|la proxima semana|la proxima vez|next (?:session"
    r"|appointment)|naechsten? (?:sitzung|stunde|termin)|(?:proxima|siguiente) (?:sesion|cita))"
    r"(?!\w)"
)
_WEEKDAY = re.compile(
    r"(?<!\w)(?:on|am|el|this|diesen|este) (?:monday|tuesday|wednesday|thursday|friday|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes)(?!\w)"
)
# Telling, not asking: "I wanted to let you know...", "quería contarte que ayer hablé...".
_REPORTING = re.compile(
    r"(?<!\w)(?:(?:just |i )?wanted to (?:tell you|let you know|say|update you)|just to let you"
    r" know|fyi|(?:queria|quiero) (?:contarte|contarle|decirte|decirle|avisarte|avisarle)"
    r"|para que sepas|wollte (?:ihnen|dir|euch) (?:erzaehlen|sagen|mitteilen|berichten)"
    r"|nur zur info)(?!\w)"
)
_ABOUT = re.compile(r"(?<!\w)(?:about|ueber|sobre|de)(?!\w)")
_CALL_NOUN = re.compile(
    r"(?<!\w)(?:call|phone|telefon\w*|anruf|rueckruf|llamada|telefono|videollamada|zoom|skype"
    r"|facetime|teams|video\w*)(?!\w)"
)


# Asking for a few minutes is asking to talk, even without a talk word: "do you have five
# minutes for me", "hätten Sie kurz Zeit für mich", "¿tienes un momento?".
_TIME_ASK = re.compile(
    r"(?<!\w)(?:do you have|have you got|got|would you have|(?:could|can) you spare|(?:are|r)"
    r" (?:you|u) free for|haben sie|hae?tten sie|hast du|hae?ttest du|haett'?st du|habt ihr"
    r"|tienes|tenes|tiene|tendrias|tendria|me regalas?|me regalaria|me das|me da"
    r"|me (?:puedes|podes|podrias|podria|puede) dar)(?!\w).{0,40}?(?<!\w)(?:an? (?:minute|moment"
    r"|sec|second)|(?:a few|five|ten|two|a couple of|\d+) (?:minutes|mins|min)"
    r"|(?:minutes?|time|a moment) for me|(?:a little|a bit of) time|a few mins"
    r"|un (?:momento|momentito|minuto|minutito|ratito|rato"
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
    (re.compile(r"(?<!\w)(?:can'?t|cannot) (?=(?:we|you|i|u)(?!\w))"), "can "),
    (re.compile(r"(?<!\w)(could|would)n'?t (?=(?:we|you|i|u|it)(?!\w))"), r"\1 "),
    (re.compile(r"(?<!\w)won'?t (?=(?:we|you|i|u)(?!\w))"), "will "),
    (re.compile(r"(?<!\w)(?:por ?que|porque) no(?!\w)"), "shall we"),
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
    r"|an option)|(?:waere|ist|geht|ginge) (?:das|dies)[a-z ]{0,30}? (?:moeglich|ok|okay"
    r"|machbar|drin)|(?:seria|sera|es) (?:eso )?posible|se podria|se podra"
    r"|(?:if so|if yes|falls ja|wenn ja|si es asi|en ese caso)(?!\w).{0,20}?(?<!\w)(?:i'?d like"
    r"|i would like|i'?d love|hae?tte ich gerne?|moechte ich|wuerde ich|me gustaria"
    r"|quisiera|me encantaria))(?!\w)"
)
# "Please ignore my last email asking for a call": what came before is withdrawn.
_RETRACT = re.compile(
    r"^(?:please |pls |just |so |oh |ok |okay |sorry |bitte |einfach |por favor |perdon )*"
    r"(?:ignore|disregard|forget|scratch|never ?mind|ignorier\w*|vergiss|vergessen sie"
    r"|ignora|olvida\w*|olvide\w*|no (?:hagas|haga) caso)(?!\w)"
)
# A voicemail greeting or an auto-reply speaks to every caller and asks nobody.
_VOICEMAIL = re.compile(
    r"(?<!\w)(?:you'?ve reached|you have reached|please leave (?:a|your|me a) (?:message|voicemail)"
    r"|after the (?:tone|beep)|mailbox von|hinterlassen sie|nach dem (?:signalton|piepton)"
    r"|has llamado a|ha llamado a|deja(?:me)? (?:tu|su|un) (?:mensaje|recado)|despues de la senal"
    r"|deje (?:su|un) (?:mensaje|recado)|out of (?:the )?office|auto-?reply|automatic reply"
    r"|abwesenheitsnotiz|automatische antwort|respuesta automatica|fuera de la oficina)(?!\w)"
)
# A new name is no call: "please call me Alex", "llámame Dani", "sprechen Sie mich so an".
_NAMING = re.compile(r"(?<!\w)(?:name|names|named|nombre|namen|pronouns?|pronombres?)(?!\w)")
_CALL_ME_NAME = re.compile(
    r"(?<!\w)(?:(?:call|calling) me|llamame|llameme|llamenme|llamarme|nennen? sie mich"
    r"|nenn mich) (?!(?:back|on|at|when|if|today|tonight|tomorrow|later|asap|soon|please|pls"
    r"|now|cuando|hoy|manana|luego|por|al|bitte|heute|morgen)(?!\w))[a-z]+"
    r"|(?<!\w)sprech\w* (?:sie |du )?(?:mich|uns)[a-z ]{0,40}? an(?!\w)"
)
_QUOTED = re.compile(r'"[^"\n]{1,60}"|„[^“”\n]{1,60}[“”]|“[^”\n]{1,60}”|«[^»\n]{1,60}»')
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
    # "Ich würde gern am Dienstag über meine Mutter sprechen": a topic for the session day.
    if _ABOUT.search(words) and _WEEKDAY.search(words) and no_call:
        return False
    if _REPORTING.search(words):
        return False
    if question:
        for pattern, replacement in _RHETORICAL:
            words = pattern.sub(replacement, words)
    words = _BLANK.sub(" ~ ", words)
    if any(rule.search(words) for rule in _RULES):
        return True
    if _frame_then_verb_de(words):
        return True
    time_ask = _TIME_ASK.search(words) if question or _FOR_ME.search(words) else None
    if time_ask:
        return not _OTHER_TASK.search(words, time_ask.end())
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
    if any(_VOICEMAIL.search(w) for w, _ in sentences):
        return False
    session_talk = any(_IN_SESSION.search(w) for w, _ in sentences)
    naming = any(_NAMING.search(w) for w, _ in sentences)
    asked = False
    previous = ""
    for words, question in sentences:
        if naming:
            words = _CALL_ME_NAME.sub(" ~ ", words)
        if _RETRACT.search(words):
            asked = False
        elif not asked:
            asked = _asks(words, question, session_talk) or (
                bool(_THAT_POSSIBLE.search(words))
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
    # A quoted title or saying ("Reden hilft") is no one's ask.
    body = _sentences(normalise(_QUOTED.sub(" ", text[:MAX_SCAN])))
    if _text_asks(body):
        return True
    if not subject:
        return False
    return _text_asks(_sentences(normalise(subject[:MAX_SENTENCE]))) or _subject_names_a_call(
        subject[:MAX_SENTENCE], body
    )
