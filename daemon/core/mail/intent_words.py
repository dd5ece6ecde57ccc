"""The words of request intent (`daemon.intent`), per language: what names talking, and what
frames a sentence as asking. Pure data. Every pattern is in the normalised form (casefolded,
umlauts spelled out, accents dropped), and none nests a quantifier. A fourth language is one
more list of each, added to TALK and FRAME below.
"""

from __future__ import annotations


def any_of(alternatives: str) -> str:
    """One regex alternation from a comma-separated list (kept as a list for reading)."""
    return "|".join(" ".join(a.split()) for a in alternatives.split(",") if a.strip())


# --- talk words: the call, chat or word asked for ----------------------------------------

TALK_EN = any_of(r"""
    talk, talking, speak, speaking, chat, call, calls, calling (?:me|you), callback, call-back,
    phone (?:me|you|us), phone call, phone conversation, (?:by|on the|over the|via) phone, to phone,
    ring (?:me|you), a ring, ring back, (?:a|a quick|a brief|a short|a few) words?, conversation,
    catch up, catch-up, video call, videocall, zoom, facetime, skype, a bell, a buzz,
    (?:a |a quick |a short |a brief )ring, (?:ring|call|phone|buzz|bell) u, natter, yarn,
    hear your voice, buzz me, (?:ringing|phoning|calling) (?:me|you|u), phone you, phoned you,
    rang you, telephone, telephone me, telephone you,
""")

TALK_DE = any_of(r"""
    telefonieren, telefonierten, zu telefonieren, anrufen, anzurufen, anrufe, zurueckrufen,
    zurueckzurufen, zurueckruft, rueckruf, rueckrufs, telefonat, telefonats, telefongespraech,
    telefontermin, anruf, anrufs, sprechen, reden, quatschen, plaudern, gespraech, gespraechs,
    telefonisch, am telefon, per telefon, videocall, videoanruf, per video, austauschen,
    uns (?:kurz |mal |bald |heute |morgen )?hoeren, anrufn, durchklingeln, durchklingel,
    durchklingle, anklingeln, telefonate, anrufe, telefonie?re?n?, telefonirn, telefoniere, skypen,
    facetimen, zoomen, whatsappen, videotelefonieren, videochatten, ihre stimme, deine stimme,
    aalueten, aaluete, alueten, aluete, zruggluete, zrueggluete, zruggaluete,
    (?:dich|sie|ihre stimme|deine stimme) (?:kurz |mal |gern |gerne )*hoeren,
""")

TALK_ES = any_of(r"""
    telefonazo, un toque, un tubazo,
    hablar, hablarlo, hablemos, hablamos, charlamos, hablar contigo, charlar, charla, conversar,
    conversacion, conversacion telefonica, llamar, llamarme, llamarte, llamarle, llamarla, llamarlo,
    llamame, llameme, llamenme, llamada, llamadita, videollamada, me llamas, me llama, me llames,
    me llame, me llamaras, me llamara, me llamarias, me llamaria, por telefono, telefonear,
    devolver la llamada, devolverme la llamada, me devuelves la llamada, hablaramos, hablasemos,
    llamemos, nos llamemos, charlemos, (?:te|le) llamo, (?:te|le) marco, (?:te|le) marque, marcar,
    marcarme, marcarte, marcarle, marcame, marqueme, un llamado, un llamadito, llamadas,
    videollamadas, telefonearme, telefonearle, telefonearte, ablar, ablamos, ablemos, yamar, yamame,
    yamarme, yamarte, x telefono, x tel, x cel, por tel, nos llamamos,
    (?:te|le) (?:llame|llamara|llamase|llamaria), escuchar tu voz, escuchar su voz, oir tu voz,
    oir su voz, localizarte por telefono, localizarle por telefono,
""")

# --- request frames: what makes a sentence ask ----------------------------------------------

FRAME_EN = any_of(r"""
    (?:could|would) (?:really )?do with, let me know (?:when|if|what time),
    (?:you'?re|you are|u r|ur) (?:free|around|available),
    (?:can|could|may|might|would|shall|will) (?:we|i|you|u),
    is there (?:any |a )?(?:chance|way|possibility|time|slot|opportunity),
    any (?:chance|way|possibility), (?:is it|would it be|be) possible, possibly,
    (?:do|would|will) you have, have you got, got (?:a|any) (?:minute|moment|time),
    (?:are|would) (?:you|u) (?:be )?(?:free|around|available|able|about), (?:you|u) free,
    (?:would|do) you mind, (?:is|would) (?:it|that) be (?:ok|okay|alright|fine),
    would it be (?:easier|better|simpler), too much to ask, ask for, could i ask, may i ask,
    would you be so kind, would you kindly, kindly,
    i'?d (?:really )?(?:like|love|appreciate|be grateful),
    i would (?:really )?(?:like|love|appreciate|be grateful), would love,
    i (?:really )?(?:want|wanted|need|needed), need to, need a, could use,
    (?:i was|i'm|i am) hoping, hoping, i hope (?:we|you), i (?:wonder|wondered), wondering, it'?d,
    it would, would (?:help|be), i think (?:i|we) (?:need|should), we should, let'?s, please, pls,
    plz, requesting, request, when (?:can|could|would|is|are|might|should|will), what time,
    (?:is it|would it be) (?:ok|okay|alright|all right), ok if, okay if, mind if,
    fit (?:me|one|a|in), spare, arrange, set up, schedule, book, grateful for, appreciate a,
    time (?:for|to),
""")

