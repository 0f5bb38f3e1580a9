"""Conscripts and recruits in an ACLED note, for :mod:`.acled_untold`: people who fled before they were enlisted
('fled to avoid conscription', 'deserted before being handed over to the military') are no personnel leaving a
side; conscripts who deserted from a unit 'to avoid military service' at the front were serving in it.

>>> not_enlisted("fled", "30 youths ", " to avoid conscription.")
True
>>> not_enlisted("deserted", "12 conscripts due to go to the front ", " from LIB 55 to avoid military service.")
False
"""

from __future__ import annotations

import re

_CLAUSE_ENDS = re.compile(r"[;.]|,\s*(?:while|and|but)\b")  # the verb's own clause, for _NOT_ENLISTED
_DUE_TO = re.compile(r"\bdue to (?:report|be|join|serve|start|begin|undergo|attend|enter|go)\b", re.I)
_FROM_A_UNIT = re.compile(
    r"^\s+(?:from\s+|to\s+)?(?:the\s+|their\s+|its\s+)?(?:[\w'-]+\s+){0,3}?(?:LIB|IB|LID|"
    r"battalions?|regiments?|units?|"
    r"training (?:schools?|camps?|cent(?:re|er)s?)|camps?|bases?|barracks|posts?|outposts?)\b",
    re.I,
)
#: people who serve already ('five soldiers fled to a PDF camp to avoid military service at the front')
_SERVING = re.compile(r"\b(?:soldiers?|troops|privates?|corporals?|sergeants?)\s+$", re.I)
_RECRUITS = re.compile(r"\b(?:recruits?|conscripts?|draftees?)\b", re.I)
_NOT_ENLISTED = re.compile(
    r"\bbefore (?:being|(?:they|he|she) (?:were|was|had been|could be)) (?:enlisted|conscripted|drafted|called up|"
    r"inducted|handed over to the (?:military|army) for (?:military )?training|"
    r"sent (?:for|to) (?:military )?training)\b|"
    r"\bdue to (?:report|be conscripted|be enlisted)\b|"
    r"\b(?:recruits?|conscripts?|draftees?|youths?|m[ae]n)\b[^.;]{0,60}?\bwho had not yet (?:reported|enlisted|been "
    r"(?:enlisted|inducted))\b|"
    r"\b(?:conscripts?|recruits?|draftees?)\b[^.;]{0,120}\bbefore being handed over to the (?:military|army)\b|"
    r"\bto avoid (?:conscription|being conscripted|military service)\b",
    re.I,
)


def not_enlisted(kind: str, tail: str, after: str) -> bool:
    """People who fled before they were enlisted; recruits who deserted only 'before being handed over' (not
    'conscripts deserted from LIB 55 to avoid military service': they were soldiers)."""
    enlisted = _NOT_ENLISTED.search(tail + _CLAUSE_ENDS.split(after, maxsplit=1)[0][:120])
    said = enlisted and enlisted.group(0).lower()  # 'before being enlisted', or 'due to be conscripted' before the verb
    told_before = enlisted and ("before" in said or "due to" in said and enlisted.start() < len(tail))
    unit = _FROM_A_UNIT.match(after)
    unit = unit and (not unit.group(0).lstrip().lower().startswith("to ") or _RECRUITS.search(tail[-60:]))
    if enlisted and not told_before and (unit or _SERVING.search(tail[-50:])):
        return False  # 'conscripts due to go to the front deserted from LIB 55 to avoid military service': serving
    before = enlisted and (told_before or _DUE_TO.search(tail))  # 'recruits due to report'
    return bool(enlisted and (kind == "fled" or _RECRUITS.search(tail) and before))
