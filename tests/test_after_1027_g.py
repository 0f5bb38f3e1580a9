"""Every fact of ../shared/sources/after-1027/reports-2024-09-on.csv (G01 ...) is in the data, as written.

Rows are matched to facts by fact id (``A27-G17`` in events.csv, ``CT-G55`` in
claimed_totals.csv) and compared on figure, date, place, claimant and outcome, as
the first list (F01 ...) is in test_after_1027.py. The outcome tests fail if a
captured, released or mixed figure is ever counted as surrendered personnel.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import config
from analysis.measure.rules import FLED_RULE, RULES, TREND_RULE
from analysis.measure.tally import contributions
from analysis.parse.places import canonical_states
from analysis.pipeline.claims import clean_claims
from analysis.pipeline.clean import clean_file
from analysis.report.claims import breakdown_sums, totals_vs_events
from analysis.tasks.codebook import render
from analysis.vocab import TROOP_ACTORS
from conftest import read_facts, read_raw

FACTS = config.SOURCE_TEXTS / "after-1027" / "reports-2024-09-on.csv"
#: The list's kind -> the outcomes (events) or kinds (claims) a row made from it may have.
EVENT_KINDS = {
    "event": {"surrendered", "defected"},
    "captured": {"captured", "surrendered_or_captured"},  # the latter only where not told apart (test below)
    "fled_across_border": {"fled_across_border"},
    "released": {"released"},
}
CLAIM_KINDS = {
    "running_total": {"running_total", "tally"},
    "breakdown": {"breakdown"},
    "captured_total": {"captured_total"},
    "released_total": {"released_total"},
}


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return read_facts(FACTS)


@pytest.fixture(scope="module")
def raw() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    events, claims, sources = read_raw()
    return (
        events[events["event_id"].str.startswith("A27-G")],
        claims[claims["fact_id"].str.startswith("G")],
        sources,
    )


@pytest.fixture(scope="module")
def cleaned() -> pd.DataFrame:
    return clean_file(config.RAW_EVENTS).events


def _fact_of(event_id: str) -> str:
    return event_id.removeprefix("A27-")[:3]


def test_every_fact_is_curated_or_set_aside(facts, raw):
    events, claims, _ = raw
    curated = {_fact_of(e) for e in events["event_id"]} | set(claims["fact_id"])
    missing = sorted(set(facts.index) - curated)
    codebook = render()
    assert not [f for f in missing if f"`{f}`" not in codebook], f"neither curated nor set aside: {missing}"
    assert not curated - set(facts.index), "rows cite facts that do not exist"
    assert not {"G49", "G50"} & curated, "the dropped rewrites G49 and G50 are not facts"
    assert len(facts) == 74 and len(curated) + len(missing) == 74


def test_every_report_is_a_source_with_its_address_date_and_outlet(facts, raw):
    _, _, sources = raw
    src = sources.set_index("source_id")
    for report_id, group in facts.groupby("report_id"):
        assert report_id in src.index, report_id
        assert src.at[report_id, "url"] == group["address"].iloc[0]
        assert src.at[report_id, "published"] == group["published"].iloc[0]
        assert src.at[report_id, "outlet"] == group["outlet"].iloc[0]


def test_rewrites_are_marked_and_point_at_their_original_where_it_is_stored(raw):
    _, _, sources = raw
    rewrite = sources.set_index("source_id")["rewrite_of"]
    assert rewrite["mmpeacemonitor-2024-11-ann"] == "dmg-2024-11-16-ann"
    assert rewrite["thevoice-2024-12-11"] == "irrawaddy-greatbengaltoday-2024-12-11"
    for rewriter in ("bobpost-2024-12-mindat", "mizzima-2025-01-01-cba", "rfa-de-2025-04-indaw"):
        assert rewrite[rewriter], rewriter
    assert rewrite["dmg-2024-11-16-ann"] == "" and rewrite["afp-thestar-2025-07-12"] == ""


def _mentions_state(place: str, state: str) -> bool:
    words = {"Shan": ["Shan", "Lashio"], "Kayin": ["Kayin", "Karen"], "Kayah": ["Kayah", "Karenni"]}.get(state, [state])
    return any(w in place for w in words)


def test_event_rows_match_their_facts(facts, raw):
    events, _, sources = raw
    original = sources.set_index("source_id")["rewrite_of"]
    assert len(events) >= 40
    for row in events.itertuples():
        fact = facts.loc[_fact_of(row.event_id)]
        # the list's report, or the stored original it rewrites ("where the original is stored, the row cites it")
        assert row.source_id in (fact["report_id"], original[fact["report_id"]]), row.event_id
        assert row.outcome in EVENT_KINDS[fact["kind"]], (row.event_id, fact["kind"], row.outcome)
        if fact["figure_as_written"]:
            assert row.count_text == fact["figure_as_written"] == row.evidence, row.event_id
        else:
            assert row.count_text == "" and row.evidence == "[no figure in the report]", row.event_id
        start, _, end = fact["event_date"].partition("/")
        assert (row.date_start, row.date_end) == (start, end or start), row.event_id
        assert fact["fact_id"] in row.date_basis
        names, _ = canonical_states(row.state_region)
        assert len(names) == 1, row.event_id
        assert _mentions_state(fact["place"], names[0]), f"{row.event_id}: {fact['place']!r} vs {names[0]}"
        assert f"claimant as listed: {fact['claimant']}." in row.note, row.event_id
        if row.outcome == "fled_across_border":
            assert row.border_country == "Thailand", row.event_id


def test_claim_rows_match_their_facts(facts, raw):
    _, claims, _ = raw
    for row in claims.itertuples():
        fact = facts.loc[row.fact_id]
        assert row.kind in CLAIM_KINDS[fact["kind"]], row.fact_id
        start, _, end = fact["event_date"].partition("/")
        assert (row.figure_text, row.as_of_date, row.claimant) == (
            fact["figure_as_written"],
            end or start,
            fact["claimant"],
        ), row.fact_id
        assert row.source_id == fact["report_id"] and fact["fact_id"] in row.date_basis
        if end:  # a window (a month's captures) or an uncertain as-of date: the basis gives the range as listed
            assert fact["event_date"] in row.date_basis, row.fact_id


def test_the_disagreements_between_outlets_are_kept_on_linked_rows(raw):
    events, claims, _ = raw
    ev = events.set_index("event_id")
    # Maungdaw: 'over 80' surrendered vs 'about 80' arrested, the same group, counted once as captured
    assert (ev.at["A27-G17", "outcome"], ev.at["A27-G17", "count_text"]) == ("surrendered", "over 80")
    assert (ev.at["A27-G21", "outcome"], ev.at["A27-G21", "count_text"]) == ("captured", "about 80")
    assert ev.at["A27-G17", "same_as"] == ev.at["A27-G21", "same_as"] == "A27-G18"
    assert ev.at["A27-G17", "alt_count_text"] == "about 80" and ev.at["A27-G21", "alt_count_text"] == "over 80"
    # Indaw: about 40 vs at least 160
    assert ev.at["A27-G39", "same_as"] == "A27-G38" and ev.at["A27-G38", "alt_count_text"] == "At least 160"
    # Black Do: 62 vs 63
    assert (ev.at["A27-G43", "count_text"], ev.at["A27-G43", "alt_count_text"]) == ("Sixty-two", "63")
    # Ann: three wordings, one claim
    cl = claims.set_index("claim_id")
    assert cl.at["CT-G07", "same_as"] == cl.at["CT-G09", "same_as"] == "CT-G08" and cl.at["CT-G08", "same_as"] == ""


def test_no_captured_released_or_mixed_figure_is_counted_as_surrendered_personnel(cleaned):
    events = cleaned
    never = (events["outcome"] != "surrendered") | ~events["actor"].isin(TROOP_ACTORS)
    for rule in [*RULES.values(), TREND_RULE]:
        if "fled" in rule.name:
            continue
        counted = contributions(events, rule.but(window=(None, None))) > 0
        assert not (counted & never).any(), (rule.name, list(events.loc[counted & never, "event_id"]))
    g = events.set_index("event_id")
    trend = contributions(events, TREND_RULE).set_axis(events["event_id"])
    # the disputed Maungdaw surrender, the 78 women, the families of Hsipaw and Mindat add nothing
    for eid in ("A27-G17", "A27-G21", "A27-G03", "A27-G63", "A27-G28", "A27-G01", "A27-G75", "A27-G44"):
        assert trend[eid] == 0, eid
    assert trend["A27-G64"] == 10 and g.at["A27-G64", "outcome"] == "surrendered"


def test_releases_add_no_one_and_link_to_the_event_in_which_they_were_taken(cleaned):
    events = cleaned
    released = events["outcome"] == "released"
    assert released.sum() >= 7
    for rule in [*RULES.values(), TREND_RULE, FLED_RULE]:
        assert (contributions(events, rule.but(window=(None, None)))[released] == 0).all(), rule.name
    links = events.loc[released].set_index("event_id")["taken_in"]
    assert links["A27-G02"] == links["A27-G75"] == "A27-F56"
    assert links["A27-G44"] == "A27-G43" and links["A27-G53"] == "A27-G30"
    outcome = events.set_index("event_id")["outcome"]
    assert set(outcome[links[links != ""]]) <= {"surrendered", "captured", "fled_across_border"}


def test_peoples_goal_tallies_are_checked_against_their_parts_and_never_surrender_totals(cleaned):
    claims = clean_claims(config.RAW / "claimed_totals.csv").claims
    sums = breakdown_sums(claims).set_index("claim_id")
    assert (sums.at["CT-G55", "parts_sum"], sums.at["CT-G55", "status"]) == (2578, "parts add up to the total")
    assert (sums.at["CT-G67", "parts_sum"], sums.at["CT-G67", "parts"]) == (2130, 7)
    c = claims.set_index("claim_id")
    assert c.at["CT-G55", "kind"] == c.at["CT-G67", "kind"] == "tally"
    assert c.at["CT-G55", "outcome"] != "surrendered" and "961" in c.at["CT-G55", "text_flag"]
    parts = c[c["part_of"] == "CT-G55"]
    assert parts.groupby("outcome")["count_low"].sum().to_dict() == {
        "captured": 1382,
        "defected": 1039,
        "surrendered": 157,
    }
    compared = totals_vs_events(claims, cleaned).set_index("claim_id")
    # a captured part is compared with captures only, the surrendered part with surrenders only
    window = {"window": ("2025-01-01", "2025-12-31"), "aggregates": False}
    surrendered = contributions(cleaned, TREND_RULE.but(**window)).sum()
    assert compared.at["CT-G59", "itemized_low"] == int(round(surrendered))
    assert compared.at["CT-G61", "itemized_low"] == 0  # police captured: no itemized police capture in 2025
    # the Ann wordings are compared once
    assert "another wording of CT-G08" in compared.at["CT-G09", "status"]
