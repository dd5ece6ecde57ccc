"""The words of request intent (`daemon.core.mail.intent`), per language: what names talking,
and what frames a sentence as asking. Pure data. Every pattern is in the normalised form
(casefolded, umlauts spelled out, accents dropped), and none nests a quantifier. A fourth
language is one more list of each, added to TALK and FRAME below.
"""

from __future__ import annotations

import re


def any_of(alternatives: str) -> str:
    """One regex alternation from a comma-separated list (kept as a list for reading). An entry
    holds no comma, so no "{0,30}" gap: one would split it silently, hence the check."""
    entries = [" ".join(a.split()) for a in alternatives.split(",") if a.strip()]
    for entry in entries:
        if entry.count("{") != entry.count("}"):
            raise ValueError(f"a comma inside a word-list entry: {entry!r}")
        re.compile(entry)
    return "|".join(entries)


# --- talk words: the call, chat or word asked for ----------------------------------------

# "call" as fat fingers and autocorrect leave it ("a quick cal", "give me a vall"); only after
# an article, since "cal" and "vall" alone are other words.
CALL_TYPO = any_of("cal, vall, xall, cakl, calk, cll, caal, calll, clal, acll, cwll, cxall")

TALK_EN = any_of(r"""
    talk, talking, tlk, speak, speaking, chat, call, calls, calling (?:me|you), callback, call-back,
    phone (?:me|you|us), phone call, phone conversation, (?:by|on the|over the|via) phone, to phone,
    ring (?:me|you), a ring, ring back, (?:a|a quick|a brief|a short|a few) words?, conversation,
    catch up, catch-up, video calls?, videocall, zoom, facetime, skype, a bell, a buzz,
    (?:a |a quick |a short |a brief )ring, (?:ring|call|phone|buzz|bell) u, natter, yarn,
    hear your voice, buzz me, (?:ringing|phoning|calling) (?:me|you|u), phone you, phoned you,
    rang you, telephone, telephone me, telephone you, called you, chinwag, a chinwag, a tinkle,
    (?:bell|buzz) (?:me|you), (?:you|u) (?:just |quickly |please |maybe )?(?:ring|phone),
    check-?in calls?, verbally,
    (?:phone|video|zoom) (?:check-?ins?|slots?|top-?ups?|catch-?ups?|appointments?),
    (?<!my )(?<!the )(?<!your )(?<!a )phone (?:today|tonight|tomorrow|now|later|this),
    (?:hear|hearing|heard|needs?) (?:a|your) voice,
    (?:a|your) (?:calm|friendly|kind|human|real|familiar|reassuring|soothing) voice,
    (?:a listening|your) ear, touch base, if i (?:phoned|called|rang|ring|call|phone)(?: you)?,
    (?:you|u) to (?:ring|phone|telephone|buzz), (?:tele)?phone contact,
""")
TALK_EN += rf"|(?:a|quick|short|brief|little) (?:{CALL_TYPO})"


