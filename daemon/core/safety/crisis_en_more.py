"""More English crisis wordings by family (pure data), joined to the end of `crisis_en.RULES`.

Written after reading mail by authors the first rules never saw (dev authors a to e, h, i):
the wish to die said sideways (sleep and not wake, a bus, a scan, God taking me), the means
and the place scouted, farewells made with things (pets rehomed, letters in a drawer, debts
paid, videos for every birthday), self-harm named by its tools and marks, burdens and
nothing-will-change, control and stalking at home, and the same signs seen in someone else.
Same form as the other rule modules: flat alternations, bounded gaps, guards for the
everyday wordings that share the words.
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
    rule,
)

PILLS = (
    r"(?:pills|tablets|meds|medications?|medicines?|paracetamol|painkillers|antidepressants"
    r"|ibuprofen|aspirin|tylenol|xanax|valium|insulin|co codamol|codeine|oxy\w*|sleeping (?:pills"
    r"|tablets)|sertraline|citalopram|fluoxetine|prozac|zopiclone|diazepam|lorazepam|quetiapine"
    r"|lithium|amitriptyline|mirtazapine|tramadol|morphine|naproxen|propranolol|pregabalin"
    r"|gabapentin|clonazepam|olanzapine|venlafaxine|dosette box|insulin pens|heart tablets"
    r"|sleepers|benzos|opioids)"
)
_GUN = r"(?:gun|guns|rifle|shotgun|pistol|revolver|firearm|sniper)"
# Someone close to the writer, named without "my" as people do ("dad hit me again").
_WHO = (
    r"(?:he|hes|she|shes|they|theyve|theyre|dad|da|daddy|mum|mam|mom|stepdad|step dad|ex"
    r"|husband|partner|boyfriend|bf|girlfriend|gf|flatmate|brother|uncle|son|boss|landlord"
    r"|(?:my|her|his) (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|dad"
    r"|father|mum|mom|mother|stepdad|stepfather|stepmother|brother|son|uncle|flatmate"
    r"|landlord|family|parents|in laws|boss))"
)
_BODY = r"(?:wrists?|arms?|forearms?|legs?|thighs?|skin|stomach|hips?|palms?|hands?|knuckles)"
# Jokes and hyperbole right after a phrase ("she'll kill me if I'm late lol").
_JOKE = r"(?: \S+){0,12} (?:lol|haha|ha|lmao|jk|joking|kidding|softie)(?!\w)"

RULES = (
    # -- the wish to be dead, said sideways
    # Sleep and not wake: "go to sleep and not get up", "fall asleep and not be there".
    rule(
        PASSIVE,
        r"(?:sleep|asleep)(?: \w+){0,3} (?:and|n) (?:just |simply |then )?(?:not|never|didnt"
        r"|dont|wont|didnae|stay|stayed|staying|hope|hoping)(?: \w+){0,2} (?:wake|waking|woke"
        r"|get up|getting up|open|come back|coming back|be there|be here|exist|thats it"
        r"|asleep|there|that way|forever)",
        after=r" (?:up )?(?:until|till|til|before|for|at|in time|on time|early|refreshed|rested"
        r"|feeling|once|during)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"(?:dont|not|never|please dont|pls dont) let me wake|(?:didnae|didna|dinnae|never)"
        r" wake up|sleep for (?:like )?(?:ever|forever|good)|disappointed (?:\w+ ){0,2}(?:when"
        r" i|to|that i) (?:wake|woke|still|am still)|(?:go|die|pass|slip away)(?: \w+){0,2} in"
        r" (?:my|our) sleep(?: \S+){0,4} (?:have done|and not|peaceful|please|done with)",
    ),
    # Not minding an ending: "if a bus took me out I wouldn't mind", "I'd be fine with that".
    rule(
        PASSIVE,
        r"(?:mind|care|be fine|be ok|be okay|be peaceful|be relieved|its fine|its ok|be glad"
        r"|worst thing|so bad|a bad thing)"
        r"(?: \w+){0,3} if (?:i )?(?:just )?(?:didnt|dont|did not|never|wasnt|werent|didnae)"
        r" (?:make it|come back|come home|wake|get up|pull through|survive|exist|here|around)"
        r"|(?:mind|care)(?: \w+){0,3} if (?:the|my) body (?:follows|gives up|gave up|stops)",
        after=r"(?: \w+){0,2} (?:to (?!\d)|on|for|at|by|till|until|early|this|next"
        r"|tomorrow|today|tonight|on time|in time|with)(?!\w)",
    ),
    rule(
        PASSIVE,
        r"if (?:a|the) (?:bus|car|lorry|truck|train|plane)(?: \w+){0,3} (?:took|takes|hit|hits"
        r"|knocked|ran|came|went|goes|crashed)(?: \S+){0,8} (?:wouldnt|would not|not|peaceful"
        r"|mind|relief|fine)|(?:wouldnt|would not|wont|not) (?:step|move|jump|get) (?:back|out of"
        r" the way|aside)|(?:hop\w*|wish\w*|pray\w*) (?:that )?something (?:bad )?(?:happens|will"
        r" happen|would happen) to me|(?:hop\w*|wish\w*|pray\w*)(?: \w+){0,2} (?:it|the plane"
        r"|the flight|we)"
        r" (?:would |will |might )?(?:just )?(?:go|goes|went) down|(?:hop\w*|wish\w*|pray\w*)"
        r"(?: \w+){0,2} (?:the )?(?:plane|flight|car|bus|train) (?:crash\w*|goes down)|(?:hop\w*"
        r"|wish\w*|mind)"
        r"(?: \w+){0,3} (?:get|got|getting|be|being) (?:hit|run over|knocked (?:over|down)|taken"
        r" out) by|(?:didnt|dont|did not|wouldnt|not) pull through(?: \S+){0,4} (?:fine|ok|okay"
        r"|mind|care|relief|peaceful)|(?:care|matter) (?:\w+ ){0,2}if i (?:live|die|wake)"
        r"|(?:whether|if) i live or die",
    ),
    # Hoping to fall ill: "hoping the scan shows something", "something terminal".
    rule(
        PASSIVE,
        r"(?:hop\w*|wish\w*|pray\w*)(?: \w+){0,3} (?:the )?(?:scan|test|tests|biopsy|results"
        r"|chemo|treatment|tumou?r|lump|cancer)(?: \w+){0,2} (?:shows? something|comes? back"
        r" (?:bad|positive)|doesnt (?:take|work)|is (?:bad|terminal|cancer)|spreads?)|i (?:get"
        r"|got|have|had|catch|caught) something (?:terminal|incurable|fatal)|(?:all clear|still"
        r" here|still alive|woke up)(?: \S+){0,4} (?:disappointed|gutted)|(?:swap|trade|switch)"
        r" places with (?:\w+ ){0,4}(?:hospice|dying|terminal|dead|cancer|grave)|obituar\w*"
        r"(?: \w+){0,4} (?:jealous|envious|envy)|(?:jealous|envious) of (?:the dead|dead people"
        r"|people who (?:die|died))",
    ),
    # Death as rest: "how peaceful it would be under the ground".
    rule(
        PASSIVE,
        r"(?:being dead|death|dying|under the ground|in the ground|not existing|not waking up"
        r"|never waking up)(?: \w+)? (?:would|will|must|might|could) (?:just )?(?:be|feel)"
        r" (?:so |really |quite |like )?(?:restful|peaceful|nice|a relief|easier|a release"
        r"|lovely|quiet|a rest|a long lie in)|how (?:peaceful|nice|restful|quiet|good|easy"
        r"|lovely) it (?:would|d|must|will) be (?:to (?:just )?(?:not exist|be dead|die|not be"
        r" here|disappear|not wake up|stop)|under the ground|in the ground|to be gone)"
        r"|life(?: \w+){0,5} until it (?:stops|ends|is over)",
    ),
    # God taking me: "I tell God to just call me home", "He can have me whenever he likes".
    rule(
        PASSIVE,
        r"(?:ask\w*|tell\w*|told|beg\w*|pray\w*) (?:god|the lord|jesus|the almighty|allah|him)"
        r"(?: \w+){0,3} (?:to )?(?:just )?(?:call|take|have|bring) me(?= \.|$| home| away| now"
        r"| soon| already| too)|(?:god|the lord|jesus|almighty|allah)(?: \w+){0,2} (?:can|could"
        r"|should|would|will)(?: \w+)? (?:call|take|have) me (?:home|whenever|now|soon|anytime"
        r"|any time|already)|(?:god|lord|jesus|almighty|allah|heaven)(?: \w+){0,4} call me home"
        r"|pray\w*(?: \w+){0,3} hurry up",
    ),
    # Disappearing for good, not existing, being with the dead.
    rule(
        PASSIVE,
        r"(?:disappear\w*|vanish\w*|log\w* off|fad\w* out)(?: \S+){0,8} (?:permanently|for good"
        r"|for ever|like not exist|from life|out of the picture)|(?:not|never) be (?:anywhere"
        r"|anything)(?: any ?more| at all)|quietly (?:gone|fade|faded|slip away)|(?:want|wish"
        r"|long|ready|waiting)(?: \w+)? to (?:be with|join)(?: \S+){0,6} (?:dead|died|passed"
        r"|heaven|grave)|(?:deserves?|deserved) to (?:die|disappear|be dead|not exist)"
        r"|(?:wont|doesnt|will not|does not|dont) matter (?:soon|much longer|for long)",
    ),
    rule(
        PASSIVE,
        r"(?:just |simply |would rather |to )not exist(?:ing)?|(?:not|stop|no longer) existing"
        r"(?: any ?more| at all)?|(?:wanting|want|wanted) to die (?:properly|actively|for real)",
        before=r"(?:does|doesnt|do|dont|did|didnt|may|might|can|could|will|it|that|this|they"
        r"|which|still|yet|account|page|option|file|link) ",
    ),
    rule(
        PASSIVE,
        r"(?:dont|do not|not|never|wont|will not|wouldnt) (?:make|making|get|getting) (?:it )?"
        r"(?:to|past) (?:\d\d|twenty|thirty|forty|fifty)(?!\w)(?! (?:minutes|mins|pounds|quid"
        r"|percent|miles|pages|k|hours))|(?:tired|sick|exhausted) of being (?:me|alive|here"
        r"|this person)|(?:tired|sick) of this life|better off gone",
    ),
    # -- active thoughts
    rule(
        ACTIVE,
        r"(?:ending it|end it all|ending things|ending my life|killing myself|dying)(?: \w+){0,2}"
        r" (?:on repeat|in my head|on my mind|on loop)|(?:idea|ideas|fantas\w*|images?|pictur\w*)"
        r" (?:of|about) (?:ending (?:it|things|everything|my life)|killing myself|being dead"
        r"|dying)|(?:finish|finishing|stop|stopping) (?:my|this) (?:own )?(?:life|existence)"
        r"|(?:case|reasons?|argument) for why i should (?:die|be dead|not live|not be here)"
        r"|i (?:should|ought to|deserve to|need to) (?:just )?(?:die|be dead)(?= \.|$| and| but)"
        r"|(?:ways|methods) (?:i could|to|i might|of) (?:die|dying|kill myself|end it)",
        after=r" (?:with|coach\w*|admin|insurance|story|plan|savings|of (?:the|a) (?:character"
        r"|game))(?!\w)",
    ),
    rule(
        ACTIVE,
        r"(?:voices?|head|brain|mind|thoughts)(?: \w+){0,3} (?:goes|go|says|say|saying|tells?"
        r"|telling|told|keeps? telling) (?:me )?(?:to )?(?:just )?(?:do it|kill|die|end it"
        r"|finish it|jump|hurt|cut|off myself|take the pills)|(?:do|did|doing) (?:something"
        r"|anything) to my ?self",
    ),
    # -- plan: how much, where, when
    rule(
        PLAN,
        rf"how (?:many|much)(?: of)?(?: my| the| these| her| his)?(?: \w+)? {PILLS}(?: \w+){{0,3}}"
        rf" (?:(?:it|would|it would|does it|will it|itd) takes?|do it|kill|lethal|fatal|deadly"
        rf"|enough to|too many|too much|overdose|od)"
        rf"|how (?:many|much) of (?:my|her|his|mums?|dads?) (?:\w+ ){{0,2}}(?:it )?(?:would|will"
        rf"|does|it|to)(?: \w+){{0,2}} (?:take|takes|too many|too much|kill|do it)|(?:what|which)"
        rf" (?:dose|amount|quantity)(?: of)?(?: \w+){{0,2}} (?:would|will|is|it) (?:be )?(?:enough"
        rf"|fatal|lethal|too much|do it|kill)|(?:is|are|would) (?:\d+|twenty|thirty|forty|fifty)"
        rf" (?:of )?(?:my )?{PILLS} (?:a lot|too many|too much|enough|lethal|fatal|dangerous)"
        rf"|which (?:antifreeze|poison|pills|tablets|medicine|drugs?|meds)(?: \S+){{0,3}} how"
        rf" (?:much|many)|(?:what|which) (?:medicine|medicines|medication|pills|tablets|meds"
        rf"|drugs?)(?: \w+){{0,6}} (?:dangerous|lethal|fatal|deadly|toxic) (?:together )?(?:with"
        rf"|if|when)|(?:sums|maths|math|calculations)(?: \.)? (?:on|about|of) (?:my|her|his"
        rf"|the) (?:\w+ )?"
        rf"{PILLS}|(?:extra|more|spare) (?:\w+ )?{PILLS}(?: \S+){{0,4}} so (?:she|he|i|they) can"
        rf" (?:choose|decide|go|end)|painless (?:ways?|methods?|death|suicide)(?= \.|$| to| at)",
        after=r" (?:to (?:help|work|treat|notice|feel|sleep|make a difference)|for (?:me|my|a|an"
        r"|the) (?:cold|pain|headache|back|period|flu))(?!\w)",
    ),
    rule(
        PLAN,
        r"how (?:high|tall|low|deep)(?: \w+){0,3} (?:bridge|building|car park|multi storey"
        r"|cliff|drop|barriers?|railings?|viaduct|roof|balcony|ledge|tower|storeys?|fall)"
        r"|how long (?:the|a) fall|(?:highest|tallest) (?:car parks?|multi storeys?"
        r"|buildings?|towers?|bridges?)|(?:height|drop) of (?:the )?(?:\w+ ){0,2}(?:bridge"
        r"|building|car park|cliff|viaduct|tower|multi storey)|(?:worked out|figured out|checked"
        r"|check|know|knows) (?:exactly )?"
        r"(?:which|where the|where) (?:\w+ ){0,2}?(?:bridge|bend|tree|level|stretch|cliff"
        r"|crossing|railing|edge|ledge|drop|viaduct|overpass)(?! club| of the car)|(?:no|low"
        r"|without a"
        r"|without any|waist high) (?:fence|fencing|mesh|railings?|barriers?|netting|nets?"
        r"|wall)(?: \S+){0,6} (?:bridge|viaduct|roof|cliff|level|multi storey|car park|edge)"
        r"|(?:multi storey|car park|bridge|viaduct|roof|cliff|top level|level \d+|stretch)"
        r"(?: \S+){0,10} (?:no|low|waist high|without (?:a|any)) (?:fence|fencing|mesh"
        r"|railings?|barriers?|netting|wall)(?! to)",
        after=r"(?: \w+)? (?:toll|tolls|club|fare|fares|prices?|rent|charges?|is closest)(?!\w)",
    ),
    # Scouting the place: "been up twice, just looking", "timing the express trains".
    rule(
        PLAN,
        r"(?:went|go|going|been|walk\w*|driv\w*|drove|back|stood|stand|standing)(?: up| out"
        r"| back)?(?: to| up| past| along| at| by| on)? (?:the )?(?:\w+ )?(?:bridge|viaduct"
        r"|cliffs?|cliff walk|cliff path|multi storey|car park|tracks|rail crossing|level"
        r" crossing|railway|platform|quarry)(?: (?!sunset|view|photo|fireworks|rowers|walk|picnic"
        r"|kids)\S+){0,8} (?:timing how|just (?:stood|stand|standing|sat"
        r"|sit|sitting|looking|looked)|stood there|sat there|on purpose|tim(?:ed|ing) (?:it"
        r"|the)|to check|getting used|twice|most evenings|every (?:day|night|evening))",
        after=r"(?: \S+){0,4} (?:view|sunset|photos?|pictures|walk (?:the )?dog|rowers|lovely"
        r"|beautiful|kids|picnic)(?!\w)",
    ),
    rule(
        PLAN,
        r"(?:tim(?:e|ed|ing|ings|es)|noting|noted|wrote down|writing down|watching|watched"
        r"|counting)(?: \w+){0,4} (?:fast|express|goods|freight|through|non stop\w*) (?:trains?"
        r"|ones?)|(?:train|trains|one|express|freight|\d+) (?:that )?(?:doesnt|dont|does not"
        r"|do not|wont"
        r"|never) stop(?:s)? (?:at|here)|(?:fast|express) (?:trains?|one|ones) (?:come|comes"
        r"|coming) through",
        after=r"(?: \S+){0,5} (?:late|commute|work|change|so i|annoying|any ?more|delay\w*)(?!\w)",
    ),
    rule(
        PLAN,
        r"(?:spot|place|bridge|bend|tree)(?: \S+){0,8} (?:i(?:ve| have)? (?:picked|chosen|found"
        r"|scoped) out|(?:no one|nobody) would (?:see|find)(?! us| it)|picked out)|(?:figured out"
        r"|worked out"
        r"|picked out|scoped out) (?:a |the )?(?:spot|place|location)|the (?:how|when|where)"
        r"(?: \.)?(?: and| n)? the (?:how|when|where)|pick the (?:day|date)(?= \.|$)|which day"
        r" and (?:in )?which way|(?:written|wrote|write|writing)(?: down)? (?:my|a|the) plan"
        r"|(?:the )?date (?:ive|i have|i) (?:given|set|picked|chosen) (?:myself|for it)"
        r"|(?:picked|chosen|chose|set) (?:my \w+|the \w+|a \w+)(?: \S+){0,4} as the (?:day|date)",
        after=r" (?:for|to (?!do it|die|go))(?!\w)",
    ),
    # Timing: "decided it'll be after Christmas", "if I fail the resit I'm doing it".
    rule(
        PLAN,
        r"(?:decided|made up my mind|made my mind up)(?: that)?(?: it(?:ll| will| would|s going"
        r" to| is going to)? be| on) (?:after|before|once|when|the (?:\d+\w*|weekend|end|day))"
        r"|(?:made up my mind|made my mind up|decided)(?: \S+){0,10} (?:i (?:shall|will|ll) go"
        r"|(?:im|i am|ill be) done|that is it|thats it for me|im doing it)|if(?: \S+){0,8}"
        r" (?:then )?(?:that is|thats) it for me|if i (?:fail|dont pass|dont get|lose|cant)"
        r"(?: \S+){0,5} (?:im|i am|ill|i will|im going to|im gonna) (?:doing|do) it"
        r"|(?:wont|dont want to|not going to|wouldnt) ruin (?:her|his|their|the kids) (?:\w+ )?"
        r"(?:day|wedding|birthday|christmas)|(?:want|let) (?:her|him|them|the kids) (?:to )?"
        r"have that (?:day|christmas|birthday)|so (?:the kids|she|he"
        r"|they)(?: \w+){0,2} (?:at least"
        r" )?(?:have|has|get) that|(?:have|got) the means(?= \.|$| put| ready| saved| here)"
        r"|the means put by|(?:once|when) (?:the sale|the house)(?: \S+){0,6} (?:im done|i shall"
        r" go|ill go|thats it)",
        after=r"(?: \S+){0,5} (?:start\w*|new job|move|moving|wedding|holiday|booking|trip|party"
        r"|again|indoors|online|estate agents?|to pay)(?!\w)",
    ),
    # The means: drink with pills, poison, a hose, tape, a hook, a gun kept close.
    rule(
        PLAN,
        r"(?:keep\w*|kept|put\w*|set\w*|saving|saved|holding|held) (?:back|aside|by)(?: \w+){0,3}"
        rf" (?:{PILLS}|pens)|(?:rather than|instead of) (?:taking|swallowing) them|(?:took|taken"
        rf"|nicked|stole|brought)(?: \w+){{0,3}} (?:{PILLS}|vials|ampoules)(?: \w+){{0,2}}"
        rf" (?:home|from (?:the )?(?:ward|work|hospital))|{PILLS}(?: \S+){{0,12}} so (?:nobody"
        rf"|no one|they|the pharmacist) (?:wouldnt |would not |wont |doesnt |dont |would |will )?"
        r"(?:ask|asks|asked|notice|noticed|question)|(?:boxes|packets|packs)(?: \S+){0,4} from"
        r" (?:diff|different|several|separate) (?:shops|chemists|pharmacies)",
    ),
    rule(
        PLAN,
        r"(?:bought|buying|got|ordered|have|kept|keep)(?: \w+){0,3} (?:rat poison|poison"
        r"|insecticide|pesticide|antifreeze|cyanide|paraquat|sniper)|(?:bought|buying|ordered)"
        r"(?: \w+){0,2} (?:tow )?(?:rope|hosepipe|hose)|(?:hose|hosepipe|rope|tape|charcoal)"
        r"(?: \S+){0,6} (?:wasnt|isnt|is not|was not) for (?:the )?(?:garden|car|washing|camping"
        r"|bbq|towing)|(?:rope|noose|hose|hosepipe)(?: \w+){0,3} in the boot|(?:bbq|barbecue"
        r"|charcoal|exhaust|garage|hose)(?: \S+){0,12} (?:seal\w*|tape\w*|gaffer)(?: \w+){0,3}"
        r" (?:windows|gaps|doors?|vents)|(?:bbq|barbecue|charcoal)(?: \S+){0,14} seal\w*"
        r"|(?:seal\w*|tap\w*)(?: \w+){0,3} (?:windows|gaps|doors?"
        r"|vents)(?: \S+){0,12} (?:bbq|barbecue|charcoal|exhaust|garage|hose)"
        r"|(?:car|garage)(?: \S+){0,3} (?:hose|hosepipe)(?: \S+){0,3} (?:garage|car)|(?:length"
        r"|piece|bit) of (?:hose|hosepipe|tubing)",
        after=r"(?: \w+){0,3} (?:for (?!when|if|it|that|later|myself|me)|to (?:hang|tie|secure"
        r"|water))",
    ),
    rule(
        PLAN,
        r"(?:hook|beam|rafter|banister|bannister|loft hatch)(?: \S+){0,6} (?:my (?:full )?weight"
        r"|hold me|take my weight)|stones in (?:my|his|her) (?:coat )?pockets|(?:drive|driving"
        r"|crash|crashing|swerve|swerving|steer|steering|plough|go|going|gonna) (?:the car |my car"
        r" )?(?:into|off) (?:a |the |that )?(?:\w+ ){0,2}?(?:tree|oak|wall|lorry|truck|pillar"
        r"|oncoming|cliff|barrier)|(?:look|looks|seem|seems) like (?:an |a )?(?:accident|i lost"
        r" control)|which (?:bend|tree|wall)(?: \S+){0,6} (?:go into|drive into|hit|crash into)"
        rf"|(?:kept|keep|keeps|hid|hidden|have) (?:a |the |my |his )?{_GUN}(?: \w+){{0,3}}"
        rf" (?:under|in|by) (?:my|the) (?:bed|wardrobe|drawer|car)|{_GUN}(?: \S+){{0,12}}"
        r" (?:holding it|just holding|loaded|loading it)|(?:cabinet|safe"
        r"|cupboard)(?: \S+){0,5} just"
        r" holding it|(?:the stuff|the thing|what)(?: \w+){0,3} (?:talked about|recommended|they"
        r" talk about|people use) on (?:that|the|those) forums?",
    ),
    # -- preparatory acts
    # Letters and recordings left for people: "letters for mum and Tom, in the top drawer".
    rule(
        PREPARATORY,
        r"(?:wrote|written|writing|write|left|leaving)(?: \w+)? letters (?:for|to)(?! (?:the |my"
        r" )?(?:council|landlord|bank|school|employer|court|tribunal|gp|doctor|insurer|mp|editor"
        r"|uni|university|jobs?|companies|newspaper)(?!\w))|(?:letters?|notes?)(?: \w+){0,3} for"
        r" (?:afterwards|after|whoever (?:finds|ends up|gets))|(?:letters|notes|envelopes)"
        r"(?: \S+){0,6} (?:in|inside) (?:the |my )?(?:top |desk |blue |bottom )?(?:drawer|desk"
        r"|folder|bureau)|(?:recorded|recording|record|made|making|filmed|wrote|written|writing)"
        r"(?: \w+){0,3} (?:videos?|voice notes?|messages?|letters?|cards?)(?: \S+){0,10} (?:for"
        r" (?:every|each|all) (?:\w+ )?birthday|for when (?:shes|hes|theyre|they are|she is|he"
        r" is) (?:older|grown|18)|one for every birthday|every birthday|future birthdays|up to"
        r" (?:18|eighteen|21))|(?:goodbye|farewell) (?:one|post|posts|playlist|song)"
        r"|(?:my|my own) funeral(?! (?:home|director|plan)s?)|funeral (?:playlist|songs)",
        after=r"(?: \S+){0,3} (?:yearbook|for (?:the |my )?(?:assignment|module|course|class"
        r"|homework|job))(?!\w)",
    ),
    # Rehoming a pet and giving away treasured things, with a final word.
    rule(
        PREPARATORY,
        r"(?:found|finding|find|need) (?:a )?new home for|rehom\w*|(?:cattery|kennels?"
        r"|boarding)(?: \S+){0,6} (?:indefinitely|for good|permanently|open ended)"
        r"|(?:anyone|someone|somebody)(?: who)?(?:d| would| could| can| will)? (?:take|have"
        r"|adopt) (?:a|my|our) (?:\d+ year old )?(?:\w+ )?(?:cat|dog|pets?|kitten|puppy|rabbit"
        r"|budgie|parrot|tortoise)|(?:going|gone|moving|go) to (?:my |the |our )?\w+s?"
        r" (?:\w+ )?(?:for good|indefinitely|permanently)|(?:shell|hell|theyll|she will|he will"
        r"|they will|itll) be (?:much )?(?:happier|better off|better looked after) (?:there"
        r"|with (?:them|her|him))|deserves someone (?:steady|better|who)|(?:take|takes|taking"
        r"|have|has) (?:the |my )?\w+ (?:\S+ ){0,4}if (?:anything|something) happens(?! to (?:us"
        r"|them"
        r"|you|him|her|the))",
        after=r"(?: \S+){0,4} (?:while (?:im|i am|we|were)|when (?:im|i am|we) (?:away|on)"
        r"|for (?:the|a) (?:week|weekend|fortnight|few)|holiday|measure|because|allow\w*|landlord"
        r"|moving|allerg\w*)(?!\w)",
        before=r"(?:im|i am|were|we are|we|weve|we have|theyve|i|ill be|i will be|moving house"
        r"|moving) ",
    ),
    rule(
        PREPARATORY,
        r"(?:gave|giv(?:e|ing|en)|handed|handing|left|leaving|passed|passing)(?: (?:away|over"
        r"|on|back))? (?:my|all my|most of my|the|our)(?! old| spare"
        r"| baby)(?: \S+){0,12} (?:forever|for good|wont be"
        r" needing|wont need|will not need|wont be using|no longer need|dont need (?:it|them)"
        r" any ?more|safer with|look after (?:it|them) better|better than i (?:ever )?could"
        r"|doesnt know why|dont know why|not really it|emigrating|said bye|say bye|remember me)"
        r"|(?:giv(?:e|ing|en)|gave)(?: away)? (?:my|all my|most of my) (?:\w+ )?(?:jewellery"
        r"|jewelry|rings?|watch|guitar|records|vinyl|medals|collection|paintings|switch|ps5"
        r"|xbox|journal|diary|clothes)(?: \w+){0,2} (?:away|to (?:my|the|him|her|them|\w+s))"
        r"|while (?:im|i am) still (?:around|alive|here(?= \.|$))|while i (?:still )?can(?= \.|$)",
        after=r"(?: \S+){0,6} (?:charity|never use|dont use|outgrown|declutter\w*|upgrade\w*"
        r"|new one|borrow|repair\w*|lend|for the weekend|for a week|measure|fixed|never (?:ride"
        r"|use|play|wear|read)\w*)(?!\w)",
    ),
    # Affairs put in order: debts paid, passwords left, nobody left with a mess.
    rule(
        PREPARATORY,
        r"(?:paid|paying|pay) (?:back )?(?:everyone|everybody|all) (?:i|that i|who i|what i)"
        r" owe|paid back what i owe|(?:cleared|clearing|settled|squared)(?: \w+){0,2} (?:all )?"
        r"(?:my )?(?:dues|debts)|nothing left hanging|(?:all|everything) tied up|squared"
        r" (?:everything|it all|things) away|(?:wills?|will is) signed|(?:documents|papers"
        r"|paperwork) in order|left (?:money|cash)(?: \w+){0,4} (?:rent|bills)|(?:two|three"
        r"|\d+) months? rent in cash|(?:rent|bills)(?: \w+){0,3} paid (?:up )?(?:to|until|till)"
        r" (?:the end|december)|loose ends|(?:nobody|no one|naebody|noone)(?:ll)? (?:\w+ )?"
        r"(?:gets|get|is|will be|be)? ?left (?:with|wi|short|holding)|(?:isnt|arent|wont be|is"
        r" not) left short|(?:dont|do not|didnt) want (?:anyone|anybody|them|my \w+|people)"
        r" (?:having |to have )?to (?:deal with|sort|clean up|find)|life insurance(?: \S+){0,10}"
        r" (?:pays? out|two year|2 year|clause|passed|past the)|better off with (?:the |my )?"
        r"(?:insurance|life insurance|payout)|legacy contact",
        after=r"(?: \S+){0,4} (?:at work|before (?:my |the )?(?:holiday|leave|move|trip|baby)"
        r"|at the office|on the project|for the (?:move|mortgage))(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:sent|gave|emailed|written down|wrote down|left|shared|put)(?: \w+){0,4} (?:all )?my"
        r" (?:phone )?(?:passwords|logins|passcodes|pin)|(?:passwords|logins|pin|passcodes)"
        r"(?: \S+){0,10} (?:so (?:they|he|she|someone|somebody|my \w+) can|afterwards|just in"
        r" case|in case|envelope|post it|bureau)|(?:get into|access) (?:it|my \w+) afterwards"
        r"|(?:routines|letters|godparents|paperwork)(?: \S+){0,16} just in case(?= \.|$)"
        r"|told (?:her|him|them|everyone) (?:it was|its|it is) (?:just )?for a while"
        r"|delet(?:ed|ing) (?:all |most of )?(?:my )?(?:socials|social media|accounts"
        r"|photos)",
        after=r"(?: \S+){0,6} (?:detox|break|for (?:a|lent|the month|now)|screen time|exams?"
        r"|reset|security|hacked|scam|netflix|spotify|wifi|disney|prime|streaming)(?!\w)",
    ),
    # Thanks that close the door: "don't blame yourself", "you were the only one who listened".
    rule(
        PREPARATORY,
        r"(?:dont|do not|please dont|never) blame (?:yourself|urself|your self)|(?:do not|dont)"
        r" (?:feel|think) (?:bad|badly|guilty)(?: \w+){0,2} (?:for anything|of me|about any of"
        r" this)|(?:wasnt|was not|isnt|is not) (?:her|his|their|anyones) fault|(?:you|u|ur"
        r"|youre|you were|you are|u were) (?:\w+ )?(?:the )?(?:only|first) (?:one|person|adult"
        r"|people)(?: who)?(?: \w+)? (?:ever )?(?:properly |really |actually )?(?:listened|cared"
        r"|understood|believed)|(?:kinder|better) (?:to me )?than i (?:deserved|deserve)"
        r"|(?:say|said|saying) (?:bye|goodbye) properly|tell (?:the \w+|everyone|them|\w+) i"
        r" said (?:bye|goodbye)|(?:you|u|she|he|they) did (?:everything|all) (?:you|u|she|he"
        r"|they) could|(?:you|u) did"
        r" more than (?:anyone|anybody)|thank(?:s| you| u)(?: \w+){0,3} (?:and|n) (?:goodbye"
        r"|bye|farewell)|(?:this is|this will be|its) (?:my |the )?(?:last|final) (?:email|mail"
        r"|message) from me|(?:the )?last time (?:you|u)(?: \w+)? (?:have to|need to|will have to)"
        r" (?:put up with|deal with) me|or any (?:after that|afterwards|session\w* (?:really"
        r"|after that|again))|(?:wont|will not|no longer|not) (?:be )?need(?:ing)? (?:any )?"
        r"(?:more|further) (?:sessions|appointments)|(?:ring\w*|call\w*|phon\w*|text\w*"
        r"|messag\w*|visit\w*) (?:round |up |around )?(?:old friends|people|everyone|everybody"
        r"|all my \w+)(?: \S+){0,10} (?:sorry|i love)|tell (?:\w+ ){1,2}(?:that )?i love"
        r" (?:him|her|them)(?= \.|$| so| very)",
        after=r"(?: \w+){0,3} (?:bus|train|traffic|weather|delay|cancel\w*|late|rain|strike"
        r"|boss|manager|mix up|mistake|invoice|confusion|error|booking)(?!\w)|(?: \S+){0,10}"
        r" (?:maternity|paternity|sabbatical|new job|holiday|see you)(?!\w)| for now"
        r"|(?: to me)? about"
        r" (?:my|the)(?!\w)",
    ),
    # -- acute: in the place now, taken now
    rule(
        ACUTE,
        r"(?:^|\. )(?:im |i am |am |now |currently |just )?(?:standing |sitting |stood |sat"
        r" |lying |waiting |out )?(?:on|at|by|near|beside|next to|up on|up at) (?:the |my )?"
        r"(?:\w+ )?(?:tracks|railway line|train line|level crossing|cliffs?|cliff edge|cliff path"
        r"|viaduct|roof|rooftop|top of the (?:\w+ )?(?:car park|multi storey|building|block)"
        r"|edge of the (?:\w+ ){0,2}?(?:cliff|roof|platform|bridge)|end of the platform"
        r"|beachy head|the gap)|(?:im|i am) (?:out )?(?:at|on) (?:beachy head|the gap|the bridge)"
        r"|(?:feet|legs) (?:are )?(?:dangling )?over the (?:edge|side|railing|ledge)"
        r"|not (?:sure (?:im|i am|i will|ill) |going to |gonna )?(?:be )?coming (?:back )?down"
        r"|(?:at|on) the (?:train )?(?:station|platform)(?: \S+){0,8} (?:not|dont think im"
        r"|wont be) getting on|in the bath(?:tub)?(?: \w+){0,2} (?:with )?(?:a |the |my )?"
        r"(?:razor|blade|knife)",
        after=r"(?: \S+){0,6} (?:club|game|sunset|view|walk|hike|holiday|lighthouse|kids"
        r"|lovely|rowers|tomorrow|on (?:saturday|sunday)|photos?|for work|lunch|drinks?|terrace"
        r"|bar|garden|party)(?!\w)| of (?:a|the) (?:ship|boat|ferry)",
        before=ABOUT,
    ),
    rule(
        ACUTE,
        r"(?:drank|drunk|drink|swallowed|consumed|ingested|eaten|ate|had)(?: \w+){0,3}"
        r" (?:poison|rat poison|insecticide|pesticide|antifreeze|bleach|weedkiller|paraquat"
        rf"|kerosene)|(?:consumed|ingested|had|took|taken|swallowed|downed)(?: \w+){{0,2}} (?:all"
        rf" (?:the|my)|the rest|what was left|whats left|the whole|a whole|the remainder)(?: of)?"
        rf"(?: \w+){{0,2}} (?:{PILLS}|strip|blister|box|packet)|(?:took|taken|swallowed|downed)"
        rf"(?: \w+){{0,5}} (?:in one go|all at once)|(?:took|taken"
        rf"|swallowed|downed) them all"
        rf"(?! (?:to|out|for|with|home|back|round|around|swimming|shopping|along))|{PILLS}"
        rf" with (?:the )?(?:whisky|vodka|wine|alcohol|gin|booze|rum)|(?:whisky|vodka|wine|gin"
        rf"|bottle|alcohol|booze|drink|drank|drunk)(?: \S+){{0,6}} (?:and|n) (?:took|taken|had"
        rf"|swallowed)?(?: \w+){{0,2}} (?:her|his|my|the|all the|all her|all his|the rest of"
        rf" (?:my|the)) (?:\w+ )?{PILLS}|(?:cars|car|engine|motor) (?:is |still )?running in the"
        rf" garage|(?:cords?|ropes?|belts?|scarf|cables?|flex|noose)(?: is)? (?:round|around|tied"
        rf" to|tied round|over) the (?:bannister|banister|beam|hook|rafter|stairs|stair rail|loft)",
        after=r" (?:for (?:the )?(?:garden|plants|roses|rats|mice|ants|wasps|bugs)|this morning"
        r"|as prescribed|as usual|at dinner|with (?:food|dinner|a meal))(?!\w)",
    ),
    # -- self-harm by its tools, marks and covers
    rule(
        SELF_HARM,
        r"(?:relaps(?:ed|e))(?= \.|$| (?:on|last|again|yesterday|today|tonight|this|after"
        r"|first|big time|badly|a bit))|(?:months|weeks|days|years) (?:of not|without) (?:cutting"
        r"|harming|hurting myself|burning|self harming)|\d+ (?:days|weeks|months|years) clean"
        r"(?: \S+){0,4} (?:down the drain|gone|over|ruined|wasted|lost|blew it|broke"
        r"|broken|reset)|streak(?! on (?:duolingo|snap\w*|wordle))(?: \S+){0,6} (?:0|zero"
        r"|back to (?:zero|0|day one))(?= \.|$"
        r"| now| again)|(?:the|a|my) (?:razor|razors|blade|blades|compass)(?: \S+){0,3} again"
        r"|again(?: \S+){0,3} (?:the|a|my) (?:razor|blade|blades|compass)|sharpener blade|blade"
        r" (?:out of|from) (?:a |the |my )?(?:pencil )?sharpener|(?:slip|incident|episode|thing)"
        r"(?: \w+){0,2} (?:with|wi) (?:the|a|my) (?:blades?|razor|compass|knife)|(?:using|used"
        r"|use) the (?:kitchen )?(?:knife|razor|blade|blades|compass|scissors) again|i shd"
        r"|shd again",
        after=r"(?: \S+){0,4} (?:smoking|drinking|vaping|alcohol|gambling|booze|cigarettes"
        r"|back pain|cold|flu|covid|migraine|shav\w*|beard|duolingo|sugar|diet|chocolate|junk"
        r"|biscuits|crisps|wagon|homework|geometry|maths|drawing|for my (?:legs|face|armpits"
        r"|head))(?!\w)",
        before=r"(?:duolingo|snap|snapchat|gym|running|reading|workout|app|wordle) ",
    ),
    rule(
        SELF_HARM,
        rf"(?:compass|blade|razor|knife|scissors|pin|needle)(?: \S+){{0,8}} (?:scratch|cut|carve"
        rf"|burn)\w* my {_BODY}|(?:picking|pick|picked|opening|reopen\w*)(?: \w+){{0,2}} (?:scars?"
        rf"|scabs?|wounds?)(?: \w+)? (?:open|again)|(?:carv(?:e|ed|ing)|etch(?:ed|ing)?"
        rf"|scratch(?:ed"
        rf"|ing)?|cutting)(?: \w+){{0,4}} (?:into"
        rf"|in|on) my (?:\w+ )?{_BODY}|(?:pinch\w*|scratch(?:ed|ing)|pick(?:ed|ing)|claw\w*"
        rf"|dig\w*|dug)(?: and \w+)?(?: at| into)? my {_BODY}|(?:scratch|pick|pinch|dig|dug|bit"
        rf"|bite|biting|hit|punch|bang|burn|held|hold|press|pull|carv|cut|ice)\w*(?: \S+){{0,8}}"
        r" (?:till|until|til|so hard) (?:it|they|its|theyre|there (?:are|were)|my \w+|i)"
        r"(?: \w+){0,2} (?:raw|bled|bleed|bleeds|bleeding|bruise|bruises|bruised|blister"
        r"|blisters|blistered|split|marks|white|numb)|(?:dug|dig|digging) my nails into"
        r"|punch(?:ed|ing|es)? (?:the |a |my )?(?:\w+ )?walls?|(?:bang|banging|bash|bashing) my"
        r" head (?:against|on|into)|(?:the |my )?(?:marks|scars|cuts) on my (?:thighs?|stomach"
        r"|arms?|wrists?|legs?|hands?|hips?|belly)|(?:found|saw|seen|noticed|spotted) (?:the"
        r" |my )?(?:marks|scars|cuts|burns)|long sleeves(?: \S+){0,6} (?:july|august|summer"
        r"|heat|degree|degrees|hot|nobody asks|no one asks|iykyk|guess why|you know why)",
        after=r"(?: \S+){0,4} (?:eczema|itch\w*|rash|bites?|hives|allerg\w*|psoriasis"
        r"|mosquito|the cat|laughing|crying|boxing|sunburn|brambles|thorns|roses|bush\w*|hike"
        r"|hiking|gardening|allotment|burn easily|the sun|uniform|dress code|air con)(?!\w)",
        before=r"(?:stretch|surgery|surgical|c section|operation|acne) ",
    ),
    rule(
        SELF_HARM,
        rf"(?:stub\w*|put|press\w*|held|hold\w*)(?: \w+){{0,3}} (?:cigarette|lighter|hot spoon"
        rf"|spoon|iron|hob|match|matches|ice)(?: \w+){{0,3}} (?:on|onto|against|to) (?:my|the)"
        rf" (?:\w+ )?{_BODY}|(?:on|onto|into|at|under) (?:my|the) (?:\w+ )?(?:{_BODY}|hob|hob"
        rf" ring|iron|tap)(?: \S+){{0,4}} (?:on purpose|deliberately|intentionally)|(?:put|putting"
        rf"|press\w*|hold\w*|held) my (?:palm|hand|arm|wrist|fingers?) (?:on|onto|against) the"
        r" (?:hob|hob ring|iron|stove|hot \w+|kettle|radiator)|ice and salt|salt and ice|pull\w*"
        r" (?:out )?(?:my |another |a )?(?:\w+ )?(?:hair|patch of hair)(?: out)?(?: \S+){0,6}"
        r" (?:bald|hurt|patch|til|till|until)|(?:wanted|want|needed|need) (?:it|myself) to hurt"
        r"|(?:didnt|not|stopped|stop) eat\w*(?: \S+){0,5} (?:punish\w*|as a punishment)"
        r"|(?:the )?cutting(?: \w+){0,2} (?:on my|again)|used to (?:cut|self harm|burn myself)"
        r"(?: \S+){0,6} (?:back|again|started)|(?:steri strips|stitches)(?: \S+){0,8} (?:did"
        r" them myself|accident|it wasnt|wasnt an accident)|(?:told|said)(?: \S+){0,4} (?:it"
        r" was|its|they were|theyre) (?:an accident|diy|the cat|the dishwasher|from the cat)"
        r"(?: \S+){0,6} (?:it wasnt|wasnt|it was not|not really|kind of)|(?:told|said)(?: \S+)"
        r"{0,3} (?:it was|they were) (?:diy|the cat|from the cat)",
        after=r"(?: \S+){0,4} (?:by (?:accident|mistake)|accidentally|without thinking|oops"
        r"|ouch)(?!\w)",
    ),
    # -- hopelessness: a burden, nothing will change
    rule(
        HOPELESS,
        r"(?:im|i am|just|only|such|feel like|like|feel) (?:a |an |the )?(?:dead )?(?:weight"
        r"|drain|cost|problem|lost cause|millstone|liability)(?: \.)?(?: \w+){0,2} (?:on|to|for"
        r"|around|round|in) (?:my|everyone|everybody|the|all|them|people|this|everyones"
        r"|everybodys)|(?:tired|sick) of being the problem|(?:im|i am|feel like im|just) taking"
        r" up space|(?:would|d|will|could)(?: \w+){0,4} without me(?: in it)?(?= \.|$| in| ngl"
        r"| tbh| honestly| this)|without me(?: \w+)? (?:they|he|she|everyone|everybody|the"
        r" world|my \w+|things|life)(?: \w+){0,2} (?:would|will|d|could)|without my input"
        r"|(?:family|kids|everyone|everybody|they|wife|husband|parents|friends)(?: \w+){0,2}"
        r" (?:would|d|will) (?:all )?be (?:so )?(?:relieved|better off|happier|lighter)(?= \.|$"
        r"| ngl| tbh| honestly| without| when i)|(?:do|be|manage|cope) better (?:with just"
        r"|with only|without) (?:me|their|his|her)",
        after=r"(?: \S+){0,2} (?:on (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday)"
        r"|next|this (?:week|weekend)|for (?:a|the|one) (?:day|week|bit)|tomorrow|today|while"
        r"|at work|to the (?:company|team)|mind|shoulders|chest)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"(?:whats|what is|wheres) the (?:point|use)(?= \.|$| (?:of|in) (?:continuing|going on"
        r"|carrying on|coming|trying|sessions|therapy|bothering|it|me|anything|living))"
        r"|(?:what|whats) the point (?:of|in) (?:continuing|carrying on|going on|bothering)"
        r"|(?:dont|do not) (?:know|see) why i (?:even )?bother|nothing(?:s| is)? (?:ever )?"
        r"(?:going to|gonna|will|ever going to) (?:ever )?change|(?:never|not) (?:ever |actually"
        r" |really )?(?:going to|gonna) (?:get|be) (?:any )?(?:better|different)|ill always be"
        r" like this|ill (?:still |just )?be (?:exactly )?like this (?:in|forever)|(?:cant|cannot"
        r"|cannae|dont|do not) see (?:any )?(?:way )?(?:this|it|things|life) (?:ever )?(?:gets?"
        r"|getting) better|(?:dont|cant|cannot|do not) see (?:any|a) way forward|no light at the"
        r" end|this is as good as (?:my life|life) (?:gets|will get)|no version of my life|(?:im"
        r"|i am) done (?:trying|believing|fighting|hoping)(?: that| it)?(?= \.|$| any ?more)"
        r"|(?:run|ran) out of"
        r" reasons|accepted(?: that)? this is (?:it|as good|all there is)|(?:picture|imagine|see)"
        r" myself(?: \w+){0,3} (?:and|but)(?: \S+){0,3} (?:black|blank|nothing|dark|empty)"
        r"|(?:im|i am|i feel like|feel like|im just|i was)(?: \w+)? (?:a )?lost cause|(?:done"
        r"|finished) with (?:it all|life|living|this life|my life)|no (?:purpose|point|meaning"
        r"|reason)"
        r" (?:in|to|of) (?:my )?(?:living|life|being alive|existing)",
        after=r" (?:with|about|at|here|in (?:the|my|this|our) (?:booking|schedule|plan|rota"
        r"|country|town|place|office|government|company|team|job|council|system|nhs|club|school"
        r"|world|politics))(?!\w)",
    ),
    # -- danger from others
    rule(
        DANGER,
        r"(?:taken|took|takes|kept|keeps|hid|hides|hidden|confiscated|withholds?|withheld"
        r"|destroyed|smashed|has) (?:my|our) (?:\w+ )?(?:passport|passports|car keys|keys|bank"
        r" cards?|cards|money|pension|wages|documents|phone)(?! (?:details|number|photo|to "
        r"|for (?:safe ?keeping|repair|the|a)|while|when|so i))|(?:im|i am|i was)(?: \w+)? not"
        r" (?:\w+ )?allowed (?:out|to (?:go|leave|see|talk|work|have|use|call|speak))|not"
        r" allowing me to|(?:wont|doesnt|does not|dont|never) let me (?:go|leave|out|see|talk"
        r"|work|have|use|speak|call)",
        after=r"(?: \S+){0,4} (?:by mistake|by accident|accidentally|early|on fridays|at lunch"
        r"|off work|after|until|till|for (?:\d|a |two|six|the next)|by (?:the|my)"
        r" (?:doctor|gp|consultant|surgeon|dvla|insurance)|because of (?:the|my) (?:op|surgery"
        r"|meds|medication|seizure|injury)|with (?:this|my) (?:cast|leg|arm)|drive|since the)"
        r"(?!\w)",
        before=r"(?:i|ive|i have|weve|we|we have|id|bank|airline|embassy|school|office) ",
    ),
    rule(
        DANGER,
        r"(?:ex|he|hes|she|someone|somebody|a man|a guy|the same (?:car|man|guy|van))(?: \w+){0,3}"
        r" (?:parked|sitting|waiting|standing|outside|at the end of|following)(?: \S+){0,5}"
        r" (?:again|running|in a row|this week|twice|every (?:day|night)|three|four|several"
        r"|\d+ (?:times|nights|days))|(?:found|knows?|knew|figured out|worked out|tracked down"
        r"|posted|leaked) (?:my|our) (?:new )?(?:address|school|workplace|location)|(?:airtag"
        r"|tracker|tracking device|gps tracker)(?: \S+){0,6} (?:sewn|hidden|found|in my|under"
        r" my|on my)|(?:he|she|they|ex|husband|partner|boyfriend|wife|girlfriend)(?: \w+)?"
        r" (?:tracks|tracked|tracking|monitors|checks|reads|goes through|opens) (?:my |the )?"
        r"(?:phone|location|mileage|car|whereabouts|spending|post|mail|bank statements"
        r"|everything|messages|texts|emails)|sent (?:me )?(?:a )?(?:photo|pic|picture|video) of"
        r" (?:me|my (?:front )?(?:door|house|flat|car|kids|daughter|son)|our (?:house|door|car))"
        r"|(?:making|makes|made|keeps? making) (?:new|fake) (?:accounts|profiles|numbers)"
        r"|(?:messaging|sending|sent|texting) me threats|death threats|know which school",
        after=r"(?: \S+){0,6} (?:school play|concert|graduation|cute|sports day|nativity|birthday"
        r"|lease|expenses|company car|insurance|thanks for)(?!\w)|(?: \S+){0,4} (?:as a (?:baby"
        r"|kid|child)|from (?:when|the)|to pick up|for the"
        r" (?:kids|school run)|on the form)(?!\w)",
        before=r"(?:i|ive|i have|you|youve|please|can you|could you) ",
    ),
    rule(
        DANGER,
        r"(?:hands?|fingers|arm|knife|blade) (?:round|around|to|against|at) my (?:neck|throat)"
        r"|(?:came|comes) at me with|(?:pulled|held|pointed|waved) (?:a |the |his |her )?"
        rf"(?:\w+ )?(?:knife|blade|gun|bat|hammer|machete|weapon) (?:on|at|to|against) (?:me|my)"
        rf"|{_WHO}(?: \w+){{0,3}}"
        r" (?:broke|cracked|fractured|bruised|split) my (?:wrist|arm|nose|jaw|ribs?|finger"
        rf"|collarbone|cheekbone|lip|head)|{_WHO}(?: \w+){{0,2}} (?:hit|hits|hitting|punched"
        r"|slapped|kicked|beat|beats|battered|strangled|choked) (?:me|us)|(?:kicked|smashed"
        r"|broke|bashed) (?:my|the|our) (?:front |bedroom |bathroom )?door(?: in| down)?"
        r"|next time (?:itll|it will|hell|he will|she will|shell|theyll|they will|he wont|she"
        r" wont)(?: \w+){0,2} (?:be (?:my|your) (?:head|face|neck)|miss|kill|be worse)"
        r"|(?:showed|shows|show|pointed|waved) (?:me )?(?:the |a |his )?(?:gun|knife|rifle"
        r"|shotgun|pistol)|(?:nudes|intimate (?:photos|pictures|images)|naked (?:pics|photos"
        r"|pictures))(?: \S+){0,8} (?:send|share|post|leak|show|unless|or else)|(?:got|was|been"
        r"|get|getting) (?:jumped|mugged|attacked|assaulted|stabbed|glassed|beaten up|battered)",
        after=r"(?: \S+){0,8} (?:lol|haha|pillow|(?:on )?by (?:a|the) (?:dog|spider|wasp|goose"
        r"|cat))(?!\w)|(?: \S+){0,4} (?:last year|years ago|on holiday|when i was|as a (?:kid"
        r"|child|teen))(?!\w)",
        before=r"(?:like|as if) (?:ive|i have|i|id|i had|youve) ",
    ),
    rule(
        DANGER,
        r"threaten\w* to (?:take|hurt|kill|harm|beat|tell|report|post|send)(?: \w+){0,5} (?:if"
        r"|unless)|(?:said|says|told me|tells me|threatened|threatening|warned)(?: that)? (?:if"
        r"|unless)"
        r"(?: \S+){0,12} (?:kill|hurt|sorry|find me|wont live|wont like|regret|dead|take the"
        r" kids|tell (?:the )?police|deport|stab|beat)|(?:hes|he is|shes|she is|theyre|they are"
        r"|hell|he will|shell|theyll|they will) (?:gonna |going to )(?:kill|hurt|stab|beat"
        r"|shoot) (?:me|us)|(?:comes|came|coming|come) (?:in|into) my (?:room|bed|bedroom)"
        r"(?: \S+){0,3} (?:at night|when|every night|while)|makes? me (?:sleep with|have sex)"
        r"|(?:sex|sleep with (?:him|her))(?: \S+){0,4} (?:when i dont want|i dont want|even though"
        r" i said no)|(?:forced|forcing|fixed|arranged) (?:my )?marriage(?: \S+){0,8} (?:i said"
        r" no|against my will|dont want|refused)|forced (?:to|into) marr\w*|(?:gets?|things get"
        r"|it gets) (?:bad|scary|violent|nasty|rough)(?: \w+){0,2} when (?:he|she|they|dad|da|my"
        r" \w+)(?:s| has| is)? (?:\w+ )?(?:drinks|drinking|drunk|had a drink)|when (?:hes|he has"
        r"|shes|she has|ma da|my da|dad|he)(?: \w+){0,2} (?:had a drink|drinking|drunk)(?: \S+)"
        r"{0,4} (?:stay|hide|scared|bad|out of|oot)|(?:nowhere|naewhere|no where) (?:tae|to)"
        r" (?:go|stay|sleep) tonight|(?:black eye|bruises|split lip)(?: \S+){0,12} (?:accident"
        r"|walked into|fell)(?: \S+){0,3} (?:kind of|sort of|not really|it wasnt)|locks? (?:her"
        r"|him|them|me) in (?:the|a|her|his|their|my) (?:flat|house|room|bedroom|home|cupboard"
        r"|shed)",
        after=_JOKE,
        before=r"(?:cat|dog|kitten|puppy|toddler|baby|little one|kids?)(?: \w+)? "
        r"|jok\w*(?: that)? ",
    ),
    # -- someone else at risk
    rule(
        THIRD_PARTY,
        r"(?:posted|posting|post|put up|sent|texted|messaged)(?: \S+){0,6} (?:goodbye|farewell)"
        r"(?: \S+){0,4} (?:insta|instagram|snap|snapchat|story|tiktok|facebook|twitter|discord"
        r"|things?|post|message)|(?:rang|called|phoned|texted|messaged) me to say (?:goodbye|bye)"
        r"|look after (?:the |my )?\w+(?: for me)?(?: \.)?(?: \S+){0,3} (?:and )?(?:then |now )?"
        r"(?:blocked|isnt answering|not answering|phones off|phone is off|not picking up|went"
        r" offline|gone quiet|hasnt answered)|(?:said|says|texted|messaged)(?: \w+)? (?:shes|hes"
        r"|theyre|she is|he is|they are) (?:on|at) (?:a|the) (?:bridge|roof|cliff|tracks|ledge)",
        after=r"(?: \S+){0,4} (?:flight|holiday|airport|trip|moving|old job|job|work|team)(?!\w)",
    ),
    rule(
        THIRD_PARTY,
        r"(?:he|she|they|hes|shes|theyre)(?: \w+)? (?:is |s |are )?(?:ready to die"
        r"|wants? to join(?! (?:us|me|a|the|in)(?!\w))|(?:ll|will) (?:see"
        r"|be with|join) (?:her|him|them|mum|dad) (?:soon|again soon)|better off gone|better off"
        r" dead|deserves? to (?:die|disappear)|tired of (?:this )?(?:life|living))|(?:saying"
        r"|says|said) (?:shes|hes|theyre|she is|he is)(?: \.)? ready(?: to go)?(?: \S+){0,4} (?:not"
        r" ill|means it|scared)|stop(?:ped)? taking"
        rf" (?:her|his|their) (?:\w+ )?{PILLS}(?: \S+){{0,4}} (?:on purpose|deliberately|ready|so)"
        r"|how (?:shed|hed|theyd|she would|he would) (?:do it|end it|kill|die)|(?:jump\w*|throw\w*)"
        r" (?:off|from) (?:the|a) (?:\w+ )?(?:roof|bridge|building|cliff)(?: \S+){0,6} (?:date"
        r"|when)|stopped eating(?: \S+){0,4} (?:said|says|saying|ready|deserves|wants)",
        after=r" (?:in|at|near) (?!this|my|fear|pain)",
    ),
    rule(
        THIRD_PARTY,
        r"giv(?:en|ing|e|es) (?:me )?(?:away )?(?:all )?(?:of )?(?:his|her|their) (?!old|spare"
        r"|baby|outgrown|unused)(?:\w+ ){0,3}?(?:things|stuff|belongings|possessions|gear|games"
        r"|xbox|watch|medals|jewellery|clothes|records|books|guitar)|(?:found (?:a |the )?|(?:he"
        r"|she"
        r"|they)(?:s|ve| has| have)? (?:\w+ )?(?:written|wrote|left) (?:a |the )?)(?:letter|note"
        r"|letters|notes) (?:addressed )?(?:to|for) (?:the kids|his \w+|her \w+|their \w+|the"
        r" family|everyone|me|us)|(?:i think|think|worried|scared"
        r"|afraid) (?:she|he|they)(?:s|ve| has| have)? (?:taken|took) (?:something|pills|tablets"
        r"|an overdose|too many)|empty (?:packets|boxes|bottles|blister packs|pill bottles"
        r"|strips)(?: \S+){0,4} (?:next to|beside|around|by) (?:her|him|them)|(?:passed out"
        r"|unconscious|wont wake|not waking|cant wake)(?: \S+){0,8} (?:packets|pills|tablets"
        r"|empty)|(?:shes|hes|theyve|she has|he has|they have) (?:tried|attempted)(?: (?:it|this"
        r"|suicide))? before|(?:wont|will not|doesnt) open the (?:bathroom )?door(?: \S+){0,8}"
        r" (?:took|taken|pills|tablets|something|answering|scared|worried)|(?:hasnt|has not|not"
        r"|havent|didnt) (?:come out of|left|been out of) (?:his|her|their) (?:room|bedroom)"
        r"(?: \w+){0,2} (?:since|in|for) (?:\d+|three|four|five|days|a week|morning)|(?:pics?"
        r"|pictures?|photos?) of (?:pills|tablets|a rope|a noose|blades?|razors?)",
        after=r"(?: \S+){0,6} (?:gaming|revis\w*|exams?|cold|flu|covid|typical|teenager)(?!\w)"
        r"|(?: \S+){0,4} (?:charity|to (?:his|her) (?:mp|councillor|landlord|employer|boss"
        r"|school|gp|doctor|teacher|solicitor|bank))(?!\w)",
    ),
    rule(
        THIRD_PARTY,
        r"(?:bruises|bruising|burns|cuts|marks|bandages)(?: \S+){0,6} (?:every week|nobody could"
        r" explain|no one could explain|flinch\w*|neat rows|in rows|too many|all up (?:her|his"
        r"|their) arms?|both wrists|wont leave|doesnt leave|dont ask)|(?:stepdad|step dad|daddy"
        r"|dad|uncle|husband|boyfriend|bf|partner|he|she)(?: \w+){0,2} (?:hits|hitting|hurts"
        r"|hurting|beats|beating|belts|smacks|slaps) (?:him|her|them)|(?:hits|hitting|beats"
        r"|beating|hurting|hurts|abuses|abusing|chokes) (?:her|him)(?: \S+){0,8} (?:wont|doesnt"
        r"|will not|cant|wouldnt) leave|(?:hear|heard|hearing)(?: the| my| our)?(?: \w+){0,3}"
        r" (?:screaming|shouting|yelling)(?: \S+){0,4} (?:at night|every night|most nights)"
        r"|(?:seems|is|looks) (?:frightened|scared|terrified) of (?:her|him|them|the night)"
        r"|(?:theyll|they will|hell|he will|shell|she will) (?:stab|shoot|kill|batter|hurt)"
        r" (?:him|her|them)",
        after=_JOKE + r"|(?: \S+){0,4} (?:back|in (?:the )?(?:game|match)|at (?:football|rugby"
        r"|training))(?!\w)|(?: \S+){0,6} (?:walls|party|parties|music|football|telly|tv|noise"
        r"|complain\w*|dementia|dark)(?!\w)",
    ),
    # -- a second reading (authors a and b): the same families, other words
    rule(
        PASSIVE,
        r"disappointed(?: \S+){0,3} (?:i )?(?:woke|wake|am still|im still|still here|still"
        r" alive)|(?:wake|woke) up and (?:im|i am|i feel|feel) disappointed|(?:terminal|cancer"
        r"|incurable)(?: \S+){0,6} (?:feel relieved|be relieved|relief)|(?:shouldnt|should not"
        r"|dont deserve to|do not deserve to|not meant to) (?:be )?(?:in this world|alive|exist"
        r"|be alive)|(?:in|of) this (?:world|earth) (?:any ?more|much longer)|sleep(?: \w+){0,2}"
        r" (?:and|n) skip (?:the rest|it all|everything)|(?:not|never) waking up(?= \.|$| and"
        r" then| crossed)|disappear(?: \S+){0,8} (?:just stop|stop existing|not exist|cease)"
        r"|(?:envy|jealous of|envious of)(?: \w+){0,3} obituar\w*|my life (?:should|would|could"
        r"|will) (?:just )?end(?: by itself| on its own| soon)?|(?:not wishing|dont wish|do not"
        r" wish|dont want|do not want) to continue(?= \.|$| living| with (?:life|living))"
        r"|(?:nobody|no one|noone|naebody) (?:will|would|wid|is going to|gonna) (?:even )?"
        r"(?:miss|notice)(?: me| if i)",
        after=r" (?:on time|in time|for (?:work|school|my|the)|until|till|early)(?!\w)",
    ),
    rule(
        ACTIVE,
        r"(?:step|stepping|walk|walking|jump|jumping|throw myself) (?:out )?in front of (?:a |the"
        r" )?(?:\w+ )?(?:trains?|bus(?:es)?|trucks?|lorr(?:y|ies)|cars?|traffic)|(?:think|thinking"
        r"|thought|urge|tempted|want)(?: \w+){0,3} (?:turning|turn|yanking|yank|jerking|swerving"
        r"|swerve) the (?:steering )?wheel|into (?:the )?oncoming (?:traffic|lorry|car|truck)"
        r"|do(?:ing)? away with my ?self|(?:keeps?|kept) joking about (?:jumping|killing (?:him"
        r"|her|my)self"
        r"|ending it|topping)",
    ),
    rule(
        PLAN,
        r"if(?: \S+){0,8} (?:then )?(?:that is|thats) it(?= \.|$| ive decided| i decided)"
        r"|(?:what|which) (?:they|vets|you) use to put (?:dogs|animals|cats|pets) down"
        r"|(?:ordered|bought|got) something (?:online )?(?:that )?(?:im|i am|i) (?:not going to"
        r"|wont|will not|cant|rather not) (?:name|say|tell you)|(?:looked|look|looking|stared"
        r"|staring) (?:at|over|down) the (?:drop|edge)(?= \.|$| for| and| again)|(?:taking|took"
        rf"|taken|nicking|stealing)(?: \w+){{0,2}} (?:nans?|mums?|dads?|grans?|grandads?) {PILLS}"
        r"|i know (?:exactly )?what (?:it|they|that|those|a \w+ dose)(?: \w+)? (?:would|will"
        r"|could|does) do",
        after=r" (?:to (?:my|her|him|them|the|us)|for (?:me|you))(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:none of (?:this|it)|this|it) (?:is|was|s) (?:not )?on you(?= \.|$| please| dont)"
        r"|none of (?:this|it) (?:is|was) (?:ever )?(?:your|ur|his|her|their) fault|(?:sessions"
        r"|appointments)(?: \S+){0,4} (?:wont|will not|dont|do not|no longer) (?:be )?need(?:ing)?"
        r" (?:them|those|these)|(?:sorted|signed|done) (?:everything|it all|all|whatever) (?:that"
        r" )?(?:needed|needs) (?:sorting|signing|doing)|(?:sorted|bought|took out|arranged|paid"
        r" for|set up) (?:a |my )?(?:funeral plan|prepaid funeral)|funeral plan (?:is )?(?:paid"
        r"|sorted|in place|done)|(?:written|wrote|left) a (?:letter|note) for (?:my )?(?:mother|mum"
        r"|mom|father|dad|wife|husband|son|daughter|kids|children|family|parents|sister|brother)"
        r"(?!\w)|in case (?:im|i am|i) (?:not|m not|wont be) (?:around|here)|left (?:my|the) \w+"
        r"(?: \w+){0,3} with a note|(?:sorted|sorting|decided|worked out|written down|wrote"
        r" down|listed)(?: out)? who gets (?:my|what)|(?:returned|returning|gave"
        r" back|giving back) (?:everyones|all the|peoples) (?:stuff|things|books)|so (?:nobody|no"
        r" one|noone) (?:has|have|will have|would have|needs) to (?:deal with|sort|clean|find)"
        r"|to my (?:\w+ )?(?:partner|wife|husband|family|sister|brother|mum|dad|son|daughter"
        r"|kids) afterwards|(?:shell|hell|theyll|she will|he will|they will) understand why"
        r"|(?:doesnt|dont|does not|do not) need to know why|wanted (?:her|him|them) to have that"
        r"(?= \.|$)|tidying up before (?:leaving|i go"
        r"|going|i leave)|(?:she|he|they) can have (?:the|my) (?:plants|cat|dog|car|flat|stuff"
        r"|things|books|records)|one last (?:message|email|text|note)|my (?:very )?last (?:message"
        r"|email|text|note) (?:to you|ever|before i)",
        after=r"(?: \S+){0,4} (?:while (?:im|i am|we)|as (?:im|i am)|because|holiday|leave"
        r"|maternity|new job|moving)(?!\w)",
    ),
    rule(
        ACUTE,
        r"(?:^|\. )(?:\d+ ?(?:am|pm) )?(?:im |i am )?(?:at|by|on) the (?:river|canal|reservoir"
        r"|pier|dam|harbour|weir|quarry|sea wall)(?= \.|$| and| water)|(?:water|drop|edge) looks"
        r" (?:so )?(?:calm|inviting|peaceful|easy)|(?:writing|typing|texting|emailing)(?: this"
        r"| you)? from (?:the )?(?:roof|top|edge|bridge|cliff|tracks|platform|car park|multi"
        r" storey)|(?:peaceful|calm|quiet|windy) up here|top of the (?:cliffs?|bridge|tower)"
        r" at|(?:rope|noose|cord|belt)(?: is| s)?(?: already| all)? (?:ready|up|tied|set up|in"
        r" place)",
        after=r"(?: \S+){0,6} (?:holiday|walk|hike|kids|view|lovely|fishing|swim\w*|paddle"
        r"|kayak\w*|for the (?:tent|boat|washing))(?!\w)",
    ),
    rule(
        SELF_HARM,
        r"used to (?:cut|self harm|burn myself)(?: \S+){0,14} (?:did it|relapsed|back|again)"
        r"|scratches on my (?:wrists?|arms?|thighs?|legs?)|(?:burn|burned|burnt|burning|cut"
        r"|cutting|scratch|scratched|hit|punch|punched|bang|banged|bit|pinch|pinched)(?: \S+){0,6}"
        r" (?:on purpose|deliberately|intentionally)|(?:took|taken|swallowed) (?:more|extra|too"
        r" many|too much)(?: \w+){0,2} (?:than (?:the|it|i|my)|on purpose)|starved my ?self"
        r"|(?:bang|banging|banged"
        r"|bash\w*) my head (?:\w+ ){0,4}(?:till|until|til|so hard)|again the cutting|the"
        r" cutting again|(?:think|thinks|thought|told|said)(?: \S+){0,3} (?:it was|its|it is"
        r"|they were|they are) (?:from )?(?:the cat|diy|the dishwasher)",
        after=r"(?: \S+){0,4} (?:by (?:accident|mistake)|accidentally|without thinking|oops"
        r"|ouch|brambles|thorns|hike|gardening)(?!\w)| (?:made|built|designed)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"(?:whats|what is) even the point|(?:a|such a) nuisance to (?:everyone|everybody|my"
        r" family|all)|(?:dont|do not|cant|cannot) see (?:it|things|this|life) (?:ever )?"
        r"(?:improving|getting better|changing)|(?:fine|manage|cope|carry(?:ing)? on|get by)"
        r"(?: \w+)? without me(?= \.|$| and| it| anyway)",
        after=r"(?: \S+){0,3} (?:on (?:friday|monday|tuesday|wednesday|thursday)|next|this week"
        r"|tomorrow|today|while|at work)(?!\w)",
    ),
    rule(
        DANGER,
        r"(?:turning|turns|showing|shows) up (?:outside|at) (?:my )?(?:work|house|flat|door"
        r"|school|office|home)|(?:he|she) checks(?= \.|$)|if (?:you|u) get (?:an email|a message"
        r"|a text) from me saying|(?:say|pretend) (?:its|it is|youre|you are) (?:the )?(?:dentist"
        r"|doctor|hairdresser|gym|bank|pharmacy|school)|(?:someone|somebody|he|she|they|ex)"
        r"(?: \w+)? (?:keeps? )?(?:leaving|sending|left|sent)(?: \w+){0,2} (?:notes|flowers"
        r"|letters|gifts|things|a dead \w+|dead \w+)(?: \w+){0,3} (?:on|to|at|outside) (?:my|the)"
        r" (?:doorstep|door|car|office|work|house)|i know (?:what time|where|when) (?:you|u)"
        r" (?:get home|live|leave|finish)|marry me (?:off )?to|(?:they|he|she) (?:have|has) my"
        r" passport|(?:gets|get|is|comes home) drunk(?: \S+){0,4} (?:it gets|gets|things get)"
        r" (?:bad|scary|violent|nasty|rough)|(?:hes|he is|shes|she is|theyre)(?: \w+)?"
        r" (?:smashing|breaking|throwing) things|hiding in the (?:bathroom|bedroom|toilet"
        r"|cupboard|wardrobe)|(?:post|share|send|leak)(?: \w+){0,2} (?:the |my )?(?:videos"
        r"|photos|pictures|pics|nudes)(?: \S+){0,4} (?:if|unless)",
        after=r"(?: \S+){0,4} (?:hide and seek|the kids|lol|haha|for (?:the|a) (?:party"
        r"|surprise)|visa|renewal|embassy|office|application)(?!\w)",
    ),
    rule(
        THIRD_PARTY,
        r"when(?: \.)? not if|(?:keeps? saying|keeps? telling \w+)(?: that)? (?:shes|hes|theyre"
        r"|she is|he is|they are) ready|(?:said|says) (?:her|his|their) goodbyes|gave me"
        r" (?:his|her|their)(?: \S+){0,6} (?:look after|keep (?:them|it))|(?:said|says|texted"
        r"|messaged|rang|called)(?: \w+){0,2} (?:shes|hes|theyre|she is|he is|they are) (?:on|at)"
        r" (?:a|the) (?:\w+ )?(?:bridge|roof|cliffs?|tracks|ledge|edge)|(?:hell|shell|theyll|he"
        r" will|she will) (?:see|be with|join) (?:her|him|them|mum|dad|nan|grandad) (?:soon"
        r"|again soon)|(?:says|said|claims)(?: \w+)? (?:its|it is|theyre|they are|it was|are)"
        r" from (?:cooking|the kitchen|the cat|sport|football|the dog)|(?:children|kids|child"
        r"|boy|girl|baby) (?:are |is |get |gets )?(?:locked|left) (?:in|alone)(?: \w+){0,3}"
        r" (?:most days|all day|every day|for hours|at night)|threaten\w* (?:her|him|them) with"
        r" (?:a |the )?(?:gun|knife|weapon)",
        after=r"(?: \S+){0,6} (?:team|colleagues|retire\w*|leaving do|party|flight|airport"
        r"|holiday|job)(?!\w)",
    ),
    # -- common wordings no corpus author has used yet, so the families reach past the corpus
    rule(
        PASSIVE,
        r"(?:hop\w*|wish\w*|pray\w*) (?:that )?(?:i|ill|id|i would|i will|i had|i get|i got)"
        r" (?:just )?(?:die|died|pass away|get ill and die|had cancer|get cancer|have cancer|was"
        r" terminal|am terminal|dont wake|never wake|not wake|get hit|got hit)|so (?:it|this"
        r"|everything) (?:would|could|will) (?:all )?(?:be over|end|stop)(?= \.|$| for good)"
        r"|(?:being dead|death|not existing)(?: \w+)? (?:would|will|must|might|could|seems"
        r"|sounds|feels|looks)(?: like)? (?:just )?(?:be |feel )?(?:a |so |really |quite )?"
        r"(?:rest|restful|peaceful|nice|relief|easier|release|lovely|quiet|welcome|tempting"
        r"|appealing|inviting)|(?:ready for|want|wish|waiting for|need) (?:it all|everything|life"
        r"|this life|all of it|my life) to (?:be over|end|stop)|welcome (?:a |an )?(?:heart attack"
        r"|stroke|fatal accident|crash|the end)|feel(?:ing)? like dying|i (?:just )?want out"
        r"(?= \.|$| of (?:this life|life|everything))|(?:and|then) (?:just )?(?:not|never) (?:come"
        r"|coming) back(?= \.|$)",
        after=r" (?:my|her|his) hair|(?: \S+){0,6} (?:lol|haha|holiday|contract|lease|job)(?!\w)",
    ),
    rule(
        ACTIVE,
        r"throw(?:ing)? my ?self (?:off|in front of|under|from|into)|under (?:a |the )?train"
        r"|drown(?:ing)? my ?self|walk(?:ing|ed)? into the (?:sea|river|lake|water)(?: \S+){0,4}"
        r" (?:and not|never|keep going|not stop)|(?:jump|jumping|jumped) (?:off|from) (?:a |the"
        r" |my |our )?(?:\w+ )?(?:car park|multi storey|tower|block|flats|ledge|building|bridge)"
        r"|since my (?:attempt|overdose|od)|my (?:last|previous|first|second) attempt|(?:end|stop)"
        r" (?:the|my) (?:pain|suffering) (?:forever|for good|permanently)|end my suffering"
        r"|slit(?:ting)? my wrists?",
        after=r"(?: \S+){0,4} (?:trampoline|pool|swimming|bungee|skydiv\w*|parachute|driving"
        r"|test|exam|recipe)(?!\w)",
        before=r"(?:who|that|lad|man|woman|people|person) ",
    ),
    rule(
        PLAN,
        r"how (?:much|many)(?: of)?(?: my| the)? (?:\w+ )?" + PILLS + r" (?:id|i would|i d|youd)"
        r" (?:need|take)|(?:research\w*|googl\w*|looked up|looking up|searched|read up on|reading"
        r" up on)(?: \w+){0,2} (?:which|what) (?:method|way|poison|knot|rope)|(?:measured"
        r"|checked|looked at|timed)(?: the)? (?:drop|fall)(?= \.|$| from| off| at| of the"
        r" (?:bridge|building|car park|cliff))",
    ),
    rule(
        PREPARATORY,
        r"(?:given|gave|giving|rehom\w*)(?: away)? (?:my|our) (?:dog|cat|pets?|puppy|kitten"
        r"|rabbit|budgie|parrot|tortoise|hamster)(?: \w+){0,4} (?:to keep|for good|forever"
        r"|permanently|to look after)|(?:giv(?:e|ing|en)|gave) away (?:all |most of )?my (?!old"
        r" |spare |baby |kids )(?:\w+ )?(?:things|stuff|books|records|vinyl|clothes|jewellery"
        r"|guitar|games|collection|belongings|possessions|art|plants|furniture)",
        after=r"(?: \S+){0,6} (?:charity|moving|declutter\w*|while|holiday|weekend)(?!\w)",
        before=r"(?:moving|move|clear ?out|declutter\w*)(?: \S+){0,10} ",
    ),
    rule(
        SELF_HARM,
        rf"(?:took|take|taking|taken) (?:a|the) (?:razor|blade|knife|lighter|scissors|compass) to"
        rf" my {_BODY}",
    ),
    rule(
        HOPELESS,
        r"no point (?:in |to )?(?:anything|any of (?:it|this)|carrying on|going on|being here|it"
        r" all)(?: any ?more)?|(?:given|gave|giving) up on (?:life|living|everything|myself)"
        r"|dragging (?:everyone|everybody|my family|people|them|you all) down|(?:ill|i will|im)"
        r" never (?:going to )?(?:be happy|feel better|be okay|be ok|be normal|be well)|had enough"
        r" of (?:life|living|everything|it all|being alive|this life)|(?:life|it) (?:is|isnt|is"
        r" not|s)(?: not)? worth living|(?:not|no longer) worth living",
        after=r" (?:with|about|in (?:this|that)|at (?:work|this job))(?!\w)",
    ),
    rule(
        DANGER,
        r"(?:being|been|is|was) (?:abused|beaten|assaulted|groomed|molested|raped)(?: \w+){0,2}"
        r" (?:at home|by (?:her|his|their|my) \w+)|threaten\w* me with (?:a |the |his |her )?"
        rf"(?:{_GUN}|knife|weapon|bat)|(?:he|she|they) controls? (?:all )?(?:the|my) (?:money"
        r"|finances|phone|bank)|(?:bruises|marks) (?:from|where)(?: \w+){0,3} (?:he|she|they)"
        r" (?:grabbed|hit|kicked|punched|held|squeezed)",
    ),
    rule(
        THIRD_PARTY,
        r"(?:said|says|texted|sent|messaged)(?: me)? (?:goodbye|bye)(?: \S+){0,4} (?:wont|isnt"
        r"|not|hasnt|doesnt) (?:answer|answering|replying|reply|picking up|respond\w*)",
    ),
    # Someone else, in the words of the families above ("she's been saving up her pills").
    rule(
        THIRD_PARTY,
        r"(?:he|she|they)(?:s| is| has| have|ve)? (?:been )?(?:saving|stockpiling|hoarding"
        r"|stashing|collecting|saved)(?: up)? (?:his|her|their) (?:\w+ )?(?:pills|tablets|meds)"
        r"|(?:he|she|they)(?:s| has| have)? (?:been )?(?:searching|googling|looking up|looked up)"
        r"(?: \S+){0,2} (?:painless )?(?:ways to die|how to die|suicide|methods)|(?:hes|shes|he is"
        r"|she is|theyre) (?:gonna|going to) (?:kms|kill (?:him|her|them)sel\w+|end it|jump)"
        r"|(?:says|said|saying|keeps saying|thinks) (?:hes|shes|theyre|he is|she is) (?:a burden"
        r"|better off dead)|(?:took|taken|swallowed) (?:a bunch|too many|all|loads|lots) of"
        r" (?:his|her|their) (?:\w+ )?(?:pills|tablets|meds)|(?:he|she) (?:cant|can not|cannot"
        r"|doesnt|dont|does not) see the point|(?:he|she|they) (?:will|is going to|gonna|ll)"
        r" (?:drink|take) (?:poison|all (?:his|her|their) pills)|(?:husband|boyfriend|partner|bf"
        r"|son|employer|stepdad)(?: \w+){0,2} (?:beat|beats|hits|hit|threatens|locks) her",
        after=r"(?: \S+){0,6} (?:lol|haha|for (?:his|her|their) (?:holiday|trip|exam))(?!\w)",
    ),
    # More of the same families, said in words nobody in the corpus used.
    rule(
        PASSIVE,
        r"asleep (?:forever|for ever|for good|and never)|(?:cba|cant be bothered|can not be"
        r" bothered)(?: with)? (?:being alive|living|life|existing)|(?:want|wanna|going) to be"
        r" (?:here|around|alive) (?:much|for much) longer",
    ),
    rule(
        ACTIVE,
        r"(?:close|near|nearly|almost)(?: to)? (?:ending (?:it|things|my life)|doing it|jumping"
        r"|jumped|taking (?:all )?(?:my|the) (?:pills|tablets)|killing myself|did it|went through"
        r" with it|overdos\w*)",
        after=r"(?: \S+){0,6} (?:lol|haha|exam|marathon|test|race|pb|deadline|job|application"
        r"|quit|quitting)(?!\w)",
    ),
    rule(
        PLAN,
        r"(?:saved|stashed|stockpiled|put by|put aside|collected)(?: up)? (?:to|for when i) do it"
        r"|(?:lethal|fatal|deadly|toxic) (?:doses|amounts|levels)|(?:he|she|they|partner|husband"
        r"|wife|son|daughter)(?: \w+)? (?:has|keeps|hid|hidden|got) (?:a |the )?(?:rope|noose"
        r"|hose)(?: \w+){0,2} (?:hidden|in the (?:garage|shed|loft|car|boot|wardrobe))",
    ),
    rule(
        PREPARATORY,
        r"(?:for|when|before) (?:they|someone|somebody|my \w+|you|he|she) (?:finds?|found) me"
        r"|(?:sorted|sorting|decided|worked out|arranged)(?: out)? who(?:ll| will| is going to"
        r"| gets| can)? (?:have|take|look after|get) (?:my|the) \w+|(?:no ones|nobodys) left"
        r" (?:with|holding)|(?:paid|paying|cleared) (?:off )?all my (?:debts|loans|bills)",
    ),
    rule(
        ACUTE,
        r"(?:taken|took|swallowed) (?:everything|all) (?:i had|i could find|in the house|i had"
        r" left)|(?:in|inside) the car(?: \S+){0,4} (?:engine|motor) (?:is |still )?running"
        r"|(?:standing|stood|sitting|waiting)(?: \S+){0,6} (?:for|on) the (?:fast|express"
        r"|through) train",
        after=r"(?: \S+){0,6} (?:to (?:not|stop|keep)|outside|waiting for|pick\w*|traffic"
        r"|commute|work)(?!\w)",
    ),
    rule(
        SELF_HARM,
        rf"(?:burn\w*|scald\w*)(?: my)? {_BODY} with (?:a |the )?(?:cigarettes?|lighter|matches"
        rf"|iron|hot)|bruis\w* (?:my ?self|my {_BODY})|(?:cut|cutting|carving|slicing) (?:into )?"
        r"my (?:stomach|hips?|belly|chest|ankles?|forearms?|shoulders?|sides?)",
        after=r"(?: \S+){0,4} (?:by (?:accident|mistake)|accidentally|cooking|baking|ironing"
        r"|shaving|chopping)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"past caring(?: about (?:anything|it all|life|myself))?(?= \.|$| about (?:anything|it"
        r" all|life|myself))",
    ),
    rule(
        DANGER,
        r"(?:afraid|scared|frightened|terrified) (?:of )?what (?:he|she|they)(?:ll| will| might"
        r"| would|d)? (?:do|does)",
    ),
    rule(
        PASSIVE,
        r"(?:not|no longer|dont|do not) (?:wanting|wishing|willing) to (?:live|be alive|go on"
        r"|continue)|no (?:wish|desire|will) to (?:continue|live|go on|be alive)|if i (?:went"
        r"|died|passed|go|die)(?: \w+){0,2} (?:i )?(?:wouldnt|would not|wont|dont) (?:be sorry"
        r"|mind|care)|(?:im|i am) ready to go(?: \.)? (?:ive|i have|im|i am) (?:had enough|done"
        r"|tired)|better (?:to|if i) (?:just )?(?:not be born|never have been born|not exist|not"
        r" be here|be dead|not wake up)|(?:happy|glad|content|willing) to die|(?:pray\w*|hop\w*"
        r"|wish\w*)(?: \S+){0,4} (?:i )?(?:dont|do not|never|wont|not) (?:see|make it to) (?:the"
        r" )?(?:morning|tomorrow|another day|next year|christmas|my birthday)|(?:ground|earth|sea)"
        r" (?:would |to )?(?:just )?(?:open up and )?(?:take|swallow) me(?: \S+){0,4} (?:not (?:in"
        r" a|as a) (?:funny|joke|jokey)|for real|literally|forever|for good)|(?:dinnae|dinna|dont"
        r"|do not) want (?:tae|to) be here(?: \S+){0,2} (?:nae mair|nae more|no more|any ?more)",
        after=r" (?:my|her|his) hair|(?: \S+){0,6} (?:lol|haha)(?!\w)",
    ),
    rule(
        ACTIVE,
        r"finish(?:ing)? (?:my ?self|me ?self)|(?:thoughts?|thinking|thought) (?:about|of)"
        r" (?:hanging|jumping|overdosing|drowning)(?= \.|$| again| my ?self| off)",
        after=r" (?:my|her|his) hair| off (?:the|this|my) (?!life)|(?: \S+){0,4} (?:lol|haha"
        r"|philosoph\w*|documentary|book|novel|film|essay)(?!\w)",
    ),
    rule(
        PLAN,
        r"(?:whole|entire|all my|all of my) (?:prescription|supply|stash)(?: \w+){0,2} (?:ready"
        r"|lined up|out|tonight)",
    ),
    rule(
        PREPARATORY,
        r"(?:given|gave|giving|give) (?:away )?(?:all )?my (?:things|stuff|belongings|possessions)"
        r" (?:to|away)|(?:know|tell \w+|tell them)(?: \w+)? (?:that )?i loved (?:them|him|her|you)"
        r"|made (?:my )?peace with (?:everyone|everything|it all|god|dying|my decision|the"
        r" decision)|(?:you|u|they|nobody|no one|everyone)(?:ll)? (?:wont|will not|will never"
        r"|dont)? ?(?:have to|need to) (?:deal with|worry about|put up with|look after) me (?:any"
        r" ?more|again|much longer|for long|soon)|(?:ive|i have|i) (?:done it|did it)(?: \S+){0,4}"
        r" (?:taken|took|swallowed|cut|jumped)",
        after=r"(?: \S+){0,6} (?:charity|moving|declutter\w*|holiday|weekend|lol|haha|exam"
        r"|passed|test)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"(?:life|living|everything|my life) (?:has|holds) no (?:meaning|point|purpose|value)"
        r"|nothing (?:left )?to look forward to",
        after=r" (?:this|at work|except|but|until|till|on|without|lol|haha)(?!\w)",
    ),
    rule(
        DANGER,
        rf"{_WHO}(?: \w+){{0,2}} (?:touches|touched|touching|molests|molested|abuses|abused|rapes"
        r"|raped) (?:me|her|him)",
    ),
    # The indirect ones: an ending hinted at, the means looked at, an apology in advance.
    rule(
        PASSIVE,
        r"(?:eternal|permanent) (?:rest|sleep)|(?:dont|do not|no longer|dont really) care (?:what"
        r"|if anything) happens to me",
    ),
    rule(
        ACTIVE,
        r"hop\w* (?:i|id|i would)(?:d)? (?:crash|would crash|die|hit something)|(?:wish|if) i"
        r" (?:had|could find|got) the (?:courage|guts|nerve|bottle) to (?:go through with it|end"
        r" it|kill myself|end my life)|if i (?:had|could get|owned) (?:a )?(?:gun|pistol|rifle"
        r"|firearm)(?: \S+){0,3} (?:id|i would|i d) (?:use it|do it)(?= \.|$| on my ?self)",
    ),
    rule(
        PLAN,
        r"(?:reading|read|researching|looking) (?:up )?(?:about )?how (?:people|others|they|you)"
        r" (?:do it|did it|kill themselves|end it)|(?:held|holding|stared at|staring at)"
        r" (?:the |my |all the )?(?:pills|tablets|blade|razor|rope)(?: \S+){0,4} (?:for ages|for"
        r" an hour|for hours|for a long time)|(?:put|keep|left|hid) (?:the |a )?(?:rope|noose"
        r"|hose|hosepipe)(?: \w+){0,2} (?:in|under|behind) (?:the|my) (?:car|boot|bed|wardrobe"
        r"|shed|garage)|(?:keep|kept) (?:looking|staring) at (?:the )?(?:knives|pills|tablets"
        r"|rope|razor|blades|tracks|bridge)|(?:looking|looked|stared|staring) at (?:the )?"
        r"(?:tracks|train tracks|railway|drop|edge|bridge|knives|pills)(?: \S+){0,6} (?:thought"
        r"|thinking|how easy|wondering)",
        after=r"(?: \S+){0,6} (?:dosette|week|pharmacy|prescription|chopping|cooking|washing|map"
        r"|hike|climbing|club)(?!\w)",
    ),
    rule(
        PREPARATORY,
        r"(?:last time|the last) (?:you|u)(?:ll| will)? (?:hear from|get (?:a|an) (?:email"
        r"|message) from) me|(?:sorry|forgive me) for what (?:im|i am) (?:about|going) to do",
        after=r"(?: \S+){0,6} (?:holiday|trip|travel\w*|abroad|lol|haha|inbox|email)(?!\w)| to"
        r" (?:your|you|the)(?!\w)",
    ),
    rule(
        HOPELESS,
        r"(?:everyone|everybody|they|you all|my family)(?:ll| will| would|d)? be better off"
        r" (?:without me|when im gone|once im gone)",
    ),
    rule(
        DANGER,
        r"(?:nobody|no one|never)(?: \w+){0,2} (?:find|found) (?:my|your|me|the) body(?! of)"
        rf"|{_WHO}(?: \w+){{0,2}} (?:broke|has broken|breaks|broken) in(?= \.|$| last| again"
        r"| while| and)|(?:got|has|had|with) a (?:knife|gun|weapon)(?: \S+){0,4} (?:threaten\w*"
        r"|waving|pointing)",
    ),
    # Reported about someone else, so the third person names it before the first-person families.
    rule(
        THIRD_PARTY,
        r"(?:says|said|told \w+(?: \w+)?|saying)(?: that)? (?:she|he|they)(?:s|d|ll| is| will"
        r"| would)? (?:wants? to die|be better off dead|thinking of ending it|end it all|going to"
        r" end it|(?:gonna|going to) take all (?:her|his|their) pills|(?:gonna|going to) (?:drive"
        r"|jump|walk|crash))|(?:she|he)s taken all (?:her|his) pills|(?:sent|posted|texted|wrote)"
        r"(?: \S+){0,6} saying goodbye|(?:her|his|their) (?:boyfriend|husband|partner|girlfriend"
        r"|wife|bf|gf|dad|father|stepdad) (?:checks|reads|controls|monitors|hits|beats)|sorry for"
        r" everything(?: \S+){0,4} (?:turned (?:his|her|their) phone off|blocked|not answering"
        r"|isnt answering)|(?:has|have|hes|shes) been (?:searching|googling|looking up)(?: \S+)"
        r"{0,2} (?:painless )?(?:ways to die|how to die|suicide|methods)|(?:keeps saying|says"
        r"|said)(?: \S+){0,3} better off with (?:the )?(?:insurance|life insurance|payout)"
        r"|(?:his|her) (?:shotgun|gun|rifle|pistol)(?: \S+){0,4} (?:out of|from) the (?:cabinet"
        r"|safe)|said(?: \w+)?(?: \.)? (?:this will be|its) the last time (?:you|u)|(?:found"
        r"|noticed|saw) (?:cuts|scars|burns|marks|bruises) on (?:my |her |his )?\w+s (?:arms?"
        r"|legs?|wrists?|thighs?)|(?:shes|hes|she has|he has)(?: \.)? done (?:her|his) sums"
        r"|(?:asking|asked|begging) (?:me )?(?:to )?(?:bring|get|buy) (?:her|him) (?:extra|more)"
        r" (?:\w+ )?(?:pills|tablets|meds)|(?:hes|shes|he has|she has) got a (?:rope|noose|gun"
        r"|hose)|posting (?:really |very )?dark (?:stuff|things|posts)|found (?:a )?(?:length"
        r"|piece|bit) of (?:hose|hosepipe|tubing)",
        after=r"(?: \S+){0,6} (?:lol|haha|spider|every time|exam|test|game|match|for (?:his|her)"
        r" (?:holiday|trip|exam|club))(?!\w)",
    ),
)
