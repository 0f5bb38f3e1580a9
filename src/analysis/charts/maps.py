"""Maps of Myanmar in the house style: where the itemized surrenders were, by state/region and by township.

The layers are package data derived from MIMU (Myanmar Information Management Unit): the 18 state/region
units (P-code release 9.6; boundaries version 9.3, simplified as a coverage; see reference/data/README.md)
and township points from the gazetteer, read by :func:`analysis.pipeline.load.load_tables` and passed in as
``states`` and ``townships``. They are drawn in an equal-area projection centred on Myanmar, not
in raw longitude/latitude. Nothing is fetched at run time. Figures known only for several states or the
whole country are never spread over the map: they are given as "not placed".
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.patches import Patch

from .. import report
from ..config import OPERATION_1027
from ..measure.rules import REPORT_RULE, TREND_RULE, Rule
from ..measure.tally import drawn, low_or_best
from ..report.headline import unplaced_mask
from .chart import Chart, new_chart
from .dates import fmt_day, fmt_span
from .map_labels import label_spots
from .map_units import in_words, keys_of, merged_layer, unit_key, unit_name
from .sources import claimants, source_line, when
from .style import PALETTE

#: Albers equal-area, standard parallels across Myanmar (10-28 N), centred on 96 E.
PROJECTION = "+proj=aea +lat_1=12 +lat_2=26 +lat_0=19 +lon_0=96 +datum=WGS84 +units=m +no_defs"
MAP_NOTE = "Map: MIMU state/region boundaries (P-codes 9.6, boundaries 9.3), simplified; township points: MIMU."
_BLUES = ["#DCEAF5", "#A9CCE6", "#6AA8D4", "#2C7FB8", "#08519C"]


def projected(states: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The state/region layer in the map projection (:data:`PROJECTION`)."""
    return states.to_crs(PROJECTION)


def map_chart(name: str, title: str, subtitle: str, width: str, source: str) -> Chart:
    """A one-panel map in the house layout: the map's body height at each width and the MIMU note."""
    body = 3.9 if width == "single" else 5.0
    return new_chart(name, title, subtitle, width=width, body_height=body, source=source, note=MAP_NOTE)


def base_map(ax, states: gpd.GeoDataFrame) -> None:
    """The states and regions in pale grey under a map's points."""
    projected(states).plot(ax=ax, color="#F2F2F2", edgecolor="white", linewidth=0.5)


def _units(events: pd.DataFrame, rule: Rule, states: pd.DataFrame) -> tuple[pd.Series, int, pd.DataFrame]:
    """People by unit key under ``rule``, what cannot be placed in one place on the map, and the rows drawn."""
    rows = drawn(events, rule)
    one = ~unplaced_mask(rows)
    rows = rows.assign(sr_pcode=keys_of(states, rows["state_region"], rows["shan_part"]).where(one, ""))
    placed = rows["sr_pcode"] != ""
    by_unit = rows[placed].groupby("sr_pcode")["people"].sum().round().astype(int)
    return by_unit, int(round(rows.loc[~placed, "people"].sum())), rows


def _bins(values: pd.Series) -> list[float]:
    top = max(1, int(values.max()) if len(values) else 1)
    edges = sorted({1, *np.unique(np.geomspace(1, top + 1, 6).round().astype(int)).tolist()})
    return [*edges[:-1], top + 1] if len(edges) > 1 else [1, top + 1]


def _choropleth(
    ax,
    layer: gpd.GeoDataFrame,
    values: pd.Series,
    named: set[str] = frozenset(),
    legend: bool = True,
    bins: list[float] | None = None,
) -> None:
    """Shade the 18 units of ``layer`` (projected) by ``values`` (sr_pcode -> people); panels side by side share
    ``bins``."""
    layer = merged_layer(layer, set(values.index) | set(named)).assign(people=lambda g: g["sr_pcode"].map(values))
    bins = bins or _bins(values)
    cmap = ListedColormap(_BLUES[-(len(bins) - 1) :])
    norm = BoundaryNorm(bins, cmap.N)
    empty = layer[layer["people"].isna()]
    empty.plot(ax=ax, color="#F2F2F2", edgecolor="white", linewidth=0.4)
    hatched = empty[empty["sr_pcode"].isin(named)]
    if len(hatched):
        hatched.plot(ax=ax, color="#F2F2F2", edgecolor=PALETTE["grey"], linewidth=0.4, hatch="////")
    layer[layer["people"].notna()].plot(ax=ax, column="people", cmap=cmap, norm=norm, edgecolor="white", linewidth=0.4)
    layer.boundary.plot(ax=ax, color="white", linewidth=0.4)
    ax.set_axis_off()
    ax.set_aspect("equal")
    if legend:
        patches = [Patch(color=cmap(i), label=f"{bins[i]:,}-{bins[i + 1] - 1:,}") for i in range(cmap.N)]
        patches.append(Patch(facecolor="#F2F2F2", edgecolor="#BBBBBB", label="no itemized figure"))
        if named:
            patches.append(
                Patch(facecolor="#F2F2F2", edgecolor=PALETTE["grey"], hatch="////", label="named, no figure")
            )
        ax.legend(handles=patches, loc="lower left", fontsize="x-small", title="People", title_fontsize="x-small")


