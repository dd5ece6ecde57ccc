"""Crisis wordings by family that the first rules (`crisis_en`, `crisis_de`, `crisis_es`) did
not know, in every built-in language (pure data).

Written after reading what two authors outside the rules' corpus wrote (dev/*-a.txt,
dev/*-b.txt): farewells that thank and absolve, getting the means, no longer being around,
danger at home, indirect and dialect German, regional Spanish, text-speak. Each rule names a
family of wordings, not one sentence; the same bounded-gap, flat-alternation form as the
other rule modules keeps hostile input linear.
"""

from __future__ import annotations

import re

from daemon.core.safety.crisis_base import (
    ACTIVE,
    ACUTE,
    DANGER,
    HOPELESS,
    PASSIVE,
    PLAN,
    PREPARATORY,
    SELF_HARM,
    THIRD_PARTY,
    Rule,
    rule,
)

_GUN = r"(?:gun|guns|rifle|shotgun|pistol|revolver|firearm)"

EN: tuple[Rule, ...] = (
    # Farewells that thank and absolve: "you did everything you could, its not your fault".
    rule(
        PREPARATORY,
        r"(?:none of this is|this is not|this isnt|its not|it is not|it wasnt|it was not|not)"
        r" (?:your|ur) fault|(?:you|u) (?:did|tried|have done|did) (?:everything|all) (?:you"
        r" could|possible|you can)|(?:couldnt|could not|wouldnt) have (?:done|changed) anything"
        r"|nothing (?:you|u) could (?:have|of) done|thank(?:s| you) for trying",
        after=r"(?: \w+){0,3} (?:bus|train|traffic|weather|delay|cancel\w*|late|rain|strike)",
    ),
    rule(
        PREPARATORY,
        r"(?:passwords|pin numbers|bank details|account details)(?: \w+){0,4} (?:envelope"
        r"|for my|with my)|closed (?:all )?my (?:bank )?accounts|(?:if|in case) (?:anything"
        r"|something) (?:happens|were to happen) to me|(?:wont|will not) have to worry about me",
    ),
    # No longer being around.
    rule(
        PASSIVE,
        r"(?:wont|will not|not going to|not gonna|dont think ill|dont think i will) be (?:here"
        r"|around)(?: \w+){0,2} (?:much longer|for long|for much longer|anymore|any more|for my)"
        r"|(?:tired|sick|exhausted) of (?:being here|existing|being alive|living)"
        r"|(?:pray\w*|hop\w*|wish\w*)(?: \w+){0,2} (?:not|never|i dont|i wont) wak\w*"
        r"|hoping (?:the|my|a) (?:plane|car|bus|train|flight)(?: \w+){0,2} (?:goes down|crash\w*)"
        r"|(?:wish\w*|rather)(?: that)? (?:i )?(?:wasnt|werent|was not|were not|not be|not being)"
        r" (?:here|around|alive|in this world)|waste of (?:oxygen|space|air|a life)|(?:urge|urges"
        r"|desire|need|longing) to (?:die|be"
        r" dead|not exist|not be here|disappear for good)|(?:never|wont ever"
        r"|will never) gets? better"
        r"|deserve a better (?:dad|mum|mom|father|mother|parent|partner|wife|husband)",
    ),
    # Getting the means.
    rule(
        PLAN,
        rf"(?:different|several|multiple|\d+|two|three|four) (?:chemists|pharmacies|shops"
        rf"|supermarkets)(?: \w+){{0,4}} (?:nobody|no one|wouldnt|would not)|(?:have|got|there"
        rf"s|keeps?)(?: \w+){{0,3}} (?:a |his |her |the )?{_GUN}(?: \w+){{0,5}} (?:cupboard|cabinet"
        rf"|safe|key|keys|bullets|ammo|drawer|loft|shed|house)|(?:picked|chosen|chose|set|got)"
        rf" a date|(?:bought|buyed|got|have)(?: \w+){{0,2}} (?:charcoal|helium|a hose|tape for"
        rf" the windows)",
        after=r" (?:for|with) (?:the |our |my )?(?:wedding|party|move|bbq|barbecue|trip)",
    ),
    rule(
        PLAN,
        rf"{_GUN}(?: \w+){{0,5}} (?:cupboard|cabinet|safe|drawer|loft|shed)|(?:where|know where)"
        r" (?:he|she|they|dad|my dad|mum|my mum) keeps? the (?:key|keys|bullets|ammo|gun)",
    ),
    rule(
        PREPARATORY,
        r"(?:if|in case) (?:you|u) (?:dont|never|do not) hear from me|(?:you|u) (?:were|are) the"
        r" only one (?:who )?(?:\w+ )?(?:listened|cared|understood)|while i (?:can )?still (?:hand"
        r"|give)|from \w+ onwards indefinitely|you were good to me",
    ),
    rule(
        PASSIVE,
        r"(?:the lord|god|jesus)(?: will| would)?(?: \w+)? take me|(?:laster|lkw|bus|zug)(?:"
        r" \S+){0,8} (?:waer|waere) mir (?:das )?(?:\w+ ){0,2}recht",
    ),
    rule(
        ACUTE,
        r"(?:drank|drunk|swallowed|took)(?: \w+){0,2} (?:bleach|antifreeze|weedkiller|drain"
        r" cleaner|poison|rat poison)",
    ),
    rule(ACUTE, r"wrong side of the (?:\w+ )?(?:railings?|barrier|fence|rail|balustrade|bridge)"),
    rule(
        ACUTE,
        r"(?:engine|motor|car) (?:is |still )?(?:running|on)(?: \w+){0,5} garage|garage(?:"
        r" \w+){0,5} (?:engine|motor) (?:is |still )?(?:running|on)|(?:at|on|by) the (?:train"
        r" |railway )?(?:tracks|line)(?: \S+){0,8} next (?:one|train)",
    ),
    rule(
        SELF_HARM,
        r"(?:back|went back|going back|gone back|relapsed?)(?: \w+){0,2} (?:to )?(?:the )?"
        r"(?:blade|razor|cutting|burning)|(?:relapsed|relapse)(?: \w+){0,5} (?:cut|cuts"
        r"|arm|thigh|wrist|burn)|\d+ (?:weeks|days|months) clean(?: \w+){0,5} (?:cut|blade)",
    ),
    rule(
        HOPELESS,
        r"whats the point (?:of|in) (?:the )?(?:sessions|therapy|trying|anything|it all"
        r"|going on|carrying on|living|me)|ill (?:always )?be (?:like )?this (?:person )?forever",
    ),
    rule(
        DANGER,
        r"(?:he|she|they) (?:locks|locked) (?:me in|the door)(?: \w+){0,6} (?:takes|took)"
        r" the keys?|(?:he|she) (?:reads|checks|monitors|goes through) my (?:messages|texts"
        r"|emails|phone|mail)|(?:took|takes|taken) my (?:phone|passport|keys|car keys) (?:away"
        r"|again)|(?:grabbed|had) me by the (?:throat|neck|hair)|chair (?:under|against) the"
        r" (?:door|handle)|(?:keeps? )?(?:turning|showing) up (?:outside|at) my (?:work|house"
        r"|flat|door)",
    ),
    rule(
        SELF_HARM,
        r"kms|sh again|sh urges?|(?:sleeves|jumper|hoodie) (?:down|on)(?: \S+){0,8} (?:see"
        r"|notice) my (?:arms|wrists|legs)|with (?:a |the |my )?lighter",
        after=r" (?:to light|for the|for my|on the (?:candle|hob|stove|bbq))",
    ),
)

