"""When a verb of an ACLED note happened, for :mod:`.acled_untold`: an act told with a time before the event's
own ('had captured 6 soldiers last month', 'left their battalion ... years ago', 'after cutting ties with the
military in January 2024'). Escapes from captivity, which are no flight from a side: :mod:`.acled_escape`.

>>> before_the_event(" 6 soldiers in late March.", "2025-04-03"), before_the_event(" 15 in early April.", "2025-04-03")
(True, False)
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_NUMBER = {m.lower(): i for i, m in enumerate(MONTHS.split("|"), start=1)}
#: a time before any event that tells it: 'last month', 'in earlier fighting', 'two years ago', 'months earlier'
_RELATIVE_EARLIER = re.compile(
    r"\blast (?:year|month|week)\b|"
    r"\b(?:in|during) (?:an? |the )?(?:earlier|previous|prior|past) (?:fighting|clash(?:es)?|battles?|attacks?|raids?|"
    r"operations?|offensives?)\b|"
    r"\b(?:years?|months?|weeks?|(?:several |a few |two |three )?days) (?:ago|earlier)\b|"  # had withdrawn days earlier
    r"\b(?:about |some |nearly )?(?:a|one|two|three) (?:week|month)s? before(?! (?:the|its|their|a|an)\b)|"
    r"\bearlier (?:this|that|in the) (?:year|month)\b",
    re.I,
)
_AGO = re.compile(  # an earlier time for any verb ('joined the PDF, months earlier'), not 'since last month's fall'
    r"(?:years?|months?|weeks?) (?:ago|earlier)|earlier (?:this|that|in the) (?:year|month)|"
    r"\blast (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)\b|"
    r"(?<!since )last (?:year|month|week)\b(?!['’])",
    re.I,
)
#: 'had surrendered there the previous week' (of the verb itself: not 'at the camp captured the previous week', 'over
#: the preceding week', 'the siege of the previous month', 'the previous week's offensive')
_PREVIOUS = re.compile(
    r"(?<!\bover )(?<!\bduring )(?<!\bin )(?<!\bwithin )(?<!\bthroughout )(?<!siege of )(?<!offensive of )(?<!ed )"
    r"\bthe (?:(?:previous|preceding|prior) (?:week|month|year)\b|"
    r"(?:week|month|year) before\b(?!\s+(?:the|last|that)\b))(?!['’])",  # 'had fled the week before'
    re.I,
)
_DURING_PREVIOUS = re.compile(  # 'surrendered during fighting the previous week', not 'amid fighting since ...'
    r"\bduring\s+(?:the\s+)?(?:fighting|clashes|battles?|attacks?|offensive)\s+(?:of\s+)?the\s+(?:previous|preceding|prior)\s+"
    r"(?:week|month)\b",
    re.I,
)
_EARLIER_WORDS = (
    " ago",
    "earlier",
    "last ",
    "previous",
    "prior",
    "preceding",
    " before",
)  # a cheap test before the patterns
#: an earlier time that may be of a participle: read only before one ('at a camp damaged in earlier fighting')
_EARLIER_FIGHTING = re.compile(
    r"\b(?:in|during) (?:the |an? )?(?:earlier|previous|prior) (?:fighting|clash(?:es)?|battles?|attacks?|offensives?|"
    r"ambush(?:es)?|raids?)\b",
    re.I,
)
#: a dated time: 'in July 2024', 'in late March', 'in early 2024', 'since mid-March'
_DATED = re.compile(
    r"\b(?:(?:in|during|(?<!besieged )(?<!surrounded )(?<!siege )since|until|between)\s+(?:early\s+|mid-|late\s+)?|"
    rf"on\s+(?P<day>\d{{1,2}})\s+(?=(?:{MONTHS})\b))(?:(?P<month>{MONTHS})"
    rf"(?:\s*(?:and|to|-|–)\s*(?:early\s+|mid-|late\s+)?(?:{MONTHS}))?(?:,?\s+(?P<year>20\d\d))?|(?P<only>20\d\d))\b",
    re.I,
)
_NOT_ITS_OWN = re.compile(
    r"\b(?!(?:based|stationed|posted|deployed|located|situated|armed|trained|named|called|hundred|united|allied|combined)\b)"
    r"\w+ed\b|"
    r"\b(?:amid|during|for|against|taken|held|while|said|since)\b|,\s*and\b|"
    r",\s*(?!fleeing|escaping|deserting|abandoning|leaving|surrendering|defecting|crossing|taking|carrying|handing|"
    r"walking|laying|giving)\w+ing\b",  # ', bringing information about the airstrike on 30 March'
    re.I,
)  # 'amid PDF attacks on 1 April', 'accused of shooting a villager on 28 March'
ON_A_DAY = re.compile(rf"\bon\s+\d{{1,2}}\s+(?:{MONTHS})\b", re.I)
_ISO = re.compile(r"(20\d\d)-(\d\d)-(\d\d)")
_WRITTEN = re.compile(rf"\b(\d{{1,2}})\s+({MONTHS})\s+(20\d\d)\b")
_A_MONTH = re.compile(rf"\b({MONTHS})\s+(20\d\d)\b")
#: the clause a time belongs to: up to the end of the sentence, a relative clause or another clause
_PARTICIPLES = r"launched|begun|began|started|conscripted|recruited|deployed|stationed|formed|founded|trained|enlisted"
_CLAUSE_END = re.compile(
    r"[.;]|\b(?:which|who|where|when|adding|after|before|that|following|until|because|while)\b|\bsaid in\b|"
    r",\s+(?:it|they)\s+(?:said|added)\b|,\s+(?:its|their|his|as|joining)\b|\b(?:they|he|she|we)\b|"
    rf",\s+the\b(?!\s+[\w-]+\s+(?:said|added|reported|claimed))|\b(?:{_PARTICIPLES})\b"
)  # not 'after a siege that began last month', 'during an offensive launched in January', ', its first since January'
#: the clause a pluperfect's time belongs to: it goes on past 'following clashes in March', 'when the PDF took the
#: town in November 2023', ', he said,'
_DATED_END = re.compile(
    r"[.;]|\b(?:which|who|where|adding|that|would|will)\b|,\s*while\b|\bsaid in\b|"
    r",\s+(?:it|they)\s+(?:said|added)\b|"
    rf",\s+(?:its|their|his|as)\b|\b(?:{_PARTICIPLES})\b"
)


_WHEN_EARLIER = re.compile(  # 'had been taken by the KIA in January, when about 30 soldiers ... surrendered'
    rf"\b(?:in|since|on)\s+(?:(?P<day>\d{{1,2}})\s+)?(?:early\s+|mid-|late\s+)?(?:(?P<month>{MONTHS})(?:\s+(?P<year>20\d\d))?|"
    r"(?P<only>20\d\d))\b,?\s+when\b[^.;]*$",
    re.I,
)


def when_earlier(tail: str, date: str) -> bool:
    """True for a verb told after 'in January, when' or 'on 5 January 2025, when' with a time before the event's
    ('which it took on 5 January 2025, when 30 soldiers surrendered'): an earlier event."""
    return bool(when := _WHEN_EARLIER.search(tail)) and _earlier(when, date)


def _earlier(dated: re.Match, date: str) -> bool:
    """True when a dated time (groups day, month, year, only) is before the event's month (its year, without a
    month; more than a day before its date, with a day): a month without a year is before unless it is the
    event's own."""
    event = event_day(date)
    if event is None:
        return True
    month = _MONTH_NUMBER[dated.group("month").lower()] if dated.group("month") else 0
    year = int(dated.group("year") or dated.group("only") or 0)
    if dated.group("day") and month and event[2]:
        day = int(dated.group("day"))
        if not year:  # '17 May' told of an event of 20 May; '28 December' of an event of 3 January: the one before
            year = event[0] if (month, day) <= event[1:] else event[0] - 1
            if year < event[0] and _days_after(event, month, day) <= 7:
                return False  # '4 April' told of an event of 3 April: the event's days, not the year before
        try:
            return (dt.date(*event) - dt.date(year, month, day)).days > 1  # a two-day event is one
        except ValueError:  # '31 April', as a note may mistype it
            return False
    if month and not year and month == event[1] and (event[2] or 0) > 15:
        return dated.string[dated.start("month") - 6 : dated.start("month")] == "early "  # 'in early September', 27th
    if month and not year:
        return month != event[1]  # 'in September' told of an April event: the September before
    return (year, month) < event[:2] if month else year < event[0]


