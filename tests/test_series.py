"""Time series: day-precise rows on their day; range rows as a band, never spread."""

import pandas as pd

from analysis.measure.rules import Rule
from analysis.measure.series import cumulative, daily

RULE = Rule("t", "")


def ev(rows):
    base = {
        "part_of": "",
        "outcome": "surrendered",
        "actor": "junta_army",
        "count_unit": "people",
        "count_best": pd.NA,
        "state_region": "Shan",
    }
    out = pd.DataFrame([base | r for r in rows])
    out["count_low"] = out["count_low"].astype("Int64")
    out["count_best"] = out["count_best"].astype("Int64")
    return out


def test_dated_rows_sit_on_their_day_and_ranges_stay_undated():
    e = ev(
        [
            {"event_id": "A", "count_low": 300, "date_start": "2023-10-27", "date_end": "2023-11-03"},
            {"event_id": "a", "part_of": "A", "count_low": 41, "date_start": "2023-10-30", "date_end": "2023-10-30"},
        ]
    )
    d = daily(e, RULE, start="2023-10-27", end="2023-11-03")
    dated = d[d["dated"]].set_index("date")["people"]
    assert dated[pd.Timestamp("2023-10-30")] == 41
    assert dated.sum() == 41 and (dated.drop(pd.Timestamp("2023-10-30")) == 0).all()
    assert d.loc[~d["dated"], "people"].tolist() == [259]


def test_cumulative_band_edges():
    e = ev(
        [
            {"event_id": "A", "count_low": 300, "date_start": "2023-10-27", "date_end": "2023-11-03"},
            {"event_id": "a", "part_of": "A", "count_low": 41, "date_start": "2023-10-30", "date_end": "2023-10-30"},
        ]
    )
    c = cumulative(e, RULE, start="2023-10-27", end="2023-11-04").set_index("date")
    assert c.loc["2023-10-27"].tolist() == [0, 0, 259]
    assert c.loc["2023-10-30"].tolist() == [41, 41, 300]
    assert c.loc["2023-11-03"].tolist() == [41, 300, 300]  # the range has ended: all of it is certain
    assert (c["low"] <= c["high"]).all() and c["low"].is_monotonic_increasing


def test_grouped_series_sum_to_the_total(events):
    from analysis.measure.rules import TREND_RULE

    total = cumulative(events, TREND_RULE)
    by = cumulative(events, TREND_RULE, by="state_region")
    last = by.groupby("state_region").last()
    assert last["high"].sum() == total["high"].iloc[-1]
    assert last["dated"].sum() == total["dated"].iloc[-1]
