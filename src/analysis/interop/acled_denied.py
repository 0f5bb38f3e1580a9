"""A report a later sentence takes back (used by :mod:`.acled_select`): denied by the side said to have taken the
people, retracted by whoever posted it, doubted ('could not be verified'), or shown false by its pictures.

>>> said = "Media reported that 30 soldiers had surrendered to the CDF. The CDF denied the report."
>>> denied_report(said, 0, 58)
True
"""

from __future__ import annotations

import re

from ..vocab import TROOP_ACTORS
from .acled_held import still_held
from .acled_rumour import RETRACTED, not_as_claimed
from .acled_taken_back import taken_back
from .acled_text import JUNTA_NAMES
from .acled_when import event_day
from .acled_who import OTHER_SIDES, actor_in, actor_last

_WHICH_DENIED = re.compile(r",\s+which\s+([^.;,]{0,60}?)\s+(?:denied|rejected|dismissed)\b", re.I)
_CLAUSE_CUT = re.compile(r";|,\s+(?:and|but)\s+(?=(?:the|its|a)\s|(?-i:[A-Z]))")
_CLAIMED_THAT = re.compile(  # 'the PDF said nine Pyu Saw Htee members had defected'
    r"\b(?:claimed|reported|said|alleged|announced)\s+(?:that|it|they|(?=\d|(?:one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|about|around|over|more than|some|at least)\s))\b",
    re.I,
)
_MEDIA_SAID = re.compile(
    r"\b(?:media|outlets?|news|military|junta|regime|reports?|channels?|pages?|accounts?)\b[^.;]{0,60}\b"
    r"(?:reported|claimed|claiming|said|announced|circulated)\b|\btold\s+(?:local\s+|the\s+)?(?:media|reporters|journalists|outlets?)\b",
    re.I,
)
#: between a claim and 'denied it': another party's claim ('The military accused the KIA of ...', 'also said')
_ANOTHER_CLAIM = re.compile(
    r"\baccus\w*|\bblamed\b|\badded\b|\b(?:military|junta|army|regime)\b[^.;]{0,40}\b(?:said|claimed|alleged)\b", re.I
)
#: a denial (after the denier's words, which :data:`_DENIED_REPORT` takes in front of it as its group 1)
_DENIAL = (
    r"\b(?:(?<!nor )(?<!not )(?:denied|denying|rejected|dismissed|"
    r"(?P<unconfirmed>(?:did|could|would) not (?:immediately )?confirm|declined to confirm))\s+"
    r"(?:(?:the|this|that|these|those|such)\s+"
    r"(?:reports?|claims?)\b(?!\s+(?:that|of|about)\b)|(?P<it>it|this)(?=\s*[,.;]|\s+in\s+a\s+statement\b)|that\s+(?:any\s+of\s+)?(?:its|their)\s+(?:members|fighters|troops|men)\s+"
    r"(?:had\s+|have\s+)?(?:surrendered|defected|deserted|fled|switched sides|returned to the legal fold|"
    r"laid down (?:their )?arms|given themselves up|been (?:taken|captured)|"
    r"(?P<among>done so|(?:were|was) (?:among them|involved)))\b)|"
    r"(?:said|called|described)\s+(?:that\s+)?(?:the|this|that|these|those)\s+(?:reports?|claims?)"
    r"(?:\s+of\s+(?:[^.;,]{0,40}?\b(?:surrender|defect|desert)\w*(?:\s+of)?[^.;,]{0,30}?|(?:its|their)\s+involvement)|"
    r",[^.;]{1,60},)?\s+(?:(?:was|were|as)\s+)?"
    r"(?:false|untrue|baseless|fabricated|fake)\b|"
    r"(?:said|stated)\s+(?:that\s+)?none\s+of\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|troops|men)\s+"
    r"(?P<none>(?:were|was|had been)\s+(?:involved|missing|among (?:them|those)))\b|"  # 'none ... were involved'
    r"(?:saying|said|stating)\s+(?:that\s+)?(?P<gone>none\s+of\s+(?:them|its\s+members|his\s+men)\s+had\s+"
    r"(?:left|fled|deserted|surrendered|defected))\b|"  # the people said to have fled: 'saying none of them had left'
    r"(?:said|stated)\s+[^.;]{0,80}?\bthat\s+no\s+such\s+(?:capture|surrender|defection|desertion)s?\s+had\s+"
    r"(?:taken\s+place|happened|occurred)\b)"  # 'said ... that no such capture had taken place'
)
_DENIED_REPORT = re.compile(r"([^.;]{0,80}?)" + _DENIAL, re.I)
_DENIAL_AT = re.compile(_DENIAL, re.I)


