"""Positions in ACLED's notes, for :mod:`.acled_select`: how many bases, posts or camps a note says were left.

A figure counts them ('three camps'); one place named with an article or a possessive is one ('the police
outpost', 'its Nat Kan outpost'); places named side by side are added and the note says so; 'several posts',
'some camps' or 'its camps' give no figure.

>>> positions_in(" its Nat Kan outpost and three other nearby camps")
('4', "count 4 is the sum of 'its Nat Kan outpost' and 'three other nearby camps' in ACLED's notes")
>>> positions_in(" the Kyaung Kone police outpost ahead of a planned attack"), positions_in(" their camps")[0]
(('the Kyaung Kone police outpost', ''), '')
>>> positions_in(" both camps near the town"), positions_in(" around five outposts along the road")
(('both', ''), ('around five', ''))
"""

from __future__ import annotations

import re

from .acled_border import AIRSPACE, INTO_A_COUNTRY, PURPOSE
from .acled_nouns import IN_ALL, LIST_PARTS, NUMBER_WORDS, PERSON, person
from .acled_sums import another_place, parsed_count
from .acled_text import HELD, POSITIONS, border_after

#: positions named with a figure or an article ('three camps', 'its Nat Kan outpost'), and the noun that ends them
#: (the last of two: 'their battalion base' is a base)
#: a word between a place and a position that names the position's kind ('the town police station')
_KIND = r"(?:police|army|military|security|border|guard|militia|battalion|army's|military's)"
_NAMERS = (
    "point",
    "hill",
    "no.",
    "no",
    "number",
    "mile",
    "lib",
    "ib",
    "lid",
    "battalion",
    "regiment",
    "brigade",
    "division",
)
_NAMING = "".join(f"(?<!{re.escape(w)} )" for w in _NAMERS)  # 'their Hill 720 camp': a name, not a figure
_PLACES = re.compile(
    rf"(?<![-\w])({NUMBER_WORDS}|both|several|some|all|a|an|the|its|their|his)\s+"
    rf"(?:(?!and\b|{_NAMING}(?:{NUMBER_WORDS})\b)\S+\s+){{0,4}}?"
    rf"({POSITIONS})\b(?![-\s]+(?:\d+[-\s]+|{_KIND}\s+)?{POSITIONS}\b|['’])",  # 'their Hill 720 camp' is a camp
    re.I,
)


#: places named one by one before one noun: 'the Sin Gaung and Thit Yar Gyi police stations' (2)
_NAME_WORDS = r"(?:(?-i:No)\.?\s?\d+|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:\s\d+)?)"  # 'Hill 77'
_NAME_ITEM = (
    rf"{_NAME_WORDS}(?:\s+(?:town|village|ward|township))?"  # 'the Htigyaing town and Zinbon police stations' (2)
)
NAMED_LIST = re.compile(
    rf"\b(?:the|its|their)\s+({_NAME_ITEM}(?:,\s+{_NAME_ITEM})*,?\s+and\s+{_NAME_WORDS})\s+"
    rf"(?:(?:town|village|township)\s+)?(?:{_KIND}\s+)?{HELD}(?<=s)\b",
    re.I,
)
#: places named one by one after the noun: 'the police stations in Thin Ga Net and Pyin Shey villages' (2), 'its
#: outposts at Kone Tan, Ywa Thit Gyi and Hill 512' (3)
_NAMED_IN = re.compile(
    rf"\b(?:the|its|their)\s+(?:(?!(?:{NUMBER_WORDS}|several|some|all|both)\b)[\w-]+\s+)?{HELD}(?<=s)\s+in\s+(?:the\s+)?"
    rf"({_NAME_WORDS}(?:,\s+{_NAME_WORDS})*,?\s+and\s+{_NAME_WORDS})\s+(?:villages|towns|wards|village tracts)\b|"
    rf"\b(?:its|their)\s+{HELD}(?<=s)\s+at\s+({_NAME_WORDS}(?:,\s+{_NAME_WORDS})*,?\s+and\s+{_NAME_WORDS})"
    r"(?=[,.;]|\s*$|\s+(?:and|on|along|near|in|to|before|after|as)\b)",
    re.I,
)


