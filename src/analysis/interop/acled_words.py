"""The words of ACLED's notes: how many a phrase counts (used by :mod:`.acled_select`; who it names is
:mod:`.acled_who`).

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
"""

from __future__ import annotations

import re

from .acled_nouns import APPOSED_FIGURE, COMMANDED_BY, PERSON, WORD_NUMBERS, named_again, named_officer
from .acled_sums import parsed_count, total_of
from .acled_text import (
    ANYONE_WORDS,
    RELATIVE,
    RELATIVE_WORDS,
    RELATIVES,
    idle_spans,
)

_QUALIFIER = (
    r"(?:a total of\s+)?(?:(?:at least|more than|over|upwards of|about|around|nearly|almost|approximately|roughly|"
    r"an estimated|up to|some)\s+)?"
)
_NUMBER_WORD = re.compile(rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:[-–]\d+|-odd)?|{WORD_NUMBERS})")  # "20-25": a range
_ARTICLES = ("a", "an", "the")
#: an officer named by title and name: 'Captain Thet Naing Oo', 'Police Lieutenant Zaw Min Htike' (one person)
#: 'under the command of Major Kyaw Soe', 'led by Captain ...': the officer names whose men they are, not one more
_POSSESSIVE = ("his", "their", "its", "her")
_UNIT_WORDS = {"lib", "ib", "lid", "moc", "no", "no.", "battalion", "brigade", "division", "regiment"}
_ONE_MORE = ("his", "her", "its", "their", "another")  # before a noun in the singular: one person ('their commander')
_FORCES = {"military", "army", "police", "junta", "regime"}
#: the last and first words of two forces' names joined by 'and' before their people: '60 Pyu Saw Htee and People's
#: Militia members', 'about 40 PDF and KNDF fighters' (one group, one figure; 'police' only second: first, it is a
#: noun of its own)
_NAMES = {"military", "army", "htee", "militia", "people's", "bgf", "pdf", "kndf", "knla", "kia", "tnla", "aa", "mndaa"}
_NAMES_OR_FORCES = _NAMES | _FORCES
#: between two nouns for people, the first only names the second ('the deputy battalion commander')
_MODIFIER = re.compile(
    r"(?:['’]s?)?[\s-]*(?:(?!(?:and|or|of|on|at|in|from|to|with|by|for|as|including|among|a|an|the|his|their|its|"
    r"alongside|besides|plus|then|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"[a-z]+[\s-]+){0,2}"
)
_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the)\b[^,;]*")
#: a word before the first of a figure's that belongs to it: 'upwards of 60', 'no fewer than 60', 'no more than 20'
_ONE_MORE_WORD = {("upwards", "of"), *((no, w) for no in ("no", "not") for w in ("fewer", "less", "more"))}
_PART_OF = {"half", "third", "quarter", "most", "some", "many", "few", "several", "part"}
_VAGUE_WORDS = {"some", "several", "many", "numerous", "few", "dozens", "hundreds", "scores", "number", "unspecified"}
#: words that may stand before a figure and belong to it ('about 30', 'more than 50', 'a total of 20')
_LEADING = frozenset(
    "fewer less as many about around nearly almost approximately roughly over than more at least up to an close "
    "estimated a total of some".split()
)
#: words a figure phrase never runs across
_STOP = frozenset(
    "and or including includes included who from of with by among such as were was had have has in at on alongside "
    "to the that which while".split()
)
_TOKEN = re.compile(r"\S+")
#: people with no figure joined to 'their' one: 'soldiers and their commander' (no figure for all of them)
_WITH_THEIR = re.compile(
    r"\b(?:soldiers|troops|members|police|personnel|men|militiam[ae]n|policem[ae]n|conscripts|recruits|column|unit|"
    r"company|battalion|lib[\s-]*\d+|ib[\s-]*\d+)\s*,?\s+(?:and|with|along with|together with)\s+(?:their|its)\b",
    re.I,
)
_SIZE_OF = {f"{d}-" for d in "0123456789"}  # 'a 15-member unit': its size, not a member
_N_STRONG = re.compile(
    r"\b(?:an?|the|its|their|his)\s+"
    rf"((?:(?:roughly|about|around|some|nearly|almost|an estimated)\s+)?(?:\d[\d,]*|{WORD_NUMBERS}))"
    r"-(?:member|strong|man)\b",
    re.I,
)  # 'the two-man crew', 'its four-man crew', 'a roughly 60-strong column'
#: 'its nine members, from the officer in charge down to the youngest constable,': who they are, no one more
_FROM_TO = re.compile(r",\s*from\s+the\s+[^,;.]{1,60}?\s+(?:down\s+|up\s+)?to\s+the\s+[^,;.]{1,60}?(?=,|$)", re.I)
_UNIT_OF = re.compile(  # 'a BGF company of about 40 men': the unit's men
    rf"\b(?:company|platoon|column|unit|battalion|group|detachment)\s+of\s+({_QUALIFIER}(?:\d+|{WORD_NUMBERS}))\s+"
    r"(?:men|members|personnel|fighters)\b",
    re.I,
)
_NUMBERING = re.compile(
    rf"(?:,\s*|\b(?:column|troops|soldiers|forces?|unit|group|members|personnel)\s+)numbering\s+"
    rf"({_QUALIFIER}(?:\d{{1,3}}(?:,\d{{3}})+|\d+|a\s+(?:hundred|thousand)|{WORD_NUMBERS}))\b",
    re.I,
)
#: a figure beside a group after a comma ("the local Pyu Saw Htee, about 15 men,", "the soldiers, 20 in all,")
_APPOSED_FIGURE = re.compile(
    rf",\s*({_QUALIFIER}(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_NUMBERS}))\s+"
    r"(?:(?:men|members)(?:\s+(?:in all|in total|all told))?|in all|in total|all told)\s*(?:,|$)",  # '18 men in all,'
    re.I,
)
#: people named again between dashes after those counted: 'three soldiers of IB-14 -- the clerk, a storekeeper and an
#: orderly --', 'a police inspector, his deputy -- a sub-inspector -- and their driver' (no one more)
_DASHED_AGAIN = re.compile(
    rf"\s+(?:--|—|–|-)\s+(?=(?:the|an?|his|her|its|their|\d+|{WORD_NUMBERS})\b)(?:(?!--|\s-\s)[^—–]){{1,100}}?\s+"
    r"(?:--|—|–|-)(?=\s|$)"
)  # people named, not 'a navy lieutenant -- together with five ratings --' nor '-- who brought 20 soldiers --'
_KIN_WORD = re.compile(rf"\b(?:{RELATIVES})\b", re.I)  # a word, not 'son' in 'personnel'
_ANYONE = re.compile(rf"\b(?:{'|'.join(ANYONE_WORDS)})\b")
_A_TOTAL = re.compile(r"(?i)^a total of\s+")
_BARE = re.compile(
    rf"\s*(?:and|but|while|,)?\s*(?:the\s+(?:remaining|other)\s+)?(?P<q>{_QUALIFIER}(?:\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_NUMBERS}))"
    r"(?:\s+(?:of them|more|others))?\s*(?:(?:also|then|later|eventually|finally|all)\s+)?",
    re.I,
)
#: people to count: PERSON, and trades named beside them ('three soldiers and a cook': 4; 'his second-in-command')
_TRADES = r"cooks?|clerks?|drivers?|mechanics?|storekeepers?|second-in-command"
_NOUN = re.compile(rf"\b(?:{PERSON.lower()}|(?<!civilian )(?P<trade>{_TRADES}))\b")
_SUBSET = re.compile(r"\b(?:including|includ(?:es|ed)|among them|among whom|such as|led by)\b")


