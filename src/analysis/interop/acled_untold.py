"""What a verb of an ACLED note says that is no fact of this event, for :mod:`.acled_select`: a background
(a relative clause, an event ACLED codes separately, an earlier act), a thing not done (an infinitive, a
denial, a rumour, an unverified report, a demand or talks), a total a claimant gives for a period, or a
description (an abandoned place, 'the surrender of the camp').

>>> not_this_events("surrendered", "surrendered", "social media posts claimed that 12 soldiers had ", " to the AA.")
'not done'
>>> not_this_events("surrendered", "surrender", "the military demanded that PDF members ", " within a week.")
'not done'
>>> not_this_events("surrendered", "surrendered", "the KIA took the base when 41 soldiers ", " (coded separately).")
'background'
>>> not_this_events("surrendered", "surrendered", "41 soldiers ", " to the KIA.")
''
"""

from __future__ import annotations

import re

from .acled_background import background
from .acled_described import describes_a_place
from .acled_enlisted import not_enlisted
from .acled_escape import escaped
from .acled_meant import only_meant
from .acled_nouns import NUMBER_WORDS
from .acled_other_acts import fled_from_no_side, no_act_of_its_own
from .acled_period import a_total
from .acled_rumour import untrue
from .acled_text import ASIDE, seen
from .acled_when import earlier_act, told_later

