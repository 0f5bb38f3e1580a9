"""Derive the package's place reference data from the MIMU files in ../shared/reference/mimu (make reference).

Writes, into src/analysis/reference/data/ (same bytes on every run):

- mimu_townships.csv    every township-level P-code of MIMU Release 9.6 (330 active townships, the Wa and
                        Kokang self-administered units, two retired codes) with district, state/region (MIMU's
                        18 units and the 15 ISO 3166-2 ones), ISO code and a point (centroid, else seat town)
- mimu_districts.csv    districts with their state/region
- mimu_states.csv       MIMU's 18 state/region units (Shan in three parts, Bago in two) with ISO codes
- place_aliases.csv     every spelling tied to a P-code (MIMU, the other lists in PROVENANCE.md, and the
                        hand-kept scripts/extra_aliases.csv, each with its basis), keyed by one normalisation
- mimu_states_simplified.geojson  the 18 units: MIMU's district polygons (boundary release 9.3) dissolved by
                        state/region code, simplified as a coverage (shared edges stay shared: no gaps, no slivers)

Usage: python scripts/derive_reference.py [--mimu DIR] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pandas as pd
import pycountry

ROOT = Path(__file__).resolve().parents[1]
MIMU = ROOT.parent / "shared" / "reference" / "mimu"
OUT = ROOT / "src" / "analysis" / "reference" / "data"
EXTRA = OUT / "extra_aliases.csv"  # hand-kept: spellings the MIMU-linked lists lack, each with its basis
RELEASE = "MIMU PCodes Release 9.6 (Feb 2025)"
BOUNDARY_RELEASE = "MIMU boundaries, P-code version 9.3 (district layer, 1:250,000)"
#: Douglas-Peucker tolerance in degrees for the state layer (about 1.1 km at Myanmar's latitudes).
TOLERANCE = 0.01

import sys  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))
from analysis.reference.names import normalize_name  # noqa: E402  (the one normalisation the resolver uses)


def _iso() -> dict[str, str]:
    return {s.name: s.code for s in pycountry.subdivisions.get(country_code="MM")}


def _state(sr_name: str) -> tuple[str, str]:
    """MIMU's 18-unit name ('Shan (North)', 'Bago (East)') -> (ISO/pycountry name, Shan part)."""
    base, _, part = sr_name.partition(" (")
    part = part.rstrip(")")
    return base, part if base == "Shan" else ""


def townships(mimu: Path) -> pd.DataFrame:
    g = pd.read_csv(mimu / "mmr_townships_gazetteer_mimu96.csv", dtype=str, keep_default_na=False)
    iso = _iso()
    states = g["sr_name_en"].map(_state)
    has_centroid = g["centroid_lon"] != ""
    has_seat = g["seat_lon"] != ""
    lon = g["centroid_lon"].where(has_centroid, g["seat_lon"])
    lat = g["centroid_lat"].where(has_centroid, g["seat_lat"])
    out = pd.DataFrame(
        {
            "ts_pcode": g["ts_pcode"],
            "township": g["ts_name_en"],
            "township_mm": g["ts_name_mm"],
            "dt_pcode": g["dt_pcode"],
            "district": g["dt_name_en"],
            "sr_pcode": g["sr_pcode"],
            "sr_name_mimu": g["sr_name_en"],
            "state_region": [s for s, _ in states],
            "shan_part": [p for _, p in states],
            "iso_3166_2": [iso[s] for s, _ in states],
            "unit_type": g["unit_type"],
            "active": g["gad_active"].str.upper().eq("TRUE").map({True: "yes", False: "no"}),
            "lon": pd.to_numeric(lon).round(5).astype("string").fillna(""),
            "lat": pd.to_numeric(lat).round(5).astype("string").fillna(""),
            "coord_basis": has_centroid.map({True: "centroid", False: ""}).where(
                has_centroid, has_seat.map({True: "seat town", False: ""})
            ),
            "mimu_release": RELEASE,
        }
    )
    return out.sort_values("ts_pcode").reset_index(drop=True)


def districts(ts: pd.DataFrame) -> pd.DataFrame:
    cols = ["dt_pcode", "district", "sr_pcode", "sr_name_mimu", "state_region", "shan_part", "iso_3166_2"]
    return ts[cols].drop_duplicates("dt_pcode").sort_values("dt_pcode").reset_index(drop=True)


def states(ts: pd.DataFrame) -> pd.DataFrame:
    cols = ["sr_pcode", "sr_name_mimu", "state_region", "shan_part", "iso_3166_2"]
    out = ts[cols].drop_duplicates("sr_pcode").sort_values("sr_pcode").reset_index(drop=True)
    active = ts[ts["active"] == "yes"].groupby("sr_pcode").size()
    out["active_townships"] = out["sr_pcode"].map(active).fillna(0).astype(int)
    out["mimu_release"] = RELEASE
    return out


