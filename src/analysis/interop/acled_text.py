"""The words the rule reads in ACLED's notes and their sentences (clauses: :mod:`.acled_clause`), for the rule.

>>> [m.group(0) for m in verbs("Two soldiers Defected; one was captured.")]
['defected', 'captured']
"""

from __future__ import annotations

import re

from .acled_border import ABROAD, BORDER, NO_SIDE
from .acled_border import COUNTRIES as COUNTRIES
from .acled_preamble import body as body

#: The junta by its own names, the one list (lower case, read with re.I): 'went over to the military', 'broke away
#: from the Tatmadaw', 'the SAC later deleted the post'. Patterns add what they need ('military council', 'police').
JUNTA_NAMES = r"military|junta|regime|tatmadaw|sac|army"
#: the Civil Disobedience Movement, as the notes name it ('joined the CDM'), lower case, read with re.I
CDM = r"(?:cdm|civil disobedience movement)"
#: units whose 'men' are personnel ('men from three companies of the Pyu Saw Htee'; not 'of a mining company'), re.I
UNIT_WORDS = (
    r"units?|columns?|platoons?|regiments?|battalions|(?<!mining )(?<!plantation )(?<!construction )compan(?:y|ies)|"
    r"pyu saw htee|militia"
)
#: the men who hold a post: 'the men holding it', 'Twenty-three of the men manning the post' (personnel, not civilians)
HOLDING_IT = (
    r"(?:holding|manning|guarding|defending)\s+"
    r"(?:it|the\s+(?:[\w'’-]+\s+){0,4}?(?:post|camp|base|outpost|station|checkpoint))\b"
)
POSITIONS = (
    r"(?:bases?|posts?|outposts?|camps?|positions?|stations?|checkpoints?|headquarters|gates?|"
    r"battalions?|garrisons?|towns?|hill(?:top)?s?|bunkers?)"
)
#: Relatives of personnel, never personnel: the one list every reading of the notes uses.
RELATIVES = r"wi(?:fe|ves)|husbands?|sons?|daughters?|fathers?|mothers?|parents|famil(?:y|ies)|relatives|child(?:ren)?"
#: The words :data:`RELATIVES` can match, lower case: a substring test before the regex runs.
RELATIVE_WORDS = tuple("wife wives husband son daughter father mother parent famil relative child".split())
#: any word for relatives, in any case (the one compiled form of :data:`RELATIVES`)
RELATIVE = re.compile(rf"\b(?:{RELATIVES})\b", re.I)
#: nouns for people of no side ('11 people', 'five persons accused of ...'): counted, never named a side
ANYONE_WORDS = ("people", "persons", "individuals")
#: people 'seized' or 'caught' (a capture only of them: 'seized weapons' is none)
RANKS = (
    r"lance corporals?|corporals?|sergeants?|senior sergeants?|warrant officers?|privates?|captains?|majors?|"
    r"lieutenant colonels?|lieutenants?|colonels?|brigadier generals?|major generals?"
)
#: people who serve no side now, skipped when the words name others too ('two former soldiers and three soldiers');
#: civilians when they are all the words name
NOT_SERVING = re.compile(
    rf"(?i)\b(?:(?:retired|former|ex-)\s*(?:[\w-]+\s+){{0,2}}?"
    rf"(?:soldiers?|officers?|servicem[ae]n|police(?:\s+(?:{RANKS}|officers?|m[ae]n))?|{RANKS}|members?|fighters?|"
    r"doctors?|surgeons?|nurses?|"
    r"militiam[ae]n|policem[ae]n|personnel|troops|commanders?(?=,?\s+who\s+(?:had\s+|has\s+)?(?:retired|resigned|left|quit)))|"
    r"(?:retired|ex-)\s*(?:[\w-]+\s+){0,2}?commanders?|"
    r"(?:junta |military |police )?informants?|(?:village|ward|village tract) (?:chiefs?|heads?)|usdp(?: members?)?|"
    r"union solidarity and development party(?: members?)?|judges?|teachers?|court clerks?|civil servants?|"
    r"(?<!army )(?<!military )(?<!navy )(?<!naval )(?<!force )(?<!police )(?:doctors?|surgeons?|nurses?|clerks?)"
    r"(?!\s+(?:from|of)\s+(?:the\s+)?(?:army|military|air force|navy|police)(?![\w-])))\b"
)


