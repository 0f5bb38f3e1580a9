"""Notebook 05's charts: the record to the end of 2025, outcomes kept apart.

Every figure comes from :mod:`analysis.measure.itemized` (distinct events only, each person once, relatives
and mixed figures never): ``low`` is the stated lower bounds, ``best`` the best estimates. An event known only
over more than one month is drawn as a range across those months, never put in one of them. A claimed tally
is set beside the itemized events of its own outcome and window, never added to them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from ..config import OPERATION_1027
from ..errors import AnalysisError
from ..measure.itemized import itemized, itemized_contributions
from ..measure.tally import low_or_best
from .chart import Chart, new_chart
from .dates import fmt_day
from .sources import _name, claimants, source_line
from .style import PALETTE

#: The outcomes the record keeps apart, with how a chart names each and its colour.
OUTCOME_PANELS = {
    "surrendered": ("surrendered", PALETTE["blue"]),
    "defected": ("defected", PALETTE["green"]),
    "captured": ("captured (not surrendered)", PALETTE["vermillion"]),
    "fled_across_border": ("fled across a border", PALETTE["purple"]),
}


#: How many claimants the claimant panel shows (the largest).
TOP_CLAIMANTS = 12


def itemized_rows(events: pd.DataFrame, outcome: str) -> pd.DataFrame:
    """The distinct events of one outcome since Operation 1027 with what each adds (``low``, ``best``).

    >>> ev = pd.DataFrame({"event_id": ["A", "B"], "part_of": "", "same_as": ["", "A"], "outcome": "captured",
    ...     "actor": "junta_army", "count_unit": "people", "count_low": [40, 160], "count_best": [40, 160],
    ...     "date_start": "2025-04-07", "date_end": "2025-04-07", "state_region": "Sagaing", "shan_part": ""})
    >>> itemized_rows(ev, "captured")[["event_id", "low", "best"]].values.tolist()
    [['A', 40.0, 40.0]]
    """
    low = itemized_contributions(events, "low", outcomes=(outcome,))
    best = itemized_contributions(events, "best", outcomes=(outcome,))
    rows = events.assign(low=low, best=best)
    return rows[rows["best"] > 0]


def by_month(rows: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(months, ranges): ``low``/``best`` per calendar month of the events dated within one month, and the events
    known only over several months (drawn as ranges, never put in one month)."""
    start, end = pd.to_datetime(rows["date_start"]), pd.to_datetime(rows["date_end"])
    one = start.dt.to_period("M") == end.dt.to_period("M")
    months = rows[one].assign(month=start[one].dt.to_period("M")).groupby("month")[["low", "best"]].sum()
    return months, rows[~one].assign(start=start[~one], end=end[~one])


def _panel(ax, months: pd.DataFrame, ranges: pd.DataFrame, colour: str, cap: float) -> None:
    x = months.index.to_timestamp() + pd.Timedelta(days=14)
    ax.bar(x, months["best"].clip(upper=cap), width=24, color=colour, alpha=0.35, lw=0)
    ax.bar(x, months["low"].clip(upper=cap), width=24, color=colour, lw=0)
    for when, value in zip(x, months["best"], strict=True):
        if value > cap:
            ax.annotate(
                f"{value:,.0f}",
                (when, cap),
                xytext=(0, -2),
                textcoords="offset points",
                ha="center",
                va="top",
                fontsize="xx-small",
                color="white",
                fontweight="bold",
            )
    for r in ranges.itertuples():
        y = min(r.best, cap)
        ax.plot([r.start, r.end], [y, y], color=colour, lw=1.0, marker="|", ms=4)


