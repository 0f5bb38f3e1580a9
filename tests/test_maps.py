"""Maps: the layers load with MIMU's units and codes, every place in the data joins, nothing is placed by guess."""

from __future__ import annotations

from analysis.charts.maps import PROJECTION, _units, map_townships, projected
from analysis.measure.rules import REPORT_RULE, TREND_RULE
from analysis.reference import gazetteer


def test_the_state_layer_has_mimus_18_units_projected_for_myanmar():
    layer = projected(gazetteer.states_layer())
    assert len(layer) == 18 and layer["sr_pcode"].is_unique
    assert set(layer["sr_pcode"]) == set(gazetteer.states()["sr_pcode"])
    assert set(layer.loc[layer["state_region"] == "Shan", "shan_part"]) == {"North", "South", "East"}
    assert "Albers" in layer.crs.to_wkt() and "+lon_0=96" in PROJECTION
    xmin, ymin, xmax, ymax = layer.total_bounds
    assert 1.5e6 < ymax - ymin < 2.5e6 and 0.7e6 < xmax - xmin < 1.2e6  # metres: Myanmar's extent, not degrees


def test_every_state_and_township_code_in_the_data_joins(events):
    states = gazetteer.states_layer()
    for rule in (REPORT_RULE, TREND_RULE):
        by_unit, unplaced, rows = _units(events, rule, states)
        assert set(by_unit.index) <= set(states["sr_pcode"])
        single = rows[~rows["place_scope"].isin(["multiple", "national", "unknown"])]
        assert (single["sr_pcode"] != "").all(), single.loc[single["sr_pcode"] == "", "event_id"].tolist()
        assert int(by_unit.sum()) + unplaced == int(round(rows["people"].sum()))  # nothing lost, nothing spread
    codes = set(events.loc[events["township_pcode"] != "", "township_pcode"])
    towns = gazetteer.townships()
    assert codes <= set(towns.index) and towns.loc[list(codes), "lon"].ne("").all()


def test_rows_known_only_at_state_level_are_not_drawn_at_a_guessed_point(tables):
    events = tables.events
    chart = map_townships(events, tables.sources, tables.states, tables.townships)
    assert "not drawn at a guessed point" in " ".join(t.get_text() for s in chart.fig.subfigs for t in s.texts)
    drawn = chart.body.axes[0].collections[-1].get_offsets()
    placed = events.loc[events["township_pcode"] != "", "township_pcode"]
    assert len(drawn) <= placed.nunique()