_IDLE_WORDS = ("retired", "former", "ex-", "informant", "usdp", "union solidarity", "village", "ward", "judge", "clerk")
_IDLE_WORDS += ("teacher", "doctor", "surgeon", "nurse", "civil servant")


def idle_spans(low: str) -> list[tuple[int, int]]:
    """Where the (lower-case) words name people who serve no side (:data:`NOT_SERVING`), searched only where one of
    its words stands in them."""
    if not any(w in low for w in _IDLE_WORDS):
        return []
    return [m.span() for m in NOT_SERVING.finditer(low)]


#: what the police own or hold, never its people ('the police base', 'two police motorbikes', 'police rifles'):
#: the police named for who the words name; with its battalions, for people a figure counts
_POLICE_OWN = (
    r"stations?|headquarters|posts?|outposts?|bases?|positions?|camps?|checkpoints?|vehicles?|motorbikes?|trucks?|"
    r"pickups?|cars?|boats?|weapons?|arms|ammunition|rifles?|guns?|firearms?|pistols?|drones?|radios?|armou?ry|"
    r"documents?|cards?|ids?|records?|equipment|barracks|lines|garrisons?|buildings?|compounds?|offices?|uniforms?|"
    r"depots?|residences?|houses?|motorcycles?|vans?|jeeps?|ammo|boxes|sub-stations?"
)
POLICE_THINGS = rf"[\s-]+(?:{_POLICE_OWN})\b"
#: 'police' as people ('captured 8 police alive', 'five police guarding the bridge'; never 'the police battalion')
POLICE_PEOPLE = rf"police(?![\s-]+(?:{_POLICE_OWN}|battalions?|and military)\b)"
#: (the sift's CANDIDATE runs in RE2, which has no look-ahead: it takes the plain list, the close reading the other)
PEOPLE_TAKEN = r"soldiers?|troops?|members?|police officers?|policem[ae]n|personnel|prisoners?|police"
_TAKEN_PEOPLE = PEOPLE_TAKEN.replace("troops?", r"troops?(?!\s+(?:carriers?|trucks?|transports?|vehicles?))") + (
    rf"|{POLICE_PEOPLE}"
)
#: what a side holds and can leave or abandon (no town or hill: 'residents left the town', 'the town was abandoned')
HELD = r"(?:bases?|posts?|outposts?|camps?|positions?|stations?|checkpoints?|headquarters|garrisons?|bunkers?)"
#: a word that is not of a post's name ('the Ka Ni Taung police station'), but where or whose ('residents around')
NOT_A_POSTS_NAME = (
    r"(?!(?:at|in|on|near|from|to|of|by|and|around|outside|beside|behind|residents|villagers|civilians|"
    r"people(?!['’]s)|families)\b)"
)
OWN_POSITIONS = (  # 'left its camp', 'left two of their posts': a side's own positions left (not 'to attack')
    r"\s+(?:(?:two|three|four|five|all|both|some|several|\d+)\s+of\s+)?(?:its|their)\s+"
    rf"(?:(?!(?:at|in|on|near|from|to|of|by|and)\b)[\w'-]+\s+){{0,4}}?{HELD}\b|"
    # 'left two checkpoints on the Muse road and handed them over' (not 'left the outpost and handed them over': people)
    r"\s+(?:the|two|three|four|five|six|\d+|both|all)\s+(?:[\w'-]+\s+){0,3}?(?:bases|posts|outposts|camps|positions|"
    r"stations|checkpoints)\b[^.;,]{0,60}?\band\s+handed\s+them\s+over(?!\s+to\s+(?:the\s+|a\s+)?(?:pyu|militia|army|military|junta|police|soldiers|troops))|"
    r"\s+(?:a|an)\s+(?:[\w'-]+\s+){0,3}?(?:base|post|outpost|camp|station|checkpoint)\b[^.;,]{0,40}?\band\s+handed\s+it\s+over"
    r"(?!\s+to\s+(?:the\s+|a\s+)?(?:pyu|militia|army|military|junta|police|soldiers|troops))|"
    # 'left the outpost and withdrew to the town', 'left several outposts ... and pulled back to Bhamo', 'left two hill
    # positions after days of shelling', 'left four to five hill camps overnight'
    r"\s+(?:the|several|some|all|both|(?:around|about|some|over|nearly|at least|more than)\s+\d+|\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten|a dozen)(?:\s+to\s+\w+)?\s+"
    rf"(?:{NOT_A_POSTS_NAME}[\w'-]+\s+){{0,4}}?(?:and\s+(?:{NOT_A_POSTS_NAME}[\w'-]+\s+){{1,4}}?)?{HELD}\b[^.;]{{0,80}}?"
    r"\b(?:(?:moving|withdrawing|pulling back)\s+(?:its|their|the)\s+(?:troops|men|forces|personnel)|"
    r"(?<=,\s)(?:retreating|withdrawing|pulling back|falling back)\b|"
    r"(?:and|,\s*which(?!\s+(?:they|it|he|she|we)\b))\s+"
    r"(?:withdrew|pulled back|retreated|regrouped|moved|fled|ran|went back|went home|(?:[\w'/-]+\s+){0,4}?"
    r"(?:took (?:them|it) over|occupied|moved into|entered))|as\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:forces|"
    r"fighters|troops|resistance|attackers|rebels|pdf|kia|aa|tnla|mndaa|knla|kndf|cna|cdf|ldf)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:closed in|moved closer|advanced|approached)|"
    r"after\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:forces|fighters|troops)\s+(?:cut|seized|captured|attacked|overran|"
    r"besieged|surrounded)\b|"
    r"(?:after|following)\s+(?:repeated\s+|heavy\s+|several\s+)?(?:(?:aa|kia|tnla|mndaa|knla|kndf|pdf|cdf|resistance)\s+)?(?:drone\s+)?(?:ambushes|attacks|assaults|clashes|shelling)\b|"
    r"after\s+(?:days|weeks|hours)\s+(?:of\s+(?:being\s+)?(?:[\w-]+\s+){0,2}?(?:fighting|shelling|fire|attacks?|clashes|"
    r"bombardment|siege|assaults?|surrounded|besieged|shelled|attacked)|"
    r"without\s+(?:food|supplies|water|ammunition))|overnight|during the night)\b"
)
#: 'left the two outposts empty': positions left, whoever held them
_LEFT_EMPTY = (  # 'left the five hilltop posts around the town deserted'
    rf"\s+(?:the\s+|its\s+|their\s+)?(?:(?!(?:near|around|at|by|outside|beside)(?![\w-])|in\s+(?:the|a|an|its|their)\s)[\w'-]+\s+){{0,6}}?{HELD}"
    r"(?:\s+(?:around|near|outside|above|overlooking|on|along)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?\s+"
    r"(?:empty|deserted|unguarded|unmanned)\b"
)
#: 'evacuated the Tha Yet Taw police station', 'the A, B and C police stations', 'six outposts' (not 'the wounded')
_THE_HELD = (
    r"\s+(?:(?:around|about|some|nearly|at least|more than|over)\s+)?"
    r"(?:the|two|three|four|five|six|seven|eight|nine|ten|\d+|all|both|several)"
    r"(?:\s+(?:to|or)\s+(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+))?\s+"  # 'four to five outposts'
    r"(?:(?!(?:from|of|to|near|at|in|by|around|beside|towards?|outside|living|families|residents|villagers|people|"
    rf"civilians|soldiers|troops|wounded)(?![\w'’-])|(?:families|civilians|residents|villagers|idps|displaced)['’])"
    rf"[\w'-]+,?\s+){{0,12}}?{HELD}\b"
)
#: the other camp by the names 'switched to' and 'deserted to' take: 'switched to the PDF', 'deserted to the KNU'
_SIDES = r"people['’]s defen[cs]e force|pdf|kia|tnla|mndaa|knla|kndf|cdf|cnf|nug|aa|arakan army|knu|resistance"
_FIGURE_WORDS = r"\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
VERBS = re.compile(  # every verb the rule reads; the group name is what it would mean
    r"\b(?:(?P<surrendered>surrender(?:ed|s|ing)?(?!\s+(?:terms|talks|deal|negotiations?|offers?|deadlines?|conditions|ceremon))|"
    r"(?:laid|lay|laying) down (?:their |its |his )?(?:arms|weapons)|"
    r"(?:raised|waved|hoisted|(?:walked|came) out (?:under|waving|carrying|with)) (?:a |the )?"
    r"white (?:flags?|cloths?|sheets?)|(?:walked|came|marched) out(?: of [^.;,]{1,40}?)? and "
    r"(?:handed over|gave up|laid down) (?:their|his|its) (?:weapons|arms)"
    r"(?![^.;,]{0,100}\b(?:at a ceremony|merger|new (?:\w+ )?commander|joint command(?! post| headquarters)|"
    r"new command(?! post)|registration under|redeployment)\b)|"
    r"(?:gave|given|giving|turned|handed) \w{2,4}sel(?:f|ves)(?: and (?:their|his|its) \w+)? (?:up|in|over)|"
    r"gave up(?=\s+(?:to\b|without a fight|(?:their|his|its) (?:arms|weapons|guns|rifles))|"
    r"\s+and\s+(?:handed\s+(?:over|the|their|its|his)|(?:laid|put)\s+(?:down|(?:their|its|his)\s+(?:weapons|arms|guns|"
    r"rifles|ak-47s|ammunition(?:\s+belts)?)|(?:their|his)\s+hands\s+up)|"
    r"turned\s+(?:over|in|themselves))\b|"
    r"\s*[.;])|"  # 'gave up and laid their weapons down'; at a clause's end only of people counted (acled_untold)
    r"put down (?:their |its |his )?(?:arms|weapons)|capitulated(?!\s+to\s+(?:\w+\s+)?(?:pressure|demands))|"
    r"returned to the legal fold|"  # then 'handed in their guns to the PDF': people giving up
    r"hand(?:ed|ing)(?:\s+(?:in|over))?\s+(?:their|his|her)\s+(?:(?!captured\b|seized\b)[\w-]+\s+){0,6}?"
    r"(?:weapons|arms|guns|shotguns|rifles|firearms|pistols)(?:\s+and\s+(?:ammunition|magazines))?(?=\s+(?:over\s+)?"
    r"to\s+(?:the\s+|an?\s+)?(?:(?!(?:after|before|when|as|and|in|on|at)\b)[\w'’-]+\s+){0,4}?(?:pdf|kia|knla|knu|aa|"
    r"tnla|mndaa|kndf|cdf|cnf|cna|ldf|bpla|resistance|nug|chinland|local defen[cs]e|"
    r"(?:liberation|independence|arakan|karenni|kachin|chin|national) army|defen[cs]e force)"
    r"\b))|"
    rf"(?P<defected>defect(?:ed|s|ing)?|(?:joined|joining) (?:the )?{CDM}|(?:left|leaving) (?:their|his|her|the) "
    rf"(?:posts?|stations?|units?|duty|duties|force) (?:(?:that|this) (?:morning|day) )?to join (?:the )?{CDM}|"
    rf"walked out of (?:the |their |his |her )?(?:[\w'-]+ ){{0,3}}?(?:stations?|posts?|offices?|units?|barracks) "
    rf"to join (?:the )?{CDM}|joined the people['’]s side|"
    rf"(?:declared|announced|pledged) (?:their|his|her) support for (?:the )?{CDM}|"
    r"crossed (?:the )?(?:front )?lines? to(?! (?:attack|raid|retrieve|reinforce|recover|rescue|ambush|search|"
    r"fight(?! alongside| for| against| on the side| with (?:resistance|pdf|people['’]s)| with the (?!\S+\s+"
    r"(?:fighters|troops|soldiers|members)\s+(?:holding|defending|guarding|at|near|who|in)\b))|strike|"
    r"shell|collect)\b)|(?:went|came|crossed|gone|"
    r"(?:(?<=soldiers )|(?<=troops )|(?<=members )|(?<=officers ))going) over to|"
    rf"desert(?:ed|ing) to(?= (?:the )?(?:{_SIDES}|military)\b)|"
    rf"(?:changed|changing|switching) sides|switched to(?= (?:the )?(?:{_SIDES})"
    r"(?!\w|['’]s\s+(?!(?:people['’]s|pdf|armed|forces?|troops|ranks|side\b(?!\s+of\b(?!\s+the\s+(?:conflict|front|war|fight|revolution|struggle))))\b)|"
    r"-(?!(?:led|allied|aligned|backed) "
    r"(?:resistance|forces|alliance|fighters|troops|units?|groups|"
    r"militias?(?! (?:positions|posts|camps|bases))|local defen[cs]e|administration|brotherhood|"
    r"people['’]s|pdf|\w+ column|\w+ (?:battalion|brigade|force))\b)"
    r"(?:[a-z]+ed|held|style|run|made|built|won)\b))|"
    rf"switched (?:sides|allegiance|to (?:the )?(?!(?:the\s+)?(?:{NO_SIDE})\b)(?:[\w'’/-]+\s+){{0,4}}?"
    r"(?<!river )(?<!road )(?<!bank )(?<!hill )side"
    r"(?!\s+(?:of|roads?|streets?|tracks?|paths?|lanes?)\b|\s+as\s+(?:before|usual|earlier(?!\s+\w)))|"
    rf"to the side of (?:the )?(?:revolution|resistance|people|{JUNTA_NAMES}|nug|pdf|kia|aa|knla|tnla|mndaa|"
    r"cdf|kndf)\b)|"
    rf"broke away from (?:the )?(?:{JUNTA_NAMES}|military council)(?:['’]s\s+(?:control|command))?"
    r"(?!(?:['’]s)?\s+(?:[\w'’-]+\s+)?(?:encirclement|blockade|ambush|offensive|attacks?|raids?|pursuit|siege|cordon|"
    r"columns?|convoys?|checkpoints?|bases?|camps?|training|posts?|outposts?|positions?|patrols?|lines|formations?|"
    r"vehicles?|trucks?|forces surrounding|units?|pursuing|chasing|"
    r"(?:troops|soldiers)\s+(?:pursuing|chasing|following|surrounding|encircling|besieging))\b)|"
    r"(?:cut|(?<=were )cutting|(?<=was )cutting|(?<=after )cutting)(?: off)? (?:(?:all|of|its|their|his|her) ){0,3}"
    rf"ties with (?:the )?(?:myanmar(?:['’]s)? )?(?:{JUNTA_NAMES}|military council))|"
    r"(?P<deserted>desert(?:ed|ing|s))|"
    r"(?P<fled>fled|escaped|ran away|run away|ran off|went awol|went absent without leave|took to (?:their|his) heels|"
    r"absconded|slipped away|(?<=and )went into hiding|"
    r"walked away(?=\s+from\s+(?:the\s+|their\s+|its\s+|his\s+)?(?:[\w-]+\s+)?(?:stations?|posts?|bases?|camps?|units?|"
    r"barracks|outposts?|battalions?|duty)(?![\w-])(?!\s+(?:meeting|talks|gate)\b))|"
    r"slipped out(?=\s+of\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:(?!(?:to|towards?|into|at|near)\b)[\w-]+\s+){0,5}?"
    r"(?:base|camp|barracks|post|outpost|unit|depot|"
    r"battalion|school|town|academy)\b(?![^.;]{0,60}\b(?:to\s+(?:attack|ambush|raid)|after\s+(?:planting|placing|setting))\b))|"
    r"left (?:(?:his|her|their|its|the) (?:[\w-]+ )?(?:battalion|unit|post|base|camp|barracks|regiment|company|platoon|"
    r"station|outpost|position|duty|army|military|force|police|navy|column|training school)s? )?without permission"
    r"(?!\s+to\s+(?:buy|visit|see|attend|fetch|collect|get)\b(?![^.;]{0,80}\b(?:did not|never)\s+return)"
    r"[^.;]{0,80}\b(?:returned|returning|came back))|"
    r"ran into (?:the )?(?:nearby |surrounding |dense )?(?:forests?|jungles?|woods)\b"
    r"(?!\s+(?:area|in search|to\s+(?!(?:hide|escape|evade|avoid|flee|safety|save|rejoin|reach\s+(?:their|its|safety|"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]+-(?:held|controlled)\s+(?:areas?|territory|zones?)|border)))\b)"
    r"\w+)\b)|"
    r"scattered(?=\s+(?:into|in|to|across|towards?)\b)|"
    rf"ran from(?=\s+(?:the\s+|their\s+|its\s+)?(?:(?!to\b|towards?\b|into\b)[\w'-]+\s+){{0,5}}?"
    rf"(?:{HELD}|units?|barracks|battalions?)\b))|"
    r"(?P<crossed>crossed|crossing(?=\s+(?:over\s+)?into\b)|slipped across|slipping across|sought refuge|took refuge|"
    rf"(?:sought|asked(?: (?:the )?(?:[\w-]+ ){{0,2}}authorities)? for|requested|applied for) (?:political )?asylum"
    rf"(?! with\b(?! (?:the )?{ABROAD}))|took shelter|retreated|"
    rf"entered(?=\s+(?i:{COUNTRIES})\b)|"
    r"(?:swam|waded|walked|ran)(?=\s+(?:across|into)\b)|slipped over(?=\s+the\s+border\b)|"
    r"made\s+(?:their|his|her)\s+way(?=\s+(?:across|over)\s+the\s+border\b))|"
    r"(?P<abandoned>abandon(?:ed|ing|s)?|vacat(?:ed|ing)|(?:(?<=was )|(?<=were ))(?:evacuated|emptied)|"
    r"(?<!had )evacuated (?:its|their) (?:troops|forces|soldiers|personnel|men) from|"
    r"(?:withdrew|(?:(?<=had )|(?<=had [\"'“‘])|(?<=tactically ))withdrawn)['’\"”]? (?:(?:overnight|quietly|hastily|"
    r"secretly|later|also|then|by (?:boat|helicopter|air|road|river|truck|vehicle)s?) )?"
    r"(?:(?:its|their) (?:troops|forces|soldiers|personnel|men) )?(?:from|all (?:of )?its)|"
    r"pulled (?:(?:all )?(?:(?:its|their) )?(?:troops|forces|soldiers|personnel|men) )?(?:out of|back from)|"
    rf"(?<!had )left(?={OWN_POSITIONS}|{_LEFT_EMPTY})|leaving(?={_LEFT_EMPTY})|(?<!had )(?:evacuated|emptied)(?="
    rf"{OWN_POSITIONS}|{_THE_HELD})|"
    r"(?<!had )(?:left|leaving) behind(?!\s+by\b)"
    r"(?=\s+(?:(?!(?:platoons?|troops|soldiers|men|weapons|ammunition|"
    rf"(?:land)?mines|vehicles|at|in|near|on|inside|around)(?![\w'’-]))[\w'’-]+\s+){{0,3}}?{HELD}\b))|"
    r"(?P<handed>hand(?:ed|ing) over|"
    r"turned over(?= (?:its|their|the) (?:(?!(?:\w*captured|seized|dead|bodies|weapons|arms|guns|rifles|ammunition|at|"
    r"in|near|from|of)\b)[\w'-]+ ){0,5}?(?:post|camp|base|station|outpost)s?\b)|"
    r"(?:handed|turned)(?= (?:its|their|the) "
    rf"(?:(?!(?:captured|seized|dead|bodies|at|in|near|from|of)(?![\w-]))[\w'-]+ ){{0,3}}?{HELD}\b(?!['’])"
    r"(?:[^.;,]{0,50}? over\b|(?= to\b))"
    r"(?! to (?:the |a )?(?:pyu|militia|army|military|junta|police|"
    r"(?:soldiers|troops)(?! of (?!(?:the )?(?:military|army|junta|lib|ib|lid)\b))))))|"
    r"(?P<captured>(?<!video )(?<!footage )(?<!photo )(?<!photos )(?<!camera )(?<!cameras )"
    r"(?<!footage it said )(?<!video it said )(?<!footage that )(?<!video that )(?<!footage which )(?<!video which )"
    r"captur(?:ed|ing)|"  # not 'drone footage it said captured troops looting houses'
    r"detained|detaining|apprehended|arrested|abducted|taken (?:as )?(?:prisoners?|captives?)|taken alive|"
    r"(?<=were )made (?:prisoners?|captives?)(?: of war)?(?! of conscience)|"
    r"(?:took|taking) (?:captive|prisoner)(?=\s+(?:[\w'-]+\s+){0,6}?(?:soldiers?|troops|police|people|members|"
    r"personnel|officers?|militiam[ae]n|conscripts)\b|\s+(?:(?:about|around|some|nearly|over|at least|more than)\s+)?"
    r"\d)|"
    r"held(?=(?:\s+[\w'-]+){0,5}?\s+as\s+(?:prisoners?|captives?)(?:\s+of\s+war)?\s+(?:after|following|during)\b)|"
    rf"(?<!was )(?<!were )(?<!been )(?:seized|caught|took away)(?=\s+(?:a|an|the|some|several|all|about|around|over|"
    rf"more|at|nearly|dozens|{_FIGURE_WORDS})\b(?:\s+of\s+(?:the|its))?"
    rf"(?:\s+(?!of\b|from\b|in\b|with\b|between\b|on\b|belonging\b|left\b|owned\b|used\b|to\b|by\b)[\w'-]+){{0,4}}?"
    rf"\s+(?:{_TAKEN_PEOPLE})\b(?!['’]))|"
    r"(?:took|taking|(?<=had )taken|(?<=has )taken|(?<=have )taken)(?!\s+(?:back|no|none)\b)"  # 'had taken 80 prisoner'
    r"(?=(?:\s+[\w'-]+,?){1,8}?\s+(?:(?:as\s+)?(?:prisoners?|captives?)|into custody)\b|"
    r"(?:\s+(?!no\b|none\b|videos?\b|photos?\b|photographs?\b|pictures?\b|images?\b|footage\b|care\b)[\w'-]+)"
    r"{1,5}?\s+alive\b))|"
    r"(?P<joined>joined|(?:was|were) (?:received|welcomed) by|arrived at the (?:camp|base|headquarters) of|"
    rf"sought shelter with|sought asylum with(?! (?:the )?{ABROAD})|came to the liberated area|took up arms with|"
    r"left (?:the |his |their )?(?:army|military|navy|air force|police(?: force)?) to join))\b",
    re.I,
)
_STOP_MARK = re.compile(r"[.!?](?<!\bNo\.)\s+(?=[A-Z0-9])")  # 'the No. 9 training school' goes on
_END_MARK = re.compile(r"[.!?](?<!\bNo\.)(?:\s+(?=[A-Z0-9])|\s*$)")
ASIDE = re.compile(
    r",\s*(?:who\b|whose\b|(?:most|many|some|all|several|half|one|two|three) of (?:them|whom)\b|"
    r"(?:besieged|surrounded|trapped|encircled|cut off)\b(?=[^,]*\bsince\b))[^,]*,|\([^()]*\)",
    re.I,
)
_LOWER_VERBS = re.compile(VERBS.pattern)
#: the words VERBS starts with: found with str.find, then matched there (a regex scan costs 4x more)
_STEMS = (
    *("surrender", "cut ", "cutting ", "laid down", "lay down", "left ", "went awol", "absconded", "slipped away"),
    *("laying down", "raised", "defect", "desert", "fled", "escaped", "ran away", "ran off", "ran from", "ran into"),
    *("retreated", "run away", "abandon", "vacat", "withdrew", "withdrawn", "handing over", "captur", "detain"),
    *("apprehended", "arrested", "abducted", "gave", "given", "giving", "turned", "handed", "crossed", "crossing"),
    *("swam", "waded", "joined", "was received", "were received", "was welcomed", "were welcomed", "arrived at"),
    *("leaving", "evacuated", "put down", "broke away", "capitulated", "came to the liberated"),
    *("slipped across", "slipped out", "slipped over", "walked", "scattered", "entered", "pulled", "emptied"),
    *("went over", "came over", "gone over", "going over", "switched", "changed sides", "returned to the legal"),
    *("took", "taking", "taken", "seized", "held", "caught", "slipping across", "joining", "made ", "marched out"),
    *("went absent", "went into hiding", "came out", "declared", "announced", "pledged", "waved", "hoisted"),
    *("sought ", "asked ", "requested", "applied for", "ran across", "switching sides", "changing sides"),
)