def _first_denial(said: str, at: int) -> re.Match | None:
    """``_DENIED_REPORT.search(said, at)``, found fast: its lazy lead of up to 80 characters makes a search try
    every position of a long note, so the denial itself is found first and the search starts 80 characters
    before it (no match can start earlier: it would end in an earlier denial).

    >>> _first_denial("Media said 30 soldiers surrendered. The KIA denied the report.", 36).group(1)
    'The KIA '
    """
    denial = _DENIAL_AT.search(said, at)
    return _DENIED_REPORT.search(said, max(at, denial.start() - 80)) if denial else None


_CLAIM_WORDS = re.compile(r"\b(?:claimed|reported|posted|shared|said|announced|stated)\b", re.I)
_RETRACTED = re.compile(rf"\b(?:{RETRACTED})", re.I)
#: a report said still to be unconfirmed: 'the claim was unconfirmed', 'the report remained unverified'
_STILL_UNCONFIRMED = (
    r"\b(?:the|this|that)\s+(?:reports?|claims?|posts?)\s+(?:was|were|is|remained)\s+(?:unconfirmed|unverified)\b"
)
#: a later sentence that doubts a report or a post: 'The report could not be verified'
_UNVERIFIED = re.compile(
    r"\b(?:the|this|that|these|those)\s+(?:reports?|claims?|posts?)\s+(?:could|can)\s*not\s+be\s+"
    r"(?:independently\s+)?(?:verified|confirmed)\b|\bneither\b[^.;]{0,60}\bnor\b[^.;]{0,60}\bcould\s+confirm\s+"
    r"(?:the|this|that)\s+(?:reports?|claims?|posts?)\b|"
    r"\b(?:the|this|that)\s+(?:reports?|story)\s+(?:was|had\s+been)\s+mistaken\b|"
    r"\b(?:the|this|that)\s+(?:reports?|claims?|posts?)\s+(?:(?:appears?|appeared|seems?|seemed|proved|turned\s+out)\s+"
    r"(?:to\s+(?:be|have\s+been)\s+)?|(?:was|were|is)\s+)(?:(?:unconfirmed|unverified)\s+and\s+)?"
    r"(?:(?:likely|probably)\s+)?(?:false|untrue|fake|fabricated|baseless|unfounded|groundless)\b|"  # 'likely false'
    rf"{_STILL_UNCONFIRMED}|"
    r"\b(?:the|this|that)\s+claims?\s+(?:was|were)\s+not\s+substantiated\b|"
    r"\bfact-?checkers?\s+(?:found|traced|showed)\b|"
    r"\bhad\s+no\s+information\s+about\s+any\s+such\b",  # 'said it had no information about any such surrender'
    re.I,
)
#: a report left unconfirmed in the clause of its verb: 'reports that a commander had fled his unit remained
#: unconfirmed' (not '..., but the number of weapons was unverified'; not '... but were later confirmed')
_REPORTS_THAT = re.compile(r"\b(?:reports?|rumou?rs?|claims?)\s+that\b", re.I)
_CLAUSE_END = re.compile(r"[,;]")
_CONFIRMED_LATER = re.compile(r"\b(?:later|since|subsequently)\s+(?:been\s+)?confirmed\b", re.I)
_LEFT_UNCONFIRMED = re.compile(
    r"\b(?:remained|remain|was|were|is|are)\s+(?:still\s+)?(?:unconfirmed|unverified)\b",
    re.I,
)
#: a claim taken back with an apology, in a later sentence: 'it issued an apology, saying the men were civilian porters'
_APOLOGISED = re.compile(
    r"\bapolog(?:y|ies|i[sz]ed|i[sz]ing)(?:\s+for\s+(?:the|its|an?|that)\s+(?:[\w-]+\s+)?(?:report|claim|post|statement|"
    r"announcement|error|mistake)s?|(?:(?!\b(?:for|to)\b)[^.;,]){0,30})?,?\s+(?:saying|stating)\s+(?:that\s+)?(?:the|all|those)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:were|had\s+been)\s+(?:in\s+fact\s+)?(?:civilians?|villagers|porters|farmers|residents)\b",
    re.I,
)
#: a doubt in the claim's own sentence, after its verb: ', but the claim was unconfirmed'
_UNCONFIRMED = re.compile(
    rf"{_STILL_UNCONFIRMED}|"
    r"\b(?:the|this|that)\s+(?:reports?|claims?|posts?)\s+(?:could|can)\s*not\s+be\s+(?:independently\s+)?"
    r"(?:verified|confirmed)",
    re.I,
)
#: a later sentence that says the post was empty before the flight claimed: 'the station had been empty since ...'
_EMPTY_BEFORE = re.compile(
    r"\b(?:the|that|this)\s+(?:station|camp|post|outpost|base|checkpoint)\s+had\s+(?:already\s+)?been\s+"
    r"(?:empty|abandoned|vacated|deserted|unmanned)\s+(?:since|for)\b",
    re.I,
)
_A_SITE = re.compile(r"\b(?:site|website|newspaper|news|media|paper|reported)\b", re.I)  # a medium's claim
_ALSO_SAID = re.compile(r"\balso\s+(?:posted|said|claimed|reported)\b", re.I)  # another claim, doubted
_POSTED = re.compile(
    r"\b(?:posts?|pages?|accounts?|photo(?:graph)?s?|images?|videos?)\b[^.;]{0,60}\b(?:claimed|said|posted|circulated)\b",
    re.I,
)
#: who takes a claim back: a pronoun, or the claimant's page, outlet or spokesperson ('The page's administrator')
_THE_CLAIMANTS = re.compile(  # 'Later the same day the outlet withdrew the report'
    r"(?:(?:and|but|then)\s+)?"
    r"(?:(?:later\s+)?(?:that|the same|the next|the following)\s+(?:day|evening|morning|night)\s+|"
    r"later\s+|\w+\s+(?:days?|hours?|weeks?)\s+later\s+|on\s+\d{1,2}\s+[A-Z][a-z]+\s+)?"  # 'On 24 May the outlet ...'
    r"(?:it|they|(?:the|its|their)\s+(?:[\w-]+\s+)?(?:page|outlet|agency|channel|group|account|media|station|site|website|newspaper)"
    r"(?:['’]s\s+(?:administrator|admin|author|editor|spokes\w+))?|its\s+spokes\w+)\s+(?:later\s+)?",
    re.I,
)
_TAKEN_DOWN = re.compile(
    r"\b(?:the\s+(?:page|group|outlet|channel|account)['’]s|the|that|this|its|their|(?P<whose>(?-i:[A-Z]{2,}))['’]s)\s+"
    r"(?:post|statement|claim|report)s?\s+(?:was|were)\s+(?:later\s+)?"
    r"(?:deleted|withdrawn|retracted|taken down|removed)\b(?!\s+by\b)",
    re.I,
)  # 'The post was later deleted', not 'A pro-junta account's post was'
#: the military by one of its names: 'the military claimed ...; the junta later deleted the post'
_THE_MILITARY = re.compile(
    rf"\b(?:{JUNTA_NAMES}|state(?:-run)? media)\b",
    re.I,
)
_INITIALS = re.compile(r"\b([A-Z])[\w'’]*")
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")  # 'Khit Thit Media', 'Myanmar Now', 'PDF'


