"""A figure an ACLED note corrects after telling it, for :mod:`.acled_select`: 'initially reported that five
soldiers had been captured, but later corrected the figure to three' counts three. Only a correction of the
figure itself, or of the figure of people or positions of the same act ('revised the number of soldiers who
surrendered to 22'), and only before the note tells another act ('In a separate clash, the KNDF captured five
more, raising the figure to seven' corrects that capture's, not the surrender's).

>>> corrected_figure("Media said 5 soldiers were captured, then corrected the figure to three.", 0, 36, "captured")
'three'
>>> corrected_figure("The PDF captured 6 soldiers. It raised the number of dead to 9.", 0, 28, "captured")
''
"""

from __future__ import annotations

import re

from .acled_nouns import FIGURE_QUALIFIERS, IN_ALL, NUMBER_WORDS, PERSON, all_people
from .acled_sums import parsed_count, total_of
from .acled_text import POSITIONS, RELATIVE, RELATIVES
from .acled_when import MONTHS
from .acled_words import count_in, same_figure

_CHANGED = ("correct", "revis", "amend", "lower", "rais", "updat", "mistyped", "misreported", "actual", "true", "right")
_CORRECTED = re.compile(
    r"\b(?:corrected|correcting|revised|revising|amended|amending|lowered|lowering|raised|raising|updated|updating)\s+"
    r"(?:(?:the|its|their|this|that)\s+)?(?:figure|number|count|tally)(?:\s+of\s+(?P<of>[^.;,]{1,60}?))?\s+"
    rf"(?:(?:down|up)\s+)?to\s+(?P<n>(?:{FIGURE_QUALIFIERS}\s+)?(?:\d[\d,]*|{NUMBER_WORDS}))(?!,?\d)\b"
    r"(?!\s*(?:%|per\s?cent|killed|dead|deaths|wounded|injured|casualties|displaced|villagers|civilians|people|"
    r"residents|refugees|houses|homes|families|weapons|rifles|guns|"
    r"(?:in total\s+)?(?:this year|so far|since|in the past|over the)))|"
    # 'said the correct figure was 38', 'said the figure had been mistyped and was 63'
    r"\b(?:(?:the\s+)?(?:correct|actual|right|true)\s+(?:figure|number|count)|(?:the\s+)?(?:figure|number)\s+had\s+been\s+"
    rf"(?:mistyped|misreported|wrong|an error)\s+and)\s+(?:was|is)\s+(?P<was>(?:\d[\d,]*|{NUMBER_WORDS}))\b"
    r"(?!\s*(?:%|killed|dead|wounded|injured))",
    re.I,
)
#: 'later corrected its report, saying only eight had surrendered': the figure of the same act, in a report corrected
_REPORT_SAYING = re.compile(
    r"\bcorrected\s+(?:the|its|their|this|that)\s+(?:report|statement|post|claim)s?,?\s+(?:saying|stating|to say)\s+"
    rf"(?:that\s+)?(?:only\s+)?(?P<n>(?:{FIGURE_QUALIFIERS}\s+)?(?:\d[\d,]*|{NUMBER_WORDS}))\s+"
    rf"(?:(?P<who>(?:[\w'’-]+\s+){{0,2}}?(?:{PERSON}))\s+)?(?:had|have)\s+(?:been\s+)?(?P<verb>[a-z]+)\b",
    re.I,
)
#: what the corrected figure counts: people or positions, with the act's verb or none ('soldiers who surrendered')
_OF_WHOM = re.compile(
    r"(?:the\s+)?(?P<adj>(?:captured|detained|surrendered|defected|deserted|abandoned|seized|taken)\s+)?"
    rf"(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{PERSON}|{POSITIONS})"
    r"(?:\s+(?:who\s+|that\s+)?(?:had\s+|have\s+)?(?:been\s+)?(?P<verb>[a-z]+(?:ed|en)|fled|left|laid|gave)"
    r"(?:\s+(?:down|up)\s+(?:their\s+|themselves\s*)?(?:arms|weapons)?)?"
    r"(?:\s+(?:[\w'’-]+\s+){0,3}?(?:to|at|in|near|from|into|across|with)\s+[^,.;]{1,40})?)?",
    re.I,
)
_POSITION = re.compile(POSITIONS, re.I)
#: 'In a separate statement about fighting in Mrauk-U': another act's figure (not 'in a separate post, ... was 31')
_SEPARATE = re.compile(
    r"\bseparate\s+(?:clash|attack|battle|incident|surrender|operation|fight)|"
    r"\bseparate\s+\w+\s+(?:about|on)\s+(?:the\s+)?(?:fighting|clash|attack|battle)",
    re.I,
)
_NOT_PERSONNEL = re.compile(r"\b(?:displaced|civilians?|villagers?|residents?|refugees?)\b", re.I)
_STATE = re.compile(  # 'the number of wounded soldiers (who surrendered)', not 'of armed soldiers who surrendered'
    r"(?:the\s+)?(?:(?:killed|wounded|injured|missing|dead)\b|armed\b(?!.*\b(?:who|that)\b))", re.I
)
_SINCE_THEN = re.compile(r"\s*(?:to\s+\w+\s+)?(?:since|this year|in the past|over the past|to date)\b", re.I)
_SPAN = re.compile(r"\b(?:since|so far|this year|in total|in the past|over the past|to date)\b", re.I)
_VERBS_OF = {
    "surrendered": ("surrender", "laid", "gave"),
    "defected": ("defect",),
    "fled": ("fled", "desert", "escap"),
    "fled_across_border": ("fled", "cross", "escap"),
    "positions_abandoned": ("abandon", "withdr", "vacat", "left"),
    "captured": ("captur", "detain", "taken", "seiz"),
}


