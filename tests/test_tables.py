"""Tables for readers (analysis.report.tables): names and codes in words, no index, 20,000, dates as days."""

import pandas as pd
import pytest

from analysis.errors import AnalysisError
from analysis.pipeline.load import load_claims, load_events
from analysis.report import totals_vs_events
from analysis.report.tables import for_readers, label


def test_names_codes_numbers_and_dates_read_as_words():
    frame = pd.DataFrame(
        {
            "claimant_type": ["armed_group", "outlet"],
            "kind": ["running_total", "breakdown"],
            "claimed_low": pd.array([20000, pd.NA], dtype="Int64"),
            "as_of_date": ["2024-01-31", ""],
            "persons": ["troops; militia", "unspecified"],
            "includes_relatives": ["no", "unknown"],
        },
        index=[7, 9],
    )
    table = for_readers(frame)
    assert list(table.frame.columns) == [
        "Claimant",
        "Kind of claim",
        "Claimed figure, low end",
        "As of",
        "Counting",
        "Includes relatives",
    ]
    assert table.frame.to_dict("list") == {
        "Claimant": ["armed group", "outlet"],
        "Kind of claim": ["running total", "part of a breakdown"],
        "Claimed figure, low end": ["20,000", ""],
        "As of": ["31 Jan 2024", ""],
        "Counting": ["troops; militia", "not said"],
        "Includes relatives": ["no", "unknown"],
    }
    assert list(table.frame.index) == [0, 1]
    assert table.data is frame  # the full table, untouched, for analysts


def test_html_has_no_index_right_aligned_numbers_escaped_text_and_scrolls():
    frame = pd.DataFrame({"note": ["<b>bold</b> & more"], "itemized_low": [1234]})
    html = for_readers(frame).to_html()
    assert html.startswith('<div class="table-scroll" style="overflow-x: auto;')
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in html and "<b>" not in html
    assert "1,234" in html and "row_heading" not in html and "blank" not in html
    assert "td.col1 {\n  text-align: right;" in html
    days = for_readers(pd.DataFrame({"as_of_date": ["2024-01-31", ""], "note": ["a", "b"]})).to_html()
    assert "td.col0 {\n  white-space: nowrap;" in days and "td.col1" not in days  # a day stays on one line
    assert html == for_readers(frame).to_html()  # same bytes every run (no random table id)
    assert repr(for_readers(frame)).splitlines()[0].split() == [
        "Note",
        "Itemized",
        "events",
        "add",
        "up",
        "to",
        "(lower",
        "bound)",
    ]


def test_a_missing_column_is_an_error_naming_it():
    with pytest.raises(AnalysisError, match=r"no column \['nope'\]"):
        for_readers(pd.DataFrame({"a": [1]}), ["a", "nope"])


def test_the_claims_table_for_readers_keeps_every_claim():
    compared = totals_vs_events(load_claims(), load_events())
    table = for_readers(compared, ["claimant", "figure_text", "claimed_low", "as_of_date", "status"])
    assert len(table.frame) == len(compared)
    assert list(table.frame.columns) == [
        label(c) for c in ["claimant", "figure_text", "claimed_low", "as_of_date", "status"]
    ]
    big = compared["claimed_low"].dropna().astype(int)
    assert {f"{v:,}" for v in big} <= set(table.frame["Claimed figure, low end"])


def test_a_named_index_is_a_column_and_an_unnamed_one_is_dropped():
    events = load_events()
    counts = for_readers(pd.crosstab(events["outcome"], events["actor"]))
    assert counts.frame.columns[0] == "Outcome"
    assert "surrendered" in set(counts.frame["Outcome"])
    assert "fled across border" in set(counts.frame["Outcome"])  # codes in words
    assert counts.data.index.name == "outcome"  # the analyst's table as it was
    subset = for_readers(events[events["outcome"] == "surrendered"].head(3), ["event_id", "count_low"])
    assert list(subset.frame.columns) == ["Row", "Count low"]
    days = for_readers(pd.DataFrame({"date": pd.to_datetime(["2023-10-27"]), "low": [1500]}))
    assert days.frame.iloc[0].tolist() == ["27 Oct 2023", "1,500"]


def test_an_index_named_like_a_column_is_not_shown_twice():
    frame = pd.DataFrame({"state_region": ["Shan", "Chin"], "low": [5, 7]}).set_index("state_region", drop=False)
    assert list(for_readers(frame).frame.columns) == ["State/region", "Certain by then"]


def test_every_table_a_notebook_shows_is_written_for_readers():
    """No raw DataFrame dumps (numeric index, column codes) in the notebooks: each table goes through for_readers."""
    import nbformat

    from analysis.tasks.notebooks import notebook_paths

    for path in notebook_paths():
        nb = nbformat.read(path, as_version=4)
        html = [
            o["data"]["text/html"] for c in nb.cells for o in c.get("outputs", []) if "text/html" in o.get("data", {})
        ]
        assert html, f"{path.name} shows no table"
        raw = [h[:120] for h in html if 'class="reader-table"' not in h]
        assert not raw, f"{path.name}: tables not written for readers (use analysis.report.for_readers): {raw}"


def test_column_groups_read_as_group_and_column():
    first = pd.DataFrame({"outcome": ["surrendered"], "events": [3]}).set_index("outcome")
    both = pd.concat({"first year": first, "from 2024-10-27": first}, axis=1)
    table = for_readers(both)
    assert list(table.frame.columns) == ["Outcome", "First year: Events", "From 27 Oct 2024: Events"]
