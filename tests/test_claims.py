"""Claimed running totals: checked, typed, compared with events and with their breakdowns, never added.

The fixtures here are made up (ids FAKE-...), in the shape of raw/claimed_totals.csv.
"""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import config
from analysis.pipeline.claims import clean_claims
from analysis.report.claims import breakdown_sums, itemized_for_claim, totals_vs_events
from analysis.schema import CLAIM_RAW_COLUMNS
from analysis.tasks.build import build

BASE = {
    "fact_id": "",
    "source_id": "irrawaddy-2023-11-17",
    "part_of": "",
    "outcome": "surrendered",
    "persons": "troops; police",
    "includes_relatives": "no",
    "start_text": "since 27 Oct",
    "start_date": "2023-10-27",
    "as_of_text": "as of publication",
    "as_of_date": "2023-11-17",
    "date_basis": "test",
    "scope_townships": "",
    "scope_counterparts": "",
    "scope": "Myanmar",
    "claimant": "A claimant",
    "claimant_type": "armed_group",
    "verification": "unverified claim",
    "text_flag": "",
    "note": "made up for a test",
    "event_id": "",
    "same_as": "",
}


def _write(tmp_path, rows: list[dict]):
    raw = tmp_path / "raw"
    raw.mkdir(exist_ok=True)
    shutil.copy(config.RAW_SOURCES, raw / "sources.csv")
    frame = pd.DataFrame([BASE | r for r in rows])[CLAIM_RAW_COLUMNS]
    frame.to_csv(raw / "claimed_totals.csv", index=False)
    return raw / "claimed_totals.csv"


ROWS = [
    {"claim_id": "FAKE-T", "kind": "running_total", "figure_text": "more than 100"},
    {
        "claim_id": "FAKE-P1",
        "kind": "breakdown",
        "part_of": "FAKE-T",
        "figure_text": "70",
        "scope": "Rakhine (Arakan) State",
    },
    {
        "claim_id": "FAKE-P2",
        "kind": "breakdown",
        "part_of": "FAKE-T",
        "figure_text": "some 45",
        "scope": "northern Shan State",
    },
    {
        "claim_id": "FAKE-M",
        "kind": "running_total",
        "figure_text": "406",
        "persons": "troops; relatives",
        "includes_relatives": "yes",
    },
]


def test_claims_are_typed_and_scoped(tmp_path):
    result = clean_claims(_write(tmp_path, ROWS))
    assert not result.errors, [str(p) for p in result.errors]
    c = result.claims.set_index("claim_id")
    assert c.loc["FAKE-T", "count_low"] == 100 and pd.isna(c.loc["FAKE-T", "count_high"])
    assert c.loc["FAKE-P1", "scope_state_region"] == "Rakhine" and c.loc["FAKE-P1", "scope_iso_3166_2"] == "MM-16"
    assert (c.loc["FAKE-P2", "scope_state_region"], c.loc["FAKE-P2", "scope_shan_part"]) == ("Shan", "North")
    assert c.loc["FAKE-T", "scope_state_region"] == ""
    assert bool(c.loc["FAKE-T", "personnel_only"]) and not bool(c.loc["FAKE-M", "personnel_only"])


@pytest.mark.parametrize(
    "change, column, words",
    [
        ({"kind": "total"}, "kind", "unknown kind"),
        ({"part_of": "FAKE-NOPE"}, "part_of", "not a running_total"),
        ({"start_date": "2023-12-01"}, "start_date", "after as_of_date"),
        ({"persons": "troops; cousins"}, "persons", "unknown persons"),
        ({"scope": "Atlantis"}, "scope", "Atlantis"),
        ({"as_of_date": "17/11/2023"}, "as_of_date", "not a YYYY-MM-DD"),
    ],
)
def test_a_bad_claim_is_reported_with_row_column_and_value(tmp_path, change, column, words):
    rows = [ROWS[0], ROWS[1] | change]
    result = clean_claims(_write(tmp_path, rows))
    bad = [p for p in result.errors if p.column == column]
    assert bad and words in bad[0].message and bad[0].row == 3 and bad[0].event_id == "FAKE-P1"
    assert list(result.claims["claim_id"]) == ["FAKE-T"]  # the good row is kept, the bad one reported


def test_breakdown_parts_are_compared_with_their_total_not_added():
    claims = clean_claims_frame_from(ROWS)
    sums = breakdown_sums(claims).set_index("claim_id")
    # each figure as the ledger reads it: the lower bound, else the best estimate ('some 45' -> 45)
    assert (sums.loc["FAKE-T", "parts"], sums.loc["FAKE-T", "parts_sum"]) == (2, 115)
    assert sums.loc["FAKE-T", "difference"] == 15
    assert sums.loc["FAKE-T", "status"] == "parts add up to more than the lower bound"
    assert len(sums) == 1  # only totals with parts; the parts are never rows of their own here


