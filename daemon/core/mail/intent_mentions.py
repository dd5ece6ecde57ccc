"""What only mentions talking, for request intent (`intent`): words that name a call without
asking for one. A sentence has these blanked out before the request rules read it: negations
("no need to call"), other people ("call the insurance", "mit meiner Mutter sprechen"), calls
that happened, are agreed or are cancelled ("thanks for the call", "das Telefonat verschieben"),
and talking in the session itself ("in der nächsten Stunde"). Pure data and patterns, in the
normalised form of `intent_text.normalise`; none nests a quantifier.
"""

from __future__ import annotations

import re

from daemon.core.mail import intent_words as lexicon

_TALK = lexicon.TALK
_TALK_ES = lexicon.TALK_ES

BLANK = re.compile(
    "|".join(
        (
            # Negations: "no need to call", "möchte nicht telefonieren", "no me llames".
            # (Bavarian "no" is "noch": "hättn S' no a bissl Zeit zum Telefoniern". Up to the
            # next clause only: "not urgent but could we speak" asks.)
            rf"(?<!\w)(?<!huet )(?<!heit )(?<!heut )(?<!heute )(?<!hit )"
            rf"(?:no(?! (?:a|kurz|mal|heit|heut|heute|schnell|bissl)(?!\w))|not|don'?t"
            rf"|doesn'?t|won'?t|never|without|nicht|kein|keine|keinen|nie|ohne|sin|nada|ningun"
            rf"|ninguna|niemand|niemandem|niemanden|nadie|nobody|no one)(?!\w)"
            rf"(?:(?! (?:but|aber|pero|sondern|though|doch|however|can|could|koennen|koennten"
            rf"|podemos|podriamos) )[^,]){{0,25}}?"
            rf"{_TALK}(?:(?: [a-z]+)? {_TALK})?",
            # "I prefer email to phone calls".
            rf"(?<!\w)(?:prefer|prefiero|preferiria|lieber)(?!\w)[a-z ]{{0,20}}? (?:to|over|than"
            rf"|que|als)(?: [a-z]+)? {_TALK}",
            # "instead of a call", but not "statt der Mail lieber kurz sprechen".
            rf"(?<!\w)(?:instead of|rather than|than|statt|anstatt|als|en vez de|en lugar de"
            rf"|antes que)"
            rf"(?: (?:a|an|the|ein|einem|einer|zu|una|un|la|el))?(?: [a-z]+)? {_TALK}",
            # Our own promise, a voicemail's: "I'll call you back", "te devuelvo la llamada".
            r"(?<!\w)(?:i'?ll|i will|we'?ll|ich rufe|ich melde mich|wir rufen|te|le|les)"
            r" (?:call you back|call you|ring you back|(?:sie |dich |euch )?zurueck"
            r"|devuelvo la llamada|devolvemos la llamada)(?!\w)",
            # Others: "call the insurance", "talk to my boss", "die Klinik anrufen".
            # (Not "talk to a human": the therapist is one.)
            rf"{_TALK} (?:(?:to|with) (?:a|an) (?!(?:human|person|real person|actual person)(?!\w))"
            r"|(?:to |with )?(?:my|his|her|their|the|our|him"
            r"|them|mum|mom|dad|someone|somebody|people|others|other|anyone|anybody|friends"
            r"|family)(?!\w)(?! (?:mobile|cell|number|phone"
            r"|landline)))",
            # Someone of the writer's calls them: "sería bueno que mi madre me llamara más".
            rf"(?<!\w)(?:my|mi|mis)(?: [a-z]+)? [a-z]+ (?:me(?: [a-z]+)? |(?=me ))(?:{_TALK})",
            # ("Does that ring a bell?" is memory, not a call.)
            r"(?<!\w)rings? (?:me |any )?a bell(?!\w)"
            r"|(?<!\w)call(?:ing|ed)? (?:off|in sick|it a day|it quits|a (?:helpline|hotline|friend"
            r"|doctor|taxi|cab|lawyer|plumber|crisis line))(?!\w)",
            r"(?<!\w)(?:mit|bei) (?:meine[mnrs]?|meiner|seine[mnrs]?|ihre[mnrs]|der|dem|den"
            r"|unserer)(?!\w)[^,]{0,40}?(?:anrufen|anzurufen|telefonieren|telefoniert|sprechen"
            r"|reden|gesprochen)(?!\w)",
            r"(?<!\w)(?:in|an) (?:der|die|dem|den) [a-z]{1,30} (?:anrufen|anzurufen)(?!\w)",
            r"(?<!\w)(?:meine[mnrs]?|seine[mnrs]?|die|den|das) [a-z]{1,30} (?:anrufen|anzurufen)"
            r"(?!\w)",
            # ... a few words before the verb: "meine alte Therapeutin in Leipzig anrufen" (not
            # "wegen meiner Tochter anrufen", the topic of the call asked for, nor "meine Tochter
            # fragt, ob Sie sie anrufen", where the therapist is to call).
            r"(?<!\w)(?<!wegen )(?<!ueber )(?<!fuer )(?<!von )(?:meine[mnrs]?|seine[mnrs]?"
            r"|unsere[mnrs]?) (?:(?!(?:ob|dass|sie|du|ihr|wir) )[a-z ]){1,40}?"
            r" (?:anrufen|anzurufen)(?!\w)",
            rf"(?<![\w-])(?:{_TALK_ES})[a-z ]{{0,20}}? (?:a|al|con|a la|a las|a los|a mi|a mis"
            r"|con mi|con mis|con el|con la|con los|con las|con su|con sus|con un|con una)(?!\w)"
            r"(?! (?:usted|ti|vos|movil|celular|fijo|numero|telefono|casa|la oficina|mi casa"
            r"|la (?:hora|tarde|noche|manana|salida|vuelta)|toque|instante|tiro|lunes|martes"
            r"|miercoles"
            r"|jueves|viernes|sabado|domingo|dia|final|rato|momento|hora|tarde|noche|mediodia"
            r"|primera|ultima|eso|partir|cualquier|media|las \d+|la una|las (?:dos|tres|cuatro"
            r"|cinco|seis|siete|ocho|nueve|diez|once|doce)|\d+|[a-z]+(?:ar|er|ir)"
            # ("una llamada en relación con las sesiones de mi hijo": a topic, not a person.)
            r"|(?:(?:la|las|el|los|mi|mis) )?(?:sesion|sesiones|cita|citas|terapia|factura"
            r"|facturas|medicacion|tratamiento))(?!\w))",
            # "la ficha de la que hablamos": a talk that happened.
            r"(?<!\w)(?:lo|la|el|los|las|del|al) que (?:hablamos|habiamos hablado|comentamos"
            r"|platicamos|conversamos)(?!\w)",
            # Someone else wants to talk to the client: "my boss would like to speak to me".
            r"(?<!you )(?:would like|wants|needs|has asked|asked) to (?:talk|speak|chat)"
            r" (?:to|with) me(?!\w)"
            r"|(?<!\w)moechte[a-z ]{0,20}? mit mir (?:sprechen|reden|telefonieren)(?!\w)"
            r"|(?<!\w)(?:quieren?|le gustaria) (?:hablar|charlar) conmigo(?!\w)",
            # Someone else is to call: "could you tell them to call me", "dile que me llame".
            rf"(?<!\w)(?:tell|ask|get) (?:him|her|them) to {_TALK}"
            rf"|(?<!\w)(?:dile|digale|dile a \w+|pidele|pidale) que {_TALK}",
            # Practising a call in the session: "üben, am Telefon Nein zu sagen".
            # (Not "the practice": "can someone from the practice call me".)
            rf"(?<!\w)(?<!the )(?<!your )(?<!our )(?<!my )(?<!a )(?:practi[cs]e|practi[cs]ing"
            rf"|rehearse|rehearsing|ueben|uebe|probe|proben|practicar|practico|ensayar|ensayo)(?!\w)"
            rf"[^.]{{0,30}}?{_TALK}",
            # Calling a place: "beim Amt anrufen", "in der Klinik anrufen".
            # (Not "bei Gelegenheit anrufen", "bei Bedarf": when, not where.)
            r"(?<!\w)(?:beim|bei der|bei|im|in der) (?!(?:ihnen|dir|euch|sie|gelegenheit|bedarf"
            r"|zeiten)(?!\w))[a-z]{1,30}"
            r"(?: [a-z]{1,20})?"
            r" (?:anrufen|anzurufen|angerufen)(?!\w)",
            # A call already agreed, cancelled, moved, ended or missed: "I can't make the call on
            # Friday", "das Telefonat auf den 11. verschieben", "die Telefonate beenden".
            rf"(?<!\w)(?:cancel|can'?t make|cannot make|won'?t make|skip|postpone|miss|missed"
            rf"|reschedule|move|push back|stop|end|ending|stopping|cancelar|anular|aplazar"
            rf"|reprogramar|mover|cambiar|dejar|terminar)(?!\w)[^,]{{0,20}}?{_TALK}",
            rf"{_TALK}[^,]{{0,25}}? (?:absagen|abzusagen|streichen|ausfallen lassen|cancelar"
            r"|anular|verschieben|verlegen|beenden|einstellen|aufhoeren|still on|noch klar"
            r"|sigue en pie)(?!\w)",
            rf"(?<!\w)(?:still on for|bleibt es bei|seguimos con)(?!\w)[^,]{{0,20}}?{_TALK}",
            # Paying or booking by phone is no call with the therapist.
            r"(?<!\w)(?:pay|paying|payment|book|order|bezahlen|zahlen|buchen|bestellen|pagar"
            r"|reservar)(?!\w)[a-z ]{0,12}?(?:by phone|over the phone|telefonisch|per telefon"
            r"|por telefono)(?!\w)",
            r"(?<!\w)(?:telefonisch|per telefon) (?:bezahlen|zahlen|buchen|bestellen)(?!\w)",
            rf"{_TALK}(?: [a-z]+)?(?: [a-z]+)? (?:to book|to pay|to order|para reservar|zu buchen"
            r"|zu bezahlen|para pedir (?:su |una )?cita)(?!\w)",
            # Moving sessions off the phone: "von Video auf Präsenz wechseln", "pasar de
            # videollamada a presencial".
            rf"(?<!\w)(?:switch\w*|change|wechseln|wechsle|pasar|cambiar)(?: [a-z]+)?(?: [a-z]+)?"
            rf" (?:from|von|de)(?: [a-z]+)? {_TALK}",
            rf"(?<!\w)(?:from|von|de) {_TALK} (?:to|auf|zu|a) (?:in-person|in person|praesenz"
            r"|presencial|face to face|the practice|der praxis|la consulta)(?!\w)",
            # Someone else's call: "ein Telefonat mit dem Anwalt".
            rf"{_TALK} mit (?:dem|der|den|meine[mnrs]?|meiner|seine[mnrs]?|seiner|einem|einer)"
            r"(?!\w)",
            # An offer reported back: "you asked if I'd want a phone check-in".
            rf"(?<!\w)(?:you asked|you offered|sie haben gefragt|sie hatten gefragt|du hast gefragt"
            rf"|me preguntaste)(?!\w)[^.]{{0,40}}?{_TALK}",
            # Calls that happened or are agreed: "thanks for the call", "nach unserem Telefonat",
            # "are we still on for our call?".
            rf"(?<!\w)(?:our|unser\w*|nuestra|nuestro|nuestras|nuestros)(?: [a-z]+)? {_TALK}",
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
            r"|(?<!\w)(?:talk|speak) (?:to|with) you (?:then|next|tomorrow|on (?:mon|tues|wednes"
            r"|thurs|fri|satur|sun)day)(?!\w)",
            r"(?<!\w)ruf\w* (?:sie )?(?:mich|uns) nicht[a-z ]{0,30}? an(?!\w)",
            # An urge to call told and not acted on: "I wanted to call you three times and in the
            # end didn't", "ich will Sie ständig anrufen und mach es dann doch nicht".
            # (Only the not-doing ends it: "gern sprechen, aber ich weiß nicht" still asks.)
            rf"{_TALK}[a-z ]{{0,50}}? (?:and|but|und|aber|y|pero)(?: [a-z]+)?(?: [a-z]+)?"
            r"(?: [a-z]+)? (?:didn'?t|did not|never did|then not|not doing it"
            r"|es (?:dann )?(?:doch )?nicht|dann doch nicht|no lo hice|al final no)"
            r"(?: do it| it)?$",
            # Talking face to face is a session, not a call: "prefiero hablarlo en persona".
            # (Not across "or": "telefonieren oder persönlich, egal" asks.)
            rf"{_TALK}(?: (?!(?:or|oder|o|u)(?!\w))[a-z]+)?(?: (?!(?:or|oder|o|u)(?!\w))[a-z]+)?"
            r" (?:in person|en persona|persoenlich|face to face"
            r"|cara a cara|in der praxis|en la consulta|en consulta)(?!\w)",
            # A call nearly asked for and not: "estuve a punto de pedirte una llamada", "I almost
            # called you last night" (not "I was going to ask whether we could talk").
            rf"(?<!\w)(?:a punto de|casi|almost|nearly|beinahe|kurz davor|haette fast|waere fast"
            rf"|hatte fast)(?!\w)[^,]{{0,40}}?{_TALK}",
        )
    )
)
# Talking in the session itself is no call: "we can talk about it in session".
IN_SESSION = re.compile(
    r"(?<!\w)(?:in|at|during|bei|waehrend|en|durante) (?:the |our |my |next |your |der |die "
    r"|unserer |unserem |dem |den |la |nuestra |el |a |an |one |einer |einem |una |un )?"
    r"(?:next |naechsten |kommenden |proxima |siguiente )?"
    r"(?:session|sessions|appointment|stunde|sitzung|therapiestunde|sesion|cita"
    r"|consulta|terapia)(?!\w)"
)


