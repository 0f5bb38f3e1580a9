"""Counts as written -> low / best / high and a qualifier (after UCDP GED's low/best/high).

A bound is never turned into a point: "over 300" has no high, "around 30" has
no low. See ``vocab.QUALIFIERS`` for the full rule table.

>>> parse_count("at least 15")
Count(low=15, best=15, high=None, qualifier='at_least')
>>> parse_count("Around 30")
Count(low=None, best=30, high=None, qualifier='about')
>>> parse_count("a police lance corporal")  # one person named by an article
Count(low=1, best=1, high=1, qualifier='exact')
>>> parse_count("၃၈")  # Myanmar digits
Count(low=38, best=38, high=38, qualifier='exact')
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

import pandas as pd

from ..errors import ParseError


class Count(NamedTuple):
    low: int | None
    best: int | None
    high: int | None
    qualifier: str


UNKNOWN = Count(None, None, None, "unknown")

_MYANMAR_DIGITS = str.maketrans("၀၁၂၃၄၅၆၇၈၉", "0123456789")

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a dozen": 12,
    "half a dozen": 6,
    "a hundred": 100,
    "one hundred": 100,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000}

#: Prefix phrases -> qualifier, longest first so "more than" wins over "more".
_PREFIXES: list[tuple[str, str]] = sorted(
    [
        ("at least", "at_least"),
        *((f"{no} {fewer} than", "at_least") for no in ("no", "not") for fewer in ("fewer", "less")),  # 'no fewer than'
        *((f"{no} more than", "up_to") for no in ("no", "not")),  # 'no more than 20': at most 20
        ("a minimum of", "at_least"),
        ("more than", "more_than"),
        ("over", "more_than"),
        ("upwards of", "more_than"),
        ("in excess of", "more_than"),
        ("around", "about"),
        ("about", "about"),
        ("approximately", "about"),
        ("an estimated", "about"),
        ("estimated", "about"),
        ("roughly", "about"),
        ("some", "about"),
        ("approx.", "about"),
        ("c.", "about"),
        ("~", "about"),
        ("nearly", "close_to"),
        ("close to", "close_to"),
        ("almost", "close_to"),
        ("just under", "close_to"),
        ("up to", "up_to"),
        ("as many as", "up_to"),
        ("fewer than", "up_to"),
        ("less than", "up_to"),
        # words that stress a plain figure: 'All 41', 'altogether 74', 'risen to 255', 'a total of 30'
        ("all", "exact"),
        ("altogether", "exact"),
        ("in all", "exact"),
        ("a total of", "exact"),
        ("risen to", "exact"),
        ("rose to", "exact"),
        ("reached", "exact"),
        # the same qualifiers in the languages of stored translations (German, Spanish)
        ("ungefähr", "about"),
        ("etwa", "about"),
        ("rund", "about"),
        ("mehr als", "more_than"),
        ("unos", "about"),
        ("unas", "about"),
        ("alrededor de", "about"),
        ("más de", "more_than"),
        ("casi", "close_to"),
    ],
    key=lambda p: -len(p[0]),
)

#: Vague phrases and the lower bound they imply (None: no bound at all).
VAGUE: dict[str, int | None] = {
    "several dozen": 24,
    "dozens": 24,
    "dozens of": 24,
    "scores": 40,
    "scores of": 40,
    "several hundred": 200,
    "hundreds": 200,
    "hundreds of": 200,
    "thousands": 2000,
    "thousands of": 2000,
    "thousands and thousands": 2000,
    "many": None,
    "several": None,
    "a few": None,
    "a number of": None,
    "numerous": None,
}

#: Words that may follow a figure and are ignored ("1 million kyats", "41 troops").
_TRAILING = frozenset(
    "people persons soldiers troops personnel members police kyats kyat positions bases outposts "
    "units battalions men others fighters civilians relatives".split()
)

_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$")

#: One person or place named by an article: 'a soldier', 'a sergeant-major', 'its police outpost' = 1.
_ONE = re.compile(
    r"^(?:a|an|the|a single|one|another|his|her|its|their) (?:[\w'’().-]+[ -]){0,6}?(?:soldier|troop|officer|"
    r"police officer|policeman|member|outpost|camp|base|post|position|station|checkpoint|headquarters|garrison|bunker|"
    r"militiaman|conscript|recruit|serviceman|corporal|sergeant|private|captain|major|lieutenant|colonel|general|"
    r"commander|cadre|fighter|deserter|defector|prisoner|prisoner of war|person|man|woman|guard|leader|inspector|"
    r"sub-inspector|constable|deputy|sailor|seaman|airman|marine|rating|bodyguard|medic|gunner|sniper|technician|pilot|trainee|cadet|"
    r"chief|head|follower|combatant|policewoman|trooper|adjutant|signall?er|flight engineer|radio operator|orderly|"
    r"second-in-command|signalman|driver|cook|clerk|storekeeper|mechanic|"
    r"(?:(?<=army )|(?<=military )|(?<=navy )|(?<=naval )|(?<=force )|(?<=police ))(?:doctor|surgeon|nurse))$|"
    r"^another$"  # 'one was killed and another was captured': one more
)
#: an officer named by title and name ('captain thet naing oo', 'police lieutenant zaw min htike') = 1
TITLED_NAME = re.compile(
    r"(?i:(?:(?:Police|Second|First|Lance|Staff|Senior|Deputy|Major|Brigadier|Lieutenant)[ -])*"
    r"(?:Corporal|Sergeant|Private|Captain|Major|Lieutenant|Colonel|General|Inspector|Sub-Inspector|Constable|"
    r"(?<=Police )Officer|Warrant Officer))"  # 'police captain Than Zaw Oo' as 'Police Captain Than Zaw Oo'
    r"(?: (?!(?:And|Or|Of|From|With|In|At|On|To|The|Administration|Department|Office|School|Hospital|Damage|"
    r"Strike|Road|Street|Houses?|Security|Training|Market|Command|Headquarters|Battalion|Staff|Election|Secretary|"
    r"Administrative|Assembly|Manager|Affairs|Directorate|Court)\b)[A-Z][\w-]*){1,5}"
)


def _number(text: str) -> int | None:
    """A bare number in digits or words -> int, or None if ``text`` is not a number."""
    t = text.strip().lower().replace("\u00a0", " ")
    if not t:
        return None
    m = _NUMBER.match(t)
    if m:
        value = float(m.group(1).replace(",", ""))
        return int(value) if value.is_integer() else None
    parts = t.split()
    if len(parts) == 2 and parts[1] in _SCALES:
        base = 1 if parts[0] == "a" else _number(parts[0])  # 'a thousand'
        if base is None:  # '1.5 thousand'
            return int(round(float(parts[0]) * _SCALES[parts[1]])) if re.match(r"^\d+\.\d+$", parts[0]) else None
        return base * _SCALES[parts[1]]
    scaled = re.match(
        r"^(a|[a-z]+(?:-[a-z]+)?|\d+)\s+(hundred|thousand|dozen)(?:\s+and\s+([a-z]+(?:[- ][a-z]+)?|\d+))?$", t
    )
    if scaled and t not in _UNITS:  # 'two hundred', 'one hundred and twelve', 'a thousand and fifty', 'two dozen'
        head = 1 if scaled.group(1) == "a" else _number(scaled.group(1))
        scale = {"hundred": 100, "thousand": 1_000, "dozen": 12}[scaled.group(2)]
        tail = _number(scaled.group(3)) if scaled.group(3) else 0
        if head is not None and tail is not None and 0 < head < (10 if scale == 100 else 1_000) and tail < scale:
            return head * scale + tail
    if t in _UNITS or t == "both":  # 'both camps' is two
        return _UNITS.get(t, 2)
    if t in _TENS:
        return _TENS[t]
    m = re.match(r"^([a-z]+)[- ]([a-z]+)$", t)
    if m and m.group(1) in _TENS and m.group(2) in _UNITS and _UNITS[m.group(2)] < 10:
        return _TENS[m.group(1)] + _UNITS[m.group(2)]
    return None


def _strip_trailing(t: str) -> str:
    words = t.split()
    while len(words) > 1 and words[-1] in _TRAILING:
        words.pop()
    return " ".join(words)


def parse_count(text: object) -> Count:
    """Parse a count as a curator typed it.

    Raises :class:`~analysis.errors.ParseError` for anything that is not a count
    (free text, negative numbers). Empty or missing input is ``unknown``.

    >>> parse_count("More than 400")
    Count(low=400, best=400, high=None, qualifier='more_than')
    >>> parse_count("close to 100")
    Count(low=None, best=100, high=100, qualifier='close_to')
    >>> parse_count("18 or 23")
    Count(low=18, best=None, high=23, qualifier='range')
    >>> parse_count("several dozen")
    Count(low=24, best=None, high=None, qualifier='vague')
    >>> parse_count("Between 700 to 800")
    Count(low=700, best=None, high=800, qualifier='range')
    >>> parse_count("ungefähr 40"), parse_count("40-odd")
    (Count(low=None, best=40, high=None, qualifier='about'), Count(low=None, best=40, high=None, qualifier='about'))
    """
    if text is None or (isinstance(text, float) and math.isnan(text)) or text is pd.NA:
        return UNKNOWN
    if isinstance(text, bool):
        raise ParseError(f"not a count: {text!r}")
    if isinstance(text, int):
        if text < 0:
            raise ParseError(f"a count cannot be negative: {text!r}")
        return Count(text, text, text, "exact")
    raw = str(text)
    t = raw.translate(_MYANMAR_DIGITS).strip().lower()
    t = re.sub(r"\s+", " ", t)
    if t == "":
        return UNKNOWN
    if t.startswith("-") or t.startswith("minus "):
        raise ParseError(f"a count cannot be negative: {raw!r}")
    t = _strip_trailing(t)
    if t in VAGUE:
        return Count(VAGUE[t], None, None, "vague")
    if _ONE.match(t) or TITLED_NAME.fullmatch(raw.strip()):
        return Count(1, 1, 1, "exact")
    n = _number(t)
    if n is not None:
        return Count(n, n, n, "exact")
    for phrase, qualifier in _PREFIXES:
        if t.startswith(phrase + " ") or (phrase == "~" and t.startswith("~")):
            n = _number(t[len(phrase) :].strip())
            if n is None:
                break
            return _qualified(n, qualifier)
    m = re.match(r"^(.+?)(?:-odd| odd| or so)$", t)  # '40-odd', 'twenty-odd', 'a dozen or so': about that many
    if m and _number(m.group(1)) is not None:
        return _qualified(_number(m.group(1)), "about")
    m = re.match(r"^(.+?) or (?:more|above)$", t) or re.match(r"^(\d+)\s*\+$", t)
    if m and _number(m.group(1)) is not None:
        return _qualified(_number(m.group(1)), "at_least")
    if t.startswith("between "):  # 'between 700 and 800', 'Between 700 to 800'
        t = t.removeprefix("between ").replace(" and ", " to ")
    m = re.match(r"^(.+?)\s*(?: to | or |-|–)\s*(.+)$", t)
    if m:
        a, b = _number(m.group(1)), _number(m.group(2))
        if a is not None and b is not None and a <= b:
            return Count(a, None, b, "range")
    raise ParseError(f"not a count: {raw!r} (expected e.g. '127', 'at least 15', 'over 300')")


def _qualified(n: int, qualifier: str) -> Count:
    bounds = {"exact": (n, n, n), "at_least": (n, n, None), "more_than": (n, n, None), "about": (None, n, None)}
    bounds |= {"close_to": (None, n, n), "up_to": (None, None, n)}
    if qualifier not in bounds:
        raise ParseError(f"unknown qualifier {qualifier!r}")
    return Count(*bounds[qualifier], qualifier)


def format_count(count: Count) -> str:
    """The canonical text for a parsed count; ``parse_count(format_count(c)) == c``.

    >>> format_count(parse_count("over 300"))
    'more than 300'
    """
    low, best, high, q = count
    if q == "exact":
        return str(best)
    if q == "at_least":
        return f"at least {low}"
    if q == "more_than":
        return f"more than {low}"
    if q == "about":
        return f"about {best}"
    if q == "close_to":
        return f"close to {best}"
    if q == "up_to":
        return f"up to {high}"
    if q == "range":
        return f"{low} to {high}"
    if q == "vague":
        for phrase in ("dozens", "hundreds", "scores", "many"):
            if VAGUE[phrase] == low:
                return phrase
        raise ParseError(f"no vague phrase means a lower bound of {low}")
    if q == "unknown":
        return ""
    raise ParseError(f"unknown qualifier {q!r}")
