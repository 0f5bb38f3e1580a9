"""Relatives in ACLED's notes, for :mod:`.acled_capture` and :mod:`.acled_select`: relatives of personnel are never
personnel, and one figure for personnel and their relatives together is mixed.

>>> kin("a soldier's wife"), mixed("A total of 160 soldiers and family members")
(True, True)
"""

from __future__ import annotations

import re

from .acled_nouns import NUMBER_WORDS, PERSON
from .acled_text import RELATIVE, RELATIVE_WORDS, RELATIVES, seen

#: relatives of personnel, who are never personnel ("a soldier's wife", "the families of soldiers")
KIN = re.compile(
    rf"\b(?:{PERSON})['’]s?\s+(?:\w+\s+)?(?:{RELATIVES}|brothers?|sisters?)\b|"
    rf"\b(?:{RELATIVES}|brothers?|sisters?)(?:\s+(?:and|or)\s+(?:\w+\s+)?(?:{RELATIVES}|brothers?|sisters?))?"
    rf"(?:\s+members)?\s+of\s+(?:(?!and\s+(?:{NUMBER_WORDS}|a|an)\b)\S+\s+){{0,6}}?(?:{PERSON})\b",
    re.I,
)
#: a figure of people, then personnel and their relatives named after it: one figure for both
_PEOPLE_THEN_KIN = re.compile(
    rf"\b(?:people|persons),\s+(?:including\s+)?[^.;]{{0,60}}?\b(?:{PERSON})\b[^.;]{{0,60}}?"
    r"\b(?:wives|families|children|relatives|family members|dependants|dependents)\b",
    re.I,
)
_MIXED_WORDS = ("famil", "relatives", "dependants", "dependents", "wives")
#: personnel and relatives under one figure, not split ('160 soldiers and family members', 'over 2,000 soldiers
#: and their families'); 'with their families' or 'and 15 family members' keep the figure the personnel's
_WITH_RELATIVES = re.compile(
    rf"\b(?:(?:{PERSON})(?<=s|n)|police|personnel)(?:\s+(?:from|of)\s+[^,;]{{1,25}}?)?"
    r"(?:,\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)?"  # 'military personnel, immigration staff and family members'
    r"(?:\s+(?:and|&)|,)\s+(?:their\s+|the\s+)?"
    r"(?:family members|famil(?:y|ies)|relatives|"
    r"dependants|dependents|wives(?: and children)?|members of their famil(?:y|ies))\b(?!\s+of\b)",
    re.I,
)

#: the words KIN can start from; a search for them is cheap, KIN's is not (it is tried only where one is)
_KIN_WORDS = (*RELATIVE_WORDS, "brother", "sister")


def relatives_named(text: str) -> bool:
    """True when the text names relatives of anyone ('his wife', 'their families')."""
    return seen(RELATIVE, text, RELATIVE_WORDS)


def kin(words: str) -> bool:
    """True when the words name relatives of personnel ('a soldier's wife', 'the wives of two sergeants')."""
    return seen(KIN, words, _KIN_WORDS)


def mixed(words: str) -> bool:
    """True when one figure counts personnel and their relatives together, without a split.

    >>> mixed("A total of 160 soldiers and family members"), mixed("12 soldiers with their families")
    (True, False)
    >>> mixed("two soldiers and their families, nine people in total")
    False
    >>> mixed("in total 143 people, including soldiers and their families")
    True
    """
    if not seen(_WITH_RELATIVES, words, _MIXED_WORDS):
        return _PEOPLE_THEN_KIN.search(words) is not None  # '70 people, soldiers ... with their wives and children'
    return "in total" not in words[_WITH_RELATIVES.search(words).end() :].lower()  # '... nine people in total': split
