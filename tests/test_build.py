"""The build: byte-identical reruns, a valid data package, the committed output is current."""

import filecmp
import json

import pandas as pd
import pytest

from analysis import config
from analysis.tasks.build import build


def validate_package(path) -> None:
    """Validate a written data package with Frictionless (the reference implementation; a test dependency)."""
    from frictionless import validate

    result = validate(str(path))
    errors = [f"{task.name}: {err.message}" for task in result.tasks for err in task.errors[:10]]
    assert result.valid, "processed data fails its Table Schema:\n  " + "\n  ".join(errors)


def test_build_twice_gives_identical_bytes_and_matches_the_committed_output(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build(out=a, log=lambda m: None)
    build(out=b, log=lambda m: None)
    names = sorted(p.name for p in a.iterdir())
    assert names == [
        "claimed_totals.csv",
        "claims_ledger.csv",
        "claims_vs_events.csv",
        "datapackage.json",
        "events.csv",
        "headline_by_state.csv",
        "rejects.csv",
        "sources.csv",
    ]
    match, mismatch, errors = filecmp.cmpfiles(a, b, names, shallow=False)
    assert mismatch == [] and errors == []
    match, mismatch, errors = filecmp.cmpfiles(a, config.PROCESSED, names, shallow=False)
    assert mismatch == [], f"data/processed is stale; run `make build`: {mismatch}"


def test_datapackage_describes_every_table_and_validates(tmp_path):
    build(out=tmp_path / "p", log=lambda m: None)
    package = json.loads((tmp_path / "p" / "datapackage.json").read_text())
    names = {r["name"] for r in package["resources"]}
    assert names == {
        "events",
        "sources",
        "headline_by_state",
        "claims_ledger",
        "rejects",
        "claimed_totals",
        "claims_vs_events",
    }
    for resource in package["resources"]:
        assert all(f.get("description") for f in resource["schema"]["fields"])
    validate_package(tmp_path / "p" / "datapackage.json")


def test_rows_in_equal_rows_out_plus_rejected(tmp_path):
    summary = build(out=tmp_path / "p", log=lambda m: None)
    assert summary.rows_in == summary.rows_out + summary.rows_rejected
    assert summary.rows_rejected == 0


def test_the_fast_csv_writer_gives_pandas_bytes(tmp_path, events, monkeypatch):
    """The Arrow writer the build uses on large tables writes exactly what pandas' to_csv writes.

    Both tables are over the size where the fast path starts, and the test checks that it ran.
    """
    from analysis.pipeline import package
    from analysis.report import claims_ledger

    rendered = []
    fast = package._csv_lines
    monkeypatch.setattr(package, "_csv_lines", lambda chunk: rendered.append(len(chunk)) or fast(chunk))
    ledger = claims_ledger(events)
    frames = {
        "events": pd.concat([events] * 700, ignore_index=True),
        "ledger": pd.concat([ledger] * (50_000 // len(ledger) + 1), ignore_index=True),
    }
    for name, frame in frames.items():
        rendered.clear()
        package.write_csv(frame, tmp_path / f"{name}.csv")
        assert sum(rendered) == len(frame), f"{name}: the fast writer did not write it"
        frame.to_csv(tmp_path / f"{name}.pandas.csv", index=False, lineterminator="\n")
        assert (tmp_path / f"{name}.csv").read_bytes() == (tmp_path / f"{name}.pandas.csv").read_bytes(), name


def test_the_schema_check_names_table_row_column_and_value(events):
    from analysis.errors import AnalysisError
    from analysis.pipeline.package import check_tables

    bad = events.copy()
    bad.loc[3, "date_start"] = "2023-13-45"
    bad.loc[5, "count_qualifier"] = "roughly"
    with pytest.raises(AnalysisError) as caught:
        check_tables({"events": bad})
    text = str(caught.value)
    assert "events: row 5, column 'date_start': '2023-13-45' is not a YYYY-MM-DD date" in text
    assert "events: row 7, column 'count_qualifier': 'roughly' is not one of the schema's categories" in text
    check_tables({"events": events})  # the real table passes


def test_reproduce_skips_only_what_has_not_changed(tmp_path, monkeypatch):
    import nbformat

    from analysis.tasks import reproduce

    base = reproduce.digest()
    nb = sorted(config.NOTEBOOKS.glob("01_*.ipynb"))[0]
    notebook = nbformat.read(nb, as_version=4)
    for cell in notebook.cells:  # other outputs, the same cells: the same inputs
        if cell.cell_type == "code":
            cell.outputs = []
    nbformat.write(notebook, tmp_path / "outputs.ipynb")
    notebook.cells[1].source += "\n# changed"
    nbformat.write(notebook, tmp_path / "cells.ipynb")
    assert reproduce.notebook_digest(tmp_path / "outputs.ipynb", base) == reproduce.notebook_digest(nb, base)
    assert reproduce.notebook_digest(tmp_path / "cells.ipynb", base) != reproduce.notebook_digest(nb, base)
    assert reproduce.notebook_digest(nb, base) != reproduce.notebook_digest(nb, reproduce.digest(b"changed"))


@pytest.mark.outputs
def test_the_committed_digests_are_current():
    """The outputs were made from this code and data (not checked in the fast loop: a comment changes the digest)."""
    from analysis.tasks import reproduce

    committed = json.loads(reproduce.DIGESTS.read_text())
    assert committed["figures"] == reproduce.digest(), "reports/digests.json is stale: run `make report`"


def test_the_build_says_which_stage_it_is_in_and_how_far_along(tmp_path, events):
    """Every stage is logged as [k/5] in order, with its time; a long write names each large table."""
    import re

    from analysis.tasks.build import STAGES, write_processed

    lines = []
    build(out=tmp_path / "p", log=lines.append)
    started = [int(m.group(1)) for line in lines if (m := re.match(r"build \[(\d)/5\]: .* \.\.\.$", line))]
    finished = [line for line in lines if re.match(r"build \[\d/5\]: .*: done in \d+\.\d s$", line)]
    assert started == list(range(1, STAGES + 1)) and len(finished) == STAGES
    lines.clear()
    out = tmp_path / "big"
    out.mkdir()
    big = pd.concat([events] * 700, ignore_index=True)
    sources = pd.read_csv(config.RAW_SOURCES, dtype=str, keep_default_na=False)
    write_processed({"events": big, "sources": sources}, out, claims=False, log=lines.append)
    assert lines == [f"  writing events.csv ({len(big):,} rows; table 1 of 2)"]


def test_the_quoting_precheck_never_misses_a_field_that_needs_quotes():
    """The fast writer skips quoting a column only when no byte of its text could need it, slices included."""
    import pyarrow as pa

    from analysis.pipeline.package import _may_need_quoting

    arr = pa.array(["plain", 'say "hi"', "a,b", "x", "line\nbreak", "y"])
    assert _may_need_quoting(arr)
    assert not _may_need_quoting(arr.slice(0, 1)) and not _may_need_quoting(arr.slice(3, 1))
    assert _may_need_quoting(arr.slice(1, 1)) and _may_need_quoting(arr.slice(4, 2))
    assert _may_need_quoting(pa.chunked_array([arr.slice(0, 1), arr.slice(2, 1)]))
    assert not _may_need_quoting(pa.array(["", ""])) and not _may_need_quoting(pa.array([], type=pa.string()))
    assert _may_need_quoting(pa.array(["a\rb"], type=pa.large_string()))


def test_reproduce_names_the_extra_it_needs_on_a_plain_install(monkeypatch, capsys):
    """After a plain `pip install .` (no nbclient), reproduce says which extra to install, before building."""
    import sys

    from analysis import cli

    monkeypatch.setitem(sys.modules, "nbclient", None)  # importing it fails, as when it is not installed
    monkeypatch.setenv("MPLBACKEND", "Agg")
    built = []
    monkeypatch.setattr("analysis.tasks.build.build", lambda *a, **k: built.append(1))
    assert cli.main(["reproduce"]) == 1
    err = capsys.readouterr().err
    assert "needs nbclient" in err and "myanmar-surrenders[notebooks]" in err and not built


def test_make_lab_passes_allow_root_only_as_root(tmp_path):
    """JupyterLab stops as root without --allow-root (most containers run as root): make lab passes it then."""
    import os
    import subprocess

    fake = tmp_path / "bin"
    fake.mkdir()
    for uid in ("0", "1000"):
        (fake / "id").write_text(f"#!/bin/sh\necho {uid}\n")
        (fake / "id").chmod(0o755)
        env = dict(os.environ, PATH=f"{fake}:{os.environ['PATH']}")
        dry = subprocess.run(
            ["make", "-n", "lab", "LAB=/dev/null"], cwd=config.ROOT, env=env, capture_output=True, text=True
        )
        command = [line for line in dry.stdout.splitlines() if "jupyter lab" in line]
        assert command, dry.stdout + dry.stderr
        assert ("--allow-root" in command[0]) == (uid == "0"), (uid, command)


def test_the_package_description_counts_the_reports_the_rows_cite(built):
    """It once said 'two news reports' long after the record cited dozens: the count is made from the tables."""
    from analysis.pipeline.package import describe

    package = json.loads((built / "datapackage.json").read_text())
    read = {n: pd.read_csv(built / f"{n}.csv", dtype=str, keep_default_na=False) for n in ("events", "sources")}
    read["claimed_totals"] = pd.read_csv(built / "claimed_totals.csv", dtype=str, keep_default_na=False)
    sources = read["sources"]
    cited = sources[sources["source_id"].isin({*read["events"]["source_id"], *read["claimed_totals"]["source_id"]})]
    dates = pd.to_datetime(cited["published"])
    rewrites = int((cited["rewrite_of"] != "").sum())
    assert len(cited) > 2 and rewrites
    assert package["description"].startswith(
        f"Events and claimed totals curated from {len(cited)} reports published "
        f"{dates.min():%b %Y}-{dates.max():%b %Y}, listed in sources.csv ({rewrites} of them a rewrite"
    )
    assert package["description"] == describe(read)
    # a row citing a report no row cited before adds one to the count; nothing is typed
    uncited = sources.loc[~sources["source_id"].isin(cited["source_id"]), "source_id"].iloc[0]
    more = dict(read, events=read["events"].assign(source_id=[uncited, *read["events"]["source_id"].iloc[1:]]))
    still = read["events"]["source_id"].iloc[0] in set(read["events"]["source_id"].iloc[1:]) | set(
        read["claimed_totals"]["source_id"]
    )
    assert f"from {len(cited) + int(still)} reports" in describe(more)
