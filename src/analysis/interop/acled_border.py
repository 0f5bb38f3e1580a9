"""Borders in ACLED's notes, for the rule: where a flight goes ('across the Moei river into Tak province of
Thailand'), a crossing for a purpose or into airspace, and the hosts across a border who receive people.

>>> BORDER.match(" across the Moei river into Thailand.") is not None, BORDER.match(" to the border area.") is None
(True, True)
"""

from __future__ import annotations

import re

#: the neighbours a flight across a border goes to, and the words before them ('across the Moei river into
#: Tak province of Thailand'); a flight names one of them, or 'the border', a retreat only a country
COUNTRIES = r"Thailand|India|China|Bangladesh|Laos|Mizoram|Manipur|Nagaland|Yunnan"
ABROAD = r"(?i:thai|indian|chinese|bangladeshi|lao)\b"  # a neighbour's authorities: 'asylum with the Thai authorities'
#: what 'switched to the ... side' names that is no party: a direction, a place, a country
NO_SIDE = (
    r"east|west|north|south|eastern|western|northern|southern|far|near|left|right|"
    r"thai|thailand|chinese|china|indian|india|bangladeshi?|mizoram|manipur|yunnan|laos?|lao"
)
#: towns across the border that notes name alone, read only as where people went ('into Mae Sot district')
FOREIGN_TOWNS = r"Mae Sot|Mae Sai|Ranong|Moreh|Ruili|Teknaf"
#: the words before 'into Thailand': 'the Moei river from Hti Thaw Hta village', not 'one of whom later crossed'
_TOWARDS = r"^\s+(?:(?!(?:and|who|whom|which|them|later|while|whereas|but)\b)(?:[^\s,;]+|,)\s+){0,8}?"
BORDER = re.compile(
    rf"{_TOWARDS}(?:to|into|across|in)\s+(?:the\s+)?(?:(?!towards?\b|and\b|near\b|along\b|on\b|by\b|close\b|outside\b|at\b)[\w'-]+,?\s+){{0,6}}?(?:of\s+)?"
    rf"(?:{COUNTRIES}|Thai|Indian|Assam|Chinese|border(?!\s+(?:area|region|village|town|district|zone|road|bridge|bridgehead|checkpoints?|posts?|gate)))\b|"
    rf"^\s+(?:{COUNTRIES})\b|{_TOWARDS}(?:to|into|in)\s+(?:{FOREIGN_TOWNS})\b(?!\s+(?:road|highway|route))|"
    r"^\s+the\s+border\b(?!\s+(?:area|region|village|town|district|zone|posts?|outposts?|guard|police|gate|road|"
    r"bridge|checkpoint|from)\b)|"
    r"^(?:(?:(?!\b(?:while|whereas)\b)[^.;]){0,140}?\band|[^.;]{0,140}?,\s+and)\s+reached\s+"
    r"(?:Thai|Indian|Chinese|Bangladeshi?)\s+(?:waters|territory|soil)\b",
    re.I,
)
INTO_A_COUNTRY = re.compile(
    rf"{_TOWARDS}(?:to|into)\s+(?:the\s+)?(?:[\w'-]+,?\s+){{0,3}}?(?:of\s+)?(?:{COUNTRIES})\b", re.I
)
#: a crossing for a purpose ('crossed into Thailand to buy food'), into airspace or waters, or people received across
#: a border ('were received by Thai authorities'): no flight of this event's people, or a flight across a border
PURPOSE = re.compile(
    r"\bto\s+(?:attack|raid|buy|fetch|pursue|patrol|launch|shell|bomb|strike|chase|collect|trade|attend|meet|escort|"
    r"negotiate|hold)\b|\bfor\s+(?:medical\s+)?(?:treatment|talks|negotiations|a meeting)\b|"
    r"\bwhile\s+(?:chasing|pursuing)\b|\bin\s+(?:hot\s+)?pursuit\b|\b(?:during|on)\s+(?:a\s+)?patrol\b",
    re.I,
)
AIRSPACE = re.compile(r"^\s+(?:\S+\s+){0,3}?(?:airspace|waters)\b", re.I)
FOREIGN_HOSTS = re.compile(
    r"\s+(?:the\s+)?(?:Thai|Indian|Chinese|Bangladeshi?|Mizoram|Manipur|Yunnan|Assam Rifles|"
    r"Border Guard Bangladesh|BGB)\b",
    re.I,
)
#: 'gave up their weapons to Thai authorities': people disarmed by the hosts across a border, not a surrender to a side
ARMS_TO_HOSTS = re.compile(rf"\s+(?:their|his|its)\s+(?:arms|weapons|guns|rifles)\s+to{FOREIGN_HOSTS.pattern}", re.I)
