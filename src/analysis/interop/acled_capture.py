"""Captures and detentions in ACLED's notes, for :mod:`.acled_select`: who was taken, or why no one was.

Captured is never surrendered: "captured as prisoners" alone is a capture. Active ("the KIA captured 12 soldiers"):
the words after the verb name who was taken, and a camp or a town taken is a position. Passive ("12 soldiers were
captured"): the words before it; a passive "detained", "apprehended", "arrested" or "abducted" without "as prisoners"
is not read as a capture (such notes tell mostly of arrests). Relatives, civilians and people named as no armed side
are never personnel; the military taking its own people back is not a capture.

>>> taken({"actor1": "KIO/KIA: Kachin Independence Organization/Kachin Independence Army"}, "captured",
...       "the KIA ", "", " 12 soldiers as prisoners of war")
('junta_army', ' 12 soldiers')
>>> taken({}, "captured", "the AA ", "", " the army's hilltop camp")
'a description'
"""

from __future__ import annotations

import re

from ..parse.counts import TITLED_NAME
from ..reference.acled_actors import actor_of
from ..vocab import TROOP_ACTORS
from .acled_captors import BY_THE_JUNTA, by_its_own_side, held_abroad
from .acled_clause import IT_ACTS, agent_of, first_agent
from .acled_kin import KIN, kin, mixed, relatives_named  # noqa: F401 (read as cap.kin, cap.mixed)
from .acled_nouns import A_PERSON, FIGURE_QUALIFIERS, NUMBER_WORDS, PERSON, person
from .acled_refer import TURNED_OUT, named_before, of_them, people_after_things
from .acled_shown import PEOPLE_TOO, SUSPECTED, TAKEN_PEOPLE_DID, THINGS_TAKEN, shown_taken
from .acled_subject import of_the_killed
from .acled_text import ANYONE_WORDS, POSITIONS, idle_spans, seen
from .acled_who import BY_AGENT, OTHER_SIDES, actor_in, actor_last, after_said
from .acled_words import bare_count, count_in