_STOPPED = re.compile(
    r"\b(?:prevented|stopped|blocked|barred)\s+(?:(?!(?:after|while|when|before|by|and)\b)[\w'-]+\s+){1,6}(?:from\s+)?$|"
    r"\b(?:was|were|been)\s+(?:killed|shot|executed|gunned\s+down)\b[^.;]{0,60}?\bwhile\s+$",  # 'shot while defecting'
    re.I,
)  # 'stopped PDF members crossing', not 'blocked the highway after capturing'
#: 'demanding that PDF members surrender', 'talks about surrendering the base': asked for or discussed, not done
_DISCUSSED = r"\s+(?:(?:the|a|its|their|terms\s+(?:of|for))\s+)?$"  # 'to discuss (the terms of) laying down arms'
_ASKED = re.compile(
    r"\b(?:demand(?:ed|ing|s)?|call(?:ed|ing)? on|urg(?:ed|ing)|ask(?:ed|ing)|appeal(?:ed|ing)|deadline|ultimatum|"
    r"invit(?:ed|ing|ations?)(?=\s+(?:[\w'’-]+\s+){0,10}?to\s+\W?(?:return|surrender|defect|lay))|"
    r"(?:propos(?:ed|ing|al)|suggest(?:ed|ing))(?!\s+by)|offer(?:ed|ing|s)?(?=\s+to\b|\s+(?:[\w'’-]+\s+){0,3}?to\s+let\b))\b"
    r"(?:(?!\b(?:forced|compelled|had)\s+to\b)[^.;,])*$|"
    r"\b(?:talks?|negotiations?)\b[^.;]{0,120}\b(?:about|on|over|for)\s+(?:(?:the|a|its|their)\s+(?:[\w'’-]+\s+){0,2}?)?$|"
    rf"\b(?:to\s+)?(?:discuss(?:ed|ing)?|negotiat(?:e|ed|ing)){_DISCUSSED}",
    re.I,
)
#: a claimant's words, and a period a figure covers: together, a total claimed, never an event
#: 'an unconfirmed number of soldiers had surrendered': of the verb's own subject, not of others in the sentence
_UNCONFIRMED = re.compile(r"\ban unconfirmed number of [^,;.]{0,40}?\b(?:had|have)\s+$", re.I)
#: 'denied reports that 50 soldiers had surrendered': said not to have happened
_DENIED = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|dismissed)\b"
    r"(?!\s+(?:(?!that\b)[\w'’-]+\s+){0,4}?(?:proposals?|offers?|requests?|demands?|orders?|calls?|plans?|terms|"
    r"ultimatums?)(?:\s+(?:of|to|for)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s+(?:and|but)\b)(?:[^.;,]|(?<=\d),(?=\d)|(?<=\bNo)\.)*$",
    re.I,
)  # not 'rejected the military's proposal and 15 soldiers surrendered': the proposal was rejected
_IF = re.compile(
    r"\b(?:if|unless)\s+(?:[\w'-]+\s+){0,3}$|"  # 'safe passage if they surrendered'
    r"\b(?:(?:be|being)\s+(?:held|kept|detained)|holding|(?:would|will|to)\s+(?:hold|keep|detain)\s+(?:them|him|her)\b|"
    r"(?:would|will|vowed to|pledged to)\s+(?:keep up|continue|press on)\b)"
    r"(?!\s+out\b)[^.;]{0,60}\buntil\s+(?:[\w'-]+\s+){0,3}$",  # 'would keep up the attacks until the troops inside'
    re.I,
)  # 'would be held until the commander turned himself in'
_DENIED_WORDS = ("deni", "deny", "reject", "dismiss")
#: 'after the surrender of the camp', 'no surrender had been reported', 'a number of surrenders': a noun
_NOUN = re.compile(  # also "the battalion's surrender"
    r"(?:\b(?:the|their|its|his|a|no|any|of|accept|accepting|receive)|\w['’]s)\s+(?:(?:possible|planned|proposed|"
    r"expected|negotiated|such)\s+)?$|"
    r"\b(?:series|string|wave|spate|chain|number)\s+of\s+(?:[\w'’-]+\s+){0,2}$|"  # 'a series of base surrenders'
    r"\bthe\s+(?:withdrawal|evacuation|disarmament)\s+and\s+$",  # 'the withdrawal and surrender of troops'
    re.I,
)
_THE_INDIVIDUAL = re.compile(r"(?:^\s*|[.;]\s+|\b(?:the|for|of|no|any|accept(?:ing)?|receive)\s+)individual\s+$", re.I)
#: 'would treat surrendered personnel', 'the surrendered soldiers': an adjective of people, no surrender told
_SURRENDERED_PEOPLE = re.compile(r"\s+(?:personnel|soldiers|troops|police\w*|members|officers|prisoners)\b", re.I)
_TREAT = re.compile(
    r"\b(?:the|treat|treated|treating|of|for|all|its|their|house|housed|holding|held|release[ds]?|free[ds]?|"
    r"feed|fed|protect|protected|welcome[ds]?|receive[ds]?|let|allow(?:ed)?)\s+(?:\d+\s+)?$",
    re.I,
)
_TO_DISCUSS = re.compile(rf"\bdiscuss(?:ed|ing)?{_DISCUSSED}", re.I)
#: a gerund after another discussed ('to discuss the battalion switching sides and handing over its bases')
_DISCUSSED_TOO = re.compile(
    r"\bdiscuss\w*\s+(?:(?!(?:by|before|after|were|was|had|then)\b)[\w'’-]+\s+){1,6}?(?:\w+ing\s+(?:\S+\s+){0,2}?(?:and|or)\s+)?$",
    re.I,
)
_ANY = re.compile(r"\bany(?:one)?\s+(?:(?!(?:and|or)\b)[\w'’-]+\s+){0,2}$", re.I)  # "any unit handing over"
_A_FIGURE_NEXT = (
    r"(?:about|around|some|several|many|more|over|at|nearly|up|said|reported|\d+|\w+teen|\w+ty|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|a\s+(?:dozen|few|number|group|total|handful))\b"
)
_NONE = re.compile(
    r"\b(?:none|no one|nobody|neither|not (?:a|one) single['’\"”]?\s+(?:[\w-]+\s+){0,2}?(?:soldiers?|troops?|officers?|"
    r"members?|policem[ae]n|police|persons?|m[ae]n|one))\b[^,;]*$|"
    r"\bno\s+(?:(?:new|further|other|more|additional)\s+)?(?:units?\s+(?:had|have|has)\s+)?$|"
    # 'no sign that they fled and the outpost was abandoned' (not '... and 30 soldiers surrendered'); after 'no sign of'
    # or 'on whether' a new clause stops it ('no sign of reinforcements and the soldiers surrendered')
    r"(?<!with )(?<!despite )\bno\s+(?:evidence|sign|signs|word|indication|proof)\s+that\b"
    rf"(?:(?!\b(?:while|but)\b|\band\s+(?:(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){{0,2}}\s+(?:said|reported|claimed)\b|"
    rf"{_A_FIGURE_NEXT}))[^.;,])*$|"
    r"(?<!with )(?<!despite )\bno\s+(?:evidence|sign|signs|word|indication|proof)\s+(?:of|on whether)\b"
    rf"(?:(?!\b(?:while|but)\b|\band\s+(?:(?-i:[A-Z])|(?:the|a|an)\b|{_A_FIGURE_NEXT}))[^.;,])*$|"
    r"\bwith\s+no\s+(?:[\w-]+\s+){0,2}?(?:soldiers|troops|police|members)\s+$|"
    r"(?<!with )\bno\s+(?:(?!(?:of|as|and|after|when|while|but|the|reports?|casualties|confirmation|\d[\d,]*|"
    r"(?:fewer|less|more)\s+than)\b)"  # not 'no fewer than nine soldiers'
    r"[\w()-]+\s+){0,5}?"
    r"(?:soldiers|troops|personnel|members|police|officers)\s+"
    r"(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?"
    r"(?:(?:reported|said|known)\s+to\s+have\s+)?$|"
    r"\b(?:(?:was|were|is|are|has|have|had|could|can)\s+(?:not|never)\s+(?:been\s+|be\s+)?(?:immediately\s+|"
    r"independently\s+)?(?:reported|confirmed|verified)\s+(?:that|whether)|never\s+(?:confirmed|verified)\s+whether|"
    r"no\s+(?:reports?|confirmation)\s+(?:that|of)"
    r"(?!\s+(?:casualties|fatalities|injuries|deaths)(?:\s+or\s+(?:casualties|fatalities|injuries|deaths))?\b(?!\s+or\b)))\b"
    r"(?:(?!\bbut\b|,\s*and\b|,\s*while\b|\bbefore\b|\bwhen\b|\buntil\b|\b(?:al)?though\b|\bas\b|\bwhile\b)[^.;])*$",
    re.I,
)  # 'none of the soldiers were taken alive'
_RATHER = re.compile(
    r"\b(?:rather than|instead of|against|consider|considering|urged(?:(?!\b(?:and|but)\b)[^.;,])*)\s+$", re.I
)  # 'warned militia members against surrendering'
_HELPING = re.compile(  # 'accused of helping soldiers defect': an accusation, not a defection
    r"\b(?:accused|suspected|charged|convicted|arrested|detained|sentenced|jailed)\b[^.;,]{0,40}?\b(?:of|with|for)\s+"
    r"(?:help|assist|aid|encourag|persuad|guid|shelter|hid|harbou?r|smuggl)\w*\s+"
    r"(?:[\w'’-]+,?\s+){0,6}$|"  # 'helping her son, a soldier, defect', 'guiding deserting soldiers'
    r"\b(?:accus|suspect|suspicion|arrest|charg|detain|jail|sentenc|convict|prosecut|abduct|kill|shot|execut|belong|"
    r"member of)\w*\b[^.;]{0,100}?"
    r"\b[\w-]+\s+(?:that|which|who|whose\s+[\w-]+)\s+(?:had\s+)?(?:helped|assisted|aided)\s+"
    r"(?:[\w'’\"-]+,?\s+){0,6}$",  # 'accused of running a network that helped 'more than 40' soldiers defect'
    re.I,
)
_ABOUT = re.compile(
    r"\b(?:about|of|on|regarding|considering|contemplating|weighing|discussing)\s+$|"  # 'discussed defecting'
    r"\b(?:talks?|meetings?|negotiations?)\b(?:[^.;,]{0,100}\b(?<!with )about\s+|"  # 'talks about 25 police officers'
    rf"[^.;]{{0,100}}\babout\s+(?!\d|(?:{NUMBER_WORDS}|dozens|some|several)\b))"  # not '..., with about 80 soldiers'
    r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)  # 'held talks with the group about its members laying down their arms': not done
