"""Whether a verb of changing sides in an ACLED note names a change of side, for :mod:`.acled_select`: 'joined' is
a defection only in ACLED's 'Change to armed group' notes, of the side ACLED names first, and not to the junta;
'went over to' names a side; 'broke away from the military' is no defection by resistance fighters, nor by
soldiers who then fled into the forest (a flight).

>>> no_change({"actor1": "PDF: People's Defense Force"}, "defected", "broke away from the military", "resistance",
...     False, " near the village.")
'a description'
>>> no_side_named("went over to", " the offensive."), no_side_named("went over to", " the PDF.")
(True, False)
"""

from __future__ import annotations

import re

from ..reference.acled_actors import actor_of
from ..vocab import TROOP_ACTORS
from .acled_border import FOREIGN_HOSTS, FOREIGN_TOWNS
from .acled_nouns import NUMBER_WORDS
from .acled_places import AND_FLED
from .acled_text import CDM, JUNTA_NAMES
from .acled_who import OTHER_SIDES, TO_WHOM, actor_in, actor_last, side_joined

#: the side (as acled_actors names it) of each actor the words can name
SIDE = {a: "junta" for a in TROOP_ACTORS} | {"resistance": "resistance", "armed_group": "armed_group"}
#: 'went over to the military', not 'fled to the military camp' (their own side's)
TO_JUNTA = re.compile(
    rf"^\s*(?:and\s+\w+\s+)?to (?:the )?(?:Myanmar )?(?:{JUNTA_NAMES}|military council|"
    r"police|security forces)\b"
    r"(?!['’]s|\s+(?:camps?|bases?|posts?|outposts?|positions?|headquarters|stations?|columns?)\b)",
    re.I,
)
#: 'turned himself in at the Meiktila police station': to the junta's police
_AT_A_POLICE_STATION = re.compile(
    rf"^\s*(?:in\s+)?at\s+(?!(?:the\s+)?(?:{FOREIGN_TOWNS})\b)(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?police\s+station\b",
    re.I,
)  # not 'at the Mae Sot police station': across the border


_BACK_TO_HIS_UNIT = re.compile(
    r"\b(?:was|were)\s+(?:returned|handed\s+back|sent\s+back)\s+to\s+(?:his|their)\s+(?:unit|battalion|camp|base)\b",
    re.I,
)


def to_the_junta(kind: str, verb: str, who: str, after: str) -> str:
    """Whose people went to the junta ('to the military', 'to the police', 'turned himself in at the ... police
    station'): 'own side' for the junta's own surrendering to it (a deserter coming back), else the people's side
    when another's ('resistance'), else 'unknown'; '' when the words after the verb name no junta receiver."""
    himself = "himself" in verb.lower() and _AT_A_POLICE_STATION.match(after)  # not '25 police surrendered at'
    # '... and was returned to his unit' (the junta's own), not 'surrendered to the KNDF and was handed back ...'
    told = after.split(".")[0]
    himself = himself or kind == "surrendered" and _BACK_TO_HIS_UNIT.search(told) and actor_in(told) not in OTHER_SIDES
    if not (TO_JUNTA.match(after) or himself):
        return ""
    if kind == "surrendered" and SIDE.get(who) == "junta":
        return "own side"
    return who if who in OTHER_SIDES else "unknown"


