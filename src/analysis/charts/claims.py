"""Notebook 04's charts: claimed running totals beside the itemized events, BNI's breakdown by state beside the
events, and flight across the border. A claimed total is drawn as a point, by claimant: never joined to another
claimant's, never added to the events."""

from __future__ import annotations

import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.ticker import FuncFormatter

from ..errors import AnalysisError
from ..measure.itemized import SERIES as MEASURES_OF
from ..measure.itemized import SERIES_NAMES, in_scope
from ..measure.rules import ACROSS_BORDER_RULE, TREND_BEST_RULE, TREND_RULE
from ..measure.series import cumulative
from ..measure.tally import drawn, low_or_best
from ..report.claims import claim_scope, rule_for_claim
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


def surrender_totals(claims: pd.DataFrame, claims_vs_events: pd.DataFrame) -> pd.DataFrame:
    """Running totals of surrenders (alone, or with abandoned bases) that give a figure, each with its row of
    ``claims_vs_events``: ``compared`` (like with like), ``itemized_low``, ``itemized_best``, ``status``.

    A claim with no start date is kept (drawn as not compared), never dropped.
    """
    wanted = claims["outcome"].isin(["surrendered", "surrendered_or_abandoned"])
    first_wording = claims.get("same_as", pd.Series("", index=claims.index)).fillna("") == ""
    c = claims[(claims["kind"] == "running_total") & wanted & first_wording & claims["figure"].notna()]
    check = claims_vs_events.set_index("claim_id")[["itemized_low", "itemized_best", "itemized_events", "status"]]
    c = c.join(check, on="claim_id")
    return c.assign(compared=c["itemized_low"].notna())


def _claim_points(ax, c: pd.DataFrame, shown: pd.DataFrame) -> None:
    """Each claim a point by claimant type (hollow: not compared); a cross at each compared claim's itemized figure."""
    for i, kind in enumerate(sorted(c["claimant_type"].unique())):
        k = c[c["claimant_type"] == kind]
        color = SERIES[(i + 1) % len(SERIES)]
        on = k["compared"]
        label = f"claimed by {kind.replace('_', ' ')}"
        ax.scatter(k.loc[on, "as_of"], k.loc[on, "figure"], s=18, color=color, zorder=3, label=label)
        ax.scatter(k.loc[~on, "as_of"], k.loc[~on, "figure"], s=18, facecolor="white", edgecolor=color, zorder=3)
    ax.scatter(
        shown["as_of"],
        shown["itemized_low"].astype(float),
        marker="x",
        s=14,
        color=PALETTE["black"],
        zorder=4,
        label="itemized, same people, window, scope",
    )


def _claims_alt(c: pd.DataFrame, cum: pd.DataFrame, best: pd.DataFrame) -> str:
    """The alt text: each claim with the figure set beside it (or why none is), then the record's whole series."""
    return (
        "Chart of claimed running totals of surrendered junta personnel (unverified claims), each beside what "
        "itemized events of the same people, window and scope add up to: "
        + "; ".join(
            f"{r.claimant}: '{r.figure_text}' as of {fmt_day(r.as_of, True)}, "
            + (
                f"itemized {int(r.itemized_low):,} ({SERIES_NAMES['low']}), {int(r.itemized_best):,} "
                f"({SERIES_NAMES['best']})"
                if r.compared
                else r.status
            )
            for r in c.sort_values("as_of").itertuples()
        )
        + f". All itemized surrenders add up to at least {int(cum['low'].iloc[-1]):,} by "
        f"{fmt_day(cum['date'].iloc[-1], True)} ({int(best['high'].iloc[-1]):,} on {SERIES_NAMES['best']})."
    )