def corrected_figure(
    notes: str, start: int, end: int, outcome: str, acts: tuple[int, ...] = (), words: str = ""
) -> str:
    """The figure the notes say replaced the one told in ``notes[start:end]`` (an act of ``outcome`` whose people
    are ``words``), or ''. ``acts``: where the notes tell other acts; a correction after one of them is that act's.
    Of a figure in parts ('nine soldiers and two police officers'), only the whole figure is corrected."""
    low = notes.lower()
    found = any(w in low for w in _CHANGED) and _CORRECTED.search(notes, start)
    if not found and "correct" in low and (saying := _REPORT_SAYING.search(notes, end)):
        same = saying.group("verb").lower().startswith(_VERBS_OF[outcome]) and " and " not in words
        same = same and not _SINCE_THEN.match(notes, saying.end())  # not '... had surrendered since January'
        told = not saying.group("who") or saying.group("who").split()[-1].lower() in words.lower()  # not 'police, not'
        return saying.group("n") if same and told and not any(end <= a < saying.start() for a in acts) else ""
    if not found or any(end <= a < found.start() for a in acts):
        return ""
    if found.group("was"):  # of the figure told, never of a part of it nor of a separate act's
        return found.group("was") if " and " not in words and not _SEPARATE.search(notes, end, found.start()) else ""
    if found.group("of") is not None:
        if " and " in words:
            return ""  # 'revised the number of police officers captured to one': a part of it
        if (
            _SPAN.search(found.group("of"))
            or _NOT_PERSONNEL.search(found.group("of"))
            or _STATE.match(found.group("of"))
        ):
            return ""  # 'raising the number of police officers who have defected since 2021 to 40': a running total
        whom = _OF_WHOM.fullmatch(found.group("of").strip())
        verb = whom and (whom.group("verb") or whom.group("adj") or "").strip().lower()
        if (
            not whom
            or verb
            and not verb.startswith(_VERBS_OF[outcome])
            or not verb
            and whom.group(0).lower().startswith(("its ", "their "))  # 'of its fighters to 300'
        ):
            return ""  # 'the number of dead', 'of troops in the town', 'of soldiers killed', 'of its fighters'
        if bool(_POSITION.fullmatch(whom.group("noun"))) != outcome.startswith("positions"):
            return ""  # 'abandoned two camps ... the number of soldiers to 40'
    return found.group("n")


