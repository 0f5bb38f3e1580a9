"""Who the words of an ACLED note refer to, for :mod:`.acled_select` and :mod:`.acled_capture`: the people a pronoun
or 'six of them' stands for, the people taken beside things, and people who left their side to join another.

>>> acted_on("the PDF surrounded the camp, and")
''
"""

from __future__ import annotations

import re

from ..reference.acled_actors import actor_of
from ..vocab import TROOP_ACTORS
from .acled_nouns import FIGURE_QUALIFIERS, NUMBER_WORDS, PERSON
from .acled_who import BY_AGENT, OTHER_SIDES, TO_WHOM, actor_in, actor_last, actors_named, after_said, side_joined

#: a pronoun object ('captured him', 'captured four of them') and the people named before it, with their side
_THEM = re.compile(
    rf"^\s*(?:(?:(?:{FIGURE_QUALIFIERS}\s+)?(?:{NUMBER_WORDS})|all|some|several|both)\s+of\s+)?(?:them|him|her)\b", re.I
)
_NAMED_BEFORE = re.compile(
    rf"\b(?:(?![\w'’-]+ed\b)[\w'’-]+\s+){{0,4}}\b(?:{PERSON})\b"
    r"(?:\s+of\s+(?:the\s+)?(?:(?!(?:who|which|that|were|was|and|in|at|near)\b)[\w'’-]+\s*){1,5})?",
    re.I,
)


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
    r"\b(?:left|leaving|abandoned|abandoning|deserted|deserting|quit|quitting|fled|fleeing|slipped\s+(?:out\s+of|away\s+from))\s+"
    r"(?:(?:the|their|his|her|its)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:posts?|units?|bases?|battalions?|compan(?:y|ies)|columns?|platoons?|camps?|positions?|stations?|outposts?|ranks|"
    r"vessels?|ships?|boats?|barracks|checkpoints?|"
    r"force|army|military|police|"
    r"militia|pyu saw htee|bgf)\b[^.;]{0,120}?(?:\band\s+(?:then\s+|later\s+)?|,\s+where\s+(?:they|he|she)\s+)$|"
    r"\bwalked\s+out\b[^.;]{0,60}?\band\s+(?:then\s+|later\s+)?$|"  # 'walked out with their weapons and joined'
    r"\bhand(?:ed|ing)\s+(?:in|over)\s+(?:their|his|her)\s+(?:(?!captured|seized)[\w-]+\s+){0,2}?(?:weapons|arms|guns|rifles|"
    r"firearms|"
    r"pistols)\b[^.;]{0,60}?\band\s+(?:then\s+|later\s+)?$",  # 'handed in their pistols to the PDF and joined'
    re.I,
)
#: fled with their arms, then 'joined' (only that verb): 'fled with their rifles and joined the PDF'
_FLED_ARMED_AND = re.compile(
    r"\b(?:(?:fled|deserted|walked off|ran off|slipped away)(?:\s+(?:together|overnight|that night|at night|quietly))?"
    r"(?=\s+with\b|\s+and\b)|left(?=\s+with\b))"
    r"(?:\s+with\s+(?:their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:rifles?|weapons?|arms|guns?|pistols?))?"
    r"\s+and\s+(?:then\s+|later\s+)?$",  # 'deserted and joined a PDF group', 'fled with their rifles and joined'
    re.I,
)
_JOINT = re.compile(  # 'joined the KIA in the offensive', 'joined the KIA's attack': fighting beside, not defecting
    r"(?:\s+(?:the|an?|its|their)\s+(?:[\w'’-]+\s+){0,2}?|"
    r"[^,.;]{0,40}?(?:\b(?:in|for)\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+)?|['’]s\s+(?:[\w-]+\s+)?))"
    r"(?:offensives?|attacks?|assaults?|fighting|operations?|raids?|battles?)\b|"
    r"[^,.;]{0,40}?\bin\s+(?:attacking|assaulting|raiding|storming|fighting|shelling)\b",
    re.I,
)


_DESERTED = re.compile(r"\b(?:desert\w*|quit\w*|posts?|ranks|army|military|police|force|militia|bgf)\b", re.I)
_IT = re.compile(r"\s*(?:it|them|the group|the force|its ranks)\s*$", re.I)
_IN_A_YEAR = re.compile(
    r"\bin (?:early |mid-?|late )?(?:19|20)\d\d\b|\bto have (?:left|quit|deserted)\b|"
    r"\b(?:last|the previous|the past) (?:year|month|week)\b|\b(?:years|months) (?:ago|earlier)\b|\bpreviously\b"
)


