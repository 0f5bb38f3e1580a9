"""The report tables are derived from event rows, never typed in."""

import pandas as pd

from analysis import config, report
from analysis.measure.rules import REPORT_RULE
from analysis.pipeline.load import load_table


def test_headline_by_state_columns_and_gap(events):
    table = report.headline_by_state(events)
    assert list(table.columns)[:3] == ["state_region", "iso_3166_2", "surrendered"]
    assert table["state_region"].iloc[-1] == report.NOT_ITEMIZED and table["iso_3166_2"].iloc[-1] == ""
    headline = int(events.set_index("event_id").loc[report.HEADLINE_ID, "count_low"])
    itemized = int(table["surrendered"].iloc[:-1].sum())
    # the Not itemized row holds what the headline exceeds the itemized sum by
    assert table["surrendered"].iloc[-1] == max(0, headline - itemized)
    assert table["surrendered"].sum() == report.totals(events)["total"]


def test_headline_names_every_state_the_report_names_and_says_which_have_no_figure(events):
    table = report.headline_by_state(events).set_index("state_region")
    named = events.set_index("event_id").loc[report.HEADLINE_ID, "state_region"].split("; ")
    assert set(named) <= set(table.index)
    silent = table[(table["itemized_events"] == 0) & (table.index != report.NOT_ITEMIZED)]
    assert set(silent.index) == {"Sagaing", "Magway"}
    assert (silent["surrendered"] == 0).all()


def test_codes_in_headline_table_come_from_pycountry(events):
    import pycountry

    codes = {s.name: s.code for s in pycountry.subdivisions.get(country_code="MM")}
    for row in report.headline_by_state(events).itertuples():
        if row.state_region != report.NOT_ITEMIZED:
            assert row.iso_3166_2 == codes[row.state_region]


def test_processed_tables_match_a_fresh_derivation(events):
    fresh = report.headline_by_state(events)
    stored = pd.read_csv(config.HEADLINE_BY_STATE, keep_default_na=False)
    assert stored["surrendered"].tolist() == fresh["surrendered"].tolist()
    assert stored["state_region"].tolist() == fresh["state_region"].tolist()


def test_ledger_covers_every_row_with_a_figure(events):
    ledger = report.claims_ledger(events)
    with_figure = events[events[["count_low", "count_best", "count_high"]].notna().any(axis=1)]
    assert set(ledger["event_id"]) == set(with_figure["event_id"])
    from analysis.vocab import LEDGER_STATUSES

    assert set(ledger["status"]) <= set(LEDGER_STATUSES)
    assert (ledger["explanation"] != "").all()
    stored = load_table("claims_ledger")
    assert stored["claim_id"].tolist() == ledger["claim_id"].tolist()


def test_no_claim_is_checked_against_itself(events):
    """A single figure is 'stated', never 'consistent': only an aggregate with components can be checked."""
    ledger = report.claims_ledger(events).set_index("event_id")
    aggregates = set(events["part_of"]) - {""}
    singles = ledger.loc[~ledger.index.isin(aggregates)]
    assert (singles["status"] == "stated").all()
    assert (ledger.loc[ledger.index.isin(aggregates), "status"] != "stated").all()
    assert "nothing independent" in singles["explanation"].iloc[0]


def test_ledger_judges_the_aggregates(events):
    ledger = report.claims_ledger(events).set_index("event_id")
    h = ledger.loc[report.HEADLINE_ID]
    assert h["status"] == "explained difference"
    assert "Sagaing" in h["explanation"] and "Magway" in h["explanation"]
    assert int(h["computed"]) == _itemized_by_hand(events, report.HEADLINE_ID)
    # the TNLA's 'over 300' is a lower bound its three items (183) do not contradict; the link is the curator's
    assert ledger.loc["IRR-004", "status"] == "consistent"
    assert "curator's reading" in ledger.loc["IRR-004", "explanation"]
    assert "117 of 'over 300' are not itemized" in ledger.loc["IRR-004", "explanation"]
    assert ledger.loc["IRR-001", "status"] == "consistent"
    assert "vague phrase" in ledger.loc["BNN-005", "explanation"]  # 'several dozen' read as 24 says so


