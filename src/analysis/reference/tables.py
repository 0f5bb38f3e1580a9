"""Reference tables kept by hand, each row citing its source: armed groups and named operations."""

from __future__ import annotations

import pandas as pd

from ..config import PACKAGE_DATA


def load_groups() -> dict[str, str]:
    """Lower-cased group name or alias -> canonical group name."""
    table = pd.read_csv(PACKAGE_DATA / "groups.csv", dtype=str, keep_default_na=False)
    lookup = {}
    for row in table.itertuples(index=False):
        for name in [row.group, *filter(None, row.aliases.split("|"))]:
            lookup[name.lower()] = row.group
    return lookup


def load_operations() -> pd.DataFrame:
    """The named operations with their start dates (package data)."""
    ops = pd.read_csv(PACKAGE_DATA / "operations.csv", dtype=str, keep_default_na=False)
    ops["start"] = pd.to_datetime(ops["start"])
    return ops
