"""The words of an ACLED note that make a figure a total claimed for a period, not an event of the note's date, for
:mod:`.acled_untold`: a span ('since October', 'in the first six months of 2024', 'in February'), and an operation
('during Operation 1027', 'since the launch of Operation 1111') unless its clause tells an act of one place or day
('captured the Nam Tit camp and 40 soldiers surrendered there', 'on 12 November').

>>> bool(PERIOD.search("the MNDAA said that during Operation 1027, 300 soldiers had surrendered"))
True
>>> bool(PERIOD.search("during Operation 1027, 40 soldiers surrendered at the Nam Tit camp"))
False
"""

from __future__ import annotations

import datetime as dt
import re

from .acled_nouns import NUMBER_WORDS, PERSON
from .acled_text import ASIDE, POSITIONS
from .acled_when import _MONTH_NUMBER, event_day
from .acled_when import MONTHS as _MONTHS

#: an act of one place or day ('captured the Nam Tit camp', 'at the camp', 'that day', 'on 12 November'), also a named
#: place: 'at Nam Tit camp', 'in Chinshwehaw town', not 'into China', 'in Karenni', 'in November'
_OF_A_DAY = (
    rf"(?:\b(?:at|near|in|on|from|captured|took|seized|overran|attacked|abandoned|fled|stormed|raided)\s+"
    r"(?:the|a|an|its|their|this|that)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?{POSITIONS}\b|\bthe\s+(?-i:[A-Z])[\w'’-]*\s+"
    rf"(?:(?-i:[A-Z])[\w'’-]*\s+|(?:border|police|army|military|hilltop|main|tactical|command)\s+){{0,3}}?{POSITIONS}\b|"
    r"\ban entire\b|\b(?:that|the same) (?:day|morning|night)\b|\b(?:in|at|near)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:building|compound|school|university|hospital|monastery|village|bridge)\b|"
    r"(?<!launched )(?<!began )(?<!started )\bon \d{1,2} [A-Z]|"
    r"\b(?:at|near|in|from|attacked|captured|took|seized|overran)\s+(?:the\s+)?(?-i:[A-Z])(?!(?:hina|hailand|ndia|angladesh|"
    r"yanmar|aos|achin|han|akhine|hin|ayin|ayah|arenni|on|againg|agway|andalay|ago|angon|yeyarwady|anintharyi|aypyitaw|"
    r"peration|orthern|outhern|astern|estern|pper|ower|entral|okang|atmadaw|ilitary|rmy|unta|egime|anuary|ebruary|arch|"
    r"pril|ay|une|uly|ugust|eptember|ctober|ovember|ecember)\b)[\w'’-]+)"
)
#: ', the MNDAA said.' after the verb: a party's claim told after it, read as one told before it for an operation's
#: total (not ', a local resident said')
SAID_LAST = re.compile(
    r",\s+(?:according to\s+(?:the\s+)?[^,.;]{0,40}?\b(?:(?-i:[A-Z]{2,})|alliance|army|force|front|group|spokes\w+|"
    r"statement)\b[^,.;]{0,20}?|(?:the\s+)?[^,.;]{0,40}?\b(?:(?-i:[A-Z]{2,})|alliance|army|force|front|group|spokes\w+|"
    r"statement)\b[^,.;]{0,20}?\b(?:said|reported|claimed|announced|stated)(?:\s+(?:in|on|via|through)\s+[^,.;]{1,30}|"
    r",\s+citing\s+[^,.;]{1,40})?)"
    r"\s*\.?\s*$",
    re.I,
)
#: an operation as a period ('since the launch of Operation 1027'), not when its clause tells an act of a place or day
_OPERATION = (
    r"(?:(?:during|throughout) Operation \w+|"
    r"since the (?:start|launch) of Operation \w+(?:\s+on\s+\d{1,2}\s+[A-Za-z]+)?)"  # its first day: 'on 11 November'
    r"\b(?!['’]s)"
    rf"(?!(?:(?!,\s+including\b)[^.;])*?{_OF_A_DAY})"  # not 'including 400 in Laukkai'
)
IN_OPERATION = re.compile(rf"\b{_OPERATION}", re.I)
PERIOD = re.compile(
    r"\b(?:since|so far|to date|this year|this month|that (?:month|year|week)|last year|across the country|nationwide|"
    r"over the course of|"
    rf"by (?:early |mid-|late |the end of )?(?:{_MONTHS})\b|"
    r"(?:over|in|during) the (?:past|last)"
    r"(?=\s+(?:[\w-]+\s+){0,4}?(?:days?|weeks?|months?|years?|decades?|hours|fortnight)\b)|"
    r"(?:over|in|during) the (?:previous|preceding) (?:month|year|(?:[\w-]+ ){0,4}?(?:weeks|months|years))\b|"
    r"over the (?:previous|preceding|past) week\b|"  # not 'following fighting ... during the previous week'
    r"(?:during|over|throughout) the (?:whole |entire )?(?:month|year)(?![\w-])|"
    r"(?:in|during) the (?:second|third|fourth|fifth|latest|current) phase of\b|"
    r"(?:during|throughout|in) (?:its|their|the) 20\d\d(?:[-–](?:20)?\d\d)? (?:military )?(?:offensives?|operations?|"
    r"campaigns?)\b|"
    r"(?<!defection )(?<!surrender )(?:over|during|in|throughout) (?:the )?"
    r"(?!(?:first|second|third|fourth|fifth|last|final) )(?:\w+ )?(?:weeks?|months?|years?) of "
    r"(?:its|their|the) (?:[\w-]+ )?(?:offensive|operation|campaign)s?\b|"  # 'in ten months of its offensive'
    r"(?:during|throughout) the offensive\b(?![^.;]{0,60}\b(?:that (?:morning|day|night)|at dawn|this morning)\b)|"
    r"(?:during|over|throughout|in) (?:the|that) (?:same )?period\b"
    r"(?!\s+of\s+(?:the\s+)?(?:(?!\S*-(?:day|week|month|year)s?\b|\S*(?:days|weeks|months|years)\b|\S*long\b|"
    r"operation\b)[\w-]+\s+){0,2}?"
    r"(?:fighting|clashes|attack|battle|siege|raid|assault|offensive)\b)|"
    r"(?:in|during|over) the first (?:[\w-]+\s+)?(?:months?|weeks?|days|quarter|half|phase|year)\s+of\b|"
    rf"{_OPERATION}|"
    r"already\s[^.;]{0,60}?\bin (?:[\w-]+ ){1,2}(?:state|region)\b|"  # 'had already surrendered ... in Rakhine state'
    r"(?:during|over|throughout) (?:the|its|their) (?!day-long\b|one-day\b|same (?:[\w-]+-)?days?\b)"
    r"(?:\w+[- ])?(?:\w+-)?(?:days?|weeks?|months?)"
    r"(?:-long)? "
    r"(?:battle|offensive|siege|fighting|operation)|"  # 'the 10-day battle', not 'the day-long battle'
    r"(?<!conscripted )(?<!recruited )(?<!enlisted )(?<!drafted )(?<!born )(?<!trained )(?<!transferred )"
    rf"(?:in|during|throughout|between) (?:{_MONTHS}|20\d\d)\b)",
    re.I,
)
#: who says a figure, before the verb
SAID = re.compile(
    r"\b(?:said|says|claimed|claims|claiming|announced|stated|stating|reported|according to|told|statement that|"
    r"added that|(?<!an )estimated that|"
    r"in (?:a|an|its|their) (?:[\w-]+ )?(?:announcement|statement|report)|"
    r"(?:statement|report|announcement|release|post|message|video|figures)s?,?\s+saying|(?<=(?-i:[A-Z]{2})),\s+saying|"
    r"(?<=['’], )saying|,\s+saying\s+(?:that|it|its|they|their)\b|(?:figures|data|statistics)\s+showing\s+that|"
    r"quoted as saying|"
    r"per (?:a|an|the|its))\b",
    re.I,
)
_SIEGE_WORDS = r"cut off|besieged|surrounded|under siege|blockaded|encircled|holding out|held out|holed up"
_SIEGE = re.compile(  # also a place held since a date: 'the camp, held since the 1994 ceasefire'
    rf"\b(?:{_SIEGE_WORDS}|gone on|continued|lasted|raged|worked|served|"
    r"(?:which|that|it|they)\s+(?:[\w'’-]+\s+){0,3}?(?:has|have)\s+(?:held|controlled|occupied)(?=\s*$)|"
    r"(?<!has )(?<!have )(?:held|controlled|occupied|guarded|garrisoned|manned)"
    r"(?=\s*$|\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:towns?|villages?|wards?|camps?|bases?|posts?|outposts?|stations?|areas?|roads?|hills?|bridges?|positions?)\b))\b"
    r"(?:(?!\b(?:have|has|had)\b)[^.;,]){0,50}$",
    re.I,
)
_POSTED = re.compile(
    r"(?<!-)\b(?:stationed|posted|based|deployed)\b(?:(?!\b(?:have|has|had|said|reported|claimed)\b)[^.;,]){0,50}$",
    re.I,
)
_SINCE_WHY = re.compile(  # 'since they had run out of food', 'since dawn', 'since the two sides clashed at 6 am'
    r"(?P<why>\s+(?:they|it|he|she|we|there)\b|[^.;,]{0,40}\b(?:ran|run) out\b)|"
    r"[^.;,]{0,60}\b(?:the same day|that day|morning|dawn|daybreak|noon|midday|midnight|\d{1,2}(?::\d\d)?\s*(?:am|pm)|"
    r"earlier (?:today|in the day|on)|(?:began|started) earlier|hours)\b|"
    r"[^.;,]{0,40}\b(?:began|started|clashed|killed)\b[^.;,]{0,30}?(?<!years )(?<!year )(?<!months )(?<!month )"
    r"(?<!weeks )(?<!week )\bearlier(?=\s*[,.;]|\s*$)",  # not 'since its offensive began a year earlier'
    re.I,
)
#: after 'since': a time of another day ('since the offensive began earlier this year'), or a day named
_OTHER_DAY = re.compile(
    rf"\b(?:earlier|last|this) (?:year|month|week)\b|\bearlier in (?:the )?(?:year|month|20\d\d)\b|\b20\d\d\b|"
    rf"\b(?:in|since) (?:early |late |mid-)?(?:{_MONTHS})\b",
    re.I,
)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
_SO_FAR = re.compile(  # 'so far in 2025', 'so far this year'; not 'so far today', 'so far in the day-long battle'
    r"this year|this month|to date|in 20\d\d|"
    r"so far(?!\s+(?:today|(?:in|during)\s+(?:the|this)\s+(?:day-long|one-day)\b))",
    re.I,
)
_PARTICIPLE_BEFORE = re.compile(r"\b\w+(?:ed|built|held|taken)\s+$")  # 'a camp built in 2021'
_FORMED_WORDS = r"formed|founded|established|created|set up"
_FORMED = re.compile(rf"\b(?:{_FORMED_WORDS})\b", re.I)
_TIME_OF_DAY = re.compile(
    r"\b(?:dawn|daybreak|morning|noon|midday|midnight|today|that day|the same day|\d{1,2}(?::\d\d)?\s*(?:am|pm))\b",
    re.I,
)
_FOUNDED = re.compile(rf"\b(?:{_FORMED_WORDS}|launched|began|started)\b", re.I)
_AT_ONE_PLACE = re.compile(_OF_A_DAY, re.I)
_SIEGED = re.compile(rf"\b(?:{_SIEGE_WORDS})\b", re.I)
_A_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bmidnight\b|\blate (?:at night|evening)\b", re.I)
_A_DAY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})(?:\s+(20\d\d))?\b", re.I)


