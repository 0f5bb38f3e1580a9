"""ACLED's actor names -> this project's sides and actors (package data ``acled_actors.csv``, each row with its basis).

An actor not in the table is ``unknown``: never junta troops.

>>> actor_of("Military Forces of Myanmar (2021-)")
('junta', 'junta_army')
>>> actor_of("Some Unlisted Group")
('unknown', 'unknown')
"""

from __future__ import annotations

import re
from functools import cache

import pandas as pd

from ..config import PACKAGE_DATA


@cache
def table() -> pd.DataFrame:
    return pd.read_csv(PACKAGE_DATA / "acled_actors.csv", dtype=str, keep_default_na=False)


@cache
def _patterns() -> list[tuple[re.Pattern, str, str]]:
    return [(re.compile(r.pattern, re.I), r.side, r.actor) for r in table().itertuples()]


@cache
def actor_of(name: str) -> tuple[str, str]:
    """(side, actor) of one ACLED actor name; ('unknown', 'unknown') when no row of the table matches."""
    for pattern, side, actor in _patterns():
        if name and pattern.search(name):
            return side, actor
    return "unknown", "unknown"