def _figure_at(tokens: list[re.Match], noun: str) -> int | None:
    """Which of the tokens before a noun opens its figure ('about 30', 'a', 'his'), scanning back to a stop; None
    when none does ('five of the militia' names none)."""
    for i in range(len(tokens) - 1, -1, -1):
        raw = tokens[i].group(0)
        tok = raw.strip("()'\"‘’“”")
        after_and = tokens[i + 1].group(0) if i < len(tokens) - 1 else noun
        left = tokens[i - 1].group(0) if tok == "and" and i > 0 else ""
        if left and ({left, after_and} <= _FORCES or left in _NAMES and after_and in _NAMES_OR_FORCES):
            continue  # 'around 20 military and police personnel', 'over 100 military and police': one group
        if raw.endswith((",", ";", ":", ".")) or (tok in _STOP and tok not in _ARTICLES):
            if tok == "of" and i > 0 and tokens[i - 1].group(0) in ("dozens", "hundreds", "scores", "number"):
                return i - 1
            return None
        if tok in (*_POSSESSIVE, "the") and i > 1 and tokens[i - 1].group(0) == "of":
            return i - 2 if _NUMBER_WORD.fullmatch(tokens[i - 2].group(0)) else None  # 'five of his men'
        if i and _NUMBER_WORD.fullmatch(tok) and tokens[i - 1].group(0).lower() in _UNIT_WORDS:
            continue  # 'LIB 234 soldiers': a unit's number, not a figure
        if _NUMBER_WORD.fullmatch(tok) or tok in _ARTICLES or tok in _VAGUE_WORDS or tok in _ONE_MORE:
            return _partitive(tokens, i)  # 'his deputy' is one person, as 'a deputy' is; 'five of the 40 soldiers'
    return None