#: where the places a verb names end: a clause mark, or 'and' before another verb ('and withdrew to the base')
_OBJECT_END = re.compile(
    r"[,;]|(?<!\bNo)(?<!\bno)\.|\s+(?:and|then)\s+(?=\w+ed\b|withdrew|went|fled|left|took|ran|fell)|"
    r"\s+(?:after|before|when|while|following|ahead of|amid)\b|(?<!\bmany)\s+as\b(?!\s+many\b)",  # 'as many as five'
    re.I,
)
#: the next item of a list of positions after a comma: 'the Taung Min camp,' or 'the Taung Min camp and'
#: words of a place described, not another place named ('the camp, the last base in the township')
_DESCRIBING = (
    r"(?:largest|biggest|main|only|last|most|key|important|nearest|oldest|former|one\s+of|headquarters\s+of|"
    r"(?:\w+\s+)?of\s+(?:the\s+)?(?:lib|ib|lid|battalion|\w+\s+battalion))"
)
_LISTED = re.compile(
    rf"\s+(?:and\s+)?(?:the|a|an|its|their|{NUMBER_WORDS})\s+(?!(?:\S+\s+){{0,3}}?{_DESCRIBING}\b)"
    rf"(?:\S+\s+){{0,4}}?{POSITIONS}\b"
    rf"(?:[^,.;]{{0,40}}?(?:,|\s+and\b)|[^,;]{{0,40}}$)",
    re.I,
)
_LIST_ENDS = re.compile(
    rf"[^.;]{{0,120}}?\band\s+(?:the|a|an|its|their|several|other|all|both|{NUMBER_WORDS})\s+(?:\S+\s+){{0,4}}?(?:{POSITIONS}|air\s?base|airport|depot|point)\b|"
    r"\s+(?:the|a|an)\s+(?-i:[A-Z]|No\b)",
    re.I,
)  # a list goes on to 'and the ...', or names its next place ('the Taung Min camp')
#: a list that ends in a place no figure numbers ('a camp, two outposts and an airbase'): the sum would be short
_UNCOUNTED_LAST = re.compile(
    rf"\band\s+(?:the|a|an|its|their|{NUMBER_WORDS}|\d+)\s+(?:(?!(?:near|at|in|on|of|by|overlooking|from|to)\b)[\w'-]+\s+){{0,3}}?"
    rf"(?:air\s?bases?|airports?|depots?|points?)\b(?!\s+(?:\d+\s+)?{POSITIONS})",
    re.I,
)
_QUALIFIER = re.compile(
    r"\b(?:around|about|some|over|nearly|almost|more than|at least|up to|as many as|an estimated|approximately|roughly|"
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:to|or))\s+$",  # '4 to 5 outposts': a range
    re.I,
)
_NAMED_BY = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in _NAMERS)})\s+$", re.I)
_WHERE = re.compile(  # a place after a preposition is where, not what ('three outposts near the base')
    r"\b(?:near|around|to|towards?|at|from|in|into|outside|beside|behind|of|on|by|inside|between)\s+$", re.I
)
_FLED_FROM = re.compile(
    rf"^\s+(?:\S+\s+){{0,8}}?(?:{POSITIONS}|units?|schools?|barracks|depots?|service|duty|"
    r"(?:defen[cs]e services|military|police|army|navy|naval|air force)\s+(?:[\w-]+\s+)?academ(?:y|ies))\b",
    re.I,
)
_THE_ACADEMY = re.compile(r"\s+(?:from\s+)?the\s+academy\b", re.I)
#: a village militia's own village ('fled Kone Thar village', 'fled the village'): where its members serve
_MILITIA = re.compile(r"\b(?:militia|pyu saw htee)\b", re.I)
_THE_VILLAGE = re.compile(r"\s+(?:from\s+)?(?:(?:the|their|his)\s+|(?:(?-i:[A-Z])[\w-]+\s+){1,3})village\b", re.I)
#: 'fled to an area held by anti-coup forces', 'to a PDF-controlled area': deserted, when soldiers or police did
_TO_HELD_AREA = re.compile(
    r"^\s+to\s+(?:\S+\s+){0,3}?(?:areas?|territory|zones?)\s+(?:held|controlled)\s+by\s+"
    r"(?!(?:the\s+)?(?:junta|military|regime|army|government|sac|tatmadaw|pyu saw htee|militia|bgf)\b(?!['’]s))|"
    r"^\s+to\s+(?:an?\s+|the\s+)?(?!(?:junta|military|regime|army|government|sac|tatmadaw|militia|bgf)-)"
    r"[\w-]+-(?:held|controlled)\b",
    re.I,
)