DE: tuple[Rule, ...] = (
    # Thinking about dying and how: "ich denk viel ans sterben und wie ich es machen koennte".
    rule(
        ACTIVE,
        r"(?:denk|denke|denken|dachte|gedanken)(?: \w+){0,3} (?:ans|an das|uebers|ueber das)"
        r" sterben",
        after=r"(?: \w+){0,3} (?:von (?:oma|opa|mama|papa|meiner|meinem)|im (?:buch|film))",
    ),
    # Getting the means, said plainly: "ich hab mir tabletten besorgt, die reichen".
    rule(
        PLAN,
        r"(?:tabletten|pillen|medikamente|schlaftabletten|seil|strick)(?: \w+){0,2}"
        r" (?:besorgt|gekauft|gesammelt|gehortet)(?: \.)?(?: \w+){0,4} (?:die|das|der|sie|es)"
        r" (?:reichen|reicht)",
    ),
    rule(
        PREPARATORY,
        r"(?:nicht|ned|nie|net|nid|noed) (?:ihre|deine|eure|ihri|dini|ihr|euer) schu\w*"
        r"|(?:sie|du) (?:haben|hast|haetten|haettest|hend|haend|ham|hom) (?:wirklich )?(?:alles"
        r"|ihr bestes|dein bestes|nichts anders|alles gmacht)|danke fuers versuchen"
        r"|(?:meine|mini) sache (?:jetzt )?(?:geordnet|gordnet)|alles geregelt(?: \w+){0,3}"
        r" zu regeln|briefe an (?:die|meine) kinder|bestattungsvorsorge|konten aufgeloest"
        r"|passwoerter im umschlag|\w*schluessel (?:beim|dem) vermieter (?:eingeworfen|abgegeben)"
        r"|falls (?:mir )?(?:was|etwas) (?:ist|passiert)"
        r"|(?:brauch|brauche) sie nicht mehr|solange? ich (?:\w+ ){0,3}noch (?:selbst )?(?:geben"
        r" kann|kann)",
        after=r" (?:mit dem|mit der|wegen|beim) (?:zug|bus|wetter|stau|termin)",
    ),
    rule(
        PASSIVE,
        r"muede vom dasein|(?:einschlafen|einschlaf|schlafen) und (?:fertig|nicht mehr"
        r" aufwach\w*)|(?:nicht|nimmer|nimma|nuem+e?|ned|nid) (?:mehr )?(?:da|do|hier)"
        r" (?:sein|si|sei|waer\w*)|(?:ich|i) (?:meinen|mein) \d+ \w*(?: \w+)? (?:noch )?erleb"
        r"|sorgen (?:machen )?(?:um mich )?(?:nicht mehr lange|nicht mehr lang)|nicht mehr"
        r" lange sorgen",
    ),
    rule(
        PLAN,
        r"(?:gewehr|jagdgewehr|pistole|waffe|revolver)(?: \w+){0,4} (?:schrank|schluessel"
        r"|keller|tresor)|(?:apotheken|apotheke)(?: \w+){0,3} damit (?:keiner|niemand)"
        r"|(?:tabletten|pillen|insulin) (?:zur seite|beiseite|auf vorrat|gesammelt|gehortet)"
        r"|(?:insulin|tabletten) auf vorrat|(?:datum|tag) ausgesucht|wie hoch (?:das|die"
        r" bruecke|es) ist|wie viele (?:von )?(?:meinen )?(?:tabletten|pillen)(?: \w+){0,2}"
        r" (?:braeuchte|braucht)|(?:ich )?(?:hab|habe) (?:nen|einen) plan|ausgschaut wo",
    ),
    rule(
        ACUTE,
        r"parkhausdach|steilkueste|falschen seite (?:vom|des) gelaender|motor laeuft(?: \w+){0,3}"
        r" garage\w*|garagentor zu|(?:bin|steh|stehe|sitz|sitze) (?:grad |gerade |jetzt )?"
        r"(?:am|auf der|auf dem|auf da|an der) (?:rhein|bruecke|bruckn|dach|gleisen|klippe)"
        r"|(?:den rest|viele)(?: \w+){0,3} (?:tabletten|pillen)(?: \w+){0,3} genommen"
        r"|(?:lithium|\w*tabletten) genommen(?: \w+){0,4} (?:viele|wodka|schwindlig|zittrig)"
        r"|hoert nicht auf(?: \w+){0,3} handtue\w*|(?:dreissig|zwanzig|vierzig|\d+|viele|alle)"
        r" (?:von )?(?:meinen )?\w*(?:tabletten|pillen) (?:eingenommen|genommen|geschluckt)",
    ),
    rule(
        SELF_HARM,
        r"rueckfall(?: \S+){0,6} (?:arm|bein|oberschenkel|schnitte|tief|geschnitten|ritz\w*)"
        r"|wieder geschnitten|(?:mit dem|am) feuerzeug verbrannt|verbrannt mit dem feuerzeug"
        r"|kratzer am handgelenk|svv|hau mir (?:selbst )?(?:gegen|an) den kopf"
        r"|(?:\d+|sieben|drei|vier) (?:wochen|tage) clean",
    ),
    rule(
        HOPELESS,
        r"klotz am bein|belastig|verschwendung von (?:platz|luft|sauerstoff)|wozu (?:die|noch"
        r"|das alles) (?:sitzungen|therapie|termine)"
        r"|bleib eh so|(?:kaemen|kommen|waeren|waer) (?:\w+ )?ohne mich (?:gut|besser)"
        r"|einen besseren (?:vater|mutter|papa|mama)",
    ),
    rule(
        DANGER,
        r"(?:handy|telefon) weggenommen|(?:er|sie) liest mit|liest (?:meine|alle)"
        r" (?:nachrichten|mails|chats)|steht(?: \w+){0,6} vor meiner (?:arbeit|tuer"
        r"|wohnung)|stiefvater(?: \w+){0,6} (?:zimmer|bett)|stuhl unter die klinke"
        r"|sperrt mich ein|schliesst mich ein",
    ),
    rule(
        THIRD_PARTY,
        r"(?:hat|haben) mir (?:seine|ihre)(?: \S+){0,6} (?:gegeben|geschenkt"
        r"|vermacht)(?: \S+){0,14}"
        r" (?:mies|schlecht|nicht gut|ich denke)",
    ),
)