_SCALE = ("hundred", "thousand", "dozen")


def _compound(tokens: list[re.Match], found: int) -> tuple[int, int]:
    """The first and last token of a figure in words around the one found: 'one hundred and twelve' (found at
    'twelve'), 'two hundred' (found at 'two'); (found, found) for any other figure."""
    said = [t.group(0) for t in tokens]
    if 1 <= found < len(said) - 1 and said[found - 1 : found + 2] == ["half", "a", "dozen"]:
        return found - 1, found + 1  # 'half a dozen soldiers': 6
    if found >= 3 and said[found - 1] == "and" and said[found - 2] in _SCALE and _NUMBER_WORD.fullmatch(said[found]):
        if _NUMBER_WORD.fullmatch(said[found - 3]) or said[found - 3] == "a":
            return found - 3, found
    if found + 1 < len(said) and said[found + 1] in _SCALE and _NUMBER_WORD.fullmatch(said[found]):
        return found, found + 1
    return found, found


def _partitive(tokens: list[re.Match], found: int) -> int:
    """Where the figure of 'N of the 40 soldiers' opens: at N ('five of', 'half of'), else where it was found."""
    said = [t.group(0) for t in tokens[max(0, found - 3) : found]]
    if len(said) < 3 or said[1:] != ["of", "the"]:
        return found
    return found - 3 if said[0] in _PART_OF or _NUMBER_WORD.fullmatch(said[0]) else found


def _of_a_figure(low: str, n: re.Match, idle: list) -> bool:
    """A noun that may be counted: not of people who serve no side ('two former soldiers'), not a unit's size ('a
    15-member unit': count_in reads it), not a part named after the whole ('four soldiers, a sergeant among them')."""
    if any(a <= n.start() < b for a, b in idle) or low[max(0, n.start() - 2) : n.start()] in _SIZE_OF:
        return False
    part = any(s.start() < n.start() for s in _SUBSET.finditer(low)) or "among them" in low[n.end() :][:40]
    if n["trade"] and part:
        return False  # '200 soldiers, among them cooks, clerks and the second-in-command': 200
    if low[n.start() - 1 : n.start()] == "-" and _N_STRONG.search(low, max(0, n.start() - 24), n.end()):
        return False
    return not low.startswith(" among them", n.end())


