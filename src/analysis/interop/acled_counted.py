"""The words that count the people of a surrender, defection or flight, for :mod:`.acled_select`: the subject, else
the clause before (for 'they'), with those 'along with' them after the verb, or those one man brought.

>>> counted("12 soldiers ", "", " to the AA along with 5 police officers.", False)
'12 soldiers and 5 police officers'
>>> counted("six men who had been conscripted ", "", " from the camp.", True)
'six'
"""

from __future__ import annotations

import re

from . import acled_capture as cap
from . import acled_refer as refer
from .acled_nouns import A_PERSON, LIST_PARTS, NUMBER_WORDS, all_people
from .acled_sums import parsed_count
from .acled_text import RELATIVE
from .acled_who import OTHER_SIDES, actor_in
from .acled_words import bare_count, count_in

_FIGURE_MEN = re.compile(rf"\b(\d[\d,]*|{NUMBER_WORDS})\s+(?:young\s+)?m[ae]n\b", re.I)
_OF_FAMILY = re.compile(r"\s+of\s+(?:his|her|their|a|an|the)\s+(?:[\w'’]+\s+)?famil", re.I)
_ALONG_WITH = re.compile(
    r"^(?:[^.;,]{0,60}?\s(?:along|together)\s+with|[^.;,]{0,60}?\swith(?=\s+\S+\s+of\s+(?:his|their|its)\s)|"
    r"(?:\s+(?:(?:to|at|near)\s+)?(?:(?!(?:after|for|by(?!\s+(?:boat|road|car|truck|(?:the\s+)?river|night\b|helicopter|air\b))|under|when|that|"
    r"which|who|had|has|battalion|"
    r"unit|company|group|\w+ed)\b)[\w'’/-]+\s+){0,6}?)?\s*"
    r"with(?=\s+(?:(?:his|their)\s+)?(?:(?:about|around|some|nearly|over|more than)\s+)?"
    rf"(?:\d[\d,]*|{NUMBER_WORDS})\s))\s+(?:(?:his|their)\s+)?"
    rf"((?:about|around|over|more than|nearly|some|\d[\d,]*|{NUMBER_WORDS})\s+(?:of\s+(?:his|their|its)\s+)?"
    r"(?:other\s+)?(?:[\w-]+\s+){0,2}?(?:soldiers|troops|members|police officers|policemen|personnel|officers|men|"
    r"constables|deputies|subordinates|bodyguards|militiamen|conscripts|guards|orderlies|medics|sailors|recruits|comrades|"
    r"colleagues)"
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?|{NUMBER_WORDS})\s+(?:[\w-]+\s+){{0,2}}?"  # '... and a seaman'
    r"(?:(?:soldier|sergeant|corporal|private|sailor|rating|officer|lieutenant|captain|bodyguard|driver|medic|conscript|"
    r"gunner|colonel|major|commander)s?|deput(?:y|ies)|orderl(?:y|ies)|(?:militia|police|sea|signal)m[ae]n)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:and|from|of|who|to|in|at|with|after|before|when|as|near|on|during)\b))*)\b"
    r"(?!\s+of\s+(?:the\s+)?(?:sangha|clergy|public|community|famil|village(?!['’]s\s|\s+(?:people['’]s\s+)?(?:militia|pyu|defen[cs]e|guard))))",
    re.I,
)


#: those named after the verb with no figure of their own: 'accompanied by his adjutant and three bodyguards',
#: 'bringing his deputy and his bodyguard with him', 'together with his deputy, a captain, and four bodyguards'; a bare
#: 'with' only at the verb or after where he went: 'deserted with his orderly', 'defected to the PDF with his deputy'
#: (not 'a quarrel with his company commander')
_HIS_PEOPLE = re.compile(
    rf"^(?:[^.;]{{0,60}}?\b(?:(?:along|together)\s+with|accompanied\s+by|bringing)|(?P<bare>(?:\s+to\s+(?:the\s+)?"
    r"(?:(?!\b(?:after|before|when|while|following|during|amid|over|that|which|who|had|battalion|unit|company|group|"
    r"column|brigade|camp|base|post|outpost|station|fight|quarrel|clash|dispute|argument)\b)[^.;,]){0,60}?)?\s+with))\s+"
    rf"(?P<named>(?:his|their|an?|{NUMBER_WORDS})\s+"
    r"[^.;]{1,80}?)"
    r"(?=\s+with\s+(?:him|them)\b|,\s+(?:the\s+|local\s+)?[\w-]+\s+(?:said|reported)\b|,\s+according\b|"
    r",\s+\w+ing\b|\s*[.;]|$)",
    re.I,
)
#: a part of a list that names people by what they are, noun last ('his orderly', 'three sergeants from his company')
_ONE_NAMED = re.compile(
    rf"^(?:his|her|their|its|an?|the|{NUMBER_WORDS})\s+"
    r"(?:(?!(?:with|after|before|to|in|at|by|for|near|on|while|when)\b)[\w'’-]+\s+){0,3}?[\w'’-]+$",
    re.I,
)
_FROM_OF = re.compile(r"\s+(?:from|of)\s+.*$")  # 'three sergeants from his company': the sergeants


