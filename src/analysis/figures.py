"""Every chart of every notebook, built from the processed data through the helpers.

Notebooks call these functions, and ``python -m analysis figures`` exports the
same charts, so a chart in a notebook and its exported file are the same chart.
Titles state the finding and are computed from the data.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from . import config, report
from .build import load_events
from .charts import PALETTE, SERIES, Chart, close, new_chart, save
from .clean import load_operations
from .places import MULTI_SEPARATOR
from .series import cumulative, daily
from .tally import REPORT_RULE

TREND_RULE = REPORT_RULE.but(
    name="trend",
    description="Surrendered junta personnel from 27 Oct 2023 to the end of the data, lower bounds, de-duplicated.",
    window=(config.OPERATION_1027, None),
)
FLED_RULE = TREND_RULE.but(name="fled", outcomes=("fled", "fled_across_border"))
POSITIONS_RULE = TREND_RULE.but(name="positions", outcomes=("positions_abandoned",), count_unit="positions")


def _date_axis(ax, start: pd.Timestamp, end: pd.Timestamp, step: int = 7) -> None:
    ticks = pd.date_range(start, end, freq=f"{step}D")
    ax.set_xticks(ticks)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d %b"))
    ax.set_xlim(start - pd.Timedelta(hours=18), end + pd.Timedelta(hours=18))


def _fmt_day(ts: pd.Timestamp) -> str:
    return f"{ts.day} {ts:%b}"


# ---- notebook 01 ------------------------------------------------------------------------------


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
    outlets = _source_labels()
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


def _source_labels() -> dict[str, str]:
    """source_id -> 'Outlet, Mon YYYY' for legends."""
    from .build import load_table

    table = load_table("sources")
    return {
        r.source_id: f"{r.outlet}, {pd.Timestamp(r.published):%b %Y}" if r.published else r.outlet
        for r in table.itertuples()
    }


# ---- notebook 02 ------------------------------------------------------------------------------


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


# ---- notebook 03 ------------------------------------------------------------------------------


def _operations() -> pd.DataFrame:
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
    for _, op in _operations().iterrows():
        if start <= op["start"] <= end:
            ax.axvline(op["start"], color=PALETTE["grey"], lw=0.5, ls=":")
            ax.annotate(
                _op_label(op["operation"]),
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
    _date_axis(ax, start, end)
    ax.set_ylabel("People (cumulative)")
    ax.grid(axis="y")
    ax.legend(loc="center left", bbox_to_anchor=(0.05, 0.6), fontsize="x-small")
    chart.alt = (
        f"Step chart of cumulative surrenders from {_fmt_day(start)} to {_fmt_day(end)} 2023. "
        f"Day-dated surrenders reach {c['dated'].iloc[-1]}; with surrenders known only over a range "
        f"the total reaches {c['high'].iloc[-1]}, shown as a band between what had certainly and what "
        "had possibly happened by each day. Dotted lines mark the starts of operations 1027, 1107, 1111 "
        "and the Arakan Army offensive."
    )
    return chart


def _op_label(name: str) -> str:
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
        _date_axis(ax, start, end, step=14 if width == "single" else 7)
    for ax in axes[len(states) :]:
        ax.set_visible(False)
    chart.alt = (
        "Small multiples of cumulative surrenders by state/region on a shared scale: "
        + "; ".join(f"{s}: {int(v)}" for s, v in finals.items())
        + "."
    )
    return chart


def largest_surrenders(events: pd.DataFrame, width: str = "single") -> Chart:
    top = report.largest_surrenders(events, n=8)
    pre = pd.to_datetime(top["date_end"]) < pd.Timestamp(config.OPERATION_1027)
    ref_rows = events[
        (pd.to_datetime(events["date_end"].replace("", None)) < pd.Timestamp(config.OPERATION_1027))
        & (events["outcome"] == "surrendered")
    ]
    ref_fig = ref_rows["count_best"].astype("Float64").fillna(ref_rows["count_low"].astype("Float64")).max()
    ref_row = ref_rows.loc[ref_rows["count_best"].astype("Float64").fillna(ref_rows["count_low"]).idxmax()]
    lead = top.iloc[0]
    chart = new_chart(
        "largest_surrenders",
        f"{_unit_short(lead['unit'])}'s {lead['figure']} is the largest single surrender, ahead of June 2023's "
        f"Mese surrender, then called the largest since 2021",
        f"Largest single surrender events (not aggregates), lower bounds. Orange: before Operation 1027. "
        f"Dashed line: the Mese total, estimated at '{ref_row['count_text']}'.",
        width=width,
        body_height=2.6,
    )
    ax = chart.body.subplots()
    labels = [_event_label(r) for _, r in top.iterrows()][::-1]
    colors = [PALETTE["orange"] if p else PALETTE["blue"] for p in pre][::-1]
    ax.barh(labels, top["figure"][::-1], color=colors)
    for y, v in enumerate(top["figure"][::-1]):
        ax.text(v + 1.5, y, str(v), va="center", fontsize="small")
    if pd.notna(ref_fig):
        ax.axvline(float(ref_fig), color=PALETTE["orange"], lw=0.8, ls="--")
    ax.set_xlim(0, max(top["figure"].max(), float(ref_fig or 0)) * 1.12)
    ax.set_xlabel("People")
    chart.alt = (
        "Bar chart of the largest single surrender events: "
        + "; ".join(f"{lab}: {v}" for lab, v in zip(labels[::-1], top["figure"], strict=True))
        + f". A dashed line marks the June 2023 Mese total estimated at {ref_row['count_text']}."
    )
    return chart


def _event_label(row: pd.Series) -> str:
    unit = _unit_short(row["unit"])
    place = unit if unit.startswith("LIB") else (row["township"] or row["location"] or row["state_region"])
    day = pd.Timestamp(row["date_start"])
    when = _fmt_day(day) + (f" {day.year}" if day < pd.Timestamp(config.OPERATION_1027) else "")
    return f"{place}, {when}"


def _unit_short(unit: str) -> str:
    return (unit or "").replace("Light Infantry Battalion", "LIB").replace("Light Infantry Brigade", "LIB")


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
        f"The busiest day was {_fmt_day(peak['date'])}: {peak['people']} personnel surrendered that day",
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
        _date_axis(ax, start, end)
    chart.alt = (
        "Three bar charts of daily counts since 27 Oct 2023: "
        + "; ".join(
            f"{label}: {int(s['people'].sum())} in all, {int(s.loc[s['date'].isna(), 'people'].sum())} of them undated"
            for label, s, _ in series
        )
        + f". The busiest surrender day was {_fmt_day(peak['date'])} with {peak['people']}."
    )
    return chart


def operations_timeline(events: pd.DataFrame, width: str = "single") -> Chart:
    ops = _operations()
    d = daily(events, TREND_RULE.but(name="ops"), by="operation").dropna(subset=["date"])
    d = d[d["people"] > 0]
    end = pd.Timestamp(REPORT_RULE.window[1])
    start = pd.Timestamp(config.OPERATION_1027)
    last = ops["start"].max()
    share = d.loc[d["date"] >= last, "people"].sum() / max(1, d["people"].sum())
    chart = new_chart(
        "operations_timeline",
        f"{len(ops)} offensives opened in {(last - start).days + 1} days; {share:.0%} of day-dated surrenders "
        f"came after the last began on {_fmt_day(last)}",
        "Start of each operation (diamond) and day-dated surrenders credited to it (dots sized by people).",
        width=width,
        body_height=2.0,
    )
    ax = chart.body.subplots()
    names = ops["operation"].tolist() + ["Not named"]
    for y, name in enumerate(names):
        if name in set(ops["operation"]):
            s = ops.loc[ops["operation"] == name, "start"].iloc[0]
            ax.plot([s, end], [y, y], color=PALETTE["light"], lw=3, solid_capstyle="butt", zorder=1)
            ax.plot([s], [y], marker="D", color=PALETTE["black"], ms=4, zorder=3)
        pts = d[d["operation"].replace("", "Not named") == name]
        ax.scatter(
            pts["date"],
            [y] * len(pts),
            s=pts["people"] * 1.2 + 6,
            color=PALETTE["blue"],
            alpha=0.8,
            zorder=2,
            edgecolor="white",
            linewidth=0.4,
        )
        for _, p in pts.iterrows():
            ax.annotate(
                str(p["people"]),
                (p["date"], y),
                xytext=(0, 6),
                textcoords="offset points",
                ha="center",
                fontsize="x-small",
            )
    ax.set_yticks(range(len(names)), [_op_label(n) for n in names])
    ax.set_ylim(len(names) - 0.4, -0.6)
    ax.grid(axis="x")
    _date_axis(ax, start, end)
    chart.alt = (
        "Timeline of operations: "
        + "; ".join(f"{r.operation} from {_fmt_day(r.start)}" for r in ops.itertuples())
        + ". Day-dated surrenders: "
        + "; ".join(f"{_fmt_day(r.date)} {r.people} ({r.operation or 'not named'})" for r in d.itertuples())
        + "."
    )
    return chart


#: name -> (function, notebook that shows it)
FIGURES: dict[str, tuple[Callable[..., Chart], str]] = {
    "events_by_outcome": (events_by_outcome, "01_data_overview"),
    "headline_by_state": (headline_by_state, "02_reproduce_report_figures"),
    "headline_sensitivity": (headline_sensitivity, "02_reproduce_report_figures"),
    "cumulative_surrenders": (cumulative_surrenders, "03_surrender_trends"),
    "cumulative_by_state": (cumulative_by_state, "03_surrender_trends"),
    "largest_surrenders": (largest_surrenders, "03_surrender_trends"),
    "outcomes_over_time": (outcomes_over_time, "03_surrender_trends"),
    "operations_timeline": (operations_timeline, "03_surrender_trends"),
}


def _export_one(job: tuple[str, str, str, Path, tuple[str, ...], pd.DataFrame]) -> list[Path]:
    name, width, suffix, out, formats, events = job
    chart = FIGURES[name][0](events, width=width)
    try:
        return save(chart, out, formats, suffix=suffix)
    finally:
        close(chart)


def export_all(
    out: str | Path = config.FIGURES,
    formats: tuple[str, ...] = ("svg", "pdf", "png"),
    events: pd.DataFrame | None = None,
    log=print,
    workers: int | None = None,
) -> list[Path]:
    """Export every chart at single-column (``name.*``) and double-column (``name_wide.*``) width.

    Charts are independent, so they are drawn in parallel (one process per core);
    each file's bytes do not depend on which process drew it.
    """
    from concurrent.futures import ProcessPoolExecutor

    events = load_events() if events is None else events
    jobs = [
        (name, width, suffix, Path(out), formats, events)
        for name in FIGURES
        for width, suffix in (("single", ""), ("double", "_wide"))
    ]
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    written: list[Path] = []
    if workers <= 1:
        for job in jobs:
            log(f"figures: {job[0]}{job[2]}")
            written += _export_one(job)
        return written
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for job, paths in zip(jobs, pool.map(_export_one, jobs), strict=True):
            log(f"figures: {job[0]}{job[2]}")
            written += paths
    return written


__all__ = ["FIGURES", "MULTI_SEPARATOR", "export_all", *FIGURES]