TALK_DE = any_of(r"""
    telefonieren, telefonierten, zu telefonieren, anrufen, anzurufen, anrufe, zurueckrufen,
    zurueck (?:zu )?(?:rufen|ruft|rufst),
    zurueckzurufen, zurueckruft, rueckruf(?:e|s)?, telefonat(?:e|en|s)?, telefongespraech(?:e|s)?,
    telefontermin(?:e|en|s)?, anruf(?:e|s)?, sprechen, reden, quatschen, plaudern,
    gespraech(?:e|s)?, videocalls, telefonische[mnrs]?, muendlich,
    (?:zoom|video|telefon|skype|teams|handy)-?(?:gespraech|call|calls|anruf|termin|termine|chat),
    telefonisch, am telefon, per telefon, videocall, videoanruf, per video, austauschen,
    uns (?:kurz |mal |bald |heute |morgen )?hoeren, anrufn, durchklingeln, durchklingel,
    durchklingle, anklingeln, telefonate, anrufe, telefonie?re?n?, telefonirn, telefoniere, skypen,
    facetimen, zoomen, whatsappen, videotelefonieren, videochatten, ihre stimme, deine stimme,
    aalueten, aaluete, alueten, aluete, zruggluete, zrueggluete, zruggaluete,
    (?:dich|sie|ihre stimme|deine stimme) (?:kurz |mal |gern |gerne )*hoeren, zrue?gg?rue?e?fe,
    aa?rue?e?fe, telefoniern, (?:eine|ne|ihre|deine) stimme, am (?:anderen )?ende der leitung,
    ruf(?:en sie|e|t)? (?:mich |uns )?(?:bitte |doch |mal |kurz )*zurueck,
    (?:sie|dich|euch) (?:heute |morgen |kurz |noch |mal )*erreichen, an der strippe,
    (?:ihr|dein|ein|ein offenes) ohr, rueckrufbitte, anlaeuten, anlaeut\w*, anklingel\w*, plausch,
    plauschen, (?:eine|ne) (?:[a-z]+e )?stimme, (?:[a-z]+ )?stimme hoeren,
    [a-z0-9]+-(?:[a-z]+-)?(?:anruf|anrufe|telefonat|telefonate|telefonaten|gespraech|gespraeche
    |gespraechen|call|calls|chat|check-in|check-ins),
    kurzschliessen, schnack, schnacken, kloenen, ratschen, babbeln,
    fonieren, telfonieren, telefoniren, telephonieren, tlefonieren, telefonienren, telefonierne,
    telefonischen? kontakt, telefonisch (?:zu )?kontaktieren,
    klingel\w* (?:sie |du )?(?:mal |kurz |bitte )*durch,
    ruf(?:e)? (?:ich )?(?:sie|dich|euch)(?: [a-z]+)?(?: [a-z]+)?(?: [a-z]+)? an,
    (?<!mein )(?<!meine )(?<!ihr )(?<!dein )(?<!sein )(?<!kein )(?<!das )telefon,
""")

TALK_ES = any_of(r"""
    telefonazo, un toque(?! de atencion), un tubazo, hablar, hablarlo, hablemos, hablamos,
    charlamos, hablar contigo, charlar, charla, conversar, conversacion, conversacion telefonica,
    llamar, llamarme, llamarte, llamarle, llamarla, llamarlo, llamame, llameme, llamenme, llamada,
    llamadita, videollamada, me llamas, me llama, me llames, me llame, me llamaras, me llamara,
    me llamarias, me llamaria, por telefono, telefonear, devolver la llamada, devolverme la llamada,
    me devuelves la llamada, hablaramos, hablasemos, llamemos, nos llamemos, charlemos,
    (?:te|le) llamo, (?:te|le) marco, (?:te|le) marque, marcar, marcarme, marcarte, marcarle,
    marcame, marqueme, un llamado, un llamadito, llamadas, videollamadas, telefonearme,
    telefonearle, telefonearte, ablar, ablamos, ablemos, yamar, yamame, yamarme, yamarte,
    x telefono, x tel, x cel, por tel, nos llamamos, (?:te|le) (?:llame|llamara|llamase|llamaria),
    escuchar tu voz, escuchar su voz, oir tu voz, oir su voz, localizarte por telefono,
    localizarle por telefono, una voz, de palabra, timbrazo, fonazo, charlita, charlitas, hablarte,
    hablarle, hablarles, hablarnos, (?:te|le) hablo, me hablas, me hables, me hable, hablame,
    hableme, hablenme, platicar, platicarlo, platicamos, platiquemos, conversemos, conversamos,
    unas palabras, una palabrita, unas palabritas,
    (?<!mi )(?<!tu )(?<!su )(?<!el )(?<!de )telefono(?= hoy| manana| ahora| esta| posible),
    de viva voz, (?:lo|la) (?:llamo|llame|marco|marque|llamara|llamase|llamaras|llamaria),
    regresar(?:me|te|le)? la llamada,
    me (?:regresas|regresa|regresaria|regresarias) la llamada, escucharme, que me escuches,
    que me escuche, me (?:marcas|marques|marque|marcarias|marcaras),
    timbrar, timbrarme, timbrarte, timbrarle, timbrame, timbreme,
    me (?:timbras|timbra|timbres|timbre),
    (?:comunicacion|contacto|cita|consulta|entrevista|charla|conversacion|atencion) telefonic[ao],
    telefonicamente,
    (?:minutos|minutitos|momento|momentito|rato|ratito|segundo|hablar|hablarlo) al telefono,
    llamamos, nos hablamos, yamada, lamada, llamda, llamdita,
""")

