"""What a verb in an ACLED note tells that is not this event's fact, by where it stands, for :mod:`.acled_untold`:
a relative clause ('who had surrendered'), people released who had been taken ('releasing 17 soldiers captured
in 2022'), an act ACLED codes as its own event ('(coded separately)'), or an act before a dated one ('which the
KIA took in March 2025 after 100 soldiers surrendered').

>>> background("", " (coded separately).", "three police officers later crossed into India", False)
True
>>> background("", " to the PDF.", "20 soldiers ", False)
False
"""

from __future__ import annotations

import re

from .acled_when import HAD, before_the_event
from .acled_when import MONTHS as _MONTHS

#: a relative clause before the verb ('soldiers who had surrendered'): told of people, not done here
_RELATIVE = re.compile(
    r"(?:(?<!\bafter )(?<!\bfollowing )(?<!\bupon )\b(?:whom|which)\s+(?:they|he|she|we)\s+|"  # not 'after which they'
    r"\b(?:who|that(?!\s+(?:day|night|morning|evening|afternoon)\b)|which|whom)(?:\s*,[^,;.]{1,40},(?=\s*(?:had|have|has|were|was)\b))?\s+|"
    r"\bwhose\s+\w+(?:,[^,;]{1,40},)?\s+(?=(?:had|have|has|were|was|been|being|also|later|earlier|previously|"
    r"reportedly|recently|allegedly|already|then|subsequently)\s))"  # not 'whose members fled to the town': this event
    r"(?:(?:had|have|has|were|was|is|are|been|also|later|earlier|previously|"
    r"reportedly|recently|allegedly|already|then|subsequently|being)\s+){0,3}(?:\w+\s+(?:or|and)\s+)?$",
    re.I,
)
_DATED_BEFORE = re.compile(  # 'showed 12 soldiers who had surrendered the day before', not '... earlier that day'
    r"(?:(?!\b(?:who|whom|which|that\s+(?:began|started|had begun|had started|lasted))\b)[^.;,]){0,60}?(?:,\s*)?"
    r"(?<!after )(?<!following )\b(?:the (?:day before|night before|previous (?:day|evening|night|morning|week|month))|"
    r"(?:\w+\s+)?days? (?:ago|earlier)|"
    r"last (?:week|month)|previously(?!\s+(?:[a-z]+ed|serving|operating)\b)|"
    r"earlier(?!\s+(?:that|the same|on the same|than|today|this morning|on \d{1,2}|"
    r"in the (?:day|morning|afternoon|battle|fighting|clash|attack|assault|raid|siege|offensive))\b|"
    r",?\s+(?:when|as|after|during|while)\b))",
    re.I,
)
_SHOWED_WHO = re.compile(  # 'showing 12 soldiers from LIB 123 in Budalin who had', not 'men it said were ... who had'
    r"\bshow(?:s|ed|ing)\s+(?:(?!(?:said|claimed|alleged)\b)[\w'’-]+\s+){1,10}who\s+had\s+$", re.I
)
#: the verb's own words end with '(coded separately)': ACLED codes that act as an event of its own ('later crossed
#: into India (coded separately)'); not 'surrendered after clashes (coded separately)', which are the clashes
_CODED_HERE = re.compile(
    r"^(?:(?!\b(?:who|which|that|where|after|when|while|following|during|amid|in|with|then|as)\b|,\s*(?:and|but)\b|"
    r"\b(?:and|but)\s+(?:the|a|an|its|their|his|her|\d+|they|he|she|[a-z]+ed|took|fled|ran|were|was|seized|later|went|"
    r"some|many|several|most|others|one|two|three|four|five|six|seven|eight|nine|ten|(?-i:[A-Z]))\b|,\s*(?:a|an|the)\b)"
    r"[^.;()]){0,40}"
    r"\(coded separately\)"
)
#: 'Indaw town, which the KIA took in March 2025 after more than 100 soldiers surrendered': dated, and before it
_WHICH_AFTER = re.compile(
    r"\b(?:which|that)\b[^.;]{0,80}?\b(?:in|on)\s+[^.;]{0,30}?\d{4}\s+after\s+[^.;]*$|"
    r"\b(?:which|that)\s+(?:(?:the\s+)?(?:[\w-]+\s+){1,3}?)?had\s+(?:been\s+)?(?:taken|captured|seized|overrun|occupied|held)\b"
    r"(?:(?!\b(?:that|earlier that|the same|hours earlier)\s+(?:morning|day|afternoon|evening|night)?)[^.;,]){0,60}?"
    r"\b(?:after|since)\s+[^.;,]*$|"
    r"\b(?:which|that)\s+(?:(?:the\s+)?(?:[\w-]+\s+){1,3}?)?had\s+controlled\s+since\s+(?:the|its|their)\s+[^.;,]*$|"
    r"\b(?:which|that)\s+(?:[\w-]+\s+){1,3}?(?:has|have)\s+(?:administered|governed|controlled|held)\s+since\s+"
    r"(?!dawn\b|daybreak\b|(?:this|that|the)\s+morning\b)[^.;,]*$",
    re.I,
)  # 'a camp that the KNLA had taken the previous day after the troops stationed there fled'; 'which the AA had
#  controlled since the police ... surrendered', not 'that the military had controlled since 2021 after 8 surrendered'
_ELSEWHERE = re.compile(
    r"^(?:(?!\b(?:who|whose|which|that|where|after|when|while)\b)[^.;])*?"
    r"\b(?:(?:on|since) \d{1,2} [A-Z][a-z]+|in [A-Z][a-z]+ \d{4}|in \d{4}|"
    rf"in (?:{_MONTHS}))\b"
    r"(?:(?!\b(?:who|whose|which|that|where|after|when|while)\b)[^.;])*?\(coded separately\)|"
    r"^(?:(?!\b(?:who|whose|which|that|where|after|when|while|and|as|with|including|amid)\b)[^.;,])*?"
    rf"\bin (?:early |mid-|late )(?:{_MONTHS})\b[^.;]{{0,40}}?\(coded separately\)"
)
#: 'a day after troops at the camp surrendered (coded separately)': a clause that opens with 'after' ...
_AFTER_CLAUSE = re.compile(r"\b(?:after|following|since|before|when|where)\b[^,;]*$", re.I)
#: ... and ends on '(coded separately)' tells another event
_TOLD = re.compile(
    r"(?:(?!\b(?:after|following|when|while|as|before|during|amid|since)\b)(?:No\.\s?\d|[^.;,()])){0,80}?"
    r"(?:\(coded separately\)|,\s+which\s+(?:is|was|are|were)\s+coded separately)"
)
#: 'released 15 soldiers who had been held since being captured in 2025': the capture is an earlier event
_RELEASED_SINCE = re.compile(
    r"\b(?:released|freed|handed over|returned|exchanged)\b[^.;]*\b(?:since|after) being\s+$|"
    # people released who had been taken ('the KIA releasing 17 soldiers captured in 2022'), counted, not photos
    r"\b(?:releasing|released|freeing|freed|handing back|handed back|returning|returned)\s+"
    r"(?=(?:the|all|some|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+teen|[a-z]+ty)\b)"
    r"(?!(?:[\w'’-]+\s+){0,3}?(?:photos?|videos?|footage|statements?|details|images?|pictures?|names|lists?|"
    r"reports?|recordings?|audio)\b)"
    r"(?:(?!(?:and|but|after|when|as|before|while|because|once)\b)[\w'’-]+\s+){0,5}?"
    r"(?:soldiers|troops|police(?: officers)?|policemen|members|personnel|"
    r"prisoners|militiamen|officers|men|fighters)\s+$",
    re.I,
)
#: 'published photos of soldiers surrendering which it said had been taken during the fighting earlier in the month'
_PICTURED = re.compile(
    r"\b(?:photos?|videos?|footage|images?|pictures?)\s+(?:\w+\s+){0,2}?of\s+(?:[\w'’-]+\s+){0,4}$", re.I
)
_TAKEN_EARLIER = re.compile(
    r"^(?P<lead>[^.;]{0,60}?),?\s*(?:which|that)\s+(?:[\w'’-]+\s+){0,3}?(?:had been|were|was)\s+"
    r"(?:taken|filmed|recorded|shot(?!\s+(?:up|down|dead)\b|\s+at\s+(?!the\s+(?:base|camp|outpost|station|scene)\b)))\b"
    r"[^.;]*?\b(?:(?P<on>earlier on \d{1,2} \w+)|earlier(?!\s+(?:that|the same|in the day|this (?:morning|afternoon|"
    r"evening)))|previous|last|"
    r"the (?:day|night) before|ago|"
    r"in (?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December))\b",
    re.I,
)
#: 'shot dead two soldiers ... who had been caught two days earlier after deserting': told of them, before
_WHO_HAD_AFTER = re.compile(
    r"\b(?:who|whom)\s+had\s+been\s+(?:caught|arrested|captured|detained|recaptured|apprehended|jailed|sentenced|"
    r"punished)\b[^.;,]{0,60}\b(?:after|for)\s+$|"
    r"\b(?:who|whom)\s+had\s+(?:crossed|fled|escaped|gone|moved|settled|lived|hidden|sheltered|taken\s+refuge|"
    r"sought\s+(?:refuge|asylum))\b[^.;,]{0,60}\bafter\s+$",  # 'four soldiers who had crossed into Manipur ... after'
    re.I,
)
_HAD_EARLIER = re.compile(r"\bhad\s+(?:earlier|previously)\s+$", re.I)  # 'it had earlier captured 60 soldiers'
_LOOKING_BACK = re.compile(
    r"\b(?:anniversary|photo\s*book|exhibition|documentary)\b[^.;]*$", re.I
)  # 'a photo book of ...'
_SINCE_THEN = re.compile(
    r"\b(?:a|one|two|three|four|five|six|several)\s+(?:years?|months?)\s+since\s+(?!(?!having\b|being\b|during\b)\w+ing\b)[^.;,]*$",
    re.I,
)
_THAT_DAY = re.compile(
    r"[^.;]{0,60}?\b(?:earlier that day|that (?:morning|day|night)|the same day|hours earlier)\b", re.I
)
_AT_THE_TIME = re.compile(r"[^.;,]{0,80}?\bat the time\s*(?:[.;,]|$)", re.I)  # not 'at the time Chin forces entered'
_FOR = re.compile(r"(?<!credit )(?<!responsibility )\bfor\s+$", re.I)  # 'praised ... for': see _PRAISED
#: the reason for an act against someone: 'beat a man to death because his son had defected' (the son's act, before)
_KIN_HAD = re.compile(
    r"\b(?:because|as|since|after)\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?|(?:one|two|three|both)\s+of\s+(?:his|her|their)\s+|"
    r"an?\s+)(?:sons?|daughters?|sons?-in-law|husbands?|wife|wives|brothers?|fathers?|nephews?|grandsons?|cousins?|"
    r"relatives?)(?:,[^,.;]{1,40},)?\s+(?:had\s+)?$",
    re.I,
)