#: a figure or an article just before 'detained' or 'captured': an adjective, not this event's capture
_ADJECTIVE = re.compile(
    r"\b(?:the|(?:freed|released|exchanged|hand(?:ed|ing)? (?:over|back)|returned|\w+(?:ed|ing)|of|for)\s+"
    rf"(?:(?:more than|over|about|around|some|nearly|at least)\s+)?"
    rf"(?:{NUMBER_WORDS}|several|many|some|dozens of|an?|other)|"
    r"(?:hold(?:ing)?|held|releas(?:e|ing)|free(?:ing)?|exchang(?:e|ing)|return(?:ing)?|execut(?:e|ing)|killing|"
    r"showing|parading|interrogat(?:e|ing)|treat(?:ing)?|feed(?:ing)?|protect(?:ing)?)|"
    r"(?:wives|children|famil(?:y|ies)|relatives|parents|widows|bodies|names|release|exchange|return|group|members)\s+of|"
    r"(?<=\bits)|(?<=\btheir))\s+$",  # 'two of its detained fighters'
    re.I,
)  # 'freed 14 detained TNLA members', 'killed three abducted soldiers', 'the bodies of two abducted police officers'
_OTHERS_WORD = re.compile(r"\bothers?\b", re.I)  # '4 soldiers were killed and the CDF took two others prisoner'
_A_FIGURE = re.compile(rf"\s*(?:{FIGURE_QUALIFIERS}\s+)?(?:{NUMBER_WORDS})\s*", re.I)  # 'killed | three | abducted'
_PEOPLE_NEXT = re.compile(rf"(?!\s+(?:by|as|when|while)\b)[^.;]{{0,40}}?\b(?:{PERSON})\b", re.I)  # not 'by AA troops'
_FIGURE_LAST = re.compile(  # 'with 22 | captured | soldiers handed back', 'a | captured | soldier'
    rf"(?i)(?:^\s*|[:;]\s*|\b(?:with|and|for|of|plus)\s+)(?:{FIGURE_QUALIFIERS}\s+)?(?:{NUMBER_WORDS})\s+$|\ban?\s+$"
)
_PASSIVE = re.compile(r"\b(?:were|was|been|being|be)\s+(?:(?:also|later|then|subsequently|\w+ly)\s+)?$", re.I)
_OF_THEM = re.compile(rf"^\s*(?:{FIGURE_QUALIFIERS}\s+)?\S+\s+of\s+them\b", re.I)
_INCLUDING = re.compile(r"[^.;]{0,80}?\b(?:including|among them|among whom)\b", re.I)  # '40 people, including ...'
#: an apposition, then more people: ', the commander of LIB-348, and his deputy' (the object goes on)
_APPOSED = re.compile(  # or the people a word named: 'its crew, eight sailors including a lieutenant,'
    rf",\s+(?=(?:{NUMBER_WORDS})\s+(?:[\w-]+\s+)?(?:soldiers|sailors|troops|officers|policemen|members)\b)|"
    rf",\s+(?:(?:the|a|an)\s(?:(?!\b(?:and|said|reported|claimed|stated)\b)[^,;.]){{1,60}}|(?-i:{TITLED_NAME.pattern})),\s+"
    r"(?:and|along with|together with)\s+"
    r"(?!(?:killed|injured|wounded|shot|executed|took|seized|burn(?:ed|t)|destroyed|confiscated|freed|captured)\b)",
    re.I,
)
_OBJECT_END = re.compile(
    r"\s+(?:(?<!many )as(?!\s+many\b)|who|while|after|before|until|during|when|where|from the|at (?:around |about )?\d|"
    rf"along(?!\s+with\s+(?:his|her|their|a|an|another|\d+|{NUMBER_WORDS})\b)|"
    r"and seized)\b|"
    r"(?<=\w)\s+and (?:killed|injured|wounded|shot|executed|took|burn(?:ed|t)|destroyed|confiscated|freed)\b|"
    r"\s+and\s+(?:[\w'-]+\s+){1,4}?(?:was|were)\s+(?:\w+\s+)?(?:killed|injured|wounded|shot)\b|[,.;]",
    re.I,
)
_KILLED = re.compile(
    rf"(?i)(?:^\s*|\b(?:killing|wounding|injuring)\s+)(?:{NUMBER_WORDS})\s+(?:[\w-]+\s+)?"
    r"(?:soldiers|troops|police\w*|members|militiam[ae]n)\s+and\s*$"
)
_GOING_ON = re.compile(r"\b(?:continued|continues|continuing|still|kept|keeps|is|are|was|were)\s+$", re.I)
_SERVING_AGAIN = re.compile(
    r"\b(?:now\s+)?serving\b|\brejoined\b|\breserve (?:force|unit|battalion)s?\b|\bin the reserves?\b|\brecalled\b",
    re.I,
)
_STILL = ("continued", "continues", "continuing", "still", "kept", "keeps")  # 'continued detaining': people held
_A_FIGHT = re.compile(
    r"\b(?:overr\w+|attack\w*(?!\s+on\s+civilians)|raid\w*|ambush\w*|captur\w*|took(?!\s+place)|taken|seiz\w+|clash\w*|"
    r"fighting|fought|battle)\b",
    re.I,
)
_SOURCE = re.compile(r",?\s+(?:according to|said|reported|citing|claimed)\b", re.I)
_JUNTA = set(TROOP_ACTORS)  # a source of neither side ('the KIA captured two, the PDF reported') names no one's
_HELD = re.compile(r"^(.{1,60}?)\s+(?:(?:as\s+)?(?:prisoners?(?: of war)?|captives?)|alive|into custody)\b", re.I)
#: leaders named without a noun a figure counts: people only where a side other than the junta is named with
#: them ('the deputy leader of the PDF', 'the KIA officials'; junta 'officials' may be civil servants)
_LEADERS = re.compile(r"\b(?:leaders?|officials?|chiefs?|deput(?:y|ies))\b", re.I)
_A_PLACE = re.compile(  # 'Kyauk Myet village from Myanmar troops'; not a title ('the camp commander'), 'base and 14'
    r"\b(?:bases?|posts?|outposts?|camps?|positions?|stations?|checkpoints?|headquarters|gates?|towns?|hills?|"
    r"village(?=\s+from\b))\b(?=\s*[^\s'’])(?!\s+and\s+(?:\d|(?:its|their|his|the|all|two|three|four|five)\b))",
    re.I,
)
_IT_OR_PLACE = re.compile(rf"\b(?:it|which|{POSITIONS})\b", re.I)
_TAKEN_PLACE = re.compile(rf"\b(?:it|which|villages?|airports?|{POSITIONS})\b", re.I)
#: nouns for people of any side or none: read as personnel only where the words name a side
_GENERIC = frozenset(
    "medic medics technician technicians pilot pilots gunner gunners sniper snipers guard guards sailor "
    "sailors seaman seamen men leader leaders deputy deputies head heads chief chiefs inspector "
    "inspectors constable constables airman airmen marine marines".split()
)
_AS_PRISONERS = re.compile(r"^\s+as\s+(?:a\s+)?prisoners?", re.I)
#: 'two armed men', 'gun-armed men' (not 'unarmed', 'non-armed'): fighters of a side the notes may not name
ARMED_MEN = re.compile(r"(?<![\w-])(?:(?!un-|non-)\w+-)?armed\s+men\b", re.I)
_REST = re.compile(
    r"(?i)\b(?:the\s+rest|remaining|the\s+remainder|the\s+others|"
    r"the\s+other\s+(?:troops|soldiers|men|officers|members|police|policemen|personnel|militiamen))\b|^\s*(?:and\s+)?others\b"
)
_NOBODY = re.compile(
    r"(?i)\b(?:and|but|they|them|some|others?|another|also|of|the|rest|all|more|most|many|several|at|least|about|around|were|"
    rf"over|nearly|almost|than|up|to|approximately|roughly|alive|then|later|eventually|finally|{NUMBER_WORDS})\b"
)
_A_NAME = re.compile(r"[A-Za-z]{3,}")