def _same_day(text: str, at: int, date: str, said: bool = False) -> bool:
    """'since' a time of the event's own day ('since dawn', 'since the morning of 3 April' for 3 April, 'since their
    supplies ran out', a siege's start): no period; not 'since the morning of 1 April' for 3 April, 'earlier this
    year', nor a claimant's 'since it was formed'."""
    if not (why := _SINCE_WHY.match(text, at)):
        return False
    clause = re.split(r"[.;,]", text[at : at + 120], maxsplit=1)[0]
    event = event_day(date)
    timed = _TIME_OF_DAY.search(clause)  # 'since it launched the assault on the camp at dawn'
    if why.group("why") and _SIEGED.search(clause) and not _OTHER_DAY.search(clause):
        day = _A_DAY.search(clause)  # 'since it was surrounded on 1 April' for 3 April, or of one outpost
        one_place = _AT_ONE_PLACE.search(text, max(0, at - 150), at)
        return not day or one_place is not None or bool(event and event[2]) and _days_before(event, day) in range(8)
    if weekday := _WEEKDAY.search(clause):  # 'since dawn on Thursday' of a Thursday, not 'since Monday morning'
        on = dt.date(*event) if event and event[2] else None
        night = on and on - dt.timedelta(days=1 if _A_CLOCK.search(clause) else 0)  # '10 pm on Wednesday' for Thursday
        if on and weekday.group(0).lower() in (on.strftime("%A").lower(), night.strftime("%A").lower()):
            return True
        return bool(why.group("why")) and not said  # 'since they ran out of food on Monday': this week
    if why.group("why") and (day := _A_DAY.search(clause)) and event and event[2]:
        return _days_before(event, day) in (0, 1)  # 'since it started the attack on 3 April' for 3 April
    if why.group("why"):
        founded = _FORMED.search(clause) or said and _FOUNDED.search(clause)  # 'since it was formed': a period
        return not (founded and not timed) and not _OTHER_DAY.search(clause)
    if not (day := _A_DAY.search(clause)):
        return not _OTHER_DAY.search(clause)
    if not event or not event[2]:
        return False
    days = _days_before(event, day)
    return days == 0 or days == 1 and bool(_A_CLOCK.search(clause))  # 'since 10 pm on 2 April' for 3 April