#: the junta's own side or its places after 'went over to': 'the Pyu Saw Htee', 'the militia camp', 'the military'
_OWN_SIDE = re.compile(
    rf"^\s*(?:to\s+)?(?:the\s+|a\s+)?(?:Myanmar\s+)?(?:{JUNTA_NAMES}|police|security forces|"
    r"pyu saw htee|(?:people['’]s\s+)?militias?|border guard|bgf)\b"
    r"(?!\s+of\s+(?:the\s+)?(?-i:[A-Z]{2,})|\s+(?:fighting\s+(?:against\s+)?|opposed\s+to\s+|against\s+)(?:the\s+)?"
    r"(?:junta|military|regime|army|sac|tatmadaw|coup)\b|\s+(?:fighting\s+)?(?:alongside|allied\s+with)\s+(?:the\s+)?"
    r"(?:pdf|resistance|kia|aa|tnla|mndaa|knla|kndf|cdf|nug|"
    r"(?!(?:sac|bgf|lib|ib|lid|pmf)\b)(?-i:[A-Z]{2,})))"  # 'the army of the KNU'
    r"(?!['’]s\s+(?!(?:(?!opposing|former|rival|enemy|ex-)[\w-]+\s+){0,2}?(?:outposts?|camps?|bases?|posts?|"
    r"side|positions?|lines|forces|troops|columns?|units?|stations?|checkpoints?|garrisons?|allies|militias?|own|air|"
    r"light|infantry|battalions?|headquarters|reinforcements|divisions?|brigades?|commands?|lib|ib)\b))",
    re.I,
)
#: the words after 'went over to': up to the next clause
_TO_A_SIDE = re.compile(
    r"\b(?:(?i:side|revolution|resistance|pdf|people'?s defen[cs]e|military|army|junta|regime|forces?|pyu saw htee|"
    r"militias?|border guard|"
    r"(?:democra(?:cy|tic)|people['’]s|anti-[\w-]+|revolutionary|resistance|disobedience|revolution|liberation|"
    r"freedom|spring)\s+movement|"  # 'went over to the democracy movement in Kale township'
    r"(?<!troop )(?<!troops['’] )(?<!troops )movement(?!\s+(?:of|on|in|along|near|at|to|from)\b))|[A-Z]{2,6})\b"
)
#: 'joined forces with', 'joined the fighting': no one changed sides
_JOINED_NOT = re.compile(
    r"^\s+(?:the\s+)?(?:forces|hands|fighting|offensive|attacks?|battles?|operations?|clash(?:es)?)\b", re.I
)
_MEMBERS = re.compile(r"^\s+(?:its|their)\s+(?:members|troops|fighters|leaders)\b", re.I)  # 'received by its members'
_ITS_TROOPS = re.compile(r"\s*(?:troops|soldiers|forces|columns?|units?|platoons?|compan(?:y|ies))\b", re.I)
_SOURCE = re.compile(  # ', the PDF said', not ', which said they would join the KNLA'
    r",\s*(?![^,]*\bjoin)(?:[^,]*\b(?:said|reported|claimed)\b[^,]*|according to [^,]*)\s*(?=,|$)", re.I
)
_JOINS = re.compile(  # 'to join the PDF', 'to join an ethnic armed group', not 'to rejoin their families'
    r"\bjoin(?:ed|ing|s)?\s+(?:(?:the|a|an|its|their)\s+)?"
    r"(?:(?-i:[A-Z])|(?:ethnic |local )?(?:armed|guerrilla|resistance)|it\b)",
    re.I,
)
_CHANGE = re.compile(r"^\s*change to armed group:", re.I)  # ACLED's heading of a defection: 'joined' says one
#: 'joined the PDF with their rifles', 'joined the KIA bringing two carbines': a defection outside the heading
_WITH_ARMS = re.compile(
    r"^\s+(?:[\w'’/-]+,?\s+){1,6}?(?:with|bringing|carrying|taking)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:weapons?|rifles?|arms|firearms?|guns?|pistols?|carbines?|ammunition)\b",
    re.I,
)
_TO_FIGHT = re.compile(  # 'joined the KIA with heavy weapons in attacking the camp': beside it, not to it
    r"\b(?:in|to|for)\s+(?:(?:the|an?|its|their)\s+)?(?:attack|assault|offensive|fight|raid|battle|operation)", re.I
)


def _joins_the_junta(after: str) -> bool:
    """True when the first 'the ...' after 'joined' is the military ('joined the army'); False when there is none."""
    the = after.find(" the")
    return the >= 0 and TO_JUNTA.match(" to" + after[the : the + 40]) is not None


#: not "a soldier who had deserted and joined", "police arrested a former soldier"
_RELATIVE = re.compile(r"\b(?:who|whom|which|where|former|arrested|detained)\b", re.I)


