"""Notebook 03's trend charts: cumulative surrenders (with the undated band), by state, by outcome."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import report
from ..measure.rules import FLED_RULE, POSITIONS_RULE, TREND_RULE
from ..measure.series import cumulative, daily
from ..reference.tables import load_operations
from .chart import Chart, new_chart
from .dates import date_axis, fmt_day
from .style import PALETTE


def operations() -> pd.DataFrame:
    return load_operations().sort_values("start")


def cumulative_surrenders(events: pd.DataFrame, width: str = "single") -> Chart:
    c = cumulative(events, TREND_RULE)
    start, end = c["date"].iloc[0], c["date"].iloc[-1]
    undated = int(c["high"].iloc[-1] - c["dated"].iloc[-1])
    chart = new_chart(
        "cumulative_surrenders",
        f"At least {c['low'].iloc[-1]} junta personnel surrendered in {(end - start).days + 1} days; "
        f"only {c['dated'].iloc[-1]} can be dated to the day",
        "Cumulative surrendered personnel since Operation 1027. Line: events known to the day. Band: "
        f"{undated} known only over a range (e.g. 'since 27 Oct'), placed anywhere within it.",
        width=width,
        body_height=2.3,
    )
    ax = chart.body.subplots()
    ax.fill_between(
        c["date"], c["low"], c["high"], step="post", color=PALETTE["sky"], alpha=0.35, lw=0, label="Undated (range)"
    )
    ax.step(c["date"], c["dated"], where="post", color=PALETTE["blue"], lw=1.4, label="Dated to the day")
    ax.step(c["date"], c["low"], where="post", color=PALETTE["blue"], lw=0.6, ls="--", label="Certain by then")
    for _, op in operations().iterrows():
        if start <= op["start"] <= end:
            ax.axvline(op["start"], color=PALETTE["grey"], lw=0.5, ls=":")
            ax.annotate(
                op_label(op["operation"]),
                (op["start"], c["high"].max() * 1.04),
                xytext=(-2, 0),
                textcoords="offset points",
                rotation=90,
                va="bottom",
                ha="right",
                fontsize="x-small",
                color="#555555",
            )
    ax.set_ylim(0, c["high"].max() * 1.3)
    date_axis(ax, start, end)
    ax.set_ylabel("People (cumulative)")
    ax.grid(axis="y")
    ax.legend(loc="center left", bbox_to_anchor=(0.05, 0.6), fontsize="x-small")
    chart.alt = (
        f"Step chart of cumulative surrenders from {fmt_day(start)} to {fmt_day(end)} 2023. "
        f"Day-dated surrenders reach {c['dated'].iloc[-1]}; with surrenders known only over a range "
        f"the total reaches {c['high'].iloc[-1]}, shown as a band between what had certainly and what "
        "had possibly happened by each day. Dotted lines mark the starts of operations 1027, 1107, 1111 "
        "and the Arakan Army offensive."
    )
    return chart

def op_label(name: str) -> str:
    return name.replace("Operation ", "Op. ").replace("Arakan Army offensive", "AA offensive")

def cumulative_by_state(events: pd.DataFrame, width: str = "single") -> Chart:
    c = cumulative(events, TREND_RULE, by="state_region")
    c["state_region"] = c["state_region"].where(~c["state_region"].str.contains(";"), report.NOT_ITEMIZED)
    finals = c.groupby("state_region")["high"].last().sort_values(ascending=False)
    states = finals.index.tolist()
    start, end = c["date"].min(), c["date"].max()
    ncols = 2 if width == "single" else 3
    nrows = int(np.ceil(len(states) / ncols))
    chart = new_chart(
        "cumulative_by_state",
        f"{states[0]} accounts for {finals.iloc[0]} of {int(finals.sum())} surrendered personnel",
        "Cumulative surrendered personnel by state/region since 27 Oct 2023. Line: certain by each day; "
        "band: known only over a range that has not yet ended. Same scale in every panel.",
        width=width,
        body_height=1.05 * nrows + 0.3,
    )
    axes = chart.body.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False).ravel()
    ymax = c["high"].max() * 1.1
    for ax, state in zip(axes, states, strict=False):
        s = c[c["state_region"] == state]
        ax.fill_between(s["date"], s["low"], s["high"], step="post", color=PALETTE["sky"], alpha=0.35, lw=0)
        ax.step(s["date"], s["low"], where="post", color=PALETTE["blue"], lw=1.2)
        ax.set_title(f"{state}: {int(s['high'].iloc[-1])}", loc="left", fontsize="small", pad=2)
        ax.set_ylim(0, ymax)
        ax.grid(axis="y")
        date_axis(ax, start, end, step=14 if width == "single" else 7)
    for ax in axes[len(states) :]:
        ax.set_visible(False)
    chart.alt = (
        "Small multiples of cumulative surrenders by state/region on a shared scale: "
        + "; ".join(f"{s}: {int(v)}" for s, v in finals.items())
        + "."
    )
    return chart

def outcomes_over_time(events: pd.DataFrame, width: str = "single") -> Chart:
    panels = [
        ("Surrendered (people)", TREND_RULE, PALETTE["blue"]),
        ("Fled (people)", FLED_RULE, PALETTE["vermillion"]),
        ("Positions abandoned", POSITIONS_RULE, PALETTE["green"]),
    ]
    series = [(label, daily(events, rule), color) for label, rule, color in panels]
    start = min(s["date"].min() for _, s, _ in series)
    end = max(s["date"].max() for _, s, _ in series)
    sur = series[0][1].dropna(subset=["date"])
    peak = sur.loc[sur["people"].idxmax()]
    chart = new_chart(
        "outcomes_over_time",
        f"The busiest day was {fmt_day(peak['date'])}: {peak['people']} personnel surrendered that day",
        "Daily surrendered, fled and positions abandoned since 27 Oct 2023, for events known to the day. "
        "Figures known only over a range are given beside each panel, not spread over days.",
        width=width,
        body_height=2.9,
    )
    axes = chart.body.subplots(3, 1, sharex=True)
    for ax, (label, s, color) in zip(axes, series, strict=True):
        dated = s.dropna(subset=["date"])
        und = int(s.loc[s["date"].isna(), "people"].sum())
        ax.bar(dated["date"], dated["people"], width=0.8, color=color)
        ax.set_title(f"{label}{f'; +{und} not dated to the day' if und else ''}", loc="left", fontsize="small", pad=2)
        ax.grid(axis="y")
        ax.set_ylim(0, max(1, dated["people"].max()) * 1.15)
        date_axis(ax, start, end)
    chart.alt = (
        "Three bar charts of daily counts since 27 Oct 2023: "
        + "; ".join(
            f"{label}: {int(s['people'].sum())} in all, {int(s.loc[s['date'].isna(), 'people'].sum())} of them undated"
            for label, s, _ in series
        )
        + f". The busiest surrender day was {fmt_day(peak['date'])} with {peak['people']}."
    )
    return chart
