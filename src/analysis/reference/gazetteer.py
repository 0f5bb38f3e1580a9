"""Every township, district and state/region of Myanmar by MIMU P-code, with the spellings users meet.

Package data derived from MIMU (Myanmar Information Management Unit) P-codes,
Release 9.6, by ``scripts/derive_reference.py`` (see ``reference/data/README.md``).
A name resolves to exactly one place or raises :class:`ParseError` naming the
closest candidates: never a silent guess. City names that stand for several
townships (Yangon, Mandalay, Nay Pyi Taw) resolve to their own level.

>>> resolve("Kyaikmayaw").pcode
'MMR011002'
>>> resolve("Maese", within="Kayah").state_region
'Kayah'
>>> resolve("Yangon", level="township").level   # a city, not a guessed township
'city'
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from ..config import PACKAGE_DATA
from ..errors import ParseError
from .names import normalize_name

#: For a name in a township column: a township first, then a town inside one, a city, a district.
TOWNSHIP_ORDER = ("township", "town", "city", "district")
RELEASE = "MIMU 9.6"


@dataclass(frozen=True)
class Place:
    """One resolved place. ``pcode`` is the P-code of the place itself (township, district or state/region)."""

    name: str
    level: str
    pcode: str
    state_region: str
    shan_part: str
    iso_3166_2: str
    district: str = ""
    township_pcode: str = ""
    lon: float | None = None
    lat: float | None = None
    active: bool = True


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(PACKAGE_DATA / name, dtype=str, keep_default_na=False)


@cache
def townships() -> pd.DataFrame:
    """Every township-level P-code (mimu_townships.csv), indexed by ts_pcode."""
    return _read("mimu_townships.csv").set_index("ts_pcode", drop=False)


@cache
def districts() -> pd.DataFrame:
    return _read("mimu_districts.csv").set_index("dt_pcode", drop=False)


@cache
def states() -> pd.DataFrame:
    """MIMU's 18 state/region units (Shan in three parts, Bago in two), indexed by sr_pcode."""
    return _read("mimu_states.csv").set_index("sr_pcode", drop=False)


@cache
def aliases() -> pd.DataFrame:
    return _read("place_aliases.csv")


@cache
def _index() -> dict[str, list[tuple[str, str]]]:
    """Normalised key -> distinct (level, pcode) pairs."""
    out: dict[str, list[tuple[str, str]]] = {}
    for key, level, pcode in aliases()[["key", "level", "pcode"]].drop_duplicates().itertuples(index=False):
        out.setdefault(key, []).append((level, pcode))
    return out


def states_layer_path() -> Path:
    """The 18 state/region polygons (GeoJSON, simplified; see reference/data/README.md)."""
    return PACKAGE_DATA / "mimu_states_simplified.geojson"


@cache
def states_layer():
    """MIMU's 18 state/region polygons (longitude/latitude) with their names, indexed by sr_pcode."""
    import geopandas as gpd

    return gpd.read_file(states_layer_path()).set_index("sr_pcode", drop=False)


@cache
def place_of(level: str, pcode: str) -> Place:
    """The :class:`Place` of a P-code at a level ('town' and 'township' share the township's P-code); each
    worked out once (a row of a pandas table costs about 0.3 ms to read)."""
    if level in ("township", "town"):
        r = townships().loc[pcode]
        lon, lat = (float(r.lon), float(r.lat)) if r.lon else (None, None)
        return Place(
            r.township,
            level,
            pcode,
            r.state_region,
            r.shan_part,
            r.iso_3166_2,
            r.district,
            pcode,
            lon,
            lat,
            r.active == "yes",
        )
    if pcode in districts().index:
        r = districts().loc[pcode]
        return Place(r.district, level, pcode, r.state_region, r.shan_part, r.iso_3166_2, r.district)
    r = states().loc[pcode]
    return Place(r.sr_name_mimu, level, pcode, r.state_region, r.shan_part, r.iso_3166_2)


def _within(place: Place, within: str | None) -> bool:
    if not within:
        return True
    w = within.strip()
    return w in (place.state_region, place.pcode[:6]) or normalize_name(w) == normalize_name(place.state_region)


def candidates(name: str, level: str | None = None, within: str | None = None) -> list[Place]:
    """Every place a name can be, best level first (see TOWNSHIP_ORDER), inside ``within`` when given."""
    found = _index().get(normalize_name(name), [])
    order = TOWNSHIP_ORDER if level in (None, "township") else (level,)
    places = [place_of(lv, pc) for lv, pc in found if lv in order or level is None]
    places = [p for p in places if _within(p, within)]
    rank = {lv: i for i, lv in enumerate((*order, "state_region"))}
    places.sort(key=lambda p: rank.get(p.level, 99))
    return list(dict.fromkeys(places))


def closest(name: str, n: int = 3) -> list[str]:
    """The ``n`` closest known names (as users write them) to an unknown one."""
    table = aliases()
    keys = difflib.get_close_matches(normalize_name(name), list(_index()), n=n, cutoff=0.6)
    by_key = table.drop_duplicates("key").set_index("key")["alias"]
    return [by_key[k] for k in keys]


def resolve(name: str, level: str | None = None, within: str | None = None) -> Place:
    """A place name -> its :class:`Place`; ParseError naming candidates when unknown or ambiguous."""
    found = candidates(name, level, within)
    if not found:
        near = closest(name)
        where = f" in {within}" if within else ""
        hint = f"; closest: {', '.join(near)}" if near else ""
        raise ParseError(f"unknown place {name!r}{where} (not in the MIMU gazetteer){hint}", near[0] if near else "")
    best = [p for p in found if p.level == found[0].level]
    if len({p.pcode for p in best}) > 1:
        listed = ", ".join(f"{p.name} ({p.pcode}, {p.state_region})" for p in best)
        raise ParseError(f"ambiguous place {name!r}: {listed}; give its state/region")
    return best[0]


def resolve_many(names: pd.Series, within: pd.Series | None = None, level: str | None = "township") -> pd.DataFrame:
    """Vectorised :func:`resolve` over a column: each distinct (name, within) once; errors in a column, not raised."""
    keys = pd.DataFrame(
        {"name": names.fillna("").astype(str), "within": (within.fillna("").astype(str) if within is not None else "")}
    )
    distinct = keys.drop_duplicates().reset_index(drop=True)
    rows = []
    for name, w in distinct.itertuples(index=False):
        try:
            p = resolve(name, level, w or None) if name.strip() else None
            rows.append(
                {
                    "pcode": p.pcode if p else "",
                    "level": p.level if p else "",
                    "state_region": p.state_region if p else "",
                    "shan_part": p.shan_part if p else "",
                    "iso_3166_2": p.iso_3166_2 if p else "",
                    "error": "",
                }
            )
        except ParseError as exc:
            rows.append(
                {"pcode": "", "level": "", "state_region": "", "shan_part": "", "iso_3166_2": "", "error": str(exc)}
            )
    table = pd.concat([distinct, pd.DataFrame(rows)], axis=1)
    return keys.merge(table, on=["name", "within"], how="left").drop(columns=["name", "within"]).set_index(names.index)