# --- request frames: what makes a sentence ask ----------------------------------------------

FRAME_EN = any_of(r"""
    (?:could|would) (?:really )?do with, let me know (?:when|if|what time),
    (?:you'?re|you are|u r|ur) (?:free|around|available),
    (?:can|could|may|might|would|shall|will|cn|cld|cud|wud|wld) (?:we|i|you|u),
    (?:cna|acn|coudl|culd|cpuld|colud|woudl|wuld|wolud) (?:we|i|you|u), (?:wud|wld|wd) be,
    is there (?:any |a )?(?:chance|way|possibility|time|slot|opportunity),
    any (?:chance|way|possibility), (?:is it|would it be|be) possible, possibly,
    (?:do|would|will) you have, have you got, got (?:a|any) (?:minute|moment|time),
    (?:are|would) (?:you|u) (?:be )?(?:free|around|available|able|about|up for), (?:you|u) free,
    (?:would|do) you mind, (?:is|would) (?:it|that) be (?:ok|okay|alright|fine),
    would it be (?:easier|better|simpler), too much to ask, ask for, could i ask, may i ask,
    would you be so kind, would you kindly, kindly,
    (?:i|s?he|we|they)'?d (?:really |still |also |just |much |so )?(?:like|love|appreciate|welcome),
    (?:i|s?he|we|they)'?d (?:really |still |also |just |much |so )?value,
    (?:i|s?he|we|they)'?d (?:really |still |also |just |much |so )?(?:be grateful|prefer|rather),
    (?:i|s?he|we|they) would (?:really |still |also |just |much |so )?(?:like|love|welcome),
    (?:i|s?he|we|they) would (?:really |still |also |just |much |so )?(?:appreciate|prefer|rather),
    (?:i|s?he|we|they) would (?:really |still |also |just |much |so )?be grateful, would love,
    be (?:really |so |very |most |extremely )?grateful, what are the chances,
    (?:i|s?he|we|they)(?:'?d| would) very (?:much )?(?:like|love|appreciate|welcome|value),
    (?:any|some) scope for, i prefer,
    (?:what )?i (?:really |actually |just |honestly |still )?(?:want|wanted|need|needed), need to,
    need a, (?:could|can) (?:really |definitely |honestly |just )?use,
    (?:can|could|would|will) (?:someone|somebody|anyone|one of you),
    any (?:openings?|slots?|windows?|gaps?), fancy a, needs? a, would (?:really |also |still )?like,
    feel free to,
    (?:you said|you told me|you mentioned) (?:that )?(?:i|we) (?:could|can|might|should),
    ask(?:ing)? (?:you )?for, free for, (?:i was|i'm|i am) hoping, hoping, i hope (?:we|you),
    i (?:wonder|wondered), wondering, it'?d, it would, would (?:help|be),
    i think (?:i|we) (?:need|should), we should, let'?s, please, pls, plz, requesting, request,
    when (?:can|could|would|is|are|might|should|will), what time,
    (?:is it|would it be) (?:ok|okay|alright|all right), ok if, okay if, mind if,
    fit (?:me|one|a|in), spare, arrange, set up, schedule, book, grateful for, appreciate a,
    time (?:for|to),
    (?:asks?|asked|wants to know|wanted to know|wonders|wondered) (?:me )?(?:if|whether),
    (?:if|whether) (?:you|u) (?:could|can|would|might), (?:like|love|want|need) (?:you|u) to,
    (?:a|any) possibility, possibility (?:of|for), we (?:need|ought|must|have) to,
    (?:just|really|honestly|only) (?:want|wanted|need|needed),
    too much to, (?<!was )(?<!were )(?:desperate|dying|keen|eager|longing|itching) to,
    (?:might|may|could) be (?:good|nice|helpful|useful|worth), (?:i'?m|i am) after (?:a|an|some),
    (?:room|space|time) in your (?:diary|schedule|calendar|day|week),
    (?:i'?m|i am|i'?d be|i would be|^) ?(?:happy|glad|more than happy) to,
""")