def _days_after(event: tuple[int, int, int], month: int, day: int) -> int:
    """How many days after the event a day of its year is (a large number for a date that does not exist)."""
    try:
        return (dt.date(event[0], month, day) - dt.date(*event)).days
    except ValueError:
        return 10**6


_ON_A_DAY_CAUGHT = re.compile(  # not the day a claim was made: 'In a statement on 15 July', 'said on 5 September'
    rf"(?<!statement )(?<!said )(?<!reported )(?<!announced )(?<!claimed )(?<!stated )(?<!posted )"
    rf"\bon\s+(?P<day>\d{{1,2}})\s+(?P<month>{MONTHS})(?:\s+(?P<year>20\d\d))?\b",
    re.I,
)


#: a note that tells an event of several days: 'Fighting went on over the next three days', 'a three-day battle'
_SPAN = re.compile(
    r"\b(?:over|during|for|in)\s+the\s+(?:next|following)\s+(?:\w+\s+)?days\b|"
    r"\bcontinued\s+(?:for|into|over)\s+(?:\w+\s+)?(?:days|weeks)\b|\b(?:continued|lasted)\s+until\s+\d|"
    r"\b(?:two|three|four|five|six|seven|\d+)-day\b",
    re.I,
)


_WEEKS_LATER = re.compile(
    r"(?:^|[.;]\s+)(?:(?:some|about|several|a\s+few|a|one|two|three|four|five|six)\s+)?(?:weeks?|months?)\s+later\b"
    r"(?!,?\s+on\s+\d)|(?:^|[.;]\s+)later\s+(?:that|in\s+the|the\s+same)\s+(?:week|month|year)\b(?!,?\s+on\s+\d)",
    re.I,
)


