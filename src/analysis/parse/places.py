"""Places as written -> canonical state/region, ISO 3166-2:MM code, Shan part, township, P-code.

ISO codes come from ``pycountry`` (never a hand-typed table). Townships come from
the MIMU gazetteer shipped with the package (:mod:`analysis.reference.gazetteer`:
every township's P-code, release 9.6, with the spellings users meet). A township
that the text puts in the wrong state/region is *flagged*, not moved: the row
keeps the state/region the text gives.

>>> canonical_state("northern Shan State")
('Shan', 'North')
>>> canonical_state("Magwe Region")
('Magway', '')
>>> iso_code("Kayah")
'MM-12'
>>> canonical_township("Maese").township
'Mese'
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

import pandas as pd
import pycountry

from ..config import PACKAGE_DATA
from ..errors import ParseError
from ..reference import gazetteer
from ..vocab import NATIONAL_SCOPES, SHAN_PARTS

MULTI_SEPARATOR = "; "


@cache
def _subdivisions() -> dict[str, str]:
    """Canonical state/region name -> ISO 3166-2 code, from pycountry."""
    return {s.name: s.code for s in pycountry.subdivisions.get(country_code="MM")}


@cache
def _state_lookup() -> dict[str, str]:
    lookup = {name.lower(): name for name in _subdivisions()}
    aliases = pd.read_csv(PACKAGE_DATA / "state_aliases.csv", dtype=str)
    for alias, state in zip(aliases["alias"], aliases["state_region"], strict=True):
        if state not in _subdivisions():
            raise ParseError(f"state_aliases.csv maps {alias!r} to unknown {state!r}")
        lookup[alias.lower()] = state
    return lookup


def iso_code(state_region: str) -> str:
    """ISO 3166-2:MM code for a canonical state/region name."""
    try:
        return _subdivisions()[state_region]
    except KeyError as exc:
        raise ParseError(f"unknown state/region {state_region!r}") from exc


_PART = re.compile(r"^(northern|southern|eastern|north|south|east)\s+", re.I)
#: "Shan (North)" as MIMU writes it, "Shan-North" as ACLED's admin1 does; ACLED and MIMU also halve Bago.
_PART_SUFFIX = re.compile(r"\s*(?:\((north|south|east|west)(?:ern)?\)|-(north|south|east|west))$", re.I)
#: Halves of a region that are administrative, not a column of their own: the state/region is the unit,
#: and the text as written stays in ``state_region_text``.
_HALVES = {"Bago": ("East", "West")}
_SUFFIX = re.compile(r"\s+(state|region|division|union territory)s?$", re.I)


def canonical_state(text: str) -> tuple[str, str]:
    """One state/region as written -> (canonical name, Shan part or '').

    Raises ParseError naming the closest canonical name for a near miss.
    """
    t = re.sub(r"\s+", " ", str(text).strip())
    part = ""
    m = _PART.match(t)
    if m:
        part = m.group(1).lower().removesuffix("ern").capitalize()
        t = t[m.end() :]
    m = _PART_SUFFIX.search(t)
    if m:
        part = (m.group(1) or m.group(2)).capitalize()
        t = t[: m.start()]
    t = _SUFFIX.sub("", t).strip()
    lookup = _state_lookup()
    name = lookup.get(t.lower())
    if name is None:
        raise _unknown("state/region", text, t, lookup)
    if part in _HALVES.get(name, ()):
        return name, ""
    if part and not (name == "Shan" and part in SHAN_PARTS):
        raise ParseError(f"{text!r}: only Shan State is split into north/south/east parts")
    return name, part


def canonical_states(text: object) -> tuple[list[str], str]:
    """A state/region cell, possibly several separated by ';' -> (names, Shan part).

    Returns ([], '') for empty or national-scope text ("across Myanmar").
    Also splits the prose form "Kayah, Chin and Mon states".
    """
    if text is None or (isinstance(text, float) and text != text) or text is pd.NA:
        return [], ""
    t = str(text).strip()
    if not t or t.lower() in NATIONAL_SCOPES:
        return [], ""
    names: list[str] = []
    parts: list[str] = []
    for piece in re.split(r"\s*;\s*", t):
        if not piece:
            continue
        name, p = canonical_state(piece)
        if name not in names:
            names.append(name)
        if p and p not in parts:
            parts.append(p)
    return names, parts[0] if len(parts) == 1 else ""  # two parts of Shan named: Shan as a whole


@dataclass(frozen=True)
class Township:
    """A township as the MIMU gazetteer knows it (or a city/district where the name stands for several)."""

    township: str
    state_region: str
    shan_part: str
    pcode: str
    pcode_status: str
    level: str = "township"


def _pcode_status(place: gazetteer.Place) -> str:
    if place.level not in ("township", "town"):
        return ""
    return f"{gazetteer.RELEASE}" + ("" if place.active else " (not an active township code)")


def canonical_township(text: object, within: str | None = None) -> Township | None:
    """A township as written -> its :class:`Township` (MIMU P-code), or None when empty.

    ``within`` (a state/region) decides between townships of the same name. Raises
    ParseError naming the closest known names for a name not in the gazetteer.

    >>> canonical_township("Kyaikmayaw").pcode
    'MMR011002'
    """
    if text is None or (isinstance(text, float) and text != text) or text is pd.NA:
        return None
    t = re.sub(r"\s+", " ", str(text).strip())
    if not t:
        return None
    try:
        place = gazetteer.resolve(t, "township", within)
    except ParseError as exc:
        if within and not str(exc).startswith("ambiguous"):
            return canonical_township(t)  # named in another state/region: resolve_place flags it
        message = str(exc).replace("unknown place", "unknown township", 1)
        raise ParseError(message, exc.suggestion) from None
    township = place.name if place.level in ("township", "town") else ""
    return Township(
        township,
        place.state_region,
        place.shan_part,
        place.pcode if township else "",
        _pcode_status(place),
        place.level,
    )


def _unknown(kind: str, shown: object, key: str, lookup: dict[str, str]) -> ParseError:
    """The error for a name not in ``lookup``, naming the closest canonical name for a near miss."""
    close = difflib.get_close_matches(key.lower(), list(lookup), n=1, cutoff=0.75)
    hint = lookup[close[0]] if close else ""
    return ParseError(f"unknown {kind} {shown!r}" + (f"; did you mean {hint!r}?" if hint else ""), hint)


def suggest(value: str, choices: list[str]) -> str:
    """The closest choice to a near miss, or '' (used for every category)."""
    close = difflib.get_close_matches(str(value).lower(), [c.lower() for c in choices], n=1, cutoff=0.6)
    if not close:
        return ""
    return next(c for c in choices if c.lower() == close[0])


def resolve_place(state_text: object, township_text: object) -> dict[str, str]:
    """Both place cells of a row -> the canonical place columns, with a flag on conflict.

    >>> resolve_place("Sagaing Region", "Kalaw")["place_flag"][:40]
    'text puts Kalaw in Sagaing; Kalaw Townsh'
    """
    names, part = canonical_states(state_text)
    ts = canonical_township(township_text, names[0] if len(names) == 1 else None)
    flag = ""
    if ts is not None and not ts.township:  # a city or district name: it places the row, names no township
        if not names:
            names, part = [ts.state_region], ts.shan_part
        ts = None
    if ts is not None:
        if not names:
            names, part = [ts.state_region], ts.shan_part
        elif ts.state_region not in names:
            where = f"{ts.shan_part.lower()}ern " if ts.shan_part else ""
            flag = (
                f"text puts {ts.township} in {MULTI_SEPARATOR.join(names)}; {ts.township} Township "
                f"is in {where}{ts.state_region} (kept as the text says)"
            )
        elif "Shan" in names and ts.state_region == "Shan" and not part:
            part = ts.shan_part
        elif ts.state_region == "Shan" and ts.shan_part and part and part != ts.shan_part:
            flag = (
                f"text puts {ts.township} in {part.lower()}ern Shan; {ts.township} Township is in "
                f"{ts.shan_part.lower()}ern Shan (kept as the text says)"
            )
    scope = (
        "national"
        if not names and str(state_text or "").strip()
        else ("multiple" if len(names) > 1 else ("state_region" if names else "unknown"))
    )
    if ts is not None and not flag and len(names) == 1:
        scope = "township"
    return {
        "state_region": MULTI_SEPARATOR.join(names),
        "iso_3166_2": MULTI_SEPARATOR.join(iso_code(n) for n in names),
        "shan_part": part,
        "township": ts.township if ts else "",
        "township_pcode": ts.pcode if ts else "",
        "pcode_status": ts.pcode_status if ts else "",
        "place_scope": scope,
        "place_flag": flag,
    }