def outside_heading(row: dict, after: str, left: bool, subject: str = "", clause: str = "") -> bool:
    """'joined' outside ACLED's heading (but 'left their post and joined the PDF': ``left``; 'joined the PDF with
    their rifles'; 'three soldiers ... joined the PDF': the junta's people named, another side joined), or 'joined
    forces'."""
    armed = _WITH_ARMS.match(after) and actor_in(after.split(" with ")[0]) in OTHER_SIDES
    joined = re.split(r"\s+(?:with|in|at|near|on|after|while)\s+", TO_WHOM.match(after)[0])[0]  # 'the PDF in Kale'
    named = actor_in(subject) in TROOP_ACTORS and side_joined(joined) in OTHER_SIDES and not _RELATIVE.search(clause)
    armed = (armed or named) and not _TO_FIGHT.search(after.split(".")[0])
    return not (_CHANGE.match(row.get("notes", "")) or left or armed) or _JOINED_NOT.match(after) is not None


def no_side_named(verb: str, after: str) -> bool:
    """'came over to the village', 'went over to the offensive': a verb of going over that names no side."""
    host = verb.lower().endswith((" over to", " by", " of")) and not FOREIGN_HOSTS.match(after)
    return bool(host and not (_TO_A_SIDE.search(TO_WHOM.match(after)[0]) or _MEMBERS.match(after)))


_THEIR_OWN = re.compile(r"\b(?:their|its|his|her)\s+(?:own\s+)?(?:[\w'-]+\s+)?[\w'-]+", re.I)
_PURPOSE_END = re.compile(r"\b(?:during|in|near|at|on|after|while|when|as)\b|,", re.I)
_JOIN_END = re.compile(r"\b(?:during|near|at|on|after|while|when|as)\b|,", re.I)  # 'to join classmates in the KIA'
_AGAINST = {"junta": "against", "against": "junta"}  # 'to fight against the junta': towards the other camp


def _camp(actor: str) -> str:
    """The junta's camp or the camp against it (the resistance and the armed groups together), '' for neither."""
    return "junta" if SIDE.get(actor) == "junta" else "against" if actor in OTHER_SIDES else ""


def _towards_the_other_camp(who: str, after: str) -> bool:
    """'crossed the front line to ...' of ``who``: True when the purpose names the other camp ('to join the PDF', 'to
    fight against the junta', 'to join their classmates in the KIA'); False for their own camp or none ('to bring
    food to their troops', 'to help villagers') and for other sides' 'to fight with' ('KIA fighters ... to fight
    with the military': a clash)."""
    purpose = _THEIR_OWN.sub("", after.split(".")[0])  # 'to bring food to their troops': their own side
    joins = purpose.lstrip().startswith("join ") or " to join " in purpose  # not cut at 'in': '... in the KIA'
    purpose = (_JOIN_END if joins else _PURPOSE_END).split(purpose, maxsplit=1)[0]  # not '... during an ambush'
    if purpose.lstrip().startswith("fight with") and SIDE.get(who) != "junta":
        return False
    towards, _, against = purpose.partition(" against ")
    camp = _AGAINST.get(_camp(actor_in(against)), "") if against else _camp(actor_in(towards))
    return camp not in ("", _camp(who))


def no_change(row: dict, kind: str, verb: str, who: str, left: bool, after: str) -> str:
    """Why a defection or 'joined' of ``who`` names no change of side ('a description', 'joined'), or ''."""
    if kind == "defected" and verb.lower().startswith("broke away"):
        fled = AND_FLED.search(after)  # '... and fled into the forest', not '... and fled to join the PDF'
        rest = _SOURCE.sub("", after.split(".")[0])  # not ', the PDF said'
        joins = _TO_A_SIDE.search(rest) or _JOINS.search(rest)
        if who in OTHER_SIDES or fled and not joins:
            return "a description"  # 'a PDF column broke away from the junta troops'; '... and fled into the forest'
        if who not in TROOP_ACTORS and _ITS_TROOPS.match(after) and not joins:
            return "a description"  # 'They broke away from the military troops at night' (who they are untold)
    if kind == "defected" and " line" in verb.lower() and not _towards_the_other_camp(who, after):
        return "a description"  # 'crossed the front line to bring supplies to a PDF unit', '... to help villagers'
    if verb.lower().endswith(" over to") and SIDE.get(who) == "junta" and _OWN_SIDE.match(after):
        return "a description"  # 'three soldiers went over to the Pyu Saw Htee', 'came over to the militia camp'
    if kind == "joined" and not left and SIDE.get(who) != actor_of(row.get("actor1", ""))[0]:
        return "joined"  # who joined is not of the side ACLED names first ('a column of 300 troops' of a PDF)
    if kind == "joined" and SIDE.get(who) == "junta" and _joins_the_junta(after):
        return "joined"  # militia joining the military: the same side
    return ""