def left_to_join(before: str, after: str, verb: str = "joined") -> bool:
    """True when people 'joined' a side after leaving their own ('left their post and joined the local PDF'), not
    to fight beside it ('joined the KIA in the offensive').

    >>> left_to_join("two soldiers left their post and ", " the local PDF.")
    True
    >>> left_to_join("the PDF left its camp and ", " the KIA in an attack on the outpost.")
    False
    """
    left = _LEFT_AND.search(before[-200:]) or verb.lower() == "joined" and _FLED_ARMED_AND.search(before[-120:])
    joint = _JOINT.match(after) and not _DESERTED.search(left[0]) if left else True  # not 'deserted and joined X in'
    if joint or _IN_A_YEAR.search(left[0] + after.split(",")[0][:60]):
        return False  # 'left the army in 2022 and joined the PDF': an earlier event
    who = TO_WHOM.match(after)[0]  # 'joined it', 'joined the group': the side the clause before named
    return (side_joined(who) or _IT.match(who) and actor_last(before[-120:])) in OTHER_SIDES


_BEEN = re.compile(r"\b(?:were|was|been|being)\s+(?:\w+ly\s+)?$", re.I)


def acted_on(previous: str) -> str | None:
    """Whose people 'they' are after a clause in which a named side acted on others ('the PDF surrounded the camp,
    and they surrendered'): the side its object names, '' when it names none; None when no named side acted on
    anyone (then 'they' may be the clause's own subject).

    >>> acted_on("the PDF surrounded the camp, and"), acted_on("the KIA besieged police officers in the town")
    ('', 'police')
    """
    acted = [a for a in _ACTED_ON.finditer(previous) if not _BEEN.search(previous, 0, a.start())]  # not passive
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


def named_before(row: dict, words: str, obj: str, subject: str = "") -> str:
    """The people a pronoun object stands for, named before the verb, of another side than ACLED's first actor
    (the side that acted); '' when none.

    >>> pdf = {"actor1": "PDF: People's Defense Force"}
    >>> named_before(pdf, "the PDF raided a house where Pyu Saw Htee members were gathering and ", " four of them")
    'where Pyu Saw Htee members'
    >>> named_before(pdf, "local defence forces attacked members of the People's Militia Force who were there ", "him")
    "members of the People's Militia Force"
    >>> named_before({"actor1": "Military Forces of Myanmar (2021-)"}, "The troops then ", " him")
    ''
    """
    if not _THEM.match(obj):
        return ""
    found = list(_NAMED_BEFORE.finditer(words))
    last = found[-1] if found else None  # 'and PDF fighters | captured five of them': the subject names the agent
    opens = last and (
        last.group(0).startswith("and ")
        or not words[: last.start()].strip()
        or words[: last.start()].rstrip().endswith(",")
    )
    at_end = bool(subject.strip() and opens and not words[last.end() :].strip())
    agent = actor_in(found.pop().group(0)) if at_end else actor_in(words)  # else named first, else ACLED's first
    side = (
        actor_of(row.get("actor1", ""))[0]
        if agent in ("", "civilians")
        else "junta"
        if agent in TROOP_ACTORS
        else agent
    )
    for named in reversed(found if at_end else found[-1:]):  # 'PDF members ambushed soldiers, and the soldiers ...'
        who = actor_in(named.group(0))
        if who and ("junta" if who in TROOP_ACTORS else who) != side:
            return named.group(0).strip()
    return ""


#: a bare figure after 'captured' ('captured five.', 'captured 12 more', 'a further 12'), not '1,200 rounds'
_BARE_FIGURE = re.compile(
    rf"^\s*(?:a further\s+)?(?:{FIGURE_QUALIFIERS}\s+)?(?:{NUMBER_WORDS})(?!,\d)"
    r"(?:\s+(?:more|others?))?"
    r"(?<!,)(?=\s*(?:[.;,]|$|\s+(?:and|in|during|at|on|alive|from|as|while)\b|"  # not "11," of "11, while"
    r"\s+(?:including|among(?: them)?)\s+(?:(?:the|a|an|their|its|his|\d+|two|three)\s+)?(?:[\w-]+\s+)?"
    rf"(?:{PERSON})\b))",  # 'captured five including a captain', not '40 including rifles'
    re.I,
)
#: the people killed or wounded in the clause before: 'killed about 20 soldiers and', 'killing two police officers,
#: wounding three, and'
_KILLED_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot dead)\s+"
    r"(?P<who>(?:[\w'’-]+\s+){0,5}?(?:soldiers?|troops|police(?:\s+officers?|men)?|officers?|members|militiam[ae]n|"
    r"commander|fighters|personnel)\b(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+\d+)?)?)[^.;]{0,80}?\s+and\s*$",
    re.I,
)
_NO_SIDE = re.compile(  # 'raided Kyi Su village', not 'a camp in Kyauk village', 'the Kyin village police post'
    r"^\s*(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:villages?|villagers|houses?|homes?|residents|civilians|people|wards?)\s*$",
    re.I,
)
_ATTACKED_KILLING = re.compile(
    rf"\b(?:attacked|ambushed|raided|clashed with)\s+([^,.;]{{3,60}}?),\s*killing\s+(?:{NUMBER_WORDS})\s+and\s*$", re.I
)
_LEADING = re.compile(
    r"^(?:(?:(?:an\s+)?(?:unknown|unspecified|undisclosed)\s+number\s+of|a\s+number\s+of|numerous|"
    rf"the|a|an|about|around|at least|more than|over|nearly|almost|some|several|dozens of|scores of|many|"
    rf"{NUMBER_WORDS})\s+)+",
    re.I,
)