#: a report called wrong; not 'wrong about the village', 'mistaken only in naming the commander': a detail corrected
_WRONG = r"(?:mistaken|incorrect|inaccurate|erroneous|wrong)\b(?!\s+(?:about|in|on|only|as\s+to|regarding)\b)"
#: a claimant saying its own report was wrong: 'the group later said the report was mistaken' (who says it is checked)
_SAID_MISTAKEN = re.compile(
    r"\b(?:said|stated|admitted|acknowledged)\s+(?:that\s+)?(?:(?:the|its|their|this|that)\s+(?:reports?|claims?|"
    r"statements?)|(?:its|their)\s+posts?)\s+(?:was|were|had\s+been)\s+" + _WRONG,
    re.I,
)
_ELIDED = re.compile(r"\s*(?:(?:and|but|then)\s+)?(?:later\s+)?")  # '..., but later admitted' in the claim's sentence
#: a report said to be wrong, the verb inside it: 'reports that police had surrendered turned out to be incorrect'
_SAID_WRONG = re.compile(
    r"\b(?:reports?|claims?|rumou?rs?|statements?)\s+(?:by\s+[^.;,]{1,40}?\s+)?(?:that|of|to\s+have)\b[^.;]{0,160}?\b"
    r"(?:was|were|proved|turned\s+out\s+to\s+be|(?:later\s+)?found\s+to\s+be)\s+(?:later\s+)?" + _WRONG,
    re.I,
)


