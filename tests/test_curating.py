"""docs/curating.md, followed step by step with a made-up report, as a curator would.

A fixture report (an outlet that does not exist, figures invented for the test and never
committed) is added to a copy of data/raw: a sources.csv row (step 1), a surrender, a capture
and a release (step 2), a claimed total (step 3); validate passes (step 4); the build and the
charts pick it up (step 5): the tables, the trend by month and outcome, and the map.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import config
from analysis.charts.maps import _units, map_record
from analysis.charts.record import outcomes_by_month
from analysis.measure.itemized import Scope, itemized
from analysis.measure.rules import TREND_RULE
from analysis.pipeline.load import load_tables
from analysis.tasks.build import build

GUIDE = config.ROOT / "docs" / "curating.md"

SOURCE = {
    "source_id": "fixture-2025-11-21",
    "outlet": "Fixture Outlet (made up for a test)",
    "headline": "",
    "url": "https://example.org/fixture-report",
    "published": "2025-11-21",
    "date_certainty": "date shown on the stored page",
    "role": "report",
    "note": "No headline in the address. Made up for tests/test_curating.py; never committed.",
}
BASE = {
    "source_id": "fixture-2025-11-21",
    "count_unit": "people",
    "state_region": "Kachin",
    "township": "Bhamo",
    "counterpart": "KIA",
    "claimed_by": "KIA",
    "verification": "unverified claim",
    "date_basis": "as stated",
}
EVENTS = [
    BASE
    | {
        "event_id": "FIX-001",
        "outcome": "surrendered",
        "actor": "junta_army",
        "count_text": "at least 40",
        "date_text": "on 20 November",
        "date_start": "2025-11-20",
        "evidence": "at least 40",
        "note": "FIX: claimant as listed: a KIA spokesman.",
    },
    BASE
    | {
        "event_id": "FIX-002",
        "outcome": "captured",
        "actor": "junta_army",
        "count_text": "at least 15",
        "date_text": "in November",
        "date_start": "2025-11-01",
        "date_end": "2025-11-20",
        "evidence": "at least 15",
    },
    BASE
    | {
        "event_id": "FIX-003",
        "outcome": "released",
        "actor": "junta_army",
        "count_text": "15",
        "date_text": "on 21 November",
        "date_start": "2025-11-21",
        "taken_in": "FIX-002",
        "evidence": "15",
    },
]
CLAIM = {
    "claim_id": "CT-FIX",
    "source_id": "fixture-2025-11-21",
    "kind": "running_total",
    "figure_text": "more than 100",
    "outcome": "surrendered",
    "persons": "troops",
    "includes_relatives": "no",
    "start_text": "in 2025",
    "start_date": "2025-01-01",
    "as_of_text": "as of publication",
    "as_of_date": "2025-11-21",
    "scope": "Kachin",
    "claimant": "KIA spokesman",
    "claimant_type": "armed_group",
    "verification": "unverified claim",
    "note": "FIX: made up for a test.",
}


def _append(path: Path, rows: list[dict]) -> None:
    """Add rows to a raw CSV as a curator would: same header, empty where a column does not apply."""
    header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writerows([dict.fromkeys(header, "") | r for r in rows])
    path.write_text(path.read_text(encoding="utf-8") + buf.getvalue(), encoding="utf-8")


def _validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "validate", str(path)], capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def curated(tmp_path_factory) -> tuple[Path, Path]:
    raw = tmp_path_factory.mktemp("raw")
    for name in ("events.csv", "sources.csv", "claimed_totals.csv"):
        shutil.copy(config.RAW / name, raw / name)
    _append(raw / "sources.csv", [SOURCE])  # step 1
    _append(raw / "events.csv", EVENTS)  # step 2
    _append(raw / "claimed_totals.csv", [CLAIM])  # step 3
    out = tmp_path_factory.mktemp("processed")
    build(raw / "events.csv", out, log=lambda m: None)  # step 5 (make report builds first)
    return raw, out


def test_the_guide_names_every_step_and_column_it_asks_for():
    text = GUIDE.read_text(encoding="utf-8")
    for step in (
        "data/raw/sources.csv",
        "data/raw/events.csv",
        "data/raw/claimed_totals.csv",
        "validate",
        "make report",
    ):
        assert step in text, step
    for column in ("rewrite_of", "same_as", "taken_in", "border_country", "alt_count_text", "text_flag", "part_of"):
        assert f"`{column}`" in text, column


def test_validate_passes_on_the_new_rows_and_says_what_a_common_mistake_is(curated, tmp_path):
    raw, _ = curated
    for name in ("events.csv", "claimed_totals.csv"):
        done = _validate(raw / name)
        assert done.returncode == 0, done.stdout
    wrong = tmp_path / "events.csv"
    shutil.copy(raw / "events.csv", wrong)
    shutil.copy(raw / "sources.csv", tmp_path / "sources.csv")
    _append(wrong, [EVENTS[0] | {"event_id": "FIX-009", "outcome": "detained"}])
    done = _validate(wrong)
    assert done.returncode == 1
    assert "outcome 'detained' was renamed 'captured' (version 0.3)" in done.stdout  # as the guide quotes it
    assert "outcome 'detained' was renamed 'captured' (version 0.3)" in GUIDE.read_text(encoding="utf-8")


def test_the_report_flows_into_the_tables(curated):
    _, out = curated
    tables = load_tables(out)
    events = tables.events.set_index("event_id")
    assert (events.at["FIX-001", "count_low"], events.at["FIX-001", "count_qualifier"]) == (40, "at_least")
    assert events.at["FIX-003", "taken_in"] == "FIX-002"
    assert events.at["FIX-001", "township_pcode"] == "MMR001010"  # Bhamo, from the MIMU gazetteer
    assert tables.sources.set_index("source_id").at["fixture-2025-11-21", "outlet"] == SOURCE["outlet"]
    compared = tables.claims_vs_events.set_index("claim_id")
    assert compared.at["CT-FIX", "itemized_best"] >= 40  # the claim is set beside the new surrender


def test_the_report_flows_into_the_trend_and_the_map(curated):
    _, out = curated
    before, after = load_tables(), load_tables(out)
    more = lambda t, o: itemized(t.events, outcomes=(o,)).best - itemized(before.events, outcomes=(o,)).best  # noqa: E731
    assert more(after, "surrendered") == 40 and more(after, "captured") == 15  # the release adds no one
    chart = outcomes_by_month(after.events, after.sources)
    assert chart.title.startswith("Itemized events to Nov 2025")
    assert "Fixture Outlet" in chart.source or "other outlets" in chart.source
    kachin = Scope("Kachin")
    assert itemized(after.events, scope=kachin).low == itemized(before.events, scope=kachin).low + 40
    units = lambda t: _units(t.events, TREND_RULE, t.states)[0]  # noqa: E731  what map_record shades
    code = after.states.index[after.states["state_region"] == "Kachin"][0]
    assert units(after)[code] == units(before).get(code, 0) + 40
    drawn_map = map_record(after.events, after.claims, after.sources, after.states)
    assert f"Kachin: {units(after)[code]:,}" in drawn_map.alt or "Fixture Outlet" in drawn_map.source
