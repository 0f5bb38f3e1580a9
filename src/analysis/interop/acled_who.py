"""Who the words of an ACLED note name (used by :mod:`.acled_select` and :mod:`.acled_capture`).

The earliest name in the words decides ("two soldiers from a police station" are soldiers, "a unit commander
of the People's Defense Force" is resistance, "troops of the TNLA" an armed group). A generic noun (member,
commander, leader) names nobody by itself. Soldiers and police named together are ``junta_personnel``.

>>> actor_in("a unit commander of the People's Defense Force - Kale District")
'resistance'
"""

from __future__ import annotations

import re

from .acled_text import POLICE_THINGS, idle_spans
from .acled_words import PERSON, RANKS

#: 'a sergeant of BGF Battalion-1018', 'a corporal and two privates from the Border Guard Force'
_OF_SIDE = re.compile(
    r"[-\w]*(?:\s+and\s+\S+\s+\S+)?\s+(?:of|from)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(police|bgf|border guard forces?|pyu saw htee)\b"
)
_SIDE_OF = {"police": "police", "pyu saw htee": "militia"}
#: a noun any side's people share ('troops', 'a sergeant'), and 'of the' before the side it names
_GENERIC_OF = re.compile(rf"(?:soldiers?|troops?|personnel|{RANKS})\s+(?:of|from)\s")
_OTHER_SIDES = ("resistance", "armed_group")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?")  # 'troops of the TNLA', not 'from the outpost
_ALONGSIDE = "(?<!fighting )(?<!serving )(?<!working )(?<!deployed )(?<!stationed )alongside"  # not beside them
_BOTH = re.compile(
    r"\b(?:soldiers?|troops?|military|army)\b(?:[^.;]|(?<=no)\.){0,60}?"
    r"(?:\b(?:and|along with|together with|"
    + _ALONGSIDE
    + r")\s+(?:\S+\s+){0,5}?|,\s+(?:(?!the\b|according\b)[\w-]+\s+){0,3}?)"
    r"(?:police|bgp|border guard police|pyu saw htee|militia(?:men)?)"
    rf"(?!{POLICE_THINGS}|\s+(?:said|says|sources?|reported|claimed)\b)|"
    rf"(?:police|bgp)(?!{POLICE_THINGS})\b[^.;]{{0,50}}?(?:\b(?:and|along with|together with|{_ALONGSIDE})|,)"
    r"\s+(?:\S+\s+){0,2}?"
    r"(?:soldiers?|troops?|military)\b"
)
#: 'junta-appointed', 'junta officials', 'the military council's spokesperson': the junta's civil side, not its forces
_NOT_FORCE = (
    r"[-\s](?:appointed|backed|run|controlled|owned|linked|aligned|officials?|administrators?|ministers?|"
    r"ministry|spokesm[ae]n|spokesperson|courts?|media|newspapers?|government|informants?)"
)
#: who the words name: the leftmost match decides; every pattern is lower case (the words are lowered first)
_WHO = re.compile(
    r"\b(?:(?P<resistance>pdf|people'?s defen[cs]e (?:force|army)|ldf|local (?:people'?s )?defen[cs]e forces?|"
    r"locals defen[cs]e forces?|(?:village |local )?defen[cs]e (?:groups?|teams?)|resistance|nug|"
    r"chinland defen[cs]e force|cdf|combined (?:forces?|troops)|joint forces?|revolution(?:ary)? (?:forces?|groups?)|"
    r"guerrilla)|(?P<armed_group>kia|kio|knla|knu|kndo|tnla|mndaa|arakan army|ula|aa|kndf|knpp|karenni army|cnf|cna|"
    r"karenni nationalities defen[cs]e force|shan state (?:progress party|army)|restoration council of shan state|"
    r"sspp|ssa(?:-[ns])?|rcss|uwsa|ndaa|pnlo|pno|pna|arsa|absdf|mnla|dkba|shanni|sna|ulfa(?:-i)?|nscn(?:-k)?|ndfb(?:-s)?|unlf|"
    r"kyklp|prepak|kachin independence|splinter|"
    r"faction|ethnic armed|"
    r"(?<!-)(?!myanmar\b|burma\b|burmese\b|junta\b|regime\b|the\b|an?\b|his\b|their\b|its\b|military\b|retired\b|former\b)"
    r"[a-z'’]+ army)|"
    r"(?P<bgf>bgf|border guard forces?)|(?P<militia>pyu saw htee|people'?s militia|pmf|militia(?:m[ae]n)?)|"
    rf"(?P<police>police(?!{POLICE_THINGS})|policem[ae]n|policewom[ae]n|constables?|bgp|"
    r"border guard police|police (?:sub-)?inspectors?|"
    r"officers?\s+(?:from|of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?police\s+(?:stations?|outposts?|posts?|force))|"
    r"(?P<junta_personnel>security (?:forces?|personnel)(?: personnel)?|"
    r"(?:junta|regime)(?:['’]s)? (?:security )?(?:forces|personnel))|"
    rf"(?P<junta_army>soldiers?|troops?|myanmar military|(?<!pro-)military(?!{_NOT_FORCE})|junta(?!{_NOT_FORCE})|"
    rf"regime(?!{_NOT_FORCE})|tatmadaw|sac|military council(?!{_NOT_FORCE})|navy|l?ib-?\s?\d+|lid-?\s?\d+|"
    rf"air force|(?:light )?infantry (?:battalion|division)s?|conscripts?|servicem[ae]n|{RANKS}|personnel|garrisons?)|"
    r"(?P<civilians>locals|"
    r"local(?=\s+(?:people(?!['’]s)|residents?|villagers?|civilians?|m[ae]n|wom[ae]n|youths?)\b)|"
    r"villagers?|civilians?|residents?|people(?!['’]s)|idps|inmates?|(?<!armed )(?:young |old )?m[ae]n|"
    r"wom[ae]n|boys?|girls?|monks?|administrators?|director|staff(?!\s+sergeants?)|officials?))\b"
)


