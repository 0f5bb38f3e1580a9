"""ACLED's notes without what opens them, for the rule: the 'Change to armed group:' heading, the date-and-place
preamble ('On 3 April 2025, in Kale township (Kale district, Sagaing region),') and ACLED's own actor names written
into a note ('Military Forces of Myanmar (2021-) soldiers').

>>> body("Change to armed group: On 3 April 2025, in Kale township (Kale district, Sagaing region), a soldier fled.")
'a soldier fled.'
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"[A-Z][A-Za-z /-]{2,40}:\s+")
#: the date and a place: 'On 3 April 2025, in Kale township (', 'Between 1 and 3 March 2025, near X village ('
_PREAMBLE_PLACE = re.compile(
    r"[^,()]{0,60}(?:\s\([^()]{1,40}\))?,\s+(?:in|near|at|around|outside|on|along|between|from|inside)\s+"
    r"(?!least\b|dawn\b|the end\b|\d|"
    r"(?:an?\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|thirty|forty|fifty|dozens?|total)\b)"
    r"(?:[^,()]|\([^()]{0,60}\)){1,160}?\([^()]*\b(?:township|district|region|state|division)\b[^()]*\),\s+",
    re.I,
)
_ACTOR_NAME = re.compile(
    r"\b(?:the )?(Military|Police) Forces of Myanmar(?: \(\d{4}-(?:\d{4})?\))?"  # also without ACLED's years
    r"(?:\s+(?=(Border Guard Force|People's Militia|Pyu Saw)))?"
)
_AS_REPORTED = re.compile(r"^([^()]{0,80}) \(as reported\)")


def body(notes: str) -> str:
    """The notes without ACLED's 'Change to armed group:' heading and the date-and-place preamble."""
    text = " ".join((notes or "").split())
    if (head := _HEADING.match(text)) is not None:
        text = text[head.end() :]
    if "(as reported)" in text[:120]:  # 'Around 27 March 2026 (as reported), in ...': one preamble
        text = _AS_REPORTED.sub(r"\1", text, count=1)
    if "Forces of Myanmar" in text:  # 'Military Forces of Myanmar (2021-) soldiers': ACLED's actor name in a note
        text = _ACTOR_NAME.sub(lambda m: "" if m.group(2) else f"Myanmar {m.group(1).lower()}", text)
    place = _PREAMBLE_PLACE.match(text)  # not 'On 24 March, nine soldiers deserted (...),' nor 'at least 20'
    opens = text.startswith(("On ", "Around ", "Between ", "In ", "Since ", "Near "))
    return text[place.end() :] if place and opens else text