#: 'warning that any soldier who deserted, surrendered or handed over a post would be court-martialled': what would be
_ANY_WHO = re.compile(r"\b(?:any|anyone|whoever)\b(?:\s+\w+){0,2}?\s+who\b[^.;]{0,60}$", re.I)
_WOULD = re.compile(r"[^.;]{0,80}?\b(?:would|will|shall)\b", re.I)
_WHOSE_RESIDENTS = re.compile(
    r"\b(?:whose|which(?:\s+its|\s+their)?)\s+(?:residents|villagers|inhabitants|people|locals)\s+(?:had\s+)?$", re.I
)  # 'the village, whose residents fled', 'which its residents had deserted'
#: 'a statement on capturing 20 soldiers', 'boasted of capturing': a claim of an act done, not one discussed
_TOLD_OF = re.compile(
    r"\b(?:statement|announcement|boasted|spoke|reported|credit|proud|details|reporters|photos?|videos?|footage)\s+"
    r"(?:about|of|on|regarding)\s+$|\b(?:credit(?:ed)?|praised|responsibility)\s+for\s+$",
    re.I,
)
_PRAISED = re.compile(
    r"\b(?:praised|credited|commended|thanked)\b[^.;,]{0,40}\bfor\s+$", re.I
)  # 'praised the PDF for'  # 'sentenced to death for deserting their unit': an earlier act


