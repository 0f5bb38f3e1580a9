"""Bad input gets a clear error naming file, row, column and value, and no good row is lost.

Each test corrupts a copy of the real raw CSV with one fault and checks the exact
problem reported and that every other row is still cleaned.
"""

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.errors import InputFileError
from analysis.pipeline.clean import clean_file
from analysis.tasks.build import build

N_ROWS = sum(1 for _ in csv.DictReader(open(config.RAW_EVENTS, encoding="utf-8")))


def _rows(path: Path) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return list(reader.fieldnames), list(reader)


def _write(path: Path, header: list[str], rows: list[dict], **kw) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=header, lineterminator=kw.get("newline", "\n"), extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    path.write_bytes(kw.get("prefix", b"") + buf.getvalue().encode(kw.get("encoding", "utf-8")))


def corrupt(path: Path, event_id: str, column: str, value: str) -> int:
    """Set one cell; return the row's line number in the file (header = 1)."""
    header, rows = _rows(path)
    for i, row in enumerate(rows):
        if row["event_id"] == event_id:
            row[column] = value
            _write(path, header, rows)
            return i + 2
    raise KeyError(event_id)


def only_error(result, line: int, column: str, text: str):
    errors = [p for p in result.errors if p.row == line]
    assert errors, f"no error on line {line}"
    match = [p for p in errors if p.column == column and text in p.message]
    assert match, f"expected {column!r} error containing {text!r}; got {[str(p) for p in errors]}"
    return match[0]


def assert_nothing_lost(result, rejected_ids: set[str]):
    assert result.rows_in == N_ROWS
    assert len(result.events) + result.rejected_rows == result.rows_in
    assert set(result.rejects["event_id"]) == rejected_ids
    assert len(result.events) == N_ROWS - len(rejected_ids)


# ---- cell-level faults -------------------------------------------------------------------------

CELL_FAULTS = [
    # (event_id, column, bad value, message fragment, suggestion)
    ("IRR-009", "count_text", "-41", "cannot be negative", ""),
    ("IRR-009", "count_text", "4100000", "implausible count", ""),
    ("IRR-009", "count_text", "forty-one soldiers or so", "not a count", ""),
    ("IRR-009", "date_text", "On February 30", "no such day", ""),
    ("IRR-016", "same_as", "IRR-998", "missing event_id", ""),
    ("IRR-016", "date_start", "2023-12-01", "after the source was published", ""),
    ("IRR-014", "date_end", "2023-11-10", "is before date_start", ""),
    ("IRR-016", "state_region", "Chinn", "unknown state/region", "Chin"),
    ("IRR-016", "township", "Falm", "unknown township", "Falam"),
    ("IRR-016", "outcome", "surrenderd", "unknown outcome", "surrendered"),
    ("IRR-016", "actor", "junta army", "unknown actor", "junta_army"),
    ("IRR-016", "counterpart", "Arakan Armyy", "unknown group", "AA"),
    ("IRR-016", "source_id", "irrawaddy-2023-11-71", "unknown source_id", "irrawaddy-2023-11-17"),
    ("IRR-016", "part_of", "IRR-999", "missing event_id", ""),
    ("IRR-016", "date_start", "13/11/2023", "not an ISO date", ""),
]


@pytest.mark.parametrize(
    "event_id, column, value, message, suggestion", CELL_FAULTS, ids=[f"{c}={v}" for _, c, v, _, _ in CELL_FAULTS]
)
def test_one_bad_cell_is_reported_and_only_its_row_rejected(raw_copy, event_id, column, value, message, suggestion):
    line = corrupt(raw_copy, event_id, column, value)
    result = clean_file(raw_copy)
    problem = only_error(result, line, column, message)
    assert problem.file == str(raw_copy) and problem.value == value and problem.event_id == event_id
    assert problem.expected, "every error says what was expected"
    if suggestion:
        assert suggestion in (problem.suggestion or problem.message)
    assert_nothing_lost(result, {event_id})


def test_myanmar_digits_in_counts_parse_as_numbers(raw_copy):
    corrupt(raw_copy, "IRR-009", "count_text", "၄၁")
    result = clean_file(raw_copy)
    assert not result.errors
    assert result.events.set_index("event_id").loc["IRR-009", "count_low"] == 41


def test_duplicate_ids(raw_copy):
    header, rows = _rows(raw_copy)
    rows.append(dict(rows[5]))
    _write(raw_copy, header, rows)
    result = clean_file(raw_copy)
    p = only_error(result, len(rows) + 1, "event_id", "duplicate event_id")
    assert "first on row 7" in p.message
    assert len(result.events) == N_ROWS and result.rejected_rows == 1


def test_part_of_cycle(raw_copy):
    corrupt(raw_copy, "IRR-001", "part_of", "IRR-005")  # IRR-005 -> 004 -> 002 -> 001 -> 005
    result = clean_file(raw_copy)
    assert any("cycle" in p.message for p in result.errors)
    cycle = {"IRR-001", "IRR-002", "IRR-004", "IRR-005"}
    rejected = set(result.rejects["event_id"])
    assert cycle <= rejected
    assert len(result.events) + result.rejected_rows == N_ROWS