FRAME_DE = any_of(r"""
    sagen sie mir, sag mir, (?:geben sie|gib) mir bescheid,
    koe?nn(?:en|ten|te|test|tet|tn)? (?:wir|sie|ich|du|man|ma|mer), choend\w*, choeit,
    kann (?:ich|man), kannst du, kannste, koennteste, koenntste, haste, hesch, haesch, hend sie,
    haetted sie, koe?nntest du, da?e?rf ich, due?rfte ich,
    (?:haben|hae?tten|hast|hae?ttest|habt) (?:sie|du|ihr),
    (?:wae?re|ist) es (?:moe?glich|ok|okay|in ordnung), moe?glich,
    (?:gibt es|besteht) (?:die |eine )?moe?glichkeit, moe?glichkeit, gibt es, gibt'?s, gae?be es,
    chance auf, (?:hae?tte|hat|kann|koe?nnte) (?:jemand|wer|einer),
    (?:wue?rde|moe?chte|hae?tte|koe?nnte|darf|due?rfte) ich, moe?chte gerne?, wue?rde gerne?,
    moe?chte, brauche, (?:freue|freu|freuen|wue?rde?) mich (?:sehr )?ueber, brae?uchte,
    (?:fragen|frage|fragte|wissen)(?: wollte| moechte| wollen| will)? ob,
    wenn es (?:ihnen|dir) nichts ausmacht, lust (?:auf|zu),
    was ich (?:eigentlich |wirklich )?(?:will|brauche|moechte), schaffen sie, schaffst du,
    (?:sind sie|bist du|seid ihr) (?:[a-z]+ )?(?:erreichbar|verfue?gbar|frei),
    ich (?:wue?rde|moe?chte|will|wollte|haette|koe?nnte|muesste|bra?e?uchte|brauche|brauch|muss),
    ich wue?nsche, ich bitte, bitte, bitte?schoe?n, passt es (?:ihnen|dir), passt (?:ihnen|dir),
    wann (?:koe?nn\w*|hae?tt\w*|hast|haben|passt|ginge|geht|wae?re), lass uns, lassen sie uns,
    magst du, magst, mogst, moechtest, moe?gen sie, wue?rden sie, wue?rdest du, wae?ren sie,
    wae?rst du, wae?re, waer'?s, wue?rd, es wue?rde, wue?rde mir, ginge es, geht es, geht sich,
    kurze frage, hae?tt'?st du, ich frage mich, (?:ich )?hatte gehofft, ich hoffe,
    wae?re es (?:einfacher|besser|leichter), zu viel verlangt, (?:darf|duerfte) ich sie bitten,
    wae?ren sie so (?:nett|freundlich), choennt\w*, choent\w*, chasch, haetted sie, haett,
    wuerde es (?:ihnen|dir) etwas ausmachen, haetten sie was, zeit (?:fuer|zum|zu),
    (?:sie|dich|euch) (?:[a-z]+ )?(?:zu )?bitten, ersuche, ersuchen, bittet, laesst fragen,
    (?:fragt|moechte wissen|will wissen|wollte wissen|moechten wissen|hat gefragt)(?: [a-z]+)? ob,
    wuenscht sich, laesst (?:ausrichten|sagen|fragen|bitten),
    wir (?:muessten|muessen|sollten|sollen),
""")