def _days_before(event: tuple[int, int, int], day: re.Match) -> int:
    """Days from a day the notes name ('1 April', '31 December' of the year before) to the event's."""
    named = (int(day.group(3) or event[0]), _MONTH_NUMBER[day.group(2).lower()], int(day.group(1)))
    if not day.group(3) and (named[1], named[2]) > (event[1], event[2]):
        named = (named[0] - 1, *named[1:])  # 'since 11 pm on 31 December' for 1 January: the year before
    return (dt.date(*event) - dt.date(*named)).days


_RECENT_START = re.compile(r"\s+(?:early|late|mid)\b", re.I)
#: people named as part of the figure, between commas: ', among them 15 conscripts sent to the front in April,'
_INCLUDED = re.compile(
    rf",\s*(?:including|among (?:them|whom)(?:\s+(?:were|was))?)\s+"
    rf"(?=\d|(?:{NUMBER_WORDS}|an?|the|its|their|his|{PERSON})\b)[^,.;]*,",
    re.I,
)
_OF_THEM = re.compile(  # '; most of them since November', '; this was over the whole of Operation 1027'
    r"\s*(?:(?:most|all|many|some)\s+of\s+them\b|(?:this|that)\s+(?:was|is)\s+(?:over|during|in|since)\b|"
    r"these\s+(?:surrenders|defections|desertions|captures)\b)",
    re.I,
)
#: 'and that over that time 85 soldiers had', 'captured 23 soldiers over that time': of this verb's own clause
_THAT_TIME_BEFORE = re.compile(r"\b(?:during|over|in)\s+that\s+time\b[^.;]{0,70}$", re.I)
_THAT_TIME_AFTER = re.compile(r"^(?:(?!,\s+and\b)[^.;]){0,40}?\b(?:during|over|in)\s+that\s+time\b", re.I)
_SPAN = re.compile(r"\b(?:(?P<long>days|weeks?|months?|years?)|hours?|minutes?)\b", re.I)  # the last: not 'five hours'
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:(?:now|so far|reportedly|also)\s+)?$", re.I)