def _phrases(words: str) -> list[tuple[str, str, bool]]:
    """(figure, phrase, vague) for each group of people the words count; none after 'including' (a part)."""
    low = words.lower()
    subset = _SUBSET.search(low)
    out, part_end = [], -1
    idle = idle_spans(low)  # 'two former soldiers and three soldiers': three
    nouns = [n for n in _NOUN.finditer(low) if _of_a_figure(low, n, idle)]
    for i, n in enumerate(nouns):
        if i + 1 < len(nouns) and _MODIFIER.fullmatch(low, n.end(), nouns[i + 1].start()):
            continue  # 'the deputy leader': one person, named by the last noun
        if subset and n.start() > subset.start():
            between = low[subset.start() : n.start()]
            apposition = part_end > 0 and _APPOSITION.fullmatch(low, part_end, n.start())
            if "," not in between or _SUBSET.search(low[max(0, n.start() - 14) : n.start()]) or apposition:
                part_end = n.end()  # 'including the commander, a brigadier general,': one person, a part
                continue
        tokens = list(_TOKEN.finditer(low, max(0, n.start() - 160), n.start()))[-10:]
        offset = max(0, n.start() - 160)
        found = _figure_at(tokens, n.group(0))
        if found is None:
            if (named := named_officer(words, n)) is not None:
                out.append((named, named, False))
            continue
        start, last = _compound(tokens, found)
        opens = start  # the qualifier words go before the whole figure ('more than one hundred and twenty')
        while start > 0 and opens - start < 4 and tokens[start - 1].group(0).lstrip("('\"‘“") in _LEADING:
            start -= 1
        lead = [t.group(0).lower() for t in tokens[max(0, start - 2) : start + 1]]  # 'upwards of 60', 'no fewer than'
        start -= 1 if tuple(lead[-2:]) in _ONE_MORE_WORD else 2 if lead[:2] == ["upwards", "of"] else 0
        first = tokens[found].group(0).strip("()'\"‘’“”")
        if (opens, last) != (found, found):
            first = " ".join(t.group(0) for t in tokens[opens : last + 1])  # 'one hundred and twelve': a figure
        elif (
            first == "a" and found + 1 < len(tokens) and tokens[found + 1].group(0) in ("dozen", "hundred", "thousand")
        ):
            first, last = "a " + tokens[found + 1].group(0), found + 1  # 'a dozen members': 12; 'over a hundred'
        elif found >= 2 and _NUMBER_WORD.fullmatch(tokens[found - 2].group(0)):  # a range, never its top
            joint = tokens[found - 1].group(0)
            between = found >= 3 and tokens[found - 3].group(0) == "between"
            start = found - 3 if joint == "and" and between else found - 2 if joint in ("to", "-", "–") else start
        quoted = len(tokens[start].group(0)) - len(tokens[start].group(0).lstrip("('\"‘“"))  # "'a sergeant"
        phrase = words[offset + tokens[start].start() + quoted : n.end()]
        if COMMANDED_BY.search(words, 0, offset + tokens[found].start()):
            continue  # '12 police under the command of a police major': he leads them, no one more
        if RELATIVE.search(phrase):
            continue
        at = offset + tokens[start].start()
        prior = next((m for m in reversed(nouns[:i]) if m.end() <= at), None)  # not 'police' of 'a police captain'
        if prior and named_again(low, prior, out, first, at, n.end()):
            continue  # 'the commander of LIB-324, a lieutenant colonel,': one person named twice
        noun = n.group(0)
        if first in (*_ARTICLES, *_ONE_MORE):
            if found > 0 and tokens[found - 1].group(0) == "as" and (found < 2 or tokens[found - 2].group(0) != "well"):
                continue  # 'a major serving as a company commander': his post, not one more
            if noun.endswith(("s", "men", "personnel", "police")) and noun != "prisoner of war":
                if found > 0 and tokens[found - 1].group(0) == "and":
                    out.append(("", phrase, True))  # 'and his bodyguards': more people, with no figure
                continue  # 'the troops', 'of the KIA troops': no figure, and no one more
            out.append(
                (words[offset + tokens[found].start() + (quoted if found == start else 0) : n.end()], phrase, False)
            )
            continue
        figure = words[offset + tokens[start].start() + quoted : offset + tokens[last].end()]
        figure = _A_TOTAL.sub("", figure)
        if parsed_count(figure) is None and figure[:3].lower() == "of ":
            figure = figure[3:]  # 'a garrison of about 60 soldiers': about 60
        if parsed_count(figure) is None:
            figure = words[offset + tokens[found].start() : offset + tokens[found].end()]
        out.append((figure, phrase, first in _VAGUE_WORDS or first in _PART_OF or first == "dozens"))
    return out


