"""What the itemized events add up to: distinct events only, two honest series, the record's reading of the rows.

Totals here are checked against sums written out in plain pandas over the rows, not through the counting code.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import report
from analysis.config import OPERATION_1027
from analysis.measure.itemized import Scope, itemized, series_readings
from analysis.measure.rules import REPORT_RULE, TREND_BEST_RULE, TREND_RULE
from analysis.measure.series import cumulative
from analysis.measure.tally import tally
from analysis.pipeline.load import load_events
from analysis.tasks.build import build
from analysis.vocab import TROOP_ACTORS


def _distinct(events: pd.DataFrame, outcome: str = "surrendered") -> pd.DataFrame:
    """By hand: the rows that are distinct events of personnel since Operation 1027 (no aggregate, no second
    report, no relatives or mixed figures)."""
    aggregates = set(events["part_of"]) - {""}
    return events[
        (events["outcome"] == outcome)
        & events["actor"].isin(TROOP_ACTORS)
        & (events["count_unit"] == "people")
        & (events["same_as"] == "")
        & ~events["event_id"].isin(aggregates)
        & (events["date_start"] >= OPERATION_1027)
    ]


def test_the_record_total_is_a_sum_of_distinct_events_in_both_series(events):
    rows = _distinct(events)
    low = int(rows["count_low"].fillna(0).sum())
    best = int(rows["count_best"].astype("Float64").fillna(rows["count_low"].astype("Float64")).fillna(0).sum())
    found = itemized(events)
    assert (found.low, found.best) == (low, best)
    assert int(tally(events, TREND_RULE)["people"].iloc[0]) == low
    assert int(tally(events, TREND_BEST_RULE)["people"].iloc[0]) == best
    assert int(cumulative(events, TREND_RULE)["low"].iloc[-1]) == low  # the charts' series: the same figure
    approximate = rows[rows["count_low"].isna() & rows["count_best"].notna()]
    assert len(approximate) and best - low == int(approximate["count_best"].sum())  # 'nearly', 'about', 'around'


def test_no_aggregate_claim_or_its_remainder_is_in_a_record_total(events):
    aggregates = set(events["part_of"]) - {""}
    by_state = cumulative(events, TREND_RULE, by="state_region").groupby("state_region")["high"].last()
    assert not [s for s in by_state.index if ";" in s], "a remainder of a claim spread over several states"
    counted = tally(events, TREND_BEST_RULE, by="event_id")
    assert not set(counted.loc[counted["people"] > 0, "event_id"]) & aggregates


def test_each_state_is_the_sum_of_its_distinct_events(events):
    rows = _distinct(events)
    for state, group in rows.groupby("state_region"):
        if ";" in state:
            continue
        found = itemized(events, scope=Scope(state))
        assert found.low == int(group["count_low"].fillna(0).sum()), state


def test_loikaw_counts_32_surrendered_in_the_record_and_38_in_the_reproduction(events):
    """Three reports give 32 surrendered of 38 prisoners; the compiled report's 38 counts only in reproducing it."""
    loikaw = events[(events["township"] == "Loikaw") & (events["outcome"] == "surrendered")]
    counted = loikaw[loikaw["same_as"] == ""]
    assert counted["count_low"].tolist() == [32]
    assert itemized(events, window=REPORT_RULE.window, scope=Scope("Kayah")).low == 32
    table = report.headline_by_state(events).set_index("state_region")
    own = loikaw[loikaw["source_id"] == REPORT_RULE.reproduces]
    assert own["count_low"].tolist() == [38] and table.loc["Kayah", "surrendered"] == 38


def test_a_figure_that_mixes_surrendered_and_captured_is_flagged_and_not_counted(events):
    mixed = events[events["outcome"] == "surrendered_or_captured"]
    assert len(mixed) and (mixed["text_flag"] != "").all()
    counted = tally(events, TREND_BEST_RULE, by="event_id").set_index("event_id")["people"]
    assert (counted.reindex(mixed["event_id"]).fillna(0) == 0).all()
    # a first report that says surrendered is never flagged as captured (a second report kept as written may be)
    first = events["same_as"] == ""
    assert not events[
        first & (events["outcome"] == "surrendered") & events["text_flag"].str.contains("captured")
    ].shape[0]


