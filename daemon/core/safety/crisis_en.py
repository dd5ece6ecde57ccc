"""Crisis wordings in English, UK and US, as people write them to a therapist (pure data).

Written for `crisis_base.normalise`: lowercase, no apostrophes ("cant", "im", "ill"), "." for
any punctuation. Negations still match on purpose ("im not going to kill myself"). The families
written from later authors' mail live in `crisis_en_more` and end `RULES`.
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
from daemon.core.safety.crisis_en_more import RULES as _MORE

STOPWORDS = wordset(
    "i im ive the and to my me is it you of that was not a in for with but so this have just"
    " dont cant be at on what would"
)

_ME = r"(?:my ?self|me ?self|myslef|mysefl|myelf)"
_THEM = r"(?:him ?self|her ?self|them ?selves|them ?self|themself)"
_CANT = r"(?:cant|cannot|can not|cnt)"
_KILL = r"(?:kil+(?:s|ed|ing|in)?|off(?:ing)?|unaliv(?:e|ing))"
_SUICIDE = r"(?:suicid\w*|sui?cid\w*|sucid\w*|suicd\w*|su?isid\w*|unaliv\w*)"
_PILLS = (
    r"(?:pills|tablets|meds|medications?|paracetamol|painkillers|antidepressants|ibuprofen"
    r"|aspirin|tylenol|xanax|valium|insulin|co codamol|codeine|oxy\w*|sleeping (?:pills|tablets)"
    r"|sertraline|citalopram|fluoxetine|prozac|zopiclone|diazepam|lorazepam|quetiapine|lithium"
    r"|amitriptyline|mirtazapine|tramadol|morphine|naproxen|propranolol|pregabalin|gabapentin)"
)
# A will or papers sorted for ordinary reasons.
_PAPERWORK = (
    r"(?: \S+){0,8} (?:module|assignment|course|homework|divorce|mortgage"
    r"|everyone (?:over|should)|grown up|power of attorney|pharmacy|disposal)(?!\w)"
)
# Jokes and hyperbole right after a phrase ("she'll kill me if I'm late lol").
_JOKE = r"(?: \S+){0,12} (?:lol|haha|ha|lmao|jk|joking|kidding|softie|he wont|she wont)(?!\w)"
_WEEKDAYS = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?"
_SPORT = (
    r" (?:(?:while|when|by|from|at|in) )?(?:skiing|playing|running|jogging|cycling|climbing"
    r"|lifting|training|exercising|working out|cooking|shaving|gardening|falling|slipping"
    r"|football|the gym|gym|on (?:the |a )?(?:stove|oven|hob|stairs|ice|pan|iron|kettle|door))"
    r"| (?:on (?:a |the )?(?:broken )?(?:glass|knife|tin|can|paper|razor|bottle)|washing up|opening"
    r"|by accident|accidentally|slicing|chopping|peeling|carving|whittling)"
)
_KIN = (
    r"(?:my|our|a) (?:\w+ ){0,3}?(?:year old|yr old|yo|sister|brother|son|daughter|mum|mom|mother"
    r"|mam|dad|father|friend"
    r"|mate|partner|husband|wife|boyfriend|girlfriend|bf|gf|flatmate|roommate|housemate"
    r"|colleague|coworker|niece|nephew|cousin|aunt|uncle|grandson|granddaughter|grandma|gran"
    r"|grandad|grandpa|kid|child|teen|teenager|student|client|ex|neighbour|neighbor|fiance"
    r"|fiancee|sibling|stepson|stepdaughter|sis|bro)s?"
)
_ABUSER = (
    r"(?:he|hes|she|shes|they|theyre|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex"
    r"|dad|father|mum|mom|mother|stepdad|stepfather|stepmother|brother|son|uncle|flatmate"
    r"|landlord|family|parents))"
)

RULES = (
    # -- acute: a dangerous place now, something already taken or done
    rule(
        ACUTE,
        r"(?:im|i am|am|standing|sitting|stood|sat)(?: \w+){0,3} (?:on|at|up on) (?:the |a |this "
        r"|that )?(?:\w+ )?(?:bridge|roof|rooftop|ledge|cliffs?|cliff edge|tracks|train tracks"
        r"|railway"
        r"|rails|platform edge|edge|top of (?:the |a )?(?:\w+ ){0,2}?(?:car park|building|tower"
        r"|bridge|cliff|block))",
        after=r" (?:terrace|garden|bar|top bar|club|of (?:my|the) (?:seat|bed|patience|tether|wits)"
        r"|of (?:a|the) ship)|(?: \S+){0,6} (?:sunset|watching|view|lovely|photos?|rowers"
        r"|fireworks)(?!\w)",
    ),
    rule(
        ACUTE,
        rf"(?:took|taken|swallowed|downed|necked|ate|take)(?: \w+){{0,2}} (?:all|too many"
        rf"|the whole|a whole|every|a handful of|a bunch of|loads of|lots of|[1-9]\d+|twenty"
        rf"|thirty|forty|fifty|a load of|a lot of|a pile of|heaps of"
        rf"|handfuls of)(?: of)?(?: \w+){{0,2}} (?:{_PILLS}|bottle|box|packet|pack)",
    ),
    rule(ACUTE, r"(?:took|taken|taking|had|did|done) (?:an |a )?(?:overdose|od)"),
    rule(ACUTE, r"(?:already|just) (?:cut|slit|sliced)|(?:wont|cant|doesnt) stop bleeding"),
    rule(
        ACUTE,
        r"(?:rope|noose)(?: is)? (?:ready|up|tied)|(?:drunk|drank)(?: \w+){0,4} and "
        r"(?:taken|took|swallowed)",
    ),
    # -- plan: method, intent, timing, means
    rule(
        ACUTE,
        r"(?:took|taken|swallowed|downed|necked)(?: \w+){0,2} a (?:bottle|box|packet|pack"
        r"|tub|strip) of",
    ),
    rule(
        PLAN,
        r"how (?:i|id|i would|i could|i will|ill|im going to|i might) (?:do it|end it|kill"
        r"|die)|(?:when|where) and how|how and when",
    ),
    rule(
        PLAN,
        rf"how many (?:\w+ )?(?:{_PILLS})(?: \w+){{0,3}} (?:take|kill|lethal|fatal|deadly|die"
        rf"|od|overdose|enough)|(?:lethal|fatal|deadly) (?:dose|amount|overdose)",
    ),
    rule(
        PLAN,
        r"(?:decided|planning|plan(?:ned)?)(?: \w+){0,3} to (?:do it|end it|end my|kill|die"
        r"|take my|jump|hang|overdose)",
    ),
    rule(
        PLAN,
        r"(?:got|have|made|making) a plan",
        after=r" (?:for|with|about|together|of|b|to (?!end|kill|die|do it|take my|take all|jump"
        r"|hang|overdose))(?!\w)",
    ),
    rule(
        PLAN,
        rf"(?:stockpil\w*|sav(?:e|ed|ing) up|sav(?:ed|ing)|hoard\w*|stash(?:ed|ing)?|stock(?:ed"
        rf"|ing) up on)(?: \w+){{0,2}} {_PILLS}|{_PILLS} (?:saved|stashed|hoarded|stockpiled)"
        rf"|(?:stash|supply|stockpile|store) of (?:\w+ ){{0,2}}{_PILLS}",
    ),
    rule(
        PLAN,
        rf"(?:bought|buying|got) (?:a |some )?(?:rope|noose|gun|shotgun|rifle|charcoal|helium)"
        rf"|(?:bought|buying) (?:loads|lots|a lot|boxes|packs|packets|enough)(?: of)? {_PILLS}",
        after=r"(?: \w+){0,3} (?:for (?!when|if|it|that|later|myself|me)|to (?:hang|tie|secure))",
    ),
    rule(
        PLAN,
        r"(?:which|what|the) (?:bridge|building|cliff|car park|multi storey)s? (?:is )?(?:the )?"
        r"(?:highest|tallest|high enough)|(?:highest|tallest) (?:bridge|building|cliff)",
    ),
    rule(
        PLAN,
        rf"(?:research\w*|googl\w*|looked up|looking up|searched|searching) (?:\w+ )?(?:ways"
        rf"|methods|how) to (?:die|{_KILL}|end)",
    ),
    # -- preparatory acts and farewells
    rule(
        PREPARATORY,
        rf"(?:goodbye|farewell|good bye|{_SUICIDE}) (?:letters?|notes?|messages?"
        r"|emails?|texts?|videos?)",
        after=r" (?:to (?:school|work|the team|my team|colleagues|the office|my old)|for (?:the )?"
        r"(?:yearbook|class|school|work))|(?: \S+){0,2} (?:was|were) really",
        before=r"(?:recognising|recognizing|spot|spotting|about|on) ",
    ),
    rule(
        PREPARATORY,
        r"(?:letters?|notes?|messages?|emails?|videos?|texts?)(?: \w+){0,4} to say goodbye"
        r"|(?:said|saying|say) my goodbyes|this is goodbye|goodbye (?:forever|for good|for ever"
        r"|everyone|cruel)|say goodbye(?: \w+){0,3} before i (?:go|die|leave|do)",
        after=r" (?:at|to) (?:the |my )?(?:allotment|work|office|school|club|team|society|old"
        r"|colleagues)|(?: \S+){0,6} (?:retire\w*|new job|moving|maternity|holiday)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:wont|will not|wouldnt|dont|no longer) (?:be )?need(?:ing)? (?:the |my |our |any "
        r"|these )?(?:sessions?|appointments?|therapy|help|support|you)",
        after=r" (?:on|at|this|next|in|for|until|till|from|after|today|tomorrow|while|as|to)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:this is|its|it is|this will be|thatll be) my (?:last|final) (?:email|mail|message|note"
        r"|letter)|my (?:last"
        r"|final) (?:words|goodbye)",
        after=r" (?:before|until|till|this|for now|today|of the|on|from (?:this|my|the))(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"thank(?:s| you)(?: so much)? for (?:everything|trying)(?: \S+){0,8} (?:tried|goodbye"
        r"|bye for|forgive|tell \w+ i love)|(?:you|u) (?:really |truly )?tried(?: \S+){0,4} "
        r"(?:tell \w+ i love|goodbye)",
        after=r" for now|(?: \S+){0,4} (?:see you|until|till|new year|maternity)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:when|after|once|if) (?:im|i am|ive|i have) (?:gone|dead|not here|no longer (?:here"
        r"|around))|by the time (?:you|u) (?:read|get|see) this|(?:ill|i will) be (?:gone|dead)",
        after=r" (?:on|for|to|away|abroad|travelling|traveling|until|till|from|over|next|this"
        r"|all|most|by|at|in)(?!\w)| before (?:they|the|that|it) (?:\w+ )?(?:fix|finish|get"
        r"|sort|build|open|arrive)",
    ),
    rule(
        PREPARATORY,
        r"(?:something )?to remember me by|need (?:it|them) more than (?:me|i do)"
        r"|giv(?:e|ing|en) away (?:all )?(?:of )?my (?:things|stuff|belongings|possessions"
        r"|valuables|treasures)",
    ),
    rule(
        PREPARATORY,
        r"(?:sorted|sorting|put|putting|got|getting) (?:out )?my (?:will|affairs)"
        r"|(?:made|written|wrote|writing|updated) (?:a |my )will(?! to| power)|affairs in order",
        after=_PAPERWORK,
    ),
    # -- third person at risk
    rule(
        THIRD_PARTY,
        rf"{_KIN}(?: \S+){{0,10}} (?:(?:kil+\w*|hurt\w*|harm\w*|cut\w*|burn\w*|hang\w*|starv\w*"
        rf"|punish\w*|off\w*|unaliv\w*|on|shoot\w*|drown\w*|poison\w*) {_THEM}|{_SUICIDE}"
        rf"|self harm\w*|self injur\w*"
        rf"|(?:wants?|wanted|wanna|going|trying|tried|threaten\w*) to (?:die|end it|end things"
        rf"|end (?:his|her|their) li\w+|overdose)|(?:doesnt|does not|didnt"
        rf"|dont|no longer) (?:want|wanna) to (?:live|be alive|be here|wake up)|overdos\w*"
        rf"|(?:goodbye|farewell) (?:messages?|letters?|notes?|texts?)|(?:end|ending|take|taking"
        rf"|took) (?:his|her|their) (?:own )?li(?:fe|ves)|better off without (?:him|her|them)"
        rf"|(?:is|has been|been|keeps?|started) cutting|stockpil\w*|hoard\w* (?:pills|tablets))",
        after=rf"{TOPIC_AFTER}| every time|(?: \.)? when (?:\w+ ){{0,2}}(?:sees?|saw|show\w*"
        rf"|heard)|{_JOKE}"
        r"|(?: \S+){0,8} (?:interview|research|dissertation|thesis|essay)(?!\w)",
        before=rf"{ABOUT}|(?:anniversary of|since|grieving) ",
    ),
    # -- danger from others
    rule(
        DANGER,
        r"(?:not|dont|do not|doesnt|isnt|no longer|never) (?:feel(?:ing)? |be(?:ing)? )?safe",
        after=r" (?:to (?:say|assume|bet|drive|travel|fly|eat|drink|use|walk|swim|go out|take|leave"
        r"|park|cycle|run|ride|keep|store|go|do|exercise|combine|mix)|(?!being|living|staying"
        r"|sleeping|going home)\w+ing"
        r"|for work|enough for|with (?:this|that) (?:medication|medicine))(?!\w)",
    ),
    rule(
        DANGER,
        r"(?:feel(?:ing)?|im|i am) unsafe|(?:im|i am)(?: \w+){0,2} in danger",
        after=r" of(?!\w)",
    ),
    rule(
        DANGER,
        rf"{_ABUSER}(?: \w+){{0,3}} (?:hit|hits|hitting|beat|beats|beating|punched|punches"
        r"|kicked|kicks|slapped|slaps|choked|chokes|strangled|strangles|pushed|shoved|raped"
        r"|hurts|hurt|attacked|threatens|threatened|threatening|stalks|stalking|following(?! up)"
        r"|follows|locked|grabbed|smashed|abuses|abused|abusing)(?: \w+){0,3} (?:me|us)",
    ),
    rule(
        DANGER,
        rf"{_ABUSER}(?: \w+){{0,2}} (?:smashed|smashes|took|takes|controls|checks|hides) my "
        r"(?:phone|money|things|keys|cards|passport)|(?:wont|doesnt|does not) let me (?:see|leave"
        r"|go out|have|talk)",
        after=r"(?: \S+){0,3} (?:early|by mistake|by accident|accidentally|on fridays|at lunch"
        r"|off work|the (?:car|tv|telly))(?!\w)",
    ),
    rule(
        DANGER,
        r"(?:hell|he will|he would|hed|shell|she will|theyll) (?:kill|hurt|hit|beat) (?:me|us)"
        r"|threat\w*(?: \w+){0,2} to (?:kill|hurt|beat|harm) (?:me|us|the kids|my)"
        r"|(?:hes|he is|shes|she is|been|being) (?:abusive|violent)",
        after=rf"{_JOKE}| if (?:i|we|you) (?:\w+ ){{0,2}}?(?:miss|misses|fail|forget|am late|m late"
        r"|are late|dont (?:finish|pass|turn up|come)|eat|break|lose|crash|scratch|skip)",
    ),
    rule(
        DANGER,
        r"(?:afraid|scared|frightened|terrified|dont want) to go (?:back )?home|(?:afraid"
        r"|scared|frightened|terrified) of (?:him|my (?:husband|wife|partner|boyfriend|girlfriend"
        r"|bf|gf|ex|dad|father|mum|mom|mother|stepdad|stepfather|stepmother|brother|uncle"
        r"|family))|locked (?:myself )?in the (?:bathroom|bedroom|toilet)",
        after=rf" and face| after the party|{_JOKE}",
    ),
    # -- active suicidal thoughts
    rule(
        ACTIVE, _SUICIDE, after=rf"{TOPIC_AFTER}| whoever| the (?:\w+ )?(?:who|that)", before=ABOUT
    ),
    rule(ACTIVE, rf"{_KILL} {_ME}|kms|(?:hang|hanging|hanged) {_ME}"),
    rule(
        ACTIVE,
        r"end(?:s|ed|ing)? (?:my (?:own )?li(?:fe|ves)|it all|everything)"
        r"|(?:take|taking|took|taken) my (?:own )?li(?:fe|ves)",
    ),
    rule(
        ACTIVE,
        r"(?:want(?:s|ed)?|wanna|going|gonna|plan(?:ning)?|think(?:ing)? (?:about|of)"
        r"|thought (?:about|of)|thoughts (?:about|of)|ready|decided|try(?:ing)?|tried|feel"
        r"|feeling|urge|considering|consider|might|could|should|will"
        r"|may) (?:like )?(?:to )?(?:just )?"
        r"end(?:ing)? "
        r"(?:it|things|everything|this)",
        after=r" (?:with|at|on|early|by|before|after|for|off|here)(?!\w)",
    ),
    rule(
        ACTIVE,
        r"(?:do|doing) (?:something|anything) (?:stupid|silly|drastic)",
        after=r" like (?!kill|hurt|cut|end|overdose|jump|taking|take|hang)",
    ),
    rule(
        ACTIVE,
        r"(?:jump|jumping|jumped) (?:off|from) (?:a |the |my )?(?:bridge|building|roof|balcony"
        r"|cliff)|in front of (?:a |the )?(?:train|bus|truck|lorry)",
    ),
    rule(
        ACTIVE,
        r"overdos\w*|od",
        after=r" (?:on (?:coffee|caffeine|sugar|chocolate"
        r"|candy|sweets|netflix|tv|cake|cookies|pizza|carbs|christmas|news)|deaths?|management"
        r"|awareness|risks?|day|and stabbings|nomogram)(?!\w)",
        before=rf"{ABOUT}|(?:nurse|nursing|paramedic|patient|novel|character|characters|victim"
        r"|textbooks?|chapters on|questions about|reading up on|lad|came in after|come in after)"
        r"(?: \S+){0,8} ",
    ),
    # -- self-harm, past or present
    rule(
        SELF_HARM,
        r"self (?:harm|injur|mutilat|hurt)\w*|sh (?:again|relapse)",
        before=rf"{ABOUT}|(?:talk|lesson|video|videos|assembly|content|module|dissertation"
        r"|research)(?: \w+){0,4} (?:about|on|of|re) (?:\w+ and )?|(?:shows?|showed|portrays?"
        r"|depicts?|what|explain) ",
        after=rf"{TOPIC_AFTER}| content",
    ),
    rule(
        SELF_HARM,
        rf"(?:hurt|hurts|hurting|harm|harms|harmed|harming|injure|injured|injuring|cut|cuts"
        rf"|cutting|burn|burns|burned|burnt|burning|starve|starving|punish|punishing|hit"
        rf"|hitting|hits|punch|punching|scratch\w*|bite|biting) {_ME}",
        after=_SPORT,
    ),
    rule(
        SELF_HARM,
        r"(?:cut|cutting|harming|burning) again|been cutting|urge to (?:cut|self harm|hurt|burn)"
        r"|relapsed(?: \w+){0,3} (?:cut|harm|self|burn)|(?:cut|cutting) (?:my )?(?:arms?|wrists?"
        r"|legs?|thighs?|skin)",
    ),
    rule(
        SELF_HARM,
        r"(?:hurt|harm|cut|burn|hit|punch|scratch|bang|bit)\w*(?: \w+){0,4} (?:on purpose"
        r"|deliberately|intentionally)|(?:until|till|til) (?:it|they|i|my \w+) (?:bled|bleed"
        r"|bleeds|broke|bruised)",
        after=r" (?:made|built|designed)(?!\w)",
    ),
    # -- wish to be dead
    rule(
        PASSIVE,
        r"(?:want(?:s|ed)?|wanna|wish(?:ed)?|would like|id like|ready|deserve|long|longing)"
        r"(?: to)?(?: just| simply| really| actually)? die",
        after=r" (?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe)|(?: my| her)? hair"
        r"| a (?:bit|little)| every time| when (?:\w+ ){0,3}(?:showed|sees|saw|see|heard|hear)"
        r"|(?: \S+){0,6} (?:lol|lmao|haha|nicotine)(?!\w)",
        before=r"literally ",
    ),
    rule(
        PASSIVE,
        r"(?:wish|wished|wishing|hope|hoping)(?: that)? i (?:was|were|could be|d be|would be|"
        r"was just) dead|(?:was|were|had|id|i had) never been born|i (?:was|were) never born"
        r"|(?:better|rather be|be better) (?:off )?dead",
        before=r"(?:asks?|asked|asking|questions?)(?: \w+){0,3} ",
    ),
    rule(
        PASSIVE,
        r"(?:not|never|dont|didnt|wont|wouldnt) (?:want to |wanna )?wake up",
        after=r" (?:on time|in time|early|until|till|til|when|because|at|for|to my|after|before"
        r"|so)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"(?:dont|do not|no longer|never|didnt|not) (?:want|wanna|wish)(?: to)? (?:be )?(?:here"
        r"|alive|exist|live|living|be around|go on living)",
        after=r" (?:in|at|near|there|abroad|together|with|alone|like that)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"if i (?:just |simply )?(?:wasnt|werent|was not|were not|didnt exist|was gone|were gone"
        r"|disappeared|died|wasnt alive)|(?:disappear|disapear|vanish)(?:ed)? (?:forever|for good"
        r"|for ever|permanently)|cease to exist|stop existing|sleep forever",
    ),
    rule(
        PASSIVE,
        r"(?:want|wish|wanna|hope)(?: \w+)? (?:someone|somebody|something) (?:would |to )"
        r"kill me",
    ),
    rule(
        PASSIVE,
        r"(?:bus|car|train|truck|lorry)(?: \w+)? (?:would )?(?:hit|hits|ran|run|runs) "
        r"(?:over )?me",
    ),
    # -- hopelessness and being a burden
    rule(
        HOPELESS,
        r"better (?:off )?without me|(?:better|easier) off if i",
        after=r" (?:did|do|booked|bought|ordered|got|made|used|paid|called|took|cooked|drove"
        r"|just (?:did|booked|bought|ordered))(?!\w)",
    ),
    rule(
        HOPELESS,
        r"no point(?: \w+)? any ?more|no point (?:in )?(?:living|life|going on|trying any"
        r"|carrying on|being alive|to (?:anything|life|living))|(?:whats|what is|wheres) the"
        r" point(?: of)?(?: \w+){0,2} any ?more|(?:whats|what is) the point of (?:anything"
        r"|living|life|it all|going on|being here|being alive|me|trying)",
    ),
    rule(
        HOPELESS,
        r"(?:a|such a|just a|only a|the) burden",
        after=r" (?:of proof|on my (?:sleep|time|budget|wallet|schedule|back))| (?:asking|for"
        r" asking|to ask|but could|but can)(?!\w)",
    ),
    rule(
        HOPELESS,
        rf"{_CANT} go on",
        after=rf" (?:on |the |a |an |my |our |holiday|vacation|leave|trip|tours?|tomorrow|today"
        rf"|tonight|next|until|till|at |before|after|that (?:date|day|trip)|this (?:date|day"
        rf"|trip|week|weekend|holiday|retreat|course)|{_WEEKDAYS}(?!\w)|\d)",
    ),
    rule(
        HOPELESS,
        rf"{_CANT} (?:take|do|handle|bear|stand|cope with|cope)(?: it| this| life| the pain"
        rf"| any of this)?(?: \w+)? any ?more|{_CANT} keep (?:going|living|doing this)"
        r"|(?:go|going|carry|carrying|keep|keeping) on like this",
    ),
    rule(
        HOPELESS,
        r"nothing (?:left )?to live for|(?:lost|losing) the will to live"
        r"|no reason (?:for me )?to (?:carry on|live"
        r"|go on|keep going|be alive|stay)",
    ),
    rule(
        HOPELESS,
        r"nothing (?:will|is going to|is gonna|ever) (?:ever )?(?:get|gets|change|changes)"
        r" better|(?:will|is going to|gonna) never get better|never going to get better",
    ),
    rule(
        HOPELESS,
        rf"{_CANT} see (?:a|any) (?:way out|future|light|end to this)|no way out|no hope"
        r"|lost all hope|hopeless(?:ness)?",
        after=r" (?:of|that|you|at(?! the end)|with|about|case|romantic|any ?more|trying|to (?:get"
        r"|find|book))"
        r"(?!\w)",
    ),
    rule(
        HOPELESS,
        r"want (?:it all|everything|this|the pain|it) to (?:stop|end)|(?:tired|sick) of"
        r" (?:living|life|being alive|existing|everything)|done with (?:life|living|everything)"
        r"|give up on (?:life|everything|myself|living)",
        after=r" (?:in|at|near|with) (?!this|my|fear|pain)",
    ),
    # -- more wordings, found by probing the rules with fresh sentences
    rule(
        PASSIVE,
        r"(?:not|never) (?:be|being) (?:here|alive|around)",
        after=r" (?:next|on|tomorrow|this|until|till|for|at(?! all)|in|from|because|when|today"
        r"|by)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"(?:want|wanna|wish)(?: to)?(?: just)? (?:not|stop) (?:exist|existing|being alive"
        r"|be alive|be here|living)|(?:dont|do not|no longer) (?:really |even |actually |just )"
        r"(?:want|wanna)(?: to)? (?:be alive|live|exist|be here)",
    ),
    rule(
        PLAN,
        r"(?:worked out|figured out|found|know|planned|decided on|chosen|picked) (?:a|the) "
        r"(?:way|method|place|spot) to do it|(?:picked|chosen|set|decided on) (?:a|the) (?:date"
        r"|day)|(?:tie|tying) a noose|(?:how|ways) to (?:tie a|hang|overdose)",
        after=r" (?:for|to (?:meet|come|start|move|talk)|of the)(?!\w)",
    ),
    rule(
        PLAN,
        rf"(?:{_PILLS}|rope|noose|gun)(?: \w+)? (?:ready|lined up|prepared)|enough (?:\w+ )?"
        rf"{_PILLS}(?: \w+){{0,3}} (?:to|for) (?:do it|die|kill|end|overdose|od)|collect\w* "
        rf"(?:\w+ )?{_PILLS}",
        after=r" (?:from|at) (?:the |my )?(?:pharmacy|chemist|gp|doctor|surgery|drugstore|cvs)",
    ),
    rule(
        PLAN,
        r"(?:going to|gonna|will|ill) do it (?:this|tonight|tomorrow|on|next|soon|when"
        r"|after|before)",
    ),
    rule(
        PREPARATORY,
        r"gave away my (?:dog|cat|pets?)|(?:wont|will not|will never) (?:hear from|see) me again"
        r"|saying goodbye to (?:people|everyone|my family|friends)|(?:said|saying) goodbye to"
        r" everyone|(?:left|leaving|leave) a (?:note|letter) for (?:my (?:family|kids|children"
        r"|parents|wife|husband|partner|mum|mom|dad)|everyone)|(?:letter|note) explaining"
        r" (?:why|everything)|(?:none of this|not) (?:was |is )?your fault|goodbye and thank(?:s"
        r"| you)|thank(?:s| you) for"
        r" everything(?: \S+){0,3} goodbye",
    ),
    rule(
        ACUTE,
        r"bleeding (?:a lot|badly|heavily|so much|everywhere)|(?:lots|lot) of blood|pills are"
        r" kicking in|(?:just|ive|have) overdosed|about to (?:jump|do it|end it|take|kill"
        r"|overdose|hang|cut)",
    ),
    rule(SELF_HARM, r"cuts on my (?:arms?|legs?|wrists?|thighs?|skin)"),
    rule(
        HOPELESS,
        r"(?:dont|cant|do not|cannot) see (?:the|any) point(?! (?:of|in) (?!living|life|anything"
        r"|going on|trying|being alive|me|it all|any of))|(?:whats|what is|wheres) the point"
        r" (?:in|of) (?:living|life|anything|going on|trying|being alive|me)|(?:have|got|there is"
        r"|theres|see) no future|no future for me|nothing matters(?: any ?more)?|(?:happier"
        r"|better|easier)(?: off)? without me|no way out",
        after=r" (?:more than|to (?:the|this) (?:company|team))(?!\w)",
    ),
    rule(
        HOPELESS,
        r"i (?:just )?(?:give|gave|am giving|m giving) up(?= \.|$| on (?:life|myself"
        r"|everything|living|me)| (?:completely|totally))",
    ),
    rule(
        DANGER,
        rf"{_ABUSER} (?:is|has been|gets|can be|was|keeps being)(?: \w+)? (?:violent|abusive"
        rf"|aggressive|controlling|dangerous)|{_ABUSER}(?: \w+){{0,3}} (?:hurting|forced|forces"
        rf"|forcing|raping|choking|strangling|slapping|kicking|punching) (?:me|us)|forced me to"
        rf" have sex|(?:raped|sexually assaulted|molested) me|call(?:ed)? the police on"
        rf"|restraining order|womens (?:refuge|shelter)",
    ),
    # -- a third round of probing
    rule(
        PASSIVE,
        r"(?:wouldnt|would not|dont|do not|wont) (?:care|mind)(?: \w+){0,3} if i (?:died"
        r"|got hit|didnt wake|was gone|wasnt here|never woke|dont wake)|if i (?:got|get|was|were)"
        r" (?:hit|run over|killed)",
    ),
    rule(
        PREPARATORY,
        r"letters? to (?:everyone|all|each of|my (?:family|kids|children|parents|loved ones))"
        r"|sorry for everything|giv\w* (?:all )?my (?:stuff|things|belongings|possessions) away",
    ),
    rule(
        ACUTE,
        r"(?:its|it is|wont|isnt|not) (?:not )?stopping|cut (?:myself )?(?:badly|deep"
        r"|deeply|too deep)",
    ),
    rule(
        HOPELESS,
        r"(?:everything|life|it all) (?:feels|is|seems) (?:so |completely |totally )?(?:pointless"
        r"|meaningless|hopeless|empty)|i (?:feel|am|m) (?:so |completely |totally )?(?:worthless"
        r"|pointless|useless)|(?:i feel|i am|im|feel) (?:so |completely |totally "
        r"|just )?(?:worthless"
        r"|pointless|useless|a failure|a waste of space)|(?:cant|cannot|dont) see (?:any )?(?:way"
        r"|how) (?:things|it|life)"
        r" (?:will|could|can|would) (?:ever )?(?:get|be) better",
    ),
    # -- a fourth round of probing
    rule(
        PASSIVE,
        r"wish (?:i|id) (?:wasnt|werent|was not|were not|hadnt been) (?:here|born|alive|around)"
        r"|(?:disappear|dissapear|disapear|vanish)\w*(?: \w+){0,2} (?:and never|forever|for good"
        r"|for ever|without a trace)|never come back|(?:i|id|i would|i could|want to|wanna"
        r"|rather) be dead|wish(?:es|ed)? (?:i|he|she|they) (?:was|were) dead",
    ),
    rule(
        ACTIVE,
        r"top(?:ping|ped)? myself|do(?:ing)? myself in|off myself|end myself"
        r"|finish myself off",
    ),
    rule(
        PLAN,
        r"(?:would|will|could|is|be) (?:be )?(?:fatal|lethal|deadly|enough to kill)|(?:bought"
        r"|got|have) everything (?:i need|i needed|ready|planned|sorted)|(?:going to|gonna|will"
        r"|ill|plan to) (?:finally )?do it(?= \.|$| when| while| once| tonight| this| next"
        r"| soon| on| after| before)",
        after=r" for(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:left|leaving|put|placed) my will|my will (?:is|on|in)|thank(?:s| you) for trying"
        r" to help|so (?:someone|somebody) knows|so (?:you|u) know where|goodbye(?=(?: \.)*$)",
        after=_PAPERWORK,
    ),
    rule(
        ACUTE,
        r"(?:taken|took|swallowed)(?: \w+){0,2} everything (?:in|from) (?:the|my) (?:medicine"
        r"|bathroom|cabinet|cupboard|drawer)|(?:took|taken|swallowed) (?:[2-9]\d|[1-9]\d\d)",
        after=r" (?:minutes|mins|hours|hrs|days|weeks|seconds|years|pounds|euros|dollars|quid"
        r"|steps|photos|pictures|percent|goes|tries)(?!\w)",
    ),
    rule(
        SELF_HARM,
        r"(?:covered in|full of|new|fresh) (?:cuts|scars|burns)|cuts (?:on|all over)"
        r" my|head (?:against|on) the wall|(?:bang|banging|banged|hit|hitting) my head"
        r" (?:against|on) (?:the |a )?walls?",
    ),
    rule(
        HOPELESS,
        r"(?:theres|there is|i have|ive got|got) nothing left|nothing left for me|(?:dont|cant"
        r"|do not|cannot) see (?:a|any) future",
    ),
    rule(
        DANGER,
        r"hiding from (?:him|her|them|my (?:husband|partner|boyfriend|ex|dad|father))"
        r"|(?:ran|run|running) away from (?:him|home)|(?:he|she) (?:will|would|is going to)"
        r" find me",
    ),
    rule(
        THIRD_PARTY,
        rf"{_KIN}(?: \S+){{0,10}} (?:(?:going to|gonna|wants? to|threaten\w* to) jump|(?:wishes"
        r"|wished) (?:he|she|they) (?:was|were) dead|(?:he|she|they) (?:wants?|wanted) to be dead"
        r"|topping (?:him|her)self|(?:he|she|they)(?:d| would| will|ll)? be better off dead)",
        after=r"(?: \S+){0,4} (?:trampoline|pool|swimming|bungee|skydiv\w*|parachute)(?!\w)",
    ),
    # -- a fifth round of probing
    rule(
        PASSIVE,
        r"envy (?:people who|the dead|those who) (?:die|died|are dead)|(?:wish|hope)"
        r" something (?:bad )?happens to me",
    ),
    rule(
        PLAN,
        r"(?:driving|drove|went|going|walk\w*) to the (?:bridge|cliffs?|tracks|railway|roof)"
        r"(?: \w+){0,5} (?:courage|jump|sitting there|thinking)|working up (?:the )?courage",
    ),
    rule(
        PREPARATORY,
        r"(?:wont|will not) be able to (?:reach|contact|find) me|cancelled my phone|cleared out"
        r" my (?:flat|room|house|things)|made sure (?:my \w+|the \w+|everyone) (?:will be|is|are)"
        r" (?:looked after|taken care of|ok)|tell (?:my \w+|everyone|them|her|him) (?:that )?(?:im"
        r"|i am) sorry|tell (?:my \w+) i love",
    ),
    rule(
        ACUTE,
        r"blood everywhere|so much blood",
        after=r" (?:but|lol|haha|all fine|its fine|its just)(?!\w)",
    ),
    # -- a sixth round of probing
    rule(SELF_HARM, r"scars? on my (?:wrists?|arms?|legs?|thighs?)"),
    rule(
        PASSIVE,
        r"welcome death|death would be (?:a relief|welcome|a release)"
        r"|long(?:ing)? for death",
    ),
    rule(
        PLAN,
        r"(?:picked|chosen|found) the (?:place|spot|location|method)",
        after=r" (?:for|to (?:eat|meet|stay|live))(?!\w)",
    ),
    rule(DANGER, r"threw (?:\w+ ){0,2}at me|(?:throws|threw|throwing) things at me"),
    rule(
        PASSIVE,
        r"death (?:sounds|seems|feels|would be) (?:so )?(?:peaceful|nice|good|easier"
        r"|like a relief|tempting)",
    ),
    rule(HOPELESS, r"beyond (?:help|saving|repair)|(?:no one|nobody) can help me"),
    # -- a seventh round of probing
    rule(
        PREPARATORY,
        r"(?:when|after|once) (?:im|i am) not around|(?:want|like) (?:you|him|her"
        r"|them|my \w+) to have my \w+",
    ),
    rule(DANGER, r"(?:no one|nobody) (?:would|will) believe (?:me|you)"),
    rule(PLAN, r"(?:where|when) (?:id|i would|ill|i will|im going to) (?:go to )?do it"),
    # -- an eighth round of probing
    rule(
        PLAN,
        r"(?:looking at|staring at|stood by|standing by)(?: \w+){0,3} (?:train line|tracks"
        r"|railway|bridge)(?: \w+){0,3} thinking",
    ),
    rule(
        ACUTE,
        r"(?:standing|stood|sitting) (?:on|at) the (?:platform"
        r"|station)(?: \S+){0,6} (?:next"
        r" train|train is coming|train comes|train is due)",
    ),
    # Families written from later authors' mail (crisis_en_more).
    *_MORE,
)