#: 'claimed the surrender of as many as 300 soldiers': a surrender told as a noun, with who and how many after it
_CLAIMED_THE = re.compile(
    r"\b(?:claimed|announced|reported|confirmed|accepted|received)\s+the\s+(?:individual\s+)?$", re.I
)
_SURRENDER_OF = re.compile(
    r"\s+of\s+((?:[^,.;]|(?<=\d),(?=\d{3})){0,60}\b(?:soldiers|troops|police officers|policemen|personnel|members)\b"
    r"(?:\s+and\s+(?:their\s+)?(?:families|family members|relatives|dependants|dependents))?"
    r"(?:\s+of\s+(?:the\s+|a\s+)?[^,.;]{1,40})?)",
    re.I,
)


def claimed_surrender(verb: str, before: str, after: str) -> re.Match | None:
    """'claimed the surrender of as many as 300 soldiers' -> the match whose group 1 names who surrendered;
    None for any other verb or wording ('negotiating the surrender of', 'talks over the surrender of').

    >>> claimed_surrender("surrender", "The AA claimed the ", " of 1,200 soldiers at the base.").group(1)
    '1,200 soldiers'
    >>> claimed_surrender("surrender", "talks over the ", " of 60 troops broke down.") is None
    True
    """
    if verb.lower() != "surrender" or not _CLAIMED_THE.search(before[-90:]):
        return None
    return _SURRENDER_OF.match(after)


#: 'the report did not say when or where they had surrendered': no event told
_NOT_SAID = re.compile(
    r"\b(?:did not|didn't|does not|not)\s+(?:say|specify|state|mention|report|claim)\b"
    r"(?!\s+(?:any\s+)?(?:casualties|fatalities|deaths|injuries)\b(?!\s+or\s+(?:whether|when|where|how|if|who|what|say|specify|state|mention|reveal|disclose|details|"
    r"the\s+(?:date|day|time|place|number|names?))\b))"
    r"(?:(?!\bbut\b|,\s*and\b|\balthough\b|\bthough\b|\bwhile\b|,\s*said\b)[^.;])*$",
    re.I,
)
_THEY_HAD = re.compile(  # 'handed over eight soldiers it had captured': a capture of before, told in a relative clause
    r"\b(?:soldiers|troops|prisoners|members|officers|personnel|men)\s+(?:it|they|he|she)\s+had\s+$", re.I
)
_PROPOSED = re.compile(  # 'demanded that the soldiers, numbering about 40, lay down', not '..., 12 soldiers lay down'
    r"\b(?:propos\w+|suggest\w+|demand\w+|ask\w+|urg\w+|order(?:ed|s)?(?=\s+that))\b(?!\s+by)"
    r"(?:\s+that\b(?:[^.;,]|,(?!\s+\d))*|[^.;,]*)$",
    re.I,
)
#: 'gave the militia until the end of the month to hand over its weapons and surrender': an ultimatum
_GIVEN_UNTIL = re.compile(
    r"\bgave\b[^.;]{0,80}?\b(?:until|days?|hours?|weeks?|a deadline|an ultimatum|time)\b[^.;]{0,60}?\bto\s+"
    r"(?:[^\s,.;]+\s+){0,10}$",
    re.I,
)
#: 'asked for guarantees for their families before laying down their weapons': a condition, not an act
_BEFORE_DOING = re.compile(
    r"\b(?:asked|asking|demanded|demanding|wanted|sought|seeking|requested|requesting|insisted|insisting)\s+"
    r"(?:for\s+|on\s+)?[^.;]{0,40}?"
    r"\b(?:guarantees?|conditions?|assurances?|safe passage)\b[^.;]{0,60}\bbefore\s+$",
    re.I,
)
_IF_NOT_DONE = re.compile(
    r"^(?:(?!\b(?:who|which)\b)[^.;]){0,80}?\b(?:if|unless|rather than|instead of|in the coming|in the next)\b|"
    r"^\s+any\b",
    re.I,
)  # 'capturing them if ...'


#: 'troops shot dead three conscripts while deserting': the counted people were leaving (not 'a soldier shot his
#: commander while defecting', '9 police officers shot dead a fellow officer while surrendering')
_KILLED_THEM = re.compile(
    r"(?:^|[,;]|\bthat\b|\bsaid\b)(?!\s*(?:the\s+)?(?:an?|one|\d+|two|three|four|five|six|seven|eight|nine|ten)\s)"
    r"[^,;]{0,60}?\b(?:killed|shot(?:\s+dead)?|shot\s+and\s+killed|executed|gunned\s+down)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[^.;]{0,40}?\bwhile\s+$",
    re.I,
)


