"""A post claimed abandoned said, after the claim, to be still manned or held: the claim taken back (for
:mod:`.acled_denied`), unless the junta says it, whose word that its post still stands is a routine denial.

>>> said = "The PDF claimed troops had abandoned the camp, but residents said troops were still there."
>>> bool(still_held(said, 0, said.index("abandoned"), len(said), True))
True
"""

from __future__ import annotations

import re

from .acled_rumour import THE_JUNTA

#: said of the post claimed abandoned, in the claim's sentence after it or in a later one: 'but residents said soldiers
#: were still stationed there'
_POST = r"(?:post|camp|base|outpost|station|checkpoint|position)s?"
_MEN = r"\b(?:soldiers|troops|police(?:men)?|personnel|the\s+garrison|(?:bgf|militia)\s+members)\s+"
_STILL_THERE = re.compile(
    rf"{_MEN}(?:were|was|remained)\s+still\s+"
    r"(?:(?:stationed|present)\b(?:\s+there\b)?(?=\s*(?:[.;,]|$)|\s+(?:when|as|until)\b)|there\b(?!,?\s+(?:in|at|near)\b)|"
    rf"in\s+place(?=\s*(?:[.;,]|$))|at\s+(?:the|its)\s+{_POST}\b(?!\s+(?:in|at|near)\b))|"  # not 'there, in the base'
    rf"{_MEN}(?:(?:continued\s+to\s+(?:man|hold|occupy|guard)|"
    r"(?:were|was)\s+still\s+(?:manning|holding|guarding|occupying))\s+(?:it\b|the\s+(?:camp['’]s\s+\w+|"
    rf"{_POST}\b(?!\s+(?:in|at|near)\b)))|remained\s+in\s+place(?=\s*(?:[.;,]|$))|had\s+not\s+(?:left|withdrawn)"
    rf"(?=\s*(?:[.;,]|$)|\s+(?:it|the\s+{_POST})\b))|"  # not 'holding three villagers', 'had not left the town'
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:station|camp|post|outpost|base|checkpoint)\s+was\s+still\s+"
    r"(?:manned|occupied|held)\b(?!\s+by\s+(?!(?:the\s+)?(?:troops|soldiers|police|policemen|garrison|junta|military|army)\b))",
    re.I,
)
#: the words before 'said' that name the junta: '..., a junta spokesman said', ', according to state media'
_THE_JUNTA_SAID = re.compile(
    rf"[^.;]{{0,60}}?,\s+(?!and\b|but\b)(?:according\s+to\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?{THE_JUNTA.pattern}"
    r"(?:[^.;,]{0,20}?\b(?:said|says|stated|claimed|added)\b|\s*(?:[.;]|$))",
    re.I,
)
#: armies that are not the junta's, whose 'Army' is not read as the military's
_OTHER_ARMIES = re.compile(
    r"\b(?:shan\s+state|wa\s+state|zomi\s+revolutionary|karen\s+buddhist|democratic\s+alliance|liberation|karenni)"
    r"\s+army\b",
    re.I,
)
#: a second place named after the post ('withdrawn to the headquarters; troops remained there': there is that place)
_MOVED_TO = re.compile(r"\b(?:withdr[ae]wn?|moved|retreated|pulled\s+back|relocated)\s+(?:back\s+)?to\b", re.I)
#: a claim of the people of a post, without 'that': 'the CDF claimed police had abandoned the station'
_CLAIMED_THEY_HAD = re.compile(
    r"\b(?:claimed|said|reported|alleged)\s+(?:the\s+|junta\s+|its\s+)?(?:police|policemen|soldiers|troops|military|army|"
    r"junta|garrison|militia)\b[^.;]{0,30}?\bhad\b",
    re.I,
)
_CLAUSE_START = re.compile(r"\bbut\b|,\s+and\b|[.;]", re.I)  # who says a post is still held: the words after these


def still_held(said: str, start: int, after: int, end: int, claimed: bool) -> re.Match | None:
    """Where the claim's post is said, after its verb (at ``after``), to be still manned or held, by no one of the junta
    (its word is a routine denial): 'the CDF claimed police had abandoned the station, but residents said police were
    still there'. None else.

    >>> said = "The CDF claimed police had abandoned the station; residents said police were still there."
    >>> bool(still_held(said, 0, said.index("abandoned"), len(said), False))
    True
    >>> junta = said.replace("residents", "the military")
    >>> still_held(junta, 0, junta.index("abandoned"), len(junta), False) is None
    True
    """
    if not (claimed or after > start and _CLAIMED_THEY_HAD.search(said, start, after + 1)):
        return None  # no claim (with no verb's place, ``after`` is ``start``: only a claim with 'that' is read)
    still = _STILL_THERE.search(said, after, end + 250)
    if not still:
        return None
    said_by = _OTHER_ARMIES.sub("", _CLAUSE_START.split(said[max(after, still.start() - 80) : still.start()])[-1])
    told_by = _OTHER_ARMIES.sub("", said[still.end() : still.end() + 120])
    if THE_JUNTA.search(said_by) or _THE_JUNTA_SAID.match(told_by):
        return None  # the junta's word: a routine denial
    if _MOVED_TO.search(said, after, still.start()):
        return None  # another post's men: 'withdrawn to the base; troops remained there', 'moved to the camp, where''
    return still
