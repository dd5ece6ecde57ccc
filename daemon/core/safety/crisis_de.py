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
_NO_MORE = (
    r"(?:nicht mehr|nimmer|nimma|nuemme|nuemmer|nuemm|ned mehr|nid meh|nimmermehr|nemme|nimme"
    r"|nimmi)"
)
_PILLS = r"(?:tabletten|pillen|medikamente|schlaftabletten|medis|tabl\w*)"
_KIN = (
    r"(?:mein|meine|meinen|meinem|meiner|mei|unser|unsere|unseren|unserem|unserer)(?: \w+)? "
    r"(?:sohn|tochter|kind|kinder|bruder|schwester|mutter|mama|mami|vater|papa|freund|freundin"
    r"|mann|frau|partner|partnerin|mitbewohner|mitbewohnerin|kollege|kollegin|neffe|nichte"
    r"|cousin|cousine|oma|opa|enkel|enkelin|ex|nachbar|nachbarin|schueler|schuelerin|klient"
    r"|klientin|bub|buben|maedchen|stiefsohn|stieftochter|kumpel|spezl|bekannte[rn]?|liebste[rn]?)"
)
# "nicht" as Bavarian, Austrian and Swiss writers spell it; the dialect forms that already mean
# "nicht mehr" (nimmer, nüme) stand alone.
_NOT = r"(?:nicht|nich|ned|net|nid|noed|nimmer|nimma|nuemme|nueme|nuemmer)"
# Medicines by brand-free name as clients write them: an overdose rarely says "Tabletten".
_MEDS = (
    r"(?:\w*tablett\w*|\w*pillen|medikamente|medis|\w+azepam|zopiclon|zolpidem|lithium|insulin"
    r"|tramal|tilidin|pills|methadon|ibus?|ibuprofen|paracetamol|aspirin|\w+triptylin|citalopram|quetiapin"
    r"|seroquel|morphin\w*|fentanyl|oxycodon|tavor|valium|\w+zolam|tramadol|codein|mirtazapin"
    r"|sertralin|venlafaxin|fluoxetin|\w*blister)"
)
# "ich bring mich um 😂 nee spaß" and "ich könnte jeden umbringen, haha": joking, said at once.
_JOKE = r"(?: \.)?(?: (?:nee|ne|nein|nur|war|haha|hehe)){0,2} (?:spass|haha\w*|hehe\w*|lol|scherz)"
# Talk about the topic in German beyond the shared ABOUT: a course module, an overdose on shift
# or in a novel, a package leaflet.
_ABOUT_DE = (
    rf"{ABOUT}|(?:modul|thema|kurs|schulung|seminar|workshop|fortbildung|referat|vortrag|\w*buch"
    r"|\w*ratgeber|aktionswoche|projektwoche|themenwoche)(?: \w+){0,2} (?:zu|ueber|zum thema)"
    r" (?:\w+ und )?|(?:trainer\w*|dozent\w*|referent\w*)(?: \S+){0,12} |durch |(?:patient\w*"
    r"|figur|wir hatten)(?: \w+){0,7} |(?:kurs|modul|schulung|\w*unterricht)(?: \w+){0,8}"
    r" (?:ging|gings|gehts|geht) (?:es )?(?:drum|darum|um) |wir haben (?:\w+ )?(?:viel |lange )?"
    r"ueber "
)
_ABUSER = (
    r"(?:er|sie|(?:mein|meine) (?:mann|freund|partner|ex|vater|papa|stiefvater|bruder|sohn"
    r"|onkel|frau|freundin|partnerin|mutter|mama|stiefmutter|schwester|familie|eltern))"
)