_PLACE_NAME = re.compile(r" (?-i:[A-Z])[a-z]")  # 'Man Pang', 'Man Kat': a village, not a man


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
    if not m:
        return "civilians" if spans else ""
    if m.lastgroup == "junta_army" and (side := _OF_SIDE.match(low, m.end())):
        return _SIDE_OF.get(
            side.group(1), "bgf"
        )  # 'a lance corporal of the police', 'a sergeant of BGF Battalion-1018'
    if m.lastgroup == "junta_army" and _GENERIC_OF.match(low, m.start()):
        named = _WHO.search(low, m.end(), m.end() + 60)  # 'troops of the TNLA', 'a second lieutenant of the KIA'
        if named and named.lastgroup in _OTHER_SIDES and _OF_THE.fullmatch(low, m.end(), named.start()):
            return named.lastgroup
    if m.lastgroup in ("junta_army", "police") and _BOTH.search(low):
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


BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?[^,;]*$", re.I)  # 'were shot dead by the PDF': the agent
TO_WHOM = re.compile(r"[^,.;]*?(?=\s+and\b|[,.;]|$)")  # 'to the PDF - Kale, and ...': whom they went to
#: a verb whose object is the people 'six of them' stand for ('surrounded soldiers, and six of them surrendered')
_ACTED_ON = re.compile(
    r"\b(?:surrounded|attacked|ambushed|besieged|encircled|trapped|raided|cornered|overran|targeted|clashed with)\s+",
    re.I,
)


#: 'captured a man who turned out to be a soldier': the words that name who was taken (a soldier, never a
#: soldier's wife or a former soldier)
TURNED_OUT = re.compile(
    r",?\s+who\s+(?:turned out to be|was (?:later )?identified as)\s+an?\s+"
    rf"(?:(?:Myanmar|military|army|junta|regime|police|militia|serving)\s+){{0,3}}(?:{PERSON})\b(?![-'’])",
    re.I,
)
#: things taken, then the people they were of ('captured weapons left by the soldiers'): no one was taken
_THINGS_OF = re.compile(
    r"\b(?:weapons?|arms|ammunition|munitions|guns?|rifles?|firearms|vehicles?|trucks?|equipment|supplies|drones?|"
    r"uniforms|documents)\b(?:\s+and\s+\w+)?\s+(?:that|which|left|abandoned|belonging|of|from|used|dropped|owned)\b",
    re.I,
)
#: people taken besides the things ('..., as well as four soldiers', '... and two soldiers')
_AND_PEOPLE = re.compile(
    r"\b(?:and|as well as|along with|together with)\s+((?:the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\w+teen|twenty|thirty|forty|fifty|a|an)\s+(?:[\w-]+\s+)?(?:soldiers?|troops|police\w*|members|"
    r"personnel|officers?|militiam[ae]n))\b",
    re.I,
)


def people_after_things(obj: str, after: str, at: int) -> str | None:
    """When the words taken open with things of people ('weapons left by the soldiers'), the people also taken
    ('and two soldiers'), '' when none; None when the words open with people.

    >>> people_after_things("weapons left by soldiers", " weapons left by soldiers.", 19)
    ''
    >>> people_after_things("ammunition of the soldiers", " ammunition of the soldiers, as well as four soldiers.", 18)
    'four soldiers'
    """
    if not _THINGS_OF.search(obj, 0, at):
        return None
    more = _AND_PEOPLE.search(after.split(".")[0], at)
    return more.group(1) if more else ""


_LEFT_AND = re.compile(  # 'left their post and joined', 'quit the force and joined': leaving one side for another
    r"\b(?:left|abandoned|deserted|quit|fled)\s+(?:(?:the|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:posts?|units?|bases?|battalions?|camps?|positions?|stations?|outposts?|ranks|force|army|military|police|"
    r"militia|pyu saw htee|bgf)\b[^.;]{0,120}?\band\s+(?:then\s+|later\s+)?$",
    re.I,
)
_JOINT = re.compile(  # 'joined the KIA in the offensive', 'joined the KIA's attack': fighting beside, not defecting
    r"(?:\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,2}?|"
    r"[^,.;]{0,40}?(?:\b(?:in|for)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+)?|['’]s\s+(?:[\w-]+\s+)?))"
    r"(?:offensives?|attacks?|assaults?|fighting|operations?|raids?|battles?)\b",
    re.I,
)


