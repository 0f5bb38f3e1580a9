"""The smaller errors of the fact-check (#22), each checked on the rows and on what the charts write."""

from __future__ import annotations

import pandas as pd

from analysis.charts.events import _event_label
from analysis.charts.export import draw
from analysis.reference.tables import load_groups


def test_a_claimant_named_as_a_source_close_to_a_group_is_not_the_group(events, tables):
    """F35: 'a source close to the MNDAA' is who speaks, not the MNDAA."""
    lookup = load_groups()
    noted = events[events["note"].str.contains("claimant as listed: a source close to", regex=False)]
    assert len(noted)
    for row in noted.itertuples():
        listed = row.note.split("claimant as listed: ")[1].split(". ")[0]
        assert row.claimed_by == lookup[listed.lower()] and row.claimed_by != row.counterpart


def test_the_largest_surrenders_are_labelled_in_the_claimants_words(tables):
    """Lashio's bar says 'more than 4,000', not '4,000'; a lower bound is never shown as an exact figure."""
    chart = draw("largest_surrenders", tables)
    labels = [t.get_text() for t in chart.body.axes[0].texts]
    open_ended = tables.events[tables.events["count_qualifier"].isin(["more_than", "at_least"])]
    shown = [t for t in labels if any(f"'{c}'" in t for c in open_ended["count_text"])]
    assert shown, labels
    for text in labels:
        assert text.startswith("'"), f"a bare figure: {text!r}"


def test_an_event_known_over_a_range_of_days_is_labelled_with_the_range():
    """Buthidaung's 25 Mar-3 May is not 'Mar 2024'; a day-dated event keeps its day."""

    def row(start: str, end: str) -> pd.Series:
        return pd.Series(
            {"township": "Buthidaung", "state_region": "", "location": "", "date_start": start, "date_end": end}
        )

    assert _event_label(row("2024-03-25", "2024-05-03")) == "Buthidaung, 25 Mar-3 May 2024"
    assert _event_label(row("2024-03-25", "2024-05-03"), short=True) == "Buthidaung, Mar-May 24"
    assert _event_label(row("2024-07-21", "2024-07-21")) == "Buthidaung, 21 Jul 2024"


def test_a_surrender_dated_only_by_the_seizure_it_followed_is_not_called_day_dated(events, tables):
    """Lashio's 'more than 4,000' surrendered after the 3 Aug seizure: its row is a range, so no chart calls it
    the largest day-dated surrender."""
    lashio = events[events["count_text"] == "more than 4,000"].iloc[0]
    assert lashio["date_precision"] != "day" and lashio["date_end"] > lashio["date_start"]
    title = " ".join(t.get_text() for s in draw("outcomes_over_time", tables).fig.subfigs for t in s.texts)
    assert "4,000" not in title