def bare_count(words: str) -> str:
    """The figure of a clause whose subject is only a figure ('and 9 were captured'); '' otherwise.

    >>> bare_count(" and 9 "), bare_count(" and some of them "), bare_count("two soldiers")
    ('9', '', '')
    """
    m = _BARE.fullmatch(words)
    return m.group("q") if m else ""


def count_in(words: str) -> tuple[str, str]:
    """(count text, note) for the people the words name; ('', why) when they give no figure."""
    if words.strip().lower() == "another":
        return "another", ""  # 'another was captured': one more, as the record reads 'another'
    if apposed := APPOSED_FIGURE.search(words):
        return apposed.group(1) or apposed.group(2), ""  # 'The remaining troops, about 20, fled', not an age
    words = _FROM_TO.sub("", words) if ", from the " in words.lower() else words
    phrases = _phrases(words)
    dashed = phrases and ("-" in words or "—" in words or "–" in words) and _DASHED_AGAIN.search(words)
    if dashed and any(not vague for _, _, vague in _phrases(words[: dashed.start()])):
        words = words[: dashed.start()] + words[dashed.end() :]  # the people outside the dashes have a figure
        phrases = _phrases(words)
    if len(phrases) > 1 and _ANYONE.search(phrases[0][1]) and _SUBSET.search(words.lower()):
        phrases = phrases[:1]  # '15 people, including a soldier, two police officers and their families': 15
    elif len(phrases) > 1:  # 'two soldiers and their families, nine people in total': 'people' counts all of them
        phrases = [p for p in phrases if not _ANYONE.search(p[1])] or phrases
    if not phrases and bare_count(words):
        return bare_count(words), ""
    if len(phrases) == 1 and (strong := _N_STRONG.match(phrases[0][0])):
        return strong.group(1), ""  # 'the seven-man Pyu Saw Htee guard': seven, not the one guard
    if not phrases and (strong := _N_STRONG.search(words)):
        return strong.group(1), ""  # 'a 15-member militia unit'
    if not phrases and (unit := _UNIT_OF.search(words)):
        return unit.group(1), ""
    if not phrases and (numbering := _NUMBERING.search(words)):
        return numbering.group(1), ""  # 'the BGF, numbering about 40,'
    kin = any(w in words.lower() for w in RELATIVE_WORDS) and _KIN_WORD.search(words)  # 'with their families,'
    if not phrases and not kin and (apposed := _APPOSED_FIGURE.search(words)):
        return apposed.group(1), ""  # 'the local Pyu Saw Htee, about 15 men,'

    if not phrases:
        return "", "no figure for the people in ACLED's notes: count left empty"
    if all(vague for _, _, vague in phrases):
        return "", f"ACLED's notes say {phrases[0][1]!r}: no figure, count left empty"
    parts = [(figure, phrase) for figure, phrase, vague in phrases if not vague and parsed_count(figure) is not None]
    if parts and all(f.lower().startswith(("their ", "its ")) for f, _ in parts) and _WITH_THEIR.search(words):
        return "", "no figure for the people in ACLED's notes: count left empty"  # 'soldiers and their commander'
    unnumbered = [phrase for _, phrase, vague in phrases if vague]
    if parts and unnumbered:  # 'the battalion commander and his bodyguards': no figure for all of them
        said = " and ".join(repr(phrase) for phrase in [*(p for _, p in parts), *unnumbered])
        return "", f"ACLED's notes give {said}, not all with a figure: count left empty"
    return total_of(parts, words)


def same_figure(first: str, then: str) -> bool:
    """The words count the same people: the same figure ('three soldiers' twice), or the same number told again
    of them ('a soldier ... crossed into Thailand', 'The soldier ... had fled').

    >>> same_figure("a soldier from LIB-275 ", "The soldier "), same_figure("a police captain ", "a constable ")
    (True, False)
    """
    figures = [count_in(first)[0], count_in(then)[0]]
    if figures[0] == figures[1]:
        return True
    return figures[1][:4].lower() == "the " and parsed_count(figures[0]) == parsed_count(figures[1])