def antecedent(earlier: str) -> str:
    """The side of 'they' or 'nine of them': the people the sentence before ends on, not a place ('the camp.')."""
    tail = " ".join(earlier.rstrip(" .").split()[-6:])
    return actor_last(tail) if person(tail.split()[-1] if tail else "") else ""


def the_rest(words: str) -> bool:
    """True when the words name the rest of a group ('the rest', 'the other troops'), not the figure before."""
    return seen(_REST, words, ("rest", "remain", "other"))


def pronoun(words: str) -> bool:
    """True when a clause's subject names nobody itself ('they', 'some', 'and 9', '11 others')."""
    return not _A_NAME.search(_NOBODY.sub("", words))


def _by_the_junta(row: dict, subject: str, previous: str = "", main: bool = True, taken: str = "") -> bool:
    """The military or police make this arrest: named in the subject (in the clause before when the subject is the
    people a first verb acted on: 'the PDF killed two soldiers and abducted'), or ACLED's first actor when none is."""
    named = _first_agent(subject, previous, main, taken)
    return named in TROOP_ACTORS or (not named and actor_of(row.get("actor1", ""))[0] == "junta")


def _same_side(one: str, other: str) -> bool:
    """True when two actors are of one side (the junta's people are one side)."""
    return bool(one and other) and ("junta" if one in TROOP_ACTORS else one) == (
        "junta" if other in TROOP_ACTORS else other
    )