_RECEIVER = re.compile(r"^\s*(?:to|through) (?:the )?([^,.;]+)")
_SPEAKERS_OWN = re.compile(  # 'the KNDF said (several of) its troops abandoned ...': the speaker's
    rf"(?i)\b(?:said|stated|announced|claimed|reported|confirmed)(?:\s+that)?\s+(?:(?:{NUMBER_WORDS}|half|most|several|"
    r"some|many|all|a few|a handful|a couple|an?\s+\w+)\s+of\s+(?:its|their(?!\s+(?:\w+\s+)?soldiers))|its|their)"
    r"\s+(?:own\s+)?(?:\w+\s+)?(?:troops|forces|fighters|members|soldiers|men|columns?|units?)\s*$"
)

_THEIR_SOLDIERS = re.compile(r"\btheir\s+(?:\w+\s+)?soldiers\s*$", re.I)  # 'their soldiers': of whom is told before
#: the last attack told before the speaker: its words before the verb name who attacked
_ATTACKED = re.compile(
    r"(?:^|[.;]\s*)([^.;]*?)\b(?:ambushed|attacked|besieged|raided|overran|surrounded|stormed|shelled|assaulted|"
    r"encircled|captured|seized)\b(?![^.;]*\b(?:ambushed|attacked|besieged|raided|overran|surrounded|stormed|shelled|"
    r"assaulted|encircled|captured|seized)\b)([^.;]{0,60})",
    re.I,
)


def speakers_own(before: str, earlier: str = "") -> str:
    """The speaker's side when the words before a verb end '<speaker> said its troops' ('unknown' when the
    speaker names no side the rule knows); '' when they do not.

    >>> speakers_own("the PDF said its troops "), speakers_own("a group said their men "), speakers_own("its men ")
    ('resistance', 'unknown', '')
    """
    tail = before[-160:]
    if not (said := _SPEAKERS_OWN.search(tail)):
        return ""
    speaker = actor_last(tail[: said.start()]) or "unknown"
    if speaker == "civilians":
        return ""  # 'villagers said that their soldiers fled': the soldiers of a side, not the villagers
    told = (earlier + " " + before[: len(before) - len(tail) + said.start()])[-250:]
    if _THEIR_SOLDIERS.search(said.group(0)) and (attack := _ATTACKED.search(told)):
        if actor_in(attack.group(1).split(",")[-1]) == speaker:  # 'The PDF ambushed ... The PDF said their soldiers
            return actor_in(attack.group(2)) if actor_in(attack.group(2)) in TROOP_ACTORS else ""  # fled': the other
    return speaker  # side's; 'junta troops attacked the KNDF; the KNDF said their soldiers abandoned ...': its own


def fallback_actor(row: dict, after: str) -> str:
    """The side ACLED names that is not the one surrendered or gone 'to' (when the notes name no one), else unknown."""
    receiver = _RECEIVER.match(after)
    sides = [(actor_of(row.get(k, "")), row.get(k, "")) for k in ("actor1", "actor2")]
    if receiver:
        others = [s for (s, name) in sides if name and receiver.group(1).split()[0].lower() not in name.lower()]
        if len(others) == 1 and others[0][0] == "junta":
            return others[0][1]
    return "unknown"


