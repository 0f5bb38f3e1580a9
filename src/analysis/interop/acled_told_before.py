"""What the sentences before a verb of an ACLED note make of it (for :mod:`.acled_select`): a pluperfect capture
after people were released is background, what a report 'said ... had surrendered' after a span ('In the past
three months, ...') is part of a total, and 'others' who fled after men were rounded up to be enlisted are
civilians. A pluperfect dated in its own sentence ('that day', 'on 15 April') is this event's.

>>> told_before("captured", "The PDF had ", "The PDF released four soldiers to their families.")
'background'
>>> told_before("surrendered", "The KIA said 140 soldiers had ", "In the past three months, the KIA took 12 camps.")
'a total'
>>> told_before("captured", "It said it had ", "The KIA released 20 soldiers.", " 8 soldiers that day.")
''
"""

from __future__ import annotations

import re

from .acled_nouns import PERSON, WORD_NUMBERS
from .acled_period import SAID
from .acled_when import ON_A_DAY

#: men about to be conscripted, then 'others' or 'of them' who fled: civilians who had not been enlisted
_TO_BE_ENLISTED = re.compile(
    r"\b(?:to be (?:enlisted|conscripted|drafted)|conscription lottery|selected (?:for|in) (?:a |the )?conscription)\b",
    re.I,
)
_PERSONNEL = re.compile(  # 'killing 3 police officers, and the others fled': the others are police
    r"\b(?:killing|killed|wounding|wounded)\s+(?:\w+\s+){0,3}?(?:soldiers|troops|police\w*|militia\w*)\b|"
    r"\b(?:soldiers|troops|police\w*|militia\w*)\s+(?:were|was)\s+(?:killed|wounded)\b",
    re.I,
)
_OTHERS_OR_THEM = re.compile(r"\b(?:others|of them)\s+(?:(?:had|have|already|also)\s+)*$", re.I)

#: 'had captured' (a pluperfect, right before the verb)
_HAD_JUST = re.compile(r"\bhad\s+(?:\w+ly\s+)?$", re.I)
#: a total's span told in the sentence before ('in the first six months of 2024'), not a siege 'since 2 April'
_A_SPAN = re.compile(
    r"\b(?:in|during|over) the first (?:[\w-]+\s+)?(?:months?|weeks?|years?|half)\b|\bso far\b|\bthis year\b",
    re.I,
)
#: ... or a recent span opening the sentence right before ('In the past three months, the KIA captured 12 camps.'),
#: not 'its fifth attack in the past month' nor a siege 'in the past two weeks'
_SINCE = r"(?:in|during|over) the (?:past|last) (?:[\w-]+\s+)?"
_PAST = rf"{_SINCE}(?:months?|years?|half)"  # 'in the past three months'
_RECENT_SPAN = re.compile(
    rf"(?:(?:^|,)\s*|\bthat\s+){_PAST}(?:\s+of\s+\d{{4}})?(?:\s*,|(?<=year)\s|(?<=months)\s)", re.I
)  # 'said that in the past six months 300 soldiers ...'
_RELEASED = re.compile(
    r"\b(?:released|freed|handed (?:\w+ )?(?:over|back))\s+"
    r"(?:(?!(?:civilians?|villagers?|videos?|footage|photos?|images?|names|lists?|statements?)\b)[\w-]+\s+){0,3}?"
    r"(?!(?:people|persons|individuals)\b(?!,?\s+including\s+(?:[\w-]+\s+){0,4}?(?:soldiers|troops|police\w*|"
    r"militia\w*|personnel|(?:(?-i:[A-Z]{2,})|Pyu Saw Htee)\s+members|"
    r"members\s+of\s+(?:the\s+)?(?:(?-i:[A-Z]{2,})|Pyu))))"
    rf"(?:{PERSON}|detainees|captives?|them|him|her)\b",  # '10 people, including six soldiers'
    re.I,
)  # people, not 'released a statement', 'a video of them', '20 civilian detainees'
_RECENT = re.compile(rf"\b{_SINCE}(?:weeks?|months?|years?|half)\b", re.I)  # with a figure of camps or attacks
_MANY = re.compile(
    r"\b(?:it|they|its\s+\w+|their\s+\w+|the group)\s+(?:had\s+|has\s+|have\s+)?"  # its own attacks, not the junta's
    r"(?:carried out|conducted|launched|staged|mounted|made)\s+(?:over\s+|more than\s+|about\s+)?"
    rf"(?:\d[\d,]*|{WORD_NUMBERS}|several|many|dozens of|scores of|numerous)\s+(?:[\w-]+\s+)?(?:attacks|raids)\b|"
    r"(?<!one of )(?<!first of )(?<!second of )(?<!third of )(?<!fourth of )(?<!fifth of )(?<!last of )"  # 'one of 5'
    rf"\b(?:\d[\d,]*|{WORD_NUMBERS}|several|many|dozens of|scores of|numerous)\s+(?:[\w-]+\s+)?"
    r"(?:camps|bases|outposts|posts|positions|towns|defectors|(?<=\d )attacks|(?<=\d )raids|"
    r"(?:soldiers|troops|police\w*|officers|members)\s+(?:had\s+)?(?:joined|defected|surrendered|deserted|fled))\b|"
    r"\b(?:killed|captured)\s+(?:over\s+|more than\s+|about\s+)?\d[\d,]*\s+(?:soldiers|troops)\b[^,.;]{0,40}"
    r"\b(?:in|during|over) the (?:past|last)\b",
    re.I,
)  # 'the KIA said it has captured 40 camps in the past six months.', not 'its fifth attack in the past month.'
#: the act of a pluperfect dated in its own sentence: 'had surrendered when the camp fell on 15 April', 'that day'
_DATED_ACT = re.compile(rf"{ON_A_DAY.pattern}|\b(?:that|the same)\s+(?:day|morning|night)\b", re.I)


def told_before(kind: str, before: str, earlier: str, after: str = "") -> str:
    """Why a pluperfect tells no event of this note, read with the sentence before it (``earlier``): the capture of
    people released before it ('released four soldiers ... The PDF had captured the soldiers after ...') is
    background, and what a report 'said ... had fled' after a total for a period is part of that total; and
    'others' who fled after men were rounded up to be enlisted are civilians, as those men are."""
    text = f"{earlier} {before}"
    enlisted = kind == "fled" and _OTHERS_OR_THEM.search(before[-60:]) and _TO_BE_ENLISTED.search(text)
    if enlisted and not ("others" in before[-60:] and _PERSONNEL.search(text, enlisted.end())):
        return "civilians"  # '25 men rounded up to be enlisted ... Several others fled'; not '3 police ..., the others'
    if not _HAD_JUST.search(before[-40:]) or _DATED_ACT.search(before[before.rfind(". ") + 1 :] + after.split(".")[0]):
        return ""  # 'It said it had captured 8 soldiers ... that day': this event's
    if kind == "captured" and _RELEASED.search(earlier):
        return "background"
    last = earlier.rstrip(" .")  # the sentence right before: its span opens it
    last = last[last.rfind(". ") + 1 :]  # a recent span opens it, or spans a figure of bases or people taken
    span = _A_SPAN.search(earlier) or _RECENT_SPAN.search(last) or _RECENT.search(last) and _MANY.search(last)
    return "a total" if SAID.search(before) and span else ""