def _first_agent(subject: str, previous: str, main: bool = True, taken: str = "") -> str:
    """Who acts with the verb: the subject, or when it is only the people a first verb acted on ('the PDF ambushed a
    column, killed two soldiers and arrested'), the subject of the clause before ('it' after 'the PDF said that')."""
    ends_and = subject.rstrip().endswith(" and")
    own = agent_of(subject.rstrip()[:-4], strict=True) if ends_and else None
    if own is not None and (main or not _same_side(own, taken)):
        return own  # 'when PDF fighters ambushed them, killed one soldier and': PDF fighters
    if (ends_and or IT_ACTS.match(subject)) and previous.strip():
        return first_agent(previous)  # '' when the agent is named as no side ('unknown assailants attacked ...')
    return actor_in(subject)


def _taken_passive(verb: str, subject: str, previous: str, after: str) -> tuple[str, str] | str:
    """:func:`taken` for a passive ('six soldiers were captured'): the subject is who was taken."""
    if verb.lower() in ("detained", "apprehended", "arrested", "abducted") and not _AS_PRISONERS.match(after):
        return "held"
    words = _PASSIVE.sub("", subject)
    if kin(words):
        return "relatives"
    if _IT_OR_PLACE.search(words) and not person(words):
        return "a description"
    if shown := shown_taken(words, previous, after, pronoun(words)):
        return shown  # 'photographs of 14 soldiers it said were captured', 'ammunition boxes they said were captured'
    them = of_them(previous, after) if "of them" in words.lower() else of_the_killed(words, previous)  # '6 of them'
    who = actor_in(words) or (them or actor_in(after_said(previous)) or actor_in(previous) if pronoun(words) else "")
    if who == "civilians" or (named := person(words)) and named.group(0).lower() in ANYONE_WORDS:
        return ("unknown", words) if mixed(words) else "civilians"  # '100 people, including soldiers and families'
    if re.fullmatch(r"(?:and\s+)?another", words.strip(), re.I):  # 'two soldiers were killed and another was captured'
        return actor_last(BY_AGENT.sub("", previous)) or who or "unknown", "another"
    count_words = bare_count(words) or (words if not pronoun(words) or count_in(words)[0] else previous)
    if (who in _JUNTA or "deserter" in words.lower()) and by_its_own_side(after):
        return "own side"  # 'three deserters were captured by soldiers of their own battalion'
    return who or "unknown", count_words


def _serving(noun: re.Match | None, obj: str, then: str = "") -> re.Match | None:
    """The first noun for people who serve a side now: not 'a retired army sergeant' (None when all are such), but
    'the village chief and three soldiers': the soldiers. ``then``: the words after the object ('who had retired')."""
    idle = idle_spans((obj + then).lower())
    if not noun or not idle or not any(a <= noun.start() < b for a, b in idle):
        return noun
    if _SERVING_AGAIN.search(obj):
        return noun  # 'a former soldier now serving in the Pyu Saw Htee', 'retired soldiers in the reserve force'
    return next((m for m in A_PERSON.finditer(obj.lower()) if not any(a <= m.start() < b for a, b in idle)), None)


def _prisoners_taken(words: str, subject: str) -> str:
    """The words between 'took' and 'prisoner' are who was taken ('took two police officers prisoner'); a bare
    figure is of the people the clause named ('clashed with junta troops and took 12 prisoners': 12 of them)."""
    return f"{words.rstrip()} of them" if _A_FIGURE.fullmatch(words) and not _KILLED.search(subject) else words


def _held(verb: str, subject: str, after: str, previous: str = "") -> bool:
    """People held, no capture told: 'were caught ... and detained by their commander' (a passive, its agent after
    the verb), 'continued detaining the 12 soldiers it had captured'."""
    low = verb.lower()
    if low in ("detained", "apprehended", "arrested", "abducted") and re.match(r"\s+by\b", after):
        return True
    going_on = low == "detaining" and _GOING_ON.search(subject[-40:])
    if not going_on:
        return False
    if going_on.group(0).split()[0].lower() in _STILL:
        return True
    return not _A_FIGHT.search(previous[-120:] + subject + after)  # 'attacked a camp and said it was detaining 11'


