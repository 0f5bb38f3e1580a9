"""Every fact of ../shared/sources/after-1027/reports.csv is in the data (or set aside with a reason), as written.

Rows are matched to facts by fact id (``A27-F21`` in events.csv, ``CT-F45`` in
claimed_totals.csv) and compared on figure, date, place and claimant, as the
seed rows are compared with the seed texts.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import config
from analysis.parse.places import canonical_states
from analysis.tasks.codebook import render
from conftest import read_facts, read_raw

FACTS = config.SOURCE_TEXTS / "after-1027" / "reports.csv"


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return read_facts(FACTS)


@pytest.fixture(scope="module")
def raw() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    return read_raw()


def _fact_of(event_id: str) -> str:
    return event_id.removeprefix("A27-")[:3]


def _first_list(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows curated from this list (F ids); the second list (G ids) has its own test file."""
    ids = frame[column].str.removeprefix("A27-").str.removeprefix("CT-")
    return frame[ids.str.startswith("F")]


def test_every_fact_is_curated_or_set_aside(facts, raw):
    events, claims, _ = raw
    events, claims = _first_list(events, "event_id"), _first_list(claims, "fact_id")
    curated = {_fact_of(e) for e in events["event_id"] if e.startswith("A27-")} | set(claims["fact_id"])
    missing = sorted(set(facts.index) - curated)
    codebook = render()
    unexplained = [f for f in missing if f"`{f}`" not in codebook]
    assert not unexplained, f"facts neither curated nor set aside in the codebook: {unexplained}"
    assert len(missing) <= 2, f"too much set aside: {missing}"
    assert not curated - set(facts.index), "rows cite facts that do not exist"


def test_every_report_is_a_source_with_its_address_and_date(facts, raw):
    _, _, sources = raw
    src = sources.set_index("source_id")
    for report_id, group in facts.groupby("report_id"):
        assert report_id in src.index, report_id
        assert src.at[report_id, "url"] == group["address"].iloc[0]
        assert src.at[report_id, "published"] == group["published"].iloc[0]
        assert src.at[report_id, "outlet"] == group["outlet"].iloc[0]


def test_event_rows_match_their_facts(facts, raw):
    events, _, _ = raw
    rows = _first_list(events[events["event_id"].str.startswith("A27-")], "event_id")
    assert len(rows) >= 30
    for row in rows.itertuples():
        fact = facts.loc[_fact_of(row.event_id)]
        assert row.source_id == fact["report_id"], row.event_id
        # figure: the evidence is the figure phrase as written (a split fact quotes its part of it)
        if fact["figure_as_written"]:
            assert row.evidence in fact["figure_as_written"], row.event_id
            assert row.count_text and row.count_text.lower() in fact["figure_as_written"].lower(), row.event_id
        else:
            assert row.count_text == "", f"{row.event_id}: the report gives no figure"
        # date: as the fact dates it (a range START/END), or empty when the report gives none
        start, _, end = fact["event_date"].partition("/")
        if "not given separately" in fact["event_date_basis"]:
            # the fact dates something else (a seizure): the row's range holds that day and ends by the report
            published = facts.loc[_fact_of(row.event_id), "published"]
            assert row.date_start <= start <= row.date_end <= published, row.event_id
            assert row.date_end > row.date_start, f"{row.event_id}: not known to the day"
        else:
            assert (row.date_start, row.date_end) == (start, end or start), row.event_id
        assert fact["fact_id"] in row.date_basis
        # place: the fact's place names the row's state/region
        names, _ = canonical_states(row.state_region)
        assert len(names) == 1, row.event_id
        assert _mentions_state(fact["place"], names[0]), f"{row.event_id}: {fact['place']!r} vs {names[0]}"
        # claimant: named on the row as the fact lists it
        assert f"claimant as listed: {fact['claimant']}." in row.note, row.event_id


def _mentions_state(place: str, state: str) -> bool:
    words = {"Shan": ["Shan", "Kokang"], "Kayin": ["Kayin", "Karen"], "Kayah": ["Kayah", "Karenni"]}.get(state, [state])
    return any(w in place for w in words)


def test_claim_rows_match_their_facts(facts, raw):
    _, claims, _ = raw
    for row in _first_list(claims, "fact_id").itertuples():
        fact = facts.loc[row.fact_id]
        assert fact["kind"] in ("running_total", "breakdown", "fled_across_border_total"), row.fact_id
        assert row.kind == fact["kind"], row.fact_id
        assert (row.figure_text, row.as_of_date, row.claimant) == (
            fact["figure_as_written"],
            fact["event_date"],
            fact["claimant"],
        ), row.fact_id
        assert row.source_id == fact["report_id"]


def test_no_event_row_is_a_running_total_and_relatives_are_never_personnel(facts, raw):
    events, _, _ = raw
    rows = _first_list(events[events["event_id"].str.startswith("A27-")], "event_id")
    kinds = {_fact_of(e): facts.at[_fact_of(e), "kind"] for e in rows["event_id"]}
    assert set(kinds.values()) <= {"event", "fled_across_border"}
    for row in rows.itertuples():
        counts = facts.at[_fact_of(row.event_id), "counts"].lower()
        if counts.startswith("family members"):
            assert row.actor == "relatives", row.event_id
        if "family members" in counts and not counts.startswith("family members"):
            assert row.actor in ("mixed", "relatives") or "126" in row.count_text, row.event_id


def test_a_second_report_of_the_same_people_is_linked_and_never_counted():
    from analysis.measure.rules import TREND_RULE
    from analysis.measure.tally import contributions
    from analysis.pipeline.clean import clean_file

    events = clean_file(config.RAW_EVENTS).events
    again = events[events["same_as"] != ""]
    assert len(again) >= 10
    assert (contributions(events, TREND_RULE)[again.index] == 0).all()
    assert set(again["same_as"]) <= set(events.loc[events["same_as"] == "", "event_id"])