def aliases(mimu: Path, ts: pd.DataFrame, ds: pd.DataFrame, st: pd.DataFrame) -> pd.DataFrame:
    """Every (alias, level, pcode) with its source; one row per distinct (key, level, pcode, alias)."""
    rows: list[dict] = []

    def add(alias: str, level: str, pcode: str, source: str) -> None:
        key = normalize_name(alias)
        if key:
            rows.append({"key": key, "alias": alias.strip(), "level": level, "pcode": pcode, "source": source})

    for r in ts.itertuples():
        add(r.township, "township", r.ts_pcode, RELEASE)
        add(r.township_mm, "township", r.ts_pcode, RELEASE)
    lists = pd.read_csv(mimu / "mmr_township_aliases.csv", dtype=str, keep_default_na=False)
    towns = lists["note"].str.contains("not a township name", regex=False)
    for r in lists.itertuples():  # Myanmar Post's town rows name a town inside the township: level 'town'
        add(r.alias, "town" if towns[r.Index] else "township", r.ts_pcode, r.source)
    for r in ds.itertuples():
        add(r.district, "district", r.dt_pcode, RELEASE)
    for r in st.itertuples():
        add(r.sr_name_mimu, "state_region", r.sr_pcode, RELEASE)
    extra = pd.read_csv(EXTRA, dtype=str, keep_default_na=False)
    for r in extra.itertuples():
        add(r.alias, r.level, r.pcode, f"project list: {r.basis}")
    out = pd.DataFrame(rows).drop_duplicates(["key", "level", "pcode", "alias"])
    return out.sort_values(["key", "level", "pcode", "alias", "source"]).reset_index(drop=True)


def state_layer(mimu: Path, st: pd.DataFrame) -> dict:
    """The 18 state/region units as GeoJSON: districts dissolved by state code, coverage-simplified, rounded."""
    import geopandas as gpd
    import shapely

    districts_ = gpd.read_file(mimu / "raw" / "prism__mmr_polbnda_adm2_250k_mimu.json")
    units = districts_.dissolve(by="ST_PCODE", as_index=False)[["ST_PCODE", "geometry"]].sort_values("ST_PCODE")
    # Snap to a 1e-4 degree grid first (the source's neighbours overlap by slivers; snapping closes them, and
    # shared vertices snap alike), then simplify as a coverage: a shared edge is simplified once, for both sides.
    snapped = shapely.set_precision(units.geometry.to_numpy(), 1e-4)
    simple = shapely.coverage_simplify(snapped, TOLERANCE, simplify_boundary=True)
    meta = st.set_index("sr_pcode")
    features = []
    for code, geom in zip(units["ST_PCODE"], simple, strict=True):
        features.append({
            "type": "Feature",
            "properties": {"sr_pcode": code, "sr_name_mimu": meta.at[code, "sr_name_mimu"],
                           "state_region": meta.at[code, "state_region"], "shan_part": meta.at[code, "shan_part"],
                           "iso_3166_2": meta.at[code, "iso_3166_2"]},
            "geometry": json.loads(shapely.to_geojson(geom)),
        })  # fmt: skip
    return {
        "type": "FeatureCollection",
        "name": "mimu_states_simplified",
        "attribution": "Myanmar Information Management Unit (MIMU)",
        "source": f"{BOUNDARY_RELEASE}, via WFP-VAM/prism-app mmr_polbnda_adm2_250k_mimu.json; dissolved by "
        f"ST_PCODE into MIMU's 18 state/region units; snapped to a 1e-4 degree grid, then "
        f"shapely coverage_simplify (tolerance {TOLERANCE} degrees), so neighbours share their edges",
        "features": features,
    }


def _csv(frame: pd.DataFrame) -> bytes:
    buf = io.StringIO()
    frame.to_csv(buf, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return buf.getvalue().encode("utf-8")


def derive(mimu: Path = MIMU, out: Path = OUT) -> dict[str, bytes]:
    """Every derived file's bytes, by name (written by :func:`main`)."""
    ts = townships(mimu)
    ds, st = districts(ts), states(ts)
    layer = state_layer(mimu, st)
    return {
        "mimu_townships.csv": _csv(ts),
        "mimu_districts.csv": _csv(ds),
        "mimu_states.csv": _csv(st),
        "place_aliases.csv": _csv(aliases(mimu, ts, ds, st)),
        "mimu_states_simplified.geojson": (json.dumps(layer, ensure_ascii=False, separators=(",", ":")) + "\n").encode(
            "utf-8"
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mimu", type=Path, default=MIMU, help="folder with the MIMU files (default: %(default)s)")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write (default: %(default)s)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in derive(args.mimu, args.out).items():
        (args.out / name).write_bytes(data)
        print(f"reference: wrote {args.out / name} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
