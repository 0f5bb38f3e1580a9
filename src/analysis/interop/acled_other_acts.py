"""'Defected', 'left', 'gave up', a white flag or a flight that tell no act of their own, for :mod:`.acled_untold`: 'a
group of defected soldiers' (who they are), 'as they left their camp' (when), 'left its camp to attack' (a movement),
'tried to retake the hill before they gave up' (an attempt), 'raised white flags and fled' (the flight is the fact),
'... and then opened fire' (a ruse), 'fled the scene' of a crime and 'escaped back to their camp' (away from an
attack, to their own side).

>>> said_of_something_else("left", "PDF fighters ", " their camp to attack the outpost.")
'moved'
>>> said_of_something_else("gave up", "troops on duty at the bridge waited all night and ", ".")
'a description'
>>> said_of_something_else("gave up", "after a week, twenty soldiers ", ".")
''
>>> fled_from_no_side(" the scene.", "a drunk soldier shot a shopkeeper, then "), fled_from_no_side(" to Tamu.", "")
('a description', '')
"""

from __future__ import annotations

import re

from ..vocab import TROOP_ACTORS
from .acled_nouns import NUMBER_WORDS
from .acled_who import actor_in

_AS_THEY = re.compile(r"\bas\s+(?:they|he|she|the\s+\w+)\s+$", re.I)  # 'as they left their camp': when
#: 'a group of defected soldiers': people who defected before, named by what they did
_DEFECTED_PEOPLE = re.compile(
    r"\s+(?:military\s+|army\s+|junta\s+)?(?:soldiers|troops|police(?:\s+officers)?|policemen|officers|personnel|"
    r"members|servicemen)\b",
    re.I,
)
_AND_FLED = re.compile(r"^\s+and\s+(?:then\s+)?fled\b")
#: 'raised a white flag ... and then opened fire on them' (a ruse), 'under a white flag to recover bodies': no surrender
_RUSE = re.compile(
    r"^(?:[^.;]{0,80}?\band\s+(?:then\s+)?(?:opened fire|fired|shot|attacked|ambushed)|"
    r"\s+to\s+(?:negotiate|collect|recover|retrieve|talk|discuss|ask|request))\b",
    re.I,
)
#: 'a drunk soldier shot a shopkeeper, then fled the scene': away from his crime, not from his side
_CRIME_SCENE = re.compile(r"\b(?:shot|stabbed|robbed|raped|beat|assaulted|looted)\b(?![^.;]*\bambush)", re.I)

#: 'left their base to attack the village', 'left its camp on patrol': a movement, not positions abandoned
_MOVED = re.compile(
    r"^[^.;]{0,60}?\b(?:to\s+(?:attack|raid|patrol|launch|conduct|join|reinforce|pursue|clear|hunt|search|fight)|"
    r"for\s+(?:a\s+|an\s+)?(?:patrol|operation|mission|raid|offensive)|on\s+(?:a\s+)?patrol|"
    r"and\s+(?:attacked|raided|launched|marched(?!\s+(?:towards?|back)\b)|advanced|conducted|opened|ambushed|shelled|stormed|entered|torched|"
    r"burned|burnt|set fire|looted|killed|shot|arrested|clashed|ran into)|where they (?:clashed|attacked|fought))\b",
    re.I,
)

_BACK_TO_OWN = re.compile(
    r"\s+(?:safely\s+)?back\s+(?:to|towards?)\s+(?:their|its|his)\s+(?:camp|base|unit|battalion|lines|positions?|outpost)",
    re.I,
)


#: 'gave up.' alone is a surrender only of people counted, not of an attempt: 'tried to retake the hill before they
#: gave up', 'attempted to storm the village twice but gave up' (not '15 soldiers besieged at the camp gave up.')
_GAVE_UP_TRYING = re.compile(
    r"\b(?:but|before|after|when|until|tried|attempted|search(?:ed|ing)?)\b|"
    r"(?<!were )(?<!was )(?<!been )\b(?:attacked|shelled|stormed|assaulted|chased|pursued|bombed|raided|targeted)\b"
    r"[^,;]*\band\s*$|"  # not '20 soldiers at the camp were attacked for three days and gave up'
    r"\bbesieged\s+(?:the|a|an|its|their)\b[^,;]*\band\s*$",
    re.I,
)  # 'attacked the position for two days and gave up', not 'besieged in the station ... were exhausted and gave up'
_COUNTED = re.compile(rf"\b(?:{NUMBER_WORDS})\b", re.I)  # 'twenty soldiers ... gave up', not 'on duty ... gave up'