def _ing_not_done(verb: str, tail: str, before: str, after: str, told: bool) -> bool:
    """A gerund that tells no act: 'asked for guarantees before laying down their weapons', 'stopped PDF members
    crossing', 'was shot dead while defecting', 'had contacted it about defecting'."""
    if not verb.split()[0].lower().endswith("ing"):
        return False
    about = _ABOUT.search(before[-200:]) and not (told and not _IF_NOT_DONE.match(after))
    return bool(_BEFORE_DOING.search(tail) or _STOPPED.search(tail) or _KILLED_THEM.search(tail) or about)


def not_this_events(kind: str, verb: str, before: str, after: str, date: str = "", earlier: str = "") -> str:
    """Why the verb states no fact of this event (background, not done, a total, a description), or ''
    (``date``: the event's, to tell an earlier act: 'had captured 6 soldiers in late March'; ``earlier``: the
    sentences before, to tell a later one: 'took the camp on 15 July' of an event of 12 July)."""
    tail = before[-90:].rstrip("'\"‘“")  # "people who had 'returned to the legal fold'"
    if kind == "fled" and escaped(verb, after, tail):
        return "escaped"
    if kind in ("fled", "deserted") and _WHOSE_RESIDENTS.search(tail):
        return "civilians"  # 'set up a camp in the abandoned village, whose residents fled in March'
    if kind in ("fled", "deserted") and not_enlisted(kind, tail, after):
        return "civilians"  # 'conscripts due to report for training fled ... before they were enlisted'
    if kind == "fled" and (why := fled_from_no_side(after, tail)):
        return why  # 'fled the scene' of a crime; 'escaped back to their camp'
    told = kind == "captured" and verb[-3:] == "ing" and _TOLD_OF.search(tail)  # 'a statement on capturing'
    praised = tail.rstrip().endswith("for") and _PRAISED.search(tail)  # 'praised the PDF for capturing'
    if earlier_act(kind, verb, before, tail, after, date, bool(told or praised)):
        return "background"  # 'had been captured ... in July 2024', 'Earlier in the month, ...'
    if told_later(before, date, earlier + before):
        return "background"  # 'The TNLA took the camp on 15 July, saying it captured 30' in a note of 12 July
    if background(before, after, tail, bool(praised), date) or _THEY_HAD.search(tail):  # 'soldiers it had captured'
        return "background"
    if why := no_act_of_its_own(verb, tail, earlier + before, after):
        return why
    if (
        only_meant(verb, tail)
        or seen(_DENIED, before[-300:], _DENIED_WORDS)
        or _NONE.search(tail)
        or "discuss" in tail
        and (_TO_DISCUSS.search(tail) or verb.split()[0].lower().endswith("ing") and _DISCUSSED_TOO.search(tail))
        or _ANY.search(tail)  # 'any unit handing over a camp'
        or untrue(before, after)
        or "unconfirmed number" in tail
        and _UNCONFIRMED.search(tail)
        or (verb.lower().startswith(("giving", "given")) or tail.endswith(" against "))
        and _RATHER.search(tail)  # 'warned militia members against surrendering'
        or (verb.lower() in ("surrender", "defect", "surrendering") or verb.lower().startswith(("giving", "cut ")))
        and _ASKED.search(ASIDE.sub(" ", before[-200:]))
        or verb.lower().startswith("lay down")
        and _PROPOSED.search(before[-200:])
        or not verb.lower().endswith(("ed", "ing"))
        and _GIVEN_UNTIL.search(before[-200:])
        or verb.lower() in ("surrender", "defect", "desert", "deserting", "defecting")
        and _HELPING.search(tail)  # 'accused of helping soldiers defect to the resistance'
        or _ing_not_done(verb, tail, before, after, bool(told))
        or _ANY_WHO.search(tail)
        and _WOULD.match(after)
        or ("if " in tail or "unless " in tail or "until " in tail)
        and _IF.search(tail)
        or " not " in tail
        and _NOT_SAID.search(tail)
    ):
        return "not done"
    if a_total(before, after, date):
        return "a total"  # 'a leader of the NUG said 15 soldiers defected in February': a claim, not an event
    if (
        describes_a_place(kind, tail, verb, after)
        or verb.lower() in ("surrender", "surrenders")
        and (_NOUN.search(tail) or _THE_INDIVIDUAL.search(tail))
        and not claimed_surrender(verb, before, after)
        or verb.lower() == "surrendered"
        and _SURRENDERED_PEOPLE.match(after)
        and _TREAT.search(tail)
    ):
        return "a description"
    return ""