def outcomes_by_month(events: pd.DataFrame, sources: pd.DataFrame, width: str = "single") -> Chart:
    """Itemized people by month since Operation 1027, one panel per outcome (surrendered, defected, captured,
    fled across a border), one scale; ranges as ranges."""
    rows = {o: itemized_rows(events, o) for o in OUTCOME_PANELS}
    drawn = pd.concat(rows.values())
    totals = {o: itemized(events, outcomes=(o,)) for o in OUTCOME_PANELS}
    last = pd.to_datetime(drawn["date_end"]).max()
    split = {o: by_month(r) for o, r in rows.items()}
    caps = {o: _cap(m, r) for o, (m, r) in split.items()}
    words = ", ".join(f"{totals[o].best:,} {OUTCOME_PANELS[o][0].split(' (')[0]}" for o in OUTCOME_PANELS)
    chart = new_chart(
        "outcomes_by_month",
        f"Itemized events to {last:%b %Y}: {words} (best estimates; claims by {claimants(drawn, 3)}; unverified)",
        "Junta personnel in itemized events by month and outcome, each person once (dark: stated lower bounds; "
        "pale: best estimates); each panel has its own scale. Lines: events known only over several months, drawn "
        "across them. Relatives, mixed figures, releases and second reports are never counted.",
        width=width,
        body_height=3.4 if width == "single" else 3.6,
        source=source_line(drawn["source_id"], sources),
    )
    axes = chart.body.subplots(len(OUTCOME_PANELS), 1, sharex=True)
    for ax, (outcome, (label, colour)) in zip(axes, OUTCOME_PANELS.items(), strict=True):
        months, ranges = split[outcome]
        _panel(ax, months, ranges, colour, caps[outcome])
        ax.set_ylim(0, max(caps[outcome], 1) * 1.08)
        ax.yaxis.set_major_locator(MaxNLocator(3, integer=True))
        t = totals[outcome]
        ax.set_title(f"{label}: {t.low:,} (lower bounds), {t.best:,} (best)", fontsize="x-small", loc="left", pad=2)
        ax.grid(axis="y")
        ax.tick_params(labelsize="x-small")
        if not t.best:
            ax.text(0.5, 0.5, "no itemized figure", transform=ax.transAxes, ha="center", fontsize="x-small")
    axes[-1].set_xlim(pd.Timestamp(OPERATION_1027) - pd.Timedelta(days=10), last + pd.Timedelta(days=20))
    axes[-1].xaxis.set_major_formatter(_month_formatter())
    axes[len(axes) // 2].set_ylabel("People", fontsize="x-small")
    chart.alt = (
        "Four bar charts of itemized junta personnel by month since Operation 1027, one per outcome (unverified "
        "claims; best estimates, lower bounds in brackets): "
        + "; ".join(f"{OUTCOME_PANELS[o][0]}: {totals[o].best:,} ({totals[o].low:,})" for o in OUTCOME_PANELS)
        + ". Each panel has its own scale; a month far taller than the others is clipped and labelled with its "
        f"figure. Last dated event: {fmt_day(last, True)}."
    )
    return chart


def _cap(months: pd.DataFrame, ranges: pd.DataFrame) -> float:
    """The panel's top: the tallest month, unless it is over twice the next, which is then clipped and labelled."""
    heights = sorted(pd.concat([months["best"], ranges["best"]]).tolist()) or [0.0]
    if len(heights) > 1 and heights[-1] > 2 * heights[-2]:
        return heights[-2] * 1.25
    return heights[-1]


def _month_formatter():
    from matplotlib.dates import DateFormatter

    return DateFormatter("%b %y")


def tally_parts(claims: pd.DataFrame, tally_id: str) -> pd.Series:
    """A tally's parts added up by outcome (parts of one claim: separate people, added only to be set beside it)."""
    parts = claims[claims["part_of"] == tally_id]
    figure = low_or_best(parts)
    return figure.groupby(parts["outcome"]).sum().astype(int)


def tallies_vs_itemized(
    events: pd.DataFrame, claims: pd.DataFrame | None, sources: pd.DataFrame, width: str = "single"
) -> Chart:
    """The year's tallies (kind ``tally``) by outcome beside the itemized events of the same outcome and window."""
    if claims is None or not (claims["kind"] == "tally").any():
        raise AnalysisError("no tally among the claimed totals (kind 'tally' in claimed_totals.csv)")
    tallies = claims[claims["kind"] == "tally"].sort_values("as_of_date")
    year = tallies.iloc[-1]  # the latest tally; an earlier stage is drawn as points, never added
    outcomes = [o for o in ("defected", "surrendered", "captured") if o in set(claims["outcome"])]
    window = (year["start_date"], year["as_of_date"])
    got = {o: itemized(events, window=window, outcomes=(o,)) for o in outcomes}
    claimed = tally_parts(claims, year["claim_id"]).reindex(outcomes, fill_value=0)
    earlier = [(t, tally_parts(claims, t["claim_id"]).reindex(outcomes)) for _, t in tallies.iloc[:-1].iterrows()]
    rows = pd.concat([events.assign(best=0.0).iloc[:0]] + [itemized_rows(events, o) for o in outcomes])
    rows = rows[(rows["date_start"] >= window[0]) & (rows["date_end"] <= window[1])]
    chart = new_chart(
        "tallies_vs_itemized",
        f"{year['claimant']} counts {claimed.get('captured', 0):,} captured, {claimed.get('defected', 0):,} defected "
        f"and {claimed.get('surrendered', 0):,} surrendered in {window[0][:4]}; itemized events of the year give "
        + ", ".join(f"{got[o].best:,} {o}" for o in ("captured", "defected", "surrendered") if o in got)
        + " (unverified)",
        f"{year['claimant']}'s tally '{year['figure_text']}' ({fmt_day(pd.Timestamp(window[0]), True)} to "
        f"{fmt_day(pd.Timestamp(window[1]), True)}), its parts added by outcome, beside itemized events of the same "
        "outcome and window (pale: best estimates; dark: lower bounds). Points: the same group's earlier stage, "
        "never added. The tally mixes outcomes: it is not a surrender total.",
        width=width,
        body_height=2.0,
        source=source_line(pd.concat([tallies["source_id"], rows["source_id"]]), sources),
    )
    _draw_tally(chart.body.subplots(), outcomes, claimed, got, earlier, year["claimant"])
    chart.alt = (
        f"Bar chart: {year['claimant']}'s tally of {window[0][:4]} (unverified), by outcome, beside itemized events: "
        + "; ".join(
            f"{o}: claimed {claimed[o]:,}, itemized {got[o].best:,} (lower bounds {got[o].low:,})" for o in outcomes
        )
        + "."
    )
    return chart


def _draw_tally(ax, outcomes: list[str], claimed: pd.Series, got: dict, earlier: list, claimant: str) -> None:
    """Claimed parts (orange) above the itemized events (blue: dark lower bounds, pale best estimates), one row per
    outcome; an earlier stage of the count as hollow points."""
    y = np.arange(len(outcomes))
    ax.barh(y + 0.2, claimed.to_numpy(), height=0.38, color=PALETTE["orange"], label=f"claimed ({claimant})")
    ax.barh(y - 0.2, [got[o].best for o in outcomes], height=0.38, color=PALETTE["blue"], alpha=0.35)
    ax.barh(y - 0.2, [got[o].low for o in outcomes], height=0.38, color=PALETTE["blue"], label="itemized events")
    for t, parts in earlier:
        ax.scatter(
            parts.to_numpy(),
            y + 0.2,
            marker="o",
            facecolor="white",
            edgecolor=PALETTE["black"],
            s=14,
            zorder=3,
            label=f"earlier stage, to {t['as_of_date']} (not added)",
        )
    for i, o in enumerate(outcomes):
        for value, dy in ((claimed[o], 0.2), (got[o].best, -0.2)):
            ax.annotate(
                f"{value:,}",
                (value, i + dy),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize="xx-small",
            )
    ax.set_yticks(y, outcomes)
    ax.set_xlabel("People")
    ax.set_xlim(0, max(claimed.max(), *(g.best for g in got.values())) * 1.6)  # room for the legend on the right
    ax.grid(axis="x")
    ax.legend(loc="center right", fontsize="xx-small")


def by_state_and_claimant(events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Itemized people (best estimates) since Operation 1027 by state/region and by claimant, one column per outcome.

    A row claimed by two groups counts under each in the claimant table (who says it), once in the state table.
    """
    rows = pd.concat([itemized_rows(events, o) for o in OUTCOME_PANELS])
    place = rows["state_region"].where(rows["state_region"] != "", "not placed")
    states = rows.pivot_table(index=place, columns="outcome", values="best", aggfunc="sum", fill_value=0)
    who = rows.assign(claimant=rows["claimed_by"].str.split("; ")).explode("claimant")
    claimed = who.pivot_table(index="claimant", columns="outcome", values="best", aggfunc="sum", fill_value=0)
    order = [o for o in OUTCOME_PANELS if o in states.columns]
    return (
        states[order].loc[states.sum(axis=1).sort_values().index].round().astype(int),
        claimed[order].loc[claimed.sum(axis=1).sort_values().index].round().astype(int),
    )


def record_by_state(events: pd.DataFrame, sources: pd.DataFrame, width: str = "single") -> Chart:
    """Itemized people by state/region (left) and by claimant (right), stacked by outcome, best estimates."""
    states, claimed = by_state_and_claimant(events)
    drawn_rows = pd.concat([itemized_rows(events, o) for o in OUTCOME_PANELS])
    top, lead = states.sum(axis=1).idxmax(), claimed.sum(axis=1).idxmax()
    chart = new_chart(
        "record_by_state",
        f"{top} holds the most itemized people ({int(states.loc[top].sum()):,}, all outcomes) and {_name(lead)} claims "
        f"the most ({int(claimed.loc[lead].sum()):,}); outcomes kept apart (best estimates; unverified claims by "
        f"{claimants(drawn_rows, 3)})",
        "Junta personnel in itemized events since Operation 1027 by state/region and by claimant, stacked by "
        "outcome (best estimates, each person once; a figure two groups claim counts under each claimant). "
        "Captured, fled and defected are never counted as surrendered.",
        width=width,
        body_height=3.2 if width == "single" else 3.0,
        source=source_line(drawn_rows["source_id"], sources),
    )
    axes = chart.body.subplots(1, 2) if width == "double" else chart.body.subplots(2, 1)
    shown = claimed.tail(TOP_CLAIMANTS)
    for ax, table in zip(axes, (states, shown), strict=True):
        _stacked(ax, table)
    axes[0].set_title("By state/region", fontsize="x-small", loc="left")
    axes[1].set_title(f"By claimant (the {len(shown)} largest)", fontsize="x-small", loc="left")
    axes[-1].set_xlabel("People (a bar far longer than the rest is cut and labelled)", fontsize="xx-small")
    axes[0].legend(loc="lower right", fontsize="xx-small")
    chart.alt = (
        "Stacked bar charts of itemized junta personnel since Operation 1027 (unverified claims, best estimates) by "
        "state/region: "
        + "; ".join(f"{s}: {int(r.sum()):,}" for s, r in states.iloc[::-1].iterrows())
        + ". By claimant: "
        + "; ".join(f"{c}: {int(r.sum()):,}" for c, r in claimed.iloc[::-1].iterrows())
        + "."
    )
    return chart


def _stacked(ax, table: pd.DataFrame) -> None:
    """Horizontal bars stacked by outcome on a linear scale; a bar over twice the next is cut at the axis' end
    and labelled with its total."""
    totals = table.sum(axis=1)
    ranked = sorted(totals.tolist())
    cap = ranked[-2] * 1.3 if len(ranked) > 1 and ranked[-1] > 2 * ranked[-2] else ranked[-1] * 1.05
    left = np.zeros(len(table))
    for outcome in table.columns:
        label, colour = OUTCOME_PANELS[outcome]
        ax.barh(table.index, table[outcome], left=left, color=colour, label=label, height=0.7)
        left += table[outcome].to_numpy()
    ax.set_xlim(0, cap)
    for name, total in totals[totals > cap].items():
        ax.annotate(
            f"{int(total):,} ▸",
            (cap, name),
            xytext=(-2, 0),
            textcoords="offset points",
            ha="right",
            va="center",
            fontsize="xx-small",
            color="white",
            fontweight="bold",
        )
    ax.tick_params(labelsize="xx-small")
    ax.grid(axis="x")