def told_later(sentence: str, date: str, before: str = "") -> bool:
    """True when the words of a sentence before a verb date it days after the event, within a month ('The TNLA took
    the camp on 15 July, saying it captured 30 soldiers' in a note of 12 July): a later event, which ACLED codes as
    its own; not when the words ``before`` tell an event of several days.

    >>> told_later("The TNLA took the camp on 15 July, said it ", "2024-07-12"), told_later("on 12 July", "2024-07-12")
    (True, False)
    """
    if _WEEKS_LATER.search(sentence):
        return True  # 'Later that month, troops abandoned the camp'; 'Weeks later, the PDF said five had defected'
    event = event_day(date)
    if event is None or not event[2] or not (on := _ON_A_DAY_CAUGHT.search(sentence)) or _SPAN.search(before):
        return False  # not 'Fighting went on over the next three days ... On 5 April, ... surrendered'
    year = int(on["year"]) if on["year"] else event[0]
    return year == event[0] and 1 < _days_after(event, _MONTH_NUMBER[on["month"].lower()], int(on["day"])) <= 31


def event_day(date: str) -> tuple[int, int, int] | None:
    """(year, month, day) of an event's date ('2025-04-03', '3 April 2025') or a note's opening date; None if none.

    >>> event_day("2025-04-03"), event_day("On 3 April 2025, in Kale"), event_day("")
    ((2025, 4, 3), (2025, 4, 3), None)
    """
    if iso := _ISO.search(date[:40]):
        return int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    if written := _WRITTEN.search(date[:60]):
        return int(written.group(3)), _MONTH_NUMBER[written.group(2).lower()], int(written.group(1))
    if month := _A_MONTH.search(date[:60]):  # 'On an unknown date in April 2025': the month, no day
        return int(month.group(2)), _MONTH_NUMBER[month.group(1).lower()], 0
    return None


