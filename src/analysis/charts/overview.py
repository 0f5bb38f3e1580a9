"""Notebook 01's charts: what is in the data."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from ..pipeline.load import load_table
from .chart import Chart, new_chart
from .style import SERIES


def events_by_outcome(events: pd.DataFrame, width: str = "single") -> Chart:
    counts = events.groupby(["outcome", "source_id"]).size().unstack(fill_value=0)
    counts = counts.loc[counts.sum(axis=1).sort_values().index]
    top = counts.sum(axis=1).idxmax()
    chart = new_chart(
        "events_by_outcome",
        f"{len(events)} event rows from {events['source_id'].nunique()} reports; "
        f"'{top.replace('_', ' ')}' is the most common outcome",
        "Event rows in the curated data by outcome and source (rows, not people)",
        width=width,
        body_height=2.6,
    )
    ax = chart.body.subplots()
    left = np.zeros(len(counts))
    outlets = source_labels()
    for i, src in enumerate(counts.columns):
        label = outlets.get(src, src)
        ax.barh([o.replace("_", " ") for o in counts.index], counts[src], left=left, color=SERIES[i], label=label)
        left += counts[src].to_numpy()
    ax.set_xlabel("Event rows")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower right")
    chart.alt = (
        f"Horizontal bar chart of event rows by outcome, split by source. {len(events)} rows in all; "
        + "; ".join(f"{o.replace('_', ' ')}: {int(n)}" for o, n in counts.sum(axis=1)[::-1].items())
        + "."
    )
    return chart

def source_labels() -> dict[str, str]:
    """source_id -> 'Outlet, Mon YYYY' for legends."""
    table = load_table("sources")
    return {
        r.source_id: f"{r.outlet}, {pd.Timestamp(r.published):%b %Y}" if r.published else r.outlet
        for r in table.itertuples()
    }