#: the next sentence gives the figure of the people just told of: 'CNF sources said the group numbered 26', 'The
#: KNLA put their number at roughly 150', 'the KNDF estimated their number at between 30 and 40', 'there were eight
#: of them', 'They numbered around 40' and 'Its crew numbered 11' opening the sentence (not 'the KIA said they', nor
#: 'the PDF said their unit numbered 50': the PDF's)
_NUMBER_TOLD = re.compile(
    r"\.?\s*(?:(?-i:They)\s+(?:numbered|were)|(?-i:Its|Their)\s+(?:group|unit|crew|party|column|garrison)\s+numbered|"
    r"[^.;]{0,80}?\b(?:(?:the|their)\s+group\s+numbered|the\s+(?:unit|crew|defectors|deserters|garrison|column|party|"
    r"soldiers|troops|militiamen|policemen|men)\s+numbered|"  # 'their group' is the people's
    r"(?:put|estimated|gave)\s+(?:their|them|the group's|the group)\s+"
    r"(?:(?:combined|total)\s+)?(?:(?:number|strength)\s+)?(?:at|as)|their\s+number\s+was\s+(?:estimated|put|given)\s+(?:at|as)|"
    r"counted(?=\s+\S+\s+\S*\s*of\s+them\b)|there\s+(?:were|had\s+been)(?=\s+\S+\s+of\s+them\b)|"
    r"(?:its|their)\s+strength\s+was\s+(?:reported|put|estimated|given)\s+(?:at|as)|"  # 'Its strength was reported at'
    r"(?:border guards|officials|authorities|officers|media|residents)\s+said\s+they\s+numbered|"  # not the attackers
    r"the\s+(?:station|post|outpost|camp|base|checkpoint)\s+had\s+been\s+(?:staffed|manned|held|garrisoned)\s+by))\s+"
    rf"(?P<n>(?:between\s+(?:\d+|{NUMBER_WORDS})\s+and\s+(?:\d+|{NUMBER_WORDS})|(?:{FIGURE_QUALIFIERS}\s+)?"
    rf"(?:\d[\d,]*|{NUMBER_WORDS})))\b"
    r"(?=\s*(?:of them\b|[,.;:]|$|\s+(?:and|by|in all|in total|men|soldiers|officers|members|according)\b))",
    re.I,
)


#: a figure told that counts relatives too: '160, soldiers and family members counted together', '60 including their
#: wives' (not '26, with around a dozen wives and children travelling with them': those are beside the figure)
_WITH_RELATIVES = re.compile(
    rf"[^.;]{{0,40}}?\b(?:(?:(?:soldiers|troops|personnel|police|officers|men|members)\s+(?:and|plus)|including)\s+"
    rf"(?:their\s+)?(?:{RELATIVES}|dependants|dependents)\b|"
    r"(?:counted\s+)?together\b)",
    re.I,
)


#: the next sentence tells the act again with its figure: 'The KNLA said 16 had come in', 'Bangladeshi authorities said
#: 95 soldiers had crossed', 'Eight had crossed by evening' (of the same outcome only)
_ACT_AGAIN = {
    "surrendered": r"surrendered|come\s+(?:over|in)|laid\s+down|given\s+themselves\s+up|handed\s+themselves|"
    r"being\s+held",
    "defected": r"defected|come\s+over|joined|switched",
    "fled": r"fled|deserted|escaped|run\s+away|left(?!\s+(?:the\s+)?(?:village|town|area|ward|dead|to|behind)\b)",
    "fled_across_border": r"crossed|fled|arrived|entered",
    "captured": r"captured|taken\s+(?:prisoner|captive|alive)|being\s+held",
}
_SAID_AGAIN = (
    r"\.?\s*(?:[^.;]{{0,80}}?\b(?:said|reported|confirmed|added|recorded|estimated)\s+(?:that\s+)?)?"
    rf"(?P<n>(?:{FIGURE_QUALIFIERS}\s+)?(?:\d[\d,]*|{NUMBER_WORDS}))\s+"
    r"(?:(?:militia\s+)?(?:men|soldiers|troops|members|officers|personnel|police(?:\s+officers)?|policemen)\s+)?"
    r"(?:(?:in\s+all|in\s+total)\s+)?(?:(?:had|have|were|was)\s+)?(?:{verbs})\b"
)
_TOLD_AGAIN = {outcome: re.compile(_SAID_AGAIN.format(verbs=verbs), re.I) for outcome, verbs in _ACT_AGAIN.items()}


#: a second claimant's figure in the same sentence: 'X reported 10 members were captured while Mizzima reported 7'
_ANOTHER_FIGURE = re.compile(
    rf"[^.;]*?\b(?:while|whereas|but)\s+[^.;]{{0,60}}?\b(?:said|reported|put|estimated|counted|gave)\b[^.;]{{0,20}}?"
    rf"\b(?:{NUMBER_WORDS})\b",
    re.I,
)


