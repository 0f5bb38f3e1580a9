"""Notebook 03's event charts: the largest single surrenders and the operations timeline."""

from __future__ import annotations

import pandas as pd

from .. import report
from ..config import OPERATION_1027
from ..measure.rules import REPORT_RULE, TREND_RULE
from ..measure.series import daily
from .chart import Chart, new_chart
from .dates import date_axis, fmt_day
from .style import PALETTE
from .trends import op_label, operations


def largest_surrenders(events: pd.DataFrame, width: str = "single") -> Chart:
    top = report.largest_surrenders(events, n=8)
    pre = pd.to_datetime(top["date_end"]) < pd.Timestamp(OPERATION_1027)
    ref_rows = events[
        (pd.to_datetime(events["date_end"].replace("", None)) < pd.Timestamp(OPERATION_1027))
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
    when = fmt_day(day) + (f" {day.year}" if day < pd.Timestamp(OPERATION_1027) else "")
    return f"{place}, {when}"

def _unit_short(unit: str) -> str:
    return (unit or "").replace("Light Infantry Battalion", "LIB").replace("Light Infantry Brigade", "LIB")

def operations_timeline(events: pd.DataFrame, width: str = "single") -> Chart:
    ops = operations()
    d = daily(events, TREND_RULE.but(name="ops"), by="operation").dropna(subset=["date"])
    d = d[d["people"] > 0]
    end = pd.Timestamp(REPORT_RULE.window[1])
    start = pd.Timestamp(OPERATION_1027)
    last = ops["start"].max()
    share = d.loc[d["date"] >= last, "people"].sum() / max(1, d["people"].sum())
    chart = new_chart(
        "operations_timeline",
        f"{len(ops)} offensives opened in {(last - start).days + 1} days; {share:.0%} of day-dated surrenders "
        f"came after the last began on {fmt_day(last)}",
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
    ax.set_yticks(range(len(names)), [op_label(n) for n in names])
    ax.set_ylim(len(names) - 0.4, -0.6)
    ax.grid(axis="x")
    date_axis(ax, start, end)
    chart.alt = (
        "Timeline of operations: "
        + "; ".join(f"{r.operation} from {fmt_day(r.start)}" for r in ops.itertuples())
        + ". Day-dated surrenders: "
        + "; ".join(f"{fmt_day(r.date)} {r.people} ({r.operation or 'not named'})" for r in d.itertuples())
        + "."
    )
    return chart
