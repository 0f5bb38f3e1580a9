"""The words of ACLED's notes: who a phrase names, and how many it counts (used by :mod:`.acled_select`).

Who: the earliest name in the words decides ("two soldiers from a police station" are soldiers, "a unit
commander of the People's Defense Force" is resistance). A generic noun (member, commander, leader) names
nobody by itself. Soldiers and police named together are ``junta_personnel``.

How many: a figure is read only where it counts people the notes name ("two soldiers", "a police lance
corporal", "about 30 military soldiers", "11 others"); people named after "including" are a part of the
figure, never added; relatives are never people of a figure. Vague words ("some", "several", "dozens")
give no count, and the note says so.

>>> count_in("a Myanmar military sergeant and five military soldiers from a battalion")
('6', "count 6 is the sum of 'a Myanmar military sergeant' and 'five military soldiers' in ACLED's notes")
>>> count_in("About 30 military soldiers")
('About 30', '')
>>> count_in("several soldiers, including a battalion commander")
('', "ACLED's notes say 'several soldiers': no figure, count left empty")
>>> actor_in("a unit commander of the People's Defense Force - Kale District")
'resistance'
"""

from __future__ import annotations

import re

from ..errors import ParseError
from ..parse.counts import parse_count

_RANKS = (
    r"lance corporals?|corporals?|sergeants?|senior sergeants?|warrant officers?|privates?|captains?|majors?|"
    r"lieutenant colonels?|lieutenants?|colonels?|brigadier generals?|major generals?"
)
#: Nouns that name people a figure can count.
PERSON = (
    rf"soldiers?|troops?|personnel|police officers?|policem[ae]n|officers?|members?|militiam[ae]n|"
    rf"conscripts?|recruits?|servicem[ae]n|{_RANKS}|commanders?|cadres?|fighters?|deserters?|defectors?|"
    r"prisoners?(?: of war)?|others|ones"
)
_WORD_NUMBERS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|a dozen"
)
_QUALIFIER = (
    r"(?:a total of\s+)?(?:(?:at least|more than|over|about|around|nearly|almost|approximately|roughly|"
    r"an estimated|up to|some)\s+)?"
)
_VAGUE = r"some|several|many|a few|dozens of|hundreds of|scores of|numerous|a number of|an unspecified number of"
#: "<figure> [up to six words] <people>" or "a/an/the/one [words] <person>"; group 'q' is the figure.
PHRASE = re.compile(
    rf"\b(?P<q>{_QUALIFIER}(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUMBERS})|a single|an|a|the|{_VAGUE})"
    rf"(?P<mid>(?:\s+(?!and\b|or\b|including\b|who\b|from\b|of\b)[\w'’()./-]+){{0,6}}?)\s+"
    rf"(?P<noun>{PERSON})\b",
    re.I,
)
_SUBSET = re.compile(r"\b(?:including|includ(?:es|ed)|among them|among whom|such as)\b", re.I)
_FAMILY = re.compile(r"\b(?:wife|wives|daughters?|sons?|famil(?:y|ies)|relatives|children|child|husband)\b", re.I)

_RESISTANCE = re.compile(
    r"\b(?:PDF|People'?s Defen[cs]e (?:Force|Army)|LDF|local (?:people'?s )?defen[cs]e forces?|resistance|NUG|"
    r"Chinland Defen[cs]e Force|CDF|combined (?:force|troops)|joint forces?|guerrilla)",
    re.I,
)
_ARMED_GROUP = re.compile(
    r"\b(?:KIA|KIO|KNLA|KNU|KNDO|TNLA|MNDAA|Arakan Army|ULA|AA|KNDF|KNPP|Karenni Army|CNF|CNA|SSPP|RCSS|UWSA|"
    r"NDAA|PNLO|ABSDF|MNLA|DKBA|Shanni|SNA|ULFA|Kachin Independence|splinter|faction|ethnic armed)\b",
    re.I,
)
#: a named army that is not the Myanmar military ("Karen National Liberation Army", "Bamar Army")
_NAMED_ARMY = re.compile(r"\b(?!Myanmar\b)[A-Z][\w'’]+(?: (?:[A-Z][\w'’]+|of))* Army\b")
_CIVILIANS = re.compile(
    r"\b(?:locals?|villagers?|civilians?|residents?|people|IDPs|inmates?|(?:young |old )?m[ae]n|wom[ae]n|boys?|girls?|"
    r"monks?|administrators?|director|staff)\b",
    re.I,
)
_MILITIA = re.compile(r"\b(?:Pyu Saw Htee|People'?s Militia|PMF|militia(?:m[ae]n)?)\b", re.I)
_POLICE = re.compile(r"\bpolice(?!\s+(?:station|battalion|headquarters|post|outpost))|\bpolicem[ae]n\b", re.I)
_JUNTA = re.compile(
    rf"\b(?:soldiers?|troops?|Myanmar military|military|junta|regime|Tatmadaw|SAC|military council|navy|"
    rf"air force|conscripts?|servicem[ae]n|{_RANKS}|personnel)\b",
    re.I,
)
_CATEGORIES = (
    ("resistance", _RESISTANCE),
    ("armed_group", _ARMED_GROUP),
    ("armed_group", _NAMED_ARMY),
    ("militia", _MILITIA),
    ("police", _POLICE),
    ("junta_army", _JUNTA),
    ("civilians", _CIVILIANS),
)


