"""The places of the maps: which MIMU units (P-codes from the gazetteer's ``states``) a place covers, the units
a whole-state figure shades together, and labels that never sit on another point."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
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


def circles(points: pd.DataFrame, ax, sizes: np.ndarray) -> list:
    """Each point's circle as a box in display pixels (marker area ``sizes`` in points squared)."""
    from matplotlib.transforms import Bbox

    centres = ax.transData.transform(points[["x", "y"]].to_numpy(dtype=float))
    radii = np.sqrt(sizes) / 2 * ax.figure.dpi / 72
    return [Bbox.from_extents(x - r, y - r, x + r, y + r) for (x, y), r in zip(centres, radii, strict=True)]


def label_spots(points: pd.DataFrame, ax, renderer, n: int, sizes: np.ndarray) -> list:
    """Labels for the ``n`` largest points, each at the first spot around its own circle that overlaps no other
    label and no other point's circle; a label with no such spot is left out (the alt text lists every point)."""
    boxes = circles(points, ax, sizes)
    placed, texts = [], []
    order = np.argsort(-points["people"].to_numpy(), kind="stable")[:n]
    for i in order:
        p = points.iloc[i]
        gap = float(np.sqrt(sizes[i]) / 2) + 1.5  # points: just outside its own circle
        spots = [(gap, gap), (gap, -gap), (-gap, gap), (-gap, -gap), (gap, 0), (-gap, 0), (0, gap), (0, -gap)]
        here = (points["x"].to_numpy() == p["x"]) & (points["y"].to_numpy() == p["y"])  # its own place
        others = [c for j, c in enumerate(boxes) if not here[j]]
        for dx, dy in spots:
            t = ax.annotate(
                f"{p['township']} {int(p['people']):,}",
                (p["x"], p["y"]),
                xytext=(dx, dy),
                textcoords="offset points",
                fontsize="x-small",
                ha="left" if dx > 0 else ("right" if dx < 0 else "center"),
                va="bottom" if dy > 0 else ("top" if dy < 0 else "center"),
                color="#222222",
            )
            box = t.get_window_extent(renderer)
            free = not any(box.overlaps(b) for b in placed + others)
            if free and ax.bbox.contains(box.x0, box.y0) and ax.bbox.contains(box.x1, box.y1):
                placed.append(box)
                texts.append(t)
                break
            t.remove()
    return texts
