"""Does a client's own text ask to talk? Pure: text in, yes or no out, in English, German and
Spanish at once (a client writes in their own language, whatever the practice's).

A request is a sentence whose words ask for a call, a chat, a word or a call back: a talk word
("call", "telefonieren", "llamada", "a friendly voice", "ein offenes Ohr") after a request frame
("could we", "hätten Sie", "¿podemos", "I'd like", "she'd love", "le gustaría", "bitte"), a
wish after the talk word ("Rückruf erbeten", "über einen Anruf würde ich mich freuen"), or a
short question about one ("Quick call?"). Before that, what only mentions talking is blanked out
of the sentence (`intent_mentions`): negations, other people, calls that happened, are agreed,
moved or ended, and talking in the session itself.

Beyond that, families rather than sentences: a few minutes asked for without a talk word ("do
you have five minutes for me", "can I borrow you for five minutes", "fünf Minuten mit Ihnen",
"Es brennt. Hast du Zeit?"), an offered call taken up ("Ja gerne zum angebotenen Telefonat"),
negated questions that ask ("Können wir nicht kurz telefonieren?"), a German frame whose verb
ends the sentence however far away, a question that follows up a sentence about calls ("Would
that be possible?", "Ginge das?", "Are you around?") or asks for one of them ("Could we do one
this week?"), and a short subject naming a call over a near-empty body. Asks without a frame
before the talk word live in `intent_indirect`: minutes asked for, relief told ("I'd sleep
better if I heard from you"), asks on someone's behalf ("he would like you to telephone him",
"Könnten Sie mich oder meinen Mann anrufen?"), an offer recalled whose time has come ("You said
I could call if it got bad. It has."). Also: a German wish whose verb ends the clause ("dass er
gern mit Ihnen telefonieren würde"), a few minutes on the phone as the whole ask ("nur 2 min
telefon"), typed slips of "call" after an article ("a quick cal"). A whole text stays quiet when
it is a voicemail greeting or auto-reply, and what comes before a withdrawal ("please ignore my
last email", "das hat sich erledigt") does not count. The word lists live in `intent_words`.

The text is read as `intent_text` gives it: casefolded, accents dropped, German umlauts spelled
out whether typed or not ("zuruckrufen" as "zurueckrufen"), cut into sentences, each a question
by its mark or by how it opens ("können wir nicht kurz telefonieren"). Linear time on any input:
the text is cut to MAX_SCAN, split into sentences of at most MAX_SENTENCE characters, and no
pattern nests quantifiers (gaps are one bounded character class). Pass the client's unquoted
new words (`intake.Message.text`).
"""

from __future__ import annotations

import re

from daemon.core.mail import intent_indirect as indirect
from daemon.core.mail import intent_mentions as mentions
from daemon.core.mail import intent_words as lexicon
from daemon.core.mail.intent_text import MAX_SCAN, MAX_SENTENCE, normalise, sentences

__all__ = ["MAX_SCAN", "asks_to_talk", "normalise"]

_TALK = lexicon.TALK
_TALK_RE = re.compile(_TALK)
_TALK_DE_RE = re.compile(lexicon.TALK_DE_ONLY)
_FRAME = lexicon.FRAME
_FRAME_DE_RE = re.compile(lexicon.FRAME_DE_ONLY)

