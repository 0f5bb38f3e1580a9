"""Escapes from captivity in an ACLED note, for :mod:`.acled_untold`: prisoners leaving their captors ('three
prisoners of war escaped from KIA custody') are no flight from a side; soldiers leaving their own side's custody or
jail ('escaped from the army's custody') are deserters.

>>> escaped("escaped", " from the PDF's jail.", "2 soldiers "), escaped("escaped", " from the army's jail.", "2 men ")
(True, True)
>>> escaped("escaped", " from the army's jail.", "2 soldiers ")
False
"""

from __future__ import annotations

import re

#: people who escape from captivity: prisoners leaving their captors, not personnel leaving their side
_CAPTIVES = re.compile(
    r"\b(?:prisoners? of war|pows?|captives?|detainees|hostages|taken (?:prisoner|captive))\b"
    r"(?:(?!\b(?:while|and|but|whereas|after|when|before|as|since|once)\b)[^.;,]){0,60}$|"
    r"\b(?:who|that) had been (?:abducted|captured|detained|held|taken (?:prisoner|captive))\b"
    r"(?:(?!\b(?:while|and|but|whereas)\b)[^.;,]){0,60}$",
    re.I,
)
_FROM_CUSTODY = re.compile(
    r"\s+(?:from\s+)?(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?(?:custody|captivity|captors)\b",
    re.I,
)
#: the military's or police's own custody, from which its deserters escape: a flight ('from the army's custody')
_OWN_CUSTODY = re.compile(
    r"\s+(?:from\s+)?(?:the\s+)?(?:custody of (?:the\s+)?(?:military|army|police|their|its|his)\b|"
    r"(?:military|army|police|military's|army's|police's)\s+custody)",
    re.I,
)
#: 'escaped from a PDF detention camp', 'from the jail of the KNDF' (not 'guards fled from the prison': only after
#: 'escaped'), but not from the military's own jail, nor one they guarded
_FROM_PRISON = re.compile(
    r"\s+from\s+(?:(?:the|a|an)\s+)?(?P<whose>(?:[\w'’-]+\s+){0,3}?)(?:prison|jail|lock-up|"
    r"detention (?:camp|centre|center|facility)|"
    r"(?:camp|place|house|compound|building) where they (?:were|had been) (?:being )?held)\b(?P<run>[^.;,]{0,40})",
    re.I,
)
_OWN_JAIL = re.compile(  # of whose jail: 'the army's prison', 'the battalion's lock-up'
    r"\b(?:military|army|police|junta|battalion|regiment)(?:['’]s)?\s+(?:[\w-]+\s+)?$", re.I
)
_RUN_BY_OWN = re.compile(  # 'a jail run by the military', 'the detention centre where they guarded prisoners'
    r"^\s*(?:(?:run|operated|controlled|managed)\s+by|of)\s+(?:the\s+)?(?:military|army|police|junta)\b|"
    r"^\s*where they guarded\b|^\s*(?:at|in|of)\s+(?:their|its|his)\s+(?:own\s+)?(?:[\w-]+\s+)?"
    r"(?:police station|base|camp|battalion|unit|headquarters)\b|"
    r"\bwhere\s+(?:the\s+)?(?:military|army|police|junta)\s+(?:had\s+)?(?:jailed|held|detained|imprisoned|locked)\b",
    re.I,
)
_GUARDS = re.compile(  # 'the prison they were guarding', 'leaving the inmates behind', 'worked as guards'
    r"\b(?:they|who)\s+(?:were\s+|had\s+(?:been\s+)?)?guard(?:ing|ed)\b(?!\s+by\b)|\bas\s+(?:prison\s+)?guards\b|"
    r"\b(?:abandoning|leaving)\s+(?:the\s+|its\s+)?(?:\d+\s+)?(?:inmates|prisoners)\b(?!\s+held\s+with)",
    re.I,
)
_GUARDED = re.compile(r"\bguard(?:ed|ing)\b(?!\s+by\b)", re.I)  # 'officers who guarded detained PDF members'
_CAPTIVE_WORD = re.compile(r"\b(?:captured|detained|held|imprisoned|jailed)\b", re.I)  # 'two captured soldiers'
_JUNTA_PEOPLE = re.compile(
    r"\b(?:soldiers?|troops|police\w*|conscripts?|privates?|corporals?|sergeants?|deserters?|militia\w*|"
    r"pyu saw htee)\b",
    re.I,
)


def _its_guards(tail: str, after: str) -> bool:
    """True when the people who escaped from a prison guarded it ('police officers guarding the prison', 'who
    guarded detained PDF members'), not when they are its captives ('two captured soldiers ... leaving 14
    prisoners behind')."""
    if "guard" not in tail.lower() and not _GUARDS.search(after[:100]):
        return False
    return bool(_GUARDED.search(tail)) or not _CAPTIVE_WORD.search(tail)


def escaped(verb: str, after: str, tail: str) -> bool:
    """People who escape from captivity ('three prisoners of war escaped from KIA custody', 'two soldiers escaped
    from the PDF's jail'), not soldiers who escape their own side's custody or jail ('escaped from the army's
    custody', 'from a jail run by the military': deserters)."""
    junta = _JUNTA_PEOPLE.search(tail[-80:])
    if _OWN_CUSTODY.match(after) and junta:
        return False
    prison = verb.lower() == "escaped" and _FROM_PRISON.match(after)
    if prison and junta and (_OWN_JAIL.search(prison.group("whose")) or _RUN_BY_OWN.search(prison.group("run"))):
        return False
    if prison and junta and _its_guards(tail[-80:], after):
        return False  # '15 police officers guarding the prison escaped from it': its guards fled
    return bool(_FROM_CUSTODY.match(after) or prison or _CAPTIVES.search(tail))
