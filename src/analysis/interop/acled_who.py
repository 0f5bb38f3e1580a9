"""Who the words of an ACLED note name (used by :mod:`.acled_select` and :mod:`.acled_capture`).

The earliest name in the words decides ("two soldiers from a police station" are soldiers, "a unit commander
of the People's Defense Force" is resistance, "troops of the TNLA" an armed group). A generic noun (member,
commander, leader) names nobody by itself. Soldiers and police named together are ``junta_personnel``.

>>> actor_in("a unit commander of the People's Defense Force - Kale District")
'resistance'
"""

from __future__ import annotations

import re

from ..vocab import TROOP_ACTORS
from .acled_text import HOLDING_IT, POLICE_THINGS, RANKS, UNIT_WORDS, idle_spans

#: 'a sergeant of BGF Battalion-1018', 'a corporal and two privates from the Border Guard Force'
_OF_SIDE = re.compile(
    r"[-\w]*(?:\s+and\s+\S+\s+\S+)?\s+(?:of|from)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+)?"
    r"(police|bgf|border guard forces?|pyu saw htee)\b"
)
_A_STATION = re.compile(r"\s+(?:stations?|posts?|outposts?|checkpoints?|camps?)\b")  # 'soldiers from a police station'
_SIDE_OF = {"police": "police", "pyu saw htee": "militia", "people's mil": "militia", "people’s mil": "militia"}
#: the military's own forces named as its: "the military's Border Guard Force", "the junta's People's Militia"
_POSSESSED = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(police|bgf|border guard forces?|pyu saw htee|people['’]s militia)\b")
#: a noun any side's people share ('troops', 'a sergeant'), and 'of the' before the side it names
_GENERIC_OF = re.compile(rf"(?:soldiers?|troops?|personnel|{RANKS})\s+(?:of|from)\s")
OTHER_SIDES = ("resistance", "armed_group")  #: the sides that are not the junta's
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?")  # 'troops of the TNLA', not 'from the outpost
_ALONGSIDE = "(?<!fighting )(?<!serving )(?<!working )(?<!deployed )(?<!stationed )alongside"  # not beside them
#: ranks listed with constables: 'a sergeant and two constables', 'a corporal, a lance corporal and a private constable'
_RANKS_OF_CONSTABLES = re.compile(
    r"(?:(?:lance\s+)?(?:sergeants?|corporals?|privates?)(?:\s*,\s*|\s+and\s+)(?:an?\s+|\d+\s+|(?:one|two|three|four|"
    r"five|six|seven|eight|nine|ten)\s+)?)+(?:private\s+)?constables?\b"
)
_BOTH = re.compile(
    r"\b(?:soldiers?|troops?|military|army)\b(?:[^.;]|(?<=no)\.){0,60}?"
    r"(?:\b(?:and|along with|together with|"
    + _ALONGSIDE
    + r")\s+(?:\S+\s+){0,5}?|,\s+(?:(?!the\b|according\b)[\w-]+\s+){0,3}?)"
    r"(?:police|bgp|border guard police|pyu saw htee|militia(?:men)?)"
    rf"(?!{POLICE_THINGS}|\s+(?:said|says|sources?|reported|claimed)\b)|"
    rf"(?:police|bgp)(?!{POLICE_THINGS})\b[^.;]{{0,50}}?(?:\b(?:and|along with|together with|{_ALONGSIDE})|,)"
    r"\s+(?:\S+\s+){0,2}?"
    r"(?:soldiers?|troops?|military|(?<=\ban )army|pyu saw htee|militia(?:men)?)\b|"  # '45 police and People's Militia'
    r"(?:pyu saw htee|militia(?:men)?)\b[^.;]{0,50}?\b(?:and|along with|together with)\s+(?:\S+\s+){0,2}?"
    rf"(?:soldiers?|troops?|police(?!{POLICE_THINGS}))\b"
)
#: 'junta-appointed', 'junta officials', 'the military council's spokesperson': the junta's civil side, not its forces
_NOT_FORCE = (
    r"[-\s](?:appointed|backed|run|controlled|owned|linked|aligned|officials?|administrators?|ministers?|"
    r"ministry|spokesm[ae]n|spokesperson|courts?|media|newspapers?|government|informants?)"
)
#: who the words name: the leftmost match decides; every pattern is lower case (the words are lowered first)
_BY_IT = r"-(?:\w+ed|led|run)\b"  # 'junta-backed', 'military-trained', 'junta-installed': by it, not it
_CIVIL_BOAT = r"of\s+(?:an?|the)\s+(?!navy|naval|military)(?:[\w-]+\s+)?(?:cargo|fishing|merchant|ferry)"  # its crew
_WHO = re.compile(
    r"\b(?:(?P<resistance>pdf|people'?s defen[cs]e (?:force|army)|ldf|local (?:people'?s )?defen[cs]e forces?|"
    r"locals defen[cs]e forces?|(?:village |local )?defen[cs]e (?:groups?|teams?)|resistance|nug|(?<!-)terrorists?|"
    r"anti-(?:coup|junta|regime|military) (?:fighters|forces|groups?)|"
    r"chinland defen[cs]e force|cdf|combined (?:forces?|troops)|"
    r"(?!nationalities\b)[a-z]+ defen[cs]e force(?!\s*,\s*an?\s+(?:junta|military|regime|pro-junta|pro-military)\b)|"
    r"joint forces?(?! of (?:the )?(?:soldiers|troops|military|army|police|junta|regime))|"
    r"revolution(?:ary)? (?:forces?|groups?)|"
    r"guerrilla)|(?P<armed_group>kia|kio|knla|kna|knu|kndo|tnla|mndaa|arakan army|ula|aa|kndf|knpp|karenni army|cnf|"
    r"cna|karenni nationalities defen[cs]e force|shan state (?:progress party|army)|restoration council of shan state|"
    r"sspp|ssa(?:-[ns])?|rcss|uwsa|ndaa|pnlo|pnla|pno|pna|arsa|absdf|mnla|dkba|shanni|sna|ulfa(?:-i)?|nscn(?:-k)?|ndfb(?:-s)?|unlf|"
    r"kyklp|prepak|kachin independence|rso|rohingya solidarity organi[sz]ation|splinter|"
    r"faction|ethnic armed|"
    r"(?<!-)(?!myanmar\b|burma\b|burmese\b|junta\b|regime\b|the\b|an?\b|his\b|their\b|its\b|military\b|retired\b|former\b|"
    r"nearby\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundreds?|several|some|many|few|both|all|dozens|of|and|with|by|to|from|for|at|in|on|"
    r"joint|combined)\b)"
    r"[a-z'’]+ army)|"
    r"(?P<bgf>bgf|border guard forces?)|(?P<militia>pyu saw htee|people'?s militia|pmf|militia(?:m[ae]n)?|pyithu sit|"
    r"pro-(?:military|junta|regime) (?:[\w'’-]+ ){0,2}?(?:militias?|groups?|gangs?)|"
    r"(?:trainees?|recruits?|cadets?) (?:of|from) (?:the )?(?:[\w'’-]+ )?(?:pyu saw htee|people'?s militia|militia))|"
    rf"(?P<police>police(?!{POLICE_THINGS})|policem[ae]n|policewom[ae]n|constables?|bgp|"
    r"border guard police|police (?:sub-)?inspectors?|"
    r"(?:officers?|commanders?|chiefs?|heads?)\s+(?:from|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?police\s+(?:stations?|outposts?|posts?|force))|"
    r"(?P<junta_personnel>security (?:forces?|personnel)(?: personnel)?|"
    r"(?:junta|regime)(?:['’]s)? (?:security )?(?:forces|personnel))|"
    r"(?P<junta_army>army(?=\s+(?:officers?|personnel|deserters?|defectors?)\b)|"
    rf"soldiers?|troops?|myanmar military|(?<!pro-)military(?!{_NOT_FORCE}|{_BY_IT})|"
    rf"junta(?!{_NOT_FORCE}|{_BY_IT})|"
    rf"regime(?!{_NOT_FORCE})|tatmadaw|sac|state administration council|military council(?!{_NOT_FORCE})|navy|naval|"
    r"l?ib-?\s?\d+|lid-?\s?\d+|moc-?\s?\d+|"
    rf"air force|(?:light )?infantry (?:battalion|division)s?|conscripts?|cadets?|trainees?|servicem[ae]n|"
    rf"(?:{RANKS})(?!\s+(?:and\s+(?:\w+\s+)?crew(?:\s+members?)?\s+)?{_CIVIL_BOAT}|\s+and\s+crew\b(?!\s+of\s+(?:an?|the|his|its)\b))|"
    r"sailors?(?!\s+(?:on|of|from|aboard)\s+(?:an?|the)\s+(?:\w+\s+)?(?:fishing|cargo|merchant|trawler|ferry))|"
    r"conscripted(?= (?:recruits?|m[ae]n|youths?)\b)|"
    r"(?:m[ae]n|youths?)(?= conscripted (?:in|under|by|into|last|this|earlier|on)\b)|"
    r"recruits(?=\s+(?:from|of|in)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:conscription|military service|intake)\b)|"
    r"(?<!armed )personnel|"
    r"garrisons?|battalion['’]s (?:m[ae]n|commander|deputy|officers?))|"
    rf"(?P<civilians>locals|crew(?:\s+members?)?(?=\s+{_CIVIL_BOAT})|"
    r"local(?=\s+(?:people(?!['’]s)|residents?|villagers?|civilians?|m[ae]n|wom[ae]n|youths?)\b)|"
    r"villagers?|civilians?|residents?|people(?!['’]s)|idps|inmates?|forced labou?rers|protesters|demonstrators|"
    r"(?<!armed )(?<!his )(?<!their )(?<!its )(?<!-)(?<!battalion['’]s )(?:young |old )?m[ae]n"
    rf"(?!\s+{HOLDING_IT})"
    r"(?!\s+(?:from|of)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:police|military|army|battalion|l?ib|moc|garrison|navy|"
    rf"{UNIT_WORDS})\b)|"
    r"wom[ae]n|boys?|girls?|youths?|monks?|administrators?|director|staff(?!\s+sergeants?)|officials?|fire brigade|"
    r"fire services?|firefighters?|red cross))\b"
)


_PLACE_NAME = re.compile(r" (?-i:[A-Z])[a-z]")  # 'Man Pang', 'Man Kat': a village, not a man
#: the people of a post named by its side: 'the 12 men of the Pinlebu town police station', 'the staff of the naval
#: observation post', 'the officer in charge of the Shadaw police station' (lower case)
_OF_A_POST = re.compile(
    r"\b(?:m[ae]n|staff|personnel|garrison|crew|guards|defenders|officers?(?:\s+in\s+(?:charge|command))?|"
    r"commanders?|heads?|chiefs?)\s+(?:of|at|from)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?P<police>police)|(?P<junta_army>military|army|navy|naval)|(?P<militia>pyu saw htee|militia)|(?P<bgf>bgf))\s+"
    r"(?:[\w-]+\s+)?(?:stations?|posts?|outposts?|camps?|bases?|checkpoints?)\b"
)
#: 'the garrison of a military camp and the adjoining police station': the men of a post of each
_POSTS_OF_BOTH = re.compile(
    r"(?:garrisons?|defenders|m[ae]n|personnel|staff|guards)\s+(?:of|at|from)\s+(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:(?:military|army)\s+(?:camp|base|outpost|post)s?\s+and\s+(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,2}?police|"
    r"police\s+(?:station|outpost|post)s?\s+and\s+(?:(?:the|a|an|its)\s+)?(?:[\w'’-]+\s+){0,2}?(?:military|army))\s"
    r"(?:station|outpost|post|camp|base)s?\b"
)
_MADE = re.compile(r"\b(?:made|forced|ordered|let|allowed|told|asked|compelled)\s+(?!to\b)\w")  # others do what follows


def _a_place(words: str, low: str, m: re.Match) -> bool:
    """'Man' before a capitalised word names a village ('Man Pang'), not a man."""
    return m.group(0) in ("man", "men") and len(low) == len(words) and _PLACE_NAME.match(words, m.end()) is not None


def actor_in(words: str) -> str:
    """The project actor the words name first; '' when they name none.

    >>> actor_in("two Myanmar military soldiers from Wet Lu police station"), actor_in("a police lance corporal")
    ('junta_army', 'police')
    >>> actor_in("about 20 military soldiers and police"), actor_in("KIA troops")
    ('junta_personnel', 'armed_group')
    >>> actor_in("the Karen National Liberation Army troops"), actor_in("a unit commander of the PDF")
    ('armed_group', 'resistance')
    """
    low = words.lower()
    spans = idle_spans(low)
    m = _WHO.search(low)
    while m and (_a_place(words, low, m) or any(a <= m.start() < b for a, b in spans)):
        m = _WHO.search(low, m.end())  # 'the Man Pang People's Militia': a place's name, not a man
    post = _OF_A_POST.search(low, 0, m.start() + 60 if m else len(low))
    if post and (not m or post.start() <= m.start()) and not any(a <= post.start() < b for a, b in spans):
        if not _MADE.search(low, post.end()):  # not 'men at a Pyu Saw Htee checkpoint made travellers'
            # 'the garrison of a military camp and the police station', '... his deputy and 25 soldiers and policemen'
            both = _POSTS_OF_BOTH.match(low, post.start()) or (
                post.lastgroup in ("junta_army", "police") and _BOTH.search(low, post.end())
            )
            return "junta_personnel" if both else post.lastgroup  # its men (not its name; 'staff' are civilians)
    if not m:
        return "civilians" if spans else ""
    side = m.lastgroup == "junta_army" and (_OF_SIDE.match(low, m.end()) or _POSSESSED.match(low, m.end()))
    if side and not (m.group(0).startswith(("soldier", "troop")) and _A_STATION.match(low, side.end())):
        return _SIDE_OF.get(side.group(1)[:12], "bgf")  # 'a lance corporal of the police', "the military's BGF"
    if m.lastgroup == "junta_army" and _GENERIC_OF.match(low, m.start()):
        named = _WHO.search(low, m.end(), m.end() + 60)  # 'troops of the TNLA', 'a second lieutenant of the KIA'
        if named and named.lastgroup in OTHER_SIDES and _OF_THE.fullmatch(low, m.end(), named.start()):
            return named.lastgroup
    if m.lastgroup == "junta_army" and _RANKS_OF_CONSTABLES.match(low, m.start()):
        return "police"  # 'a sergeant and two constables': ranks of the police's, as the constables show
    if m.lastgroup in ("junta_army", "police", "militia") and _BOTH.search(low):
        return "junta_personnel"
    return m.lastgroup


_SAID_THAT = re.compile(
    r"^.*\b(?:(?:said|stated)(?:\s+that)?\s+|(?:reported|claimed|announced|confirmed)\s+that\s+|"
    r"(?:reported|claimed|announced|confirmed)\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|about|"
    r"around|over|more|some|at least)\b)|"
    r"according to [^,]{1,40},\s*)",
    re.I | re.S,
)


def after_said(words: str) -> str:
    """The words after the last 'said (that)' or 'according to X,' ('the PDF said that two militia members were killed
    and' -> 'two militia members were killed and'): who a clause that follows names, not who said it."""
    return _SAID_THAT.sub("", words)


def actors_named(words: str) -> list[str]:
    """Every project actor the words name, in order.

    >>> actors_named("The PDF surrounded a group of Pyu Saw Htee members.")
    ['resistance', 'militia']
    """
    low = words.lower()
    spans = idle_spans(low)
    found = [
        m for m in _WHO.finditer(low) if not _a_place(words, low, m) and not any(a <= m.start() < b for a, b in spans)
    ]
    return [actor_in(words[m.start() :]) for m in found]


def actor_last(words: str) -> str:
    """The project actor the words name last ('' when none): the antecedent of 'they' or 'nine of them'.

    >>> actor_last("The PDF surrounded a group of Pyu Saw Htee members.")
    'militia'
    """
    named = actors_named(words)
    return named[-1] if named else ""


_THE_REVOLUTION = re.compile(r"\s*(?:the\s+)?(?:spring\s+|people['’]s\s+|anti-junta\s+)?revolution\b", re.I)


def side_joined(words: str) -> str:
    """The side the words after 'joined' name: :func:`actor_in`'s, or the resistance for 'the revolution'.

    >>> side_joined(" the revolution"), side_joined(" the Spring Revolution"), side_joined(" the local PDF")
    ('resistance', 'resistance', 'resistance')
    """
    return "resistance" if _THE_REVOLUTION.match(words) else actor_in(words)


BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?[^,;]*$", re.I)  # 'were shot dead by the PDF': the agent
TO_WHOM = re.compile(r"[^,.;]*?(?=\s+and\b|[,.;]|$)")  # 'to the PDF - Kale, and ...': whom they went to


_THE_MEN = re.compile(
    r"(?:^|\bthat)\s*the\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?men(?:\s+had)?\s*$", re.I
)  # 'the men had', 'the next day that the three men


def men_before(subject: str, earlier: str) -> str:
    """The side of 'the men' when the sentences before name people of one side only, the junta's ('Four soldiers
    from LIB-229 went missing ... the men had deserted'), else ''.

    >>> men_before("the men had ", "Four soldiers from LIB-229 went missing from their camp. Sources said that ")
    'junta_army'
    >>> men_before("the men ", "Soldiers arrested five villagers. "), men_before("the soldiers ", "Police arrived. ")
    ('', '')
    """
    if not _THE_MEN.search(subject):
        return ""
    named = set(actors_named(earlier))
    return named.pop() if len(named) == 1 and named <= set(TROOP_ACTORS) else ""
