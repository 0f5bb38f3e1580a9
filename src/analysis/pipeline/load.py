"""Load the processed tables with their types: the entry point of every later stage.

Every loader takes the folder (or file) it reads as an argument, defaulting to ``data/processed``
(:mod:`analysis.config`); nothing is read from the environment. :func:`load_tables` reads, once, every
table and reference layer the charts draw; notebooks and ``figures`` pass its fields to the charts.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from .. import config
from ..errors import AnalysisError
from ..schema import (
    CLAIM_FIELDS,
    CLAIMS_CHECK_FIELDS,
    HEADLINE_FIELDS,
    LEDGER_FIELDS,
    PROCESSED_FIELDS,
    REJECT_FIELDS,
    SOURCE_FIELDS,
)

if TYPE_CHECKING:
    import geopandas as gpd

#: Each processed table's Table Schema fields, by resource name (as in datapackage.json).
FIELDS: dict[str, list[dict]] = {
    "events": PROCESSED_FIELDS,
    "sources": SOURCE_FIELDS,
    "headline_by_state": HEADLINE_FIELDS,
    "claims_ledger": LEDGER_FIELDS,
    "rejects": REJECT_FIELDS,
    "claimed_totals": CLAIM_FIELDS,
    "claims_vs_events": CLAIMS_CHECK_FIELDS,
}


def typed(frame: pd.DataFrame, schema: list[dict]) -> pd.DataFrame:
    """Give a table read as text its schema's types: integers as nullable ``Int64``, booleans as ``bool``.

    Text stays text, with empty strings (not NaN) for empty cells.

    >>> typed(pd.DataFrame({"n": ["3", ""], "ok": ["True", "False"]}),
    ...       [{"name": "n", "type": "integer"}, {"name": "ok", "type": "boolean"}]).dtypes.tolist()
    [Int64Dtype(), dtype('bool')]
    """
    frame = frame.copy()
    for field in schema:
        name, kind = field["name"], field["type"]
        if name not in frame:
            continue
        if kind == "integer":
            frame[name] = pd.to_numeric(frame[name].replace("", None)).astype("Int64")
        elif kind == "boolean":
            frame[name] = frame[name].str.lower() == "true"
    return frame


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def load_events(path: str | Path = config.PROCESSED_EVENTS) -> pd.DataFrame:
    """Read processed events with their types (nullable integers; empty strings, not NaN, for text)."""
    return typed(_read(Path(path)), PROCESSED_FIELDS)


def load_table(name: str, directory: str | Path = config.PROCESSED) -> pd.DataFrame:
    """Read a processed table by resource name (e.g. 'claims_ledger'), typed by its schema where it has one."""
    path = Path(directory) / f"{name}.csv"
    if not path.is_file():
        raise AnalysisError(f"{path} does not exist; run `python -m analysis build` first")
    return typed(_read(path), FIELDS.get(name, []))


def load_claims(directory: str | Path = config.PROCESSED) -> pd.DataFrame | None:
    """The claimed totals with their figures as numbers, or None where the build wrote none."""
    if not (Path(directory) / "claimed_totals.csv").is_file():
        return None
    return load_table("claimed_totals", directory)


@dataclass(frozen=True)
class Tables:
    """Every table and reference layer a chart draws, read once (:func:`load_tables`).

    A chart function's parameters before ``width`` are named after these fields, e.g.
    ``charts.map_record(events, claims, sources, states)``; ``charts.export`` passes them by name.
    ``claims`` and ``claims_vs_events`` are None where the build had no claimed totals.
    """

    events: pd.DataFrame
    sources: pd.DataFrame
    headline_by_state: pd.DataFrame
    claims: pd.DataFrame | None
    claims_vs_events: pd.DataFrame | None
    #: the named operations (package data: reference/data/operations.csv)
    operations: pd.DataFrame
    #: MIMU's 18 state/region polygons (longitude/latitude), indexed by sr_pcode
    states: gpd.GeoDataFrame
    #: every MIMU township with its point (lon, lat), indexed by ts_pcode
    townships: pd.DataFrame

    def get(self, name: str):
        """The table called ``name`` (AnalysisError naming the fields when there is none)."""
        if name not in {f.name for f in fields(self)}:
            known = ", ".join(f.name for f in fields(self))
            raise AnalysisError(f"no table called {name!r} for the charts; there are: {known}")
        return getattr(self, name)


def load_tables(directory: str | Path = config.PROCESSED) -> Tables:
    """Read every processed table the charts draw from ``directory``, and the package's reference layers."""
    from ..reference import gazetteer
    from ..reference.tables import load_operations

    directory = Path(directory)
    claims = load_claims(directory)
    return Tables(
        events=load_events(directory / "events.csv"),
        sources=load_table("sources", directory),
        headline_by_state=load_table("headline_by_state", directory),
        claims=claims,
        claims_vs_events=None if claims is None else load_table("claims_vs_events", directory),
        operations=load_operations(),
        states=gazetteer.states_layer(),
        townships=gazetteer.townships(),
    )