def test_component_larger_than_its_aggregate(raw_copy):
    line = corrupt(raw_copy, "BNN-005", "count_text", "close to 20")  # its component BNN-001 has 24+
    result = clean_file(raw_copy)
    only_error(result, line, "count_text", "add up to")
    # its components are not lost: they are reported as pointing at a rejected row
    assert "BNN-001" in set(result.rejects["event_id"])
    assert len(result.events) + result.rejected_rows == N_ROWS


# ---- file-level faults -------------------------------------------------------------------------


def test_missing_column(raw_copy):
    header, rows = _rows(raw_copy)
    header.remove("outcome")
    _write(raw_copy, header, rows)
    result = clean_file(raw_copy)
    assert result.fatal
    p = [p for p in result.errors if p.column == "outcome"][0]
    assert p.row is None and "missing column 'outcome'" in p.message
    assert result.rejected_rows == N_ROWS, "every row is reported, none silently dropped"


def test_renamed_column_gets_a_suggestion(raw_copy):
    header, rows = _rows(raw_copy)
    header[header.index("count_text")] = "count"
    for r in rows:
        r["count"] = r.pop("count_text")
    _write(raw_copy, header, rows)
    result = clean_file(raw_copy)
    p = [p for p in result.errors if p.column == "count_text"][0]
    assert p.suggestion == "rename 'count' to 'count_text'"


def test_extra_column_is_a_warning_and_rows_still_clean(raw_copy):
    header, rows = _rows(raw_copy)
    header.append("my_notes")
    _write(raw_copy, header, [r | {"my_notes": "x"} for r in rows])
    result = clean_file(raw_copy)
    assert not result.errors and len(result.events) == N_ROWS
    assert any(p.column == "my_notes" and p.severity == "warning" for p in result.problems)


def test_empty_file_and_header_only(raw_copy):
    raw_copy.write_text("", encoding="utf-8")
    assert any("file is empty" in p.message for p in clean_file(raw_copy).errors)
    header, _ = _rows(config.RAW_EVENTS)
    raw_copy.write_text(",".join(header) + "\n", encoding="utf-8")
    result = clean_file(raw_copy)
    assert any("header only" in p.message for p in result.errors) and result.fatal


@pytest.mark.parametrize("variant", ["bom", "crlf", "cp1252"])
def test_encodings_and_line_endings(raw_copy, variant):
    header, rows = _rows(raw_copy)
    rows[0]["note"] = "The TNLA (Ta’ang) said so"
    kw = {"bom": {"prefix": b"\xef\xbb\xbf"}, "crlf": {"newline": "\r\n"}, "cp1252": {"encoding": "cp1252"}}[variant]
    _write(raw_copy, header, rows, **kw)
    result = clean_file(raw_copy)
    assert not result.errors and len(result.events) == N_ROWS
    assert result.events["note"].iloc[0] == "The TNLA (Ta’ang) said so"
    assert result.events["event_id"].iloc[0] == "IRR-001"
    warned = any("Windows-1252" in p.message for p in result.problems)
    assert warned == (variant == "cp1252")


# ---- the build and the command line ------------------------------------------------------------


def test_failed_build_leaves_the_last_good_output_untouched(raw_copy, tmp_path):
    out = tmp_path / "processed"
    build(raw_copy, out, log=lambda m: None)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    corrupt(raw_copy, "IRR-016", "outcome", "surrenderd")
    with pytest.raises(InputFileError):
        build(raw_copy, out, log=lambda m: None)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not any(p.name.startswith(".processed-") for p in tmp_path.iterdir())


def test_allow_rejects_builds_good_rows_and_keeps_the_rejects_file(raw_copy, tmp_path):
    out = tmp_path / "processed"
    corrupt(raw_copy, "IRR-016", "outcome", "surrenderd")
    summary = build(raw_copy, out, allow_rejects=True, log=lambda m: None)
    assert (summary.rows_in, summary.rows_out, summary.rows_rejected) == (N_ROWS, N_ROWS - 1, 1)
    rejects = (out / "rejects.csv").read_text(encoding="utf-8")
    assert "IRR-016" in rejects and "surrenderd" in rejects and "unknown outcome" in rejects
    raw_row = json.loads(list(csv.DictReader(io.StringIO(rejects)))[0]["raw_row"])
    assert raw_row["evidence"].startswith("seven junta soldiers")  # the whole row is kept


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, timeout=120)


