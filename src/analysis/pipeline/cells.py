"""The per-cell machinery of cleaning: parse each distinct value once, collect a Problem per bad cell.

Every check in :mod:`analysis.pipeline.steps` goes through a :class:`Collector`,
so every problem names the file, the row, the column and the value.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

from ..errors import ParseError, Problem
from ..parse.places import suggest

__all__ = [
    "Collector",
    "apply_each",
    "floats",
    "id_suggester",
    "map_unique",
    "map_unique_rows",
    "map_values",
    "spread_ints",
    "suggest",
]


def map_unique(values: pd.Series, fn: Callable[[str], object]) -> tuple[np.ndarray, list, dict[int, ParseError]]:
    """Apply ``fn`` to each distinct value once: (codes, results, {code: the error})."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return (codes, *apply_each(((u,) for u in uniques), fn))


def apply_each(args, fn: Callable[..., object]) -> tuple[list, dict[int, ParseError]]:
    """``fn(*a)`` for each argument tuple: (results, {index: the error}); a failure gives None."""
    results: list = []
    errors: dict[int, ParseError] = {}
    for i, a in enumerate(args):
        try:
            results.append(fn(*a))
        except ParseError as exc:
            results.append(None)
            errors[i] = exc
    return results, errors


def map_unique_rows(
    columns: list[pd.Series], fn: Callable[..., object]
) -> tuple[np.ndarray, list, dict[int, ParseError]]:
    """Like :func:`map_unique` over combinations of several columns: ``fn(*values)`` once per distinct row."""
    n = len(columns[0])
    combined = np.zeros(n, dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        combined, _ = pd.factorize(combined * max(len(uniques), 1) + codes)  # re-factorize: no overflow
    k = int(combined.max()) + 1 if n else 0
    first = np.full(k, -1, dtype=np.int64)
    first[combined[::-1]] = np.arange(n)[::-1]  # first row of each combination
    values = [column.to_numpy()[first] for column in columns]
    results, errors = apply_each((tuple(str(v[i]) for v in values) for i in range(k)), fn)
    return combined, results, errors


#: How many distinct missing ids of one check get a 'did you mean' (each is a search of every id in the file).
SUGGESTED = 50


def id_suggester(known: list[str], most: int = SUGGESTED) -> Callable[[str], str]:
    """:func:`suggest` among a file's ids, for at most ``most`` distinct values ('' for the rest): a file
    with thousands of broken links is reported in seconds, not hours.

    >>> one = id_suggester(["A27-G43", "A27-F56"], most=1)
    >>> one("A27-G34"), one("A27-F65"), one("A27-G34")
    ('A27-G43', '', 'A27-G43')
    """
    found: dict[str, str] = {}

    def suggestion(value: str) -> str:
        if value not in found:
            found[value] = suggest(value, known) if len(found) < most else ""
        return found[value]

    return suggestion


class Collector:
    def __init__(self, file: str, frame: pd.DataFrame, id_column: str = "event_id"):
        self.file = file
        self.frame = frame
        self.id_column = id_column
        self.problems: list[Problem] = []

    def add(
        self,
        mask,
        column: str,
        message: Callable[[str], str] | str,
        expected: str = "",
        suggestion: Callable[[str], str] | str = "",
        severity: str = "error",
    ) -> None:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        rows = self.frame.index[mask]
        values = self.frame[column].to_numpy()[mask] if column in self.frame else [None] * len(rows)
        ids = self.frame[self.id_column].to_numpy()[mask] if self.id_column in self.frame else [""] * len(rows)
        said: dict = {}  # each distinct value's message and suggestion, worked out once
        for row, value, eid in zip(rows, values, ids, strict=True):
            key = (type(value), value if isinstance(value, str) else repr(value))
            if key not in said:
                said[key] = (
                    message(value) if callable(message) else message,
                    suggestion(value) if callable(suggestion) else suggestion,
                )
            self.problems.append(
                Problem(self.file, int(row), column, value, said[key][0], expected, said[key][1], severity, str(eid))
            )

    def add_coded(self, codes: np.ndarray, errors: dict[int, ParseError], column: str, expected: str = "") -> None:
        for code, exc in errors.items():
            self.add(codes == code, column, str(exc), expected, suggestion=exc.suggestion)


def spread_ints(values: list, codes: np.ndarray) -> pd.arrays.IntegerArray:
    """Per-distinct-value integers (None for missing) -> a nullable Int64 array over the rows."""
    arr = np.array([np.nan if v is None else v for v in values] + [np.nan], dtype="float64")[codes]
    missing = np.isnan(arr)
    return pd.arrays.IntegerArray(np.where(missing, 0, arr).astype("int64"), missing)


def map_values(column: pd.Series, mapping: dict, default=None) -> np.ndarray:
    """``column.map(mapping)`` computed once per distinct value (fast on large string columns)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    return np.array([mapping.get(u, default) for u in uniques] + [default], dtype=object)[codes]


def floats(values: pd.Series) -> np.ndarray:
    return values.astype("Float64").to_numpy(dtype="float64", na_value=np.nan)