FRAME_ES = any_of(r"""
    me (?:vendrian?|irian?) (?:genial|de maravilla|de lujo), avisame, aviseme, digame cuando,
    pudieramos, pudiesemos, pudiese, (?:le|les|te) gustaria, prefiero, preferiria,
    (?:me )?(?:hace|haces|haria|harias|hagas|haga) (?:el|un) favor, hazme el favor, hagame el favor,
    seria (?:un alivio|genial|ideal|estupendo|bueno|de gran ayuda|util|importante),
    me quedaria (?:mas )?tranquil[ao], podemos, podamos, podriamos, puedo, podria, podrias, puedes,
    (?:(?:me|nos|usted|le|la|lo) |^)puede, puede usted, (?:(?:me|nos|ustedes) |^)pueden, se podria,
    podes, podras, pueda, pudiera, tenes, queres, (?:mucho|demasiado) pedir,
    (?:seria|sera) (?:usted )?tan amable,
    (?:te|le) pareceria bien, (?:te|le) parece(?: bien)?,
    (?:te|le) (?:molesta|molestaria|importa|importaria),
    (?:estas|esta|estaras|estara|estarias|estaria) (?:usted )?(?:libre|disponible),
    seria (?:mas facil|mejor), me haria (?:mucho )?bien, tenia la esperanza, esperaba, espero poder,
    decime, dime, digame, (?:hay|habra|habria) (?:algun )?(?:momento|hueco|rato|chance), se puede,
    (?:es|seria|sera) posible, (?:hay|habria) (?:alguna )?(?:posibilidad|forma|manera), tienes,
    (?:usted |^)tiene, tiene usted, tendrias, tendria, tendras, tendra,
    me (?:regalas|regala|regalarias|regalaria), quisiera, queria, quiero, quiere, quieren,
    me gustaria, me encantaria, necesito, necesitaria, me vendrian? (?:muy |super |re )?bien,
    me pregunto si, me haria falta, me harias, ojala, tengo ganas de,
    cuando (?:podemos|podriamos|puedes|podrias|puede|tienes|tiene),
    (?:te|le) (?:viene|vendria|va) bien, por favor, porfa, porfavor, porfi, porfis, xfa, xfavor,
    plis, solicito, pido, pedirte, pedirle, (?:te |le )?agradeceria, me urge, urge, (?:te|le) late,
    pudieras, pudieses, (?:andas|anda usted|andas) (?:libre|disponible|desocupad[oa]),
    chance (?:de|que|y), estaria, estarias, tiempo para, (?:cabe|existe) la posibilidad,
    posibilidad de, agendar, concertar, programar, coordinar, cuadrar,
    un (?:rato|momento|hueco|segundo) para,
    (?:me )?(?:dijiste|dijo|comentaste|comento|mencionaste) que (?:podia|podria|puedo),
    ruego, rogarle, rogarte, rogaria, (?:tenga|tengas|tuviera|tuvieras) a bien,
    (?<!me )(?:te |le )?(?:pide|pidio|pidieron|piden) (?:por favor )?que,
    (?:pregunta|preguntaba|pregunto|quiere saber|queria saber) si,
    (?:deberiamos|tendriamos que|tenemos que|hay que|habria que),
    (?:te|le) (?:da|daria|dara) tiempo,
    me muero por, (?:tengo|tendria) (?:muchas |tantas )?ganas de,
    me (?:haria|hace) (?:mucha |tanta )?ilusion, significaria (?:mucho|muchisimo),
""")

TALK = rf"(?<![\w-])(?:{TALK_EN}|{TALK_DE}|{TALK_ES})(?![\w-])"
TALK_DE_ONLY = rf"(?<![\w-])(?:{TALK_DE})(?![\w-])"
FRAME = rf"(?<![\w-])(?:{FRAME_EN}|{FRAME_DE}|{FRAME_ES})(?![\w-])"
FRAME_DE_ONLY = rf"(?<![\w-])(?:{FRAME_DE})(?![\w-])"
