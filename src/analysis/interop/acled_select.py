"""The named rule that decides which ACLED events become rows, who surrendered to whom, and what count to take.

``SURRENDER_RULE`` (documented in docs/exchange.md):

1. Events outside Myanmar are left out.
2. Protests and riots are left out, whatever their notes say.
3. An event is kept when its notes say that people surrendered, defected or laid down their arms, or that
   a base, post, camp or position was abandoned or handed over. Everything else is left out, with a reason.
4. Who surrendered is read from the sentence, not from column order: the words before the verb, else the
   actor that is *not* the one surrendered to. Junta personnel only when the words say so (soldiers,
   police, a battalion ...); members of an armed group surrendering *to* the military are ``armed_group``
   or ``resistance``; anyone else is ``unknown``. Never junta troops by default.
5. A count is taken only from a figure in the notes that counts the people who surrendered (or the
   positions abandoned); family members are never counted as personnel. Otherwise the count is empty and
   the row's note says why.

>>> decide({"country": "Myanmar", "event_type": "Strategic developments",
...         "notes": "On 5 May 2024, 23 junta soldiers surrendered to the KNDF in Loikaw township.",
...         "actor1": "KNDF: Karenni Nationalities Defense Force", "actor2": "Military Forces of Myanmar (2021-)"})
Decision(keep=True, outcome='surrendered', actor='junta_army', count_text='23', reason='', note='')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import ParseError
from ..parse.counts import parse_count
from ..reference.acled_actors import actor_of

_POSITIONS = r"(?:bases?|posts?|outposts?|camps?|positions?|stations?|checkpoints?|headquarters|towns?)"
_ABANDON = rf"(?:abandon(?:ed|ing|s)?|hand(?:ed|ing|s)? over|vacat(?:ed|ing))\b(?:\s+\S+){{0,3}}?\s+{_POSITIONS}\b"
_SURRENDER = (
    r"(?:surrender(?:ed|s|ing)?|defect(?:ed|s|ing)?|"
    r"(?:laid|lay|laying) down (?:their |its |his )?(?:arms|weapons))\b"
)
VERB = re.compile(rf"\b(?:{_SURRENDER}|{_ABANDON})", re.I)
TO_JUNTA = re.compile(
    r"^\s*to (?:the )?(?:Myanmar )?(?:military|junta|regime|Tatmadaw|SAC|military council|army|"
    r"police|security forces)\b",
    re.I,
)

_RESISTANCE = re.compile(r"\b(PDF|People'?s Defen[cs]e|LDF|resistance|NUG)\b", re.I)
_ARMED_GROUP = re.compile(
    r"\b(KIA|KNLA|KNU|TNLA|MNDAA|Arakan Army|AA|KNDF|KNPP|CNF|CNA|SSPP|RCSS|UWSA|NDAA|PNLO|"
    r"ABSDF|MNLA|DKBA|splinter|faction|ethnic armed)\b",
    re.I,
)
_MILITIA = re.compile(r"\b(Pyu Saw Htee|pro-(?:military|junta|regime) militia|militia(?:men)?)\b", re.I)
_POLICE = re.compile(r"\b(police(?:men)?|police officers)\b", re.I)
_JUNTA = re.compile(
    r"\b(soldiers?|troops|junta|regime|military council|SAC|Tatmadaw|army|military|battalion|"
    r"LIB|IB|Light Infantry|Infantry|servicem[ae]n|personnel)\b",
    re.I,
)
_NUMBER = (
    r"(?:(?:at least|more than|over|about|around|nearly|almost|some|approximately|an estimated|up to)\s+)?"
    r"(?:\b\d{1,3}(?:,\d{3})+\b|\b\d+\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|several dozen|dozens of|hundreds of)"
)
_PEOPLE = re.compile(
    rf"({_NUMBER})\s+(?:[A-Za-z'-]+\s+){{0,4}}?(soldiers|troops|personnel|policemen|police officers|"
    r"police|members|militiamen|officers|men|servicemen|fighters|recruits)\b",
    re.I,
)
_PLACES = re.compile(rf"({_NUMBER})\s+(?:[A-Za-z'-]+\s+){{0,2}}?{_POSITIONS}\b", re.I)
_FAMILY = re.compile(r"\b(family|families|relatives|dependants|dependents|wives|children)\b", re.I)


@dataclass(frozen=True)
class Decision:
    keep: bool
    outcome: str = ""
    actor: str = ""
    count_text: str = ""
    reason: str = ""
    note: str = ""


def _in_myanmar(row: dict) -> bool:
    """The country named, else its code (ISO 104, ISO3 MMR, Gleditsch-Ward 775)."""
    if row.get("country", "").strip():
        return row["country"].strip().lower() in ("myanmar", "burma", "myanmar (burma)")
    return row.get("iso", "") == "104" or row.get("gwno", "") == "775" or row.get("iso3", "") == "MMR"


def _who(words: str) -> str:
    """The project actor the words before the verb name; '' when they name none."""
    if _RESISTANCE.search(words):
        return "resistance"
    if _ARMED_GROUP.search(words):
        return "armed_group"
    if _MILITIA.search(words):
        return "militia"
    if _POLICE.search(words):
        return "police"
    if _JUNTA.search(words):
        return "junta_army"
    return ""


def _subject(notes: str, match: re.Match) -> str:
    """The words of the sentence before the verb."""
    start = max(notes.rfind(".", 0, match.start()), notes.rfind(";", 0, match.start())) + 1
    return notes[start : match.start()]


def _count(words: str, positions: bool) -> tuple[str, str]:
    """(count phrase, note) for the people (or positions) the words count; never family members."""
    pattern = _PLACES if positions else _PEOPLE
    for m in pattern.finditer(words):
        if _FAMILY.search(words[max(0, m.start() - 25) : m.end()]):
            continue
        phrase = re.sub(r"\s+of$", "", m.group(1).strip())
        try:
            parse_count(phrase)
        except ParseError:
            continue
        return phrase, ""
    what = "positions" if positions else "the people who surrendered"
    return "", f"no figure for {what} in ACLED's notes: count left empty"


def _actor(row: dict, notes: str, match: re.Match, subject: str) -> str:
    """Who surrendered: the words before the verb; else the actor that is not the one surrendered to."""
    to_junta = bool(TO_JUNTA.match(notes[match.end() :]))
    who = _who(subject)
    if to_junta:  # surrendered *to* the military: whoever they are, not junta personnel
        return who if who in ("resistance", "armed_group") else "unknown"
    if who:
        return who
    receiver = re.match(r"^\s*to (?:the )?([^,.;]+)", notes[match.end() :])
    sides = [(actor_of(row.get(k, "")), row.get(k, "")) for k in ("actor1", "actor2")]
    if receiver:
        others = [s for (s, name) in sides if name and receiver.group(1).split()[0].lower() not in name.lower()]
        if len(others) == 1 and others[0][0] == "junta":
            return others[0][1]
    return "unknown"


def decide(row: dict) -> Decision:
    """Keep this ACLED event as a row, or leave it out with a reason (see the module's rule)."""
    if not _in_myanmar(row):
        return Decision(False, reason="outside Myanmar")
    if row.get("event_type", "") in ("Protests", "Riots") or row.get("disorder_type", "") == "Demonstrations":
        return Decision(False, reason="a protest or riot")
    notes = row.get("notes", "")
    match = VERB.search(notes)
    if not match:
        return Decision(False, reason="not a surrender, defection or abandoned position")
    verb = match.group(0).lower()
    positions = not re.match(_SURRENDER, verb, re.I)
    subject = _subject(notes, match)
    outcome = (
        ("positions_abandoned" if verb.startswith(("abandon", "vacat")) else "positions_taken")
        if positions
        else ("defected" if verb.startswith("defect") else "surrendered")
    )
    actor = _actor(row, notes, match, subject)
    count, why = _count(subject + " " + notes[match.start() : match.end() + 60] if positions else subject, positions)
    return Decision(True, outcome, actor, count, "", why)