#: a figure told next that is a total or no headcount: '200 had joined since the coup', '17 and 18 years old'
_NO_HEADCOUNT = re.compile(
    r"[^.;,]{0,30}?\b(?:since\s+(?:the\s+(?:coup|start|beginning|launch|operation)|its\b|their\b|\d{4}|(?:early|mid|late)\b|last\b|"
    rf"(?:{MONTHS})\b)|so\s+far|to\s+date\b"
    r"(?!\s+in\b))|"
    r"\s+(?:and\s+\d+\s+)?(?:years?|km|kilometres?|kilometers?|miles?|metres?|meters?|days?|hours?)\b",
    re.I,
)


#: the whole after its parts, in the event's sentence: '... surrendered -- 18 in the first, 9 in the second, 27 in all'
_IN_ALL = re.compile(
    rf"(?:--|—|–|,|;)\s*(?P<parts>(?:(?:{NUMBER_WORDS})\s+(?:in|at|from)\s+[^,.;]{{1,40}},\s*(?:and\s+)?){{2,}})?"
    rf"(?P<n>(?:{FIGURE_QUALIFIERS}\s+)?(?:{NUMBER_WORDS}))\s+(?:(?:{PERSON})\s+)?(?:{IN_ALL})\b",
    re.I,
)
#: what else a whole can add up: 'with rifles, grenades and mortars, 27 in all', 'killed seven and wounded four, eleven'
_THINGS_OR_CASUALTIES = re.compile(
    rf"\b(?:(?:killed|wounded|injured)\s+(?:{NUMBER_WORDS})|weapons|rifles|guns|grenades|mortars|ammunition|arms|"
    r"vehicles|trucks)\s*$",
    re.I,
)


#: who the people were, listed in the next sentence: 'The PDF later said the group was made up of 14 soldiers,
#: including a captain', 'the garrison had consisted of 73 soldiers and 12 policemen', 'listed those who ... as ...'
_MADE_UP_OF = re.compile(
    r"\.?\s*(?:(?-i:Its|Their)\s+|[^.;]{0,100}?\b(?:the\s+|(?=listed\s)))"
    r"(?:(?:[\w-]+\s+)?(?:group|unit|garrison|crews?|column|party|defectors|deserters|prisoners|detachment)\s+(?:had\s+)?"
    r"(?:(?:was|were)\s+(?:made\s+up|composed)\s+of|consisted\s+of|comprised)|"
    r"listed\s+(?:those|the\s+(?:men|soldiers|prisoners|defectors))\s+(?:who\s+(?:had\s+)?(?:gave|given|surrendered|"
    r"defected|deserted|fled|escaped|joined|handed|laid|crossed|came|were\s+(?:captured|taken))\b[^.;]{0,40}?\s+)?as)\s+"
    r"(?P<rest>[^.;:]{1,160})",
    re.I,
)
_LIST_ENDS = re.compile(r",?\s+(?:and\s+)?(?:said|who|which|with|after|before|bringing|taking|carrying)\b", re.I)
_MEN = re.compile(rf"\b(?:m[ae]n|people|{PERSON})\b", re.I)  # 'five men:', not 'two companies:'
_HEADCOUNT = re.compile(rf"((?:{FIGURE_QUALIFIERS}\s+)?(?:\d[\d,]*|{NUMBER_WORDS}))\s+[\w-]+", re.I)  # 'five men:'


def _made_up_of(notes: str, end: int) -> str:
    """The figure of the people listed in the sentence after ``notes[:end]`` ('the group was made up of five men: ...',
    'of 73 soldiers and 12 policemen': 85), when every part of the list names people; '' otherwise."""
    made = _MADE_UP_OF.match(notes, end)
    if not made:
        return ""
    rest = _LIST_ENDS.split(made.group("rest"), maxsplit=1)[0].strip()
    if (head := _HEADCOUNT.fullmatch(rest)) and notes[made.end() : made.end() + 1] == ":" and _MEN.search(rest):
        return head.group(1)  # 'was made up of five men: a gun-layer, two loaders, ...'
    if RELATIVE.search(rest) or not all_people(rest):
        return ""  # 'the militia chairman, 16 members and their cook': not every part is read, no sum
    figure = count_in(rest)[0]
    return figure if parsed_count(figure) is not None else ""