def said_of_something_else(verb: str, tail: str, after: str) -> str:
    """Why 'defected', 'left' or a white flag tells no act of its own here ('a group of defected soldiers', 'as they
    left their camp', 'left its camp to attack', 'raised white flags and fled', '... and then opened fire'), or ''."""
    low = verb.lower()
    if low == "defected" and _DEFECTED_PEOPLE.match(after):
        return "a description"  # 'according to a group of defected soldiers': who they are, not what they did
    if low == "left" and _AS_THEY.search(tail):
        return "a description"  # 'were shot dead by their own comrades as they left their camp': when, not what
    if low == "left" and _MOVED.match(after):
        return "moved"
    if "white flag" in low and _AND_FLED.match(after):
        return "a description"  # they raised white flags and fled: the flight is the fact
    if "white flag" in low and _RUSE.match(after):
        return "not done"  # 'raised a white flag ... and then opened fire on them'
    clause = re.split(r"[,;]", tail)[-1]
    if (
        low == "gave up"
        and after.lstrip()[:1] in (".", ";", "")
        and (_GAVE_UP_TRYING.search(clause) or not _COUNTED.search(clause))
    ):
        return "a description"  # 'troops searched the forest but gave up.': an attempt given up
    return ""


def fled_from_no_side(after: str, tail: str) -> str:
    """'a description' when a flight leaves no side: 'fled the scene' of a crime ('shot a shopkeeper, then fled the
    scene'; not 'fled the scene' of an ambush), 'escaped back to their camp'; else ''."""
    if after.startswith(" the scene") and _CRIME_SCENE.search(tail) or _BACK_TO_OWN.match(after):
        return "a description"
    return ""


#: another act of the same people in the notes: handing their weapons over is part of it ('defected to the KNU ... The
#: officers handed their service weapons to KNLA Brigade 6', 'deserted ... Several handed their guns to the PDF')
_ANOTHER_ACT = re.compile(
    r"\b(?:defect\w*|join(?:ed|ing)(?!\s+by\b)|switched\s+sides|went\s+over|came\s+over|fled|deserted|"
    r"crossed\s+(?:into|over|the\s+border))\b",
    re.I,
)
#: the act is other people's: 'days after residents of their village fled', 'after the junta column ... fled'
_OTHER_PEOPLE = re.compile(r"\b(?:residents|villagers|civilians|families|people(?!['’]s)|column)\b[^.;,]{0,40}$", re.I)


_FOR_KEEPING = re.compile(r"[^.;,]{0,80}?\bfor\s+(?:redistribution|inspection|safekeeping|storage|repairs?)\b", re.I)
#: weapons handed over as groups merge or are renamed: 'to the Chinland Council after the two groups agreed to merge'
_REORGANISED = re.compile(
    r"[^.;]{0,120}?\b(?:renamed\s+itself|rebranded\s+itself|re-?registration|registration\s+under|after\s+(?:a|the)\s+merger|"
    r"(?:under|into)\s+(?:a\s+|the\s+)?(?:new\s+)?joint\s+command(?!\s+(?:post|headquarters))|"
    r"(?:two|both)\s+groups\s+(?:had\s+)?(?:agreed\s+to\s+)?merge)",
    re.I,
)  # not 'registration as prisoners of war', 'the military merged two battalions', 'would merge with the resistance'


def weapons_of_another_act(verb: str, before: str, after: str) -> str:
    """'part of another act' when people handing their weapons to a side ('handed their rifles to the PDF') are told
    doing something else too (defecting, joining, fleeing, crossing a border): that act is the event; 'a description'
    when they hand them to their own camp or for keeping ('to the NUG's defence ministry for redistribution'); else ''.

    >>> weapons_of_another_act("handed their rifles", "11 militia members ", " to the PDF and joined its ranks.")
    'part of another act'
    >>> weapons_of_another_act("handed in their guns", "15 Pyu Saw Htee members ", " to the PDF.")
    ''
    """
    if not verb.lower().startswith("hand") or not re.search(
        r"\b(?:weapons|arms|guns|rifles|firearms|pistols)(?:\s+and\s+(?:ammunition|magazines))?$", verb, re.I
    ):
        return ""
    giver, taker = actor_in(before[-80:]), actor_in(after.split(".")[0][:80])  # 'about 60 men': no camp
    camps = giver not in ("", "civilians", "unknown") and taker and (giver in TROOP_ACTORS) == (taker in TROOP_ACTORS)
    if (
        camps
        or _REORGANISED.match(after)
        or _FOR_KEEPING.match(after)
        and not (giver in TROOP_ACTORS and taker not in ("", *TROOP_ACTORS))
    ):
        return "a description"  # 'PDF fighters handed their weapons to the NUG's defence ministry': their own side
    text = before + after
    acts = (m for m in _ANOTHER_ACT.finditer(text) if not _OTHER_PEOPLE.search(text, max(0, m.start() - 60), m.start()))
    return "part of another act" if next(acts, None) else ""