_GAP = 50
_RULES = (
    # A frame, then within a few words the talk word: "could we have a quick call".
    re.compile(rf"{_FRAME}.{{0,{_GAP}}}?{_TALK}"),
    # "Rückruf erbeten", "a call would help", "um einen Anruf bitten", "über ein Lebenszeichen
    # am Telefon würde ich mich freuen": the wish after the talk word.
    re.compile(
        rf"{_TALK}.{{0,60}}?(?<!\w)(?:erbeten|gewue?nscht|bitten|gebrauchen|vertragen"
        r"|(?:waere|seria) (?:wirklich |echt |sehr |so |total |muy |realmente )?(?:ideal|super"
        r"|toll|gut|schoen|hilfreich|prima|genial|perfecto"
        r"|estupendo|de gran ayuda|(?:jetzt |gerade )?gold wert|goldwert|ein segen"
        r"|eine (?:riesen)?(?:hilfe|erleichterung)|un alivio|una bendicion)"
        r"|would (?:still |really |so |truly |honestly |also ){0,2}(?:help"
        r"|mean (?:a lot|so much|the world|everything|a great deal)|make my (?:day|week)"
        r"|do me (?:good|the world of good)|be (?:so |really |very |a )?(?:great|good|lovely"
        r"|amazing|helpful|nice|wonderful|appreciated|help|relief|godsend|brilliant|fab|ace"
        r"|perfect|ideal|fantastic|super|lifesaver|useful|gold|golden|a blessing|a lifeline))"
        r"|(?:wue?rde|wuerd) (?:mir )?(?:immer noch |noch |trotzdem |auch )?(?:sehr |echt "
        r"|wirklich |so )?(?:helfen|guttun|gut tun"
        r"|viel bedeuten)|significaria (?:mucho|muchisimo|un mundo)"
        r"|me (?:ayudaria|haria (?:mucho )?bien|vendria (?:muy )?bien|salvaria(?: el dia)?"
        r"|alegraria el dia)"
        r"|(?:wue?rde|wuerd) (?:ich )?mich[a-z ]{0,20}? freuen)(?!\w)"
    ),
    # Minutes with the therapist are a talk: "fünf Minuten mit Ihnen", "cinco minutos contigo".
    re.compile(
        r"(?<!\w)(?:minute|minutes|mins|min|moment|sec|minuten|augenblick|minutos|minutito"
        r"|minutitos|momento|momentito|rato|ratito) (?:with you|mit ihnen|mit dir|mit euch"
        r"|contigo|con usted|con vos)(?!\w)"
    ),
    # Taking up an offered call: "Ja gerne zum angebotenen Telefonat", "the call you offered:
    # yes please", "sí, acepto la llamada", "I'll take you up on the call".
    re.compile(
        rf"(?<!\w)(?:yes|ja|si|gerne|gern|gladly)(?!\w).{{0,30}}?(?:angebotene\w*|offered)"
        rf" {_TALK}"
        rf"|{_TALK}.{{0,20}}?(?<!\w)(?:you offered|angeboten|ofreciste|ofrecio)(?!\w)"
        r".{0,30}?(?<!\w)(?:yes|ja|si|gerne|gern|gladly|please|bitte|por favor|happy to"
        r"|me vendria bien|i'?d like)(?!\w)"
    ),
    re.compile(
        rf"(?<!\w)(?:accept|acepto|aceptaria|take you up on|nehme (?:gern |gerne )?)(?!\w)"
        rf"[a-z ]{{0,20}}?{_TALK}"
    ),
    # Imperatives: "call me back", "ruf mich bitte an", "llámame".
    re.compile(
        r"(?<!\w)(?:call|ring|phone) me(?: back| when| if| please| pls| today| tomorrow"
        r"| later| asap| at | on | this| whenever| as soon| soon| sometime| any| urgently"
        r"| briefly| quickly|$)"
        # ("Call when free", "Ring when you can x": the bare verb opening the sentence.)
        r"|^(?:please |pls |just |so )?(?:call|ring|phone)(?: back)? (?:when|whenever|once|asap"
        r"|as soon)(?!\w)"
        r"|^(?:por favor |porfa )?(?:llama|llame|marca|marque|habla|hable) (?:cuando|en cuanto"
        r"|apenas|si puedes|si puede)(?!\w)"
        r"|(?<!\w)(?:please|pls|plz|kindly) (?:call|ring|phone)(?: back)?(?: (?:when|if|asap"
        r"|as soon|today|tonight|tomorrow|later|soon|whenever)(?!\w)|$)"
        # ("ob" only after a frame: "ich weiß nicht, ob wir telefonieren können" asks nothing.)
        r"|(?<!\w)wenn (?:sie|du|ihr|wir) [a-z ]{0,60}?(?:anrufen|zurueckrufen"
        r"|telefonieren|sprechen|reden|melden) (?:koe?nnten|koe?nntest|wue?rden|wue?rdest"
        r"|koe?nntet|kannst|koe?nnen|koe?nnt|koe?nnte)(?!\w)"
        r"|(?<!\w)(?:give|drop) (?:me|us) a (?:quick )?(?:call|ring|bell|buzz|shout|tinkle"
        rf"|{lexicon.CALL_TYPO})(?!\w)"
        r"|(?<!\w)buzz me(?!\w)"
        r"|(?<!\w)(?:(?:could|can|would|will) (?:you|u)|pls|please) (?:just |please |quickly "
        r"|maybe )?(?:phone|ring)(?! (?:number|bill|company|contract|line)s?(?!\w))(?!\w)"
        # Awaiting the therapist's call: "Ich freue mich auf Ihren Rückruf", "quedo atento a
        # su llamada", "looking forward to your call".
        r"|(?<!\w)(?:freue mich auf|warte auf|looking forward to|look forward to|awaiting"
        r"|quedo (?:atent[oa] a|a la espera de|pendiente de)|espero) (?:ihren|deinen|your|a|su|tu"
        r"|una|un)(?: [a-z]+)? (?:anruf|rueckruf|call|callback|call back|llamada|llamadita"
        r"|llamado)(?!\w)(?! (?:de|del|desde|from|von|vom)(?!\w))"
        r"|^ruf(?:e|en sie)? (?:mich |uns )?(?:doch |bitte |mal |kurz |gern |gerne )*an(?!\w)"
        r"|^(?:ich )?muss (?:dringend |mal |kurz |unbedingt )*(?:mit (?:ihnen|dir) )?"
        r"(?:reden|sprechen|telefonieren)(?!\w)"
        r"|(?<!\w)(?:pega|pegame|pegas|pegame) un (?:llamado|llamadito|telefonazo|tubazo)(?!\w)"
        r"|(?<!\w)ruf(?:e|en)? (?:sie )?(?:bitte |doch |mal |kurz )?(?:mich|uns)[a-z0-9 ]{0,30}?"
        r" (?:an|zurueck)(?!\w)"
        r"|(?<!\w)(?:melde|melden sie|meld) (?:dich|sich)[a-z ]{0,20}? telefonisch(?!\w)"
        r"|(?<!\w)(?:llamame|llameme|llamenme|hablame|hableme|marcame|marqueme|timbrame"
        r"|timbreme)(?!\w)"
        r"|(?<!\w)(?:pasame|dame|echame|hazme|tirame|mandame|pegame) (?:un|una) (?:toque"
        r"|telefonazo|llamado|llamadita|llamada|tubazo|timbrazo|fonazo)(?!\w)(?! de atencion)"
        r"|(?<!\w)rufst du (?:mich|uns)[a-z0-9 ]{0,30}? (?:an|zurueck)(?!\w)"
        r"|^klingel\w* (?:sie |du )?(?:mal |kurz |bitte |doch )*durch(?!\w)"
        r"|(?<!\w)haette[a-z ',]{0,120}? (?:gesprochen|telefoniert)(?!\w)"
    ),
    # The talk word, then please: "call back please", "Rückruf bitte", "call pls".
    re.compile(
        rf"{_TALK}(?: back| me| me back| mich| zurueck)? (?:please|pls|plz|bitte|por favor"
        r"|porfa)(?!\w)"
        # ("phone pls", "Telefon bitte": the bare noun only opening the sentence, since "my
        # phone, please" is a device.)
        r"|^(?:(?!(?:my|your|his|her|mein|meine|dein|deine|mi|tu|su)(?!\w))[a-z]+ )?"
        r"(?:phone|tel|telefon|telefono|fon)(?: [a-z]+)? (?:please|pls|plz|bitte"
        r"|por favor|porfa|porfis)(?!\w)"
    ),
    # A few minutes on the phone as the whole ask: "just need 2 mins on the phone", "nur fünf
    # Minuten Telefon", "solo cinco minutos por teléfono".
    re.compile(
        r"(?<!\w)(?:only|just|nur|solo|blos|bloss|nomas|no mas que)(?: need| brauch\w*"
        r"| necesito)? (?:\d+|a few|a couple of|two|five|ten|zwei|fuenf|zehn|ein paar|dos|cinco"
        r"|diez|un par de|unos) (?:minutes|mins|min|minuten|minutos)(?: [a-z]+)?(?: [a-z]+)?"
        r" (?:phone|telefon|telefono|call|anruf|llamada|talk|chat|tel)(?!\w)"
    ),
    # The talk, then when the therapist is free: "happy to ring you if easier, when are you
    # free?", "ich rufe Sie gern an, wann passt es Ihnen?" (not "I'll call when I'm free").
    re.compile(
        rf"{_TALK}.{{0,60}}?(?<!\w)(?:when (?:are|r) (?:you|u) (?:free|around|available)"
        r"|when (?:suits|works)(?: you| for you)?"
        r"|when(?:'s| is| would be) (?:good|best|a good time)"
        r"|wann (?:passt es|passt|haben sie zeit|hast du zeit|sind sie|bist du)"
        r"|cuando (?:te|le) (?:viene|vendria|va) bien|cuando (?:estas|esta usted|puedes|puede)"
        r")(?!\w)"
    ),
    # A German wish whose verb ends the clause: "dass er gern mit Ihnen telefonieren würde".
    re.compile(
        rf"(?<!\w)(?:gern|gerne)(?!\w).{{0,40}}?{lexicon.TALK_DE_ONLY} (?:wue?rde|wue?rden|wuerd"
        r"|moe?chte|moe?chten|wollte|will|hae?tte)(?!\w)"
    ),
    # "¿Me das un toque?", "me echas una llamadita": the giving verb asked of the therapist.
    re.compile(
        r"(?<!\w)me (?:das|da|darias|daria|pasas|pasa|echas|echa|haces|hace|tiras|mandas|manda"
        r"|pegas|pega) (?:un|una) (?:toque|telefonazo|llamado|llamadito|llamadita|llamada"
        r"|tubazo|timbrazo|fonazo|grito)(?!\w)(?! de atencion)"
    ),
)
_QUESTION_RULES = (
    # "¿Me llamas luego?", "¿Me hace el favor y me llama?": the plain present asks.
    re.compile(
        r"(?:^(?!quien |no |nadie )(?:[a-z]+ )?|(?<!\w)(?:y|luego|despues|entonces|porfa"
        r"|por favor) )me (?:llama|llamas"
        r"|marca|marcas|devuelve|devuelves)(?!\w)(?! la atencion)"
    ),
    # "We could talk on Friday?", "¿Hacemos una llamada?": frames that ask only as questions.
    re.compile(
        # (German "geht" only before what it asks for: "Geht reden?", not "Klappt es mit dem
        # Anruf bei der Kasse?".)
        r"(?<!\w)(?:(?:we|i|you) (?:could|can|might)|shall we|how about|what about|hacemos"
        r"|tenemos|organizamos|quedamos|agendamos|coordinamos|cuadramos|armamos|programamos"
        r"|que tal|wie waere es mit|wie waers mit|was haeltst du von|schaffen wir"
        r"|wie (?:schaut|sieht)'?s (?:aus|bei ihnen aus|bei dir aus)"
        r"|machen wir|sollen wir|wollen wir|(?:would|could|might)"
        r" an?|(?:geht|ginge|klappt)(?= (?:ein|eine|einen|n|ne|nen|kurz|heute|morgen|noch|mal"
        r"|reden|telefonieren|sprechen|quatschen)(?!\w)))(?!\w)"
        rf".{{0,{_GAP}}}?{_TALK}"
    ),
    # "Ring?", "Quick natter later?": a bare talk noun as the whole question.
    re.compile(
        r"^(?:a |quick |a quick |kurz |kurzes )?(?:ring|phone|bell|buzz|tinkle|natter|yarn|telefon"
        r"|telefono|tel|fon)(?: (?:today|tonight|later|tomorrow|now|please|pls|heute|morgen|hoy"
        r"|manana))?$"
    ),
    # "¿Y si me llamas?", "what if we talked tomorrow?", not "¿y si mi madre me llama?".
    re.compile(
        rf"(?<!\w)(?:y si|que tal si|what if (?:we|i|you))(?: (?:nos|te|le|lo|la|me))? {_TALK}"
    ),
    # The talk word, then how welcome it would be: "Wäre ein Telefonat möglich?"
    re.compile(
        rf"{_TALK}.{{0,40}}?(?<!\w)(?:possible|ok|okay|doable|an option|drin|moe?glich|machbar"
        r"|denkbar|in ordnung|posible|on the cards|erreichbar|verfue?gbar|disponible|available"
        # "Is a phone check-in something we could do?", "¿Una llamada es algo que podamos hacer?"
        r"|out of the question|ausgeschlossen|imposible"
        # "Does a call at noon work for you?", "¿Te viene bien una llamada a mediodía?"
        r"|works? for (?:you|u)|suits? (?:you|u)|passt (?:dir|ihnen)|(?:te|le) (?:viene|va) bien"
        r"|something (?:we|i|you) (?:could|can|might)|algo que (?:podamos|podriamos|puedas"
        r"|pueda)|etwas (?:das|was) wir)(?!\w)"
    ),
)
_SHORT_QUESTION = 7  # "Quick call?", "¿Hablamos?", "Telefonat diese Woche?"
# Past calls, someone else's ("Who called?"), questions about the service ("¿Ofrecen
# sesiones por teléfono?").
_NOT_ASKING = re.compile(
    r"(?<!\w)(?:did|was|were|had|hast du|haben sie|hatten|offer|offers|offering|bieten|anbieten"
    r"|ofrecen|ofrece|ofreces|do you (?:ever )?do|who|wer|quien)(?!\w)"
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
# Asked after a sentence about calls: "Lea möchte mit Ihnen telefonieren. Ginge das?", "this
# one needs a voice. Are you around?", "¿Podría ser?", "Hast du morgen Zeit?".
_FOLLOW_UP = re.compile(
    r"^(?:[a-z]+ )?(?:(?:geht|ginge|klappt|passt) das|(?:podria|puede) ser"
    r"|cuando (?:te|le) (?:viene|vendria|va) bien|when (?:suits|works) you|wann passt es"
    r"|(?:(?:are|r) )?(?:you|u)"
    r" (?:around|free|available|there|about)|(?:estas|esta usted|estaras|estara)(?: ahi)?"
    r"|(?:bist du|sind sie) (?:da|erreichbar|frei)|(?:hast du|haben sie|hae?ttest du"
    r"|hae?tten sie|habt ihr|do you have|have you got|tienes|tiene|tenes) [a-z ]{0,20}?"
    r"(?:zeit|time|tiempo|un momento|a moment|a minute))(?!\w)"
)
# "Could we do one this week?", "Me gustaría pedir una": the call of the sentence before.
# The "one" is had, done or booked, not written: "They want a letter, could you write one?".
_ONE_OF_THEM = re.compile(
    rf"{lexicon.FRAME}.{{0,30}}?(?<!\w)(?:have|do|book|get|take|try|arrange|schedule|use|like"
    r"|love|want|pedir|hacer|reservar|tener|agendar|programar|gerne?)(?: [a-z]+)? (?:one|una"
    r"|uno|einen|eins|eines|one of (?:those|them)|una de (?:esas|ellas))(?!\w)"
    rf"|{lexicon.FRAME}.{{0,30}}?(?<!\w)(?:einen|eins|eines)(?: [a-z]+)? (?:machen|haben"
    r"|buchen|vereinbaren|ausmachen|nehmen)(?!\w)"
    # "Jetzt brauche ich eins", "I need one now", "ahora necesito una".
    r"|(?<!\w)(?:need|needed|brauche|brauch|brae?uchte|necesito|necesitaria|quiero|want)"
    r"(?: [a-z]+)? (?:one|eins|einen|eine|una|uno)(?!\w)"
)
# "Es brennt. Hast du Zeit?": a bare short question for time asks to talk.
_SHORT_TIME = re.compile(
    r"^(?:[a-z]+ )?(?:hast du|haben sie|hae?ttest du|hae?tten sie|habt ihr|do you have"
    r"|have you got|got|tienes|tiene usted|tenes|tendrias)(?: [a-z]+)? (?:zeit|time|tiempo)$"
    r"|^(?:are|r) (?:you|u) (?:around|free|about)$|^(?:estas|bist du da|sind sie da)$"
    r"|^(?:hast du|haste|haben sie|hae?ttest du|hae?tten sie) (?:mal |grad |gerade )?kurz$"
    # "Any window this evening?": a gap soon, not a session slot next month.
    r"|^(?:any|a|an|got an?|irgendein|irgendwann|algun) (?:window|gap|slot|time|moment|luecke"
    r"|zeitfenster|hueco|huequito|momento) (?:today|tonight|this (?:evening|afternoon|morning)"
    r"|later|heute(?: abend)?|nachher|hoy|esta (?:tarde|noche|manana))$"
)
# "Das hat sich erledigt": the ask before it is settled.
_SETTLED = re.compile(
    r"(?<!\w)(?:(?:thanks|thank you|danke|gracias)(?: [a-z]+)? (?:but|aber|pero)"
    r"|hat sich (?:erledigt|geklaert)|(?:it'?s|that'?s|all) (?:all )?(?:sorted|resolved)"
    r"|ya (?:esta|se) (?:resuelto|resolvio|arreglado|arreglo)|ya no hace falta"
    r"|no longer need)(?!\w)"
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
    # (Not "te dejé un mensaje": the client's own message.)
    r"|(?<!te )(?<!le )(?<!ya )(?<!yo )deje (?:su|un) (?:mensaje|recado)|out of (?:the )?office"
    r"|auto-?reply|automatic reply"
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
_TALK_LATER = re.compile(
    r"^(?:(?:can|could|shall) we |(?:can|could) (?:i|you) )?(?:talk|speak|chat|call)"
    r"(?: (?:to|with) (?:you|u))? (?:later|soon|l8r)$"
)


def _asks(words: str, question: bool, session_talk: bool) -> bool:
    if mentions.IN_SESSION.search(words):
        return False
    about = mentions.ABOUT.search(words)
    # A call named after "about" is the topic: "talk about my phone addiction next session".
    no_call = about is not None and not mentions.CALL_NOUN.search(words, 0, about.start())
    if no_call and mentions.NEXT_SESSION.search(words):
        return False
    # "I'd like to talk about ending therapy. Maybe in a session next month."
    if no_call and session_talk:
        return False
    # "Ich würde gern am Dienstag über meine Mutter sprechen": a topic for the session day.
    if no_call and mentions.WEEKDAY.search(words):
        return False
    if mentions.REPORTING.search(words):
        return False
    if question:
        for pattern, replacement in _RHETORICAL:
            words = pattern.sub(replacement, words)
    # ("Talk later?" asks; "talk later" closes a mail, and is blanked below.)
    if question and _TALK_LATER.search(words):
        return True
    words = mentions.BLANK.sub(" ~ ", indirect.as_the_writers(words))
    if any(rule.search(words) for rule in _RULES):
        return True
    if _frame_then_verb_de(words) or indirect.relief_if_talk(words):
        return True
    if question and _SHORT_TIME.search(words):
        return True
    minutes = indirect.minutes_asked(words, question)
    if minutes is not None:
        return minutes
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
    return bool(_TALK_RE.search(mentions.BLANK.sub(" ~ ", words)))


def _follows_up(words: str, question: bool, previous: str) -> bool:
    """Whether `words` asks for the call the sentence before named."""
    if not _talks(previous) or mentions.IN_SESSION.search(previous):
        return False
    if _THAT_POSSIBLE.search(words) or _ONE_OF_THEM.search(words):
        return True
    if indirect.time_has_come(words, mentions.BLANK.sub(" ~ ", previous)):
        return True
    return question and bool(_FOLLOW_UP.search(words))


def _text_asks(sentences: list[tuple[str, bool]]) -> bool:
    if any(_VOICEMAIL.search(w) for w, _ in sentences):
        return False
    session_talk = any(mentions.IN_SESSION.search(w) for w, _ in sentences)
    naming = any(_NAMING.search(w) for w, _ in sentences)
    asked = False
    previous = ""
    for words, question in sentences:
        if naming:
            words = _CALL_ME_NAME.sub(" ~ ", words)
        if _RETRACT.search(words):
            asked = False
        else:
            if _SETTLED.search(words):
                # "Danke, aber ...": what came before is declined; this sentence may still ask.
                asked = False
            asked = asked or _asks(words, question, session_talk)
            asked = asked or _follows_up(words, question, previous)
        previous = words
    return asked


def _subject_names_a_call(subject: str, body: list[tuple[str, bool]]) -> bool:
    """A short subject naming a call over a (nearly) empty body: "Phone call" / "Sent from my
    iPhone", "Rückruf" / "siehe Betreff"."""
    words = " ".join(w for w, _ in sentences(normalise(subject)))
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
    body = sentences(normalise(_QUOTED.sub(" ", text[:MAX_SCAN])))
    if _text_asks(body):
        return True
    if not subject:
        return False
    return _text_asks(sentences(normalise(subject[:MAX_SENTENCE]))) or _subject_names_a_call(
        subject[:MAX_SENTENCE], body
    )
