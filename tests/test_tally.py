"""Counting helpers on small hand-made frames: aggregates, windows, missing counts."""

import pandas as pd
import pytest

from analysis.errors import AnalysisError
from analysis.measure.rules import REPORT_RULE, Rule
from analysis.measure.tally import contributions, select, tally

RULE = Rule("test", "surrendered junta, lower bounds, any date")


def frame(rows: list[dict]) -> pd.DataFrame:
    base = {
        "part_of": "",
        "outcome": "surrendered",
        "actor": "junta_army",
        "count_unit": "people",
        "count_low": pd.NA,
        "count_best": pd.NA,
        "count_high": pd.NA,
        "date_start": "2023-11-01",
        "date_end": "2023-11-01",
        "state_region": "Shan",
        "place_scope": "state_region",
    }
    out = pd.DataFrame([base | r for r in rows])
    for c in ("count_low", "count_best", "count_high"):
        out[c] = out[c].astype("Int64")
    return out


def test_aggregate_and_components_are_not_both_counted():
    ev = frame(
        [
            {"event_id": "AGG", "count_low": 100, "count_best": 100, "state_region": ""},
            {"event_id": "a", "part_of": "AGG", "count_low": 30, "count_best": 30, "state_region": "Shan"},
            {"event_id": "b", "part_of": "AGG", "count_low": 20, "count_best": 20, "state_region": "Chin"},
        ]
    )
    assert tally(ev, RULE)["people"].iloc[0] == 100
    by = tally(ev, RULE, by="state_region").set_index("state_region")["people"]
    assert by.to_dict() == {"": 50, "Chin": 20, "Shan": 30}


def test_components_exceeding_a_lower_bound_aggregate_count_in_full():
    ev = frame(
        [
            {"event_id": "AGG", "count_low": 40, "count_best": 40},
            {"event_id": "a", "part_of": "AGG", "count_low": 30, "count_best": 30},
            {"event_id": "b", "part_of": "AGG", "count_low": 25, "count_best": 25},
        ]
    )
    assert tally(ev, RULE)["people"].iloc[0] == 55
    assert contributions(ev, RULE).tolist() == [0, 30, 25]


def test_nested_aggregates_and_unselected_middle_level():
    ev = frame(
        [
            {"event_id": "TOP", "count_low": 500},
            {"event_id": "MID", "part_of": "TOP", "count_low": 300, "outcome": "surrendered_or_fled"},
            {"event_id": "leaf", "part_of": "MID", "count_low": 120},
        ]
    )
    # MID is not selected (other outcome): leaf is linked to TOP directly, and still not double counted
    assert tally(ev, RULE)["people"].iloc[0] == 500
    assert contributions(ev, RULE).tolist() == [380, 0, 120]


def test_missing_counts_add_nothing_but_keep_the_aggregate():
    ev = frame(
        [
            {"event_id": "AGG", "count_low": 24},
            {"event_id": "a", "part_of": "AGG", "count_low": 21},
            {"event_id": "b", "part_of": "AGG"},  # "another battalion ... also surrendered": no figure
        ]
    )
    assert tally(ev, RULE)["people"].iloc[0] == 24
    assert tally(ev, RULE)["events"].iloc[0] == 2


def test_measures_low_best_and_fallback():
    ev = frame(
        [
            {"event_id": "x", "count_best": 30},  # "around 30": no lower bound
            {"event_id": "y", "count_low": 15, "count_best": 15},
        ]
    )
    assert tally(ev, RULE.but(measure="low"))["people"].iloc[0] == 15
    assert tally(ev, RULE.but(measure="low_or_best"))["people"].iloc[0] == 45
    with pytest.raises(AnalysisError):
        tally(ev, RULE.but(measure="median"))


def test_window_within_and_overlapping():
    ev = frame(
        [
            {"event_id": "in", "count_low": 10, "date_start": "2023-11-05", "date_end": "2023-11-05"},
            {"event_id": "straddle", "count_low": 7, "date_start": "2023-11-15", "date_end": "2023-11-20"},
            {"event_id": "out", "count_low": 3, "date_start": "2023-06-23", "date_end": "2023-06-24"},
        ]
    )
    within = RULE.but(window=("2023-10-27", "2023-11-17"))
    assert tally(ev, within)["people"].iloc[0] == 10
    assert tally(ev, within.but(window_mode="overlaps"))["people"].iloc[0] == 17
    assert tally(ev, RULE)["people"].iloc[0] == 20


