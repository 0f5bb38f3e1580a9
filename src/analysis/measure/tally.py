"""Counting people without double counting: named rules, ``part_of`` honoured.

An aggregate claim ("at least 447 surrendered") and the events inside it
(``part_of`` = the aggregate's id) are never both added. Among the rows a rule
selects, each row is linked to its nearest selected ancestor; a row's
*contribution* is what it adds beyond its selected components:

    total(row)        = max(value(row), sum of total(child) over selected children)
    contribution(row) = total(row) - sum of total(child)

so the contributions of an aggregate and its components add up to the larger
of the aggregate and the itemized sum, and the component rows keep their own
place and date (the remainder stays with the aggregate).

>>> import pandas as pd
>>> from analysis.measure.rules import REPORT_RULE
>>> ev = pd.DataFrame({"event_id": ["A", "a1", "a2"], "part_of": ["", "A", "A"],
...     "outcome": "surrendered", "actor": "junta_army", "count_unit": "people",
...     "count_low": [100, 30, 20], "count_best": [100, 30, 20],
...     "date_start": "2023-11-01", "date_end": "2023-11-01", "state_region": ["", "Shan", "Chin"]})
>>> tally(ev, REPORT_RULE).iloc[0]["people"]
np.int64(100)
>>> tally(ev, REPORT_RULE, by="state_region")["people"].tolist()
[50, 20, 30]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import AnalysisError
from ..pipeline.links import parent_positions
from .rules import MEASURES, REPORT_RULE, Rule

#: Every column the counting functions read: a caller may hand them just these (a narrow copy of a subset).
COUNTED_COLUMNS = (
    "event_id",
    "source_id",
    "part_of",
    "same_as",
    "outcome",
    "actor",
    "count_unit",
    "date_start",
    "date_end",
    *dict.fromkeys(c for columns in MEASURES.values() for c in columns),
)


def iso_dates(column: pd.Series) -> pd.Series:
    """ISO date strings (empty for none) -> datetimes, NaT for empty; fast on large columns."""
    if pd.api.types.is_datetime64_any_dtype(column):
        return column
    return pd.to_datetime(column, format="%Y-%m-%d", errors="coerce")


def select(events: pd.DataFrame, rule: Rule) -> np.ndarray:
    """Boolean mask of the rows a rule counts."""
    mask = events["outcome"].isin(rule.outcomes) & events["actor"].isin(rule.actors)
    mask &= events["count_unit"] == rule.count_unit
    if "same_as" in events:  # another outlet's report of people already counted: compared, never counted
        mask &= ~again_mask(events, rule)
    start, end = rule.window
    if start or end:
        s = iso_dates(events["date_start"])
        e = iso_dates(events["date_end"])
        lo = pd.Timestamp(start) if start else pd.Timestamp.min
        hi = pd.Timestamp(end) if end else pd.Timestamp.max
        if rule.window_mode == "within":
            inside = (s >= lo) & (e <= hi)
        elif rule.window_mode == "overlaps":
            inside = (s <= hi) & (e >= lo)
        else:
            raise AnalysisError(f"unknown window_mode {rule.window_mode!r}")
        mask &= inside.fillna(False)
    return mask.to_numpy(dtype=bool)


def again_mask(events: pd.DataFrame, rule: Rule) -> np.ndarray:
    """Rows a rule skips as another report of people a counted row reports (``same_as``).

    Every rule counts the row that ``same_as`` names; a rule that ``reproduces`` a report counts that
    report's own row instead (and skips the row it names).
    """
    again = (events["same_as"].fillna("") != "").to_numpy()
    if rule.reproduces and "source_id" in events:
        own = (events["source_id"] == rule.reproduces).to_numpy() & again
        replaced = events["event_id"].isin(set(events["same_as"][own])).to_numpy()
        again = (again & ~own) | replaced
    return again


def values(events: pd.DataFrame, rule: Rule) -> pd.Series:
    """Each row's figure under the rule's measure (NaN where none)."""
    try:
        columns = MEASURES[rule.measure]
    except KeyError as exc:
        raise AnalysisError(f"unknown measure {rule.measure!r}; choose from {sorted(MEASURES)}") from exc
    out = pd.Series(np.nan, index=events.index, dtype="float64")
    for c in columns:
        if c in events:
            out = out.fillna(pd.to_numeric(events[c], errors="coerce").astype("float64"))
    if rule.overrides:
        override = events["event_id"].map(rule.overrides).astype("float64")
        out = override.fillna(out)
    return out


def contributions(events: pd.DataFrame, rule: Rule) -> pd.Series:
    """What each row adds under ``rule`` after de-duplication (0 for rows not selected).

    Vectorised: one pass per level of nesting, not per row.
    """
    n = len(events)
    mask = select(events, rule)
    v = values(events, rule).to_numpy(dtype="float64")
    v = np.where(mask, np.nan_to_num(v, nan=0.0), 0.0)
    parent = parent_positions(events)
    # nearest selected ancestor
    anc = parent.copy()
    for _ in range(n + 1):
        step = (anc >= 0) & ~mask[np.maximum(anc, 0)]
        if not step.any():
            break
        anc = np.where(step, parent[np.maximum(anc, 0)], anc)
    else:
        raise AnalysisError("part_of links form a cycle; run `python -m analysis validate` first")
    anc = np.where(mask, anc, -1)
    # depth in the selected forest, then totals bottom-up
    depth = np.zeros(n, dtype=np.int64)
    cur = anc.copy()
    for _ in range(n + 1):
        live = cur >= 0
        if not live.any():
            break
        depth += live
        cur = np.where(live, anc[np.maximum(cur, 0)], -1)
    else:
        raise AnalysisError("part_of links form a cycle; run `python -m analysis validate` first")
    total = v.copy()
    child_sum = np.zeros(n)
    for level in range(int(depth.max(initial=0)), 0, -1):
        rows = np.flatnonzero(depth == level)
        total[rows] = np.maximum(v[rows], child_sum[rows])
        np.add.at(child_sum, anc[rows], total[rows])
    roots = depth == 0
    total[roots] = np.maximum(v[roots], child_sum[roots])
    contrib = np.where(mask, total - child_sum, 0.0)
    if not rule.aggregates:
        has_children = child_sum > 0
        contrib = np.where(has_children | _is_aggregate(events), 0.0, contrib)
    return pd.Series(contrib, index=events.index, name="contribution")


def drawn(events: pd.DataFrame, rule: Rule) -> pd.DataFrame:
    """The rows a chart or table under ``rule`` shows: those that add people, with what each adds as ``people``.

    >>> import pandas as pd
    >>> from analysis.measure.rules import REPORT_RULE
    >>> ev = pd.DataFrame({"event_id": ["A", "a1", "a2"], "part_of": ["", "A", "A"],
    ...     "outcome": "surrendered", "actor": "junta_army", "count_unit": "people",
    ...     "count_low": [40, 30, 10], "count_best": [40, 30, 10],
    ...     "date_start": "2023-11-01", "date_end": "2023-11-01"})
    >>> drawn(ev, REPORT_RULE)[["event_id", "people"]].values.tolist()
    [['a1', 30.0], ['a2', 10.0]]
    """
    contrib = contributions(events, rule)
    keep = contrib.to_numpy() > 0  # contributions are 0 outside the rule's selection
    return events[keep].assign(people=contrib[keep])


def low_or_best(counts: pd.DataFrame) -> pd.Series:
    """Each row's figure as the package reads a claim: its lower bound, else its best estimate (NA: neither).

    "over 300" -> 300; "Some 4,000" (no lower bound stated) -> 4,000.

    >>> import pandas as pd
    >>> low_or_best(pd.DataFrame({"count_low": [300, None, None], "count_best": [300, 4000, None]})).tolist()
    [300.0, 4000.0, <NA>]
    """
    return counts["count_low"].astype("Float64").fillna(counts["count_best"].astype("Float64"))


def _is_aggregate(events: pd.DataFrame) -> np.ndarray:
    """Rows that some other row names in part_of."""
    if "part_of" not in events:
        return np.zeros(len(events), dtype=bool)
    return events["event_id"].isin(set(events["part_of"].fillna(""))).to_numpy()


def tally(events: pd.DataFrame, rule: Rule = REPORT_RULE, by: str | list[str] | None = None) -> pd.DataFrame:
    """People counted under ``rule``, optionally grouped, never double counted.

    Returns a frame with the ``by`` columns, ``people`` (or the rule's unit) and
    ``events`` (rows that contribute). Groups are sorted by their keys.
    """
    contrib = contributions(events, rule)
    counted = contrib > 0
    unit = rule.count_unit
    if by is None:
        return pd.DataFrame({unit: [_as_int(contrib.sum())], "events": [int(counted.sum())]})
    keys = [by] if isinstance(by, str) else list(by)
    frame = events[keys].copy()
    frame[unit] = contrib
    frame["events"] = counted.astype(int)
    mask = select(events, rule)
    out = frame[mask].groupby(keys, sort=True, dropna=False)[[unit, "events"]].sum().reset_index()
    out[unit] = out[unit].map(_as_int)
    return out


def _as_int(x: float) -> int:
    return np.int64(round(float(x)))
