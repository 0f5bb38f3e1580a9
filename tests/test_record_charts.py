"""The record's charts (notebook 05) show the one number per question and keep outcomes apart."""

from __future__ import annotations

import pandas as pd

from analysis.charts.record import (
    by_month,
    by_state_and_claimant,
    itemized_rows,
    outcomes_by_month,
    tallies_vs_itemized,
)
from analysis.charts.record_map import map_outcomes, record_points
from analysis.measure.itemized import itemized


def test_each_panel_is_the_itemized_figure_of_its_own_outcome(tables):
    events = tables.events
    chart = outcomes_by_month(events, tables.sources)
    for outcome in ("surrendered", "captured", "fled_across_border"):
        got = itemized(events, outcomes=(outcome,))
        assert f"{got.best:,} {outcome.split('_')[0]}" in chart.title, outcome
        rows = itemized_rows(events, outcome)
        assert set(rows["outcome"]) == {outcome}  # a capture never appears among surrenders, and so on
        months, ranges = by_month(rows)
        assert round(months["best"].sum() + ranges["best"].sum()) == got.best  # every person once, month or range
    assert "unverified" in chart.title


def test_a_range_over_several_months_is_drawn_as_a_range_not_put_in_a_month():
    rows = pd.DataFrame(
        {
            "date_start": ["2025-03-01", "2025-05-02"],
            "date_end": ["2025-05-28", "2025-05-02"],
            "low": [22.0, 30.0],
            "best": [22.0, 30.0],
        }
    )
    months, ranges = by_month(rows)
    assert months["best"].to_dict() == {pd.Period("2025-05", "M"): 30.0} and ranges["best"].tolist() == [22.0]


def test_the_tally_chart_sets_the_parts_beside_the_events_and_never_adds_the_earlier_stage(tables):
    chart = tallies_vs_itemized(tables.events, tables.claims, tables.sources)
    claims = tables.claims
    parts = claims[claims["part_of"] == "CT-G55"]
    captured = int(parts.loc[parts["outcome"] == "captured", "count_low"].sum())
    assert f"{captured:,} captured" in chart.title and "unverified" in chart.title
    earlier = claims[claims["part_of"] == "CT-G67"]["count_low"].sum()
    assert f"{int(earlier + captured):,}" not in chart.alt  # the two stages are never added


def test_the_map_places_every_outcome_apart_and_labels_what_happened(tables):
    pts, rows = record_points(tables.events, tables.townships)
    assert set(pts["outcome"]) <= {"surrendered", "defected", "captured", "fled_across_border"}
    assert "released" not in set(rows["outcome"])
    chart = map_outcomes(tables.events, tables.sources, tables.states, tables.townships)
    lead = pts.iloc[0]
    assert f"{lead['township']}, " in chart.alt and "unverified" in chart.title
    labels = [t.get_text() for ax in chart.fig.axes for t in ax.texts]
    assert any(f"{lead['township']} (" in text for text in labels)


def test_by_state_each_outcome_adds_up_to_its_itemized_figure_and_by_claimant_names_who_says_it(tables):
    states, claimed = by_state_and_claimant(tables.events)
    for outcome in states.columns:
        assert abs(states[outcome].sum() - itemized(tables.events, outcomes=(outcome,)).best) <= len(states), outcome
    assert (claimed.sum(axis=1) > 0).all() and "MNDAA" in claimed.index