def before_the_event(after: str, date: str, dated: bool = True) -> bool:
    """True when the clause after a verb dates it before the event ('last month', 'years ago'; with ``dated``, 'in
    late March' for an event of April): an earlier act told again. A month without a year is of the event's year;
    a time that may be the event's own ('in early April' for 3 April) is not earlier; without an event date, any
    dated time is.
    """
    window = after[:200]
    on_a_day = not dated and ON_A_DAY.search(window)  # 'surrendered to it on 28 March': any verb, by its day
    if not (dated or on_a_day) and not any(w in window for w in _EARLIER_WORDS):
        return False  # most verbs: no word of an earlier time after them, and no clause to cut
    own = (_DATED_END if dated else _CLAUSE_END).split(window, maxsplit=1)[0][:140]
    near = own if dated else _NOT_ITS_OWN.split(own, maxsplit=1)[0]  # not 'at a camp captured on 28 March'
    if any(w in own for w in _EARLIER_WORDS):
        if (
            dated
            and _RELATIVE_EARLIER.search(own)
            or _AGO.search(own)
            or _EARLIER_FIGHTING.search(near)
            or _PREVIOUS.search(near)
            or _DURING_PREVIOUS.search(own)
        ):
            return True  # 'joined the PDF, years ago'; with a pluperfect, also 'last month', 'in previous fighting'
    dated = (dated or on_a_day) and _DATED.search(near)
    if not dated or on_a_day and not dated.group("day"):
        return False
    return _earlier(dated, date)


_AFTER_THEY_HAD = re.compile(  # 'executing them after they had laid down their weapons': an earlier surrender
    r"\b(?:executing|executed|killing|killed|shot|shooting|torturing|tortured)\b[^.;]{0,60}\bafter\s+(?:they|he|she)\s+"
    r"had\s+(?:been\s+)?$",
    re.I,
)
_HAD_THEN = re.compile(  # 'had captured the camp on 29 September, taking 40 soldiers prisoner'
    r"\bhad\s+(?:captured|seized|taken|overrun|overran|stormed|attacked|raided|ambushed)\b([^.;,]*?),\s*$", re.I
)
_EARLIER_OPENING = re.compile(  # 'Earlier in the month, media had said 12 handed themselves in': the sentence's time
    r"^\s*(?:earlier|previously|last (?:week|month|year))\b(?:\s+(?:in|this|that)\s+(?:the\s+)?(?:week|month|year))?,",
    re.I,
)
_HAD_AND = re.compile(r"\bhad\s+\w+\b([^.;,]{0,60})\b(?:and|when\s+(?:they|he|she|it))\s+$", re.I)  # 'had X and'
_SAME_DAY = re.compile(
    r"\bbut\b|\bon the same day\b|\blater (?:that|the same|on the same) day\b", re.I
)  # 'Earlier, on the same day, 30 soldiers surrendered'
_AFTER_ING = re.compile(r"\b(?:after|since|before)\s+$", re.I)  # 'after cutting ties with the military in 2024'
_LONG_AFTER = re.compile(  # 'two years after cutting ties', 'months after 30 soldiers'
    r"\b(?:years?|months?|weeks?|days)\s+after\s+(?:the\s+)?(?:[\w-]+\s+)?(?:battle|clashes|raid|attack|fighting|offensive|"
    r"siege)\s+(?:in which|when|where|during which)\s+(?:(?!(?:took|fell|overran)\b(?!\s+and\b))[\w'’-]+\s+){0,6}$|"
    r"\b(?:years?|months?|weeks?|days|(?:a|one|the) (?:day|week|month)|hours)\s+(?:after|since)\s+"
    r"(?:(?!\w+(?:ing|ed)\b|(?:began|withdrew|fell|took|ran|fled|left|came|went|broke|overran|won|lost|struck|"
    r"offensive|attack|battle|fighting|clash(?:es)?|raid|siege|assault|operation)\b)"
    r"[\w'’-]+\s+){0,8}?(?:said\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3})?"
    r"(?:had\s+)?(?:been\s+)?$",
    re.I,
)
HAD = re.compile(
    r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?(?:\w+\s+(?:or|and)\s+(?:been\s+)?)?$", re.I
)  # 'said that it had captured over 100 soldiers ... (coded separately)'