def _compiler(events: pd.DataFrame) -> str:
    """Who compiled the headline's total, as its row says."""
    return events.loc[events["event_id"] == report.HEADLINE_ID, "claimed_by"].iloc[0]


def _report_of(events: pd.DataFrame, sources: pd.DataFrame) -> str:
    """ "The Irrawaddy's report of 17 or 18 Nov 2023": the headline's outlet and date, from ``sources``."""
    source_id = events.loc[events["event_id"] == report.HEADLINE_ID, "source_id"].iloc[0]
    row = sources.set_index("source_id").loc[source_id]
    return f"{row['outlet']}'s report of {when(row['published'], row['published_latest'], row['date_certainty'])}"


def _named_units(events: pd.DataFrame, states: pd.DataFrame) -> set[str]:
    """The units the headline names (a state's part where the row names one, as the report names northern Shan)."""
    row = events.loc[events["event_id"] == report.HEADLINE_ID]
    if row.empty:
        return set()
    part = row.iloc[0]["shan_part"]
    return {unit_key(states, n, part) for n in row.iloc[0]["state_region"].split("; ")} - {""}


def map_headline(
    events: pd.DataFrame,
    headline_by_state: pd.DataFrame,
    sources: pd.DataFrame,
    states: gpd.GeoDataFrame,
    width: str = "single",
) -> Chart:
    """The headline's itemized surrenders on a map of MIMU's 18 units; the unitemized rest: ``headline_by_state``."""
    by_unit, unplaced, rows = _units(events, REPORT_RULE, states)
    totals = report.totals_of(headline_by_state)
    items = rows[rows["event_id"] != report.HEADLINE_ID]
    top = unit_name(states, by_unit.idxmax())
    chart = map_chart(
        "map_headline",
        f"Of the surrenders the rows itemize, {by_unit.max():,} were in {top}; {totals['not_itemized']:,} of "
        f"{_compiler(events)}'s compiled total are not placed anywhere (unverified claims)",
        f"Junta personnel reported surrendered, {fmt_span(*REPORT_RULE.window)}, by state/region (MIMU's units; a "
        f"part of a state where the rows name one): claims by {claimants(items)}. Hatched: named in the headline, "
        "no figure given.",
        width,
        source_line(rows["source_id"], sources),
    )
    ax = chart.body.subplots()
    _choropleth(ax, projected(states), by_unit, _named_units(events, states))
    ax.text(
        0.98,
        0.97,
        f"Not placed in any state:\n{unplaced:,}",
        transform=ax.transAxes,
        ha="right",
        va="top",
        fontsize="small",
        color="#333333",
    )
    chart.alt = (
        "Map of Myanmar's states and regions shaded by surrenders of junta personnel itemized in "
        f"{_report_of(events, sources)} (unverified claims): "
        + "; ".join(f"{unit_name(states, c)}: {v}" for c, v in by_unit.items())
        + f". {unplaced} of the compiled total are not placed in any state and are not drawn on the map."
    )
    return chart