def clean_claims_frame_from(rows, tmp=None):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        return clean_claims(_write(Path(d), rows)).claims


def _events(rows: list[tuple]) -> pd.DataFrame:
    """Made-up processed events: (id, part_of, outcome, actor, low, best, start, end, state, shan_part)."""
    cols = ["event_id", "part_of", "outcome", "actor", "count_low", "count_best", "date_start", "date_end"]
    frame = pd.DataFrame([r[:8] for r in rows], columns=cols)
    return frame.assign(
        state_region=[r[8] for r in rows],
        shan_part=[r[9] for r in rows],
        source_id="test",
        same_as="",
        count_unit="people",
        count_low=pd.to_numeric(frame["count_low"]).astype("Float64"),
        count_best=pd.to_numeric(frame["count_best"]).astype("Float64"),
    )


#: What each made-up row is there to show, with the figures written out so the sums can be checked by hand.
EVENTS = _events(
    [
        ("AGG", "", "surrendered", "junta_personnel", 500, 500, "2023-10-27", "2023-11-17", "", ""),  # aggregate
        ("a1", "AGG", "surrendered", "junta_army", 40, 40, "2023-11-01", "2023-11-01", "Shan", "North"),
        ("a2", "AGG", "surrendered", "police", 10, 10, "2023-11-02", "2023-11-02", "Rakhine", ""),
        ("b", "", "surrendered", "junta_army", None, 200, "2023-11-05", "2023-11-05", "Chin", ""),  # 'nearly 200'
        ("c", "", "surrendered", "junta_personnel", 30, 30, "2023-11-06", "2023-11-06", "Shan", ""),  # no part
        ("d", "", "surrendered", "militia", 7, 7, "2023-11-07", "2023-11-07", "Shan", "North"),
        ("e", "", "surrendered", "relatives", 90, 90, "2023-11-07", "2023-11-07", "Shan", "North"),
        ("f", "", "surrendered", "junta_army", 5, 5, "2023-11-10", "2023-12-02", "Shan", "North"),  # ends late
        ("g", "", "captured", "junta_army", 60, 60, "2023-11-08", "2023-11-08", "Shan", "North"),
    ]
)


@pytest.mark.parametrize(
    "change, low, best, events",
    [
        # troops only: the army rows (a1 40, b 0 / 200); never the police, the mixed 'personnel', militia, relatives
        ({}, 40, 240, 2),
        # troops and police: a1, a2, b, and c ('junta personnel' may be either); the aggregate's 450 remainder never
        ({"persons": "troops; police"}, 80, 280, 4),
        # troops and militia in northern Shan: a1 and d; c is in Shan with no part, so not certainly in the north
        ({"persons": "troops; militia", "scope": "northern Shan State"}, 47, 47, 2),
        ({"scope": "Chin State"}, 0, 200, 1),  # 'nearly 200' is a best estimate, not a lower bound
        ({"as_of_date": "2023-11-04"}, 40, 40, 1),  # the window ends before b
    ],
)
def test_a_claim_is_set_beside_the_itemized_events_of_the_same_people_window_and_scope(change, low, best, events):
    claim = clean_claims_frame_from([ROWS[0] | {"persons": "troops", "as_of_date": "2023-11-30"} | change]).iloc[0]
    found = itemized_for_claim(EVENTS, claim)
    assert (found.low, found.best, found.events) == (low, best, events)
    row = totals_vs_events(pd.DataFrame([claim]), EVENTS).iloc[0]
    assert (row["itemized_low"], row["itemized_best"]) == (low, best)


@pytest.mark.parametrize(
    "change, why",
    [
        ({"outcome": "defected", "start_date": "2021-02-01"}, "before the record's first day"),
        ({"outcome": "surrendered_or_abandoned"}, "another outcome (surrendered or abandoned)"),
        ({"start_date": ""}, "no start date"),
        ({"start_date": "2023-10-26"}, "before the record's first day"),
        ({"persons": "troops; relatives", "includes_relatives": "yes"}, "mixes in relatives"),
        ({"persons": "unspecified"}, "does not say who"),
    ],
)
def test_unlike_claims_are_not_compared_and_say_why(change, why):
    claim = clean_claims_frame_from([ROWS[0] | {"as_of_date": "2023-11-30"} | change])
    row = totals_vs_events(claim, EVENTS).iloc[0]
    assert row["status"].startswith("not compared") and why in row["status"]
    assert pd.isna(row["itemized_low"]) and pd.isna(row["itemized_best"])


def test_a_claim_below_the_itemized_lower_bound_is_flagged_and_one_between_the_series_says_so():
    low = clean_claims_frame_from([ROWS[0] | {"figure_text": "30", "persons": "troops", "as_of_date": "2023-11-30"}])
    assert totals_vs_events(low, EVENTS).iloc[0]["status"].startswith("below the itemized events")
    mid = clean_claims_frame_from([ROWS[0] | {"figure_text": "100", "persons": "troops", "as_of_date": "2023-11-30"}])
    assert "below the itemized best estimate" in totals_vs_events(mid, EVENTS).iloc[0]["status"]