def figure_told_next(notes: str, end: int, outcome: str = "", start: int = -1) -> str:
    """The figure the sentence after ``notes[:end]`` gives for the people just told of (of the ``outcome`` told, when
    it tells the act again: 'The KNLA said 16 had come in'), or '' (not a figure of the killed, of weapons or of a
    separate act).

    >>> figure_told_next("Soldiers fled the camp. The KNDF estimated their number at between 30 and 40.", 23)
    'between 30 and 40'
    >>> figure_told_next("Soldiers fled the camp. The PDF said 12 were killed.", 23)
    ''
    >>> figure_told_next("Troops fled. Its strength was reported at 130, soldiers and relatives together.", 12)
    ''
    >>> figure_told_next("Troops fled. Eight had crossed by evening.", 12, "fled_across_border")
    'Eight'
    >>> figure_told_next("Militia members surrendered -- 18 in one tract, 9 in the other, 27 in all.", 75, "", 0)
    '27'
    >>> figure_told_next("Troops gave up. The garrison had consisted of 73 soldiers and 12 policemen.", 15)
    '85'
    """
    whole = _IN_ALL.search(notes, start, end) if start >= 0 else None  # ``start``: where the event's sentence begins
    if (
        whole
        and not whole.group("parts")
        and _THINGS_OR_CASUALTIES.search(notes, max(start, whole.start() - 80), whole.start())  # just before it
    ):
        whole = None  # only the parts before it make '27 in all' the people's
    if whole and not RELATIVE.search(notes, start, whole.end()):
        return whole.group("n")  # 'surrendered -- ..., 27 in all', not 'the soldiers, with their families, 40 in all'

    again = outcome in _TOLD_AGAIN and _TOLD_AGAIN[outcome].match(notes, end)
    told = again or _NUMBER_TOLD.match(notes, end)  # 'Soldiers deserted. The KNLA said 16 had come in'
    if not told:
        return _made_up_of(notes, end)
    if any(p.match(notes, told.end()) for p in (_WITH_RELATIVES, _ANOTHER_FIGURE, _NO_HEADCOUNT)):
        return ""  # '... at 160, soldiers and family members counted together'; '... while Mizzima reported 7
    return told.group("n")


def same_people(crossing, fact) -> bool:
    """'three soldiers deserted and fled across the border': the flight (``fact``) is the crossing, the same people
    and figure (both facts of :mod:`.acled_select`, with ``outcome``, ``actor`` and ``words``)."""
    return fact.outcome == "fled" and crossing.actor == fact.actor and same_figure(crossing.words, fact.words)


#: people added to those of the same act in a later sentence: 'eleven more soldiers', 'a further 19', 'another 12'
_MORE = re.compile(
    rf"\b(?:a\s+further|another|(?:\d[\d,]*|{NUMBER_WORDS})\s+more)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{PERSON})\b", re.I
)

_ANOTHER_DAY = re.compile(
    rf"\b(?:(?:next|following)\s+(?:day|morning|afternoon|evening|night|week)|(?:days?|weeks?|months?)\s+later|"
    rf"later\s+(?:that|the\s+same|in\s+the)\s+(?:week|month)|on\s+\d{{1,2}}\s+(?:{MONTHS}))\b",
    re.I,
)


def added_later(count: str, fact, facts: list) -> tuple[str, str]:
    """The ``count`` of ``fact`` with the people a later sentence adds to the same act, outcome and side ('34 soldiers
    surrendered. Later that night, eleven more soldiers ... also surrendered': 46), and the note that says so; the count
    as it is when no later sentence adds any, or when a figure is vague (vague figures are never added).

    >>> from types import SimpleNamespace as F
    >>> one = F(outcome="surrendered", actor="junta_army", words="34 soldiers ", sentence="34 soldiers surrendered")
    >>> more = F(outcome="surrendered", actor="junta_army", words="eleven more soldiers ", sentence="Later, ...")
    >>> added_later("34", one, [one, more])
    ('45', "count 45 is the sum of '34 soldiers' and 'eleven more soldiers', told in a later sentence")
    """
    later = [f for f in facts[facts.index(fact) + 1 :] if f.sentence != fact.sentence and f.outcome == fact.outcome]
    later = [f for f in later if not _ANOTHER_DAY.search(f.sentence)]  # 'The next day, another 12': another event
    parts = [(count, fact.words.strip())]
    for f in later:
        if f.actor == fact.actor and _MORE.search(f.words) and (figure := count_in(f.words)[0]):
            parts.append((figure, f.words.strip()))
    counts = [parsed_count(figure) for figure, _ in parts]
    if len(parts) < 2 or not all(c is not None and c.qualifier == "exact" for c in counts):
        return count, ""
    total, _ = total_of(parts, " and ".join(words for _, words in parts))
    listed = " and ".join(f"'{words}'" for _, words in parts)
    return total, f"count {total} is the sum of {listed}, told in a later sentence"