def map_record(
    events: pd.DataFrame,
    claims: pd.DataFrame | None,
    sources: pd.DataFrame,
    states: gpd.GeoDataFrame,
    width: str = "single",
) -> Chart:
    """Itemized surrenders since Operation 1027 by state/region; beside them, a claimed breakdown if ``claims``
    hold one (two panels, one scale, never added)."""
    by_unit, unplaced, rows = _units(events, TREND_RULE, states)
    parts = pd.DataFrame()
    if claims is not None:  # a breakdown by state/region (a tally's parts by outcome are national: not mapped)
        parts = claims[(claims["kind"] == "breakdown") & (claims["scope_state_region"].fillna("") != "")]
        parts = parts[parts["part_of"] == parts["part_of"].iloc[0]] if len(parts) else parts
    total = claims[claims["claim_id"] == parts["part_of"].iloc[0]].iloc[0] if len(parts) else None
    claimed = pd.Series(dtype=float)
    if len(parts):
        codes = keys_of(states, parts["scope_state_region"], parts["scope_shan_part"])
        claimed = pd.Series(low_or_best(parts).astype(float).to_numpy(), index=codes.to_numpy())
    top = unit_name(states, by_unit.idxmax())
    last = pd.to_datetime(rows["date_end"]).max()
    spread = (
        f"; the claimed breakdown gives figures for {len(claimed)} states/regions, the events for {len(by_unit)}"
        if len(claimed)
        else ""
    )
    chart = new_chart(
        "map_record",
        f"In the itemized claims, {top} accounts for {by_unit.max():,} of {int(by_unit.sum()):,} placed surrenders "
        f"since {fmt_day(pd.Timestamp(OPERATION_1027), True)}{spread} (unverified)",
        f"Left: junta personnel in itemized surrender events, {fmt_span(OPERATION_1027, last)}, by state/region (lower "
        "bounds, each person once)."
        + (
            f" Right: the breakdown by state claimed by {total['claimant']} as of "
            f"{total['as_of_date']}. Two sources, two panels: never added."
            if total is not None
            else ""
        ),
        width=width,
        body_height=3.4 if width == "single" else 4.6,
        source=source_line(pd.concat([rows["source_id"], parts.get("source_id", pd.Series(dtype=str))]), sources),
        note=MAP_NOTE,
    )
    axes = chart.body.subplots(1, 2 if len(parts) else 1, squeeze=False).ravel()
    bins = _bins(pd.concat([by_unit, claimed]))  # one scale for both panels
    layer = projected(states)
    _choropleth(axes[0], layer, by_unit, bins=bins, legend=False)
    axes[0].set_title(f"Itemized events\n(not placed: {unplaced:,})", fontsize="small")
    if len(parts):
        _choropleth(axes[1], layer, claimed, bins=bins)
        axes[1].set_title(f"Claimed breakdown\n({total['claimant'].split(' records')[0]})", fontsize="small")
    chart.alt = (
        "Two maps of Myanmar by state/region. Itemized surrender events of junta personnel since "
        f"{fmt_day(pd.Timestamp(OPERATION_1027), True)} "
        "(unverified claims): "
        + "; ".join(f"{unit_name(states, c)}: {v}" for c, v in by_unit.items())
        + f"; {unplaced} not placed."
        + (
            ""
            if claimed.empty
            else f" Breakdown claimed by {total['claimant']}: "
            + "; ".join(f"{unit_name(states, c)}: {int(v)}" for c, v in claimed.items())
            + "."
        )
    )
    return chart


def map_townships(
    events: pd.DataFrame,
    sources: pd.DataFrame,
    states: gpd.GeoDataFrame,
    townships: pd.DataFrame,
    width: str = "single",
) -> Chart:
    """Itemized surrenders since Operation 1027 as circles at their township's point (``townships``)."""
    rows = drawn(events, TREND_RULE)
    at = rows[rows["township_pcode"] != ""]
    pts = at.groupby(["township_pcode", "township"], as_index=False)["people"].sum()
    ts = townships
    pts = pts.assign(
        lon=pts["township_pcode"].map(ts["lon"]).astype(float), lat=pts["township_pcode"].map(ts["lat"]).astype(float)
    )
    geo = gpd.GeoSeries(gpd.points_from_xy(pts["lon"], pts["lat"]), crs=4326).to_crs(PROJECTION)
    pts = pts.assign(x=geo.x.to_numpy(), y=geo.y.to_numpy()).sort_values("people", ascending=False)
    unplaced = int(round(rows.loc[rows["township_pcode"] == "", "people"].sum()))
    lead = pts.iloc[0]
    where = in_words(ts.loc[lead["township_pcode"], "sr_name_mimu"])  # 'Lashio (northern Shan)', no nested brackets
    chart = map_chart(
        "map_townships",
        f"{lead['township']} ({where}) accounts for {int(lead['people']):,} of the {int(pts['people'].sum()):,} "
        f"surrenders placed at a township (unverified claims by {claimants(at, 2)})",
        f"Surrender events of junta personnel since {fmt_day(pd.Timestamp(OPERATION_1027), True)} at their "
        "township (circle area: people, lower "
        f"bounds, each person once). {unplaced:,} known only at state level or wider are not drawn at a guessed "
        "point.",
        width,
        source_line(at["source_id"], sources),
    )
    ax = chart.body.subplots()
    base_map(ax, states)
    scale = 600 / max(1.0, float(pts["people"].max()))
    sizes = pts["people"].to_numpy(dtype=float) * scale + 4
    ax.scatter(
        pts["x"],
        pts["y"],
        s=sizes,
        color=PALETTE["blue"],
        alpha=0.55,
        edgecolor="white",
        linewidth=0.4,
        zorder=3,
    )
    ax.set_axis_off()
    ax.set_aspect("equal")
    chart.freeze()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    label_spots(pts, ax, FigureCanvasAgg(chart.fig).get_renderer(), n=6 if width == "single" else 10, sizes=sizes)
    chart.alt = (
        "Map of Myanmar with a circle at each township where itemized surrenders of junta personnel were claimed "
        f"since {fmt_day(pd.Timestamp(OPERATION_1027), True)} (unverified): "
        + "; ".join(f"{r.township}: {int(r.people)}" for r in pts.itertuples())
        + f". {unplaced} known only at state level or wider are not drawn."
    )
    return chart