def away(after: str, subject: str) -> bool:
    """A flight away from a side: 'fled from his unit', or (of a soldier, a police sergeant) 'fled to an area held by
    anti-coup forces', not 'two nurses fled to a PDF-controlled area'.

    >>> away(" to an area held by anti-coup forces.", "a police sergeant "), away(" to a PDF-held area.", "two nurses ")
    (True, False)
    """
    cadets = "cadet" in subject.lower() and _THE_ACADEMY.match(after)  # 'three cadets fled the academy'
    militia = _THE_VILLAGE.match(after) and _MILITIA.search(subject)  # 'five Pyu Saw Htee members fled the village'
    return bool(_FLED_FROM.match(after) or _TO_HELD_AREA.match(after) and person(subject) or cadets or militia)


def object_of(after: str) -> str:
    """The words after a verb that name what it acted on, to the first mark or next verb.

    >>> object_of(" three outposts near the town and withdrew to the LIB-379 base ahead of the offensive")
    ' three outposts near the town'
    """
    at = len(after) - len(after.lstrip())
    listed = NAMED_LIST.match(after, at) or _NAMED_IN.match(after, at)  # 'the Kyun Taw, Sa Bai and ... stations'
    end = _OBJECT_END.search(after, listed.end() if listed else 0, 160)
    while end and end.group(0) == "," and _LISTED.match(after, end.end()) and _LIST_ENDS.match(after, end.end()):
        end = _OBJECT_END.search(after, end.end(), 240)  # 'the Kyauk Seik outpost, the Taung Min camp and ...'
    return after[: end.start()] if end else after[:160]


#: a body of troops named as one: 'the garrison', 'the battalion', 'those of LIB-58 who had survived' crossed
_UNITS = r"garrison|battalion|unit|column|company|platoon|detachment|contingent"
_A_UNIT = re.compile(rf"\b(?:{_UNITS})s?\b|^\s*those of l?ib(?:-?\d+)?(?![\w'’-])", re.I)
#: 'three posts in all': the total of the places listed before
_IN_ALL = re.compile(rf"\s+(?:{IN_ALL})\b", re.I)
#: 'one of its two camps': the part, not the whole
_PART_OF = re.compile(
    rf"\s*({NUMBER_WORDS})\s+of\s+(?:the|its|their|his)\s+(?:[\w'’-]+\s+){{0,3}}?{POSITIONS}(?<=s)\b"
    r"(?!\s*,?\s*(?:and|or)\s)",  # not 'one of its two camps and three outposts': a sum
    re.I,
)


def positions_in(words: str) -> tuple[str, str]:
    """(count text, note) for the places the words name: 'three camps' 3, 'the police outpost' 1, 'its outpost
    and three other camps' 4 (a sum, said in the note), 'one of its two camps' 1; 'its camps', 'several posts' no
    figure."""
    if part := _PART_OF.match(words):
        return part.group(1), ""
    named_lists = [*NAMED_LIST.finditer(words), *_NAMED_IN.finditer(words)]
    lists = [m for m in named_lists if not _WHERE.search(words, 0, m.start())]
    figures = []  # (figure, phrase, number, where); a list named one by one: 'the Sin Gaung and Thit Yar Gyi stations'
    for m in lists:
        n = len([name for name in LIST_PARTS.split((m.group(1) or m.group(2)).strip()) if name])
        figures.append((str(n), m.group(0), n, m.start(), False))
    for m in _PLACES.finditer(words):
        if any(a.start() <= m.start() < a.end() for a in lists):
            continue
        det, noun = m.group(1).lower(), m.group(2).lower()
        if det == "both" and not noun.endswith("s"):
            return "both", ""  # 'both the Nat Kan camp and the nearby outpost': two places, named one by one
        named = det in ("a", "an", "the", "its", "their", "his")
        again = m.group(0).lower().endswith(f"the {noun}") and not another_place(words, m.start(), m.end())
        if again and any(noun in f[1].lower() for f in figures):
            continue  # 'withdrew from the Mese town police station, and the KNDF took over the station': named again
        if _WHERE.search(words, 0, m.start()) if named else _NAMED_BY.search(words, 0, m.start()):
            continue  # 'near the town': where, not what; 'Point 1155 hill': a name, not a figure
        figure = m.group(0) if named else m.group(1)
        if not named and (qualified := _QUALIFIER.search(words, 0, m.start())):
            figure = qualified.group(0) + figure  # 'around five outposts': about 5, not 5
        count = parsed_count(figure)
        if not named and count is not None and _IN_ALL.match(words, m.end()):
            return figure, ""  # 'the police station and two outposts -- three posts in all --': the total given
        if named and count is None and not (noun.endswith("s") and noun != "headquarters"):
            continue  # 'the town', 'the hill': a place, not a position counted
        number = None if count is None else count.best if count.best is not None else count.low or count.high
        if number is None:  # 'several posts', 'its camps': no figure for all of them
            return "", "no figure for the positions in ACLED's notes: count left empty"
        figures.append((figure, m.group(0), number, m.start(), count.best is None))  # '4 to 5 outposts': a range
    if not figures or _UNCOUNTED_LAST.search(words):
        return "", "no figure for the positions in ACLED's notes: count left empty"
    figures.sort(key=lambda f: f[3])
    if len(figures) == 1 and not lists:
        return figures[0][0], ""
    if len(figures) == 1:
        figure, phrase = figures[0][:2]
        return figure, f"count {figure}: the places named one by one in {phrase!r} in ACLED's notes"
    if any(f[4] for f in figures):  # a range or a ceiling beside another figure: no sum to give
        return "", "no figure for the positions in ACLED's notes: count left empty"
    total, said = sum(f[2] for f in figures), " and ".join(repr(f[1]) for f in figures)
    return str(total), f"count {total} is the sum of {said} in ACLED's notes"


