"""Time series that are honest about dates.

A row known to the day sits on its day. A row known only over a range (the
TNLA's "over 300 since 27 October", less its dated components) is never spread
into invented daily numbers: it forms an *undated band*. By day t, all of it
has certainly happened if its range ended by t, and at most all of it if its
range began by t. So the cumulative count is a band:

    low(t)  = dated(t) + undated rows whose range ended on or before t
    high(t) = dated(t) + undated rows whose range began on or before t

>>> import pandas as pd
>>> from analysis.measure.rules import Rule
>>> ev = pd.DataFrame({"event_id": ["A", "a"], "part_of": ["", "A"], "outcome": "surrendered",
...     "actor": "junta_army", "count_unit": "people", "count_low": [10, 4], "count_best": [10, 4],
...     "date_start": ["2023-11-01", "2023-11-02"], "date_end": ["2023-11-03", "2023-11-02"],
...     "date_precision": ["range", "day"], "state_region": "Shan"})
>>> c = cumulative(ev, Rule("t", ""), start="2023-11-01")
>>> c[["dated", "low", "high"]].values.tolist()
[[0, 0, 6], [4, 4, 10], [4, 10, 10]]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..config import OPERATION_1027
from .rules import Rule
from .tally import contributions, iso_dates, select


def _parts(events: pd.DataFrame, rule: Rule, by: str | None = None) -> pd.DataFrame:
    """The rows that contribute under ``rule``: only the columns the series need."""
    contrib = contributions(events, rule).to_numpy()
    mask = select(events, rule) & (contrib > 0)
    rows = pd.DataFrame(
        {
            "people": contrib[mask],
            "start": iso_dates(events["date_start"][mask]).to_numpy(),
            "end": iso_dates(events["date_end"][mask]).to_numpy(),
        }
    )
    if by:
        rows[by] = events[by][mask].to_numpy()
    rows["dated"] = (rows["start"] == rows["end"]) & rows["start"].notna()
    return rows


def _days(start: str | None, end: str | None, rows: pd.DataFrame) -> pd.DatetimeIndex:
    lo = pd.Timestamp(start) if start else rows["start"].min()
    hi = pd.Timestamp(end) if end else rows["end"].max()
    if pd.isna(lo) or pd.isna(hi):
        return pd.DatetimeIndex([], name="date")
    return pd.date_range(lo, max(lo, hi), freq="D", name="date")


def daily(
    events: pd.DataFrame, rule: Rule, by: str | None = None, start: str | None = OPERATION_1027, end: str | None = None
) -> pd.DataFrame:
    """People per day for rows known to the day, plus one 'undated' total per group.

    Returns a long frame: ``date`` (NaT for the undated portion), ``by`` if given,
    ``people``, ``dated`` (bool). Days without events are 0, so gaps show as gaps.
    """
    rows = _parts(events, rule, by)
    days = _days(start, end, rows)
    groups = sorted(rows[by].unique()) if by else [None]
    out = []
    for g in groups:
        sub = rows if g is None else rows[rows[by] == g]
        dated = sub[sub["dated"]].groupby("start")["people"].sum().reindex(days, fill_value=0.0)
        frame = pd.DataFrame({"date": days, "people": dated.to_numpy(), "dated": True})
        undated = pd.DataFrame(
            {"date": [pd.NaT], "people": [float(sub.loc[~sub["dated"], "people"].sum())], "dated": [False]}
        )
        part = pd.concat([frame, undated], ignore_index=True)
        if by:
            part.insert(1, by, g)
        out.append(part)
    result = pd.concat(out, ignore_index=True)
    result["people"] = result["people"].round().astype("int64")
    return result


def cumulative(
    events: pd.DataFrame, rule: Rule, by: str | None = None, start: str | None = OPERATION_1027, end: str | None = None
) -> pd.DataFrame:
    """Cumulative people per day as a band: ``dated``, ``low`` and ``high`` (see module doc)."""
    rows = _parts(events, rule, by)
    days = _days(start, end, rows)
    groups = sorted(rows[by].unique()) if by else [None]
    out = []

    def _by_day(when: pd.Series, people: pd.Series) -> np.ndarray:
        # people whose day is on or before each day of the axis (earlier days fold into the first)
        clipped = when.clip(lower=days[0]) if len(days) else when
        return people.groupby(clipped).sum().reindex(days, fill_value=0.0).cumsum().to_numpy()

    for g in groups:
        sub = rows if g is None else rows[rows[by] == g]
        dated_rows, und = sub[sub["dated"]], sub[~sub["dated"]]
        dated = _by_day(dated_rows["start"], dated_rows["people"])
        ended = _by_day(und["end"].fillna(pd.Timestamp.max), und["people"])
        begun = _by_day(und["start"].fillna(pd.Timestamp.min), und["people"])
        part = pd.DataFrame({"date": days, "dated": dated, "low": dated + ended, "high": dated + begun})
        if by:
            part.insert(1, by, g)
        out.append(part)
    result = pd.concat(out, ignore_index=True) if out else pd.DataFrame(columns=["date", "dated", "low", "high"])
    for c in ("dated", "low", "high"):
        result[c] = result[c].round().astype("int64")
    return result