#: a picture said to be from an earlier year: 'a video ... was found by local media to have been filmed in 2022'
_OLD_PICTURE = re.compile(
    r"\b(?:videos?|photos?|photographs?|images?|footage|pictures?)\b(?:(?!\b(?:that|which|who)\s+(?:was|were)\b)[^.;]){0,160}?"
    r"\b(?:(?:was|were|had\s+been|dated)\s+"
    r"(?:(?:later\s+)?found\s+(?:by\s+[^.;,]{1,30}?\s+)?to\s+(?:have\s+been\s+|be\s+)?)?|"
    r"turned\s+out\s+to\s+(?:have\s+been|be)\s+)"
    r"(?:from|filmed|taken|shot|recorded)\b(?:(?!\b(?:that|which|who|by|near|of)\b)[^.;,\d]){0,40}?\b((?:19|20)\d\d)\b",
    re.I,
)
_ASIDE_SAID = re.compile(
    r",\s*([^,]{1,50}?)\s+(?:said|says|claimed)\s*,"
)  # 'The video, a junta spokesperson said, was'


def _old_picture(said: str, start: int, end: int, when: str) -> bool:
    """The pictures of the claim are said to be from a year before the event's (``when``: its date, or the note's
    opening words, as :func:`.acled_when.event_day` reads them), by anyone but the junta (its word is its denial)."""
    old = _OLD_PICTURE.search(said, start, end + 250)
    event = event_day(when)
    if not (old and event and int(old.group(1)) < event[0]):
        return False
    said_by = said[max(said.rfind(c, 0, old.start()) for c in ".;") + 1 : old.start()]
    return not _THE_MILITARY.search(said_by + " " + " ".join(_ASIDE_SAID.findall(old.group(0))))


def _said_wrong(said: str, start: int, end: int, at: int) -> bool:
    """The report the verb (at ``at``) stands in is said to be wrong, by anyone but the junta (its word is its
    routine denial): 'claims that 40 soldiers defected proved erroneous', not 'a military spokesman said reports of
    50 soldiers defecting were erroneous'."""
    wrong = _SAID_WRONG.search(said, start, end)
    if not wrong or not wrong.start() <= at < wrong.end():
        return False
    sayer = said[max(start, said.rfind(";", start, wrong.start()) + 1) : wrong.start()]  # 'according to the military,'
    named = actor_in(sayer[sayer.rfind(",") + 1 :])  # 'while the military had confirmed clashes, the TNLA said'
    if named and named not in TROOP_ACTORS:
        return True
    after = said[wrong.end() : end].split(";")[0]  # '..., the PDF later said'
    return actor_in(sayer) not in TROOP_ACTORS and not _THE_MILITARY.search(sayer + after)


def _retracted(said: str, start: int, end: int, at: int = -1) -> bool:
    """A later sentence in which the claimant takes the claim back: 'The page later deleted the post', 'Mizzima
    later retracted its report' (after 'Mizzima reported'); not 'Facebook deleted the post' nor the soldiers'
    relatives deleting theirs."""
    if not (claim := _CLAIM_WORDS.search(said, start, end)):
        return False
    whose = (down := _TAKEN_DOWN.search(said, end, end + 250)) and down["whose"]  # "The PDF's post was later deleted"
    speaker = said[start : claim.start()]  # "the People's Defence Force claimed" before "The PDF's post"; the SAC's
    side = whose and actor_in(whose)
    same_side = side in TROOP_ACTORS and side == actor_in(speaker)
    if down and (not whose or whose in said[start:end] or same_side or whose in "".join(_INITIALS.findall(speaker))):
        return True  # 'The post was later deleted.', "The PDF's post ..." (after the PDF's claim)
    mistaken = _SAID_MISTAKEN.search(said, max(start, at), end + 250)  # in the sentence of the claim, or after it
    if not (taken := _RETRACTED.search(said, end, end + 250) or mistaken):
        return False
    who = said[max(said.rfind(c, 0, taken.start()) for c in ".,;") + 1 : taken.start()]
    if taken is mistaken and (actor_in(who) in TROOP_ACTORS or _THE_MILITARY.search(who)):
        return False  # 'the commander of LIB 37 said the reports were wrong': the junta's denial
    if _THE_CLAIMANTS.fullmatch(who.strip() + " ") and (not _A_SITE.search(who) or _A_SITE.search(said, start, end)):
        return True  # 'The page later deleted the post'; 'the site ...' only after a site's or the media's claim
    if taken.start() < end and _ELIDED.fullmatch(who):
        return True
    claimant = said[max(start, said.rfind(",", start, claim.start()) + 1) : claim.start()]  # 'the military claimed'
    names = {n.removeprefix("The ") for n in _NAME.findall(claimant)} - {"The", "A", "An"}
    names |= set(re.findall(r"\b[A-Z]{2,}\b", said[start:end]))  # '... to the PDF. The PDF later withdrew'
    names |= {"PDF"} if re.search(r"People['’]s Defen[cs]e Force", said[start:end]) else set()  # its short name
    who_names = " ".join(_NAME.findall(who))
    same_name = any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w'’-])", who_names) for n in names)
    same_name |= any(len(n.split()) > 1 and n in m for n in _NAME.findall(who) for m in names)  # "Khit Thit"
    return same_name or bool(_THE_MILITARY.search(claimant) and _THE_MILITARY.search(who))


