"""The build: byte-identical reruns, a valid data package, the committed output is current."""

import filecmp
import json

from analysis import config
from analysis.pipeline.package import validate_package
from analysis.tasks.build import build


def test_build_twice_gives_identical_bytes_and_matches_the_committed_output(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(out=a, log=lambda m: None)
    build(out=b, log=lambda m: None)
    names = sorted(p.name for p in a.iterdir())
    assert names == ["claimed_totals.csv", "claims_ledger.csv", "claims_vs_events.csv", "datapackage.json",
                     "events.csv", "headline_by_state.csv", "rejects.csv", "sources.csv"]  # fmt: skip
    match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    assert mismatch == [] and errors == []
    match, mismatch, errors = filecmp.cmpfiles(a, config.PROCESSED, names, shallow=False)
    assert mismatch == [], f"data/processed is stale; run `make build`: {mismatch}"


def test_datapackage_describes_every_table_and_validates(tmp_path):
    build(out=tmp_path / "p", log=lambda m: None)
    package = json.loads((tmp_path / "p" / "datapackage.json").read_text())
    names = {r["name"] for r in package["resources"]}
    assert names == {"events", "sources", "headline_by_state", "claims_ledger", "rejects", "claimed_totals",
                     "claims_vs_events"}  # fmt: skip
    for resource in package["resources"]:
        assert all(f.get("description") for f in resource["schema"]["fields"])
    validate_package(tmp_path / "p" / "datapackage.json")


def test_rows_in_equal_rows_out_plus_rejected(tmp_path):
    summary = build(out=tmp_path / "p", log=lambda m: None)
    assert summary.rows_in == summary.rows_out + summary.rows_rejected
    assert summary.rows_rejected == 0
