"""Outcomes that say what happened: captured, released, fled across a border (to which country), mixed.

Each check corrupts or extends a copy of the real raw files and asserts what the
validator reports or what the counts do. The counting tests would fail if a
captured, released or mixed figure were ever counted as surrendered personnel.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.interop.acled import ACLED_ACTORS, ACLED_TYPES
from analysis.measure.rules import RULES, TREND_RULE
from analysis.measure.tally import contributions
from analysis.pipeline.claims import clean_claims
from analysis.pipeline.clean import clean_file
from analysis.report.claims import breakdown_sums, totals_vs_events
from analysis.vocab import ACTORS, OUTCOMES, TROOP_ACTORS


def _rows(path: Path) -> tuple[list[str], list[dict]]:
    reader = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")))
    return list(reader.fieldnames), list(reader)


def _write(path: Path, header: list[str], rows: list[dict]) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")


@pytest.fixture
def raw(tmp_path) -> Path:
    for name in ("events.csv", "sources.csv", "claimed_totals.csv"):
        shutil.copy(config.RAW / name, tmp_path / name)
    return tmp_path / "events.csv"


def _edit(path: Path, event_id: str, **cells) -> int:
    header, rows = _rows(path)
    for i, row in enumerate(rows):
        if row["event_id"] == event_id:
            row.update(cells)
            _write(path, header, rows)
            return i + 2
    raise KeyError(event_id)


def _problems(path: Path, line: int, column: str) -> list:
    return [p for p in clean_file(path).problems if p.row == line and p.column == column]


def test_the_old_outcome_detained_is_named_as_renamed_to_captured(raw):
    line = _edit(raw, "IRR-025", outcome="detained")
    (problem,) = _problems(raw, line, "outcome")
    assert problem.severity == "error"
    assert "renamed 'captured'" in problem.message and problem.suggestion == "captured"


def test_a_border_crossing_names_a_real_country_and_only_a_crossing_names_one(raw):
    no_country = _edit(raw, "IRR-020", border_country="")
    bad_country = _edit(raw, "IRR-021", border_country="Mizoramland")
    not_crossing = _edit(raw, "IRR-009", border_country="Thailand")
    (warning,) = _problems(raw, no_country, "border_country")
    assert warning.severity == "warning" and "into which country" in warning.message
    (unknown,) = _problems(raw, bad_country, "border_country")
    assert unknown.severity == "error" and "unknown country 'Mizoramland'" in unknown.message
    (wrong,) = _problems(raw, not_crossing, "border_country")
    assert wrong.severity == "error" and "crosses no border" in wrong.message


def test_a_release_links_only_to_an_event_in_which_people_were_taken_and_is_part_of_nothing(raw):
    header, rows = _rows(raw)
    base = next(r for r in rows if r["event_id"] == "IRR-025")
    releases = [
        base | {"event_id": "T-1", "outcome": "released", "taken_in": "IRR-025"},  # fine: a capture
        base | {"event_id": "T-2", "outcome": "released", "taken_in": "NOPE-1"},
        base | {"event_id": "T-3", "outcome": "released", "taken_in": "IRR-003"},  # killed_or_injured
        base | {"event_id": "T-4", "outcome": "released", "part_of": "IRR-002"},
        base | {"event_id": "T-5", "outcome": "captured", "taken_in": "IRR-025"},
    ]
    _write(raw, header, rows + releases)
    line = {r["event_id"]: len(rows) + 2 + i for i, r in enumerate(releases)}
    problems = clean_file(raw).problems
    on = lambda eid: [p.message for p in problems if p.row == line[eid] and p.severity == "error"]  # noqa: E731
    assert on("T-1") == []
    assert on("T-2") == ["taken_in points at missing event_id 'NOPE-1'"]
    assert on("T-3") == ["taken_in 'IRR-003' names a 'killed_or_injured' row, not one in which people were taken"]
    assert any("a release adds no one" in m for m in on("T-4"))
    assert on("T-5") == ["taken_in 'IRR-025' on a row that is not a release"]


def _frame(outcome: str, actor: str = "junta_army", count: int = 50) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "event_id": ["A", "B"],
            "outcome": ["surrendered", outcome],
            "actor": ["junta_army", actor],
            "count_unit": "people",
            "count_low": pd.array([10, count], dtype="Int64"),
            "count_best": pd.array([10, count], dtype="Int64"),
            "count_high": pd.array([10, count], dtype="Int64"),
            "alt_count_low": pd.array([None, None], dtype="Int64"),
            "date_start": ["2024-12-01", "2024-12-01"],
            "date_end": ["2024-12-01", "2024-12-01"],
            "part_of": ["", ""],
            "same_as": ["", ""],
        }
    )


SURRENDER_RULES = [*RULES.values(), TREND_RULE]


@pytest.mark.parametrize("outcome", ["captured", "released", "surrendered_or_captured", "fled_across_border"])
@pytest.mark.parametrize("rule", [r for r in SURRENDER_RULES if "fled" not in r.name], ids=lambda r: r.name)
def test_no_captured_released_or_mixed_figure_is_counted_as_surrendered(outcome, rule):
    rule = rule.but(window=(None, None))
    contrib = contributions(_frame(outcome), rule)
    assert contrib.tolist() == [10.0, 0.0], f"{outcome} counted by rule {rule.name!r}"


@pytest.mark.parametrize("actor", [a for a in ACTORS if a not in TROOP_ACTORS])
def test_a_figure_mixed_with_relatives_or_unsure_who_is_never_personnel(actor):
    contrib = contributions(_frame("surrendered", actor=actor), TREND_RULE.but(window=(None, None)))
    assert contrib.tolist() == [10.0, 0.0]


def test_every_outcome_and_actor_has_an_acled_mapping():
    assert set(OUTCOMES) <= set(ACLED_TYPES), set(OUTCOMES) - set(ACLED_TYPES)
    assert set(ACTORS) <= set(ACLED_ACTORS), set(ACTORS) - set(ACLED_ACTORS)


def _claims(tmp_path: Path, rows: list[dict]) -> Path:
    header, real = _rows(config.RAW / "claimed_totals.csv")
    base = dict.fromkeys(header, "") | {
        "source_id": "irrawaddy-2023-11-17",
        "persons": "troops",
        "includes_relatives": "no",
        "as_of_date": "2025-12-31",
        "start_date": "2025-01-01",
        "scope": "Myanmar",
        "claimant": "X",
        "claimant_type": "monitor",
        "outcome": "captured",
    }
    shutil.copy(config.RAW_SOURCES, tmp_path / "sources.csv")
    _write(tmp_path / "claimed_totals.csv", header, [base | r for r in rows])
    return tmp_path / "claimed_totals.csv"


def test_a_captured_total_must_count_captures_and_a_wording_names_its_first(tmp_path):
    path = _claims(
        tmp_path,
        [
            {"claim_id": "C1", "kind": "captured_total", "figure_text": "554", "outcome": "surrendered"},
            {"claim_id": "C2", "kind": "running_total", "figure_text": "about 800", "outcome": "surrendered"},
            {"claim_id": "C3", "kind": "running_total", "figure_text": "700 to 800", "same_as": "C9"},
            {
                "claim_id": "C4",
                "kind": "running_total",
                "figure_text": "800",
                "same_as": "C2",
                "outcome": "surrendered",
            },
        ],
    )
    errors = {(p.row, p.column) for p in clean_claims(path).errors}
    assert (2, "outcome") in errors  # a captured_total that says surrendered
    assert (4, "same_as") in errors  # names no claim
    assert not {e for e in errors if e[0] in (3, 5)}


def test_a_tally_is_checked_against_its_parts_and_never_compared_as_surrenders(tmp_path):
    mixed = {"outcome": "defected_surrendered_or_captured", "persons": "troops; police"}
    path = _claims(
        tmp_path,
        [
            {"claim_id": "T", "kind": "tally", "figure_text": "more than 2,000", **mixed},
            {"claim_id": "T1", "kind": "breakdown", "part_of": "T", "figure_text": "880", "outcome": "defected"},
            {"claim_id": "T2", "kind": "breakdown", "part_of": "T", "figure_text": "135", "outcome": "surrendered"},
            {"claim_id": "T3", "kind": "breakdown", "part_of": "T", "figure_text": "1,115", "outcome": "captured"},
        ],
    )
    claims = clean_claims(path).claims
    sums = breakdown_sums(claims).set_index("claim_id")
    assert sums.at["T", "parts_sum"] == 2130 and sums.at["T", "status"] == "parts add up to more than the lower bound"
    events = clean_file(config.RAW_EVENTS).events
    compared = totals_vs_events(claims, events).set_index("claim_id")
    # the parts count troops: compared with army rows only, in the claims' window, on stated lower bounds
    window = {"window": ("2025-01-01", "2025-12-31"), "aggregates": False, "actors": ("junta_army",)}
    surrendered_2025 = contributions(events, TREND_RULE.but(**window)).sum()
    # the surrender part is compared with surrendered events only, the captured part with captures only
    assert compared.at["T2", "itemized_low"] == int(round(surrendered_2025))
    captured = contributions(events, TREND_RULE.but(outcomes=("captured",), **window))
    assert compared.at["T3", "itemized_low"] == int(round(captured.sum()))