FRAME_DE = any_of(r"""
    sagen sie mir, sag mir, (?:geben sie|gib) mir bescheid,
    koe?nn(?:en|ten|te|test|tet)? (?:wir|sie|ich|du|man), kann (?:ich|man), kannst du,
    koe?nntest du, da?e?rf ich, due?rfte ich, (?:haben|hae?tten|hast|hae?ttest|habt) (?:sie|du|ihr),
    (?:wae?re|ist) es (?:moe?glich|ok|okay|in ordnung), moe?glich,
    (?:gibt es|besteht) (?:die |eine )?moe?glichkeit, moe?glichkeit, gibt es,
    ich (?:wue?rde|moe?chte|will|wollte|haette|bra?e?uchte|brauche|brauch|muss|wue?nsche),
    ich bitte, bitte, wann (?:koe?nn\w*|hae?tt\w*|hast|haben|passt|ginge|geht|wae?re), lass uns,
    lassen sie uns, magst du, moe?gen sie, wue?rden sie, wue?rdest du, wae?ren sie, wae?rst du,
    wae?re, waer'?s, wue?rd, es wue?rde, wue?rde mir, ginge es, geht es, geht sich, kurze frage,
    hae?tt'?st du, ich frage mich, (?:ich )?hatte gehofft, ich hoffe,
    wae?re es (?:einfacher|besser|leichter), zu viel verlangt, (?:darf|duerfte) ich sie bitten,
    wae?ren sie so (?:nett|freundlich), choennt\w*, choent\w*, chasch, haetted sie, haett,
    wuerde es (?:ihnen|dir) etwas ausmachen, haetten sie was, zeit (?:fuer|zum|zu),
""")

FRAME_ES = any_of(r"""
    me (?:vendria|iria) (?:genial|de maravilla|de lujo), avisame, aviseme, digame cuando,
    podemos, podamos, podriamos, puedo, podria, podrias, puedes,
    (?:(?:me|nos|usted|le|la|lo) |^)puede, puede usted, (?:(?:me|nos|ustedes) |^)pueden, se podria,
    podes, podras, pueda, pudiera, tenes, queres, mucho pedir, (?:seria|sera) (?:usted )?tan amable,
    (?:te|le) pareceria bien, (?:te|le) parece(?: bien)?,
    (?:te|le) (?:molesta|molestaria|importa|importaria), (?:estas|esta) (?:libre|disponible),
    seria (?:mas facil|mejor), me haria (?:mucho )?bien, tenia la esperanza, esperaba, espero poder,
    decime, dime, digame, (?:hay|habra|habria) (?:algun )?(?:momento|hueco|rato), se puede,
    (?:es|seria|sera) posible, (?:hay|habria) (?:alguna )?(?:posibilidad|forma|manera), tienes,
    (?:usted |^)tiene, tiene usted, tendrias, tendria, quisiera, queria, quiero, me gustaria,
    me encantaria, necesito, necesitaria, me vendria bien, me haria falta, me harias, ojala,
    tengo ganas de, cuando (?:podemos|podriamos|puedes|podrias|puede|tienes|tiene),
    (?:te|le) (?:viene|vendria|va) bien, por favor, porfa, porfavor, solicito, pido, pedirte,
    pedirle, (?:te |le )?agradeceria, estaria, estarias, tiempo para,
    un (?:rato|momento|hueco|segundo) para,
""")

TALK = rf"(?<![\w-])(?:{TALK_EN}|{TALK_DE}|{TALK_ES})(?![\w-])"
TALK_DE_ONLY = rf"(?<![\w-])(?:{TALK_DE})(?![\w-])"
FRAME = rf"(?<![\w-])(?:{FRAME_EN}|{FRAME_DE}|{FRAME_ES})(?![\w-])"
FRAME_DE_ONLY = rf"(?<![\w-])(?:{FRAME_DE})(?![\w-])"
