"""Notebook 02's charts: the headline by state/region and how firm it is."""

from __future__ import annotations

import pandas as pd

from .. import report
from .chart import Chart, new_chart
from .style import PALETTE


def headline_by_state(events: pd.DataFrame, width: str = "single") -> Chart:
    table = report.headline_by_state(events)
    head = report.headline_figure(events)
    totals = report.totals(events)
    placed = table[table["state_region"] != report.NOT_ITEMIZED]
    top = placed.sort_values("surrendered", ascending=False).iloc[0]
    gap = int(table.loc[table["state_region"] == report.NOT_ITEMIZED, "surrendered"].iloc[0])
    chart = new_chart(
        "headline_by_state",
        f"{top['state_region']} State accounts for {top['surrendered']} of the {totals['total']} surrendered; "
        f"{gap} are not itemized anywhere",
        f"Junta personnel reported surrendered, 27 Oct-17 Nov 2023, by state/region, under the report's own "
        f"rule (lower bounds). Reported: '{head['reported']}'.",
        width=width,
        body_height=2.4,
    )
    ax = chart.body.subplots()
    labels = table["state_region"].tolist()[::-1]
    vals = table["surrendered"].tolist()[::-1]
    colors = [PALETTE["grey"] if s == report.NOT_ITEMIZED else PALETTE["blue"] for s in labels]
    bars = ax.barh(labels, vals, color=colors)
    for bar, v, s in zip(bars, vals, labels, strict=True):
        text = f"{v}" if v or s == report.NOT_ITEMIZED else "no figure"
        ax.text(
            bar.get_width() + max(vals) * 0.015,
            bar.get_y() + bar.get_height() / 2,
            text,
            va="center",
            fontsize="small",
            color="#333333",
        )
    ax.set_xlim(0, max(vals) * 1.18)
    ax.set_xlabel("People")
    chart.alt = (
        "Bar chart of reported surrenders by state/region: "
        + "; ".join(f"{s}: {v}" for s, v in zip(table["state_region"], table["surrendered"], strict=True))
        + f". Total {totals['total']} against the reported '{head['reported']}'."
    )
    return chart

def headline_sensitivity(events: pd.DataFrame, width: str = "single") -> Chart:
    table = report.sensitivity(events)
    base = table.iloc[0]
    lo, hi = table["total"].min(), table["total"].max()
    chart = new_chart(
        "headline_sensitivity",
        f"Other defensible readings put the total between {lo} and {hi}; "
        f"the itemized part moves from {table['itemized_by_state'].min()} to {table['itemized_by_state'].max()}",
        f"Total under each reading. Blue: itemized by state/region; grey: not itemized. "
        f"Dotted line: the report's rule ({base['total']}).",
        width=width,
        body_height=3.0,
    )
    ax = chart.body.subplots()
    labels = table["short"].tolist()[::-1]
    item = table["itemized_by_state"].to_numpy()[::-1]
    rest = table["not_itemized"].to_numpy()[::-1]
    ax.barh(labels, item, color=PALETTE["blue"], label="Itemized by state/region")
    ax.barh(
        labels, rest, left=item, color=PALETTE["light"], edgecolor=PALETTE["grey"], linewidth=0.4, label="Not itemized"
    )
    for y, (a, b) in enumerate(zip(item, rest, strict=True)):
        ax.text(a + b + hi * 0.01, y, f"{a + b}", va="center", fontsize="small")
    ax.axvline(base["total"], color=PALETTE["black"], lw=0.6, ls=":")
    ax.set_xlim(0, hi * 1.15)
    ax.set_xlabel("People")
    chart.alt = (
        "Bar chart of the headline total under alternative readings: "
        + "; ".join(
            f"{r}: {t} ({i} itemized)"
            for r, t, i in zip(table["reading"], table["total"], table["itemized_by_state"], strict=True)
        )
        + "."
    )
    return chart
