"""The places of the maps: which MIMU units (P-codes from the gazetteer's ``states``) a place covers and the units
a whole-state figure shades together."""

from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd


def unit_codes(states: pd.DataFrame, state_region: str, part: str = "") -> list[str]:
    """The MIMU units (P-codes, from the gazetteer's ``states``) that a place covers: the units of ``part`` where
    the state has parts of that name (Shan's North), else every unit of the state (Bago: both halves).

    >>> states = pd.DataFrame({"state_region": ["Bago", "Bago", "Shan", "Shan"],
    ...     "shan_part": ["", "", "North", "South"]}, index=["B1", "B2", "S1", "S2"])
    >>> unit_codes(states, "Bago"), unit_codes(states, "Shan", "North"), unit_codes(states, "Shan")
    (['B1', 'B2'], ['S1'], ['S1', 'S2'])
    """
    units = states[states["state_region"] == state_region]
    parts = units[units["shan_part"] == part] if part else units.iloc[0:0]
    return (parts if len(parts) else units).index.tolist()


def unit_key(states: pd.DataFrame, state_region: str, part: str = "") -> str:
    """One key for the units a place covers ('MMR015'; 'MMR007+MMR008' for a state MIMU splits); '' for none."""
    return "+".join(unit_codes(states, state_region, part))


def unit_name(states: pd.DataFrame, key: str) -> str:
    """A key's name: MIMU's for one unit ('Shan (North)'), the state's for several ('Bago, both MIMU units')."""
    codes = key.split("+")
    if len(codes) == 1:
        return states.loc[key, "sr_name_mimu"]
    return f"{states.loc[codes[0], 'state_region']} (whole region)"


def in_words(unit: str) -> str:
    """A MIMU unit's name as a sentence says it, with no brackets to nest inside others: MIMU's part of a state
    ('Shan (North)') reads 'northern Shan'; a whole state or region reads as it is.

    >>> in_words("Shan (North)"), in_words("Bago (West)"), in_words("Kachin")
    ('northern Shan', 'western Bago', 'Kachin')
    """
    part = re.fullmatch(r"(.+) \((North|South|East|West)\)", unit)
    return f"{part[2].lower()}ern {part[1]}" if part else unit


def keys_of(states: pd.DataFrame, regions: pd.Series, parts: pd.Series) -> pd.Series:
    """Each place's unit key; a whole state is left unplaced ('') where another place names one of its parts."""
    keys = pd.Series([unit_key(states, s, p) for s, p in zip(regions, parts, strict=True)], index=regions.index)
    codes = {c for k in keys if k and "+" not in k for c in [k]}
    overlaps = keys.map(lambda k: "+" in k and bool(set(k.split("+")) & codes))
    return keys.where(~overlaps, "")


def merged_layer(layer: gpd.GeoDataFrame, keys) -> gpd.GeoDataFrame:
    """The units of ``layer``, those a key covers together dissolved into one shape named by the key."""
    layer = layer.reset_index(drop=True)
    for key in {k for k in keys if "+" in k}:
        codes = key.split("+")
        whole = layer[layer["sr_pcode"].isin(codes)].dissolve().assign(sr_pcode=key)
        layer = pd.concat([layer[~layer["sr_pcode"].isin(codes)], whole], ignore_index=True)
    return layer
