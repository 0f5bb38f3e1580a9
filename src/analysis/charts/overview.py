"""Notebook 01's charts: what is in the data."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from .chart import Chart, new_chart
from .sources import source_line
from .style import SERIES


def events_by_outcome(events: pd.DataFrame, sources: pd.DataFrame, width: str = "single") -> Chart:
    """Event rows (not people) by outcome, split by outlet (the five with most rows, then the rest)."""
    outlets = events["source_id"].map(source_outlets(sources))
    main = outlets.value_counts().index[:5]
    who = outlets.where(outlets.isin(main), "other outlets")
    counts = events.assign(who=who).groupby(["outcome", "who"]).size().unstack(fill_value=0)
    counts = counts[[*main, *(["other outlets"] if "other outlets" in counts else [])]]
    counts = counts.loc[counts.sum(axis=1).sort_values().index]
    top = counts.sum(axis=1).idxmax()
    chart = new_chart(
        "events_by_outcome",
        f"{len(events)} event rows from {events['source_id'].nunique()} reports; "
        f"'{top.replace('_', ' ')}' is the most common outcome",
        "Event rows in the curated data by outcome and outlet (rows, not people; a second report of the same event "
        "is a row of its own). Every row is a claim, unverified.",
        width=width,
        body_height=2.9,
        source=source_line(events["source_id"], sources),
    )
    ax = chart.body.subplots()
    left = np.zeros(len(counts))
    for i, outlet in enumerate(counts.columns):
        ax.barh([o.replace("_", " ") for o in counts.index], counts[outlet], left=left, color=SERIES[i], label=outlet)
        left += counts[outlet].to_numpy()
    ax.set_xlabel("Event rows")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower right", fontsize="x-small")
    chart.alt = (
        f"Horizontal bar chart of event rows by outcome, split by outlet. {len(events)} rows in all; "
        + "; ".join(f"{o.replace('_', ' ')}: {int(n)}" for o, n in counts.sum(axis=1)[::-1].items())
        + "."
    )
    return chart


def source_outlets(sources: pd.DataFrame) -> dict[str, str]:
    """source_id -> outlet."""
    return dict(zip(sources["source_id"], sources["outlet"], strict=True))
