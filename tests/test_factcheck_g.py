"""Rules from the fact-check of the 2024-2025 rows (G01 ...), each checked on the data as curated.

A row cites the stored original rather than a rewrite of it; a figure whose text does not tell capture from
surrender is in neither series; a claim about one front, operation or township is compared only with events
there; links, flags and notes say what the worklist says, once.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import config
from analysis.measure.itemized import SERIES, in_scope, itemized_contributions
from analysis.measure.rules import RULES, TREND_RULE
from analysis.measure.tally import contributions
from analysis.pipeline.claims import clean_claims
from analysis.pipeline.clean import clean_file
from analysis.report.claims import (
    EVENT_OUTCOMES,
    breakdown_sums,
    claim_actors,
    claim_scope,
    not_compared,
    totals_vs_events,
)


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return clean_file(config.RAW_EVENTS).events


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    return clean_claims(config.RAW / "claimed_totals.csv").claims


@pytest.fixture(scope="module")
def sources() -> pd.DataFrame:
    return pd.read_csv(config.RAW / "sources.csv", dtype=str, keep_default_na=False)


def test_no_row_cites_a_rewrite_whose_original_is_stored(events, claims, sources):
    original = sources.set_index("source_id")["rewrite_of"]
    for frame, id_column in ((events, "event_id"), (claims, "claim_id")):
        frame = frame[frame[id_column].str.match(r"(?:A27|CT)-G")]  # the record the worklist rule applies to
        cited = frame.set_index(id_column)["source_id"]
        rewrites = cited[cited.map(original).fillna("").isin(original.index)]  # the original is a stored source
        # a rewrite is cited only by another wording of a row that cites the original (same_as), never counted
        same_as = frame.set_index(id_column)["same_as"].fillna("")
        counted = rewrites[same_as[rewrites.index] == ""]
        assert counted.empty, dict(counted)
    assert events.set_index("event_id").at["A27-G20", "source_id"] == "irrawaddy-greatbengaltoday-2024-12-11"


def test_mirrors_are_marked_as_mirrors(sources):
    notes = sources.set_index("source_id")["note"]
    for mirror in ("irrawaddy-greatbengaltoday-2024-12-11", "nyt-2025-07-08-pows"):
        assert "verbatim mirror" in notes[mirror], mirror


def test_a_figure_that_does_not_tell_capture_from_surrender_is_in_neither_series(events):
    not_told_apart = events["text_flag"].str.contains("capture and surrender not told apart", regex=False)
    assert not_told_apart.any()
    assert (events.loc[not_told_apart, "outcome"] == "surrendered_or_captured").all(), list(
        events.loc[not_told_apart & (events["outcome"] != "surrendered_or_captured"), "event_id"]
    )
    either = (events["outcome"] == "surrendered_or_captured").to_numpy()
    for outcomes in (("captured",), ("surrendered",)):
        for series in SERIES:
            counted = itemized_contributions(events, series, window=(None, None), outcomes=outcomes) > 0
            assert not (counted.to_numpy() & either).any(), (outcomes, series)
    for rule in [*RULES.values(), TREND_RULE]:
        assert (contributions(events, rule.but(window=(None, None)))[either] == 0).all(), rule.name


def test_a_claim_is_never_compared_with_events_outside_its_scope(claims, events):
    compared = totals_vs_events(claims, events).set_index("claim_id")
    for _, claim in claims.iterrows():
        if not_compared(claim):
            continue
        scope = claim_scope(claim)
        window = (claim["start_date"] or None, claim["as_of_date"] or None)
        outcomes = EVENT_OUTCOMES[claim["outcome"]]
        inside = in_scope(events, scope)
        for series in SERIES:
            # everything the claim's figure is set beside comes from rows in its scope, and nothing in scope is lost
            everywhere = itemized_contributions(events, series, window, type(scope)(), outcomes, claim_actors(claim))
            assert round(float(everywhere[inside].sum())) == compared.at[claim["claim_id"], f"itemized_{series}"]
    c = claims.set_index("claim_id")
    # Ann: its own township only, and not compared while the start of its window is unknown
    for cid in ("CT-G07", "CT-G08", "CT-G09"):
        assert claim_scope(c.loc[cid]).townships == ("Ann",), cid
    assert compared.at["CT-G08", "status"] == "not compared: the claim gives no start date, so its window is unknown"
    assert pd.isna(compared.at["CT-G08", "itemized_low"])
    ev = events.set_index("event_id")
    # the Kawkareik roads: Hpapun's 17 captured are another front
    assert ev.at["A27-G05", "township"] not in claim_scope(c.loc["CT-G13"]).townships
    assert compared.at["CT-G13", "itemized_low"] == 0 and "below" not in compared.at["CT-G13", "status"]
    # the Chin Brotherhood's captures: not the CNA's Hakha camps
    assert "CNA" in ev.at["A27-G65", "counterpart"] and compared.at["CT-G31", "itemized_low"] == 300


def test_a_scope_township_outside_the_claims_state_is_an_error(tmp_path):
    raw = pd.read_csv(config.RAW / "claimed_totals.csv", dtype=str, keep_default_na=False)
    raw.loc[raw["claim_id"] == "CT-G13", "scope_townships"] = "Hpapun; Lashio"
    path = tmp_path / "claimed_totals.csv"
    raw.to_csv(path, index=False)
    result = clean_claims(path, config.RAW / "sources.csv")
    errors = [p for p in result.errors if p.column == "scope_townships"]
    line = int(raw.index[raw["claim_id"] == "CT-G13"][0]) + 2  # 1-based, after the header
    assert errors and "Lashio" in errors[0].message and errors[0].row == line


def test_links_and_actors_follow_the_worklist(events):
    ev = events.set_index("event_id")
    assert ev.at["A27-G16", "part_of"] == "A27-G18" and ev.at["A27-G16", "same_as"] == ""
    assert ev.at["A27-G36", "part_of"] == "A27-G37"
    assert ev.at["A27-G17", "actor"] == "unknown"  # unclear whether they were junta personnel
    assert "Muslim armed men" in ev.at["A27-G18", "text_flag"]
    assert "A27-F54" in ev.at["A27-G52", "note"] and "A27-G64" in ev.at["A27-G52", "note"]


def test_source_arithmetic_and_periods_that_do_not_fit_are_flagged(claims):
    sums = breakdown_sums(claims).set_index("claim_id")
    c = claims.set_index("claim_id")
    exact = sums[sums["status"] == "parts add up to the total"].index
    for cid in exact:
        if c.at[cid, "count_qualifier"] in ("more_than", "over", "lower_bound"):
            assert "exactly" in c.at[cid, "text_flag"], cid
    assert "exactly 2,578" in c.at["CT-G55", "text_flag"]
    assert "10 months" in c.at["CT-G12", "text_flag"]
    assert "not this text" in c.at["CT-G08", "note"] and "Myanmar Peace Monitor" in c.at["CT-G08", "note"]


def _sentences(note: str) -> list[str]:
    plain = re.sub(r"\b(?:A27|CT)-G", "G", note)
    return [s.strip(" .;").lower() for s in re.split(r"(?<=[.;])\s+", plain) if len(s.strip()) > 25]


def test_no_note_repeats_a_sentence(events, claims):
    for frame, id_column in ((events, "event_id"), (claims, "claim_id")):
        for rid, note in zip(frame[id_column], frame["note"].fillna(""), strict=True):
            sentences = _sentences(note)
            assert len(sentences) == len(set(sentences)), rid


def test_headlines_carry_no_query_string_or_id_number(sources):
    bad = sources[sources["headline"].str.contains(r"\?|utm_|&r=|\d{8,}", regex=True)]
    assert bad.empty, list(bad["source_id"])
