"""'Abandoned' or 'deserted' that describe a place, for :mod:`.acled_untold`: 'an attack on an abandoned camp', 'the
roads were deserted', 'found it deserted', 'left the market ... deserted'; not 'two camps were abandoned' (positions
left, told in the passive) nor 'left their unit and deserted' (people).

>>> describes_a_place("deserted", "found it "), describes_a_place("deserted", "left their unit and ")
(True, False)
>>> describes_a_place("deserted", "burned Let Yet Kone, a village ", "deserted")
True
>>> describes_a_place("abandoned", "an attack on an "), describes_a_place("abandoned", "two camps were ")
(True, False)
"""

from __future__ import annotations

import re

from .acled_text import HELD

_ADJECTIVE = re.compile(
    r"\b(?:a|an|the|from|at|near|into|of|on)\s+(?:(?:now|already|long|formerly|(?<!\bat )once|largely|mostly|partly|"
    r"almost|nearly|completely|entirely|previously|recently)\s+){0,3}$|"
    r"\b(?:already|previously|former|formerly|long|recently|now)\s+$|"
    r"\b(?:long|once|recently)-$",  # 'the largely deserted town', 'the long-abandoned camp'
    re.I,
)
#: a place named just before the participle: 'Let Yet Kone, a village deserted after residents fled', 'Kyauk Sa
#: village, deserted since its residents fled' (only of 'deserted' or 'abandoned' itself, not of 'leaving behind')
_PLACE_BEFORE = re.compile(
    r",\s*(?:a|an|the)\s+(?:[\w'-]+\s+){0,2}?(?:village|town|hamlet|ward|settlement|city|quarter|market|"
    r"neighbou?rhood|street|road)s?\s+$|\b(?:village|town|hamlet|ward|settlement|quarter)s?(?:\s*\([^()]*\))?,\s+"
    r"(?:(?:which|that)\s+(?:had\s+|has\s+)?(?:stood|been|remained|lain|lay|was|were)\s+(?:\w+\s+)?)?$",
    re.I,
)  # 'weapons collected from abandoned military positions'
_THEN = re.compile(
    r"(?<!empty )(?<!unguarded )(?<!unmanned )\b(?:and|but|then)\s+(?:(?:\w+ly|later|also|then)\s+)?$", re.I
)
_PASSIVE_PLACE = re.compile(  # 'the roads were deserted', 'found it deserted', 'left the market ... deserted'
    r"\b(?:were|was|is|are|been|lay|left)\s+$|\b(?:empty|unguarded|unmanned)\s+and\s+$|"  # 'left it empty and deserted'
    r"\b(?:found|left|leaving|leave|leaves)\s+(?:(?:it|them)\s+|(?:(?:the|a|an|its|their)\s+)?(?:[\w'-]+\s+){1,8}?)"
    r"(?<!\band )(?<!\bthen )(?<!\bbut )$",  # not 'left their unit and deserted'
    re.I,
)
_WHERE_THEY_WERE = re.compile(
    r"\b(?:stationed|posted|based|deployed|garrisoned|positioned)\s+(?:in|at|near|around)\b|\bfrom\s+the\b", re.I
)
#: 'an outpost and two camps of the military were abandoned': positions left, told in the passive (never 'had been')
PASSIVE_POSITIONS = re.compile(
    r"(?:^|[,;:]|\b(?:and|but|that)\s)\s*((?:(?:around|about|some|over|nearly|more than|at least)\s+)?"
    rf"(?:(?!(?:near|around|of|in|into|at|from|to|towards?|by|and|on|along)\b)[\w'-]+\s+|and\s+(?=police\s)){{0,5}}?"
    rf"{HELD}(?:\s+and\s+(?:[\w'-]+\s+){{0,3}}?{HELD})?"
    r"(?:\s+(?:of|along|near|on|around|at|in)\s+(?:the\s+)?[\w'() -]{1,40}?)?)"
    r"\s+(?:was|were)\s+$",
    re.I,
)


_BY_RESIDENTS = re.compile(r"\s+(?:by|of)\s+(?:its|their|the)\s+(?:residents|villagers|inhabitants|people)\b", re.I)


def describes_a_place(kind: str, tail: str, verb: str = "", after: str = "") -> bool:
    """True when 'abandoned' or 'deserted' (``kind``; ``verb``, the word itself) after the words ``tail`` describes a
    place."""
    if kind not in ("abandoned", "deserted"):
        return False
    placed = _PLACE_BEFORE.search(tail) and (not _WHERE_THEY_WERE.search(tail[-80:]) or _BY_RESIDENTS.match(after))
    if _ADJECTIVE.search(tail) or verb.lower() in ("abandoned", "deserted") and placed:
        return True
    positions = kind == "abandoned" and PASSIVE_POSITIONS.search(tail) is not None  # 'two camps were abandoned'
    return bool(_PASSIVE_PLACE.search(tail) and not positions and not _THEN.search(tail))
