"""Notebook 04's charts: claimed running totals beside the itemized events, BNI's breakdown by state beside the
events, and flight across the border. A claimed total is drawn as a point, by claimant: never joined to another
claimant's, never added to the events."""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.ticker import FuncFormatter

from ..config import OPERATION_1027
from ..errors import AnalysisError
from ..measure.rules import ACROSS_BORDER_RULE, TREND_RULE
from ..measure.series import cumulative
from ..measure.tally import drawn, low_or_best
from ..report.claims import rule_for_claim
from .chart import Chart, new_chart
from .dates import date_axis, fmt_day
from .sources import source_line
from .style import PALETTE, SERIES
from .trends import draw_cumulative

_THOUSANDS = FuncFormatter(lambda v, _: f"{v:,.0f}")


def _claims(claims: pd.DataFrame | None) -> pd.DataFrame:
    """The claimed totals with each one's ``figure`` (low, else best) and ``as_of`` date; an error if there are none."""
    if claims is None or claims.empty:
        raise AnalysisError("no claimed totals: build with data/raw/claimed_totals.csv beside the events")
    return claims.assign(figure=low_or_best(claims), as_of=pd.to_datetime(claims["as_of_date"]))


#: A running total counted from this day or later is one "since Operation 1027" (a count "since 26 Oct", the eve
#: of the offensive, included).
SINCE_1027 = (pd.Timestamp(OPERATION_1027) - pd.Timedelta(days=1)).strftime("%Y-%m-%d")


def surrender_totals(claims: pd.DataFrame) -> pd.DataFrame:
    """Running totals of surrenders since Operation 1027 that can be set beside the events (not other questions)."""
    wanted = claims["outcome"].isin(["surrendered", "surrendered_or_abandoned"])
    first_wording = claims.get("same_as", pd.Series("", index=claims.index)).fillna("") == ""
    c = claims[(claims["kind"] == "running_total") & wanted & first_wording]
    return c[(c["start_date"] >= SINCE_1027) & c["figure"].notna()]


def claimed_vs_itemized(
    events: pd.DataFrame, claims: pd.DataFrame | None, sources: pd.DataFrame, width: str = "single"
) -> Chart:
    """Claimed running totals of surrenders since Operation 1027 (points, by claimant) beside the itemized events."""
    c = surrender_totals(_claims(claims))
    cum = cumulative(events, TREND_RULE)
    rows = drawn(events, TREND_RULE)
    national = c[c["scope_state_region"].fillna("") == ""]
    last = (national if len(national) else c).sort_values("as_of").iloc[-1]
    by_then = int(cum.loc[cum["date"] <= last["as_of"], "low"].iloc[-1])
    chart = new_chart(
        "claimed_vs_itemized",
        f"{last['claimant']} claimed '{last['figure_text']}' surrendered by {fmt_day(last['as_of'], True)}; the "
        f"itemized events by then add up to {by_then:,} (all unverified claims)",
        "Points: running totals since Operation 1027 as claimed, by claimant (hollow: the figure includes relatives "
        "or abandonment). Line and band: what itemized events add up to by each day (lower bound; band: known only "
        "over a range). Claims are never added to events or to each other.",
        width=width,
        body_height=2.6,
        source=source_line(pd.concat([rows["source_id"], c["source_id"]]), sources),
    )
    ax = chart.body.subplots()
    draw_cumulative(ax, cum, ("low", {"color": PALETTE["blue"], "lw": 1.2, "label": "Itemized events (certain)"}))
    kinds = sorted(c["claimant_type"].unique())
    for i, kind in enumerate(kinds):
        k = c[c["claimant_type"] == kind]
        mixed = ~k["personnel_only"] | (k["outcome"] != "surrendered")
        color = SERIES[(i + 1) % len(SERIES)]
        ax.scatter(
            k.loc[~mixed, "as_of"],
            k.loc[~mixed, "figure"],
            s=18,
            color=color,
            zorder=3,
            label=f"claimed by {kind.replace('_', ' ')}",
        )
        ax.scatter(k.loc[mixed, "as_of"], k.loc[mixed, "figure"], s=18, facecolor="white", edgecolor=color, zorder=3)
    start, end = cum["date"].iloc[0], max(cum["date"].iloc[-1], c["as_of"].max())
    date_axis(ax, start, end)
    ax.yaxis.set_major_formatter(_THOUSANDS)
    ax.set_ylim(0, max(cum["high"].max(), c["figure"].max()) * 1.1)
    ax.set_ylabel("People")
    ax.grid(axis="y")
    ax.legend(loc="upper left", fontsize="x-small")
    chart.alt = (
        "Chart of claimed running totals of surrendered junta personnel since Operation 1027 (unverified claims), "
        "beside the cumulative itemized events: "
        + "; ".join(
            f"{r.claimant}: '{r.figure_text}' as of {fmt_day(r.as_of, True)}"
            for r in c.sort_values("as_of").itertuples()
        )
        + f". Itemized events add up to at least {int(cum['low'].iloc[-1]):,} by {fmt_day(cum['date'].iloc[-1], True)}."
    )
    return chart