def test_the_real_claims_table_compares_like_with_like(events):
    """On the real rows: BNI's troops-only claim counts no police row; no claim without a start date is compared."""
    from analysis.pipeline.load import load_claims

    claims = load_claims()
    table = totals_vs_events(claims, events).set_index("claim_id")
    compared = table[table["itemized_low"].notna()]
    assert len(compared) and (compared["itemized_low"] <= compared["itemized_best"]).all()
    no_start = claims.loc[claims["start_date"] == "", "claim_id"]
    assert table.loc[no_start, "itemized_low"].isna().all()
    troops = claims[(claims["persons"] == "troops") & (claims["outcome"] == "surrendered")]
    troops = troops[troops["claim_id"].isin(compared.index)].iloc[0]
    police = events[(events["actor"] == "police") & (events["same_as"] == "") & (events["outcome"] == "surrendered")]
    assert len(police)
    with_police = itemized_for_claim(
        events, troops.copy().set_axis(troops.index).where(troops.index != "persons", "troops; police")
    )
    assert with_police.low > table.loc[troops["claim_id"], "itemized_low"]


def test_the_build_writes_claims_beside_events_and_changes_no_event_count(tmp_path):
    raw = _write(tmp_path, ROWS).parent
    shutil.copy(config.RAW_EVENTS, raw / "events.csv")
    out = tmp_path / "processed"
    build(raw / "events.csv", out, log=lambda m: None)
    claims = pd.read_csv(out / "claimed_totals.csv", dtype=str, keep_default_na=False)
    assert list(claims["claim_id"]) == [r["claim_id"] for r in ROWS]
    compared = pd.read_csv(out / "claims_vs_events.csv", dtype=str, keep_default_na=False)
    assert set(compared["claim_id"]) == set(claims["claim_id"])
    plain = tmp_path / "plain"
    (raw / "claimed_totals.csv").unlink()
    build(raw / "events.csv", plain, log=lambda m: None)
    for table in ("events.csv", "headline_by_state.csv", "claims_ledger.csv"):
        assert (out / table).read_bytes() == (plain / table).read_bytes(), f"claims changed {table}"
    assert not (plain / "claimed_totals.csv").exists()


def test_bad_claims_go_to_the_rejects_table_like_bad_events(tmp_path):
    """A bad claimed total stops the build; with allow_rejects it (and the breakdowns of a rejected total) go to
    rejects.csv, named by file, line, id, column and value, and the good claims are built."""
    import json

    from analysis.errors import InputFileError

    bad_total = ROWS[0] | {"source_id": "no-such-report"}
    raw = _write(tmp_path, [bad_total, *ROWS[1:]]).parent
    shutil.copy(config.RAW_EVENTS, raw / "events.csv")
    out = tmp_path / "processed"
    with pytest.raises(InputFileError) as stopped:
        build(raw / "events.csv", out, log=lambda m: None)
    problems = [(p.row, p.column, p.value) for p in stopped.value.problems]
    assert problems == [(2, "source_id", "no-such-report"), (3, "part_of", "FAKE-T"), (4, "part_of", "FAKE-T")]
    assert not out.exists()
    build(raw / "events.csv", out, allow_rejects=True, log=lambda m: None)
    claims = pd.read_csv(out / "claimed_totals.csv", dtype=str, keep_default_na=False)
    assert list(claims["claim_id"]) == ["FAKE-M"]  # the total's breakdowns leave with it
    rejects = pd.read_csv(out / "rejects.csv", dtype=str, keep_default_na=False)
    rejected = rejects[rejects["file"] == "claimed_totals.csv"]
    assert rejected[["line", "event_id", "column"]].values.tolist() == [
        ["2", "FAKE-T", "source_id"],
        ["3", "FAKE-P1", "part_of"],
        ["4", "FAKE-P2", "part_of"],
    ]
    assert "unknown source_id 'no-such-report'" in rejected.iloc[0]["reason"]
    assert json.loads(rejected.iloc[0]["raw_row"])["figure_text"] == "more than 100"  # the whole row is kept
    assert (rejects["file"] != "claimed_totals.csv").sum() == 0  # the events had nothing to reject


def test_claims_and_events_share_the_id_and_source_checks(tmp_path):
    rows = [ROWS[0], ROWS[0] | {"figure_text": "200"}]
    result = clean_claims(_write(tmp_path, rows))
    assert [p.message for p in result.errors] == ["duplicate claim_id 'FAKE-T' (first on row 2)"]
    assert result.errors[0].row == 3 and list(result.claims["claim_id"]) == ["FAKE-T"]
