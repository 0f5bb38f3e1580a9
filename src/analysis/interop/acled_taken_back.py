"""A claim taken back in the words around it, for :mod:`.acled_denied`: residents disputing the account in its own
sentence, a claim told inside its retraction, a later word that takes it back ('no desertion had occurred', 'his
statement was premature', 'the soldiers had been killed rather than captured'), or a claim denied, in the passive,
by a side of the war other than the junta (whose denial is routine).

>>> said = "The PDF said the soldiers fled, but local residents disputed the account."
>>> taken_back(said, 0, said.index("fled"), len(said))
True
>>> said = "The KNLA said 25 soldiers surrendered; this was denied by the State Administration Council."
>>> taken_back(said, 0, said.index("surrendered"), len(said))
False
"""

from __future__ import annotations

import re

from .acled_text import JUNTA_NAMES
from .acled_who import OTHER_SIDES, actor_in

#: residents disputing a side's account in its sentence ('but residents disputed the account'; not 'the claim that ...')
_DISPUTED = re.compile(
    r"\bbut\s+(?:local\s+)?(?:residents|villagers|locals|witnesses)\s+(?:disputed|contradicted|denied|rejected)\s+"
    r"(?:the|this|that|its)\s+(?:account|claim|report|version)\b"
    r"(?!\s+(?:that|of|about)\b(?![^.;]{0,40}?\b(?:surrender|defect|desert|fled|flee|captur|gave\s+up|were\s+(?:[\w-]+\s+){0,2}members)))",
    re.I,
)
#: a claim taken back, in its sentence or a later one: 'no desertion had occurred', 'his statement was premature'
_TAKEN_BACK = re.compile(
    r"\bno\s+(?:desertion|surrender|defection|capture)s?\s+had\s+"
    r"(?:occurred|taken\s+place|happened)\b(?!\s+at\b)|"
    r"\b(?:his|her|its|their)\s+(?:statement|claim|report)\s+(?:was|had\s+been)\s+premature\b|"
    r"\b(?:they|these|those|the\s+\w+(?:\s+\w+)?)\s+(?:had\s+been|were)\s+killed\s+rather\s+than\s+(?:captured|taken)\b",
    re.I,
)
#: ... in its own sentence only: 'but he later said the claim was premature' (not of another report, later)
_PREMATURE_HERE = re.compile(r"\bthe\s+(?:statement|claim|report)\s+(?:was|had\s+been)\s+premature\b", re.I)
#: the junta's word just before it (a routine denial): 'the military said', 'a junta spokesman said that'
_THE_JUNTA_SAID = re.compile(rf"\b(?:{JUNTA_NAMES})\b[^.;]{{0,20}}\bsaid\s+(?:that\s+)?$", re.I)
#: a claim denied in the passive: 'denied by the Kale PDF', 'denied by the Pyu Saw Htee itself' (who, read below)
_DENIED_BY = re.compile(r"\b(?:was|were)\s+(?:denied|rejected|dismissed)\s+by\s+([^.;,]{1,40})", re.I)
#: a claim told inside its retraction: 'It also retracted a post from the day before that had said a navy unit ...'
_RETRACTED_BEFORE = re.compile(
    r"(?<![a-z] who )(?<![a-z] who had )\b(?:retracted|withdrew|deleted|took\s+down)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:post|report|statement|claim)"
    r"\b[^.;]{0,80}?\b(?:that|which)\s+(?:had\s+)?(?:said|claimed|reported|stated)\s+(?:that\s+)?(?!(?:he|she)\b)"
    r"[^.;]*$",  # not 'a post that said he backed the military'
    re.I,
)


def taken_back(said: str, start: int, at: int, end: int) -> bool:
    """True when the claim of the sentence ``said[start:end]`` (its verb at ``at``) is taken back (see the module)."""
    if at >= 0 and (_DISPUTED.search(said, at, end) or _RETRACTED_BEFORE.search(said, start, at)):
        return True
    back = _TAKEN_BACK.search(said, max(start, at), end + 250) or _PREMATURE_HERE.search(said, max(start, at), end)
    if back and _THE_JUNTA_SAID.search(said, max(0, back.start() - 40), back.start()):
        back = None  # 'a junta spokesman said no desertions had occurred'
    by = _DENIED_BY.search(said, max(start, at), end)  # in its own sentence, by a side of the war other than the junta
    who = by and actor_in(by.group(1))  # 'denied by the Pyu Saw Htee itself': the militia's word of its own men
    return bool(back or who in OTHER_SIDES or who in ("militia", "bgf") and "itself" in by.group(1))