#: 'surrendered in late 2024' (its own clause): a year named for the act
#: 'On 3 June,' opening a later sentence (a note's first sentence gives its year: 'On 8 June 2022,')
_DAY_OPENING = re.compile(r"\s*On\s+(\d{1,2}\s+[A-Z][a-z]+)\s*,")
_NOT_THE_ACTS = re.compile(r"\b(?:released|issued|published|due|relieved)\b[^,;]{0,30}$", re.I)  # a statement's day
_A_STATEMENT = re.compile(r"\b(?:statement|report)\b[^,;]{0,30}$", re.I)
_SAYING = re.compile(r"[^.;]*?\b(?:said|saying|stated|reported|claimed|claiming|announc\w+)\b")  # 'the KIA said'
_DAY_NAMED = re.compile(  # 'on 8 June (2024)', 'by 8 June', 'on the morning of 8 June', 'on 3 and 8 June'
    rf"\b(?:on|by)\s+(?:the\s+\w+\s+of\s+)?(?:\d{{1,2}}\s+and\s+)?(\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?)\b", re.I
)
_IN_A_YEAR = re.compile(
    r"^(?:(?!\b(?:after|when|while|since|and|but|who|which|that|formed|founded|created|established|conscripted|"
    r"recruited|built|set up)\b)[^.;,]){0,25}?\bin\s+(?:(?:late|early|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(20\d\d)\b"
)


def _statements_day(before: str, day: re.Match) -> bool:
    """The day named is a statement's, not the act's: 'released on 8 June', 'in a statement on 8 June the KIA said'."""
    at = max(0, day.start() - 40)
    statement = _A_STATEMENT.search(before, at, day.start()) and _SAYING.match(before, day.end())
    return bool(_NOT_THE_ACTS.search(before, at, day.start()) or statement)


def _in_an_earlier_year(after: str, date: str) -> bool:
    """'20 soldiers surrendered in late 2024' for an event of 2025: a year before the event's, named for the act."""
    year, event = _IN_A_YEAR.match(after), re.search(r"\b(20\d\d)\b", date)
    return bool(year and event and int(year.group(1)) < int(event.group(1)))


def earlier_act(kind: str, verb: str, before: str, tail: str, after: str, date: str, told: bool = False) -> bool:
    """True when the verb tells an act dated before the event: 'had captured 6 soldiers in late March', 'after cutting
    ties ... in 2024', 'which it took on 5 January 2025, when', 'two years after', 'Earlier in the month,', a surrender
    'after they had laid down their weapons' before an execution (``told``: 'a statement on capturing')."""
    before = before[before.rfind(";") + 1 :]  # this clause's own opening, not '...had burned a village; 30 soldiers'
    if _EARLIER_OPENING.match(before) and not _SAME_DAY.search(before):
        day = ON_A_DAY.search(before)  # 'Earlier, on 10 April,' for an event of 10 April: the event's day
        if not day or before_the_event(" " + day.group(0), date):
            return True
    if kind == "surrendered" and " after " in tail and _AFTER_THEY_HAD.search(tail):
        return True
    if (opening := _DAY_OPENING.match(before)) and before_the_event(f" on {opening.group(1)}", date):
        named = _DAY_NAMED.finditer(before, opening.end())  # 'On 3 June, ..., and on 8 June, 20 soldiers': that day's
        later = [m.group(1) for m in named if not _statements_day(before, m)]
        if not later or before_the_event(f" on {later[-1]}", date):
            return True  # 'On 3 June, KNLA troops captured seven soldiers' in a note of 8 June: an earlier event
    gerund = verb.split(" ", 1)[0][-3:].lower() == "ing"
    had_and = "had" in tail and _HAD_AND.search(tail)  # 'who had deserted ... in 2022 and fled': a year for both
    had = "had" in tail and (HAD.search(tail) or had_and)  # 'who had joined the CDM and fled ... in 2021'
    dated = had or gerund and (_AFTER_ING.search(tail) or told)
    return bool(
        before_the_event(after, date, bool(dated))
        or _in_an_earlier_year(after, date)
        or had_and
        and _in_an_earlier_year(had_and.group(1), date)
        or "when" in tail
        and when_earlier(tail, date)
        or after.lstrip(", ")[:5] == "when "  # 'were captured when it took over a camp on 7 December' (of 19 December)
        and before_the_event(" " + after.lstrip(", ")[5:], date)
        or " after" in tail
        and _LONG_AFTER.search(tail)
        or gerund
        and "had" in tail
        and (then := _HAD_THEN.search(tail))
        and before_the_event(then.group(1), date)
    )
