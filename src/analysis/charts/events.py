"""Event charts: the largest single surrenders (whole record) and the operations of the report's three weeks."""

from __future__ import annotations

import pandas as pd
from matplotlib.ticker import MaxNLocator

from .. import report
from ..config import OPERATION_1027
from ..measure.itemized import SERIES_NAMES, itemized_rule
from ..measure.rules import REPORT_RULE
from ..measure.tally import drawn
from .chart import Chart, new_chart
from .dates import date_axis, fmt_day, fmt_span
from .sources import claimants, source_line
from .style import PALETTE
from .trends import op_label


def _event_label(row: pd.Series, short: bool = False) -> str:
    """'Lashio, 21 Jul 2024' (a township, else the state), 'Buthidaung, 25 Mar-3 May 2024' for a range of days;
    'Lashio, Jul 24' when ``short`` ('Buthidaung, Mar-May 24' for a range)."""
    place = row["township"] or row["state_region"] or row["location"]
    start, end = pd.Timestamp(row["date_start"]), pd.Timestamp(row["date_end"])
    if short:
        months = f"{start:%b}" if (start.year, start.month) == (end.year, end.month) else f"{start:%b}-{end:%b}"
        return f"{place}, {months} {end:%y}"
    when = fmt_day(start, year=True) if end == start else fmt_span(start, end)
    return f"{place}, {when}"


def largest_surrenders(events: pd.DataFrame, sources: pd.DataFrame, width: str = "single") -> Chart:
    """The largest single surrender events (not aggregates), lower bounds, by claimant."""
    top = report.largest_surrenders(events, n=8)
    pre = pd.to_datetime(top["date_end"]) < pd.Timestamp(OPERATION_1027)
    lead = top.iloc[0]
    chart = new_chart(
        "largest_surrenders",
        f"The largest single surrender in the claims is {claimants(top.iloc[[0]])}'s '{lead['count_text']}' at "
        f"{_event_label(lead)} (unverified)",
        "Largest single surrender events of junta personnel (not aggregates, not relatives, not mixed figures). "
        "Bars: each figure's lower bound, else its best estimate; labels: the figure in the claimant's words."
        + (f" Orange: before {fmt_day(pd.Timestamp(OPERATION_1027), True)}." if pre.any() else ""),
        width=width,
        body_height=2.6,
        source=source_line(top["source_id"], sources),
    )
    ax = chart.body.subplots()
    labels = [_event_label(r, short=True) for _, r in top.iterrows()][::-1]
    colors = [PALETTE["orange"] if p else PALETTE["blue"] for p in pre][::-1]
    ax.barh(range(len(labels)), top["figure"][::-1], color=colors)
    ax.set_yticks(range(len(labels)), labels)
    for y, (_, r) in enumerate(top[::-1].iterrows()):
        ax.text(
            r["figure"] + top["figure"].max() * 0.015,
            y,
            f"'{r['count_text']}' ({claimants(top.loc[[r.name]])})",
            va="center",
            fontsize="x-small",
        )
    ax.set_xlim(0, top["figure"].max() * 1.75)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=4, integer=True))
    ax.set_xlabel("People")
    chart.alt = (
        "Bar chart of the largest single surrender events claimed (unverified): "
        + "; ".join(
            f"{_event_label(r)}: {r['figure']} ('{r['count_text']}', claimed by {r['claimed_by'] or 'unnamed'})"
            for _, r in top.iterrows()
        )
        + "."
    )
    return chart


def _timeline_rows(events: pd.DataFrame) -> pd.DataFrame:
    """The itemized surrenders of the report's three weeks, each on the row of its operation (or its state)."""
    rows = drawn(events, itemized_rule("best", window=REPORT_RULE.window)).copy()
    rows = rows[rows["date_start"] != ""]
    rows["people"] = rows["people"].round().astype(int)
    rows["line"] = rows["operation"].where(rows["operation"] != "", "No operation named: " + rows["state_region"])
    rows["start"], rows["end"] = pd.to_datetime(rows["date_start"]), pd.to_datetime(rows["date_end"])
    return rows


