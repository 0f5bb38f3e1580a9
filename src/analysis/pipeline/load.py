"""Load the processed tables with their types: the entry point of every later stage."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .. import config
from ..errors import AnalysisError
from ..schema import PROCESSED_FIELDS


def load_events(path: str | Path = config.PROCESSED_EVENTS) -> pd.DataFrame:
    """Read processed events with their types (nullable integers; empty strings, not NaN, for text)."""
    schema = {f["name"]: f["type"] for f in PROCESSED_FIELDS}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for name, kind in schema.items():
        if kind == "integer" and name in frame:
            frame[name] = pd.to_numeric(frame[name].replace("", None)).astype("Int64")
    return frame


def processed_dir() -> Path:
    """The processed folder the charts read: data/processed, or ``ANALYSIS_PROCESSED`` (``figures --events DIR``)."""
    return Path(os.environ.get("ANALYSIS_PROCESSED") or config.PROCESSED)


def load_table(name: str, directory: str | Path | None = None) -> pd.DataFrame:
    """Read another processed table by resource name (e.g. 'claims_ledger'), every cell a string."""
    path = Path(directory or processed_dir()) / f"{name}.csv"
    if not path.is_file():
        raise AnalysisError(f"{path} does not exist; run `python -m analysis build` first")
    return pd.read_csv(path, keep_default_na=False, dtype=str)


def load_claims(directory: str | Path | None = None) -> pd.DataFrame | None:
    """The claimed totals with their figures as numbers, or None where the build wrote none."""
    path = Path(directory or processed_dir()) / "claimed_totals.csv"
    if not path.is_file():
        return None
    claims = pd.read_csv(path, keep_default_na=False, dtype=str)
    for c in ("count_low", "count_best", "count_high"):
        claims[c] = pd.to_numeric(claims[c].replace("", None)).astype("Int64")
    claims["personnel_only"] = claims["personnel_only"].str.lower() == "true"
    return claims