def test_component_whose_aggregate_is_outside_the_window_counts_alone():
    ev = frame(
        [
            {"event_id": "AGG", "count_low": 100, "date_start": "2023-10-01", "date_end": "2023-11-30"},
            {"event_id": "a", "part_of": "AGG", "count_low": 40, "date_start": "2023-11-02", "date_end": "2023-11-02"},
        ]
    )
    rule = RULE.but(window=("2023-10-27", "2023-11-17"))
    assert select(ev, rule).tolist() == [False, True]
    assert tally(ev, rule)["people"].iloc[0] == 40


def test_relatives_and_civilians_are_kept_out_of_troop_counts():
    ev = frame(
        [
            {"event_id": "s", "count_low": 127},
            {"event_id": "r", "count_low": 134, "actor": "relatives"},
            {"event_id": "c", "count_low": 4, "actor": "civilians"},
        ]
    )
    assert tally(ev, RULE)["people"].iloc[0] == 127
    assert tally(ev, RULE.but(actors=(*RULE.actors, "relatives")))["people"].iloc[0] == 261


def test_only_itemized_drops_aggregate_remainders():
    ev = frame(
        [
            {"event_id": "AGG", "count_low": 100},
            {"event_id": "a", "part_of": "AGG", "count_low": 30},
        ]
    )
    assert tally(ev, RULE.but(aggregates=False))["people"].iloc[0] == 30


def test_cycles_are_refused():
    ev = frame(
        [
            {"event_id": "a", "part_of": "b", "count_low": 1},
            {"event_id": "b", "part_of": "a", "count_low": 2},
        ]
    )
    with pytest.raises(AnalysisError, match="cycle"):
        contributions(ev, RULE)


def test_under_the_report_rule_the_headline_row_absorbs_the_shortfall(events):
    """The total under the report's rule equals the headline claim by construction: never a reproduction of it."""
    headline = events.set_index("event_id").loc["IRR-002", "count_low"]
    assert tally(events, REPORT_RULE)["people"].iloc[0] == headline
    assert tally(events, REPORT_RULE.but(aggregates=False))["people"].iloc[0] < headline


def _rebuild(raw_copy, out, changes: dict[str, dict[str, str]]):
    """Edit raw rows (event_id -> {column: value}), build into ``out``, load the events."""
    import pandas as pd

    from analysis.pipeline.load import load_events
    from analysis.tasks.build import build

    frame = pd.read_csv(raw_copy, dtype=str, keep_default_na=False)
    for eid, cells in changes.items():
        for column, value in cells.items():
            frame.loc[frame["event_id"] == eid, column] = value
    frame.to_csv(raw_copy, index=False, lineterminator="\n")
    build(raw_copy, out, log=lambda m: None)
    return load_events(out / "events.csv")


def _by_state(events):
    from analysis.report import headline_by_state

    return headline_by_state(events).set_index("state_region")["surrendered"]


def test_raising_a_raw_figure_moves_its_state_and_the_unitemized_rest(raw_copy, tmp_path):
    base = _by_state(_rebuild(raw_copy, tmp_path / "a", {}))
    changed = _by_state(_rebuild(raw_copy, tmp_path / "b", {"IRR-016": {"count_text": "nine"}}))  # Chin's seven
    assert changed["Chin"] == base["Chin"] + 2
    assert changed["Not itemized"] == base["Not itemized"] - 2  # the compiled claim is fixed; its unitemized rest
    assert changed.drop(["Chin", "Not itemized"]).equals(base.drop(["Chin", "Not itemized"]))


def test_raising_the_headline_alone_moves_only_the_unitemized_rest(raw_copy, tmp_path):
    base = _by_state(_rebuild(raw_copy, tmp_path / "a", {}))
    changed = _by_state(
        _rebuild(
            raw_copy,
            tmp_path / "b",
            {"IRR-002": {"count_text": "at least 500"}, "IRR-001": {"count_text": "More than 500"}},
        )
    )
    assert changed["Not itemized"] == base["Not itemized"] + 500 - int(base.sum())
    assert changed.drop("Not itemized").equals(base.drop("Not itemized"))


def test_unlinking_a_component_moves_it_out_of_the_headline(raw_copy, tmp_path):
    from analysis.report import totals

    base = totals(_rebuild(raw_copy, tmp_path / "a", {}))
    changed_events = _rebuild(raw_copy, tmp_path / "b", {"IRR-023": {"part_of": ""}})  # Mon's 23
    changed = totals(changed_events)
    assert changed["itemized"] == base["itemized"]  # Mon is still itemized by state...
    assert changed["not_itemized"] == base["not_itemized"] + 23  # ...but no longer inside the compiled claim
    assert changed["total"] == base["total"] + 23
    assert _by_state(changed_events)["Mon"] == 23
