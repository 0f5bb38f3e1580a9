"""How the figures of several groups of people in an ACLED note make one count, for :mod:`.acled_words`: added
('two soldiers and three police officers': 5), one group named twice ('an air force technician, a corporal from the
air base,': 1), or a figure and its breakdown ('five members of the security forces, three soldiers and two police
officers': 5); one vague figure among exact ones keeps its word ('a major and about 50 of his men': about 51);
two vague figures are never added.

>>> total_of([("two", "two soldiers"), ("three", "three police officers")], "two soldiers and three police officers")
('5', "count 5 is the sum of 'two soldiers' and 'three police officers' in ACLED's notes")
>>> total_of([("five", "five members"), ("three", "three soldiers"), ("two", "two police officers")],
...          "five members of the security forces, three soldiers and two police officers")
('five', '')
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import ParseError
from ..parse.counts import TITLED_NAME, Count, parse_count
from .acled_text import RANKS

#: one vague figure among exact ones keeps its word: 'a major and about 50 of his men' is about 51
_BOUND_WORDS = {"about": "about", "close_to": "nearly", "more_than": "more than", "at_least": "at least"}


#: 'their commander, a major': one man, named by his post and then his rank
_ONE_MAN_TWICE = re.compile(
    r"(?:the|their|its|his) (?:[\w-]+ ){0,3}?(?:commander|leader|chief|head|deputy|driver|bodyguard), "
    rf"an? (?:police |army |navy )?(?:{RANKS})\b",
    re.I,
)


@lru_cache(maxsize=4096)
def parsed_count(text: str) -> Count | None:
    """parse_count, or None for text that is no count (figure phrases recur: 'two', 'a soldier')."""
    try:
        return parse_count(text)
    except ParseError:
        return None


def _same_total(parts: list[tuple[str, str]], words: str = "") -> bool:
    """The first figure equals the sum of the exact figures after it, all people of one service ('two police
    officers, a police sergeant and a constable'; not 'two soldiers, one police officer and one militiaman')."""
    counts = [parsed_count(figure) for figure, _ in parts]
    services = {_service(phrase) for _, phrase in parts} - {""}
    of = re.escape(parts[0][1])
    collective = not _service(parts[0][1]) and re.search(r"\b(?:members|personnel|forces)\b", parts[0][1], re.I)
    collective = collective and re.search(rf"{of}(?: of the (?:security|junta|regime)[\w'’ ]*)?,", words, re.I)
    return (
        (len(services) <= 1 or bool(collective))  # 'five members of the security forces, three soldiers and two police'
        and all(c.qualifier == "exact" for c in counts)
        and counts[0].best == sum(c.best for c in counts[1:])
    )


def _service(phrase: str) -> str:
    """The service a phrase names ('' for a rank alone: 'a lance corporal' takes the service named before it)."""
    low = phrase.lower()
    if "police" in low or "constable" in low:
        return "police"
    return "militia" if "militia" in low else "army" if re.search(r"soldier|troop|army|military", low) else ""


def total_of(parts: list[tuple[str, str]], words: str) -> tuple[str, str]:
    """(count text, note) for the (figure, phrase) groups ``words`` count, each with a figure."""
    if (
        len(parts) == 2
        and all(parsed_count(f).best == 1 for f, _ in parts)
        and f"{parts[0][1]}, {parts[1][1]}" in words
    ):
        parts = parts[:1]  # 'an air force technician, a corporal from the air base,': one man, named twice
    parts = [
        p
        for i, p in enumerate(parts)
        if not (
            i
            and _ONE_MAN_TWICE.match(f"{parts[i - 1][1]}, {p[1]}")
            and re.search(rf"{re.escape(f'{parts[i - 1][1]}, {p[1]}')}[^,;.]{{0,40}},", words)
        )
    ]  # '70 soldiers and their commander, a major of IB-34,': the commander is the major (not '..., a medic,')
    parts = [
        p
        for i, p in enumerate(parts)
        if not (
            i
            and re.search(rf"{re.escape(parts[i - 1][1])}[^,;.]{{0,40}}, {re.escape(p[1])}", words)
            and any(
                TITLED_NAME.fullmatch(a) and b.lower().startswith(("the ", "a ", "an "))
                for a, b in ((parts[i - 1][1], p[1]), (p[1], parts[i - 1][1]))
            )
        )
    ]  # 'Lieutenant Colonel Zaw Min Htike, the commander of LIB-348, and his deputy' (or the other way): one man
    first_then = (  # ', a sergeant and ...', ' -- a sergeant and ...'
        f"{re.escape(parts[0][1])}[^,;.]{{0,40}}(?:,|\\s+[-–—]{{1,2}}) {re.escape(parts[1][1])}"
        if len(parts) > 2
        else ""
    )
    if first_then and _same_total(parts, words) and re.search(first_then, words):
        parts = parts[:1]  # 'two police officers, a police sergeant and a constable,': the two, named one by one
    if len(parts) == 1:
        return parts[0][0], ""
    if not parts:
        return "", "no figure for the people in ACLED's notes: count left empty"
    counts = [parsed_count(figure) for figure, _ in parts]
    said = " and ".join(repr(phrase) for _, phrase in parts)
    vague = [c for c in counts if c.qualifier != "exact"]
    if len(vague) > 1 or vague and vague[0].qualifier not in (*_BOUND_WORDS, "up_to", "range"):
        return "", f"ACLED's notes give {said}: not added, count left empty"
    exact = sum(c.best for c in counts if c.qualifier == "exact")
    one = vague[0] if vague else None
    if one is None:
        text = str(exact)
    elif one.qualifier == "up_to":
        text = f"up to {one.high + exact}"  # 'up to 20 soldiers and a captain': up to 21
    elif one.qualifier == "range":
        text = f"{one.low + exact}-{one.high + exact}"  # 'between 20 and 30 soldiers and their commander': 21-31
    else:
        text = f"{_BOUND_WORDS[one.qualifier]} {one.best + exact}"
    return text, f"count {text} is the sum of {said} in ACLED's notes"


#: where a place is, after its noun: 'the camp at Nat Gyi hill', 'the outpost near the bridge'
_WHERE_NEXT = re.compile(
    r"\s+(?:at|in|near|on|of|from|along|by|outside|above)\s+(?:the\s+)?"
    r"((?:(?!(?:the|an?|and|or|on|in|at|to|by|with|from|that|same|hours?|days?|later|after|before)\b)[\w'’-]+\s*){1,3})",
    re.I,
)


_PLACE_WORDS = {"village", "town", "hill", "camp", "post", "outpost", "station", "base", "battalion", "river", "road"}


def another_place(words: str, start: int, end: int) -> bool:
    """True when 'the camp' at ``words[start:end]`` is told where it is, in words not told before it: another place
    ('an outpost near Loikaw University and the outpost at Nan Ma Khon'), not one named again ('withdrew from the
    Shadaw police station, and the KNDF took over the station at Shadaw').

    >>> another_place("the Kyauk Hpyu camp and the camp at Nat Gyi hill", 24, 32)
    True
    >>> another_place("the Shadaw police station, and the KNDF took over the station at Shadaw", 49, 60)
    False
    """
    where = _WHERE_NEXT.match(words, end)
    named = (
        [w for w in where.group(1).lower().split() if (len(w) >= 3 or w.isdigit()) and w not in _PLACE_WORDS]
        if where
        else []
    )
    told = words[:start].lower()  # 'the station in the town' names no other place; 'the camp of Battalion 352' does
    return bool(named) and not all(re.search(rf"\b{re.escape(w)}\b", told) for w in named)