def test_validate_cli_text_and_json(raw_copy):
    ok = _cli("validate", str(raw_copy))
    assert ok.returncode == 0 and "valid" in ok.stdout
    line = corrupt(raw_copy, "IRR-016", "township", "Falm")
    bad = _cli("validate", str(raw_copy))
    assert bad.returncode == 1
    assert f"line {line} (IRR-016), column 'township'" in bad.stdout and "'Falm'" in bad.stdout
    assert "closest: Falam" in bad.stdout and bad.stdout.count("Falam") == 1  # the candidates, said once
    js = json.loads(_cli("validate", str(raw_copy), "--format", "json").stdout)
    assert js["valid"] is False and js["errors"] == 1
    assert set(js["problems"][0]) == {
        "file",
        "row",
        "column",
        "value",
        "message",
        "expected",
        "suggestion",
        "severity",
        "event_id",
    }
    p = [p for p in js["problems"] if p["severity"] == "error"][0]
    assert (p["row"], p["column"], p["value"]) == (line, "township", "Falm")


def test_build_cli_fails_cleanly_with_errors(raw_copy, tmp_path):
    corrupt(raw_copy, "IRR-016", "actor", "junta army")
    res = _cli("build", "--raw", str(raw_copy), "--out", str(tmp_path / "p"))
    assert res.returncode == 1
    assert "rows in = " in res.stderr and "FAILED" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "p").exists()
    res = _cli("build", "--raw", str(raw_copy), "--out", str(tmp_path / "p"), "--allow-rejects")
    assert res.returncode == 0 and (tmp_path / "p" / "rejects.csv").is_file()


def test_line_numbers_are_the_files_own_lines_after_an_embedded_newline(raw_copy):
    """A note with a line break inside its quotes must not shift the line numbers of later rows."""
    frame = pd.read_csv(raw_copy, dtype=str, keep_default_na=False)
    frame.loc[frame["event_id"] == "IRR-003", "note"] = "first line\nsecond line"
    frame.loc[frame["event_id"] == "IRR-016", "actor"] = "junta army"
    frame.to_csv(raw_copy, index=False)
    lines = raw_copy.read_text().splitlines()
    physical = next(i for i, line in enumerate(lines, start=1) if line.startswith("IRR-016"))
    problems = [p for p in clean_file(raw_copy).errors if p.event_id == "IRR-016"]
    assert [p.row for p in problems] == [physical]
    text = str(problems[0])
    assert f"line {physical}" in text and text.count("did you mean") == 1


def test_a_date_before_the_coup_is_valid_the_window_is_a_counting_rule(raw_copy):
    """2020 is a valid date (ACLED's data starts in 2010): the post-coup window is a rule's, not the validator's."""
    corrupt(raw_copy, "IRR-009", "date_text", "On October 30, 2020")
    result = clean_file(raw_copy)
    assert not result.errors
    row = result.events.set_index("event_id").loc["IRR-009"]
    assert row["date_start"] == "2020-10-30"


def test_a_bad_value_repeated_on_many_rows_is_reported_on_each_and_looked_up_once():
    """Every row is reported; the message and the 'did you mean' of a value are worked out once per distinct value."""
    import pandas as pd

    from analysis.pipeline.cells import Collector

    frame = pd.DataFrame({"event_id": [f"E{i}" for i in range(1000)], "taken_in": ["X1", "X2", "X3", "X1"] * 250})
    col, looked_up = Collector("f.csv", frame), []
    col.add(
        frame["taken_in"] != "", "taken_in", lambda v: f"missing {v}", suggestion=lambda v: looked_up.append(v) or v
    )
    assert len(col.problems) == 1000 and sorted(looked_up) == ["X1", "X2", "X3"]
    assert [p.suggestion for p in col.problems[:4]] == ["X1", "X2", "X3", "X1"]
    assert col.problems[3].message == "missing X1" and col.problems[3].event_id == "E3"


def test_a_file_with_many_broken_links_says_did_you_mean_for_the_first_fifty_and_reports_every_row(tmp_path):
    """Each 'did you mean' searches every id in the file: at most SUGGESTED distinct missing ids get one,
    so 5,000 rows of broken links clean in seconds; no row goes unreported."""
    import pandas as pd

    from analysis.pipeline.cells import SUGGESTED

    raw = pd.read_csv(config.RAW_EVENTS, dtype=str, keep_default_na=False)
    row = raw[raw["outcome"] == "released"].iloc[[0]]
    many = pd.concat([row] * 200, ignore_index=True)
    many["event_id"] = [f"R{i:03d}" for i in range(200)]
    many["taken_in"] = [f"R{i:03d}x" for i in range(200)]  # each one character off its own row's id
    many.to_csv(tmp_path / "events.csv", index=False)
    shutil.copy(config.RAW_SOURCES, tmp_path / "sources.csv")
    result = clean_file(tmp_path / "events.csv")
    missing = [p for p in result.problems if p.column == "taken_in" and "missing" in p.message]
    assert len(missing) == 200 and {p.event_id for p in missing} == set(many["event_id"])
    assert sum(p.suggestion != "" for p in missing) == SUGGESTED and missing[0].suggestion == "R000"