RULES = (
    # -- acute
    rule(
        ACUTE,
        r"(?:stehe?|steh|sitze?|sitz|bin|befinde mich|hocke?)(?: \w+){0,3} (?:auf|an) (?:der|dem"
        r"|den|einer|einem) (?:\w*bruecke|dach|gleisen|schienen|gleis|hochhaus|klippe|abgrund"
        r"|gelaender|brueckengelaender|kante)",
        after=r"(?: \w+){0,3} (?:repariere|reparier|arbeite|putze|fotografiere|grille|feiere"
        r"|warte auf|stau)(?!\w)",
    ),
    rule(ACUTE, r"bahnsteig(?: \w+){0,4} spring\w*|spring\w*(?: \w+){0,3} vor (?:den|einen) zug"),
    rule(
        ACUTE,
        rf"(?:ganze|ganzen|alle|zu viele|eine packung|eine schachtel|eine dose|eine flasche|\d\d"
        rf"|zwanzig|dreissig|vierzig|fuenfzig)(?: \w+){{0,2}} (?:{_PILLS}|packung\w*|schachtel\w*"
        rf"|dose)(?: \w+){{0,3}} (?:geschluckt|genommen|eingenommen|runtergeschluckt|eingeworfen)"
        rf"|(?:flasche|schnaps|wodka|alkohol)(?: \w+){{0,5}} {_PILLS}",
    ),
    rule(ACUTE, r"ueberdosis (?:genommen|geschluckt)|ueberdosiert"),
    rule(
        ACUTE,
        r"(?:schon|bereits|gerade) (?:geschnitten|geritzt)|(?:hoert|hoeren) nicht auf zu bluten"
        r"|blute (?:stark|so stark|sehr)|(?:seil|strick) (?:ist |liegt )?(?:bereit|fertig)",
    ),
    # -- plan
    rule(
        PLAN,
        rf"{_PILLS}(?: \w+){{0,2}} (?:zusammengespart|gesammelt|gehortet|gebunkert|aufgespart"
        rf"|angespart|aufgehoben)|(?:sammle|sammel|horte|hortet|horten|bunkere?"
        rf"|spare)(?: \w+){{0,3}} {_PILLS}",
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
        r"wie ich (?:mich|mir)(?: \w+){0,2} (?:umbring\w*|toete|das leben)|(?:einen|nen"
        r"|meinen) plan(?: \w+){0,3} (?:datum|termin|zeitpunkt|tag|wann)|(?:dann|danach|nach \w+"
        r"|am \w+|morgen|heute) ist schluss",
    ),
    rule(
        PLAN,
        r"(?:seil|strick|waffe|pistole|gewehr|holzkohle)(?: (?!(?:fuers|fuer|zum) )\w+){0,2}"
        r" gekauft|gekauft(?: \w+){0,2} (?:seil|strick)|(?:wenn|sobald) (?:alle|keiner"
        r"|niemand)(?: \w+){0,3} (?:mach|mache|tu|tue) ich(?:s| es)",
    ),
    # -- preparatory
    rule(
        PREPARATORY,
        r"abschied\w*(?:brief|nachricht|mail|video|zeilen|worte)\w*|(?:lebt|lebe"
        r"|leben sie) wohl(?! in| im| und viel| und alles gute)",
        # a retiring boss's farewell letter, recognising them on a first-aid course
        after=r"(?: \w+){0,3} (?:chef\w*|kolleg\w*|rente|ruhestand|firma|team|erkennen|schule"
        r"|klasse)(?!\w)",
        before=r"(?:abschiedsfeier|abizeitung|schule)(?: \w+){0,6} ",
    ),
    rule(
        PREPARATORY,
        r"(?:werde|brauche|braucht|benoetige)(?: \w+){0,3} (?:stunden|sitzungen|termine|therapie"
        r"|hilfe)(?: \w+)? nicht mehr",
        after=r" (?:am|um|ab|an|diese|naechste|im|in|bis|weil|da)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"wenn ich (?:nicht mehr (?:da|hier|am leben)|tot|weg) bin|wenn ich nicht mehr (?:bin"
        r"|lebe)|wenn (?:sie|du|ihr) (?:das|dies) (?:lesen|liest|lest)(?: \w+)? (?:bin ich|ist es)",
    ),
    rule(
        PREPARATORY,
        r"(?:was|etwas) von mir hat|sich an mich erinner\w*|(?:wertsachen|habseligkeiten"
        r"|lieblings\w*|schmuck|erbstueck\w*|sachen) (?:\w+ ){0,2}?(?:verschenkt|weggegeben"
        r"|hergegeben|vermacht)",
    ),
    rule(
        PREPARATORY,
        r"von allen verabschiedet|verabschieden(?: \w+){0,3} bevor ich (?:gehe|sterbe|es tue"
        r"|weg bin)|alles geregelt(?: \S+){0,8} (?:briefe?|abschied|testament|aufgeraeumt|katze"
        r"|hund)",
    ),
    # A couple making their will together, with the baby, is ordinary prudence.
    rule(
        PREPARATORY,
        r"testament (?:gemacht|geschrieben|aufgesetzt)",
        before=r"(?:wir|unser)(?: \w+){0,4} ",
    ),
    rule(
        PREPARATORY,
        r"(?:das|dies) (?:ist|wird) (?:meine|die) letzte (?:mail|email|e mail|nachricht)",
        after=r" (?:vor|bis|fuer heute|diese woche|in diesem|an sie vor)(?!\w)"
        r"|(?: \w+){0,3} (?:adresse|account|mailadresse)",
    ),
    # -- third person at risk
    rule(
        THIRD_PARTY,
        rf"{_KIN}(?: \S+){{0,10}} (?:ritzt|(?<!was )ritzen|geritzt|(?:sich|sie sich"
        rf"|er sich)(?: \w+){{0,3}} (?:selbst |selber )?(?:umbringen|umzubringen|toeten|verletzen"
        rf"|verletzt|schneidet|antun|anzutun|weh tut|umgebracht|erhaengt)|verletzt sich"
        rf"|suizid(?!praev)\w*|selbstmord\w*|(?:will|moechte|wollte|mag)(?: \w+){{0,2}} sterben"
        rf"|vom sterben|{_NO_MORE} leben|abschied(?!sfeier|sparty|sessen)\w*|{_PILLS}"
        rf" (?:gesammelt|gehortet)"
        rf"|sammelt {_PILLS}|svv|lebensmuede|ueberdos(?!ierungen)\w*|(?:tabletten"
        rf"|pillen) geschluckt|schneidet sich|das leben (?:zu )?nehmen|auf (?:der|die) bruecke"
        rf"|auf dem dach|keinen sinn mehr|bringt sich(?: \w+){{0,2}} um|sich (?:was"
        rf"|etwas) (?:an)?getan)",
    ),
    # -- danger from others
    rule(
        DANGER,
        rf"{_ABUSER} (?:hat )?(?:mich|uns)(?: \w+){{0,3}} (?:geschlagen|geschubst|gestossen"
        rf"|gewuergt|getreten|verpruegelt|bedroht|vergewaltigt|eingesperrt|angegriffen"
        rf"|runtergestossen|hinuntergestossen|runtergeschubst|verletzt)",
    ),
    rule(
        DANGER,
        rf"{_ABUSER} (?:schlaegt|pruegelt|wuergt|tritt|bedroht|verfolgt|schlug|pruegelte|stalkt"
        rf"|kontrolliert|vergewaltigt|haut)(?: \w+){{0,2}} (?:mich|uns)",
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
        r"|ihr)|(?:bin|sind|fuehle mich)(?: \w+){0,2} in gefahr|handgreiflich",
        after=r" (?:ob|wie|wann|was|welche|dass|den|die|das|meinen|meine|zu)(?!\w)",
    ),
    rule(
        DANGER,
        r"angst(?: \w+){0,2} (?:nach hause|heim) zu (?:gehen|kommen|fahren)|trau\w* mich nicht (?:"
        r"mehr )?(?:nach hause|heim)|angst vor (?:ihm|ihr|meinem (?:mann|freund|partner|ex|vater"
        r"|stiefvater|bruder|sohn)|meiner (?:frau|freundin|partnerin|ex|mutter|stiefmutter"
        r"|familie))|haeusliche gewalt",
        before=ABOUT,
    ),
    # -- active
    rule(
        ACTIVE,
        r"(?:suizid|suicid|suizit|selbstmord|selbsmord|freitod)(?!praev|forsch|vorbeug)\w*",
        after=rf"{TOPIC_AFTER}| als (?:\w+ )?nebenwirkung| zu fragen(?= \.|$)"
        rf"|(?: \w+){{0,2}} (?:anzusprechen|ansprechen|erkennt|erkennen)(?!\w)|(?: \S+){{0,10}}"
        rf" (?:artikel|referat|hausarbeit|facharbeit|schuelerzeitung|podcast)(?!\w)",
        before=_ABOUT_DE,
    ),
    rule(
        ACTIVE,
        r"(?:mich|mi|sich|mir|dich)(?: \w+){0,3} (?:selbst |selber )?(?:umbringen|umzubringen"
        r"|umbrigen|umbringe?|umgebracht|toeten|zu toeten|erhaengen|zu erhaengen|aufhaengen"
        r"|aufzuhaengen|erschiessen|zu erschiessen|vergiften|zu vergiften)",
    ),
    rule(ACTIVE, r"bringe? (?:mich|mir)(?: \w+){0,3} um", after=rf" ?\d|{_JOKE}"),
    rule(
        ACTIVE,
        r"umbringen|umzubringen|umbrigen",
        before=r"(?:ihn|sie|dich|euch|ihm|jemanden|jeden|alle|den|die|das|es|einen|chef|meinen"
        r"|meine|seinen|ihren)(?: \w+){0,3} ",
        after=_JOKE,
    ),
    rule(ACTIVE, r"(?:etwas|was|wat|wos|irgendwas|irgendetwas)(?: \w+)? an(?:zu)?tu(?:n|e|st)"),
    rule(
        ACTIVE,
        r"(?:mir|sich|mein|meinem) (?:das )?leben (?:zu )?(?:nehmen|beenden)|(?:dem ganzen"
        r"|allem) ein ende (?:zu )?(?:setzen|machen|bereiten)|(?:daran|dran|an) (?:es"
        r"|alles) (?:zu )?beenden|(?:will|moechte|werde) (?:es|alles) beenden",
    ),
    # An overdose on shift, in a novel, "Fragen zu Überdosierungen" are talk about the topic.
    rule(ACTIVE, r"ueberdos\w*", before=rf"{_ABOUT_DE}|(?:fragen )?(?:zu|auf) "),
    # -- self-harm
    rule(
        SELF_HARM,
        r"selbstverletz\w*|svv|selbst verletz\w*",
        after=r" (?:hotline|beratung\w*|praevention|forschung)(?!\w)",
        before=_ABOUT_DE,
    ),
    rule(
        SELF_HARM,
        r"(?:mich|mir|sich) (?:selbst|selber) (?:zu )?(?:verletzen|verletze|verletzt|weh ?tun"
        r"|weh zu tun|wehzutun|schaden|schneiden|schlagen)|verletze (?:mich|mir) (?:selbst"
        r"|selber)|tu(?:e|t)? (?:mir|mich) (?:selbst |selber )?weh|schlage? mich selbst",
    ),
    # "Ritze" is also a crack in the floor; "eine/die/der Ritze" is let through.
    rule(
        SELF_HARM,
        r"(?:ge|je|g)?ritz(?:e|en|t|te|ten|st)?",
        before=r"(?:eine|die|der|den|was|uebers|ueber das|zum thema|video ueber) ",
    ),
    rule(
        SELF_HARM,
        r"(?:absichtlich|mit absicht|extra)(?: \w+){0,3} (?:geschnitten|verbrannt|verletzt"
        r"|geschlagen|gekratzt|weh getan|wehgetan)|(?:geschnitten|verbrannt|verletzt|geschlagen"
        r"|gekratzt|wehgetan|weh getan)(?: \S+){0,2} (?:absichtlich|mit absicht)"
        r"|mich (?:zu )?(?:schneiden|schneide|verbrennen)|rueckfall(?: \w+){0,4} (?:geschnitten"
        r"|geritzt|verletzt)|blutig (?:ge)?(?:kratzt|schlagen|gebissen)|bis es blutet"
        r"|hab\w* mich geschnitten",
    ),
    # -- passive
    rule(
        PASSIVE,
        r"(?:will|moechte?|moecht|mag|wuerde (?:gern|lieber)|wuensch\w*|wollte)(?: \w+){0,3} sterb"
        r"en",
    ),
    rule(
        PASSIVE,
        r"(?:lieber|besser) (?:tot|gestorben)|waere? (?:ich|i) (?:lieber |am liebsten )?tot"
        r"|wuensch\w*(?: \S+){0,3} tot|am liebsten tot",
    ),
    rule(
        PASSIVE,
        r"(?:nicht|nie|niemals|nimmer|nuemme|nuemmer|nuemm|nuem|nimma) (?:mehr "
        r"|laenger )?(?:leben|weiterleben|laebe|lebe|aufwach\w*|aufzuwachen|existieren)",
        after=r" (?:mit|in|so|bei|ohne|wie)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"nicht mehr (?:da|hier|am leben) (?:sein|waere|waer|zu sein)|(?:gar )?nicht mehr auf (?:d"
        r"er|dieser) welt|fuer immer verschwinden|verschwinden(?: \.)? fuer immer"
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
        rf"(?:kann|ka|will|mag|mog|schaffe?|halte?|pack|packe)(?: (?:es|das|alles|einfach|echt"
        rf"|wirklich|so|halt|eben|langsam|bald|auch|jetzt|gerade|leider|ja|irgendwie|nur"
        rf"|i|eigentlich|ehrlich|des|olles|ois))* {_NO_MORE}",
        after=rf" (?:am|um|an|zum|zur|bis|vor|nach|ab|als|heute|morgen|uebermorgen|diese[nmrs]?"
        rf"|naechste[nmrs]?|kommen|teilnehmen|dabei|mitmachen|absagen|verschieben|rechtzeitig"
        rf"|puenktlich|erscheinen|anrufen|zahlen|bezahlen|warten|laenger|so (?:viel|lange|oft)"
        rf"|rauchen|trinken|saufen|arbeiten|essen|schlafen|einschlafen|durchschlafen|fahren"
        rf"|{_DAYS}|\d|genau|sagen|erinnern)(?!\w)|(?: \w+){{1,3}} (?:arbeiten|rauchen|trinken"
        rf"|anfangen|kommen|fahren|warten|zahlen|bezahlen|machen|essen|schlafen|spielen|gehen"
        rf"|wohnen)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"nicht mehr aus(?:halten|zuhalten)|halte?(?: \w+){0,3} nicht mehr aus|lebensmuede\w*"
        r"|(?:leid|satt|muede) (?:zu leben|das leben)|keine kraft mehr|keinen ausweg|kein ausweg"
        r"|keine hoffnung|hoffnungslos",
        after=r" (?:verliebt|ueberfordert|veraltet)(?!\w)|(?<=hoffnungslos)(?: \.)?(?: \w+){0,5} ("
        r"?:zu \w+en|\w+zu\w+en)(?!\w)",
        before=r"(?:nicht|nie|kein bisschen) (?:mehr )?",
    ),
    rule(
        HOPELESS,
        r"(?:alles|das leben|mein leben|leben) (?:hat|macht)(?: \w+){0,2} keinen sinn|(?:es"
        r"|das) (?:hat|macht)(?: \w+){0,2} keinen sinn mehr|nichts hat (?:mehr )?(?:einen )?sinn",
    ),
    rule(
        HOPELESS,
        r"besser ohne mich|leichter ohne mich|wenn es mich nicht (?:mehr )?gaebe|(?:wird"
        r"|werde) (?:nie|niemals|nie mehr|nie wieder) besser|nie (?:mehr )?besser werden",
    ),
    # -- more wordings, found by probing the rules with fresh sentences
    rule(
        PASSIVE,
        r"(?:waer|waere|wuerde?)(?: \w+){0,2} (?:gern|lieber|am liebsten)(?: \w+){0,2} (?:weg|tot"
        r"|nicht mehr da)|einfach weg sein|fuer immer (?:schlafen|einschlafen|weg)|nie (?:wieder"
        r"|mehr) aufwachen|nie geboren|egal wenn ich sterbe|egal ob ich lebe|keinen (?:bock|sinn"
        r"|grund) mehr zu leben|(?:keine|kei|koa) (?:lust|luscht|bock) (?:mehr|meh) (?:zu leben"
        r"|z laebe|zum leben|auf (?:das )?leben)",
    ),
    rule(
        ACTIVE,
        r"schluss machen(?: \w+){0,2} (?:mit allem|mit dem leben|mit mir)|mit allem schluss",
    ),
    rule(
        PLAN,
        rf"genug (?:\w+ )?{_PILLS}|{_PILLS}(?: \w+){{0,3}} (?:bereitgelegt|bereit|parat"
        rf"|zurechtgelegt|versteckt)|(?:wann|wo) und wie|wie und wann|(?:den"
        rf"|einen) tag(?: \w+){{0,2}} (?:ausgesucht|festgelegt|gewaehlt)|(?:seil|strick|waffe"
        rf"|pistole)(?: \w+){{0,3}} (?:im keller|zuhause|zu hause|daheim|bereit|besorgt)"
        rf"|wie man sich (?:umbringt|erhaengt|toetet|das leben nimmt)|plane?(?: \w+){{0,2}} (?:mic"
        rf"h|mir)(?: \w+){{0,2}} (?:umzubringen|das leben zu nehmen|zu toeten)"
        rf"|plan(?: \w+){{0,4}} (?:wie|wann) ich sterbe|(?:am wochenende|heute nacht|heute abend"
        rf"|morgen|bald|naechste woche|dann) (?:werde|will|mach|mache|tu|tue) ich (?:es|s)(?: tun"
        rf"| machen)?",
        after=r" (?:fertig|mit|so|anders|noch)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"von (?:meiner familie|meinen eltern|meinen kindern|allen|euch allen|meinen freunden"
        r"|meiner mutter|meinem vater) verabschiedet|(?:sagen sie|sag|sagt)(?: \S+){0,3} dass ich "
        r"(?:sie|ihn|euch) (?:liebe|lieb hab)|(?:nichts mehr|nie wieder) von mir (?:hoeren|sehen)"
        r"|brief\w*(?: \S+){0,8} (?:erklaere|erklaert)|verschenke?\w*(?: \w+){0,3} alles(?: \w+){0"
        r",3} (?:wichtig|wertvoll|lieb)|alles verschenkt|(?:das|dies) ist (?:ein|mein"
        r"|der) abschied|abschied fuer immer|nicht (?:ihre|deine|eure) schuld|fuer danach"
        r"|nach meinem tod|machs gut(?: \S+){0,2} danke fuer alles|danke fuer alles(?: \S+){0,3} m"
        r"achs gut",
    ),
    rule(
        ACUTE,
        r"(?:tabletten|pillen) wirken (?:schon|bereits)|(?:steh|stehe|sitze?) (?:am"
        r"|auf dem) gleis(?! \d)|will (?:\w+ )?(?:springen|runterspringen|mich (?:runter"
        r"|hinunter)stuerzen)|fenster(?: \w+){0,3} (?:springen|spring)",
    ),
    rule(
        SELF_HARM,
        r"hab\w* mich (?:wieder|schon wieder|erneut|heute|gestern|absichtlich|selbst|oft"
        r"|immer wieder) geschnitten|verletze? mich(?: \w+){0,2} (?:seit|immer|oft|wieder|selbst"
        r"|absichtlich|regelmaessig|jeden)|mir in den (?:arm|unterarm|bein|oberschenkel) geschnitt"
        r"en|(?:arm|arme|handgelenk\w*|beine?) (?:aufgeschnitten|geritzt)|kopf gegen die wand"
        r"|(?:drang|lust|zwang|druck|gedanken?)(?: \w+){0,2} (?:mich|mir) (?:selbst )?(?:zu )?(?:v"
        r"erletzen|schneiden|ritzen|weh ?zu ?tun)|narben an (?:den|meinen) (?:armen|beinen)"
        r"|neue narben",
    ),
    rule(
        HOPELESS,
        r"ohne mich(?: \w+){0,3} besser dran|besser dran ohne mich|keinen sinn mehr"
        r"|sehe keinen sinn(?! (?:in|im|darin|bei) (?:dem|der|den|diesem|dieser|einem|einer))"
        r"|alles (?:ist )?sinnlos|keine zukunft|nie (?:was|etwas) aendern|wird sich nie"
        r"|ich geb(?:e)? (?:es )?(?:einfach |jetzt )?auf(?= \.|$)",
        # "in der Firma wird sich nie was ändern, der Drucker ..." is about the firm
        before=r"(?:firma|drucker|amt|behoerde|verwaltung|bahn|politik)(?: \w+){0,3} ",
    ),
    rule(
        DANGER,
        r"(?:ist|wird|war|wurde)(?: \w+){0,2} gewalttaetig|(?:werde|wurde|werd)(?: \w+){0,3} (?:ge"
        r"schlagen|verpruegelt|bedroht|vergewaltigt|misshandelt)|(?:er|sie) mich (?:umbringt"
        r"|toetet|schlaegt|umbringen wird)|laesst mich nicht (?:aus dem haus|raus|gehen|weg)"
        r"|sperrt mich ein|frauenhaus|polizei gerufen|kontaktverbot|gewaltschutz",
    ),
    # -- a third round of probing
    rule(PASSIVE, r"(?:waer|waere|waeren) (?:\w+ )?nicht mehr (?:da|hier)"),
    # -- a fourth round of probing
    rule(
        PASSIVE,
        r"nicht mehr am leben (?:sein|waere|waer)|lieber(?: \w+)? nicht mehr (?:da|hier|leben"
        r"|am leben)",
    ),
    rule(PLAN, r"alles (?:vorbereitet|geplant|bereit|organisiert)(?= \.|$)"),
    rule(
        PREPARATORY,
        r"damit (?:sie|er|ihr|du) (?:eine |etwas zur |was zur )?erinnerung|(?:geschenkt"
        r"|verschenkt|gegeben|vermacht)(?: \w+){0,4} (?:zur erinnerung)",
    ),
    rule(ACUTE, r"pulsadern?|(?:aufgeschnitten|aufgeschlitzt)"),
    rule(
        SELF_HARM,
        r"(?:schneide|schneid|schnitt) mich|ritze? mich",
        after=r" (?:beim|am|an)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"(?:alles|leben|es) (?:ist|wirkt|scheint) (?:so |total |voellig |einfach )?sinnlos"
        r"|nichts wert|wertlos|bin (?:ein )?versager",
    ),
    rule(DANGER, r"(?:er|sie|mein \w+) droht mir|bedroht mich"),
    # -- a fifth round of probing
    rule(
        PLAN,
        r"(?:stelle|ort|platz|bruecke|tag|zeitpunkt)(?: \w+){0,3} (?:ausgesucht|usgsuecht"
        r"|angeschaut|gewaehlt|festgelegt)|genug (?:fuer alles|um zu sterben|fuer mich)",
    ),
    rule(
        PREPARATORY,
        r"sachen (?:verteilt|verschenkt|weggegeben|aufgeteilt)|(?:sagen sie|sag"
        r"|sagt)(?: \w+){0,2} dass es mir leid tut",
    ),
    rule(
        SELF_HARM,
        r"(?:brenn|brenne|verbrenn|verbrenne) mich|feuerzeug\w*(?: \w+){0,3} (?:haut|arm)|(?:hau"
        r"|haue|schlag|schlage) mir (?:selbst |selber )?(?:ins gesicht|auf den kopf)",
    ),
    rule(HOPELESS, r"wird nie aufhoeren|hoert nie auf"),
    rule(DANGER, r"fasst mich an|missbraucht mich|hat mich missbraucht"),
    # -- a sixth round of probing
    rule(
        PLAN,
        rf"{_PILLS}(?: \w+){{0,3}} ob (?:es|sie) reich\w*|(?:zaehle|zaehl|gezaehlt)(?: \w+){{0,2}}"
        rf" {_PILLS}",
    ),
    rule(
        PASSIVE,
        r"hoffe(?: \w+){0,2} (?:ich )?wache?(?: \w+){0,2} (?:nicht|nie) (?:mehr |wieder )?auf",
    ),
    # -- a seventh round of probing
    rule(PREPARATORY, r"letzte[nr]? willen?", after=rf"(?: \.)?(?: \w+){{0,4}}{_JOKE}"),
    rule(HOPELESS, r"(?:hat|macht)(?: \w+){0,2} keinen zweck"),
    # -- families read from authors a, b, h and i: word order, dialect, and what people do
    # rather than say. German puts the verb last in a subordinate clause ("dass sie sterben
    # will"), so each wish is also written verb-last.
    rule(
        PASSIVE,
        r"sterben (?:will|wollte|moechte?|moecht|wuerde|mag)|tot (?:sein|waere?) (?:will|wollte"
        r"|moechte?)|(?:will|wollte|moechte?)(?: \w+){0,2} tot sein|wegwuensch\w*|(?:waer|waere"
        r"|wuensch\w*)(?: \w+){0,2} einfach weg(?= \.|$)|einfach weg zu sein|(?:schoen|gut"
        r"|leichter|einfacher|besser)(?: \.)? einfach aufzuhoeren(?= \.|$)|(?:hoffe|bete"
        r"|wuensch\w*)(?: \w+){0,3} (?:dass )?(?:es|alles) (?:\w+ ){0,2}einfach vorbei"
        r"|(?:vermisst|vermissen|vermissen wuerde) (?:mich )?(?:eh |doch |sowieso |ja )?(?:keiner"
        r"|niemand)|(?:keiner|niemand) (?:wuerde |wird )?mich (?:vermissen|vermisst)",
        # the heroine of a novel "die sterben will"
        before=r"(?:frau|mann|figur|held\w*|person|protagonist\w*)(?: \.)? (?:die|der) ",
    ),
    # Welcoming an accident or the end: "wenn mich ein Auto überfährt, wär mir das recht".
    rule(
        PASSIVE,
        r"(?:recht|egal|nichts dagegen|nix dagegen)(?: \S+){0,2} wenn(?:s| es| das| mich| ich)"
        r"(?: \w+){0,4} (?:aufhoert|vorbei|erwischt|ueberfaehrt|ueberfahren|stirbt|sterbe|tot"
        r"|nicht mehr da|nimmer da)|(?:ueberfaehrt|ueberfahren wuerde|erwischt|aufhoert|vorbei"
        r" (?:ist|waere)|tot (?:waere|bin)|sterbe|stuerbe)(?: \S+){0,2} (?:waer|waere|waers|ist)"
        r" mir (?:das |es )?(?:\w+ ){0,2}(?:recht|egal)|wenn(?:s| es)? mich (?:einfach|morgen"
        r"|endlich) (?:erwischt|ueberfaehrt)|(?:mach|tu|unternehm)\w*(?: \w+){0,2} (?:nix|nichts)"
        r" mehr dagegen"
        # Envying the dead, God taking me, never born, sleeping and not waking, not being here.
        rf"|beneide\w*(?: \w+){{0,5}} (?:friedhof|toten|tote|verstorbenen|grab)|beneide\w*(?: \S+)"
        rf"{{0,8}} (?:hats|hat es|habens|haben es|ists|ist es) hinter sich|(?:gott|herrgott"
        rf"|herr|himmel|jesus)(?: \w+){{0,2}} mich (?:\w+ ){{0,2}}(?:zu sich|heim|weg) (?:holt"
        rf"|holen|nimmt|naehme|holte|hole)|(?:nie|niemals|nid|ned) (?:\w+ )?(?:auf|uf) (?:die|d"
        rf"|dr|der|dere) (?:welt|waelt) (?:gekommen|cho|choo|komme|kommen)|(?:einschlaf\w*"
        rf"|hinlegen|hinleg|schlafen)(?: \w+){{0,2}} (?:und )?{_NOT} (?:mehr |meh |wieder )?"
        rf"(?:aufwach\w*|aufstehen|aufstehn|aufzustehen)|(?:nicht|nich|ned|net|nid|noed) (?:mehr"
        rf"|meh|me) (?:da|do|hier|doo) (?:sii|sy|syy|si|sei|sein|waer\w*)|(?:nimmer|nimma"
        rf"|nuemme|nueme|nuemmer) (?:da|do|hier|doo) (?:sii|sy|syy|si|sei|sein|waer\w*)"
        rf"|(?:wenn sie verstehen|wenn du verstehst|falls sie verstehen)(?: \.)? was ich mein\w*"
        # -- a second pass over c, d and e: the same families in more words
        r"|(?:aufhoert|(?:einfach|endlich|morgen|dann) vorbei|erwischt|derwischt|ueberfaehrt"
        r"|ueberfahren|stirbt|sterbe|tot|nicht mehr da|nimmer da|stehen bleibt|stehenbleibt"
        r"|(?:nicht|nich|ned|nimmer|nimma) (?:mehr )?(?:aufwach|uffwach)\w*)(?: \S+){0,4} (?:waer"
        r"|waere|waers|warad|ist|is|wuerde?)(?: \w+){0,3} (?:recht|egal|ok|okay|in ordnung"
        r"|(?:auch |a )?(?:nicht|nich|ned) schlimm|ka drama|kein drama|ned das schlechte\w*"
        r"|nicht das schlechteste|wurscht|nix vermissen|nichts vermissen)(?!\w)|(?:ok|okay"
        r"|nicht schlimm|ned schlimm|nichts dagegen|nix dagegen)(?: \S+){0,3} wenn(?:s)? (?:\w+"
        r" ){0,4}(?:aufhoert|erwischt|derwischt|stehen bleibt|tot|nicht mehr da|(?:nicht|nich"
        r"|ned) (?:mehr )?aufwach\w*)|(?:dass|wenn) (?:einfach |das )?alles (?:einfach )?aufhoert"
        r"|(?:gott|herrgott|allah|jesus)(?: \S+){0,6} (?:mich|mi) (?:\w+ ){0,3}(?:holt|holen|hole"
        r"|nimmt|naehme|zu sich)|(?:allah|gott|herr)(?: \S+){0,2} nimm mich|(?:egal|oins"
        r"|wurscht)(?: \S+){0,2} ob (?:ich|i) (?:morgen |morgn )?(?:noch |no )?(?:da|do|hier"
        r"|am leben) (?:bin|bi)|noch (?:da|hier|am leben) sein (?:will|moechte|mag)|(?:mich"
        r"|mi) (?:\w+ )?(?:nicht mehr|nimmer|nimma|nuemme|nemme|nich mehr) (?:gibt|gaeb\w*)"
        r"|hoffentlich wars das(?: jetzt)?(?= \.|$)|(?:hoff\w*)(?: \S+){0,6} (?:was gefunden wird"
        r"|etwas gefunden wird|nicht anschlaegt)|(?:befund\w*|ergebnis\w*)(?: \S+){0,8}"
        r" enttaeuscht|mit dem leben abgeschlossen|(?:nicht|ned) wehren(?: \S+){0,3} wenn|(?:bin"
        r"|waer|waere) (?:ich )?(?:eh |schon |eh schon )?halb weg|(?:einfach"
        r"|mich) (?:deinstallieren|ausloeschen)|aufhoeren zu existieren"
        r"|ausgeschaltet werden(?= \.|$)|einzuschlafen und (?:\w+ )?(?:weg|tot)|(?:ruhig|schoen"
        r"|friedlich)(?: \S+){0,3} unter der erde|nicht (?:mehr )?(?:zur seite"
        r"|aus dem weg) (?:gehen|springen|treten)|wenn ich (?:\w+ )?(?:weg|tot"
        r"|nicht mehr da) (?:waere|waer|bin)(?: \S+){0,4} (?:ruhe|besser|leichter|frieden)"
        r"|einfach weg (?:waer|waere|bin)"
        # A comma is a " . " in the normal form: the same families once more, across one.
        r"|(?:hoffe|bete|wuensch\w*)(?: \S+){0,4} (?:dass )?(?:es|alles) (?:\w+ ){0,2}einfach"
        r" vorbei|(?:neidisch|beneide\w*)(?: \S+){0,10} (?:friedhof|tote\w*|todesanzeige\w*"
        r"|verstorbene\w*|grab)|(?:meinen|mein) \d+(?: \.)? (?:\w+ )?(?:noch )?erleb\w*|(?:ist"
        r"|is) (?:eh|doch) bald (?:egal|vorbei)"
        # -- families read from authors f and g: older, grieving and spiritual writers, mail with
        # quoted replies and subject lines
        r"|(?:hoff\w*|wuensch\w*)(?: \S+){0,5} (?:dass )?(?:es|das) das letzte mal (?:ist"
        r"|war)(?= \.|$)|enttaeuscht(?: \S+){0,3} (?:dass ich )?(?:\w+ )?(?:aufgewacht|aufwache"
        r"|noch lebe|noch da bin)|(?:sie wissen|du weisst)(?: \.)? was ich mein\w*"
        r"|frag\w* aus gruenden"
        # -- a last pass over f and g: separable verbs ("wach nimmer auf"), dialect, euphemisms of
        # the old and the grieving, what is done with the means
        r"|(?:ned|nicht|kein) schad(?:e)? (?:drum|um mich)|sehnsucht(?: \S+){0,3} (?:tod|sterben)"
        r"|(?:tod|sterben)(?: \S+){0,4} sehnsucht|bereit heimzugehen|lieber (?:nuemme|nimmer"
        r"|nimma) (?:da|do|hier)|(?:wuensch\w*|hoff\w*)(?: \S+){0,4} (?:dass )?ich (?:\w+"
        r" )?sterbe(?!\w)|(?:haette|hatte) es mich (?:\w+ )?erwischen sollen"
        r"|einschlafen und (?:\w+ )?(?:drueben|weg|tot) (?:zu )?sein|(?:todestag|tod"
        r"|gestorben)(?: \S+){0,10} (?:so )?gern bei (?:ihr|ihm)|wozu ich (?:\w+ )?noch (?:da"
        r"|hier|am leben) bin|(?:wenn|falls) (?:es|alles) vorbei waere|wach\w* (?:\w+ )?(?:nimmer"
        r"|nimma|nie mehr|nicht mehr|nie wieder) auf(?!\w)|nicht mehr zu (?:leben|existieren)"
        r"|nicht (?:mehr )?existierend|(?:null|kein|keinen) bock (?:mehr )?auf (?:das )?leben"
        r"|offline(?: \S+){0,2} fuer immer|schlimme diagnose (?:zu )?wuensch"
        r"|enttaeuscht(?: \S+){0,4} (?:werte|befund\w*|ergebnis\w*) gut|(?:runterkommt|abstuerzt"
        r"|erwischen wuerde|schluss waer\w*)(?: \S+){0,4} (?:waer|waere|waers|ist"
        r"|is)(?: \w+){0,3} (?:recht|egal|ok|okay)|(?:recht|egal|ok|okay)(?: \S+){0,2} wenn"
        r" (?:\w+ ){0,4}(?:runterkommt|abstuerzt|schluss waer\w*|schluss ist)|wenn (?:er|sie"
        r"|ich) tot waere|lange(?: \w+){0,5} keine sorgen mehr|nicht mehr (?:euer|dein|ihr"
        r"|sein) problem",
    ),
    rule(
        ACTIVE,
        r"(?:meinem|dem|seinem|ihrem|mein|meinen) (?:eigenen )?leben (?:\w+ )?ein ende (?:zu"
        r" )?(?:setzen|machen|bereiten)|schluss (?:zu )?machen(?: \S+){0,8} (?:mit allem"
        r"|nicht mit|mit dem leben|mit mir selbst)|(?:gedanke\w*|ueberleg\w*|frag\w* mich"
        r"|denk\w*)(?: \S+){0,4} (?:es|alles|ichs|ich es)(?: \w+){0,2} (?:zu )?beenden|(?:es"
        r"|alles|ichs|ich es)(?: nicht)? (?:einfach|endlich|jetzt|heute) (?:zu )?beenden|(?:mich"
        r"|mi|mir|sich)(?: \w+){0,3} (?:umz?ubringa|umzbringa|umbrenga)"
        r"|lenkrad (?:\w+ ){0,2}(?:rum|herum|ver)reiss\w*|(?:in den|in) gegenverkehr (?:zu"
        r" )?(?:fahren|lenken|steuern)|aus dem leben (?:zu )?(?:scheiden|gehen|treten)"
        r"|rauskomm\w*(?: \S+){0,3} aus dem leben|angst vor mir (?:selbst|selber)|(?:will|well"
        r"|wott|wett) (?:\w+ )?sterbe(?!\w)|ans (?:runtergehen|runterspringen|springen)|(?:faehrt"
        r"|fahre|fahr) (?:\w+ )?gegen (?:ne|eine|einen|den|die) (?:wand|mauer|baum|\w*pfeiler)"
        r"|schlaegt (?:er|sie) (?:mich|mi|dich|di) tot|totschlagen|totzuschlagen|entehrt|(?:das"
        r"|es) nicht ueberleben|schlage? (?:ich|i) mich (?:selbst|selber)",
    ),
    # Researching the means, saving them up, the place and the day.
    rule(
        PLAN,
        rf"(?:wie ?viel\w*|welche (?:menge|dosis)|ab wie ?viel\w*|wie viele)(?: \w+){{0,3}}"
        rf" (?:toedlich|letal)|(?:menge|dosis)(?: \w+){{0,2}} (?:toedlich|letal)"
        rf"|schmerzlos\w*(?: \w+){{0,2}} (?:sterben|methode\w*|tod|art|moeglichkeit\w*)"
        rf"|(?:methoden|arten|wege) (?:zu sterben|sich umzubringen|mich umzubringen)"
        rf"|(?:ausg\w*rechnet|usgraechnet|berechnet|gegoogelt|recherchiert"
        rf"|nachgeschaut)(?: \S+){{0,3}} (?:wie (?:viel|vill|viele)|welche menge"
        rf"|welche dosis)(?: \w+){{0,3}} {_MEDS}|wie hoch(?: \w+){{0,4}} (?:\w*bruecke"
        rf"|\w*parkhaus|hochhaus|staudamm|staumauer|turm|klippe)(?!\w)|(?:genug|gnueg|gnua"
        rf"|mehr als das|mehr als genug) (?:dihei|daheim|zu hause|zuhause)(?= \.|$)|(?:sind|sans"
        rf"|san|isch) (?:jetzt |nun |schon |scho )?(?:genug|gnua|gnug|gnueg)(?= \.|$)|(?:genug"
        rf"|gnua|gnueg|gnug) (?:sans|sinds|san)(?= \.|$| jetzt)|{_MEDS}(?: \w+){{0,4}}"
        rf" (?:zamgspart|zsammgspart|zammgspart|gspart|gsammelt|gesammelt|aufhebe|gebunkert"
        rf"|gehortet|zusammengespart|angespart|statt sie zu nehmen|nicht mehr nehme)|(?:sammel"
        rf"|sammle|horte|bunkere?)(?: \w+){{0,4}} (?:meine|die|alle|diese) {_MEDS}"
        rf"|{_MEDS} (?:sammelt|hortet|sammeln|horten)|{_MEDS}(?: \w+){{0,4}} trotzdem (?:\w+"
        rf" )?(?:gekauft|besorgt)|(?:verschiedenen|mehreren) apotheken(?: \S+){{0,6}} (?:damit"
        rf"|besorgt|gekauft|{_MEDS})|nur um sie zu haben|damit ich weiss dass ich (?:koennte|kann"
        rf"|es koennte)|(?:grillkohle|holzkohle)(?: \S+){{0,6}} klebeband|klebeband (?:fuer"
        rf"|an) (?:die )?(?:fenster|tuer\w*|lueftung)|ab (?:welche[rm]?"
        rf"|wie ?viele?n?) (?:\w+ ){{0,3}}(?:toedlich|gefaehrlich|letal)|(?:sind|ist) (?:\d\d+"
        rf"|zwanzig|dreissig|vierzig|fuenfzig|hundert) {_MEDS} (?:viel|zu viel|toedlich|genug"
        rf"|gefaehrlich)|mir (?:\w+ )?(?:ein |n |nen )?datum gesetzt|datum hab ich (?:schon|mir)"
        rf"|(?:fall|falle|durchfall\w*|schiefgeht|schief geht|nicht klappt"
        rf"|nicht bestehe)(?: \S+){{0,2}} (?:dann )?(?:mach|mache|tu|tue) ich(?:s| es)"
        rf"|(?:oberste\w* deck|parkdeck|dach|bruecke|aussichtsturm|stelle?)(?: \S+){{0,8}}"
        rf" (?:kein\w* (?:gitter|gelaender|absperrung|zaun|netz)|ohn[ei] (?:gitter|gelaender"
        rf"|glaender)|schau\w* runter|war \w+mal oben)|(?:einweggrill|grill|grillkohle"
        rf"|holzkohle)(?: \S+){{0,6}} (?:panzertape|klebeband|gaffa\w*)|(?:panzertape|klebeband"
        rf"|gaffa\w*)(?: \S+){{0,6}} (?:kofferraum|auspuff|schlauch)|(?:mein gewicht"
        rf"|meine \d+ kilo) (?:\w+ )?(?:haelt|aushaelt|traegt)|(?:welche\w*"
        rf"|wie viel) (?:\w+ )?(?:frostschutz\w*|gift|rattengift)|(?:frostschutz\w*"
        rf"|rattengift)(?: \S+){{0,4}} (?:wie viel|welche\w*|gekauft|gelesen|foren)|(?:hab"
        rf"|habe) (?:jetzt )?(?:alles|allet|ois|olles) (?:zusammen|beisammen|zsamm"
        rf"|zamm)(?: \S+){{0,2}} (?:was|wat|wos) (?:ich|ick|i) (?:brauch\w*|bruuch)(?= \.|$)"
        rf"|ich (?:habe|hab) (?:jetzt |schon )?(?:ein|n) datum(?= \.|$)"
        rf"|wie viel\w* (?:\w+ )?(?:{_MEDS}|morphium)(?: \w+){{0,3}} (?:es )?(?:braeuchte|bruuch"
        rf"|reichen wuerde|gefaehrlich|toedlich)|(?:{_MEDS}|morphium)(?: \w+){{0,3}} (?:waeren"
        rf"|waere|sind|ist) (?:\w+ )?(?:gefaehrlich|toedlich)|statt es zu tun|(?:gewehr|pistole"
        rf"|waffe|messer|klinge|seil|strick) (?:liegt|ist) (?:\w+ ){{0,2}}(?:auf meinem schoss"
        rf"|neben mir|vor mir|in meiner hand)|(?:uns|mich und \w+) beide mitnehmen|(?:baby"
        rf"|kind)(?: \S+){{0,6}} erloesen|(?:das|alles) noetige (?:\w+ )?(?:besorgt|beisammen"
        rf"|zusammen)|(?:reichen|reicht)(?: \S+){{0,2}} wenn es so ?weit ist"
        rf"|fuer wenn es so ?weit ist|schau\w* (?:\w+ )?wo (?:da |der |die )?(?:zaun|gitter"
        rf"|gelaender|absperrung)|warte nur(?: noch)?(?: \S+){{0,2}} bis (?:die kinder|alle"
        rf"|keiner|niemand)|(?:geguckt|geschaut|gemessen|nachgesehen|informiert"
        rf"|gegoogelt)(?: \S+){{0,2}} (?:wie|wia) (?:hoch|tief|lang)(?!\w)"
        rf"|ertrinken (?:\w+ )?dauert|toedliche\w* dos\w*|zuege (?:\w+ ){{0,3}}(?:zu )?timen"
        rf"|(?:den|einen) tag (?:\w+ )?entschieden|damit ich genug (?:habe|hab)"
        rf"|schmerzlos(?: \S+){{0,6}} (?:wie viel|mg|dosis)|{_MEDS}(?: \S+){{0,6}} aufgereiht"
        rf"|(?:ueberlegt|entschieden|beschlossen)(?: \S+){{0,3}} dass ich es (?:\w+ ){{0,4}}mache"
        rf"|ab wie viel\w* (?:\w+ )?{_MEDS}(?: \S+){{0,6}} (?:kritisch|gefaehrlich|toedlich)"
        rf"|(?:strecke|gleis\w*)(?: \S+){{0,8}} (?:ices?|schnellzuege?"
        rf"|gueterzuege?) (?:\w+ )?durchfahren|{_MEDS} (?:\w+ )?(?:gespart|zaemegsammlet"
        rf"|zaemegsammelt|gsammlet)|verschiedene\w* apothek\w*|(?:gewehr|gwehr|pistole"
        rf"|waffe) (?:\w+ )?(?:neben|nebam|nebem|unterm|unter dem) (?:\w+ )?bett"
        rf"|viel (?:\w+ )?{_MEDS} gekauft|(?:gartenschlauch|schlauch)(?: \S+){{0,6}} auto"
        rf"|nach (?:dem|der|den) (?:\w+ ){{1,3}}(?:am \d+ )?(?:\. )?ist schluss|(?:seil"
        rf"|strick)(?: \w+){{0,4}} trotzdem|spar\w* (?:\w+ ){{0,4}}{_MEDS} auf|(?:fahr|fahre|geh"
        rf"|gehe|lauf) (?:ich )?(?:\w+ ){{0,2}}in den (?:stausee|see|fluss|rhein|baggersee)"
        rf"|liste(?: \S+){{0,4}} wie man(?:s| es)? (?:machen|tun)",
    ),
    rule(
        PLAN,
        r"(?:wochenende|weihnachten|ostern|silvester|geburtstag|\w*pruefung\w*|feiertag\w*"
        r"|wegfaehrt|weg ist|weg sind|verreist|allein bin|alleine bin"
        r"|leer ist) (?:\. )?(?:dann )?(?:mach|mache|tu|tue) ich(?:s| es)(?= \.|$)|(?:gekuendigt"
        r"|versorgt|geregelt|erledigt|untergebracht|katze|kater|hund)(?: \S+){0,8} ist es so"
        r" ?weit|(?:wie|wia|wo|wann|womit) (?:ichs|is|ich es|i es|ich das|i des) (?:machen|mach"
        r"|mache|tun|tu|tue) (?:wuerde|werde|wuerd|taet)(?!\w)|(?:weiss|woass|waas|ausgmacht"
        r"|ausgemacht|ueberlegt|ausgedacht|ausgschaut|ausgeschaut)(?: \w+){0,2} (?:\. )?(?:wie"
        r"|wia|wo|wann) (?:ichs|is|ich es|i es)(?: \w+){0,2} (?:mach|mache|machen|tu|tue"
        r"|tun)(?!\w)|weiss (?:\w+ )?(?:genau|schon|jetzt) (?:wie|wo|wann) und (?:wie|wo"
        r"|wann)(?= \.|$)|(?:hab|habe|ich) (?:\w+ ){0,2}alles (?:genau |gut )?(?:durchdacht"
        r"|durchgeplant)(?= \.|$)|(?:is|ist) (?:ois|alles) ueberlegt|(?:ausgschaut|ausgeschaut"
        r"|ausgesucht|rausgesucht)(?: \.)? (?:wo|wann|wie)(?= \.|$)",
        after=r" (?:soll|sollte|kann|koennte|muss|mit|bei|wegen|fuer|am|im)(?!\w)",
    ),
    # Guns at home, trains that do not stop, going back to a high place again and again.
    rule(
        PLAN,
        r"\w*(?:waffe|gewehr|pistole|revolver|flinte)\w*(?: \w+){0,5} (?:schrank|schluessel"
        r"|keller|tresor|munition|patronen)|schluessel (?:fuer|zum|vom|von dem|von der) (?:den "
        r"|dem |der )?\w*(?:waffen|gewehr)\w*|(?:gleis\w*|bahnsteig\w*|stelle|schau\w*|angeschaut"
        r"|fahrplan)(?: \S+){0,8} (?:nicht haelt|durchfaehrt|durchfahren|durchkommt|durchrauscht)"
        r"|fahrplan (?:vom|von den|des|der) (?:ice|gueterzu\w*|schnellzu\w*)|(?:seit|jeden|immer"
        r"|wieder|die letzten|abends|nachts|oft)(?: \w+){0,6} (?:zu|zur|zum|an|auf|am|oben am"
        r"|oben auf)(?: der| den| die| dem)?(?: \w+)? (?:gleisen|gleis|\w*bruecke|staudamm"
        r"|staumauer|klippe|klippen|felsen|talsperre|steilkueste)(?!\w)|runtergeschaut"
        r"|runtergeguckt|wo man (?:anhalten|runter|hinunter)",
        after=r"(?: \w+){0,4} (?:ein|weg|ab|ver)schliess\w*|(?: \S+){0,8} (?:notfallplan"
        r"|krisenplan|sicherheitsplan)|(?: \w+){0,3} (?:joggen|spazier\w*|radfahren|rad"
        r"|fotograf\w*|gassi|arbeite\w*|pendeln|zur arbeit|vorbei|mit dem hund)(?!\w)",
    ),
    rule(
        ACUTE,
        rf"(?:{_MEDS}|was|etwas|zeug|irgendwas)(?: \w+){{0,4}} (?:genommen|geschluckt|eingenommen"
        rf"|eingeworfen|runter|runtergeschluckt)(?: \.)? (?:viele|alle|viel|zu viele|zu viel"
        rf"|wie viele|weiss (?:\w+ )?{_NOT} wie viele|mit wodka|mit alkohol|mit schnaps|mit wein"
        rf"|mit bier)(?!\w)|(?:mit|und) (?:\w+ )?(?:wodka|schnaps|alkohol|wein|bier"
        rf"|whisky)(?: \w+)? (?:runter|runtergespuelt|geschluckt|genommen|eingeworfen)|(?:packung"
        rf"|schachtel|blister|streifen) (?:\w+ )?{_MEDS}(?: \w+){{0,3}} (?:runter|geschluckt"
        rf"|genommen|eingeworfen|intus)|(?:den rest|die restlichen|alle restlichen) (?:vom "
        rf"|von den |von meinen |der |meiner )?{_MEDS}|(?:\d\d+|zehn|zwanzig|dreissig|vierzig"
        rf"|fuenfzig|sechzig|hundert) (?:{_MEDS}|stueck)(?: \w+)? (?:genommen|geschluckt"
        rf"|eingenommen|eingeworfen|runter)",
        after=r" (?:zur|in die|zurueck|entsorg\w*|weg|abgeben|gruesse|gruss)(?!\w)"
        r"|(?: \w+)? wie (?:verordnet|verschrieben|besprochen|immer)",
    ),
    rule(
        ACUTE,
        rf"tiefer (?:\w+ )?geschnitten als sonst|zu tief geschnitten(?: \S+){{0,6}} (?:blut\w*"
        rf"|aufhoer\w*|handtue\w*)|hoert {_NOT} auf(?: zu bluten)?(?: \S+){{0,5}} handtue\w*"
        rf"|handtue\w* (?:\w+ ){{0,3}}(?:durch|voll|durchgeblutet|blutig)"
        rf"|hoert {_NOT} auf zu bluten|blutet (?:immer noch|noch immer|durch|wie verrueckt)"
        rf"|garage(?: \S+){{0,4}} motor (?:laeuft|an)|(?:fuesse|fuess|beine) (?:\w+ )?(?:draussen"
        rf"|ueber der kante|in der luft)(?!\w)|fensterbrett(?: \w+){{0,4}} (?:stock|etage)"
        rf"|bahnsteigkante|gleisbett|(?:seil|strick|schlinge)(?: \w+){{0,3}} (?:festgemacht"
        rf"|befestigt|geknuepft|aufgehaengt|am haken|am balken)|(?:gift|rattengift|frostschutz\w*"
        rf"|bleiche|chlorreiniger|abflussreiniger|unkrautvernichter)(?: \w+){{0,4}} (?:getrunken"
        rf"|geschluckt|genommen|gegessen)|blut (?:\w+ ){{0,3}}(?:badewanne|waschbecken|dusche)"
        rf"|(?:so viel|ueberall|voller) blut(?! lol| haha)|(?:steh|stehe|bin|sitz"
        rf"|sitze) (?:\w+ ){{0,2}}(?:am|auf dem) bahnuebergang|(?:ganze[nrs]?|olle|alle|alles von"
        rf"|mein ganzes|meine ganzen)(?: \w+){{0,2}} {_MEDS}(?: \w+){{0,5}} (?:genommen"
        rf"|geschluckt|gschluckt|eingenommen|runter)|{_MEDS}(?: \S+){{0,4}} mit (?:dem |der "
        rf"|einer |ner |nem )?(?:\w+ )?(?:wodka|schnaps|alkohol|wein|bier|whisky|cognac|likoer"
        rf"|sekt) (?:genommen|geschluckt|gschluckt|runter\w*)|(?:genommen|geschluckt"
        rf"|gschluckt)(?: \S+){{0,3}} mit (?:\w+ )?(?:wodka|schnaps|alkohol|wein|bier|whisky"
        rf"|cognac)|\d+ von (?:den|meinen|seinen) {_MEDS}|(?:geschnitten|schnitt"
        rf"|wunde)(?: \S+){{0,3}} (?:es )?hoert {_NOT} auf|handtuch ist durch|ich habs (?:getan"
        rf"|gemacht)(?: \.)? vor (?:ner|einer|\d+|zehn|zwanzig) (?:halben )?(?:stunde|minuten)"
        rf"|ich habs getan(?= \.|$)|(?:auto|motor|wagen) (?:\w+ )?(?:laeuft"
        rf"|lauft)(?: \S+){{0,4}} garage|(?:bin|steh\w*|sitz\w*) (?:\w+ ){{0,4}}(?:bei|an) (?:der"
        rf"|dem) (?:bruestung|gelaender|abbruchkante)|bewusstlos|leere (?:packungen|schachteln"
        rf"|blister)"
        # -- probing the families with fresh sentences
        rf"|{_MEDS}(?: \S+){{0,6}} (?:reagiert (?:nicht|nich) mehr|nicht (?:mehr )?ansprechbar"
        rf"|wacht (?:nicht|nich) (?:mehr )?auf|atmet (?:kaum|flach))|(?:springt|springe|spring"
        rf"|springen) (?:\w+ )?(?:von|vom) (?:der |dem |einer |einem )?(?:\w*bruecke|\w*dach"
        rf"|hochhaus|balkon|turm|parkhaus)|(?:alle|ganze|mehrere) (?:\w+ )?\w*pflaster (?:\w+"
        rf" ){{0,3}}(?:draufgeklebt|aufgeklebt|geklebt)|auf einmal (?:genommen|geschluckt"
        rf"|eingenommen|draufgeklebt|aufgeklebt)|(?:alle|ganzen|den ganzen"
        rf"|viel\w*) (?:meine )?(?:\w*insulin\w*|\w*pens?|ampullen) (?:\w+ ){{0,2}}gespritzt"
        rf"|motor (?:\w+ )?(?:laeuft|lauft)(?: \S+){{0,4}} (?:garagentor|tor (?:ist )?zu)"
        rf"|ganz (?:vorne|hinten|am ende) (?:am|vom|des) (?:gleis|bahnsteig)\w*|(?:haufen"
        rf"|haufn) (?:von )?(?:\w+ )?{_MEDS}|(?:flasche|wodka|wein|schnaps"
        rf"|bier)(?: \S+){{0,6}} (?:von dem |von den )?{_MEDS}|(?:habe es|habs"
        rf"|hab es) schon (?:gemacht|getan)(?= \.|$)|(?:rein|ins wasser|ins meer"
        rf"|in den see) bis es nicht mehr geht|{_MEDS}(?: \S+){{0,8}} antwortet (?:sie "
        rf"|er )?(?:nicht|nich) mehr|(?:gewehr|flinte|pistole|waffe) (?:\w+ ){{0,4}}(?:auf (?:den"
        rf"|meinen) knien|auf meinem schoss|geladen)|(?:umgekippt|ohnmaechtig"
        rf"|kollabiert)(?: \S+){{0,6}} herz (?:stolpert|rast)",
    ),
    # Where the writer is right now: a roof, a bridge, a platform edge, in dialect too.
    rule(
        ACUTE,
        r"(?:bi|bin|sitz|sitze|steh|stehe|stah|stoh|hock|hocke|schreib\w*)(?: \w+){0,4} (?:ufem"
        r"|uf em|uf de|uf dr|auf dem|aufm|auf der|vom|oben auf dem|oben auf der|oben am|am|an der"
        r"|an den) (?:obersten |letzten )?(?:dach|parkdeck|parkhaus\w*|parkhuus|hochhaus"
        r"|kirchturm|turm|felsen|staudamm|staumauer|bruck|brugg|\w*bruecke|klippe|klippen|gleisen"
        r"|gleis)(?!\w)",
        after=r"(?: \w+){0,4} (?:kletter\w*|wander\w*|joggen|spazier\w*|repar\w*|arbeite\w*"
        r"|putz\w*|grill\w*|fotograf\w*|picknick\w*|stau|warte\w*|fuehrung|besichtig\w*"
        r"|mit (?:den kindern|freunden|dem hund|der klasse))(?!\w)| ?\d",
    ),
    rule(
        SELF_HARM,
        r"(?:der|die|zur|einer|eine|meine|meiner|ner|mit) (?:rasier)?klingen?(?!\w)"
        r"|rasierklinge\w*|(?:mir|mich|sich) (?:\w+ ){0,3}(?:verletzungen|wunden"
        r"|schnitte) (?:zugefuegt|zufuege|zufuegen|zuzufuegen)|(?:hab|hob|ha|habe)\w* (?:mich"
        r"|mi) (?:\w+ )?(?:wieder|schon wieder|scho wieder|nomal|erneut|oft"
        r"|absichtlich) (?:gschnittn|gschnitten|gschnitte|geschnitten|geritzt|gritzt|verbrannt)"
        r"|(?:mach|mache) wieder (?:das|mit dem) (?:schneiden|ritzen)|(?:schneiden"
        r"|ritzen) (?:wieder )?angefangen|(?:haare|wimpern) (?:\w+ )?ausgerissen"
        r"|mir (?:\w+ ){0,2}in (?:die|den|meine|meinen) (?:hand|arm|finger|lippe)\w* gebissen"
        r"|bis (?:es|sie|die haut|ich) (?:\w+ ){0,2}(?:blutet|geblutet|blutete|blau war"
        r"|aufplatz\w*|aufgeplatzt)|(?:arme|haut|beine|unterarme) (?:\w+ )?aufgekratzt"
        r"|narben (?:\w+ ){0,3}(?:auf|aufgerissen|aufreiss\w*|aufkratz\w*|aufgekratzt)(?!\w)"
        r"|(?:zigarette\w*|kippe\w*)(?: \w+){0,3} (?:auf|an) (?:dem|meinem|der|meiner|den|meinen"
        r"|mir) (?:\w+ )?(?:unterarm|arm|haut|hand|bein|oberschenkel)\w*|(?:faust|faeuste|kopf"
        r"|stirn) (?:\w+ )?(?:gegen|an) (?:die|eine|der) (?:wand|mauer|tuer|heizung)"
        r"|knoechel (?:\w+ )?(?:aufplatz\w*|aufgeplatzt|blutig)",
        after=r"(?: \w+){0,3} (?:nassrasierer|rasierer|weggeworfen|entsorgt|gewechselt)(?!\w)",
        before=r"(?:messer|schere|saege|schlittschuh\w*|rasenmaeher\w*|dorn\w*|brombeer\w*"
        r"|hecke)(?: \w+){0,2} ",
    ),
    # Hiding the arms, a relapse told in passing, the cover story told at the hospital.
    rule(
        SELF_HARM,
        r"lange\w* aermel\w*(?: \S+){0,10} (?:schnitte|narben|arme|armen|wunden|sieht|sehen"
        r"|verstecken)|(?:arme|schnitte|narben|wunden)(?: \w+){0,2} (?:nicht|nie) sehen"
        r"|damit (?:keiner|niemand) (?:die |meine )?(?:schnitte|narben|wunden|arme) sieht"
        r"|rueckfall(?: \S+){0,12} (?:arm|bein|oberschenkel|schnitte|tief|geschnitten|ritz\w*"
        r"|klinge|blut\w*)|rueckfall (?:am|gestern|heute|letzte|diese|vorgestern"
        r"|ueber)(?: \w+){0,2}(?= \.|$)|(?:gesagt|erzaehlt|behauptet)(?: \S+){0,8} (?:wars|war es"
        r"|war das) (?:aber |natuerlich |halt )?nicht(?= \.|$)|(?:sagt|sagte|meint|behauptet"
        r"|gesagt|denkt|glaubt)(?: \S+){0,4} (?:katze|kater|hund|kochen|sport|fussball|treppe"
        r"|tuer|unfall|gestuerzt|hingefallen)(?: \S+){0,2} (?:wir|ich|er|sie) (?:haben|hab|habe"
        r"|hat|kochen|koche|kocht) (?:keine?n?|nicht|nie|gar nicht)(?!\w)|(?:denkt"
        r"|glaubt) (?:\w+ )?(?:ist|war|sei) von (?:der )?(?:katze|kater|hund)",
        after=r"(?: \S+){0,6} (?:geraucht|getrunken|gekifft|alkohol|zigarette\w*|rauchen|trinken"
        r"|gespielt|gezockt|fressattacke|essanfall)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"(?:bin|sei|waere|fuehle? mich|fuehl mich|komm\w* mir vor)(?: \w+){0,6} (?:wie )?(?:eine"
        r" |ne )?(?:last|belastung|zumutung)|(?:nur|bloss) (?:noch )?(?:ein |eine )?(?:problem"
        r"|last|belastung) fuer (?:alle|jeden|euch|meine|meinen)|ich koste nur"
        r"|ohne mich(?: \S+){0,5} (?:besser|leichter|einfacher)(?!\w)"
        r"|nehm\w*(?: \w+){0,3} (?:platz|luft|sauerstoff) weg|verschwend\w* (?:nur "
        r"|bloss )(?:\w+ )?(?:zeit|platz|luft|sauerstoff)|mir ist (?:nicht|nimmer) mehr zu helfen"
        r"|hoffnungslose[rn]? fall|zieh\w* (?:alle|jeden|euch) (?:mit )?runter"
        r"|aus mir wird (?:nix|nichts)|kein licht mehr|(?:da|es) kommt (?:nix|nichts) mehr(?= \."
        r"|$)|kaempf\w* (?:nicht|nimmer|ned) mehr|wofuer (?:auch|noch)(?= \.|$)|(?:eh|sowieso"
        r"|doch) (?:alles|ois|olles) (?:egal|wurscht|wurst)|(?:is|ist) eh (?:alles|ois"
        r"|olles) (?:egal|wurscht)|wird (?:eh |sowieso |doch |ja |halt )?nie (?:mehr )?(?:anders"
        r"|besser)|warum ich mir das (?:alles )?noch antu\w*|ich (?:habs|hab es|habe es|hab mich"
        r"|habe mich) aufgegeben(?= \.|$)|(?:pack|packe|schaff|schaffe) (?:des|das) (?:alles"
        r"|olles|ois) (?:nimmer|nimma|nicht mehr|ned mehr)",
        after=r"(?: \w+)? (?:von|vom|faellt)(?!\w)|(?: \.)? wenn ich (?:frag\w*|bitte|schreib\w*"
        r"|stoer\w*)|(?: \w+)? (?:beim|bei|mit|was) |(?: \.)?(?: \w+){0,5} (?:zu \w+en"
        r"|\w+zu\w+en)(?!\w)",
    ),
    rule(
        DANGER,
        r"(?:am|an den|um den|an der) (?:hals|kehle|gurgel) (?:gepackt|gewuergt|gegriffen"
        r"|zugedrueckt)|(?:packt|packte|gepackt|griff|gegriffen|wuergte)(?: \w+){0,3} (?:am"
        r"|an den|an der) (?:hals|haaren|kehle|gurgel)|(?:hat|haben|hatte) (?:mir|ihr"
        r"|ihm) (?:die |den |das |eine |einen |zwei |ein )?(?:rippe\w*|nase|arm|kiefer|finger"
        r"|hand|handgelenk|jochbein)(?: \w+)? gebrochen|(?:hat|haben) mich(?: (?!beim"
        r"|im)\w+){0,5} (?:bedroht|geschlagen|verpruegelt|gewuergt|angegriffen|getreten"
        r"|begrapscht|belaestigt)|(?:wird|werden|wurden|sind|werde|wurde|werd)(?: (?!(?:beim"
        r"|im) )\w+){0,6} (?:geschlagen|gschlagn|verpruegelt|bedroht|eingesperrt|eingsperrt"
        r"|misshandelt|vergewaltigt)(?!\w)|(?:schlaegt|pruegelt|verpruegelt|wuergt) (?:die mama"
        r"|die mutter|mama|sie|ihn|die kinder|die frau|seine frau|ihre|seine)(?!\w)|(?:bin"
        r"|sitz\w*|hock\w*) (?:\w+ ){0,3}eingesperrt|zwangsheirat|zwangsehe|zwangsverheirat\w*"
        r"|(?:mich|uns) (?:\w+ ){0,2}verheiraten",
        after=r" vor(?!\w)|(?: \w+)? (?:im|beim) (?:tennis|schach|spiel|finale)",
    ),
    # Threats, control, being followed; what a partner does, reported in passing.
    rule(
        DANGER,
        rf"trau\w* (?:mich|mi)(?: \w+){{0,2}} {_NOT} (?:mehr )?(?:\w+ )?(?:nach hause|nachhause"
        rf"|heim|ham|hoam|hei)(?!\w)|angst(?: \S+){{0,4}} (?:heimzu\w+|nach hause zu (?:gehen"
        rf"|kommen|fahren)|nachhause zu \w+|heim zu \w+)|wenn ich (?:\w+ ){{0,4}}(?:erzaehl\w*"
        rf"|sag\w*|geh\w*|verlass\w*|zur polizei)(?: \S+){{0,4}} (?:werd|werde|wirst) (?:ichs"
        rf"|ich es|ich das) bereuen|wenn ich (?:\w+ ){{0,3}}(?:gehe|geh|ihn verlasse|mich trenne"
        rf"|zur polizei geh\w*)(?: \S+){{0,4}} (?:findet|bringt|daschlogt|derschlaegt|erschlaegt"
        rf"|toetet|nimmt) (?:er|sie)|gnade mir gott|stellt (?:\w+ ){{0,2}}(?:die "
        rf"|meine )?(?:videos|fotos|bilder|nacktbilder|nacktfotos)(?: \w+){{0,2}} (?:online"
        rf"|ins netz|ins internet)|hatte (?:er|sie) (?:das|ein|nem) messer in der hand"
        rf"|mit (?:einer|einem|der|dem|nem) (?:waffe|messer|pistole|gewehr|baseballschlaeger"
        rf"|schlaeger|axt|hammer)(?: \w+){{0,2}} (?:droht|bedroht|gedroht|angegriffen|auf mich)"
        rf"|(?:schliesst|sperrt) (?:\w+ )?ab(?: \S+){{0,10}} schluessel|(?:er"
        rf"|sie) (?:hat )?(?:\w+ ){{0,4}}(?:die tuer|tuer) abgeschlossen|(?:er|sie|mann|freund"
        rf"|vater|partner|schwiegervater) (?:hat )?(?:mir )?(?:mein|meine|meinen|das|den"
        rf"|des) (?:handy|telefon|pass|reisepass|ausweis|geld|papiere"
        rf"|schluessel)(?: \w+)? (?:genommen|weggenommen|abgenommen|versteckt|einkassiert)"
        rf"|nimmt (?:mir|ma) (?:des|das|mein|meine|meinen) (?:geld|handy|pass|schluessel) weg"
        rf"|(?:meinen|mein) (?:reise)?pass(?: \w+){{0,2}} (?:haben sie|hat er|hat sie|weggenommen"
        rf"|abgenommen|versteckt|einbehalten)|(?:laesst|lasst|losst) (?:mich"
        rf"|mi) {_NOT} (?:aus (?:dem|m|em) haus|ausm haus|raus|weg|gehen)|(?:er|sie|mann|freund"
        rf"|partner|frau|vater) kontrolliert (?:mein\w*|alles|mich|uns|wohin|wo|wen)|(?:er"
        rf"|sie) kontrolliert(?= \.|$)|(?:durchsucht|durchwuehlt) (?:meine|mein|meinen) \w+"
        rf"|(?:tasche|handy|sachen|zimmer|post) durchsucht|(?:macht|oeffnet|liest) (?:meine"
        rf"|mein) (?:briefe|post)|dass mir (?:eh |doch )?keiner glaubt|(?:er"
        rf"|sie) hat das ganze geld|darf ich (?:nicht mehr|nicht|nie|keine\w*) (?:\w+ )?(?:sehen"
        rf"|treffen|anrufen)|rastet (?:er|sie) (?:\w+ )?aus(?!\w)|(?:weiss|weiss genau) (?:wann"
        rf"|wo) (?:du|sie) (?:heimkommst|wohnst|arbeitest|bist|schlaefst)|(?:zettel|briefe|blumen"
        rf"|fotos?)(?: \w+){{0,2}} vor (?:meine|meiner|die) (?:tuer|haustuer|wohnung)"
        rf"|fotos? (?:von|vor) (?:meiner|meinem) (?:haustuer|tuer|wohnung|haus|arbeit|auto"
        rf"|fenster)|(?:neuen|anderen|verschiedenen|unbekannten|wechselnden) nummern"
        rf"|was ich anhab\w*|(?:jemand|einer|er|typ|mann|ex|auto|wagen) (?:\w+ )?(?:geht|laeuft"
        rf"|faehrt|folgt) mir(?: \w+){{0,6}} (?:nach|hinterher)(?!\w)|(?:steht|parkt"
        rf"|wartet) (?:jeden|jede|immer|schon wieder|staendig)(?: \w+){{0,2}} vor(?:m| dem"
        rf"| meinem| meiner)? (?:haus|tuer|wohnung|arbeit)|(?:unfall|gestolpert|gestuerzt"
        rf"|hingefallen|tuer|treppe)(?: \S+){{0,2}} (?:so halb|angeblich)(?= \.|$)"
        rf"|(?:hab ich gesagt|hab ich erzaehlt|sag ich)(?: \S+){{0,2}} (?:ich bin"
        rf"|bin) (?:\w+ )?(?:gestuerzt|hingefallen|gestolpert)|blauen flecken (?:gesehen|bemerkt)"
        rf"|(?:trinkt|saeuft|bsoffn|besoffen|betrunken)(?: \S+){{0,6}} (?:wirds schlimm"
        rf"|wird es schlimm|schreit|haut|schlaegt|schmeisst|rastet)|polizei (?:\w+"
        rf" ){{0,2}}(?:kann|koenne|macht) (?:nix|nichts)|(?:hat|haben) mich (?:\w+"
        rf" ){{0,4}}(?:eingeschlossen|eingesperrt|ausgesperrt)|(?:er|sie) liest (?:alles|mit)"
        rf"|(?:er|sie|partner|mann|freund|ex) (?:hat )?(?:mein|meine) handy (?:\w+ )?(?:kaputt"
        rf" gemacht|kaputtgemacht|zerstoert|zertreten|zerschlagen)|wenn ich (?:\w+ ){{0,4}}(?:geh"
        rf"|gehe|gehst|verlass\w*|trenn\w*)(?: \S+){{0,4}} (?:wirst|wirste) (?:dus|du es"
        rf"|du das) bereuen|darf (?:ich )?(?:\w+ )?{_NOT} (?:raus|aus dem haus)|(?:der"
        rf"|einer) (?:hochzeit|heirat|ehe) zustimme|(?:er|freund|partner|mann"
        rf"|ex)(?: \w+){{0,3}} (?:trackt|ortet|ueberwacht)|airtag (?:\w+ ){{0,5}}(?:gefunden"
        rf"|versteckt|eingenaeht)|peilsender|standort (?:\w+ )?teilen|dann knallts"
        rf"|neue blaue flecken|wirkt (?:\w+ )?(?:veraengstigt|eingeschuechtert|verstoert)"
        rf"|(?:fingerabdruecke|griffspuren|wuergemale) (?:am|an den|an der|auf dem) (?:oberarm\w*"
        rf"|arm\w*|hals|handgelenk\w*)|(?:er|sie|der) hat das passwort"
        rf"|passwort (?:\w+ ){{0,3}}geaendert|tuer eingetreten|(?:naechstes mal|dann) (?:ist es"
        rf"|bist du) (?:mein|dein) kopf|(?:mit mir schlafen|sex|anfassen)(?: \S+){{0,6}} (?:auch"
        rf" wenn|obwohl) ich (?:nicht will|nein)|gegen meinen willen|zum sex gezwungen|(?:ex|er"
        rf"|typ|mann|jemand) (?:\w+ )?(?:steht|parkt|wartet|lauert)(?: \w+){{0,7}} vor(?:m"
        rf"| meinem| meiner| meine| der| dem)? (?:haus|tuer|wohnung|arbeit|schule|buero)|(?:er"
        rf"|jemand|typ|ex) (?:\w+ )?(?:weiss|wusste|kennt)(?: \w+){{0,2}} (?:wo|wann|in welche\w*"
        rf"|auf welche\w*) (?:\w+ ){{0,3}}(?:ich|meine tochter|mein sohn|meine kinder)"
        rf"|tote\w* (?:\w+ )?(?:taube|katze|ratte|tier|vogel)(?: \w+){{0,3}} vor (?:der"
        rf"|meiner) tuer|vor der tuer lag (?:eine |ein )?tote|adresse (?:\w+ ){{0,3}}(?:gepostet"
        rf"|rausgefunden)|drohungen|drohnachrichten|(?:nacktbilder|nacktfotos|intime\w* (?:bilder"
        rf"|fotos|videos)|videos von mir|fotos? von mir)(?: \S+){{0,6}} (?:schickt|geschickt"
        rf"|verschickt|ins netz|eltern)|nachts (?:\w+ )?in (?:mein|ihr|sein) (?:zimmer|bett)"
        rf"|(?:er|sie|chef|typ|mann|freund|vater|familie|onkel|bruder"
        rf"|partner)(?: \w+){{0,5}} (?:hat|haben) (?:jetzt )?(?:meinen|mein|meine) (?:pass"
        rf"|reisepass|ausweis|papiere|bankkarte|ec karte)|(?:mir|uns|ma) (?:\w+ ){{0,3}}(?:pass"
        rf"|ausweis|ec karte|bankkarte|karte|geld|handy|telefon|schluessel"
        rf"|papiere)(?: \w+)? (?:weggenommen|abgenommen)|(?:miete|schulden) (?:\w+ )?abarbeiten"
        rf"|darf (?:ich )?(?:keine|kein) (?:\w+ ){{0,2}}(?:freund\w*|eigene\w* \w+|geld|handy)"
        rf"|darf (?:ich )?(?:nicht|nich) (?:mehr )?(?:allein|alleine) (?:raus|aus dem haus"
        rf"|zur \w+|zum \w+|einkaufen)|(?:geht|ging) (?:\w+ ){{0,2}}(?:kontoauszuege|handy"
        rf"|nachrichten|post) durch|(?:holt|kassiert|nimmt)(?: \w+){{0,3}} meine rente|(?:haende"
        rf"|hand|messer|brotmesser|klinge|waffe|pistole)(?: \w+){{0,3}} (?:um|an) (?:den|meinen"
        rf"|meine) (?:hals|kehle|kopf|schlaefe)|(?:mich findet keiner|findet mich keiner"
        rf"|findet (?:er|sie) mir)|(?:waffe|pistole|gewehr|messer)(?: \w+){{0,2}} gezeigt"
        rf"|wenn (?:ich|ick|i) (?:\w+ ){{0,2}}(?:abhau\w*|gehe?|verlass\w*)(?: \S+){{0,3}}"
        rf" (?:findet|bringt|holt) (?:er|sie) (?:mich|mir|mi)|(?:gesagt|sagt|gsagt|jesagt|droht"
        rf"|meint)(?: \S+){{0,12}} (?:passiert was|passiert (?:\w+ )?etwas|ist es mein kopf"
        rf"|erlebe ich das nicht mehr|hat das folgen)|(?:heirate|heiraten)(?: \S+){{0,4}} (?:den"
        rf"|die) ich (?:nicht|nie) (?:kenne|gesehen)|(?:trinkt|saeuft)(?: \S+){{0,6}}"
        rf" (?:grauslich|eskaliert|knallts)|(?:war|lag) (?:ich|i) (?:\w+ )?(?:in der ambulanz"
        rf"|im krankenhaus|in der notaufnahme)|blaue flecken (?:an|auf) (?:den|dem|ihren|seinen"
        rf"|meinen) (?:armen|beinen|oberarm\w*)|blaue\w* flecke?n?(?: \S+){{0,4}} angst"
        rf"|(?:schlaegt|schlug|haut|verpruegelt) (?:\w+ ){{0,3}}mit (?:dem|einem|der) (?:guertel"
        rf"|stock|kochloeffel|kabel)|(?:etwas|was|teller|glas) (?:ist )?gegen die wand geflogen"
        rf"|(?:schliesst|sperrt) (?:sie|ihn|mich|uns|die kinder) (?:\w+ ){{0,3}}ein|stuhl (?:vor"
        rf"|unter|gegen) (?:die|der) (?:tuer|klinke)|(?:hat|haben) (?:die "
        rf"|sie )?mich (?:\w+ ){{0,4}}(?:eingeschlossen|eingesperrt|ausgesperrt|abgefangen"
        rf"|aufgelauert|gestossen|geschubst)|(?:er|jemand|typ|ex) (?:\w+ )?(?:weiss|wusste"
        rf"|kennt)(?: \.)? (?:wo|wann|in welche\w*|auf welche\w*) (?:\w+ ){{0,3}}(?:ich"
        rf"|meine tochter|mein sohn|meine kinder)|wenn (?:ich|i|ick) (?:\w+ ){{0,3}}(?:zur"
        rf" polizei|gehe?|verlass\w*)(?: \S+){{0,4}} (?:daschlogt|derschlaegt|erschlaegt|findet"
        rf"|bringt) (?:er|sie)|messer (?:\w+ ){{0,3}}(?:rumgefuchtelt|gefuchtelt|gezueckt)|(?:seh"
        rf"|sehe|siehst) (?:ich )?(?:die|meine) kinder nie (?:mehr|wieder)|(?:zentimeter|cm"
        rf"|knapp) neben (?:meinem|meim|mein) kopf|(?:bringt|bringe) (?:er|sie) mi um|wenn (?:ich"
        rf"|i) (?:\w+ ){{0,3}}(?:gang|gange)(?: \S+){{0,3}} (?:bringt|findet|holt) (?:er|sie)"
        rf"|(?:wissen|weiss|wisst) (?:\w+ )?(?:wo|in welche\w*|auf welche\w*) (?:\w+"
        rf" )?(?:kindergarten|kita|schule) (?:\w+ ){{0,3}}geht|(?:anzeige"
        rf"|aussage) (?:\w+ )?(?:zurueck\w*|zruck\w*)(?: \S+){{0,2}} sonst|(?:hat|haben) (?:ihren"
        rf"|seinen) pass|taucht (?:\w+ ){{0,3}}(?:bei|an|vor) (?:meiner|meinem) (?:arbeit|wohnung"
        rf"|haus|schule) auf|(?:an|bei|vor) meinem auto gewartet|(?:dass|das) er (?:mich|mi"
        rf"|mir) findet|weiss (?:jetzt )?wo du (?:wohnst|arbeitest|bist)|nicht ewig verstecken"
        rf"|(?:nix|nichts|nuescht) machen(?= \.|$)|(?:pics|bilder|fotos|videos"
        rf"|nudes)(?: \S+){{0,4}} (?:an|zu) (?:meinen|meine) (?:chef|eltern|\w+) zu schicken"
        rf"|tut (?:meinem|meiner|den) (?:\w+ )?(?:hund|katze|kindern|kind) (?:was|etwas)"
        rf"|zettel (?:\w+ ){{0,3}}scheibenwischer|(?:dasselbe|das gleiche"
        rf"|ein fremdes) auto (?:\w+ ){{0,3}}vor meinem haus|(?:haende"
        rf"|hand) (?:\w+ ){{0,2}}an meinem hals|mit (?:mir|uns) drin|mit den faeusten"
        rf"|\w*tuer eingetreten|wenns sicher ist|wenn es sicher ist|angst(?: \S+){{0,6}} nach"
        rf" hause zu (?:gehen|kommen|fahren)|blaue flecken(?: \S+){{0,3}} (?:die )?(?:keiner"
        rf"|niemand) erklaeren|macht (?:er|sie) (?:mich|mi) kalt|naechstes mal (?:die knie"
        rf"|bist du dran|(?:is|ist) (?:mei|mein) schaedel)|weiss(?: \w+)? wo (?:meine"
        rf"|mein) (?:\w+ )?(?:wohnt|arbeitet)|reifen (?:\w+ )?zerstochen"
        rf"|passieren (?:halt )?unfaelle|kofferraum gesperrt|schreibt mir meine (?:eigene"
        rf" )?adresse|klinke (?:\w+ ){{0,3}}abgeschraubt|schickt sie (?:meinen|meiner) (?:eltern"
        rf"|chef|mutter|vater)|handy (?:\w+ )?(?:zerschmissen|zerschlagen|zertreten)",
    ),
    rule(
        PREPARATORY,
        r"briefe (?:fuer|an) (?:\w+ ){0,6}(?:geschrieben|dagelassen|hinterlassen"
        r"|hingelegt)(?: \S+){0,6} (?:liegen|liegt|schublade|schreibtisch|umschlag|finden|wenn)"
        r"|brief\w* fuer (?:nachher|danach|den fall)|(?:nie|niemals) (?:hergeben|weggeben"
        r"|abgeben) (?:wollte|wollt)|(?:brauch|brauche|bruuch|brauchs)(?: \w+)? (?:sie|ihn|es|das"
        r"|die|den) (?:ja|eh|dann|bald|sowieso) (?:nicht|nimmer|nuemme|ned|nid) mehr"
        r"|soll (?:jemand|wer|einer) haben|(?:moechte|will|soll)(?: \S+){0,2} dass (?:du|sie|er"
        r"|ihr) (?:meine|meinen|mein) \w+ (?:bekommst|bekommt|kriegst|kriegt|bekommen|kriegen)"
        r"|(?:sammlung|gitarre|uhr|schmuck|kamera|klavier|geige|konsole|playstation) (?:geht"
        r"|gehen) an|(?:muss|braucht|soll)(?: \w+){0,2} (?:ja |eh )?(?:nicht|nich|net|ned|keiner"
        r"|niemand) (?:\w+ )?wissen warum|(?:all|alle|mini|meine) (?:\w+ )?(?:sachen|sache"
        r"|sach) (?:\w+ )?(?:verschenkt|verschaenkt|weggegeben|verteilt|vermacht)|(?:allen"
        r"|jedem)(?: \w+){0,2} (?:ihre|seine|die) sachen zurueck\w*|(?:fuer alles|bei allen"
        r"|bei jedem) (?:\w+ )?entschuldigt|(?:alle|allen)(?: \w+){0,3} (?:angerufen|geschrieben"
        r"|angeschrieben|besucht)(?: \S+){0,10} (?:entschuldigt|verabschiedet)|(?:lieder|playlist"
        r"|musik|songs)(?: \S+){0,6} (?:beerdigung|trauerfeier|beisetzung|gespielt werden sollen)"
        r"|brief\w* (?:\w+ ){0,6}(?:hinterlegt|dagelassen|hinterlassen)"
        r"|brief (?:\w+ ){0,4}geschrieben(?: \S+){0,10} (?:danke\w* fuer alles|fuer alles danken)"
        r"|(?:hund|katze|kater|tier|futter\w*|tierarzt|koerbchen)(?: \S+){0,12} besser (?:so"
        r" )?fuer (?:ihn|sie)|fuer immer zu (?:meiner|meinem)|karenzzeit|suizidklausel"
        r"|(?:alle )?papiere (?:sind )?(?:sortiert|geordnet)|(?:videos|briefe"
        r"|nachrichten)(?: \S+){0,6} (?:jeden|alle) geburtstag\w*|falls ich (?:mal "
        r"|einmal )?(?:nicht mehr da|tot) bin|(?:accounts|konten|profile|instagram"
        r"|facebook)(?: \w+){0,2} geloescht(?: \S+){0,8} (?:passwoerter|zettel|nachlass|fotos)"
        r"|zettel fuer (?:den|die|wen) (?:\w+ ){0,3}(?:findet|finden)|passwoerter geschickt"
        r"|(?:allen|jedem) (?:\w+ )?(?:das )?geld zurueck\w*|(?:keiner|kaner"
        r"|niemand) (?:\w+ ){0,2}(?:nachraeumen|hinterherraeumen)|(?:geben sie sich|gib dir"
        r"|gebt euch|machen sie sich) (?:\w+ )?(?:nicht|keine) (?:die )?(?:schuld|vorwuerfe)"
        r"|(?:dass|das) sie es (?:\w+ ){0,3}versucht haben|weiss dann bescheid|(?:solls|soll es"
        r"|sollen es) (?:nur |halt )?wissen(?= \.|$)|(?:verschenkt|ausmiste|aussortiert"
        r"|verkauft)(?: \S+){0,8} (?:aber das isses nicht|aber das ist es nicht|so aehnlich halt)"
        r"|soll (?:er|sie) (?:\w+ )?fuer immer|(?:zurueckgegeben|zurueckgebracht)(?: \S+){0,12}"
        r" (?:sicherer|besser aufgehoben)|(?:olles|alles|ois) (?:herschenkt|hergschenkt"
        r"|verschenkt)|(?:a letzts moi|ein letztes mal) (?:\w+ ){0,2}(?:gredt|geredet|gesprochen"
        r"|gesehen|angerufen)|(?:angerufen|geschrieben)(?: \S+){0,6} (?:mich )?zu"
        r" (?:entschuldigen|verabschieden)|(?:nie|niemals) (?:hergegeben|weggegeben) haette"
        r"|damit (?:sie|er|ihr|alle) (?:\w+ ){0,2}danach|(?:schmuck|\w*armbaender|ringe?"
        r"|kette)(?: \S+){0,6} (?:verteilt|gegeben)|(?:alles|haus|wohnung"
        r"|vermoegen) (?:\w+ ){0,2}(?:meinem|meiner) \w+ ueberschrieben|(?:medaille|orden"
        r"|erkennungsmarke)\w*(?: \S+){0,6} (?:geschickt|geschenkt|gepostet|vermacht)|(?:gitarre"
        r"|velo|uhr|kette|ring)(?: \S+){0,6} (?:gschaenkt|gschenkt|verschaenkt)|(?:\w*sachen"
        r"|werkzeug|inventar|sammlung|skins)(?: \S+){0,4} (?:vermacht|ueberschrieben)"
        r"|gehoert jetzt (?:ihm|ihr|dir|euch)|falls (?:wer|jemand) (?:sucht|fragt)(?= \.|$)"
        r"|falls (?:das|dies) (?:jemand|wer) liest|(?:fuer|fur) spaeter wenn (?:sie|se) (?:gross"
        r"|erwachsen) sind|(?:video|brief|nachricht)\w*(?: \S+){0,4} (?:18"
        r"|achtzehnten)(?: \.)? geburtstag|(?:beim|zum) bestatter(?: \S+){0,3} vorsorge"
        r"|bezugsberechtigung\w*|nur um (?:sie|ihn) (?:noch (?:mal|einmal) )?zu hoeren"
        r"|vormundschaft|(?:medaille|orden|erkennungsmarke)\w*(?: \S+){0,4} gegeben",
    ),
    # Last words: thanks and absolution, goodbye for me, affairs in order, the pet rehomed.
    rule(
        PREPARATORY,
        r"(?:sorry|entschuldigung|verzeihung|verzeiht|verzeih|tut mir leid) fuer alles"
        r"|(?:tschuess|tschau|ciao|adieu|lebwohl) an alle|(?:machts|macht es"
        r"|machs) gut(?: \S+){0,2} (?:ihr alle|an alle)|(?:sagen sie|sag|sagt|gruessen sie"
        r"|gruess)(?: \S+){0,3} (?:tschuess|adieu|lebewohl|auf wiedersehen) von mir"
        r"|gruessen sie(?: \w+){0,3} von mir(?: \S+){0,2} adieu|(?:du warst|sie waren|warst du"
        r"|waren sie) (?:die|der) (?:einzige|einzigste)(?: \w+){0,2} (?:die|der"
        r"|wo)(?: \w+){0,2} (?:zugehoert|verstanden|geholfen|zuhoert)|(?:haben|hast|hend|haend"
        r"|ham) (?:\w+ )?(?:getan|gmacht|gemacht) was (?:sie|du|gange|moeglich|ging)|(?:keine"
        r"|kane|kei|koane) sorgen(?: \S+){0,12} (?:wollt\w*|will) (?:\w+ ){0,5}(?:danke\w* (?:\w+"
        r" )?fuer (?:alles|ois|olles)|fuer (?:alles|ois|olles) (?:\w+ )?(?:bedanken|danke))"
        r"|nichts davon (?:ist )?(?:seine|ihre|deine|eure) schuld|(?:noch )?eine letzte"
        r" (?:nachricht|mail|email)|angelegenheiten (?:\w+ )?(?:geordnet|geregelt|geklaert"
        r"|erledigt)|nicht (?:weiter|laenger|mehr) (?:behelligen|belaestigen)|(?:zeitung|abos?"
        r"|versicherung\w*|vertraege|konten|konto|mitgliedschaft\w*)(?: \w+){0,2} (?:abbestellt"
        r"|gekuendigt|aufgeloest)(?: \S+){0,8} (?:abbestellt|gekuendigt|aufgeloest|notar"
        r"|testament)|(?:zugangsdaten|passwoerter|kontodaten|pins?)(?: \w+){0,10} (?:umschlag"
        r"|kuvert)|falls (?:mir )?mal (?:was|etwas) ist(?: \S+){0,8} (?:unterlagen|ordner"
        r"|testament|weiss bescheid)|damit (?:nachher|danach|hinterher) (?:keiner|niemand)"
        r"|auf meinen schulden|damit (?:keiner|niemand)(?: \w+){0,2} (?:drum|darum) kuemmern muss"
        r"|tagebu\w*(?: \w+){0,2} (?:verbrannt|vernichtet|geschreddert)",
        after=r" (?:chaos|durcheinander|hin und her|vor|bevor|fuer heute)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:katze|kater|katz|hund|hunde|vogel|voegel|hamster|kaninchen|meerschweinchen|pferd"
        r"|tiere?) (?:\w+ )?(?:geht|gehen|kommt|kommen|ist jetzt|isch jetzt|sind jetzt|bleibt"
        r"|bleiben|wohnt jetzt|lebt jetzt) (?:zu|bei|bi|zur|zum)(?!\w)",
        after=r"(?: \S+){0,8} (?:urlaub|reha|klinik|kur|solange|waehrend|ferien|verreist"
        r"|wochenende|krankenhaus|tierarzt|termin|monate|halbe\w* jahr|umzug|auslands\w*)(?!\w)",
        before=r"(?:urlaub|reha|kur|waehrend|klinik|ferien|verreist|solange)(?: \S+){0,8} ",
    ),
    # Someone else: a farewell and then silence, a threat to die, signs seen on their arms.
    rule(
        THIRD_PARTY,
        rf"(?:machts gut|macht es gut|machs gut|tschuess an alle|sorry fuer alles"
        rf"|danke fuer alles|lebt wohl|adieu)(?: \S+){{0,12}} (?:(?:handy"
        rf"|telefon) (?:\w+ )?(?:aus|ausgeschaltet|abgeschaltet)|(?:geht"
        rf"|ging) {_NOT} (?:mehr )?(?:ans|an sein|an ihr) (?:handy|telefon)"
        rf"|antwortet (?:niemandem|keinem|nicht))|danke fuer alles(?: \S+){{0,2}} pass\w* (?:gut"
        rf" )?auf (?!sich|dich|euch|mich)\w+ auf|bringt (?:er|sie) sich (?:\w+ )?um|(?:nimmt"
        rf"|schluckt) (?:\w+ )?alle (?:\w+ )?{_MEDS}|{_MEDS}(?: \w+)? nimmt (?:er|sie) (?:nicht"
        rf"|nimmer) mehr|(?:verschenkt|verschenken)(?: \w+){{0,4}} (?:seine|ihre) sachen|(?:sei"
        rf"|ist|bin|waere) (?:\w+ )?bereit (?:zu sterben|zum sterben)|(?:tot|gestorben|tod"
        rf"|verstorben)(?: \S+){{0,8}} bald bei (?:ihr|ihm)|sich (?:\w+ ){{0,3}}eingeschlossen(?: "
        rf"\S+){{0,4}} (?:antwortet|reagiert|macht) {_NOT}|(?:hats|hat es) (?:schon )?(?:mal"
        rf"|einmal|zweimal|\w+mal) versucht(?= \.|$)|(?:er|sie) (?:steht|sitzt) (?:\w+ )?(?:auf"
        rf"|an) (?:der|dem) (?:\w*bruecke|dach|gleisen|klippe|hochhaus)"
        rf"|nicht ob(?: \.)? sondern wann|von (?:der|dem|einer|einem) (?:\w+ )?(?:\w*bruecke|dach"
        rf"|hochhaus|balkon|turm|parkhaus) (?:\w+ )?(?:springt|springen|springe|zu springen)"
        rf"|(?:vater|stiefvater|mutter|stiefmutter|papa|mama|onkel|opa|freund|partner|trainer"
        rf"|lehrer) (?:\w+ )?(?:tut|tat) (?:ihm|ihr|ihnen|mir|uns) weh",
        after=r"(?<!springen)(?<!springt) (?:von der|vom|beim|regelmaessig|brav|wie verordnet"
        r"|wie verschrieben)(?!\w)|(?: \w+){0,3} (?:sprungturm|beckenrand|in den (?:see|pool)"
        r"|ins wasser)",
    ),
    # -- families read from authors c, d and e: text-speak, Berlin and Swiss German, older
    # writers' euphemisms, and the hints people give instead of saying it.
    rule(
        PASSIVE,
        r"friedlich einschlafen|einschlafen und (?:dann )?(?:ist )?(?:gut|fertig)"
        r"|hoff\w*(?: \S+){0,5} dass (?:er|sie|es|der flieger|das flugzeug"
        r"|die maschine) (?:\w+ )?abstuerzt|(?:flieger|flugzeug|maschine)(?: \S+){0,4} kann"
        r" (?:ruhig|gern|gerne) (?:runterkommen|abstuerzen|runterfallen)|(?:hoff\w*"
        r"|wuensch\w*)(?: \w+){0,4} dass (?:es|das) (?:das )?(?:jetzt |dann |endlich )?(?:war"
        r"|vorbei ist)(?= \.|$)|(?:werd|werde) (?:eh |sowieso |wohl )(?:nicht|nich|ned) alt"
        r"|(?:strasse|ampel|autos?|verkehr)(?: \S+){0,6} (?:schau|guck|pass)\w* (?:ich )?(?:nicht"
        r"|nich|nimmer|kaum) mehr|(?:wenns|wanns|wenn es|wenn) (?:mich|mi) (?:\w+ )?(?:nicht mehr"
        r"|nimmer|nimma|nuemme|nich mehr) gibt|(?:nich|nicht|ned) (?:mehr )?(?:uffwach"
        r"|aufwach)\w*(?: \S+){0,2} (?:ooch|auch|och) (?:jut|gut|ok|okay|egal|recht)"
        r"|warte (?:\w+ ){0,2}nur noch(?: \S+){0,2} bis (?:es|alles|das) vorbei|(?:neidisch"
        r"|beneide\w*)(?: \S+){0,8} (?:friedhof|tote\w*|todesanzeige\w*|verstorbene\w*|grab)"
        r"|(?:todesanzeige\w*|friedhof)(?: \S+){0,8} (?:neidisch|beneide\w*)|(?:herrgott"
        r"|gott)(?: \w+){0,2} mich (?:holt|holen|nimmt|zu sich)",
        before=r"(?:angst|sorge\w*|panik|befuercht\w*|fuercht\w*)(?: \w+){0,3} ",
    ),
    rule(
        ACTIVE,
        r"(?:drang|gedanke\w*|wunsch|impuls)(?: \S+){0,2} schluss zu machen(?! mit (?:ihm|ihr"
        r"|meine\w*))|vom acker (?:zu )?machen|(?:faehrt|fahre|fahr|fahren) (?:\w+ )?gegen (?:ne"
        r"|eine|einen|den|die) (?:wand|mauer|baum|\w*pfeiler)(?= \.|$| und)|wie man stirbt"
        r"|sterbehilfe\w*|dignitas|freitodbegleitung|bei exit|bringe? (?:ich|i) (?:mich"
        r"|mi) (?:\w+ )?um|(?:slaebe|s laebe|das leben|sleben) (?:znaeh|z naeh|zu nehmen)"
        r"|(?:mein kopf|die stimme|eine stimme|stimmen)(?: \w+){0,3} (?:sagt"
        r"|sagen)(?: \S+){0,4} (?:ich solls?|mach doch|tus|tu es|spring|schluss)|mach (?:doch "
        r"|einfach ){1,2}schluss(?= \.|$)|(?:es|s) (?:endlich |einfach |jetzt )?durchzuziehen"
        r"|(?:ums|um das) sterben|wie (?:ers|sies|ichs|er es|sie es|ich es) (?:\w+ )?beend\w*"
        r"|(?:springen|sprung) (?:vom|von der|von dem) (?:\w*dach|\w*bruecke|hochhaus|balkon"
        r"|turm)|(?:wollen|will|drohen|droht|gedroht)(?: \w+){0,3} (?:abstechen|abzustechen"
        r"|umlegen|umzulegen|kaltmachen|kaltzumachen)",
        before=_ABOUT_DE,
    ),
    rule(
        SELF_HARM,
        r"bis (?:die |sich )?(?:brandblasen|blasen kommen|blaue flecken|striemen|blut kommt)"
        r"|(?:heiss\w*|kochend\w*) (?:wasser\w*|herdplatte|buegeleisen)(?: \S+){0,6} (?:bis"
        r"|blasen)|hau\w* mir (?:\w+ ){0,4}(?:auf|gegen|an) (?:die|den|meine|meinen) (?:beine"
        r"|bein|arme|arm|kopf|oberschenkel)|(?:weh ?getan|weh ?tan|wehtan)(?: \S+){0,2} wie immer"
        r"|(?:sv|svv|ssv) ?(?:druck|drang|gedanken|pause|frei\w*|rueckfall)"
        r"|druck (?:\w+ ){0,4}nachgegeben|(?:langarm|lange\w* aermel\w*)(?: \S+){0,6} (?:juli"
        r"|august|sommer|hitze|grad|wissen schon|denken warum)|(?:juli|august|sommer|hitze"
        r"|\d\d grad)(?: \S+){0,6} (?:langarm|lange\w* aermel)|steristrip\w*|klammerpflaster"
        r"|(?:habs|hab ichs|hab ich|han s|hans) (?:selbst|selber|sälber|saelber) (?:verbunden"
        r"|verbunde|genaeht|geklebt|verarztet)|(?:arme|beine) sehen (?:\w+ ){0,3}(?:schlimm"
        r"|schlimmer|furchtbar) aus|wieder (?:das|ein|zum) (?:\w*messer|klinge"
        r"|rasierer) (?:genommen|gegriffen)|ausrutscher mit (?:dem|der) (?:zirkel|klinge|messer"
        r"|schere|rasierer)|(?:zirkel|klinge|rasierer|scherbe)(?: \S+){0,8} (?:oberflaechlich"
        r"|nicht tief|sauber gemacht|weh ?tan|weh ?getan)|\w*knoechel (?:\w+ ){0,3}(?:aufghaut"
        r"|aufgehauen|aufgeschlagen|aufgeplatzt|blutig)|(?:zigarette\w*"
        r"|kippe\w*) (?:\w+ ){0,2}(?:auf|an|aufm|am) (?:dem |der )?(?:\w+ )?(?:unterarm|arm|haut"
        r"|hand|handgelenk|handjelenk|bein|oberschenkel)\w*|(?:narben"
        r"|schnitte)(?: \S+){0,8} (?:neue|neuer) (?:dazu|dazugekommen)|bis (?:es )?bluat"
        r"|absichtlich(?: \S+){0,8} (?:als strafe|strafe)|als bu(?:ss|ß)e"
        r"|absichtlich (?:\w+ ){0,3}(?:handgelenk|hand|arm)\w* (?:\w+ ){0,2}(?:in den dampf"
        r"|unter heisses|ins heisse|auf die herdplatte)|schlage? mich (?:\w+ ){0,3}mit (?:dem"
        r"|einem) (?:guertel|stock|kabel)|(?:kopf|stirn) (?:\w+ )?(?:gegen|an) (?:die|eine"
        r"|der) \w*(?:wand|mauer|tuer)|(?:unterarme|arme|haut|beine) (?:sind"
        r"|ist) (?:\w+ )?(?:wund|offen|aufgekratzt|blutig)|(?:arme|beine) sehen (?:\w+ ){0,3}aus"
        r" wie|(?:mich|mir) (?:\w+ ){0,3}mit (?:dem |einem |nem )?(?:messer|klinge|schere"
        r"|rasierer)(?: \w+){0,3} (?:verletzt|geschnitten|geritzt)|verbrannt(?: \S+){0,5} wuetend"
        r" auf mich|(?:arme|armen|beine)(?: \S+){0,4} (?:voller|voll|mit vielen) (?:schnitte\w*"
        r"|narben|wunden)|verbrennt sich (?:\w+ )?mit (?:dem|einem) (?:feuerzeug|zigarette\w*"
        r"|kippe)|klemm\w* mir (?:\w+ ){0,3}(?:finger|hand) (?:\w+ ){0,3}(?:\w*tuer|schublade)"
        r"|(?:nix|nichts) gegessen(?: \S+){0,6} (?:als )?strafe|(?:ssv|svv|sv) ?streak"
        r"|\d+ tage(?: \S+){0,3} wieder bei null|(?:hand|arm|finger) (?:\w+ ){0,3}auf die"
        r" herdplatte|nach jedem essen (?:\w+ )?(?:erbrochen|gekotzt|uebergeben)",
    ),
    rule(
        HOPELESS,
        r"(?:bin|bi|sei|waere)(?: \w+){0,3} (?:e |ein |nur )?(?:ballast|belaschtig|belastig"
        r"|kostenfaktor)|(?:familie|alle|kinder|eltern|mann|frau)(?: \w+){0,2} (?:waer|waere"
        r"|waeren) (?:\w+ )?erleichtert(?= \.|$)|weil ich (?:einfach |halt )?kaputt bin|(?:bringt"
        r"|bringts) (?:doch |eh |eh alles |doch alles |alles )(?:nix|nichts)(?= \.|$)|(?:is"
        r"|ist) (?:doch |eh )egal was ich (?:mach|mache|tu|tue)|gruende (?:\w+ )?ausgegangen"
        r"|keine gruende mehr|(?:sie|du) verschwend\w* (?:\w+ )?(?:ihre|deine) zeit"
        r"|nichts mehr zu reparieren|(?:waeren|waere|waer) (?:\w+ )?ohne(?: \S+){0,10} besser"
        r" dran|(?:bei|mit) (?:jeder|jedem) (?:anderen|andern) (?:mutter|vater|frau|mann"
        r"|partner\w*)(?: \w+){0,3} besser|(?:ka|koan|kan) sinn mehr|wird (?:nimma|nimmer"
        r"|nie mehr|nicht mehr) besser|wird (?:eh |sowieso |doch )?nie (?:wieder|mehr) gut"
        r"|glaub\w* nicht mehr (?:daran|dran)(?: \S+){0,3} (?:aendert|besser)|ich koste (?:meine"
        r"|meinen|die|alle) (?:\w+ )?(?:mehr|nur)"
        # Hints instead of words ("Sie können sich denken warum", "frag nicht ohne Grund", "damit
        # es jemand weiß", "Meinen, mein ich"): the least urgent category, so they never outrank
        # what else a mail says.
        r"|(?:sie|du) (?:koennen|kannst) (?:sich|dir) (?:\w+ )?denken warum|frag\w* (?:nicht"
        r"|nich) ohne grund|frag\w* (?:nicht|nich) (?:fuer|wegen) (?:eine[nr]? )?(?:pruefung"
        r"|referat|hausarbeit|freund\w*|krimi|roman)|frag\w* fuer mich(?= \.|$)|(?:damit"
        r"|dass)(?:s| es| das| et)? (?:ma |mal |halt )?(?:jemand|wer|eener|einer"
        r"|irgendwer) (?:\w+ )?(?:weiss|woass|weess|bescheid weiss)|ick sags nur|(?:meinen"
        r"|mich selbst)(?: \.)? mein ich(?= \.|$)|(?:mein ich|ich mein\w*)(?: \S+){0,2} nicht"
        r" (?:\w+ ){0,2}(?:umziehen|umzug|verreisen|urlaub|wohnung|job)|(?:haeng"
        r"|haenge) (?:\w+ )?(?:allen|jedem|euch|ihnen) (?:\w+ )?am hals"
        r"|bin (?:\w+ )?abgeschrieben(?= \.|$)|(?:ginge|waere|waers) (?:\w+ ){0,3}besser ohne"
        r"|keine version(?: \S+){0,6} besser|wozu ueberhaupt(?= \.|$)|(?:haette|hat) (?:eine "
        r"|einen )?(?:andere|anderen|bessere\w*) (?:\w+ )?verdient",
    ),
    rule(
        PREPARATORY,
        r"(?:passwoerter|zugangsdaten|kontodaten|pins?)(?: \S+){0,8} (?:umschlag|kuvert"
        r"|aufgeschrieben|hinterlegt|sekretaer|schublade|schreibtisch|tresor)"
        r"|(?:sprachnachrichten|videos|briefe|nachrichten|botschaften)(?: \w+){0,5}"
        r" (?:aufgenommen|geschrieben|vorbereitet)(?: \S+){0,3} fuer (?:spaeter|nachher|danach"
        r"|die zukunft)|abschieds(?:ding|post|text|story)\w*|(?:post|nachricht"
        r"|mail)\w* (?:\w+ ){0,3}(?:vorgeplant|zeitversetzt|terminiert)|wer was (?:kriegt|bekommt"
        r"|erbt)|(?:keiner|niemand) (?:\w+ ){0,2}(?:chaos|unordnung|durcheinander) (?:\w+"
        r" )?(?:vorfinden|vorfindet)|schluessel (?:\w+ ){0,6}auf den tisch gelegt"
        r"|solang\w* ich (?:\w+ )?noch (?:da|hier|am leben) bin|nachlass(?:kontakt|verwalter)"
        r"|digitale\w* nachlass|(?:dass|das) sie es (?:\w+ ){0,3}mit mir (?:versucht|ausgehalten)"
        r"|(?:brauch|bruuch|bruch) (?:das|des|sie|ihn|es) (?:ja |eh )?(?:nueme|nuemme|nuemm"
        r"|nimmer|nimma)|(?:gitarre|velo|fahrrad|taschenuhr|uhr|schmuck|kamera|klavier|geige"
        r"|\w+sammlung|ring|kette)(?: \S+){0,4} (?:verschenkt|verschaenkt|geschenkt|vermacht"
        r"|weggegeben|hergegeben)|(?:katze\w*|kater|hund\w*|tiere?)(?: \S+){0,8} (?:unbefristet"
        r"|fuer immer|dauerhaft)",
        before=r"alte\w* |(?:mir|uns) (?:seine|ihre|sein|ihr) ",
    ),
    rule(
        PREPARATORY,
        r"(?:katze|kater|katz|hund|hunde|tiere?) (?:\w+ )?(?:is|ist|isch) (?:jetzt )?(?:bei"
        r"|bi) \w+(?= \.|$)",
        after=r"(?: \S+){0,8} (?:urlaub|reha|klinik|kur|solange|waehrend|ferien|verreist"
        r"|krankenhaus|tierarzt|arbeit)(?!\w)",
    ),
    rule(
        THIRD_PARTY,
        rf"{_KIN}(?: \S+){{0,6}} (?:mag|mog|kann|will) (?:einfach )?(?:nimmer|nimma|nicht mehr"
        rf"|ned mehr|nuemme)(?= \.|$| und)|(?:nicht|ned|nich) (?:mehr )?(?:gemeldet|gmeldet"
        rf"|erreichbar)(?: \S+){{0,4}} (?:sorgen|angst)|(?:googelt|gegoogelt|sucht"
        rf"|gesucht)(?: \S+){{0,5}} (?:sterben|suizid|sich umbringen)|(?:machts gut|macht es gut"
        rf"|machs gut|tschuess an alle|sorry fuer alles|danke fuer alles|abschied\w*"
        rf"|verabschiedet|kuemmer dich um|pass auf \w+ auf)(?: \S+){{0,12}} (?:(?:geht"
        rf"|ging) (?:\w+ )?{_NOT} (?:mehr )?(?:ans handy|ans telefon|ran)|hat mich blockiert"
        rf"|nicht erreichbar|handy (?:ist )?aus)|(?:sagt|schreibt|droht)(?: \S+){{0,2}} (?:sie"
        rf"|er) springt|(?:balkon|dach|bruecke|fenster)(?: \S+){{0,6}} (?:sie|er) springt"
        rf"|{_KIN}(?: \S+){{0,8}} (?:verschenkt|verschenken)(?: \w+){{0,4}} (?:seine|ihre"
        rf"|sein) (?:\w+ )?(?:\w*sachen|werkzeug|spiele|konsole|sammlung)|(?:seine"
        rf"|ihre) (?:ganzen )?(?:\w*sachen|werkzeug|spiele)(?: \w+){{0,3}} verschenkt|(?:tot"
        rf"|gestorben|verstorben|tod)(?: \S+){{0,12}} bald wieder|braucht (?:die|das|sie"
        rf"|es) nicht mehr|{_KIN}(?: \S+){{0,10}} (?:schnitte|narben|brandwunden|ritzspuren)"
        rf"|(?:schnitte|narben|brandwunden|ritzspuren)(?: \S+){{0,6}} (?:von|bei) {_KIN}|(?:ihr"
        rf"|ihm|ihnen) (?:\w+ ){{0,2}}mit (?:einer|einem|der|dem|nem) (?:waffe|messer|pistole"
        rf"|gewehr)|(?:schlaegt|pruegelt|verpruegelt|wuergt) (?:die mama|die mutter|sie|ihn"
        rf"|die kinder|die frau|seine frau)(?! und mich| vor)(?!\w)|(?:wird|werden) von (?:ihrem"
        rf"|seinem|ihrer|seiner) (?:\w+ )?(?:mann|freund|vater|partner|stiefvater|mutter|freundin"
        rf"|frau)(?: \w+){{0,2}} (?:geschlagen|gschlagn|verpruegelt|bedroht|eingesperrt"
        rf"|eingsperrt|misshandelt)|blauen flecken gesehen|neue blaue flecken"
        rf"|wirkt (?:\w+ )?(?:veraengstigt|eingeschuechtert)|(?:schliesst|sperrt) (?:sie|ihn"
        rf"|die kinder) (?:\w+ ){{0,3}}ein(?!\w)|(?:kinder|kind|kleine) (?:\w+"
        rf" ){{0,4}}eingesperrt|{_MEDS} (?:sammelt|hortet)|(?:hat|haben) (?:sie"
        rf"|ihn) (?:\w+ ){{0,4}}(?:gestossen|geschubst|gewuergt)|stimmen (?:\w+ ){{0,3}}(?:sagen"
        rf"|sagt) (?:ihm|ihr)(?: \S+){{0,3}} (?:soll|springen|toeten|umbringen)|macht (?:ers"
        rf"|er es|sies|sie es) kurz|(?:kind|chlii|kleine|junge|maedchen)(?: \S+){{0,6}}"
        rf" (?:blauen?|blauem) aug\w*|versicherung(?: \S+){{0,6}} (?:wenn (?:er|sie) (?:weg|tot"
        rf"|nicht mehr da)|versorgen)",
    ),
    rule(
        PLAN,
        rf"(?:weiss|woass)(?: \w+){{0,2}} (?:wie|wia) (?:ich|i|ichs|is) (?:machn|mache"
        rf"|mach)(?: dad| taet| wuerde)?(?= \.|$)|(?:zeiten|fahrplan"
        rf"|uhrzeit\w*)(?: \S+){{0,8}} (?:ohne halt|durchfaehrt|nicht haelt)"
        rf"|ohne halt (?:\w+ )?durch(?:faehrt)?(?= \.|$)|(?:kenne|kenn) (?:die|alle) zeiten"
        rf"|wo man nicht gesehen wird|verschiedene\w* apotheken|viele packungen|(?:gelesen"
        rf"|gegoogelt|recherchiert|nachgeschaut|gesucht)(?: \S+){{0,3}} (?:welche|wie viele"
        rf"|was man|wie man)(?: \w+){{0,8}} (?:gefaehrlich|toedlich|nehmen muss|sterben|tot)"
        rf"|klebeband (?:fuer|an) (?:die )?(?:ritzen|tor)|garage ausgemessen|(?:stock|etage"
        rf"|balkon|dach|parkhaus|bruecke|fenster)\w*(?: \w+){{0,2}} (?:ist |waere "
        rf"|sind )?hoch genug|(?:welche[sr]?|das hoechste) (?:parkhaus|hochhaus|bruecke"
        rf"|gebaeude)(?: \w+){{0,4}} (?:am hoechsten|hoch)|\w*(?:waffe"
        rf"|gewehr)\w*(?: \S+){{0,12}} aus dem schrank|\w*(?:waffe|gewehr)\w*(?: \w+){{0,5}}"
        rf" \w*schrank|{_MEDS}(?: \S+){{0,8}} (?:beiseite\w*|zur seite|auf die seite"
        rf"|zurueckgelegt|heb (?:es|sie|die) auf|hebe (?:es|sie|die) auf"
        rf"|nicht genommen(?: \.)? sondern)|(?:ich denke|glaub) es ist genug|(?:menge"
        rf"|dosis)(?: \w+){{0,2}} (?:reicht|macht)(?!\w)|von (?:der )?station (?:\w+"
        rf" )?(?:mitgenommen|eingesteckt|geklaut)|(?:seil|strick|schlinge"
        rf"|kabel)(?: \S+){{0,4}} (?:kofferraum|stadl|dachboden|bestellt|haengen|haengt|fest"
        rf"|dachbalken|\w*gelaender)|(?:kofferraum|stadl|dachboden)(?: \w+){{0,3}} (?:seil"
        rf"|strick)|mittel (?:dafuer )?(?:hab\w*|sind) (?:ich )?(?:beisammen|zusammen|besorgt)"
        rf"|beschlossen(?: \S+){{0,3}} (?:dass ich gehe|zu gehen)|(?:meine pflicht"
        rf"|alles) getan(?: \S+){{0,2}} dann geh ich|(?:entschieden|beschlossen)(?: \S+){{0,2}}"
        rf" es (?:\w+ ){{0,3}}zu (?:machen|tun)|steine\w* in (?:den|die"
        rf"|meine) (?:\w+ )?(?:taschen|manteltaschen|jackentaschen)|ohne gurt"
        rf"|wie (?:ein )?sekundenschlaf|zahlt (?:\w+ )?(?:auch )?(?:die )?versicherung|(?:han"
        rf"|hab) (?:scho |schon )?(?:zellt|gezaehlt)(?= \.|$)|(?:gartenschlauch"
        rf"|schlauch)(?: \S+){{0,6}} (?:garage|auspuff)|(?:garage|auspuff)(?: \S+){{0,8}}"
        rf" (?:gartenschlauch|schlauch)|{_MEDS}(?: \S+){{0,8}} selbst entscheiden|(?:fotos?"
        rf"|bilder?) von (?:\w+ )?{_MEDS}",
        after=r"(?: \w+){0,3} (?:kletter\w*|toprope|boot|segel\w*|zelt|waesche\w*|reparier\w*)",
    ),
    rule(
        SELF_HARM,
        r"bis (?:er|es|sie) gruen und blau|bis es blaue flecken gibt|(?:zirkel|nadel|schere"
        r"|scherbe\w*|glasscherbe\w*)(?: \w+){0,5} (?:kratze|ritze|schneide|kratz|ritz"
        r"|schneid)\w*|(?:handgelenk\w*|unterarm\w*)(?: \w+){0,2} (?:kneife|kratze|kratzen"
        r"|kneifen)|(?:ich habe|hab ich|habe ich) gesagt(?: \S+){0,2} (?:es|das) war (?:die"
        r"|der) (?:katze|kater|hund)|(?:heiss\w*|gluehend\w*) (?:loeffel|messer|buegeleisen"
        r"|metall)(?: \w+){0,3} (?:auf|an) (?:die|den|meine|meinen) (?:haut|arm\w*|hand"
        r"|handgelenk\w*|bein\w*)|(?:hand|arm|finger) (?:\w+ )?(?:auf die herdplatte|auf den herd"
        r"|in die flamme)|eis und salz|(?:eis|eiswuerfel)(?: \w+){0,2} auf (?:die|den"
        r"|meine) (?:handgelenk\w*|arm\w*|haut)|absichtlich mehr|mehr (?:\w+ )?(?:genommen"
        r"|geschluckt) als (?:draufsteht|erlaubt|verschrieben)|(?:nichts gegessen"
        r"|gehungert)(?: \S+){0,3} (?:als )?strafe|bestraf\w* mich|mich (?:selbst )?(?:zu"
        r" )?bestrafen|narben (?:am|an den|an meinen|auf dem) (?:\w+ )?(?:bauch|oberschenkel\w*"
        r"|armen|beinen|handgelenk\w*|unterarm\w*)|(?:hau|haue|schlag|schlage|box|boxe"
        r"|tret)\w* (?:ich )?(?:\w+ ){0,2}gegen (?:die|eine|der) \w*(?:wand|mauer|tuer)"
        r"|knoechel (?:sind|ist) (?:\w+ )?(?:hinueber|kaputt|offen|blutig)"
        r"|gleiche stelle wie (?:letztes mal|immer|sonst)|hab ich mich verletzt(?= \.|$)"
        r"|verbaende?n? (?:an|um) (?:beiden |den |seinen |ihren )?(?:handgelenk\w*|unterarm\w*"
        r"|armen)",
        after=r" (?:von der|vom) (?:op|operation|kaiserschnitt|unfall|blinddarm)",
    ),
    rule(
        HOPELESS,
        r"(?:wird|werd|wirds) (?:\w+ )?(?:nix|nichts) mehr (?:mit mir|aus mir)|wozu (?:das"
        r"|des) (?:ganze|alles)(?: noch)?(?= \.|$)|sagen sie mir wozu|(?:es )?wird sich (?:eh "
        r"|sowieso |doch )?nichts (?:mehr )?aendern(?= \.|$)|(?:dass|das) es nie (?:besser"
        r"|anders) wird|nie (?:besser|anders) wird|ich bleibe so(?= \.|$)|ich bin das problem"
        r"|das problem zu sein|ohne (?:mich|einen) (?:\w+ ){0,2}(?:klarkommen|klarkommt"
        r"|klarkaemen|klar kommen|zurechtkommen|zurechtkaemen)|ohn[ei] (?:mich|mi"
        r"|ihn) (?:\w+ )?besser dran?(?!\w)|(?:vorstell\w*|vorzustellen)(?: \S+){0,4} (?:ist da"
        r" )?(?:einfach )?(?:nix|nichts)(?= \.|$)|ich mach(?:e)? alles (?:nur )?schlimmer|(?:fall"
        r"|falle|faelle) (?:\w+ ){0,3}zur last|nichts mehr(?: \.)? worauf|nur noch (?:eine "
        r"|ne )?(?:last|belastung)|(?:er|sie) (?:ist|sei|waere) (?:ne|eine|nur noch eine"
        r"|nur eine) (?:last|belastung)|(?:nichts|nix) mehr (?:einen )?sinn"
        r"|hoffnungslose[rn]? (?:fall|foi)",
        after=r" (?:minute|fuer heute)(?!\w)",
        before=r"(?:nicht|kein\w*) ",
    ),
    rule(
        PREPARATORY,
        r"(?:alle|allen)(?: \w+){0,3} (?:angerufen|geschrieben|angeschrieben"
        r"|besucht)(?: \S+){0,12} (?:entschuldigt|verabschiedet)|solang\w* ich (?:es )?(?:noch"
        r" )?kann(?= \.|$)|(?:haben|hast|hend|haend|ham) (?:\w+ )?(?:getan|gmacht"
        r"|gemacht)(?: \.)? was (?:sie|du) (?:konnten|konntest|gekonnt)|(?:stunden|sitzungen"
        r"|termine|therapie)(?: \w+){0,2} (?:werde|brauche|brauch) ich (?:\w+ )?nicht mehr"
        r"|fuer alles (?:\w+ )?bedank\w*(?: \S+){0,10} (?:passen sie|pass"
        r"|passt) (?:gut )?auf (?:sich|dich|euch) auf|lieder\w*(?: \S+){0,6} (?:beerdigung"
        r"|trauerfeier|gespielt werden sollen)|(?:koerbchen|futter|napf|leine)(?: \S+){0,8} (?:zu"
        r"|bei) (?:meiner|meinem) \w+ (?:gebracht|abgegeben)|briefe? an (?:seine|ihre"
        r"|die) (?:eltern|kinder|familie)|ohne mich klar(?= \.|$| und)",
        after=r" (?:am|um|ab|an|diese|naechste|im|in|bis|weil|da)(?!\w)",
    ),
    rule(
        THIRD_PARTY,
        r"lebensversicherung(?: \S+){0,4} besser dran|ohne (?:mich|ihn)(?: \S+){0,4}"
        r" lebensversicherung|(?:sei|ist|bin|waere)(?: \.)? (?:\w+ )?bereit (?:zu sterben"
        r"|zum sterben)|mit (?:dem|einem|der) (?:guertel|stock|kochloeffel|kabel"
        r"|gurt) (?:\w+ )?(?:schlaegt|schlug|haut|geschlagen|verhaut)",
        after=r" (?:von der|vom|beim) (?:arbeit|kochen|sport|katze|op|operation)",
    ),
    rule(
        PREPARATORY,
        r"lesen sie (?:das|diese mail|es) erst (?:am|morgen|nach)|mich (?:richtig"
        r"|ordentlich) verabschieden|alles (?:erledigt|geregelt)(?: \S+){0,8} danke fuer alles"
        r"|was sie (?:\w+ )?versucht haben|(?:meine|meiner) (?:beerdigung|bestattung|trauerfeier"
        r"|beisetzung)|um die (?:krankensalbung|letzte oelung)|(?:ganzes geld"
        r"|ersparnisse)(?: \S+){0,4} (?:geschickt|ueberwiesen|gegeben)"
        r"|nicht mehr auf meine anrufe warten|gedenkzustand|fuer immer behalten|falls (?:sie"
        r"|er) (?:\w+ )?uebernehmen muss|zum aufheben|briefe (?:fuer|an) (?:\w+ ){0,5}(?:liegen"
        r"|liegt) (?:in|im|bei)|(?:passwort|pin|passwoerter)(?: \w+){0,3} (?:liegt|liegen) (?:in"
        r"|im|bei|unter)|danach lesen|nachher lesen|(?:accounts|konten"
        r"|profile)(?: \w+){0,2} geloescht(?: \S+){0,8} (?:nachricht|brief)|vormund fuer (?:die"
        r"|meine) kinder|(?:ihr|sein|dein) (?:bestes|beschts) (?:gegeben|gaeh|gmacht)",
        after=r" (?:vor|bevor|in den|ins|fuer den urlaub)(?!\w)",
    ),
    rule(
        THIRD_PARTY,
        rf"nimmt (?:seine|ihre) {_MEDS} (?:\w+ )?nicht mehr|auf der anderen seite(?= \.|$)"
        rf"|(?:waere|waeren|waer) ohn[ei] (?:ihn|sie) (?:\w+ )?besser|(?:seine"
        rf"|ihre) (?:\w+ )?(?:\w*sachen|werkzeug|spiele|konsole|ausruestung"
        rf"|playstation)(?: \w+){{0,2}} verschenkt|verschenkt (?:seine"
        rf"|ihre) (?:\w+ )?(?:ausruestung|playstation|uhr)",
        after=r"(?: \S+){0,4} (?:abgesetzt|arzt|aerztin|umstell\w*)",
    ),
    rule(
        SELF_HARM,
        r"(?:mir|mich) (?:\w+ ){0,4}mit (?:der|einer|dem|nem|ner) (?:zigarette|kippe|feuerzeug"
        r"|buegeleisen)(?: \w+)? verbrannt|(?:schnitte|narben|brandwunden|wunden"
        r"|ritzspuren)(?: \w+){0,2} (?:an den|am|an der|auf den|auf dem) (?:ganzen "
        r"|beiden )?(?:armen|arm|unterarm\w*|handgelenk\w*|beinen|oberschenkel\w*)",
        after=r" (?:von der|vom|beim) ",
    ),
    # Bitten or pinched "till it bled" is self-harm only when nobody else did it.
    rule(
        SELF_HARM,
        r"(?:mir|mich)(?: \S+){0,10} (?:gedrueckt|gekratzt|gebissen|gekniffen)(?: \S+){0,3}"
        r" (?:dass|bis) es (?:\w+ )?(?:geblutet|blutet)",
        before=r"(?:hat|haben|hatte) ",
    ),
    # -- families read from authors j and k: terse men with debts and guns, families, abuse,
    # teens, postpartum and eating disorders
    rule(
        PASSIVE,
        r"hoff\w*(?: \S+){0,6} (?:was|etwas) schlimmes (?:rauskommt|gefunden|dabei)"
        r"|enttaeuscht(?: \S+){0,3} (?:dass )?(?:ichs|ich es|ich) (?:\w+ )?ueberlebt"
        r"|dass (?:der flieger|das flugzeug|die maschine)(?: \w+){0,5} (?:abstuerzt|runtergeht"
        r"|runterkommt)|(?:bete|hoffe)(?: \S+){0,4} dass ich (?:\w+ ){0,3}(?:gehen darf"
        r"|sterben darf)",
        before=r"(?:angst|sorge\w*|panik|befuercht\w*|fuercht\w*)(?: \S+){0,3} ",
    ),
)