def of_the_killed(before: str, after: str) -> str:
    """The words after 'captured' with a bare figure given the people killed before it ('killed about 20 soldiers
    and captured five' -> ' five soldiers'); ``after`` unchanged otherwise.

    >>> of_the_killed("the PDF killed four Pyu Saw Htee members and ", " three."), of_the_killed("", " 12 soldiers")
    (' three Pyu Saw Htee members.', ' 12 soldiers')
    """
    if not (figure := _BARE_FIGURE.match(after)):
        return after
    if killed := _KILLED_BEFORE.search(before[-200:]):
        who = _LEADING.sub("", killed.group("who"))
    elif (attacked := _ATTACKED_KILLING.search(before[-200:])) and not (
        actor_in(attacked.group(1)) in ("", "civilians") and _NO_SIDE.search(attacked.group(1))
    ):
        who = f"members of {attacked.group(1)}"  # 'attacked a Pyu Saw Htee group, killing 2 and capturing 4'
    else:
        return after
    return f"{figure.group(0).rstrip()} {who}{after[figure.end() :]}"


_ACTION_ON = re.compile(
    r"\b(?:shelled|bombed|opened fire|raided|entered|arrived|attacked|burned|torched|stormed|searched|ordered|"
    r"threatened|warned|accused|forced|questioned|arrested|detained|killed|fired|harassed|beat|set fire|shot)\b",
    re.I,
)  # 'soldiers ordered the villagers to leave, and they fled': the villagers
#: the soldiers' own plight before 'and they fled': 'were repulsed', 'suffered heavy casualties'
_PLIGHT = re.compile(
    r"\b(?:were|was)\s+(?:\w+\s+)?(?:repulsed|repelled|attacked|ambushed|stormed|shelled|overrun|surrounded|routed|"
    r"defeated|driven back|bombed|outnumbered|killed|wounded|hit)\b|\b(?:suffered|ran out of|lost)\b",
    re.I,
)


def they_are_the_subject(previous: str) -> bool:
    """True when 'they' in 'and they fled' may be the previous clause's own subject: it acted on no one ('the
    soldiers' commander was killed, and they fled'), or it suffered ('were repulsed'); not 'soldiers ordered the
    villagers to leave, and they fled' (the villagers).

    >>> they_are_the_subject("troops attacked but were repulsed"), they_are_the_subject("troops raided the village")
    (True, False)
    """
    return bool(_own_plight(previous) or not _ACTION_ON.search(previous))


_LEAD = re.compile(r"(?<![\w-])(?:were|was|had|suffered|ran out|lost|attacked|\w+ed)\b", re.I)
_OTHERS_CLAUSE = re.compile(r"\b(?:who|whom|which|where|that|whose|when)\b", re.I)


def _own_plight(previous: str) -> re.Match | None:
    """The plight of the clause's own subject ('the soldiers attacked but were repulsed'), not of others it names
    ('surrounded 40 soldiers who were outnumbered', 'shelled the village, where a woman was killed')."""
    plight = _PLIGHT.search(previous)
    lead = _LEAD.search(previous) if plight else None
    others = _OTHERS_CLAUSE.search(previous, lead.start(), plight.start()) if lead and plight else None
    if others and "," not in previous[others.end() : plight.start()]:  # 'the camp, which guards the bridge, were'
        return None
    return plight


def plight_words(previous: str) -> str:
    """The subject of a clause of its people's plight, without what they own ("the soldiers' commander was
    killed": 'the soldiers'); '' when the clause tells no plight.

    >>> plight_words("the soldiers' commander was killed"), plight_words("militia members lost their leader")
    ('the soldiers', 'militia members')
    """
    if not _own_plight(previous):
        return ""
    return re.split(r"['’]", _LEAD.split(previous, maxsplit=1)[0], maxsplit=1)[0].strip()


_OBJECT_AFTER_VERB = re.compile(r"\b(?:\w+ed|overran|took|seized|hit|struck|fought)\b", re.I)
_WHOSE = re.compile(
    r"(?:^|,|\s)\s*whose\s+(?:\d+\s+|[\w-]+\s+)?(?:members|troops|soldiers|personnel|fighters|officers|men)\s*$",
    re.I,
)


def whose_people(subject: str, previous: str) -> str:
    """Whose people 'whose members' are: the side named last before it ('attacked the village's Pyu Saw Htee
    group, whose members fled': the militia); '' for any other subject.

    >>> whose_people("the PDF attacked the village's Pyu Saw Htee group, whose members ", "")
    'militia'
    """
    whose = _WHOSE.search(subject)
    if not whose:
        return ""
    words = subject[: whose.start()] or previous  # the noun just before: 'the Tamu police station, whose officers'
    named = _OBJECT_AFTER_VERB.split(words)[-1]  # 'attacked | the BGF camp near the border, whose personnel'
    police = "police" if re.search(r"\bpolice\b", named, re.I) else ""
    return actor_in(named) or police or actor_in(whose.group(0)) or actor_last(words)
