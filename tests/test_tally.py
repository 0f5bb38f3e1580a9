"""Counting helpers on small hand-made frames: aggregates, windows, missing counts."""

import pandas as pd
import pytest

from analysis.errors import AnalysisError
from analysis.measure.rules import REPORT_RULE, Rule
from analysis.measure.tally import contributions, select, tally

RULE = Rule("test", "surrendered junta, lower bounds, any date")


def frame(rows: list[dict]) -> pd.DataFrame:
    base = {"part_of": "", "outcome": "surrendered", "actor": "junta_army", "count_unit": "people",
            "count_low": pd.NA, "count_best": pd.NA, "count_high": pd.NA, "date_start": "2023-11-01",
            "date_end": "2023-11-01", "state_region": "Shan", "place_scope": "state_region"}  # fmt: skip
    out = pd.DataFrame([base | r for r in rows])
    for c in ("count_low", "count_best", "count_high"):
        out[c] = out[c].astype("Int64")
    return out


def test_aggregate_and_components_are_not_both_counted():
    ev = frame([
        {"event_id": "AGG", "count_low": 100, "count_best": 100, "state_region": ""},
        {"event_id": "a", "part_of": "AGG", "count_low": 30, "count_best": 30, "state_region": "Shan"},
        {"event_id": "b", "part_of": "AGG", "count_low": 20, "count_best": 20, "state_region": "Chin"},
    ])  # fmt: skip
    assert tally(ev, RULE)["people"].iloc[0] == 100
    by = tally(ev, RULE, by="state_region").set_index("state_region")["people"]
    assert by.to_dict() == {"": 50, "Chin": 20, "Shan": 30}


def test_components_exceeding_a_lower_bound_aggregate_count_in_full():
    ev = frame([
        {"event_id": "AGG", "count_low": 40, "count_best": 40},
        {"event_id": "a", "part_of": "AGG", "count_low": 30, "count_best": 30},
        {"event_id": "b", "part_of": "AGG", "count_low": 25, "count_best": 25},
    ])  # fmt: skip
    assert tally(ev, RULE)["people"].iloc[0] == 55
    assert contributions(ev, RULE).tolist() == [0, 30, 25]


def test_nested_aggregates_and_unselected_middle_level():
    ev = frame([
        {"event_id": "TOP", "count_low": 500},
        {"event_id": "MID", "part_of": "TOP", "count_low": 300, "outcome": "surrendered_or_fled"},
        {"event_id": "leaf", "part_of": "MID", "count_low": 120},
    ])  # fmt: skip
    # MID is not selected (other outcome): leaf is linked to TOP directly, and still not double counted
    assert tally(ev, RULE)["people"].iloc[0] == 500
    assert contributions(ev, RULE).tolist() == [380, 0, 120]


def test_missing_counts_add_nothing_but_keep_the_aggregate():
    ev = frame([
        {"event_id": "AGG", "count_low": 24},
        {"event_id": "a", "part_of": "AGG", "count_low": 21},
        {"event_id": "b", "part_of": "AGG"},  # "another battalion ... also surrendered": no figure
    ])  # fmt: skip
    assert tally(ev, RULE)["people"].iloc[0] == 24
    assert tally(ev, RULE)["events"].iloc[0] == 2


def test_measures_low_best_and_fallback():
    ev = frame([
        {"event_id": "x", "count_best": 30},  # "around 30": no lower bound
        {"event_id": "y", "count_low": 15, "count_best": 15},
    ])  # fmt: skip
    assert tally(ev, RULE.but(measure="low"))["people"].iloc[0] == 15
    assert tally(ev, RULE.but(measure="low_or_best"))["people"].iloc[0] == 45
    with pytest.raises(AnalysisError):
        tally(ev, RULE.but(measure="median"))


def test_window_within_and_overlapping():
    ev = frame([
        {"event_id": "in", "count_low": 10, "date_start": "2023-11-05", "date_end": "2023-11-05"},
        {"event_id": "straddle", "count_low": 7, "date_start": "2023-11-15", "date_end": "2023-11-20"},
        {"event_id": "out", "count_low": 3, "date_start": "2023-06-23", "date_end": "2023-06-24"},
    ])  # fmt: skip
    within = RULE.but(window=("2023-10-27", "2023-11-17"))
    assert tally(ev, within)["people"].iloc[0] == 10
    assert tally(ev, within.but(window_mode="overlaps"))["people"].iloc[0] == 17
    assert tally(ev, RULE)["people"].iloc[0] == 20


def test_component_whose_aggregate_is_outside_the_window_counts_alone():
    ev = frame([
        {"event_id": "AGG", "count_low": 100, "date_start": "2023-10-01", "date_end": "2023-11-30"},
        {"event_id": "a", "part_of": "AGG", "count_low": 40, "date_start": "2023-11-02", "date_end": "2023-11-02"},
    ])  # fmt: skip
    rule = RULE.but(window=("2023-10-27", "2023-11-17"))
    assert select(ev, rule).tolist() == [False, True]
    assert tally(ev, rule)["people"].iloc[0] == 40


def test_relatives_and_civilians_are_kept_out_of_troop_counts():
    ev = frame([
        {"event_id": "s", "count_low": 127},
        {"event_id": "r", "count_low": 134, "actor": "relatives"},
        {"event_id": "c", "count_low": 4, "actor": "civilians"},
    ])  # fmt: skip
    assert tally(ev, RULE)["people"].iloc[0] == 127
    assert tally(ev, RULE.but(actors=(*RULE.actors, "relatives")))["people"].iloc[0] == 261


def test_only_itemized_drops_aggregate_remainders():
    ev = frame([
        {"event_id": "AGG", "count_low": 100},
        {"event_id": "a", "part_of": "AGG", "count_low": 30},
    ])  # fmt: skip
    assert tally(ev, RULE.but(aggregates=False))["people"].iloc[0] == 30


def test_cycles_are_refused():
    ev = frame([
        {"event_id": "a", "part_of": "b", "count_low": 1},
        {"event_id": "b", "part_of": "a", "count_low": 2},
    ])  # fmt: skip
    with pytest.raises(AnalysisError, match="cycle"):
        contributions(ev, RULE)


def test_report_rule_on_the_real_data_reproduces_the_headline_row(events):
    headline = events.set_index("event_id").loc["IRR-002", "count_low"]
    assert tally(events, REPORT_RULE)["people"].iloc[0] == headline


def test_changing_a_raw_row_changes_the_derived_totals(raw_copy, tmp_path):
    from analysis.pipeline.load import load_events
    from analysis.report import headline_by_state, totals
    from analysis.tasks.build import build

    base = totals(load_events())
    text = raw_copy.read_text(encoding="utf-8")
    raw_copy.write_text(text.replace(",Mon,Kyaikmayaw,,,Resistance (unspecified),Unattributed,,,IRR-002,,,23 junta",
                                     ",Mon,Kyaikmayaw,,,Resistance (unspecified),Unattributed,,,,,,23 junta"),
                        encoding="utf-8")  # fmt: skip
    build(raw_copy, tmp_path / "out", log=lambda m: None)
    changed = load_events(tmp_path / "out" / "events.csv")
    assert totals(changed)["itemized"] == base["itemized"] - 23 + 23  # Mon is still itemized...
    assert totals(changed)["not_itemized"] == base["not_itemized"] + 23  # ...but no longer inside the 447
    assert totals(changed)["total"] == base["total"] + 23
    mon = headline_by_state(changed).set_index("state_region").loc["Mon", "surrendered"]
    assert mon == 23