def _no_side(obj: str, noun: re.Match) -> str:
    """Whose people a noun names when no side is named: 'unknown' for armed men ('captured two armed men': fighters
    of a side the notes do not name, never the junta's), 'not personnel' for guards, sailors, leaders ..., else ''."""
    armed = ARMED_MEN.search(obj[: noun.end()])
    if noun.group(0).lower() == "men" and armed and armed.end() == noun.end():
        return "unknown"
    return "not personnel" if noun.group(0).lower() in _GENERIC else ""


def _taken_by_the_junta(subject: str, after: str) -> bool:
    """'(PDF members) captured by soldiers', 'by soldiers of the Western Command'; not 'by soldiers of the KIA'."""
    by = BY_THE_JUNTA.match(after)
    return bool(by and not _PASSIVE.search(subject[-60:]) and actor_in(by.group(1) or "") not in OTHER_SIDES)


def _not_taken(obj: str) -> str:
    """Why the people taken are none the record counts, or '': relatives, or a side's own members ('the PDF detained
    two of its own members whom it accused of planning to defect')."""
    if re.match(
        r"\s*(?:\S+\s+){0,2}?of\s+(?:its|their)\s+own\s+(?:[\w-]+\s+)?(?:members|fighters|men|leaders|commanders|officers)\b",
        obj,
        re.I,
    ):
        return "its own members"
    if THINGS_TAKEN.match(obj) and not PEOPLE_TOO.search(obj):
        return "not personnel"  # 'captured a cache of weapons hidden by soldiers
    return "relatives" if kin(obj) else ""


def _taken_before(verb: str, subject: str, after: str) -> bool:
    """'captured' or 'detained' naming people taken earlier: 'freed 14 detained TNLA members', 'a captured soldier',
    'said captured personnel were being held'."""
    if _ADJECTIVE.search(subject[-30:]) or _FIGURE_LAST.search(subject[-30:]) and _PEOPLE_NEXT.match(after):
        return True
    return verb.lower() == "captured" and TAKEN_PEOPLE_DID.match(after) is not None