def _dots(ax, line: pd.DataFrame, y: int) -> None:
    """One timeline row's surrenders: a dot sized by people at the middle of its days, a bar over a range."""
    line = line.assign(mid=lambda r: r["start"] + (r["end"] - r["start"]) / 2)
    previous, below = None, False
    for _, p in line.sort_values(["mid", "people"], kind="stable").iterrows():
        if p["end"] > p["start"]:
            ax.plot([p["start"], p["end"]], [y, y], color=PALETTE["blue"], lw=2, alpha=0.6, zorder=2)
        ax.scatter(
            [p["mid"]],
            [y],
            s=p["people"] * 1.2 + 6,
            color=PALETTE["blue"],
            alpha=0.8,
            zorder=2,
            edgecolor="white",
            linewidth=0.4,
        )
        # labels of dots within a day of each other alternate above and below the line
        below = previous is not None and p["mid"] - previous <= pd.Timedelta(days=1) and not below
        ax.annotate(
            f"{p['people']}",
            (p["mid"], y),
            xytext=(0, -11 if below else 6),
            textcoords="offset points",
            ha="center",
            fontsize="x-small",
        )
        previous = p["mid"]


def operations_timeline(
    events: pd.DataFrame, sources: pd.DataFrame, operations: pd.DataFrame, width: str = "single"
) -> Chart:
    """The start of each of ``operations`` beside the itemized surrenders of the report's three weeks."""
    ops = operations.sort_values("start")
    rows = _timeline_rows(events)
    start, end = pd.Timestamp(REPORT_RULE.window[0]), pd.Timestamp(REPORT_RULE.window[1])
    ops = ops[ops["start"] <= end]
    last = ops["start"].max()
    after = int(rows.loc[rows["start"] > last, "people"].sum())
    chart = new_chart(
        "operations_timeline",
        f"{len(ops)} offensives opened in {(last - start).days + 1} days; {after:,} of the {rows['people'].sum():,} "
        f"surrendered in individually reported events are dated after {fmt_day(last)}, when the last began "
        "(unverified claims)",
        f"Start of each operation (diamond) and itemized surrenders, {fmt_span(start, end)}, "
        f"{SERIES_NAMES['best']} (dots sized by people; a "
        "bar where the date is known only to a range of days). Rows credited to no operation are shown by state.",
        width=width,
        body_height=2.3,
        source=source_line(rows["source_id"], sources),
    )
    ax = chart.body.subplots()
    names = ops["operation"].tolist() + sorted(set(rows["line"]) - set(ops["operation"]))
    for y, name in enumerate(names):
        if name in set(ops["operation"]):
            s = ops.loc[ops["operation"] == name, "start"].iloc[0]
            ax.plot([s, end], [y, y], color=PALETTE["light"], lw=3, solid_capstyle="butt", zorder=1)
            ax.plot([s], [y], marker="D", ms=4.5, mfc="none", mec=PALETTE["black"], mew=1.2, zorder=3)  # hollow:
            # a surrender on the day an operation began shows through its diamond
        _dots(ax, rows[rows["line"] == name], y)
    ax.set_yticks(range(len(names)), [op_label(n).replace("No operation named: ", "None named, ") for n in names])
    ax.set_ylim(len(names) - 0.4, -0.6)
    ax.grid(axis="x")
    date_axis(ax, start, end)
    chart.alt = (
        "Timeline of operations: "
        + "; ".join(f"{r.operation} from {fmt_day(r.start)}" for r in ops.itertuples())
        + ". Itemized surrenders (unverified claims): "
        + "; ".join(
            f"{fmt_day(r.start)}" + (f"-{fmt_day(r.end)}" if r.end > r.start else "") + f" {r.people} ({r.line})"
            for r in rows.itertuples()
        )
        + "."
    )
    return chart
