"""Notebook 05's map: the whole record, 27 Oct 2023 to the last dated event, every outcome kept apart.

Each itemized event placed at a township is a circle at MIMU's point for it, coloured by outcome (surrendered,
defected, captured, fled across a border), area = people (best estimates, each person once); the largest
are labelled. Events known only at state level or wider are counted under the map, never drawn at a guessed
point. Releases, relatives, mixed figures and second reports are never drawn.
"""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from ..config import OPERATION_1027
from ..measure.itemized import itemized_rule
from ..measure.tally import drawn
from .chart import Chart
from .dates import fmt_day
from .map_labels import label_spots
from .maps import PROJECTION, base_map, map_chart
from .record import OUTCOME_PANELS
from .sources import claimants, source_line


def record_points(events: pd.DataFrame, townships: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(points, rows): people by township and outcome (best estimates) with projected x/y, and every row drawn."""
    rows = pd.concat(
        [drawn(events, itemized_rule("best", outcomes=(o,))).assign(outcome=o) for o in OUTCOME_PANELS],
        ignore_index=True,
    )
    at = rows[rows["township_pcode"] != ""]
    pts = at.groupby(["township_pcode", "township", "outcome"], as_index=False)["people"].sum()
    lon = pts["township_pcode"].map(townships["lon"]).astype(float)
    lat = pts["township_pcode"].map(townships["lat"]).astype(float)
    geo = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs=4326).to_crs(PROJECTION)
    pts = pts.assign(x=geo.x.to_numpy(), y=geo.y.to_numpy()).sort_values("people", ascending=False)
    return pts, rows


def map_outcomes(
    events: pd.DataFrame,
    sources: pd.DataFrame,
    states: gpd.GeoDataFrame,
    townships: pd.DataFrame,
    width: str = "single",
) -> Chart:
    """Every itemized event of the record at its township, coloured by outcome; the largest labelled."""
    pts, rows = record_points(events, townships)
    placed = rows[rows["township_pcode"] != ""]
    unplaced = rows[rows["township_pcode"] == ""].groupby("outcome")["people"].sum().round().astype(int)
    last = pd.to_datetime(rows["date_end"]).max()
    by_outcome = pts.groupby("outcome")["people"].sum().round().astype(int)
    lead = pts.iloc[0]
    chart = map_chart(
        "map_outcomes",
        f"From {fmt_day(pd.Timestamp(OPERATION_1027), True)} to {fmt_day(last, True)}, {lead['township']} holds the "
        f"largest itemized figure ({int(lead['people']):,} {OUTCOME_PANELS[lead['outcome']][0].split(' (')[0]}); "
        f"claims by {claimants(placed, 3)} (unverified)",
        "Itemized events at their township, by outcome (circle area: people, best estimates, each person once). "
        + _not_drawn(unplaced)
        + "Releases, relatives and mixed figures are never drawn.",
        width,
        source_line(placed["source_id"], sources),
    )
    ax = chart.body.subplots()
    base_map(ax, states)
    _draw_points(ax, pts, by_outcome)
    ax.set_axis_off()
    ax.set_aspect("equal")
    legend = ax.legend(loc="lower left", fontsize="xx-small", markerscale=0.4, frameon=False)
    for handle in legend.legend_handles:
        handle.set_sizes([16])
    chart.freeze()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    short = pts["outcome"].map({o: v[0].split(" (")[0] for o, v in OUTCOME_PANELS.items()})
    labelled = pts.assign(township=pts["township"] + " (" + short + ")")  # each label says what happened there
    sizes = pts["people"].to_numpy(dtype=float) * (600 / max(1.0, float(pts["people"].max()))) + 4  # as drawn
    renderer = FigureCanvasAgg(chart.fig).get_renderer()
    label_spots(labelled, ax, renderer, n=6 if width == "single" else 10, sizes=sizes)
    chart.alt = (
        "Map of Myanmar with a circle at each township where itemized events were claimed from "
        f"{fmt_day(pd.Timestamp(OPERATION_1027), True)} to {fmt_day(last, True)} (unverified), coloured by outcome: "
        + "; ".join(
            f"{r.township}, {OUTCOME_PANELS[r.outcome][0]}: {int(r.people):,}" for r in pts.head(15).itertuples()
        )
        + ("; and smaller ones" if len(pts) > 15 else "")
        + "."
    )
    return chart


def _not_drawn(unplaced: pd.Series) -> str:
    """'Not drawn, known only at state level or wider: 232 fled across a border, ...' ('' when nothing)."""
    if not len(unplaced):
        return ""
    words = ", ".join(f"{n:,} {OUTCOME_PANELS[o][0].split(' (')[0]}" for o, n in unplaced.items())
    return f"Not drawn, known only at state level or wider: {words}. "


def _draw_points(ax, pts: pd.DataFrame, by_outcome: pd.Series) -> None:
    """One circle per township and outcome, area = people, one colour per outcome."""
    scale = 600 / max(1.0, float(pts["people"].max()))
    for outcome, (label, colour) in OUTCOME_PANELS.items():
        p = pts[pts["outcome"] == outcome]
        if len(p):
            ax.scatter(
                p["x"],
                p["y"],
                s=p["people"] * scale + 4,
                color=colour,
                alpha=0.6,
                edgecolor="white",
                linewidth=0.4,
                zorder=3,
                label=f"{label}: {int(by_outcome[outcome]):,} placed",
            )