def actor_in(words: str) -> str:
    """The project actor the words name first; '' when they name none.

    >>> actor_in("two Myanmar military soldiers from Wet Lu police station"), actor_in("a police lance corporal")
    ('junta_army', 'police')
    >>> actor_in("about 20 military soldiers and police"), actor_in("KIA troops")
    ('junta_personnel', 'armed_group')
    """
    found: dict[str, int] = {}
    for name, pattern in _CATEGORIES:
        if m := pattern.search(words):
            found[name] = min(found.get(name, m.start()), m.start())
    if not found:
        return ""
    first = min(found, key=found.get)
    if first in ("junta_army", "police") and re.search(r"\bsoldiers?\s+and\s+police|police\s+and\s+soldiers", words):
        return "junta_personnel"
    return first


def _phrases(words: str) -> list[re.Match]:
    """Figure phrases of the people the words name, without those after 'including' (parts of a figure)."""
    out = []
    subset_from = m.start() if (m := _SUBSET.search(words)) else len(words)
    for m in PHRASE.finditer(words):
        if m.start() >= subset_from:
            # a list after 'including' ends at the next comma that is followed by no further name
            rest = words[subset_from : m.start()]
            if "," not in rest or _SUBSET.search(words[m.start() - 12 : m.start()]):
                continue
        if _FAMILY.search(m.group(0)):
            continue
        singular = m.group("q").lower() in ("a", "an", "the", "a single")
        plural_noun = m.group("noun").lower().endswith(("s", "men", "personnel", "war"))
        if singular and plural_noun and m.group("noun").lower() != "prisoner of war":
            continue  # 'the troops', 'a ... soldiers': no figure
        out.append(m)
    return out


def bare_count(words: str) -> str:
    """The figure of a clause whose subject is only a figure ('and 9 were captured'); '' otherwise.

    >>> bare_count(" and 9 "), bare_count(" and some of them "), bare_count("two soldiers")
    ('9', '', '')
    """
    m = re.fullmatch(
        rf"\s*(?:and|but|while|,)?\s*(?P<q>{_QUALIFIER}(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{_WORD_NUMBERS}))"
        r"(?:\s+(?:of them|more|others))?\s*(?:also\s+)?",
        words,
        re.I,
    )
    return m.group("q") if m else ""


def count_in(words: str) -> tuple[str, str]:
    """(count text, note) for the people the words name; ('', why) when they give no figure."""
    phrases = _phrases(words)
    if not phrases and bare_count(words):
        return bare_count(words), ""
    if not phrases:
        return "", "no figure for the people in ACLED's notes: count left empty"
    vague = [m for m in phrases if re.fullmatch(_VAGUE, m.group("q"), re.I)]
    if vague and len(vague) == len(phrases):
        return "", f"ACLED's notes say {vague[0].group(0)!r}: no figure, count left empty"
    texts, said = [], []
    for m in phrases:
        if m in vague:
            continue
        q = m.group("q")
        text = m.group(0) if q.lower() in ("a", "an", "the", "a single") else re.sub(r"(?i)^a total of\s+", "", q)
        try:
            parse_count(text)
        except ParseError:
            continue
        texts.append(text)
        said.append(m.group(0))
    if len(texts) == 1:
        return texts[0], ""
    if not texts:
        return "", "no figure for the people in ACLED's notes: count left empty"
    counts = [parse_count(t) for t in texts]
    if any(c.qualifier != "exact" for c in counts):
        return "", f"ACLED's notes give {' and '.join(map(repr, said))}: not added, count left empty"
    total = sum(c.best for c in counts)
    return str(total), f"count {total} is the sum of {' and '.join(map(repr, said))} in ACLED's notes"