#: a white flag the people's own side shot at, or one told of people who only tried to surrender
_FLAG_STOPPED = re.compile(
    r"^[^.;]{0,120}?\b(?:their|his)\s+own\s+(?:officers?|commanders?|comrades|troops|side)\s+"
    r"(?:opened\s+fire|shot|fired|killed)|"
    r"^[^.]{0,120}?;\s*(?:their|his)\s+own\s+(?:officers?|commanders?|comrades|troops|side)\s+(?:(?:opened\s+fire\s+on|"
    r"fired\s+on|shot\s+at|shot|killed)\s+(?:them|him)\b|opened\s+fire,\s+killing\b)|"
    r"^[^.;]{0,20}?,?\s+but\s+[^.;]{0,40}?\bopened\s+fire\s+on\s+them\b"
    r"(?![^.;]{0,60}\b(?<!refused to )(?<!refusing to )(?<!declining to )(?<!declined to )(?<!not )(?<!without )"
    r"(?<!willing to )(?:(?:accept|receiv)\w*\s+(?:(?:their|his|the)\s+)?surrender|"
    r"t(?:ook|aking|aken)\s+(?!no\b|none\b)(?:[\w-]+\s+){0,3}?(?:prisoners?|captives?|into\s+custody)))|"
    r"^\s+(?:[^\s.;]+\s+){0,6}?to\s+(?:request|ask\s+for|guide|mark|collect|retrieve|recover|alert|"
    r"signal\s+(?:a|their)\s+(?:request|wish|pause|ceasefire|truce)|"
    r"show\s+(?:that\s+)?(?:they|it)\s+(?:were|was)\s+(?!unarmed|surrendering|giving)\w)|"
    r"^[^.;]{0,80}?\bbefore\b[^.;]{0,40}?\b(?:stormed|overran|attacked|seized)\b",  # 'before AA fighters stormed it'
    re.I,
)
_TRIED = re.compile(r"\b(?:tried|trying|attempted|attempting)\s+to\s+surrender\b", re.I)


def flag_not_done(verb: str, before: str, after: str) -> str:
    """'not done' for a white flag that ended in no surrender: '... waved white cloth and walked towards the PDF
    positions, but their own officers opened fire on them', or in a note of soldiers shot 'as they tried to surrender'.

    >>> flag_not_done("waved white cloth", "soldiers ", " and walked out, but their own officers opened fire on them.")
    'not done'
    """
    if "white" not in verb.lower():
        return ""
    return "not done" if _FLAG_STOPPED.match(after) or _TRIED.search(before) else ""


def no_act_of_its_own(verb: str, tail: str, told: str, after: str) -> str:
    """Why the verb tells no act of its own (:func:`said_of_something_else`, :func:`weapons_of_another_act`,
    :func:`flag_not_done`; ``told``: the notes up to the verb, the sentence before included), or ''."""
    return (
        said_of_something_else(verb, tail, after)
        or weapons_of_another_act(verb, told, after)
        or flag_not_done(verb, told, after)
    )


#: a crime before 'and (fled)': 'two armed men robbed a shop and fled' is no flight of armed men (of any side's)
A_CRIME = re.compile(
    r"\b(?:robbed|looted|attacked|shot|fired|set fire|burn(?:ed|t)|killed|abducted|extorted|stole|raided|ambushed|"
    r"threw|detonated|bombed|planted|kidnapped|murdered|opened fire)\b"
    r"[^.;]*\band\s*$",
    re.I,
)
#: a crime in the same clause before 'and (fled)': 'Pyu Saw Htee members looted shops in the village and fled' is no
#: desertion (burning houses or a monastery, not their own post or papers; not '..., and 8 of them fled')
LOOTED = re.compile(
    r"\b(?:robbed|looted|extorted|stole|kidnapped|abducted|raped|set fire to (?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:monaster(?:y|ies)|houses?|homes?|shops?|schools?|churche?s?|mosques?|villages?))\b[^.;,]*\band\s*$",
    re.I,
)
