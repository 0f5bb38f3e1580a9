"""Notebook 02's charts: what the rows itemize of the report's headline, by state/region, and how firm it is.

"At least 447" is The Irrawaddy's compiled claim. The rows itemize part of it by
state/region; the rest is what nothing in the rows explains. Every title says so.
"""

from __future__ import annotations

import pandas as pd

from .. import report
from ..measure.rules import REPORT_RULE
from ..measure.tally import drawn
from .chart import Chart, new_chart
from .dates import fmt_span
from .sources import claimants, source_line
from .style import PALETTE


def claim_phrase(events: pd.DataFrame) -> str:
    """'The Irrawaddy's "at least 447" (compiled from anti-regime reports)', read from the headline row."""
    row = events.loc[events["event_id"] == report.HEADLINE_ID].iloc[0]
    how = f", {row['verification']}" if row["verification"] else ""
    return f"{row['claimed_by']}'s '{row['count_text']}'{how}"


def _open_ended(events: pd.DataFrame) -> str:
    """ ", Shan included ('over 300' there is a lower bound)": the headline's parts that are themselves open-ended
    aggregates, from the rows ('' when none)."""
    aggregates = set(events["part_of"]) - {""}
    parts = events[
        (events["part_of"] == report.HEADLINE_ID)
        & events["event_id"].isin(aggregates)
        & events["count_qualifier"].isin(["at_least", "more_than"])
    ]
    return "".join(f", {r.state_region} included ('{r.count_text}' there is a lower bound)" for r in parts.itertuples())


def headline_by_state(
    events: pd.DataFrame, headline_by_state: pd.DataFrame, sources: pd.DataFrame, width: str = "single"
) -> Chart:
    """The headline's surrenders by state/region as the build's table ``headline_by_state`` gives them.

    ``events`` give the claim's wording, the claimants and the source line (the rows drawn).
    """
    table = headline_by_state
    totals = report.totals_of(table)
    rows = drawn(events, REPORT_RULE)
    placed = table[table["state_region"] != report.NOT_ITEMIZED]
    top = placed.sort_values("surrendered", ascending=False).iloc[0]
    items = rows[rows["event_id"] != report.HEADLINE_ID]
    chart = new_chart(
        "headline_by_state",
        f"The rows itemize {totals['itemized']} surrenders by state/region, {top['surrendered']} in "
        f"{top['state_region']}; {claim_phrase(events)} leaves {totals['not_itemized']} unplaced",
        f"Junta personnel reported surrendered, {fmt_span(*REPORT_RULE.window)}, as the report counts them (lower "
        "bounds where given, figures given only as approximations as stated), each person once: unverified claims "
        f"by {claimants(items)}. 'Not itemized': what the compiled total exceeds the rows by; it may lie in any "
        f"state{_open_ended(events)}.",
        width=width,
        body_height=2.4,
        source=source_line(rows["source_id"], sources),
    )
    ax = chart.body.subplots()
    labels = table["state_region"].tolist()[::-1]
    vals = table["surrendered"].tolist()[::-1]
    colors = [PALETTE["grey"] if s == report.NOT_ITEMIZED else PALETTE["blue"] for s in labels]
    bars = ax.barh(labels, vals, color=colors)
    for bar, v, s in zip(bars, vals, labels, strict=True):
        text = f"{v}" if v or s == report.NOT_ITEMIZED else "named, no figure"
        ax.text(
            bar.get_width() + max(vals) * 0.015,
            bar.get_y() + bar.get_height() / 2,
            text,
            va="center",
            fontsize="small",
            color="#333333",
        )
    ax.set_xlim(0, max(vals) * 1.3)
    ax.set_xlabel("People")
    chart.alt = (
        f"Bar chart of surrenders of junta personnel by state/region as itemized in claims by {claimants(items, 8)} "
        f"(unverified), against {claim_phrase(events)}: "
        + "; ".join(f"{s}: {v}" for s, v in zip(table["state_region"], table["surrendered"], strict=True))
        + f". The rows itemize {totals['itemized']}; {claim_phrase(events)} leaves {totals['not_itemized']} "
        "not placed in any state."
    )
    return chart


def headline_sensitivity(events: pd.DataFrame, sources: pd.DataFrame, width: str = "single") -> Chart:
    """What the rows itemize of the headline under each defensible reading (:func:`analysis.report.sensitivity`)."""
    table = report.sensitivity(events)
    same = table[table["question"] == table["question"].iloc[0]]
    lo, hi = same["itemized_by_state"].min(), same["itemized_by_state"].max()
    base = table.iloc[0]
    chart = new_chart(
        "headline_sensitivity",
        f"Under other defensible readings the rows itemize between {lo} and {hi} surrenders; "
        f"{claim_phrase(events)} is not something the rows can confirm",
        "Itemized surrenders under each reading (blue), beside the part of the compiled total that no row itemizes "
        "(grey). Below the line: readings that answer another question. Unverified claims.",
        width=width,
        body_height=3.0,
        source=source_line(drawn(events, REPORT_RULE)["source_id"], sources),
    )
    ax = chart.body.subplots()
    labels = table["short"].tolist()[::-1]
    item = table["itemized_by_state"].to_numpy()[::-1]
    rest = table["not_itemized"].to_numpy()[::-1]
    other = (table["question"] != base["question"]).to_numpy()[::-1]
    ax.barh(labels, item, color=[PALETTE["grey"] if o else PALETTE["blue"] for o in other], label="Itemized")
    ax.barh(
        labels,
        rest,
        left=item,
        color=PALETTE["light"],
        edgecolor=PALETTE["grey"],
        linewidth=0.4,
        label="Not itemized (compiled total less items)",
    )
    for y, a in enumerate(item):
        ax.text(a * 0.98, y, f"{a}", va="center", ha="right", fontsize="x-small", color="white")
    ax.axhline(int(other.sum()) - 0.5, color=PALETTE["black"], lw=0.6)
    ax.set_xlim(0, (table["itemized_by_state"] + table["not_itemized"]).max() * 1.05)
    ax.set_xlabel("People")  # the subtitle says what blue and grey are: no legend over the bars
    chart.alt = (
        f"Bar chart of the surrenders the rows itemize under alternative readings of {claim_phrase(events)} "
        "(unverified claims): "
        + "; ".join(
            f"{r}: {i} itemized, {n} not itemized ({q})"
            for r, i, n, q in zip(
                table["reading"], table["itemized_by_state"], table["not_itemized"], table["question"], strict=True
            )
        )
        + "."
    )
    return chart
