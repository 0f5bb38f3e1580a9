"""Maps: the layers load with MIMU's units and codes, every place in the data joins, nothing is placed by guess."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest

from analysis.charts import WIDTHS
from analysis.charts.maps import PROJECTION, _units, map_townships, projected, unit_key
from analysis.measure.rules import REPORT_RULE, TREND_RULE
from analysis.measure.tally import drawn
from analysis.reference import gazetteer


def test_the_state_layer_has_mimus_18_units_projected_for_myanmar():
    layer = projected(gazetteer.states_layer())
    assert len(layer) == 18 and layer["sr_pcode"].is_unique
    assert set(layer["sr_pcode"]) == set(gazetteer.states()["sr_pcode"])
    assert set(layer.loc[layer["state_region"] == "Shan", "shan_part"]) == {"North", "South", "East"}
    assert "Albers" in layer.crs.to_wkt()
    # the projection is centred on Myanmar: its centre (96 E, 19 N) maps to the origin, and equal areas stay equal
    centre = gpd.GeoSeries(gpd.points_from_xy([96.0, 96.0], [19.0, 20.0]), crs=4326).to_crs(layer.crs)
    assert abs(centre.x.iloc[0]) < 1 and abs(centre.y.iloc[0]) < 1 and 1.0e5 < centre.y.iloc[1] < 1.2e5
    xmin, ymin, xmax, ymax = layer.total_bounds
    assert 1.5e6 < ymax - ymin < 2.5e6 and 0.7e6 < xmax - xmin < 1.2e6  # metres: Myanmar's extent, not degrees


def test_every_state_and_township_code_in_the_data_joins(events):
    states = gazetteer.states_layer()
    for rule in (REPORT_RULE, TREND_RULE):
        by_unit, unplaced, rows = _units(events, rule, states)
        covered = {c for key in by_unit.index for c in key.split("+")}
        assert covered <= set(states["sr_pcode"])
        single = rows[~rows["place_scope"].isin(["multiple", "national", "unknown"])]
        assert (single["sr_pcode"] != "").all(), single.loc[single["sr_pcode"] == "", "event_id"].tolist()
        assert int(by_unit.sum()) + unplaced == int(round(rows["people"].sum()))  # nothing lost, nothing spread
    codes = set(events.loc[events["township_pcode"] != "", "township_pcode"])
    towns = gazetteer.townships()
    assert codes <= set(towns.index) and towns.loc[list(codes), "lon"].ne("").all()


def test_rows_known_only_at_state_level_are_not_drawn_at_a_guessed_point(tables):
    """One circle per township the record's rows place surrenders at, at the gazetteer's point; the rest in words."""
    events = tables.events
    chart = map_townships(events, tables.sources, tables.states, tables.townships)
    rows = drawn(events, TREND_RULE)
    towns = rows.loc[rows["township_pcode"] != "", "township_pcode"].unique()
    circles = chart.body.axes[0].collections[-1].get_offsets()
    assert len(towns) and len(circles) == len(towns)
    points = gpd.GeoSeries(
        gpd.points_from_xy(
            tables.townships.loc[towns, "lon"].astype(float), tables.townships.loc[towns, "lat"].astype(float)
        ),
        crs=4326,
    ).to_crs(PROJECTION)
    assert sorted(map(tuple, np.round(circles, 0))) == sorted(
        zip(np.round(points.x, 0), np.round(points.y, 0), strict=True)
    )
    unplaced = int(round(rows.loc[rows["township_pcode"] == "", "people"].sum()))
    assert f"{unplaced} known only at state level or wider are not drawn" in chart.alt


@pytest.mark.parametrize("width", list(WIDTHS))
def test_no_label_on_the_township_map_sits_on_another_point(tables, width):
    """Each label may touch its own circle, never another's (Lashio's label once sat on Laukkaing's circle)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    chart = map_townships(tables.events, tables.sources, tables.states, tables.townships, width=width)
    renderer = FigureCanvasAgg(chart.fig).get_renderer()
    ax = chart.body.axes[0]
    dots = ax.collections[-1]
    centres = ax.transData.transform(dots.get_offsets())
    radii = np.sqrt(dots.get_sizes()) / 2 * chart.fig.dpi / 72
    labels = [t for t in ax.texts if t.get_text()]
    assert len(labels) >= 3
    for label in labels:
        own = ax.transData.transform([label.xy])[0]
        box = label.get_window_extent(renderer)
        for (x, y), r in zip(centres, radii, strict=True):
            if np.allclose((x, y), own):
                continue
            nearest = (min(max(x, box.x0), box.x1), min(max(y, box.y0), box.y1))
            assert np.hypot(nearest[0] - x, nearest[1] - y) >= r, f"{label.get_text()!r} sits on a circle"


def test_a_claim_for_a_whole_state_mimu_splits_is_drawn_over_the_whole_state(tables):
    """BNI's 'Bago Region' covers both of MIMU's Bago units, never one half; a row naming Shan's north, only it."""
    states = tables.states
    for state in states["state_region"].unique():
        units = set(states.index[states["state_region"] == state])
        assert set(unit_key(states, state).split("+")) == units
    north = states.index[(states["state_region"] == "Shan") & (states["shan_part"] == "North")]
    assert unit_key(states, "Shan", "North") == north[0]