def taken(row: dict, verb: str, subject: str, previous: str, after: str, main: bool = True) -> tuple[str, str] | str:
    """A capture or detention in the notes -> (whose people, the words that count them), or why it is none."""
    if _taken_before(verb, subject, after):
        return "taken before"  # 'freed 14 detained TNLA members', 'the captured soldiers'
    if why := held_abroad(subject, after) or ("arrest" if _taken_by_the_junta(subject, after) else ""):
        return why  # 'Thai police detained five soldiers'; 'PDF members captured by soldiers' (the junta's arrests)
    custody = verb.lower() in ("took", "taking") and "into custody" in after[:80]  # 'took three PDF members into ...'
    if verb.lower() in ("took", "taking", "taken") and (held := _HELD.match(after)):
        after = _prisoners_taken(held.group(1), subject)
    if _PASSIVE.search(subject[-60:]) and verb[-3:].lower() != "ing":  # not 'was detaining'
        return _taken_passive(verb, subject, previous, after)
    if _held(verb, subject, after, previous):
        return "held"
    arrest = custody or verb.lower() in ("arrested", "abducted", "took away") or SUSPECTED.match(after)
    arrest = arrest or verb.lower() == "detaining" and _PASSIVE.search(subject)
    if arrest and _by_the_junta(row, subject, previous, main, actor_in(after[:80].split(".")[0])):
        return "arrest"  # 'the military arrested three PDF members': its claim, mostly of civilians it accuses
    end = _OBJECT_END.search(after)
    if end and (apposed := _APPOSED.match(after, end.start())):  # 'X, the commander of LIB-348, and his deputy'
        end = _OBJECT_END.search(after, apposed.end())
    obj = after[: end.start()] if end else after
    if not person(obj) and (named := TURNED_OUT.match(after, len(obj))):
        obj = named.group(0)  # 'a man who turned out to be a soldier': the soldier is who was taken
    if why := _not_taken(obj):
        return why
    noun, named = person(obj), ""
    # 'raided a house where Pyu Saw Htee members were gathering and captured four of them': those named before
    if not noun and (named := named_before(row, f"{previous}, {subject}" if previous else subject, obj, subject)):
        partitive = _OF_THEM.match(obj)  # 'four of them (along with a rifle)': the figure of the people named before
        noun, obj = person(named), partitive.group(0) if partitive else named
    if not noun and _A_FIGURE.fullmatch(obj) and not re.match(r",\d", after[len(obj) :]) and _KILLED.search(subject):
        obj = f"{obj.strip()} {person(subject).group(0)}"  # 'killed four soldiers and captured 12': 12 soldiers
        noun = person(obj)
    if not noun and actor_in(obj) in OTHER_SIDES:
        noun = _LEADERS.search(obj)
    if not noun and re.search(r"\bNo$", obj) and end:  # 'captured the No.7006 battalion': the object goes on
        obj = after[: (_OBJECT_END.search(after, end.end()) or end).start()]
    if noun and (people := people_after_things(obj, after, noun.start())) is not None:
        if not people:
            return "not personnel"  # 'seized 20 guns which the soldiers abandoned'
        obj, noun = people, person(people)  # 'captured equipment owned by soldiers and two soldiers': two
    if noun and _A_PLACE.search(obj, 0, noun.start()) or not noun and _TAKEN_PLACE.search(obj):
        return "a description"  # a camp or a town captured: a position, not people
    told = after.split(".")[0]
    if noun and noun.group(0).lower() in ANYONE_WORDS and _INCLUDING.match(told) and mixed(told):
        return "unknown", told  # 'detained 40 people, including soldiers and their wives and children': mixed
    noun = _serving(noun, obj, after[len(obj) : len(obj) + 60])
    if not noun or noun.group(0).lower() in ANYONE_WORDS:
        return "not personnel"  # 'detained 5 villagers', 'captured 9 guns', 'detained five persons accused of ...'
    beyond = _SOURCE.split(after[len(obj) : len(obj) + 120].split(".")[0], maxsplit=1)[0]  # not 'according to the PDF'
    capturer, source = _first_agent(subject, previous, main), actor_in(beyond)  # ', the AA said' after the AA's capture
    who = actor_in(named or obj) or (source if source != "civilians" and {source, capturer} & _JUNTA else "")
    if not who and (pronoun(obj) or " of its " in obj and actor_last(subject) != capturer):  # 'killed 3 soldiers and
        who = actor_last(subject)  # captured six others': the others of that clause; 'a militia's camp ... its members'
        if _OTHERS_WORD.search(obj) and not subject.rstrip().endswith(" and") and previous.strip():
            who = actor_last(previous) or who  # '4 soldiers were killed and the CDF took two others prisoner'
    if not who and (who := _no_side(obj, noun)) == "not personnel":
        return who  # 'three security guards of a company', 'the crew's 15 sailors': no side named
    if not who:
        others = [actor_of(row.get(k, ""))[1] for k in ("actor1", "actor2") if row.get(k)]
        who = next((a for a in others if a != "unknown" and actor_in(subject) not in ("", a)), "unknown")
        if actor_of(row.get("actor2", ""))[0] == "junta" and capturer not in ("junta_army", "police"):
            who = actor_of(row["actor2"])[1]
    if who == "civilians":
        return "civilians"
    mine = actor_of(row.get("actor1", ""))[0] == "junta"  # ACLED's first actor: the side that acted
    own = ("junta_army", "police", "junta_personnel", "militia", "bgf")  # 'militia members detained a deserter'
    if who in own and capturer in own and mine:
        return "own side"
    return who, obj
