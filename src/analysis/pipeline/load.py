"""Load the processed tables with their types: the entry point of every later stage."""

from __future__ import annotations

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


def load_table(name: str) -> pd.DataFrame:
    """Read another processed table by resource name (e.g. 'claims_ledger')."""
    path = config.PROCESSED / f"{name}.csv"
    if not path.is_file():
        raise AnalysisError(f"{path} does not exist; run `python -m analysis build` first")
    return pd.read_csv(path, keep_default_na=False, dtype=str)