def _itemized_by_hand(events, aggregate: str) -> int:
    """What the report's own rows itemize of an aggregate, walked by hand in plain Python (not through tally):
    each surrendered personnel row of the same report under it adds the larger of its figure and its parts'."""
    rows = {r["event_id"]: r for r in events.to_dict("records")}
    source = rows[aggregate]["source_id"]
    troops = {"junta_army", "police", "junta_personnel", "militia", "bgf"}

    def total(eid: str) -> float:
        r = rows[eid]
        own = r["count_low"] if pd.notna(r["count_low"]) else (r["count_best"] if pd.notna(r["count_best"]) else 0)
        return max(float(own), sum(total(c) for c in children(eid)))

    def children(eid: str) -> list[str]:
        return [
            c
            for c, r in rows.items()
            if r["part_of"] == eid
            and r["source_id"] == source
            and r["outcome"] == "surrendered"
            and r["actor"] in troops
            and r["date_start"] >= "2023-10-27"
        ]

    return int(round(sum(total(c) for c in children(aggregate))))


def test_sensitivity_moves_as_the_readings_say(events):
    s = report.sensitivity(events).set_index("short")
    base = s.loc["Report's rule"]
    inside = (events["date_start"] >= "2023-10-27") & (events["date_end"] <= "2023-11-17")
    fled = events[events["outcome"].isin(["fled", "fled_across_border"]) & inside & (events["same_as"] == "")]
    fled_total = int(fled["count_low"].astype("Float64").fillna(fled["count_best"].astype("Float64")).sum())
    assert s.loc["+ those who fled", "total"] == base["total"] + fled_total
    # the record's reading: the report's own rows that another, counted row reports differently
    own = events[(events["source_id"] == REPORT_RULE.reproduces) & (events["same_as"] != "")]
    first = events.set_index("event_id")["count_low"]
    differ = own[own["outcome"].eq("surrendered") & (own["count_low"] != own["same_as"].map(first))]
    record = s[s.index.str.contains(" as ")]
    assert len(record) == 1 and len(differ) >= 1
    assert record["itemized_by_state"].iloc[0] == base["itemized_by_state"] - int(
        (differ["count_low"] - differ["same_as"].map(first)).sum()
    )
    relatives = int(
        events[inside & (events["same_as"] == "")]
        .query("actor == 'relatives' and outcome == 'surrendered'")["count_low"]
        .sum()
    )
    assert s.loc["+ relatives (other question)", "change_total"] == relatives
    assert s.loc["Strict lower bounds", "itemized_by_state"] < base["itemized_by_state"]
    assert s.loc["+ June 2023 (other question)", "total"] > base["total"]
    assert set(s.loc[s["question"] != s.loc["Report's rule", "question"]].index) == {
        "+ relatives (other question)",
        "+ June 2023 (other question)",
    }


def test_largest_surrenders_excludes_aggregates(events):
    top = report.largest_surrenders(events)
    aggregates = set(events["part_of"]) - {""}
    assert not set(top["event_id"]) & aggregates
    assert top["figure"].is_monotonic_decreasing


def test_an_aggregate_whose_parts_its_rule_does_not_select_itemizes_none_of_it(events):
    """'50 surrendered' whose only linked row is a killing: nothing of it is itemized (and no crash)."""
    e = events.iloc[:2].copy().reset_index(drop=True)
    e.loc[0, ["part_of", "outcome", "count_low", "count_best"]] = ["", "surrendered", 50, 50]
    e.loc[1, ["part_of", "outcome", "count_low", "count_best"]] = [e.loc[0, "event_id"], "killed", 10, 10]
    row = report.claims_ledger(e).set_index("event_id").loc[e.loc[0, "event_id"]]
    assert row["status"] == "not reproducible from the text" and pd.isna(row["computed"])
    assert row["explanation"].startswith("the text itemizes none of it")