_FROM_POSITION = re.compile(
    r"^\s+(?:(?:all\s+)?(?:all|both|each|some|several|two|three|four|five|\d+)\s+of\s+)?(?:as many as\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+to\s+(?=\d|two|three|four|five|six|seven|eight|nine|ten))?"
    rf"(?:(?!near\b|from\b|to\b|towards?\b|of\b|in\b|at\b(?!\s+least)|for\b|and\b|after\b|before\b|while\b|as\b|when\b)\S+\s+){{0,6}}?"
    rf"{POSITIONS}\b|^\s+{NAMED_LIST.pattern}",
    re.I,
)
_A_RANGE_TO = (
    r"(?:(?<=\d )|(?<=one )|(?<=two )|(?<=three )|(?<=four )|(?<=five )|(?<=six )|(?<=seven )|(?<=eight )|(?<=nine )|"
    r"(?<=ten )|(?<=up ))to(?=\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)  # '4 to 5 outposts': 'to' only between figures, not 'handed over 14 detainees to two police stations'
_AFTER_POSITION = re.compile(
    rf"^\s+(?:(?:(?!to\b)\S+|{_A_RANGE_TO})\s+){{0,5}}?{POSITIONS}\b|^\s+{NAMED_LIST.pattern}", re.I
)
#: what left a camp empty that is no side ('the airstrike left the camp empty')
AN_ATTACK = re.compile(r"(?i)\b(?:air ?strikes?|shelling|attacks?|bombing|bombardment|fighting|clash(?:es)?|fire)\s*$")
#: 'broke away from the military troops and fled into the forest': a flight, the side named by the next verb
AND_FLED = re.compile(r"^[^.;]*?\band\s+(?:fled|escaped|deserted|ran(?:\s+(?:away|off|into|to|towards?))?)\b", re.I)
#: 'and went back to his native village', 'and went home'
WENT_HOME = re.compile(
    r"(?i)\band\s+(?:(?:returned|went)\s+(?:back\s+)?(?:to\s+)?(?:their|his)\s+(?:native\s+|home\s+)?(?:homes?|"
    r"villages?|families|towns?)|went\s+(?:back\s+)?home|disappeared|vanished|went\s+missing)\b"
)


def names_positions(verb: str, after: str) -> bool:
    """True when the words after 'abandoned', 'withdrew from' or 'handed over' name a base, post or camp.

    >>> names_positions("withdrew from", " three outposts"), names_positions("withdrew from", " the village")
    (True, False)
    """
    return (_FROM_POSITION if verb.lower()[:4] in ("with", "pull") else _AFTER_POSITION).match(after) is not None


_DETERMINERS = rf"{NUMBER_WORDS}|both|all|the|its|their"
_ONE_POSITION = (
    rf"(?:{_DETERMINERS})\s+(?:(?!(?:and|after|when|as|{_DETERMINERS})\b)[^\s,.;]+\s+){{0,5}}?{POSITIONS}\b"
    r"(?!['’]s\s+(?:[\w-]+\s+)?(?:\d|soldiers|troops|men|members|personnel|police|officers|garrison|commanders?))"
)  # not 'the camp's 25 soldiers abandoned it': the soldiers' camp, told as theirs
#: 'two camps and an outpost' before 'the soldiers abandoned them': the positions a later 'them' stands for
_NAMED_BEFORE = re.compile(
    rf"(?<![-\w]){_ONE_POSITION}(?:\s*,?\s*(?:and\s+)?(?:an?|{_DETERMINERS})\s+(?:[^\s,.;]+\s+){{0,3}}?{POSITIONS}\b)*",
    re.I,
)
_LINKS = r"after|when|as|before|once|until|because|and|so|but"
_NOT_A_LINK = rf"(?!(?:{_LINKS})\b|\w+ed\b)"  # nor a verb: 'and captured five soldiers after their officers'
#: ... right before the clause of 'abandoned them': only a link and its subject between ('after the soldiers')
_THEN_THEY = re.compile(
    rf"(?:['’]s\s+[\w-]+)?\s*(?:{_NOT_A_LINK}[\w'’-]+\s+){{0,4}}?(?:(?:,\s*)?(?:{_LINKS})\s*,?\s*"
    rf"(?:{_NOT_A_LINK}[\w'’-]+,?\s+){{0,7}}?)*(?:{_NOT_A_LINK}[\w'’-]+\s+){{0,7}}$",
    re.I,
)
_A_LINK = re.compile(rf"\b(?!and\b)(?:{_LINKS})\b", re.I)  # 'after the soldiers and their families' is one subject
_PERSON_WORD = re.compile(rf"\b(?:{PERSON})\b", re.I)
_THEM = re.compile(  # not 'retook the town after the PDF withdrew from it the previous day': an earlier act
    r"^\s+(them|it)\b(?!\s+(?:the (?:day before|previous day)|(?:\w+\s+)?days? (?:ago|earlier)|"
    r"earlier(?!\s+(?:that|the same|in the)\s))\b)",
    re.I,
)


def positions_meant(before: str, after: str) -> str:
    """The positions 'them' or 'it' stands for after 'abandoned' ('took four outposts after the soldiers abandoned
    them'), as words after the verb; else ``after`` as it is ('captured five soldiers after their officers abandoned
    them': the soldiers).

    >>> positions_meant("the KIA took four outposts after the soldiers ", " them overnight.")
    ' four outposts'
    """
    them = _THEM.match(after)
    named = list(_NAMED_BEFORE.finditer(before)) if them else []
    if not named or not _THEN_THEY.fullmatch(before, named[-1].end()):
        return after
    between = before[named[-1].end() :]
    if _PERSON_WORD.search(between[: max((m.start() for m in _A_LINK.finditer(between)), default=0)]):
        return after  # 'captured three camps and five soldiers after their officers abandoned them': the soldiers
    plural = not re.search(rf"\b(?:one|a|an|the|its|their)\s+(?:\S+\s+){{0,5}}?{POSITIONS}$", named[-1].group(0), re.I)
    plural = plural or " and " in named[-1].group(0) or named[-1].group(0).lower().endswith("s")
    return f" {named[-1].group(0)}" if plural == (them.group(1).lower() == "them") else after


_REFUSED = re.compile(r"\b(?:were|was)\s+(?:refused|denied|turned\s+(?:back|away)|sent\s+back)\b", re.I)


def no_crossing(kind: str, verb: str, who: str, subject: str, after: str) -> str:
    """Why a crossing or a retreat (``kind`` 'crossed') crosses no border here, or '': 'crossed the river', 'the
    family took refuge' (nobody named), 'crossed into Thai airspace', a retreat not into another country.

    >>> no_crossing("crossed", "crossed", "junta_army", "20 soldiers ", " the river to attack the village.")
    'no border crossed'
    >>> no_crossing("crossed", "crossed", "junta_army", "20 soldiers ", " into Thailand.")
    ''
    """
    if verb.lower() == "retreated" and not INTO_A_COUNTRY.match(after):
        return "no border crossed"
    if kind != "crossed":
        return ""
    people = person(subject) or _A_UNIT.search(subject[-60:])  # 'the garrison crossed into Mizoram'
    abroad = border_after(after) or "asylum" in verb.lower() and not _REFUSED.search(after[:160])  # sought abroad
    if not (who and people and abroad) or PURPOSE.search(after) or AIRSPACE.match(after):
        return "no border crossed" if who else "nobody crossed"
    return ""