#: a claim made at an earlier taking, as background ('When it took the town, the AA had said that 100 soldiers were'),
#: by the taker (not '17 soldiers who had claimed they would fight'; not 'had said they would hold out but ...')
_SAID_WHEN_TAKEN = re.compile(
    r"\bwhen\s+(?:it|they|the\s+[\w-]+)\s+(?:took|captured|seized|overran)\b[^.;]*?,\s*"
    r"(?:it|they|the\s+[\w'’-]+(?:\s+[\w-]+)?)\s+had\s+(?:said|claimed|reported)\b(?:(?!\b(?:but|yet|would|will)\b|,\s+and\b)[^.;])*$",
    re.I,
)


def background(before: str, after: str, tail: str, praised: bool, date: str = "") -> bool:
    """The verb tells an act that is not this event's: in a relative clause ('who had surrendered'), of people
    released ('releasing 17 soldiers captured in 2022'), coded by ACLED as its own event, or before a dated act
    ('which the KIA took in March after 100 soldiers surrendered'), or a relative's act given as the reason for this
    one ('beat a man because his son had defected')."""
    coded = "coded separately" in after and (
        _ELSEWHERE.match(after)
        or _AFTER_CLAUSE.search(before[-160:])
        and _TOLD.match(after)
        or HAD.search(tail)
        or _CODED_HERE.match(after)
    )
    return bool(
        (_WHO_HAD_AFTER.search(tail) or _HAD_EARLIER.search(tail))
        and not _THAT_DAY.match(after)
        or HAD.search(tail)
        and _AT_THE_TIME.match(after)  # 'About 400 soldiers had given themselves up ... at the time'
        or _RELATIVE.search(tail)
        and not (_SHOWED_WHO.search(tail) and not (_DATED_BEFORE.match(after) or before_the_event(after[:80], date)))
        or not praised
        and _FOR.search(tail)
        or _KIN_HAD.search(tail)
        or _RELEASED_SINCE.search(tail)
        or _SINCE_THEN.search(tail)
        or _LOOKING_BACK.search(tail)
        or _SAID_WHEN_TAKEN.search(before[-200:])  # 'a ceremony to mark one year since the garrison ... surrendered'
        or coded
        or _WHICH_AFTER.search(before[-200:])
        or any(w in after for w in ("taken", "filmed", "recorded", "shot"))
        and (taken := _TAKEN_EARLIER.match(after)) is not None
        and _PICTURED.search(tail) is not None
        and (not taken["on"] or before_the_event(taken["on"].removeprefix("earlier "), date))
    )
