"""Crisis wordings in German, Austrian and Swiss German, as people write them (pure data).

Written for `crisis_base.normalise`: "ae" for "ä", "ss" for "ß", "." for any punctuation.
Indirect wordings count ("es wäre besser, wenn ich nicht mehr da wäre", "ich mag nicht mehr"),
and so do negations ("ich will mich nicht umbringen").
"""

from __future__ import annotations

from daemon.core.safety.crisis_base import (
    ABOUT,
    ACTIVE,
    ACUTE,
    DANGER,
    HOPELESS,
    PASSIVE,
    PLAN,
    PREPARATORY,
    SELF_HARM,
    THIRD_PARTY,
    TOPIC_AFTER,
    rule,
    wordset,
)

STOPWORDS = wordset(
    "ich und nicht der die das mich mir ist zu es sie ein eine mit auf wenn aber noch auch"
    " hab habe bin wie dass mehr schon"
)

_DAYS = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?"
_NO_MORE = r"(?:nicht mehr|nimmer|nimma|nuemme|nuemmer|nuemm|ned mehr|nid meh|nimmermehr)"
_PILLS = r"(?:tabletten|pillen|medikamente|schlaftabletten|medis|tabl\w*)"
_KIN = (
    r"(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer)(?: \w+)? "
    r"(?:sohn|tochter|kind|kinder|bruder|schwester|mutter|mama|mami|vater|papa|freund|freundin"
    r"|mann|frau|partner|partnerin|mitbewohner|mitbewohnerin|kollege|kollegin|neffe|nichte"
    r"|cousin|cousine|oma|opa|enkel|enkelin|ex|nachbar|nachbarin|schueler|schuelerin|klient"
    r"|klientin|bub|buben|maedchen|stiefsohn|stieftochter|kumpel|spezl|bekannte[rn]?|liebste[rn]?)"
)
_ABUSER = (
    r"(?:er|sie|(?:mein|meine) (?:mann|freund|partner|ex|vater|papa|stiefvater|bruder|sohn"
    r"|onkel|frau|freundin|partnerin|mutter|mama|stiefmutter|schwester|familie|eltern))"
)