def _named_people(named: str) -> bool:
    """Every part of the list is a person named by what he is ('his deputy and six members'; not 'his rifle after a
    quarrel with his company commander')."""
    for part in LIST_PARTS.split(named):
        part = _FROM_OF.sub("", part.strip())
        nouns = list(A_PERSON.finditer(part.lower()))
        if not _ONE_NAMED.match(part) or not nouns or nouns[-1].end() != len(part):
            return False
    return True


#: those he left with, counted as others ('with two comrades': two others; 'comrades' alone names no one counted)
_COMRADES = re.compile(r"\b(?:comrades|colleagues)\b", re.I)


def _his_people(after: str, words: str) -> str:
    """Those one man brought along, named after the verb (:data:`_HIS_PEOPLE`), when every one of them is named as
    people ('his adjutant and three bodyguards'; not 'his bodyguard's rifle', 'his batman'); relatives dropped from the
    list ('his driver and his wife': his driver; 'his wife' alone: no one); '' else."""
    his = _HIS_PEOPLE.match(after)
    if not his:
        return ""
    named = his.group("named")
    if RELATIVE.search(named):  # 'his driver and his wife': the driver only; 'his wife' alone, no one
        named = " and ".join(p for p in LIST_PARTS.split(named) if not RELATIVE.search(p))
        if not named.strip():
            return ""
    if (his.group("bare") or named != his.group("named")) and not _named_people(named):
        return ""  # a bare 'with', or a list relatives were dropped from: only people named by what they are
    one = parsed_count(count_in(words)[0])
    if one is None or one.best != 1:
        return ""
    # a comma after them kept: 'his bodyguard, a lance corporal,' is one man named twice
    said = _COMRADES.sub("others", named) + ("," if after[his.end() : his.end() + 1] == "," else "")
    return said if all_people(said) and count_in(said)[0] else ""


def counted(subject: str, previous: str, after: str, conscripts: bool) -> str:
    """The words that count the people of a surrender, defection or flight: the subject, else the clause before
    (for 'they'), with those 'along with' them after the verb ('surrendered along with 58 soldiers'), or those one
    man brought ('accompanied by his adjutant and three bodyguards': :func:`_his_people`)."""
    named = not previous or not cap.pronoun(subject) or count_in(subject)[0] or cap.the_rest(subject)
    words = bare_count(subject) or (subject if named else refer.plight_words(previous) or previous)
    if conscripts and (men := _FIGURE_MEN.search(subject)):
        words = men.group(1)  # 'six men': the men are counted where they are conscripts
    along = _ALONG_WITH.match(after)
    if along and actor_in(along.group(1)) not in (*OTHER_SIDES, "civilians"):
        if not cap.kin(along.group(1)) and not _OF_FAMILY.match(after, along.end()):
            words = f"{words.rstrip()} and {_COMRADES.sub('others', along.group(1))}"  # 'along with 58 soldiers'
    elif not along and (his := _his_people(after, words)) and actor_in(his) not in (*OTHER_SIDES, "civilians"):
        words = f"{words.rstrip()} and {his}"  # 'a major ... accompanied by his adjutant and three bodyguards'
    return words


#: a part of a group told apart from those counted: 'some (most) of the officers', 'the majority of them'
_PART_OF_GROUP = re.compile(r"^\s*(?:some|most|many|several|a few|the majority)\s+of\s+(?:the|them|their|its)\b", re.I)
#: people named with no figure, beside others a note counts: 'several soldiers fled', '18 were taken and others'
_NO_FIGURE = re.compile(
    r"(?:^|[,;])\s*(?:and\s+)?(?:several|many|a few)\s+(?:soldiers|troops|police|policemen|officers|members)\b[^,;]*$|"
    r"\band\s+others\s*$",
    re.I,
)


def part_of_group(words: str) -> bool:
    """True for a part of a group named with no figure ('some of the officers escaped').

    >>> part_of_group("most of the soldiers "), part_of_group("12 soldiers ")
    (True, False)
    """
    return _PART_OF_GROUP.match(words) is not None


def uncounted(words: str) -> bool:
    """True for people named with no figure, whom a row counts only when no one else has one ('several soldiers
    fled ... The PDF captured four soldiers': the four).

    >>> uncounted("several soldiers "), uncounted(" 18 soldiers were taken prisoner and others "), uncounted("12 men")
    (True, True, False)
    """
    return _NO_FIGURE.search(words) is not None