def breakdown_vs_events(
    events: pd.DataFrame,
    claims: pd.DataFrame | None,
    claims_vs_events: pd.DataFrame | None,
    sources: pd.DataFrame,
    width: str = "single",
) -> Chart:
    """A claimed breakdown by state beside what the itemized events give in each part's window and scope.

    The itemized figures are the build's ``claims_vs_events`` table (one number for one question).
    """
    c = _claims(claims)
    parts = c[(c["kind"] == "breakdown") & (c["scope_state_region"].fillna("") != "")]  # by state, not by outcome
    parts = parts[parts["part_of"] == parts["part_of"].iloc[0]]
    total = c[c["claim_id"] == parts["part_of"].iloc[0]].iloc[0]
    itemized = claims_vs_events.set_index("claim_id")["itemized_low"]
    table = pd.DataFrame(
        {
            "state": parts["scope_state_region"].to_numpy(),
            "claimed": parts["figure"].astype(float).to_numpy(),
            "itemized": [int(itemized[k]) for k in parts["claim_id"]],
        }
    )
    table = table.sort_values("claimed", ascending=False)
    long = table.melt(id_vars="state", var_name="series", value_name="people")
    long["series"] = long["series"].map({"claimed": f"claimed ({total['claimant']})", "itemized": "itemized events"})
    rows = pd.concat([drawn(events, rule_for_claim(r)) for _, r in parts.iterrows()])
    rows = rows[rows["state_region"].isin(table["state"])]
    chart = new_chart(
        "breakdown_vs_events",
        f"The state breakdown in {total['claimant']} adds up to {int(table['claimed'].sum()):,} against its own "
        f"'{total['figure_text']}'; itemized events account for {int(table['itemized'].sum()):,} (unverified)",
        f"Surrendered junta personnel by state/region from {fmt_day(pd.Timestamp(OPERATION_1027), True)} to "
        f"{fmt_day(total['as_of'], True)}: "
        "the claimed breakdown beside what itemized events add up to in the same window (lower bounds).",
        width=width,
        body_height=2.6,
        source=source_line(pd.concat([pd.Series([total["source_id"]]), rows["source_id"]]), sources),
    )
    ax = chart.body.subplots()
    sns.barplot(
        data=long,
        y="state",
        x="people",
        hue="series",
        ax=ax,
        palette=[PALETTE["orange"], PALETTE["blue"]],
        orient="h",
        width=0.75,
        saturation=1,
    )
    ax.set_ylabel("")
    ax.set_xlabel("People")
    ax.xaxis.set_major_formatter(_THOUSANDS)
    ax.legend(loc="lower right", fontsize="x-small", title=None)
    chart.alt = (
        f"Grouped bar chart by state/region of {total['claimant']}'s claimed breakdown (unverified) beside itemized "
        "events: "
        + "; ".join(f"{r.state}: claimed {int(r.claimed):,}, itemized {r.itemized:,}" for r in table.itertuples())
        + "."
    )
    return chart


def fled_across_border(
    events: pd.DataFrame, claims: pd.DataFrame | None, sources: pd.DataFrame, width: str = "single"
) -> Chart:
    """Itemized crossings into India, cumulative, beside the claimed totals of those who fled across the border."""
    c = _claims(claims)
    totals = c[c["kind"] == "fled_across_border_total"]
    rule = ACROSS_BORDER_RULE
    # this chart is about India (Mizoram); crossings into other countries are drawn with the trend to 2025
    events = events[(events["outcome"] != "fled_across_border") | (events["border_country"].fillna("") == "India")]
    cum = cumulative(events, rule)
    rows = drawn(events, rule)
    last = totals.sort_values("as_of").iloc[-1]
    chart = new_chart(
        "fled_across_border",
        f"Itemized crossings into India add up to at least {int(cum['low'].iloc[-1]):,}; {last['claimant']} put the "
        f"total at {int(last['figure']):,} ('{last['figure_text']}') by {fmt_day(last['as_of'], True)} (unverified)",
        "Junta soldiers who fled across the border into Mizoram (India): a separate outcome, not a surrender to "
        "resistance forces. Line: itemized crossings, cumulative. Points: totals as claimed by "
        + " and ".join(dict.fromkeys(totals["claimant"]))
        + ".",
        width=width,
        body_height=2.2,
        source=source_line(pd.concat([rows["source_id"], totals["source_id"]]), sources),
    )
    ax = chart.body.subplots()
    draw_cumulative(ax, cum, ("low", {"color": PALETTE["vermillion"], "lw": 1.2, "label": "Itemized crossings"}))
    ax.scatter(totals["as_of"], totals["figure"], color=PALETTE["black"], s=16, zorder=3, label="Claimed totals")
    for r in totals.itertuples():
        ax.annotate(
            f"'{r.figure_text}'", (r.as_of, r.figure), xytext=(4, 4), textcoords="offset points", fontsize="x-small"
        )
    end = max(cum["date"].iloc[-1], totals["as_of"].max())
    date_axis(ax, cum["date"].iloc[0], end)
    ax.set_xlim(right=end + (end - cum["date"].iloc[0]) * 0.25)  # room for the last label
    ax.set_ylim(0, np.nanmax([cum["high"].max(), totals["figure"].max()]) * 1.25)
    ax.set_ylabel("People")
    ax.grid(axis="y")
    ax.legend(loc="upper left", fontsize="x-small")
    chart.alt = (
        f"Chart of junta soldiers who fled into Mizoram, India: itemized crossings add up to {int(cum['low'].iloc[-1])}"
        " by "
        + fmt_day(cum["date"].iloc[-1], True)
        + "; claimed totals (unverified): "
        + "; ".join(f"'{r.figure_text}' as of {fmt_day(r.as_of, True)} ({r.claimant})" for r in totals.itertuples())
        + "."
    )
    return chart
