"""Notebook 03's trend charts over the whole record: cumulative surrenders (with the undated band), by state,
by outcome. Every title says whose claims the figures are; every source line names the reports drawn."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from ..measure.itemized import SERIES, SERIES_NAMES, Scope, itemized
from ..measure.rules import FLED_RULE, POSITIONS_RULE, TREND_RULE
from ..measure.series import cumulative, daily
from ..measure.tally import drawn, select
from .chart import Chart, new_chart
from .dates import date_axis, fmt_day
from .sources import claimants, source_line
from .style import PALETTE

#: Events placed in several states at once (never a claim's remainder: the record counts none).
SEVERAL = "Several states/regions"

LINES = "Solid line: surrendered on a known day. Dashed: certain by then (ranges that have ended). "


def draw_cumulative(ax, c: pd.DataFrame, *lines: tuple[str, dict], band_label: str | None = None) -> None:
    """The house cumulative count, the same in every chart: a pale band from what is certain by each day
    (``low``) to what is possible (``high``), stepped after each date, then one stepped line per
    ``(column, style)`` in ``lines``.
    """
    band = {"label": band_label} if band_label else {}
    ax.fill_between(c["date"], c["low"], c["high"], step="post", color=PALETTE["sky"], alpha=0.35, lw=0, **band)
    for column, style in lines:
        ax.step(c["date"], c[column], where="post", **style)


def op_label(name: str) -> str:
    return name.replace("Operation ", "Op. ")


def cumulative_surrenders(
    events: pd.DataFrame, sources: pd.DataFrame, operations: pd.DataFrame, width: str = "single"
) -> Chart:
    """Cumulative itemized surrenders since Operation 1027 with the undated band; dotted lines at ``operations``."""
    c = cumulative(events, TREND_RULE)
    rows = drawn(events, TREND_RULE)
    best = itemized(events, window=TREND_RULE.window)
    start, end = c["date"].iloc[0], c["date"].iloc[-1]
    undated = int(c["high"].iloc[-1] - c["dated"].iloc[-1])
    chart = new_chart(
        "cumulative_surrenders",
        f"Claims by {claimants(rows)} itemize at least {c['low'].iloc[-1]:,} junta personnel surrendering from "
        f"{fmt_day(start)} {start.year} to {fmt_day(end, year=True)} ({best.best:,} on best estimates); "
        f"{c['dated'].iloc[-1]:,} can be dated to the day",
        f"Cumulative surrendered personnel in itemized events, {SERIES_NAMES['low']} (each person once; figures "
        "given only as approximations, such as 'nearly N', add nothing; unverified claims). "
        + LINES
        + f"Band: {undated:,} known only over a range, placed anywhere within it.",
        width=width,
        body_height=2.3,
        source=source_line(rows["source_id"], sources),
    )
    ax = chart.body.subplots()
    draw_cumulative(
        ax,
        c,
        ("dated", {"color": PALETTE["blue"], "lw": 1.4, "label": "Dated to the day"}),
        ("low", {"color": PALETTE["blue"], "lw": 0.6, "ls": "--", "label": "Certain by then"}),
        band_label="Undated (range)",
    )
    ops = operations.sort_values("start")
    top = c["high"].max()
    for _, op in ops[(ops["start"] >= start) & (ops["start"] <= end)].iterrows():
        ax.axvline(op["start"], color=PALETTE["grey"], lw=0.5, ls=":")
    ax.set_ylim(0, top * 1.15)
    date_axis(ax, start, end)
    ax.set_ylabel("People (cumulative)")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y")
    ax.legend(loc="upper left", fontsize="x-small")
    chart.alt = (
        f"Step chart of cumulative surrenders of junta personnel ({SERIES_NAMES['low']}) from "
        f"{fmt_day(start, True)} to {fmt_day(end, True)}, "
        f"as claimed by {claimants(rows, limit=8)} (unverified). Day-dated surrenders reach {c['dated'].iloc[-1]}; "
        f"with surrenders known only over a range the total reaches {c['high'].iloc[-1]}, shown as a band between "
        "what had certainly and what had possibly happened by each day. Dotted lines mark the starts of: "
        + ", ".join(f"{r.operation} ({fmt_day(r.start)})" for r in ops.itertuples())
        + "."
    )
    return chart


def cumulative_by_state(events: pd.DataFrame, sources: pd.DataFrame, width: str = "single") -> Chart:
    """Small multiples of cumulative itemized surrenders by state/region, on one scale."""
    c = cumulative(events, TREND_RULE, by="state_region")
    rows = drawn(events, TREND_RULE)
    c["state_region"] = c["state_region"].where(~c["state_region"].str.contains(";"), SEVERAL)
    c = c.groupby(["date", "state_region"], as_index=False)[["dated", "low", "high"]].sum()
    finals = c.groupby("state_region")[["low", "high"]].last().sort_values("high", ascending=False)
    states = finals.index.tolist()
    start, end = c["date"].min(), c["date"].max()
    ncols = 2 if width == "single" else 3
    nrows = int(np.ceil(len(states) / ncols))
    lead = finals.iloc[0]
    chart = new_chart(
        "cumulative_by_state",
        f"In the itemized claims, {states[0]} accounts for {int(lead['high']):,} of {int(finals['high'].sum()):,} "
        f"surrendered junta personnel on {SERIES_NAMES['low']} (unverified)",
        f"Cumulative surrendered personnel by state/region, {SERIES_NAMES['low']}, each person once; on best "
        "estimates: "
        + ", ".join(
            f"{s} {itemized(events, window=TREND_RULE.window, scope=Scope(s)).best:,}" for s in states if s != SEVERAL
        )
        + ". "
        + LINES
        + "Band: known only over a range. Same scale in every panel.",
        width=width,
        body_height=1.05 * nrows + 0.3,
        source=source_line(rows["source_id"], sources),
    )
    axes = chart.body.subplots(nrows, ncols, sharex=True, sharey=True, squeeze=False).ravel()
    ymax = c["high"].max() * 1.15
    for ax, state in zip(axes, states, strict=False):
        s = c[c["state_region"] == state]
        draw_cumulative(
            ax,
            s,
            ("dated", {"color": PALETTE["blue"], "lw": 1.2}),
            ("low", {"color": PALETTE["blue"], "lw": 0.5, "ls": "--"}),
        )
        ax.set_title(f"{state}: {int(s['high'].iloc[-1]):,}", loc="left", fontsize="small", pad=2)
        ax.set_ylim(0, ymax)
        ax.grid(axis="y")
        date_axis(ax, start, end, step=14 if width == "single" else 7)
    for i, ax in enumerate(axes[len(states) :], start=len(states)):
        ax.set_visible(False)
        axes[i - ncols].xaxis.set_tick_params(labelbottom=True)  # the panel above an empty cell shows its dates
    chart.alt = (
        f"Small multiples of cumulative surrenders of junta personnel by state/region on a shared scale "
        f"({SERIES_NAMES['low']}), from "
        f"itemized, unverified claims by {claimants(rows, limit=8)}: "
        + "; ".join(f"{s}: {int(v['high'])}" for s, v in finals.iterrows())
        + "."
    )
    return chart


def _positions_note(events: pd.DataFrame) -> str:
    """Rows of abandoned positions that give no number: shown as a count of reports, never as zero positions."""
    rows = events[select(events, POSITIONS_RULE)]
    figureless = int((rows["count_low"].isna() & rows["count_best"].isna()).sum())
    return f"; +{figureless} reports give no number" if figureless else ""


def outcomes_over_time(events: pd.DataFrame, sources: pd.DataFrame, width: str = "single") -> Chart:
    """Daily surrendered, fled and positions abandoned, for events known to the day."""
    best = {"measure": SERIES["best"]}  # best estimates: 'nearly 40' positions are drawn, as 40
    panels = [
        ("Surrendered (people)", TREND_RULE.but(**best), PALETTE["blue"]),
        ("Fled, incl. across the border (people)", FLED_RULE.but(**best), PALETTE["vermillion"]),
        ("Positions abandoned (positions)", POSITIONS_RULE.but(**best), PALETTE["green"]),
    ]
    series = [(label, daily(events, rule), color) for label, rule, color in panels]
    rows = pd.concat([drawn(events, rule) for _, rule, _ in panels])
    start = min(s["date"].min() for _, s, _ in series)
    end = max(s["date"].max() for _, s, _ in series)
    sur = series[0][1]
    dated, total = int(sur.loc[sur["dated"], "people"].sum()), int(sur["people"].sum())
    peak = sur.loc[sur.loc[sur["dated"], "people"].idxmax()]
    chart = new_chart(
        "outcomes_over_time",
        f"Only {dated:,} of {total:,} surrendered personnel in the itemized claims ({SERIES_NAMES['best']}) can be "
        f"dated to the day; the largest dated day is {fmt_day(peak['date'], True)} ({peak['people']:,}, unverified)",
        f"Daily surrendered, fled and positions abandoned, for events known to the day, {SERIES_NAMES['best']} "
        "('nearly N' as N). Figures known only over a range are given beside each panel, not spread over days.",
        width=width,
        body_height=2.9,
        source=source_line(rows["source_id"], sources),
    )
    axes = chart.body.subplots(3, 1, sharex=True)
    for i, (ax, (label, s, color)) in enumerate(zip(axes, series, strict=True)):
        d = s[s["dated"]]
        und = int(s.loc[~s["dated"], "people"].sum())
        extra = (f"; +{und:,} not dated to the day" if und else "") + (_positions_note(events) if i == 2 else "")
        ax.bar(d["date"], d["people"], width=1.0, color=color)
        ax.set_title(f"{label}{extra}", loc="left", fontsize="small", pad=2)
        ax.grid(axis="y")
        ax.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=3))
        ax.set_ylim(0, max(1, d["people"].max()) * 1.15)
        date_axis(ax, start, end)
    chart.alt = (
        f"Three bar charts of daily counts from itemized, unverified claims ({SERIES_NAMES['best']}): "
        + "; ".join(
            f"{label}: {int(s['people'].sum())} in all, {int(s.loc[~s['dated'], 'people'].sum())} of "
            "them not dated to the day"
            for label, s, _ in series
        )
        + f"{_positions_note(events)}. The largest day-dated surrender figure is {peak['people']} on "
        f"{fmt_day(peak['date'], True)}."
    )
    return chart