def _placed_since(text: str, period: re.Match, verb_at: int) -> bool:
    """'since' a siege's or a posting's start ('cut off from supplies since October', 'based at the post since 2019',
    before the verb at ``verb_at``: not '300 soldiers based in Sittwe surrendered since November'), not the period
    of a claimed figure."""
    start = period.start()
    if not period.group(0).lower().startswith("since"):
        return False
    posted = start < verb_at and _POSTED.search(text, max(0, start - 60), start)
    return bool(_SIEGE.search(text, max(0, start - 60), start) or posted)


def a_total(before: str, after: str, date: str = "") -> bool:
    """A figure claimed for a period: told by a claimant ('the NUG said ... in February'), after it for an operation
    ('during Operation 1027, 300 soldiers surrendered, the MNDAA said'), or in the perfect ('have gone over to the
    KIA since January'); not a siege's start ('cut off from supplies since October')."""
    said = SAID.search(before)
    last = not said and SAID_LAST.search(after)
    own = _PERFECT.search(before[-30:])  # 'have surrendered ... in the areas it has controlled since November': its
    perfect = not said and own
    if not (said or last or perfect):
        return False  # no claimant and no perfect: the period search (the costlier) is not needed
    if said and (_THAT_TIME_BEFORE.search(before) or _THAT_TIME_AFTER.match(after)):
        spans = list(_SPAN.finditer(before))  # the last span named: 'lasted 40 days', not 'lasted five hours'
        if spans and spans[-1]["long"]:
            return True  # 'the siege lasted 40 days, and that 120 soldiers surrendered to it during that time'
    head, cut, rest = after.partition(";")  # this clause's: not '; the AA has held the wards since November'
    after = after if cut and _OF_THEM.match(rest) else head  # but '; most of them since November' goes on
    text = _INCLUDED.sub(",", ASIDE.sub(" ", before + after))  # not 'among them 15 conscripts sent ... in April'
    verb_at = len(_INCLUDED.sub(",", ASIDE.sub(" ", before)))  # where the verb stands in ``text``
    period = next(
        (p for p in PERIOD.finditer(text) if own and p.start() >= verb_at or not _placed_since(text, p, verb_at)), None
    )
    if not period:
        return False
    since = period.group(0).lower().startswith("since")
    if since and _same_day(text, period.end(), date, bool(said)):
        return False  # 'the PDF said 40 soldiers have surrendered since dawn', 'since they had run out of food'
    if (
        said
        or last
        and IN_OPERATION.search(text)
        or perfect
        and _SO_FAR.match(text, period.start())
        and not _PARTICIPLE_BEFORE.search(text, 0, period.start())
    ):
        return True  # 'the KIA has taken 200 soldiers prisoner this year'
    return bool(since and perfect and not _RECENT_START.match(before + after, period.end()))  # not 'since early June'
