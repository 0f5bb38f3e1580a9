"""What a side shows as taken, for :mod:`.acled_capture`: 'photographs of 14 soldiers it said were captured' names
the soldiers, 'ammunition boxes they said were captured' names things (no people), and 'arms it said were captured,
along with 22 soldiers' names the soldiers after the verb.

>>> shown_taken(" ", "the TNLA released photographs of 14 soldiers it ", " in the fighting", nobody=True)
('junta_army', '14 soldiers')
>>> shown_taken(" ", "the KIA shared photographs of ammunition boxes it said", " at the outpost")
'not personnel'
>>> shown_taken(" ", "the AA displayed vehicles and arms it said", ", along with 22 soldiers, at the base")
('junta_army', '22 soldiers')
"""

from __future__ import annotations

import re

from .acled_nouns import NUMBER_WORDS, PERSON, person
from .acled_who import actor_in

#: things taken, not people: 'captured a cache of weapons hidden by soldiers' ('a cache of weapons and 12 soldiers':
#: people too)
THINGS_TAKEN = re.compile(
    r"\s*(?:an?|the|some|large|several|two|three)?\s*(?:caches?|stockpiles?|hauls?|stores?|depots?)\s+of\b|"
    r"\s*(?:(?:an?|the|some|its|their)\s+)?(?:[\w-]+\s+)?(?:footage|images?|photos?|photographs?|pictures?|videos?|"
    r"video clips?|moments?)\b(?!\s+(?:of\s+)?(?:and|as well as)\b)",
    re.I,
)  # 'captured a cache of weapons', 'a drone captured footage of troops moving': things, not people
PEOPLE_TOO = re.compile(rf"\band\s+(?:an?|the|some|{NUMBER_WORDS})\s+(?:[\w-]+\s+)?(?:{PERSON})", re.I)
#: 'captured a suspected PDF member': whom the captors suspect, an arrest
SUSPECTED = re.compile(r"\s+(?:\S+\s+){0,2}?(?:suspected|alleged)\b", re.I)
#: 'said captured personnel were being held': people taken before, the subject of their own verb
TAKEN_PEOPLE_DID = re.compile(
    r"\s+(?:(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z-]+\s+)?(?:personnel|soldiers|troops|"
    r"police officers|policemen|members|fighters|prisoners|officers)\s+"
    r"(?:(?:were|was|are|is)\s+being|had\s+been|have\s+been|would|will|called|remain(?:ed)?|"
    r"(?:were|was)\s+(?:released|freed|handed|returned|exchanged|repatriated|sentenced|tried|held|kept))\b"
)
#: things said to be captured: 'photographs of ammunition boxes they said were captured'
_THINGS_SAID = re.compile(
    r"\b(?:ammunition|weapons|arms|rifles|guns|rounds|boxes|vehicles|equipment|supplies|drones|shells|mines)\s+"
    r"(?:(?:that|which)\s+)?(?:they|it|he|she|the\s+\w+)(?:\s+(?:said|says|claimed))?\s*$",
    re.I,
)
_FIGURE_PEOPLE = (  # '22 soldiers', 'about 40 police officers'; not 'the bodies of 9 soldiers', "troops' uniforms"
    r"(?:(?:about|around|some|over|more than|at least|nearly|up to|an estimated|as many as)\s+)?(?:\d+|an?|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|some)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:soldiers?|troops|police officers?|policem[ae]n|members|officers?|sergeants?|lieutenants?|captains?|majors?|"
    r"corporals?|privates?|prisoners(?: of war)?)\b"
    r"(?!['’]|\s+(?:killed|dead|who\s+(?:were|had been)\s+killed)\b)"
)
_ALONG_WITH_PEOPLE = re.compile(  # also 'captured at the base along with 22 soldiers'
    rf"[^.;,]{{0,40}}?,?\s+(?:along|together)\s+with\s+"
    rf"({_FIGURE_PEOPLE}(?:\s+and\s+{_FIGURE_PEOPLE})?(?:\s+from\s+[\w -]{{1,20}})?)",
    re.I,
)
_PEOPLE_IT_SAID = re.compile(  # 'photographs of 14 soldiers and two police officers it said were captured'
    rf"\b((?:{_FIGURE_PEOPLE}\s+and\s+)?{_FIGURE_PEOPLE})\s+(?:(?:that|whom)\s+)?(?:it|they)\s*$", re.I
)


def shown_taken(words: str, previous: str, after: str, nobody: bool = False) -> tuple[str, str] | str | None:
    """(whose people, the words that count them), 'not personnel' for things alone, or None when the words before
    a passive capture ('were captured') tell nothing shown (``nobody``: the subject names nobody, 'it said were')."""
    if nobody and (said := _PEOPLE_IT_SAID.search(previous)):
        return actor_in(said.group(1)) or "unknown", said.group(1)
    if person(words) or not _THINGS_SAID.search(f"{previous} {words}" if previous else words):
        return None
    if along := _ALONG_WITH_PEOPLE.match(after):
        return actor_in(along.group(1)) or "unknown", along.group(1)
    return "not personnel"