_IN_A_YEAR = re.compile(
    r"\bin (?:early |mid-?|late )?(?:19|20)\d\d\b|\bto have (?:left|quit|deserted)\b|"
    r"\b(?:last|the previous|the past) (?:year|month|week)\b|\b(?:years|months) (?:ago|earlier)\b|\bpreviously\b"
)


def left_to_join(before: str, after: str) -> bool:
    """True when people 'joined' a side after leaving their own ('left their post and joined the local PDF'), not
    to fight beside it ('joined the KIA in the offensive').

    >>> left_to_join("two soldiers left their post and ", " the local PDF.")
    True
    >>> left_to_join("the PDF left its camp and ", " the KIA in an attack on the outpost.")
    False
    """
    if not (left := _LEFT_AND.search(before[-200:])) or _JOINT.match(after) or _IN_A_YEAR.search(left[0] + after[:60]):
        return False  # 'left the army in 2022 and joined the PDF': an earlier event
    return actor_in(TO_WHOM.match(after)[0]) in _OTHER_SIDES


def acted_on(previous: str) -> str | None:
    """Whose people 'they' are after a clause in which a named side acted on others ('the PDF surrounded the camp,
    and they surrendered'): the side its object names, '' when it names none; None when no named side acted on
    anyone (then 'they' may be the clause's own subject).

    >>> acted_on("the PDF surrounded the camp, and"), acted_on("the KIA besieged police officers in the town")
    ('', 'police')
    """
    acted = list(_ACTED_ON.finditer(previous))
    if not acted or actor_in(previous[: acted[-1].start()]) in ("", "civilians"):
        return None
    target = actor_in(previous[acted[-1].end() :])
    return "" if target == "civilians" else target


def of_them(previous: str, after: str) -> str:
    """Whose people 'six of them' are: the object of the clause before ('the TNLA surrounded soldiers in Nam Hpat'),
    else the first side it names ('a column was ambushed by the PDF'), never the side they went to ('... to the PDF')
    nor civilians; '' when none is left."""
    words = after_said(BY_AGENT.sub("", previous))  # 'according to the KIA, soldiers fled and 20 of them'
    acted = list(_ACTED_ON.finditer(words))
    went_to = actor_in(TO_WHOM.match(after)[0]) if re.match(r"\s+(?:to|into)\b", after) else ""
    named = ([actor_in(words[acted[-1].end() :])] if acted else []) + actors_named(words)
    return next((a for a in named if a not in ("", "civilians", went_to)), "")


#: a media report, and a later sentence's denial of it: 'a local outlet reported that ... The CDF denied the report.'
_WHICH_DENIED = re.compile(r",\s+which\s+([^.;,]{0,60}?)\s+(?:denied|rejected|dismissed)\b", re.I)
_CLAIMED_THAT = re.compile(r"\b(?:claimed|reported|said|alleged|announced)\s+that\b", re.I)
_MEDIA_SAID = re.compile(
    r"\b(?:media|outlets?|news|military|junta|regime|reports?)\b[^.;]{0,60}\b(?:reported|claimed|said|announced)\b",
    re.I,
)
_DENIED_REPORT = re.compile(
    r"([^.;]{0,80}?)\b(?:denied|rejected|dismissed)\s+(?:(?:the|this|that|these|those|such)\s+(?:reports?|claims?)\b"
    r"(?!\s+(?:that|of|about)\b)|that\s+(?:any\s+of\s+)?(?:its|their)\s+(?:members|fighters|troops|men)\s+"
    r"(?:had\s+|have\s+)?(?:surrendered|defected|deserted|fled|switched sides|returned to the legal fold|"
    r"laid down (?:their )?arms|given themselves up|done so|(?P<among>(?:were|was) (?:among them|involved)))\b)",
    re.I,
)


def denied_report(said: str, start: int, end: int, at: int = -1, actor: str = "") -> bool:
    """True when the sentence ``said[start:end]`` tells a media report that a later sentence says a side other
    than the junta denied (the side said to have taken the people: a junta denial is routine, and not read).

    >>> said = "Media reported that 30 soldiers had surrendered to the CDF. The CDF denied the report."
    >>> denied_report(said, 0, 58), denied_report(said.replace("The CDF", "The military"), 0, 58)
    (True, False)
    """
    which = _WHICH_DENIED.search(said, max(start, at), end)  # the verb (at ``at``) inside the claim denied
    if which and (claim := _CLAIMED_THAT.search(said, start, which.start())) and (at < 0 or claim.end() <= at):
        return actor_in(which.group(1)) in ("resistance", "armed_group")  # '..., which a KIA spokesperson denied'
    if not _MEDIA_SAID.search(said, start, end):
        return False
    denial = _DENIED_REPORT.search(said, end)
    denier = actor_last(denial.group(1)) if denial else ""
    if denial and denial.group("among") and denier != actor:
        return False  # 'The PDF denied that any of its members were involved' in soldiers' surrender to the PDF
    return denier in ("resistance", "armed_group")