def seen(pattern: re.Pattern, text: str, words: tuple[str, ...]) -> bool:
    """``pattern`` found in ``text``, searched for only where one of ``words`` (the words it can match, lower
    case) stands in it: a substring test costs little, a case-blind regex over a whole note does not.

    >>> seen(re.compile(r"\\bwi(?:fe|ves)\\b", re.I), "He came with his Wife.", ("wife", "wives"))
    True
    """
    low = text.lower()
    return any(w in low for w in words) and pattern.search(text) is not None


def verbs(text: str) -> list[re.Match]:
    """Every match of :data:`VERBS` in ``text``, in order (as ``VERBS.finditer``, faster)."""
    low = text.lower()
    if len(low) != len(text):
        return list(VERBS.finditer(text))
    found = []
    for stem in _STEMS:
        i = low.find(stem)
        while i != -1:
            if (i == 0 or not low[i - 1].isalnum()) and (m := _LOWER_VERBS.match(low, i)):
                found.append(m)
            i = low.find(stem, i + 1)
    return sorted(found, key=lambda m: m.start())


def sentence(text: str, at: int) -> tuple[int, int]:
    """Start and end of the sentence around position ``at``."""
    window = max(0, at - 700)
    starts = [m.end() for m in _STOP_MARK.finditer(text, window, at)]
    end = _END_MARK.search(text, at)
    return (starts[-1] if starts else window), (end.start() if end else len(text))


def border_after(after: str) -> bool:
    """The words after a verb of flight name a crossing, asides left out ('from X village (Y township) into')."""
    return BORDER.match(ASIDE.sub(" ", after)) is not None