def claimed_vs_itemized(
    events: pd.DataFrame,
    claims: pd.DataFrame | None,
    claims_vs_events: pd.DataFrame,
    sources: pd.DataFrame,
    width: str = "single",
) -> Chart:
    """Claimed running totals of surrenders (points, by claimant) beside the itemized events.

    The figure set beside each claim is the build's ``claims_vs_events`` (the same people, window and scope):
    the title, the crosses and the alt text give that one figure; the line is the record's whole series.
    """
    c = surrender_totals(_claims(claims), claims_vs_events)
    cum = cumulative(events, TREND_RULE)
    best = cumulative(events, TREND_BEST_RULE)
    rows = drawn(events, TREND_RULE)
    shown = c[c["compared"]].sort_values("as_of")
    national = shown[shown["scope_state_region"].fillna("") == ""]  # a claim for the whole country first
    last = (national if len(national) else shown).iloc[-1] if len(shown) else c.sort_values("as_of").iloc[-1]
    beside = (
        f"itemized events of the same people, window and scope add up to {int(last['itemized_low']):,} on "
        f"{SERIES_NAMES['low']} ({int(last['itemized_best']):,} on {SERIES_NAMES['best']})"
        if last["compared"]
        else last["status"]
    )
    chart = new_chart(
        "claimed_vs_itemized",
        f"{last['claimant']} claimed '{last['figure_text']}' surrendered by {fmt_day(last['as_of'], True)}; "
        f"{beside} (all unverified claims)",
        "Points: running totals as claimed, by claimant (hollow: not compared like with like, e.g. no start date "
        "or surrenders and abandoned bases together). Crosses: what itemized events of each compared claim's "
        f"people, window and scope add up to ({SERIES_NAMES['low']}). Line: all itemized surrenders by each day, "
        f"{SERIES_NAMES['low']}; dotted: {SERIES_NAMES['best']}; band: known only over a range. Claims are never "
        "added to events or to each other.",
        width=width,
        body_height=2.6,
        source=source_line(pd.concat([rows["source_id"], c["source_id"]]), sources),
    )
    ax = chart.body.subplots()
    draw_cumulative(ax, cum, ("low", {"color": PALETTE["blue"], "lw": 1.2}))
    ax.step(best["date"], best["high"], where="post", color=PALETTE["blue"], lw=0.8, ls=":")
    _claim_points(ax, c, shown)
    start, end = cum["date"].iloc[0], max(cum["date"].iloc[-1], c["as_of"].max())
    date_axis(ax, start, end)
    ax.yaxis.set_major_formatter(_THOUSANDS)
    ax.set_ylim(
        0, max(cum["high"].max(), best["high"].max(), c["figure"].max()) * 1.3
    )  # room for the legend above the data
    ax.set_ylabel("People")
    ax.grid(axis="y")
    ax.legend(loc="upper left", fontsize="x-small")  # above the points: the y axis leaves it room
    chart.alt = _claims_alt(c, cum, best)
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
            "state": [str(claim_scope(r)) for _, r in parts.iterrows()],
            "claimed": parts["figure"].astype(float).to_numpy(),
            "itemized": [int(itemized[k]) for k in parts["claim_id"]],
        }
    )
    table = table.sort_values("claimed", ascending=False)
    long = table.melt(id_vars="state", var_name="series", value_name="people")
    long["series"] = long["series"].map({"claimed": f"claimed ({total['claimant']})", "itemized": "itemized events"})
    rows = pd.concat([drawn(events[in_scope(events, claim_scope(r))], rule_for_claim(r)) for _, r in parts.iterrows()])
    chart = new_chart(
        "breakdown_vs_events",
        f"The state breakdown in {total['claimant']} adds up to {int(table['claimed'].sum()):,} against its own "
        f"'{total['figure_text']}'; itemized events account for {int(table['itemized'].sum()):,} (unverified)",
        f"Surrendered junta personnel by state/region from {fmt_day(pd.Timestamp(total['start_date']), True)} to "
        f"{fmt_day(total['as_of'], True)}: the claimed breakdown beside what itemized events of the same people add "
        f"up to in the same window ({SERIES_NAMES['low']}; claims_vs_events gives {SERIES_NAMES['best']} too).",
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
    """Itemized crossings of a border, cumulative, beside the claimed totals of those who fled across the border."""
    c = _claims(claims)
    totals = c[c["kind"] == "fled_across_border_total"]
    rule = ACROSS_BORDER_RULE
    # this chart is about India (Mizoram); crossings into other countries are drawn with the trend to 2025
    events = events[(events["outcome"] != "fled_across_border") | (events["border_country"].fillna("") == "India")]
    cum = cumulative(events, rule)
    best = cumulative(events, rule.but(measure=MEASURES_OF["best"]))
    rows = drawn(events, rule.but(measure=MEASURES_OF["best"]))
    into = " and ".join(sorted(set(rows.get("border_country", pd.Series(dtype=str))) - {""})) or "another country"
    last = totals.sort_values("as_of").iloc[-1]
    chart = new_chart(
        "fled_across_border",
        f"Itemized crossings into {into} add up to at least {int(cum['low'].iloc[-1]):,} "
        f"({int(best['high'].iloc[-1]):,} on {SERIES_NAMES['best']}); {last['claimant']} put the "
        f"total at {int(last['figure']):,} ('{last['figure_text']}') by {fmt_day(last['as_of'], True)} (unverified)",
        f"Junta soldiers who fled across the border into {into}: a separate outcome, not a surrender to "
        f"resistance forces. Line: itemized crossings, cumulative, {SERIES_NAMES['low']}; dotted: "
        f"{SERIES_NAMES['best']} ('an estimated N' as N). Points: totals as claimed by "
        + " and ".join(dict.fromkeys(totals["claimant"]))
        + ".",
        width=width,
        body_height=2.2,
        source=source_line(pd.concat([rows["source_id"], totals["source_id"]]), sources),
    )
    ax = chart.body.subplots()
    draw_cumulative(ax, cum, ("low", {"color": PALETTE["vermillion"], "lw": 1.2, "label": "Itemized crossings"}))
    ax.step(best["date"], best["high"], where="post", color=PALETTE["vermillion"], lw=0.8, ls=":")
    ax.scatter(totals["as_of"], totals["figure"], color=PALETTE["black"], s=16, zorder=3, label="Claimed totals")
    for r in totals.itertuples():
        ax.annotate(
            f"'{r.figure_text}'", (r.as_of, r.figure), xytext=(4, 4), textcoords="offset points", fontsize="x-small"
        )
    end = max(cum["date"].iloc[-1], totals["as_of"].max())
    date_axis(ax, cum["date"].iloc[0], end)
    ax.set_xlim(right=end + (end - cum["date"].iloc[0]) * 0.25)  # room for the last label
    ax.set_ylim(0, np.nanmax([cum["high"].max(), best["high"].max(), totals["figure"].max()]) * 1.25)
    ax.set_ylabel("People")
    ax.grid(axis="y")
    ax.legend(loc="upper left", fontsize="x-small")
    chart.alt = (
        f"Chart of junta soldiers who fled into {into}: itemized crossings add up to {int(cum['low'].iloc[-1])} on "
        f"{SERIES_NAMES['low']} ({int(best['high'].iloc[-1])} on {SERIES_NAMES['best']}) by "
        + fmt_day(cum["date"].iloc[-1], True)
        + "; claimed totals (unverified): "
        + "; ".join(f"'{r.figure_text}' as of {fmt_day(r.as_of, True)}, by {r.claimant}" for r in totals.itertuples())
        + "."
    )
    return chart