RULES = (
    # -- acute
    rule(
        ACUTE,
        r"(?:stehe?|steh|sitze?|sitz|bin|befinde mich|hocke?)(?: \w+){0,3} (?:auf|an) (?:der"
        r"|dem|den|einer|einem) (?:\w*bruecke|dach|gleisen|schienen|gleis|hochhaus|klippe|abgrund"
        r"|gelaender|brueckengelaender|kante)",
        after=r"(?: \w+){0,3} (?:repariere|reparier|arbeite|putze|fotografiere|grille|feiere"
        r"|warte auf)(?!\w)",
    ),
    rule(ACUTE, r"bahnsteig(?: \w+){0,4} spring\w*|spring\w*(?: \w+){0,3} vor (?:den|einen) zug"),
    rule(
        ACUTE,
        rf"(?:ganze|ganzen|alle|zu viele|eine packung|eine schachtel|eine dose|eine flasche|\d\d"
        rf"|zwanzig|dreissig|vierzig|fuenfzig)(?: \w+){{0,2}}"
        rf" (?:{_PILLS}|packung\w*|schachtel\w*|dose)(?: \w+){{0,3}} (?:geschluckt|genommen"
        rf"|eingenommen|runtergeschluckt|eingeworfen)|(?:flasche|schnaps|wodka|alkohol)(?: \w+)"
        rf"{{0,5}} {_PILLS}",
    ),
    rule(ACUTE, r"ueberdosis (?:genommen|geschluckt)|ueberdosiert"),
    rule(
        ACUTE,
        r"(?:schon|bereits|gerade) (?:geschnitten|geritzt)|(?:hoert|hoeren) nicht auf"
        r" zu bluten|blute (?:stark|so stark|sehr)|(?:seil|strick) (?:ist |liegt )?(?:bereit"
        r"|fertig)",
    ),
    # -- plan
    rule(
        PLAN,
        rf"{_PILLS}(?: \w+){{0,2}} (?:zusammengespart|gesammelt|gehortet|gebunkert|aufgespart"
        rf"|angespart|aufgehoben)|(?:sammle|sammel|horte|hortet|horten|bunkere?|spare)"
        rf"(?: \w+){{0,3}} {_PILLS}",
    ),
    rule(
        PLAN,
        r"(?:welche|die hoechste|hoch genug)(?: \w+){0,3} bruecke|bruecke(?: \w+){0,3} hoch genug"
        r"|toedliche dosis|wie viele (?:\w+ )?(?:tabletten|pillen)(?: \w+){0,3} (?:toedlich"
        r"|reichen|braucht|sterben)",
    ),
    rule(
        PLAN,
        r"(?:wie|wo|wann) ich (?:es|das) (?:mache|machen|tun|tue|anstelle)",
        after=r"(?: \w+)? (?:soll|sollte|kann|koennte|schaffe|schaffen|muss)(?!\w)",
    ),
    rule(
        PLAN,
        r"wie ich (?:mich|mir)(?: \w+){0,2} (?:umbring\w*|toete|das leben)|(?:einen|nen|meinen)"
        r" plan(?: \w+){0,3} (?:datum|termin|zeitpunkt|tag|wann)|(?:dann|danach|nach \w+|am \w+"
        r"|morgen|heute) ist schluss",
    ),
    rule(
        PLAN,
        r"(?:seil|strick|waffe|pistole|gewehr|holzkohle)(?: \w+){0,2} gekauft|gekauft(?: \w+)"
        r"{0,2} (?:seil|strick)|(?:wenn|sobald) (?:alle|keiner|niemand)(?: \w+){0,3} (?:mach"
        r"|mache|tu|tue) ich(?:s| es)",
    ),
    # -- preparatory
    rule(
        PREPARATORY,
        r"abschied\w*(?:brief|nachricht|mail|video|zeilen|worte)\w*"
        r"|(?:lebt|lebe|leben sie) wohl(?! in| im| und viel| und alles gute)",
    ),
    rule(
        PREPARATORY,
        r"(?:werde|brauche|braucht|benoetige)(?: \w+){0,3} (?:stunden|sitzungen|termine"
        r"|therapie|hilfe)(?: \w+)? nicht mehr",
        after=r" (?:am|um|ab|an|diese|naechste|im|in|bis|weil|da)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"wenn ich (?:nicht mehr (?:da|hier|am leben)|tot|weg) bin|wenn ich nicht mehr (?:bin|lebe)"
        r"|wenn (?:sie|du|ihr)"
        r" (?:das|dies) (?:lesen|liest|lest)(?: \w+)? (?:bin ich|ist es)",
    ),
    rule(
        PREPARATORY,
        r"(?:was|etwas) von mir hat|sich an mich erinner\w*|(?:wertsachen|habseligkeiten"
        r"|lieblings\w*|schmuck|erbstueck\w*|sachen) (?:\w+ ){0,2}?(?:verschenkt|weggegeben"
        r"|hergegeben|vermacht)",
    ),
    rule(
        PREPARATORY,
        r"testament (?:gemacht|geschrieben|aufgesetzt)|von allen verabschiedet|verabschieden"
        r"(?: \w+){0,3} bevor ich (?:gehe|sterbe|es tue|weg bin)|alles geregelt(?: \S+){0,8}"
        r" (?:briefe?|abschied|testament|aufgeraeumt|katze|hund)",
    ),
    rule(
        PREPARATORY,
        r"(?:das|dies) ist (?:meine|die) letzte (?:mail|email|e mail|nachricht)",
        after=r" (?:vor|bis|fuer heute|diese woche|in diesem|an sie vor)(?!\w)",
    ),
    # -- third person at risk
    rule(
        THIRD_PARTY,
        rf"{_KIN}(?: \S+){{0,10}} (?:ritzt|ritzen|geritzt|(?:sich|sie sich|er sich)(?: \w+){{0,3}}"
        rf" (?:selbst |selber )?(?:umbringen|umzubringen|toeten|verletzen|verletzt|schneidet"
        rf"|antun|anzutun|weh tut|umgebracht|erhaengt)|verletzt sich|suizid\w*|selbstmord\w*"
        rf"|(?:will|moechte|wollte|mag)(?: \w+){{0,2}} sterben|vom sterben|{_NO_MORE} leben"
        rf"|abschied\w*|{_PILLS} (?:gesammelt|gehortet)|sammelt {_PILLS}|svv|lebensmuede"
        rf"|ueberdos\w*|(?:tabletten|pillen) geschluckt|schneidet sich|das leben (?:zu )?nehmen"
        rf"|auf (?:der|die) bruecke|auf dem dach|keinen sinn mehr|bringt sich(?: \w+){{0,2}} um"
        rf"|sich (?:was|etwas) (?:an)?getan)",
    ),
    # -- danger from others
    rule(
        DANGER,
        rf"{_ABUSER} (?:hat )?(?:mich|uns)(?: \w+){{0,3}} (?:geschlagen|geschubst|gestossen"
        r"|gewuergt|getreten|verpruegelt|bedroht|vergewaltigt|eingesperrt|angegriffen"
        r"|runtergestossen|hinuntergestossen|runtergeschubst|verletzt)",
    ),
    rule(
        DANGER,
        rf"{_ABUSER} (?:schlaegt|pruegelt|wuergt|tritt|bedroht|verfolgt|schlug|pruegelte"
        r"|stalkt|kontrolliert|vergewaltigt|haut)(?: \w+){0,2} (?:mich|uns)",
    ),
    rule(
        DANGER,
        r"gedroht(?: \w+){0,3} (?:mich|uns)(?: \w+){0,2} (?:umzubringen|zu toeten|zu schlagen"
        r"|weh zu tun|fertigzumachen)|droht(?: \w+){0,3} mich (?:umzubringen|zu toeten"
        r"|zu schlagen)|(?:bringt|bringe) (?:er|sie) mich um|(?:er|sie) bringt mich (?:noch )?um",
    ),
    rule(
        DANGER,
        r"(?:zu hause|zuhause|daheim|bei ihm|bei ihr|hier|dort)(?: \w+)? nicht (?:mehr )?sicher"
        r"|fuehle? mich(?: (?!beim )\w+){0,3} nicht (?:mehr )?sicher|nicht sicher vor (?:mir|ihm"
        r"|ihr)"
        r"|(?:bin|sind|fuehle mich)(?: \w+){0,2} in gefahr|handgreiflich",
        after=r" (?:ob|wie|wann|was|welche|dass|den|die|das|meinen|meine|zu)(?!\w)",
    ),
    rule(
        DANGER,
        r"angst(?: \w+){0,2} (?:nach hause|heim) zu (?:gehen|kommen|fahren)|trau\w* mich nicht"
        r" (?:mehr )?(?:nach hause|heim)|angst vor (?:ihm|ihr|meinem (?:mann|freund|partner|ex"
        r"|vater|stiefvater|bruder|sohn)|meiner (?:frau|freundin|partnerin|ex|mutter"
        r"|stiefmutter|familie))|haeusliche gewalt",
        before=ABOUT,
    ),
    # -- active
    rule(
        ACTIVE,
        r"(?:suizid|suicid|suizit|selbstmord|selbsmord|freitod)(?!praev|forsch|vorbeug)\w*",
        after=TOPIC_AFTER,
        before=ABOUT,
    ),
    rule(
        ACTIVE,
        r"(?:mich|mi|sich|mir|dich)(?: \w+){0,3} (?:selbst |selber )?(?:umbringen|umzubringen"
        r"|umbrigen|umbringe|umgebracht|toeten|zu toeten|erhaengen|zu erhaengen|aufhaengen"
        r"|aufzuhaengen|erschiessen|zu erschiessen|vergiften|zu vergiften)",
    ),
    rule(ACTIVE, r"bringe? (?:mich|mir)(?: \w+){0,3} um", after=r" ?\d"),
    rule(
        ACTIVE,
        r"umbringen|umzubringen|umbrigen",
        before=r"(?:ihn|sie|dich|euch|ihm|jemanden|den|die|das|es|einen|chef)(?: \w+){0,2} ",
    ),
    rule(ACTIVE, r"(?:etwas|was|irgendwas|irgendetwas)(?: \w+)? an(?:zu)?tu(?:n|e|st)"),
    rule(
        ACTIVE,
        r"(?:mir|sich|mein|meinem) (?:das )?leben (?:zu )?(?:nehmen|beenden)|(?:dem ganzen"
        r"|allem) ein ende (?:zu )?(?:setzen|machen|bereiten)|(?:daran|dran|an) (?:es|alles)"
        r" (?:zu )?beenden|(?:will|moechte|werde) (?:es|alles) beenden|ueberdos\w*",
    ),
    # -- self-harm
    rule(SELF_HARM, r"selbstverletz\w*|svv|selbst verletz\w*", before=ABOUT),
    rule(
        SELF_HARM,
        r"(?:mich|mir|sich) (?:selbst|selber) (?:zu )?(?:verletzen|verletze|verletzt|weh ?tun"
        r"|weh zu tun|wehzutun|schaden|schneiden|schlagen)|verletze (?:mich|mir) (?:selbst"
        r"|selber)|tu(?:e|t)? (?:mir|mich) (?:selbst |selber )?weh|schlage? mich selbst",
    ),
    # "Ritze" is also a crack in the floor; "eine/die/der Ritze" is let through.
    rule(SELF_HARM, r"(?:ge)?ritz(?:e|en|t|te|ten|st)?", before=r"(?:eine|die|der|den) "),
    rule(
        SELF_HARM,
        r"(?:absichtlich|mit absicht|extra)(?: \w+){0,3} (?:geschnitten|verbrannt|verletzt"
        r"|geschlagen|gekratzt|weh getan|wehgetan)|(?:geschnitten|verbrannt|verletzt|geschlagen"
        r"|gekratzt|wehgetan|weh getan)(?: \S+){0,2} (?:absichtlich|mit absicht)"
        r"|mich (?:zu )?(?:schneiden"
        r"|schneide|verbrennen)|rueckfall(?: \w+){0,4} (?:geschnitten|geritzt|verletzt)"
        r"|blutig (?:gekratzt|geschlagen|gebissen)|bis es blutet|hab\w* mich geschnitten",
    ),
    # -- passive
    rule(
        PASSIVE,
        r"(?:will|moechte?|moecht|mag|wuerde (?:gern|lieber)|wuensch\w*|wollte)(?: \w+){0,3}"
        r" sterben",
    ),
    rule(
        PASSIVE,
        r"(?:lieber|besser) (?:tot|gestorben)|waere? (?:ich|i) (?:lieber |am liebsten )?tot"
        r"|wuensch\w*(?: \S+){0,3} tot|am liebsten tot",
    ),
    rule(
        PASSIVE,
        r"(?:nicht|nie|niemals|nimmer|nuemme|nuemmer|nuemm|nimma) (?:mehr |laenger )?(?:leben"
        r"|weiterleben|laebe|lebe|aufwach\w*|aufzuwachen|existieren)",
        after=r" (?:mit|in|so|bei|ohne|wie)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"nicht mehr (?:da|hier|am leben) (?:sein|waere|waer|zu sein)|(?:gar )?nicht mehr auf"
        r" (?:der|dieser) welt|fuer immer verschwinden|verschwinden fuer immer"
        r"|nicht mehr existieren",
    ),
    # -- hopeless
    rule(
        HOPELESS,
        r"(?:bin|sei|waere|fuehle mich)(?: \w+){0,3} (?:eine |ne )?(?:last|belastung|zumutung)"
        r"|(?:allen|jedem|euch)(?: \w+)? (?:nur )?(?:im weg|zur last)",
        after=r"(?: \w+)? (?:von|vom|faellt)(?!\w)",
    ),
    rule(
        HOPELESS,
        rf"(?:kann|will|mag|schaffe?|halte?|pack|packe)(?: (?:es|das|alles|einfach|echt"
        rf"|wirklich|so|halt|eben|langsam|bald|auch|jetzt|gerade|leider|ja|irgendwie|nur|i))*"
        rf" {_NO_MORE}",
        after=rf" (?:am|um|an|zum|zur|bis|vor|nach|ab|als|heute|morgen|uebermorgen|diese[nmrs]?"
        rf"|naechste[nmrs]?|kommen|teilnehmen|dabei|mitmachen|absagen|verschieben|rechtzeitig"
        rf"|puenktlich|erscheinen|anrufen|zahlen|bezahlen|warten|laenger|so (?:viel|lange|oft)"
        rf"|rauchen|trinken|saufen|arbeiten|essen|schlafen|einschlafen|durchschlafen|fahren"
        rf"|{_DAYS}|\d|genau|sagen|erinnern)(?!\w)|(?: \w+){{1,3}} (?:arbeiten|rauchen|trinken"
        rf"|anfangen|kommen"
        rf"|fahren|warten|zahlen|bezahlen|machen|essen|schlafen|spielen|gehen|wohnen)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"nicht mehr aus(?:halten|zuhalten)|halte?(?: \w+){0,3} nicht mehr aus|lebensmuede\w*"
        r"|(?:leid|satt|muede) (?:zu leben|das leben)|keine kraft mehr|keinen ausweg"
        r"|kein ausweg|keine hoffnung|hoffnungslos",
        after=r" (?:verliebt|ueberfordert|veraltet)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"(?:alles|das leben|mein leben|leben) (?:hat|macht)(?: \w+){0,2} keinen sinn|(?:es|das)"
        r" (?:hat|macht)(?: \w+){0,2} keinen sinn mehr|nichts hat (?:mehr )?(?:einen )?sinn",
    ),
    rule(
        HOPELESS,
        r"besser ohne mich|leichter ohne mich|wenn es mich nicht (?:mehr )?gaebe|(?:wird|werde)"
        r" (?:nie|niemals|nie mehr|nie wieder) besser|nie (?:mehr )?besser werden",
    ),
    # -- more wordings, found by probing the rules with fresh sentences
    rule(
        PASSIVE,
        r"(?:waer|waere|wuerde?)(?: \w+){0,2} (?:gern|lieber|am liebsten)(?: \w+){0,2} (?:weg"
        r"|tot|nicht mehr da)|einfach weg sein|fuer immer (?:schlafen|einschlafen|weg)|nie"
        r" (?:wieder|mehr) aufwachen|nie geboren|egal wenn ich sterbe|egal ob ich lebe|keinen"
        r" (?:bock|sinn|grund) mehr zu leben|keine lust mehr (?:zu leben|auf (?:das )?leben)",
    ),
    rule(
        ACTIVE,
        r"schluss machen(?: \w+){0,2} (?:mit allem|mit dem leben|mit mir)"
        r"|mit allem schluss",
    ),
    rule(
        PLAN,
        rf"genug (?:\w+ )?{_PILLS}|{_PILLS}(?: \w+){{0,3}} (?:bereitgelegt|bereit|parat"
        rf"|zurechtgelegt|versteckt)|(?:wann|wo) und wie|wie und wann|(?:den|einen) tag(?: \w+)"
        rf"{{0,2}} (?:ausgesucht|festgelegt|gewaehlt)|(?:seil|strick|waffe|pistole)(?: \w+){{0,3}}"
        rf" (?:im keller|zuhause|zu hause|daheim|bereit|besorgt)|wie man sich (?:umbringt"
        rf"|erhaengt|toetet|das leben nimmt)|plane?(?: \w+){{0,2}} (?:mich|mir)(?: \w+){{0,2}}"
        rf" (?:umzubringen|das leben zu nehmen|zu toeten)|plan(?: \w+){{0,4}} (?:wie|wann) ich"
        rf" sterbe|(?:am wochenende|heute nacht|heute abend|morgen|bald|naechste woche|dann)"
        rf" (?:werde|will|mach|mache|tu|tue) ich (?:es|s)(?: tun| machen)?",
        after=r" (?:fertig|mit|so|anders|noch)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"von (?:meiner familie|meinen eltern|meinen kindern|allen|euch allen|meinen freunden"
        r"|meiner mutter|meinem vater) verabschiedet|(?:sagen sie|sag|sagt)(?: \w+){0,2} dass"
        r" ich (?:sie|ihn|euch) (?:liebe|lieb hab)|(?:nichts mehr|nie wieder) von mir (?:hoeren"
        r"|sehen)|brief\w*(?: \S+){0,8} (?:erklaere|erklaert)|verschenke?\w*(?: \w+){0,3} alles"
        r"(?: \w+){0,3} (?:wichtig|wertvoll|lieb)|alles verschenkt|(?:das|dies) ist (?:ein|mein"
        r"|der) abschied|abschied fuer immer|nicht (?:ihre|deine|eure) schuld|fuer danach"
        r"|nach meinem tod|machs gut(?: \S+){0,2} danke fuer alles|danke fuer alles(?: \S+){0,3}"
        r" machs gut",
    ),
    rule(
        ACUTE,
        r"(?:tabletten|pillen) wirken (?:schon|bereits)|(?:steh|stehe|sitze?) (?:am|auf dem)"
        r" gleis(?! \d)|will (?:\w+ )?(?:springen|runterspringen|mich (?:runter|hinunter)"
        r"stuerzen)|fenster(?: \w+){0,3} (?:springen|spring)",
    ),
    rule(
        SELF_HARM,
        r"hab\w* mich (?:wieder|schon wieder|erneut|heute|gestern|absichtlich|selbst|oft"
        r"|immer wieder) geschnitten|verletze? mich(?: \w+){0,2} (?:seit|immer|oft|wieder|selbst"
        r"|absichtlich|regelmaessig|jeden)|mir in den (?:arm|unterarm|bein|oberschenkel)"
        r" geschnitten|(?:arm|arme|handgelenk\w*|beine?) (?:aufgeschnitten|geritzt)|kopf gegen"
        r" die wand|(?:drang|lust|zwang|druck|gedanken?)(?: \w+){0,2} (?:mich|mir) (?:selbst )?"
        r"(?:zu )?(?:verletzen|schneiden|ritzen|weh ?zu ?tun)|narben an (?:den|meinen) (?:armen"
        r"|beinen)|neue narben",
    ),
    rule(
        HOPELESS,
        r"ohne mich(?: \w+){0,3} besser dran|besser dran ohne mich|keinen sinn mehr|sehe keinen"
        r" sinn(?! (?:in|im|darin|bei) (?:dem|der|den|diesem|dieser|einem|einer))"
        r"|alles (?:ist )?sinnlos|keine zukunft|nie (?:was|etwas) aendern|wird sich nie"
        r"|ich geb(?:e)? (?:es )?(?:einfach |jetzt )?auf(?= \.|$)",
    ),
    rule(
        DANGER,
        r"(?:ist|wird|war|wurde)(?: \w+){0,2} gewalttaetig|(?:werde|wurde|werd)(?: \w+){0,3}"
        r" (?:geschlagen|verpruegelt|bedroht|vergewaltigt|misshandelt)|(?:er|sie) mich (?:umbringt"
        r"|toetet|schlaegt|umbringen wird)|laesst mich nicht (?:aus dem haus|raus|gehen|weg)"
        r"|sperrt mich ein|frauenhaus|polizei gerufen|kontaktverbot|gewaltschutz",
    ),
    # -- a third round of probing
    rule(PASSIVE, r"(?:waer|waere|waeren) (?:\w+ )?nicht mehr (?:da|hier)"),
    # -- a fourth round of probing
    rule(
        PASSIVE,
        r"nicht mehr am leben (?:sein|waere|waer)|lieber(?: \w+)? nicht mehr (?:da|hier"
        r"|leben|am leben)",
    ),
    rule(PLAN, r"alles (?:vorbereitet|geplant|bereit|organisiert)(?= \.|$)"),
    rule(
        PREPARATORY,
        r"damit (?:sie|er|ihr|du) (?:eine |etwas zur |was zur )?erinnerung"
        r"|(?:geschenkt|verschenkt|gegeben|vermacht)(?: \w+){0,4} (?:zur erinnerung)",
    ),
    rule(ACUTE, r"pulsadern?|(?:aufgeschnitten|aufgeschlitzt)"),
    rule(
        SELF_HARM,
        r"(?:schneide|schneid|schnitt) mich|ritze? mich",
        after=r" (?:beim|am"
        r"|an)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"(?:alles|leben|es) (?:ist|wirkt|scheint) (?:so |total |voellig |einfach )?"
        r"sinnlos|nichts wert|wertlos|bin (?:ein )?versager",
    ),
    rule(DANGER, r"(?:er|sie|mein \w+) droht mir|bedroht mich"),
    # -- a fifth round of probing
    rule(
        PLAN,
        r"(?:stelle|ort|platz|bruecke|tag|zeitpunkt)(?: \w+){0,2} (?:ausgesucht|gewaehlt"
        r"|festgelegt)|genug (?:fuer alles|um zu sterben|fuer mich)",
    ),
    rule(
        PREPARATORY,
        r"sachen (?:verteilt|verschenkt|weggegeben|aufgeteilt)|(?:sagen sie|sag"
        r"|sagt)(?: \w+){0,2} dass es mir leid tut",
    ),
    rule(
        SELF_HARM,
        r"(?:brenn|brenne|verbrenn|verbrenne) mich|feuerzeug\w*(?: \w+){0,3} (?:haut"
        r"|arm)|(?:hau|haue|schlag|schlage) mir (?:selbst |selber )?(?:ins gesicht|auf den kopf)",
    ),
    rule(HOPELESS, r"wird nie aufhoeren|hoert nie auf"),
    rule(DANGER, r"fasst mich an|missbraucht mich|hat mich missbraucht"),
    # -- a sixth round of probing
    rule(
        PLAN,
        rf"{_PILLS}(?: \w+){{0,3}} ob (?:es|sie) reich\w*|(?:zaehle|zaehl|gezaehlt)"
        rf"(?: \w+){{0,2}} {_PILLS}",
    ),
    rule(
        PASSIVE,
        r"hoffe(?: \w+){0,2} (?:ich )?wache?(?: \w+){0,2} (?:nicht|nie) (?:mehr "
        r"|wieder )?auf",
    ),
    # -- a seventh round of probing
    rule(PREPARATORY, r"letzte[nr]? willen?"),
    rule(HOPELESS, r"(?:hat|macht)(?: \w+){0,2} keinen zweck"),
)