def denied_report(said: str, start: int, end: int, at: int = -1, actor: str = "", row: dict | None = None) -> bool:
    """True when the sentence ``said[start:end]`` tells a media report that a later sentence says a side other
    than the junta denied (the side said to have taken the people: a junta denial is routine, and not read).

    >>> said = "Media reported that 30 soldiers had surrendered to the CDF. The CDF denied the report."
    >>> denied_report(said, 0, 58), denied_report(said.replace("The CDF", "The military"), 0, 58)
    (True, False)
    """
    if (
        _retracted(said, start, end, at)
        or at >= 0
        and _said_wrong(said, start, end, at)
        or _old_picture(said, start, end, (row or {}).get("event_date") or (row or {}).get("notes", "")[:60])
    ):
        return True  # 'a news page claimed that 40 soldiers had surrendered. The page later deleted the post'
    if not_as_claimed(said, end, end + 250) or _APOLOGISED.search(said, end, end + 250):  # 'photos ... date from 2022'
        return True  # '... claimed that 50 soldiers had fled. Photographs shared with it appeared to date from 2022'
    doubt = _UNVERIFIED.search(said, end, end + 250)
    if doubt and doubt[0].lower().startswith(("this ", "that ")) and _ALSO_SAID.search(said, end, doubt.start()):
        doubt = None  # 'The page also posted that ...; this claim could not be verified': the other claim's
    media = _MEDIA_SAID.search(said, start, end)
    posted = media or _POSTED.search(said, start, end)
    if doubt and posted or taken_back(said, start, at, end):
        return True  # 'a Facebook page said police had fled overnight. The report could not be verified'
    claimed = media or _CLAIMED_THAT.search(said, start, end)
    after = max(at, start)  # where the claim's verb stands: the post is said still manned after it
    empty = claimed and _EMPTY_BEFORE.search(said, end, end + 250)
    if empty and actor_last(said[end : empty.start()]) not in TROOP_ACTORS:
        return True  # 'the CDF claimed that police had fled the station. ... the station had been empty since ...'
    if still_held(said, start, after, end, bool(claimed)):
        return True  # '..., but residents told local media that soldiers were still stationed there'
    within = at >= 0 and _UNCONFIRMED.search(said, at, end)  # in its own sentence: ', but the claim was unconfirmed'
    clause = _CLAUSE_END.search(said, at, end) if at >= 0 else None
    stop = clause.start() if clause else end  # the doubt in the verb's own clause
    left = at >= 0 and _REPORTS_THAT.search(said, start, at) and _LEFT_UNCONFIRMED.search(said, at, stop)
    if left and not _CONFIRMED_LATER.search(said, at, end):
        return True  # 'reports that a commander had fled his unit remained unconfirmed'
    if within and (posted or _CLAIMED_THAT.search(said, start, at)):
        return True
    which = _WHICH_DENIED.search(said, max(start, at), end)  # the verb (at ``at``) inside the claim denied
    if which and (claim := _CLAIMED_THAT.search(said, start, which.start())) and (at < 0 or claim.end() <= at):
        return actor_in(which.group(1)) in OTHER_SIDES  # '..., which a KIA spokesperson denied'
    if not claimed:
        return False  # not a report or a claim: 'The KNLA claimed that about 30 BGF members had surrendered' is one
    cut = _CLAUSE_CUT.search(said, max(start, at), end)  # '...; the KIA said none ...', '..., and the KIA denied'
    denial = _first_denial(said, cut.end() if cut else end)
    if denial and denial.group("it") and _ANOTHER_CLAIM.search(said[end : denial.start(1)]):
        return False  # 'The military accused the KIA of shelling a market; the KIA denied it': another claim
    denier = actor_last(denial.group(1)) if denial else ""
    if denial and denial.group("gone") and denier not in TROOP_ACTORS:
        return True  # 'The following day the group's leader posted a video ..., saying none of them had left'
    if denial and denial.group("unconfirmed") and denier == actor:
        return False  # 'The PDF did not confirm the report' of its own members' surrender: no denial
    if denial and (denial.group("among") or denial.group("none")) and denier != actor:
        return False  # 'The PDF denied that any of its members were involved' in soldiers' surrender to the PDF
    return denier in OTHER_SIDES or denier == actor and actor in ("bgf", "militia")  # 'The BGF leadership denied'