def test_the_codebook_table_of_series_is_what_the_parser_gives():
    table = series_readings().set_index("phrase")
    assert table.loc["over 300", "low"] == "300" and table.loc["nearly 200", "low"] == "nothing"
    assert table.loc["around 30", "best"] == "30" and table.loc["several dozen", "low"] == "24"
    from analysis.tasks.codebook import render

    text = render()
    for phrase, row in table.iterrows():
        assert f"| '{phrase}' | `{row['qualifier']}` | {row['low']} | {row['best']} |" in text


def test_the_sources_arithmetic_errors_are_flagged_with_the_right_sums(events):
    """Every sum a flag writes out is right, and the flagged totals are not it (126 + 134 is not 262)."""
    sums = []
    for flag in events["text_flag"]:
        for terms, total in re.findall(r"\(?(\d[\d,]*(?: \+ \d[\d,]*)+)\)? = (\d[\d,]*)", flag):
            sums.append((terms, total))
        for total, terms in re.findall(r"add up to (\d[\d,]*) \((\d[\d,]*(?: \+ \d[\d,]*)+)\)", flag):
            sums.append((terms, total))
    assert len(sums) >= 3
    for terms, total in sums:
        assert sum(int(t.replace(",", "")) for t in terms.split(" + ")) == int(total.replace(",", "")), terms
    parts = events.set_index("event_id")
    stated = [int(n) for n in re.findall(r"(\d+) people in all", parts.loc["A27-F11a", "note"])]
    assert stated and stated[0] != int(parts.loc["A27-F11a", "count_low"] + parts.loc["A27-F11b", "count_low"])


def test_rows_with_a_second_report_do_not_say_nothing_checks_them(events):
    ledger = report.claims_ledger(events).set_index("event_id")
    named = set(events["same_as"]) - {""}
    for eid in named & set(ledger.index):
        text = ledger.loc[eid, "explanation"]
        assert "nothing independent" not in text, eid
        others = events.loc[events["same_as"] == eid, "event_id"]
        assert all(o in text for o in others), eid
    alone = ledger[~ledger.index.isin(named) & (ledger["status"] == "stated")]
    lonely = alone[(events.set_index("event_id").loc[alone.index, ["alt_count_text", "same_as"]] == "").all(axis=1)]
    assert len(lonely) and lonely["explanation"].str.contains("nothing independent").all()


@pytest.fixture
def raised(tmp_path, raw_copy):
    """data/raw with Loikaw's figures raised by ten (38 -> 48, 32 -> 42), built."""
    raw = pd.read_csv(raw_copy, dtype=str, keep_default_na=False)
    loikaw = (raw["township"] == "Loikaw") & (raw["outcome"] == "surrendered")
    for column in ("count_text", "alt_count_text", "evidence"):
        raw.loc[loikaw, column] = raw.loc[loikaw, column].str.replace("38", "48").str.replace("32", "42")
    raw.to_csv(raw_copy, index=False, lineterminator="\n")
    build(raw_copy, tmp_path / "out", log=lambda m: None)
    return load_events(tmp_path / "out" / "events.csv")


def test_raising_loikaws_figures_moves_every_figure_and_label_that_mentions_them(events, raised):
    assert itemized(raised, scope=Scope("Kayah")).low == itemized(events, scope=Scope("Kayah")).low + 10
    before = report.sensitivity(events)["reading"].tolist()
    after = report.sensitivity(raised)["reading"].tolist()
    changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
    assert changed and all("Loikaw" in b and "48 as 42" in a for b, a in changed)
    assert not [r for r in after if "38" in r or "32 " in r]
