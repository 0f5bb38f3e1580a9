"""A post claimed abandoned said, after the claim, to be still manned or held: the claim taken back (for
:mod:`.acled_denied`), unless the junta says it, whose word that its post still stands is a routine denial.

>>> said = "The PDF claimed troops had abandoned the camp, but residents said troops were still there."
>>> bool(still_held(said, 0, 35, len(said), True))
True
"""

from __future__ import annotations

import re

from .acled_rumour import JUNTA

#: said of the post claimed abandoned, in the claim's sentence after it or in a later one: 'but residents said soldiers
#: were still stationed there'
_STILL_THERE = re.compile(
    r"\b(?:soldiers|troops|police(?:men)?|personnel|the\s+garrison)\s+(?:were|was|remained)\s+still\s+"
    r"(?:(?:stationed|present)(?:\s+there\b|(?=\s*(?:[.;,]|$)))|there|in\s+place)|"  # not 'stationed at the camp'
    r"\b(?:soldiers|troops|police(?:men)?|personnel|the\s+garrison)\s+(?:continued\s+to\s+(?:man|hold|occupy|guard)|"
    r"(?:were|was)\s+still\s+(?:manning|holding|guarding|occupying)|remained\s+(?:in\s+place|there)|"
    r"had\s+not\s+(?:left|withdrawn|gone))\b|"
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}?(?:station|camp|post|outpost|base|checkpoint)\s+was\s+still\s+"
    r"(?:manned|occupied|held)\b",
    re.I,
)
#: the junta (not 'the Chin National Army', 'the KIA's military wing') or its media
_JUNTA = rf"(?:{JUNTA}|state(?:-run)?\s+media)"
_JUNTA_SAYS = re.compile(rf"\b{_JUNTA}\b", re.I)
_THE_JUNTA_SAID = re.compile(  # '..., the military said'
    rf",?\s+(?!and\b|but\b)(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?{_JUNTA}\b[^.;,]{{0,20}}?\b(?:said|says|stated|claimed|added)\b",
    re.I,
)
#: a claim of the people of a post, without 'that': 'the CDF claimed police had abandoned the station'
_CLAIMED_THEY_HAD = re.compile(
    r"\b(?:claimed|said|reported|alleged)\s+(?:the\s+|junta\s+|its\s+)?(?:police|policemen|soldiers|troops|military|army|"
    r"junta|garrison|militia)\b[^.;]{0,30}?\bhad\b",
    re.I,
)
_WHERE = re.compile(r"\bwhere\s+$", re.I)
_CLAUSE_START = re.compile(r"\bbut\b|[.;]")  # who says a post is still held: the words after the last of these


def still_held(said: str, start: int, after: int, end: int, claimed: bool) -> re.Match | None:
    """Where the claim's post is said, after its verb (at ``after``), to be still manned or held, by no one of the junta
    (its word is a routine denial): 'the CDF claimed police had abandoned the station, but residents said police were
    still there'. None else.

    >>> said = "The CDF claimed police had abandoned the station; residents said police were still there."
    >>> bool(still_held(said, 0, 34, len(said), False))
    True
    >>> still_held(said.replace("residents", "the military"), 0, 34, 90, False) is None
    True
    """
    if not (claimed or _CLAIMED_THEY_HAD.search(said, start, after + 1)):
        return None
    still = _STILL_THERE.search(said, after, end + 250)
    if not still:
        return None
    said_by = _CLAUSE_START.split(said[max(after, still.start() - 80) : still.start()])[-1]
    if _JUNTA_SAYS.search(said_by) or _THE_JUNTA_SAID.match(said, still.end()) or _WHERE.search(said_by):
        return None  # the junta's word; or another post's men: 'moved to the Kanbalu camp, where troops were still ...'
    return still
