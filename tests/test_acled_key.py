"""The importer against a hand-made answer key for a real ACLED export (issue #23's acceptance).

The export is ../shared/real-data/acled/myanmar_2025-01-23_to_2025-03-31.csv (2,878 events; ACLED's terms
keep it out of this repository). tests/data/acled_key_myanmar_2025q1.csv holds, for every event read by
hand, only its ACLED id and this project's own labels: keep or not, outcome, actor, the figure and its
qualifier, and why (in our words). Read by hand: every event whose notes use a word of surrender,
defection, desertion, flight, capture, detention, prisoners or abandonment (and every "Change to armed
group" event), plus 60 others drawn at random (seed 23) for recall; a test checks that every event with a
word the rule reads (acled_candidate.CANDIDATE) is in the key.

Measured on this file (the one the rules were developed on, so the figures flatter them): see
docs/exchange.md.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import config
from analysis.interop.acled_candidate import CANDIDATE
from analysis.interop.acled_import import import_acled
from analysis.interop.acled_scope import PROTEST_TYPES
from analysis.parse.counts import parse_count
from analysis.vocab import TROOP_ACTORS
from conftest import need_shared

SHARED = config.ROOT.parent / "shared" / "real-data" / "acled" / "myanmar_2025-01-23_to_2025-03-31.csv"
KEY = config.ROOT / "tests" / "data" / "acled_key_myanmar_2025q1.csv"
#: what the acceptance counts: junta personnel who surrendered, defected, deserted or fled, or left positions
LEFT = ("surrendered", "defected", "fled", "fled_across_border", "positions_abandoned")


def _figure(count_text: str) -> tuple[int | None, str]:
    c = parse_count(count_text)
    return (c.best if c.best is not None else c.low), c.qualifier


@pytest.fixture(scope="module")
def measured() -> dict:
    need_shared(SHARED)
    key = pd.read_csv(KEY, dtype=str, keep_default_na=False).set_index("event_id")
    rows = import_acled(SHARED).rows.set_index("event_id")
    junta = key[(key["keep"] == "yes") & key["outcome"].isin(LEFT) & key["actor"].isin(TROOP_ACTORS)]
    kept = rows[rows["outcome"].isin(LEFT) & rows["actor"].isin(TROOP_ACTORS)]
    found = junta.index.intersection(kept.index)
    same = ["outcome", "actor"]
    right = [i for i in kept.index if i in junta.index and (kept.loc[i, same] == junta.loc[i, same]).all()]
    with_figure = [i for i in found if junta.loc[i, "count"]]
    counted = [
        i
        for i in with_figure
        if kept.loc[i, "count_text"]
        and _figure(kept.loc[i, "count_text"]) == (int(junta.loc[i, "count"]), junta.loc[i, "qualifier"])
    ]
    return {
        "key": key,
        "rows": rows,
        "junta": junta,
        "kept": kept,
        "found": found,
        "right": right,
        "with_figure": with_figure,
        "counted": counted,
    }


def test_the_key_names_only_ids_of_the_shared_file_and_our_own_labels(measured):
    key = measured["key"]
    acled = pd.read_csv(SHARED, dtype=str, keep_default_na=False, usecols=["event_id_cnty"])
    assert key.index.is_unique and key.index.isin(acled["event_id_cnty"]).all()
    assert list(key.columns) == ["keep", "outcome", "actor", "count", "qualifier", "why"]


def test_at_least_95_percent_of_junta_personnel_events_are_kept_as_such(measured):
    recall = len(measured["found"]) / len(measured["junta"])
    assert len(measured["junta"]) >= 100 and recall >= 0.95, sorted(
        set(measured["junta"].index) - set(measured["found"])
    )


def test_at_least_95_percent_of_kept_junta_personnel_events_are_right(measured):
    precision = len(measured["right"]) / len(measured["kept"])
    assert precision >= 0.95, sorted(set(measured["kept"].index) - set(measured["right"]))


def test_the_count_is_right_for_at_least_90_percent_of_those_giving_a_number(measured):
    share = len(measured["counted"]) / len(measured["with_figure"])
    assert len(measured["with_figure"]) >= 90 and share >= 0.9, sorted(
        set(measured["with_figure"]) - set(measured["counted"])
    )


def test_what_the_key_leaves_out_is_never_kept_as_junta_personnel(measured):
    key, rows = measured["key"], measured["rows"]
    not_junta = key.index[(key["keep"] == "no") | ~key["actor"].isin(TROOP_ACTORS)]
    wrongly = rows.index.intersection(not_junta)
    assert not rows.loc[wrongly, "actor"].isin(TROOP_ACTORS).any(), list(wrongly)


def test_captured_is_never_kept_as_surrendered(measured):
    key, rows = measured["key"], measured["rows"]
    captured = key.index[key["outcome"] == "captured"].intersection(rows.index)
    assert len(captured) >= 40 and (rows.loc[captured, "outcome"] == "captured").all()


def test_every_event_with_a_word_the_rule_reads_was_read_by_hand(measured):
    acled = pd.read_csv(SHARED, dtype=str, keep_default_na=False, usecols=["event_id_cnty", "event_type", "notes"])
    read = acled[acled["notes"].str.contains(CANDIDATE) & ~acled["event_type"].isin(PROTEST_TYPES)]
    assert len(read) >= 300 and read["event_id_cnty"].isin(measured["key"].index).all()


def test_every_kept_event_is_one_the_key_keeps(measured):
    key, rows = measured["key"], measured["rows"]
    assert rows.index.isin(key.index[key["keep"] == "yes"]).all(), sorted(set(rows.index) - set(key.index))


def test_at_least_95_percent_of_captures_of_junta_personnel_are_kept_as_captured(measured):
    key, rows = measured["key"], measured["rows"]
    taken = key.index[(key["keep"] == "yes") & (key["outcome"] == "captured") & key["actor"].isin(TROOP_ACTORS)]
    kept = [i for i in taken if i in rows.index and rows.loc[i, "outcome"] == "captured"]
    assert len(taken) >= 40 and len(kept) / len(taken) >= 0.95, sorted(set(taken) - set(kept))


def test_one_capture_told_twice_by_two_sources_is_flagged_and_not_linked(measured):
    rows = measured["rows"]  # MMR90390 and MMR90708: a major taken on 26 March 2025, in two townships' events
    assert "Possibly the same people as MMR90390" in rows.loc["MMR90708", "note"]
    assert rows.loc["MMR90708", "same_as"] == "" and "Possibly" not in rows.loc["MMR90390", "note"]
