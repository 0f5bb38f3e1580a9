"""Maps: the layers load with MIMU's units and codes, every place in the data joins, nothing is placed by guess."""

from __future__ import annotations

import re

import geopandas as gpd
import numpy as np
import pytest
from matplotlib.collections import PathCollection

from analysis.charts import WIDTHS
from analysis.charts.maps import PROJECTION, _units, map_townships, projected, unit_key
from analysis.charts.record_map import map_outcomes
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


def misread(chart, tables) -> list[str]:
    """What a reader could misread in a township map's labels: each label ('Lashio 4,317', 'Lashio (surrendered)
    4,317') belongs to the circles at its township's gazetteer point (found from the data, not from the label's
    own anchor). Its text must sit on no other circle, inside the chart's body and off every other label; with a
    leader line, the line must run from its text to the edge of its own circle, crossing no other place's circle
    and no other label; without one, the text must sit beside its own circle (within 3 pt) and every other circle
    must be at least twice as far."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text
    from shapely.geometry import LineString, Point, box

    renderer = FigureCanvasAgg(chart.fig).get_renderer()
    pt = renderer.points_to_pixels(1.0)
    ax = chart.body.axes[0]
    circles = [
        (tuple(c), r)
        for dots in ax.collections
        if isinstance(dots, PathCollection)  # the scattered circles, not the state shapes
        for c, r in zip(
            ax.transData.transform(dots.get_offsets()),
            np.broadcast_to(np.sqrt(dots.get_sizes()) / 2 * pt, len(dots.get_offsets())),
            strict=True,
        )
    ]
    labels = [t for t in ax.texts if t.get_text()]
    texts = []
    for label in labels:
        label.update_positions(renderer)
        texts.append(box(*Text.get_window_extent(label, renderer).extents))
    events, problems = tables.events, []
    for label, text in zip(labels, texts, strict=True):
        words = label.get_text()
        codes = events.loc[events["township"] == words.rsplit(" ", 1)[0].split(" (")[0], "township_pcode"].unique()
        assert len(codes) == 1, f"{words!r}: no single township in the data"
        town = tables.townships.loc[codes[0]]
        at = gpd.GeoSeries(gpd.points_from_xy([float(town["lon"])], [float(town["lat"])]), crs=4326)
        at = at.to_crs(PROJECTION)
        own = ax.transData.transform([(at.x.iloc[0], at.y.iloc[0])])[0]
        mine = [(c, r) for c, r in circles if np.hypot(c[0] - own[0], c[1] - own[1]) < 0.5]
        theirs = [(c, r) for c, r in circles if np.hypot(c[0] - own[0], c[1] - own[1]) >= 0.5]
        assert mine, f"{words!r}: no circle at its township"
        if any(text.distance(Point(c)) < r for c, r in theirs):
            problems.append(f"{words!r}: its text sits on another place's circle")
        if not box(*chart.body.bbox.extents).contains(text):
            problems.append(f"{words!r}: its text leaves the map's panel")
        if any(text.intersects(other) for other in texts if other is not text):
            problems.append(f"{words!r}: its text overlaps another label")
        if label.arrow_patch is None:
            gap = min(text.distance(Point(c)) - r for c, r in mine)
            nearest_other = min((text.distance(Point(c)) - r for c, r in theirs), default=np.inf)
            if gap > 3 * pt or nearest_other < 2 * gap:
                problems.append(f"{words!r}: no leader line and not clearly beside its own circle")
            continue
        ends = label.arrow_patch.get_path().vertices[[0, -1]]
        tip = min(ends, key=lambda e: np.hypot(*(e - own)))  # the line's end at the circle
        tail = max(ends, key=lambda e: np.hypot(*(e - own)))
        line = LineString(ends)
        if not any(abs(np.hypot(*(tip - c)) - r) <= 1.0 for c, r in mine):
            problems.append(f"{words!r}: its leader line does not end at its own circle")
        if text.distance(Point(tail)) > 3 * pt:
            problems.append(f"{words!r}: its leader line does not start at its text")
        if any(line.distance(Point(c)) < r for c, r in theirs):
            problems.append(f"{words!r}: its leader line crosses another place's circle")
        if any(line.intersects(other) for other in texts if other is not text):
            problems.append(f"{words!r}: its leader line crosses another label")
    return problems


MAPS = {"map_townships": map_townships, "map_outcomes": map_outcomes}


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("name", list(MAPS))
def test_every_map_label_reads_as_its_own_circles(tables, name, width):
    """Each label is beside its own circle or joined to it by a line, never on another circle (Lashio's label
    once sat on Laukkaing's circle; later, diagonally off its circle, it read as a label for a dot beside it)."""
    chart = MAPS[name](tables.events, tables.sources, tables.states, tables.townships, width=width)
    labels = [t for t in chart.body.axes[0].texts if t.get_text()]
    assert len(labels) >= 4
    assert labels[0].get_text().startswith(_names(chart)[0].split(",")[0])  # the largest circle is labelled
    assert misread(chart, tables) == []


def test_the_label_check_catches_a_label_on_another_circle_a_stray_leader_and_a_floating_label(tables):
    """The check above fails on each way a label was once misread, or could be."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    def drawn_map():
        chart = map_townships(tables.events, tables.sources, tables.states, tables.townships, width="double")
        return chart, chart.body.axes[0]

    chart, ax = drawn_map()
    pt = FigureCanvasAgg(chart.fig).get_renderer().points_to_pixels(1.0)
    dots, names = ax.collections[-1], _names(chart)  # the circles, largest first, and their townships
    centre = dict(zip(names, ax.transData.transform(dots.get_offsets()), strict=True))
    radius = dict(zip(names, np.sqrt(dots.get_sizes()) / 2 * pt, strict=True))
    largest, second = names[:2]
    assert misread(chart, tables) == []

    def to_data(xy):
        return tuple(ax.transData.inverted().transform(xy))

    # a leader line that ends at the edge of another township's circle (the second largest)
    led = next(t for t in ax.texts if t.arrow_patch is not None and not t.get_text().startswith(second))
    led.xy = to_data(centre[second] + [0, radius[second]])
    assert any("does not end at its own circle" in p for p in misread(chart, tables))

    chart, ax = drawn_map()
    label = next(t for t in ax.texts if t.get_text().startswith(largest))
    # the first bug: the largest township's label on the second largest circle
    label.xy, label.xyann = to_data(centre[second]), (0, 0)
    assert any("sits on another place's circle" in p for p in misread(chart, tables))
    # the second: set diagonally off its own circle, with no line
    label.xy = to_data(centre[largest])
    label.xyann = (radius[largest] / pt + 1.5, radius[largest] / pt + 1.5)
    label.set_ha("left"), label.set_va("bottom")
    assert any("not clearly beside its own circle" in p for p in misread(chart, tables))


def _names(chart) -> list[str]:
    """The township map's circles' townships, largest first (as its alt text lists them)."""
    listed = chart.alt.split(": ", 1)[1].split(". ")[0]
    return [part.rsplit(": ", 1)[0] for part in listed.split("; ")]


def test_the_township_map_title_names_the_lead_townships_state_without_nested_brackets(tables):
    """'Lashio (Shan (North))' read badly: the place's state/region is said in words, from the gazetteer."""
    chart = map_townships(tables.events, tables.sources, tables.states, tables.townships)
    rows = drawn(tables.events, TREND_RULE)
    people = rows[rows["township_pcode"] != ""].groupby("township_pcode")["people"].sum()
    town = tables.townships.loc[people.idxmax()]
    part = town["shan_part"] or tables.states.loc[town["sr_pcode"], "shan_part"]
    where = f"{part.lower()}ern {town['state_region']}" if part else town["state_region"]
    assert chart.title.startswith(f"{town['township']} ({where}) accounts for {int(people.max()):,} ")
    assert not re.search(r"\([^()]*\(", chart.title), chart.title


def test_a_claim_for_a_whole_state_mimu_splits_is_drawn_over_the_whole_state(tables):
    """BNI's 'Bago Region' covers both of MIMU's Bago units, never one half; a row naming Shan's north, only it."""
    states = tables.states
    for state in states["state_region"].unique():
        units = set(states.index[states["state_region"] == state])
        assert set(unit_key(states, state).split("+")) == units
    north = states.index[(states["state_region"] == "Shan") & (states["shan_part"] == "North")]
    assert unit_key(states, "Shan", "North") == north[0]