ES: tuple[Rule, ...] = (
    rule(
        PREPARATORY,
        r"(?:no es|no fue|nada de esto es|nada es) (?:culpa tuya|tu culpa|su culpa|culpa suya)"
        r"|hiciste todo lo que (?:pudiste|podias)|hizo todo lo que (?:pudo|podia)"
        r"|(?:fuiste|fue) (?:la unica|el unico)(?: \w+){0,2} que me (?:escucho|entendio)"
        r"|(?:quiero|queria) despedirme|cartas para mis (?:hijos|hijas|padres)|si me pasa algo"
        r"|se (?:va a )?quedar? con (?:el|mi) (?:gato|perro)|(?:deje|tengo|puse) todo (?:arreglado"
        r"|en orden)|(?:mis )?asuntos en orden|contrasenas en un sobre|no (?:le|te) molestare"
        r" mas|ya no (?:las|los) voy a necesitar|hice (?:el )?testamento hoy",
    ),
    rule(
        PASSIVE,
        r"si (?:yo )?no estuviera|me quiero ir para siempre|no despertarme|(?:le )?pido a dios"
        r"(?: \w+){0,3} (?:me lleve|llevarme)|ojala me (?:atropell\w*|pise|mate)",
    ),
    rule(
        PLAN,
        r"pienso en (?:aventarme|tirarme|botarme|lanzarme)|(?:elegi|escogi|tengo) la fecha"
        r"|ya se como y donde|(?:pistola|arma|escopeta|revolver)(?: \w+){0,6} (?:ropero|placard"
        r"|armario|balas|llave)|horarios del tren(?: \w+){0,2} que no para|que altura tiene",
    ),
    rule(
        ACUTE,
        r"(?:me tome|tome)(?: \w+){0,6} (?:el resto|todas|treinta|\d+)(?: \w+){0,3}"
        r" (?:pastillas|clonazepam|\w+pam|pildoras)|el resto (?:del|de mis) \w+|motor encendido"
        r"|(?:coche|carro|auto) (?:esta )?encendido(?: \w+){0,3} garaje|desde la azotea"
        r"|arriba del puente",
    ),
    rule(
        SELF_HARM,
        r"me (?:he vuelto a |volvi a )?quem\w* con (?:el|un) (?:mechero|encendedor|cigarro)"
        r"|me corte otra vez|recai\w*(?: \w+){0,3} (?:cortes|corte|brazo|muslo)|cortes en (?:el"
        r"|los|mi|mis) (?:muslos?|brazos?|piernas?)|\d+ dias limpia?o?|mangas largas(?: \w+){0,6}"
        r" brazos",
    ),
    rule(
        HOPELESS,
        r"para que las sesiones|voy a ser asi siempre|(?:estarian|estaria|se arreglaria\w*)"
        r"(?: \w+){0,2} (?:bien|mejor) sin mi|no veo (?:ningun )?futuro",
    ),
    rule(
        DANGER,
        r"me quito el (?:telefono|celular|movil|pasaporte)|(?:el|ella) (?:lee|revisa) mis"
        r" (?:mensajes|correos)|el lo lee|se para afuera de|me agarro del cuello|cierra con"
        r" llave y se lleva|si lo dejo me mata|me encierra|padrastro(?: \w+){0,4} (?:cuarto"
        r"|cama)|silla contra la puerta|me rompio (?:dos |tres |una |las )?costillas?",
    ),
    rule(
        THIRD_PARTY,
        r"esta regalando sus cosas|ya no voy a estar mucho tiempo|me (?:regalo|dejo) (?:la|su"
        r"|el)(?: \w+){0,6} (?:bajon|cuidalo)",
    ),
)