# "Will we talk about the homework next week?": the next session, when no call is named.
NEXT_SESSION = re.compile(
    r"(?<!before )(?<!before the )(?<!before our )(?<!before my )(?<!vor )(?<!vor der )"
    r"(?<!vor dem )(?<!vor unserer )(?<!antes de )(?<!antes de la )(?<!esperar a la )(?<!till )"
    r"(?<!until )(?<!hasta la )(?<!bis zur )(?<!\w)(?:next week|next time|naechste woche"
    r"|naechstes mal|la semana que viene|la proxima semana|la proxima vez|next (?:session"
    r"|appointment)|naechsten? (?:sitzung|stunde|termin)|(?:proxima|siguiente) (?:sesion|cita))"
    r"(?!\w)"
)
WEEKDAY = re.compile(
    r"(?<!\w)(?:on|am|el|this|diesen|este) (?:monday|tuesday|wednesday|thursday|friday|montag"
    r"|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes)(?!\w)"
)
# Telling, not asking: "I wanted to let you know...", "quería contarte que ayer hablé...".
REPORTING = re.compile(
    r"(?<!\w)(?:(?:just |i )?wanted to (?:tell you|let you know|say|update you)|just to let you"
    r" know|fyi|(?:queria|quiero) (?:contarte|contarle|decirte|decirle|avisarte|avisarle)"
    r"|para que sepas|wollte (?:ihnen|dir|euch) (?:erzaehlen|sagen|mitteilen|berichten)"
    r"|nur zur info)(?!\w)"
)
# Spanish "de" names a topic only after a talk verb: "hablar de mi madre", not "antes de que".
ABOUT = re.compile(
    r"(?<!\w)(?:about|ueber|darueber|sobre|acerca de|(?:hablar|hablemos|hablamos|charlar"
    r"|comentar)\w* (?:de|del))(?!\w)"
)
CALL_NOUN = re.compile(
    r"(?<!\w)(?:call|phone|telefon\w*|anruf|rueckruf|llamada|telefono|videollamada|zoom|skype"
    r"|facetime|teams|video\w*)(?!\w)"
)