def heading_side(row: dict, after: str) -> str:
    """Whose people unnamed men or people are who went over 'to' a side: in ACLED's 'Change to armed group' notes,
    the junta's side ACLED names that they left (:func:`fallback_actor`), else unknown.

    >>> row = {"notes": "Change to armed group: On 14 May 2022, three men defected to the PDF.", "actor1":
    ...     "Military Forces of Myanmar (2021-)", "actor2": "People's Defense Force - Taze"}
    >>> heading_side(row, " to the People's Defense Force - Taze."), heading_side({**row, "notes": "three men"}, " to")
    ('junta_army', 'unknown')
    """
    return fallback_actor(row, after) if _CHANGE.match(row.get("notes", "")) else "unknown"


_MEN = re.compile(r"\b(?:m[ae]n|people|persons|individuals)\b", re.I)


def men_of_the_heading(row: dict, kind: str, who: str, subject: str, after: str) -> str:
    """``who``, or for men or people of no named side who defect or join a side in ACLED's 'Change to armed group'
    notes, the junta's side ACLED names that they left (:func:`heading_side`; 'three men joined the People's Defense
    Force - Myaung' with the military as the first actor: soldiers).

    >>> row = {"notes": "Change to armed group: On 3 March 2024, three men joined the PDF.", "actor1":
    ...     "Military Forces of Myanmar (2021-)", "actor2": "People's Defense Force - Myaung"}
    >>> men_of_the_heading(row, "joined", "civilians", "three men ", " the People's Defense Force - Myaung.")
    'junta_army'
    >>> men_of_the_heading({**row, "notes": "On 3 March 2024, three men joined the PDF."}, "joined", "civilians",
    ...     "three men ", " the People's Defense Force - Myaung.")
    'civilians'
    """
    if who not in ("", "civilians", "unknown") or kind not in ("defected", "joined") or not _MEN.search(subject):
        return who
    side = heading_side(row, after if kind != "joined" else " to" + after)
    return side if side != "unknown" else who


_CDM = re.compile(rf"\b{CDM}\b", re.I)
_WHO_HAD = re.compile(r"\b(?:who|that)\s+had\b[^.;]*\band\s+$", re.I)  # 'a former soldier who had deserted ... and'


def cdm_not_personnel(verb: str, who: str, tail: str) -> str:
    """Why joining the Civil Disobedience Movement (``verb``) is no defection of junta personnel here, or '': the
    people are not named as its soldiers, police or militia (civil servants, staff: ``who``), or it is told in a
    relative clause of someone's past ('a former soldier who had deserted ... and joined the CDM').

    >>> cdm_not_personnel("joined the CDM", "civilians", "five civil servants ")
    'civilians'
    >>> cdm_not_personnel("joined the CDM", "police", "12 police officers ")
    ''
    """
    if not _CDM.search(verb):
        return ""
    if _WHO_HAD.search(tail):
        return "background"
    return "" if who in TROOP_ACTORS else "civilians"


#: words that name the army's people or units ('a sergeant of LIB-334', 'military-controlled media'): where a note
#: has one, its 'personnel' or 'men' may be soldiers whatever ACLED's actor fields say
_ARMY_WORDS = re.compile(
    r"\b(?:soldiers?|troops?|army|military|tatmadaw|navy|naval|air\s+(?:force|base)|conscripts?|l?ib|moc|lid|"
    r"battalions?|regiments?|columns?|sailors?|ratings|junta)\b",
    re.I,
)


def named_in_the_actors(row: dict, who: str) -> str:
    """The police, a militia or a BGF for people the notes name only by words any force has ('12 personnel stationed
    at the Nam Sai post', 'a sergeant at the No. 2 station'), when ACLED's actor fields name that force and no other
    of the junta's and the notes have no word of the army; else ``who``.

    >>> row = {"notes": "12 personnel at the Nam Sai post defected.", "actor1": "Police Forces of Myanmar (2021-)"}
    >>> named_in_the_actors(row, "junta_army"), named_in_the_actors({**row, "notes": "12 soldiers ..."}, "junta_army")
    ('police', 'junta_army')
    """
    if who != "junta_army" or _ARMY_WORDS.search(row.get("notes", "")):
        return who
    named = {actor for side, actor in (actor_of(row.get(k) or "") for k in ("actor1", "actor2")) if side == "junta"}
    return named.pop() if len(named) == 1 and named <= {"police", "militia", "bgf"} else who