# Idioms whose words the rules would take for a crisis: blanked out of the normal form before the
# rules run (the model still reads the whole text). Each is a family of everyday phrases.
IDIOMS = re.compile(
    r"(?<!\w)(?:"
    r"kill(?:ing|ed|s)? (?:me|myself|us) (?:laughing|with laughter)|(?:feel|feeling|felt)"
    r" (?:like )?a burden (?:asking|for asking|to ask)|no hope of (?:getting|making|being)"
    r"|(?:on|of) the bridge of the (?:ferry|ship|boat)|goodbye (?:emails?|cards?|messages?"
    r"|drinks) to (?:the |my )?(?:old )?(?:job|team|work|company|colleagues|office)"
    r"|before i go on (?:maternity|paternity|parental|sick) leave|before i go on holiday"
    r"|dont want to go home for (?:christmas|xmas|the holidays|easter|thanksgiving)"
    r"|the ground to swallow me(?: up)?"
    # Routine medication taken as prescribed, in every language.
    r"|(?:took|taken|had) my (?:pills|meds|tablets|medication) (?:this morning|today|tonight"
    r"|already|as usual)|(?:ya )?me tome (?:las|mis) pastillas (?:esta manana|hoy|de hoy"
    r"|esta noche)|(?:meine )?(?:tabletten|medikamente) (?:heute )?(?:morgen |frueh |schon )"
    r"genommen"
    # German
    r"|(?:kann|koennt\w*) nicht mehr(?: \.)? vor lachen|keine hoffnung(?: \.)? dass ichs?"
    r"(?: \w+){0,5} (?:schaffe|puenktlich)|als (?:eine )?last(?: \.)? wenn ich frag\w*"
    r"|bruecke (?:von der|der) faehre|abschiedsmail an die (?:alte )?firma|abschiedskarte"
    r"|keinen sinn mehr mit (?:dem|der|den) (?:\w+ )?(?:drucker|auto|computer|laptop|handy"
    r"|formular\w*)|mag nicht mehr (?:jeden|jede|zur|zum|ins|in die|so frueh)"
    r"|zu tode erschreckt|nicht sicher beim (?:autofahren|fahren|radfahren)"
    # Spanish
    r"|(?:no puedo mas|me muero|me quiero morir|me mori|estoy muert[oa]|muert[oa]) de (?:la )?"
    r"(?:risa|vergue?enza|sueno|cansancio|hambre|calor|frio|aburrimiento|nervios)"
    r"|me (?:mato|va a matar|esta matando) (?:ese|este|el|la|esa|del) (?:partido|examen"
    r"|corazon|gripe)|(?:partido|examen|carrete|gripe)(?: \w+){0,3} me (?:mato|va a matar"
    r"|esta matando)|me siento una carga (?:pidiendo\w*|preguntando\w*)"
    r"|no tengo esperanza de (?:llegar|ganar|conseguir)|en el puente del (?:ferry|barco)"
    r"|(?:tren|metro) esta parado en las vias|cuerda nueva para el juguete"
    r"|me pega unos? sustos?|no aguanto (?:mas )?(?:al|a la|a mi|a mis|a los|a las)"
    r" (?:vecino|vecina|suegra|suegro|jefe|jefa|musica|ruido)"
    r")(?!\w)"
)

BY_LANGUAGE: dict[str, tuple[Rule, ...]] = {"en": EN, "de": DE, "es": ES}
