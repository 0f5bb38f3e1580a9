"""Claimed totals (raw/claimed_totals.csv) -> processed, with every problem reported.

A claimed running total ("over 6,000 since Operation 1027, as of 31 Jan") is a
claim, not an event and not a sum of events: it lives in its own table, is
never added to events or to another total, and is only *compared* with them
(:mod:`analysis.report.claims`). Its breakdown parts name their total in
``part_of``; a part whose total is missing or is itself a part is an error.

>>> from analysis.pipeline.claims import clean_claims
>>> result = clean_claims("data/raw/claimed_totals.csv")  # doctest: +SKIP
>>> result.claims[["claim_id", "count_low", "personnel_only"]].head(1)  # doctest: +SKIP
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import ParseError, Problem
from ..parse.places import canonical_states, canonical_township, iso_code
from ..schema import CLAIM_COLUMNS, CLAIM_RAW_COLUMNS, REJECT_COLUMNS
from ..vocab import CLAIM_KINDS, CLAIM_OUTCOMES, CLAIMANT_TYPES, INCLUDES_RELATIVES, NATIONAL_SCOPES, PERSONS
from .cells import Collector, map_unique, map_unique_rows
from .clean import drop_rejected, rejects_table
from .read import load_sources, read_raw_csv
from .steps import check_category, check_ids, check_sources, parse_counts_column

#: Persons that are junta personnel; a figure that counts anyone else is not personnel only.
PERSONNEL = ("troops", "police", "militia", "conscripts")


@dataclass
class ClaimsResult:
    claims: pd.DataFrame
    problems: list[Problem]
    rows_in: int
    #: rows with an error (and breakdowns of a rejected total), as the rejects table holds them
    rejects: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=REJECT_COLUMNS))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _persons(col: Collector) -> pd.Series:
    """persons: ';'-separated words from PERSONS, canonical order; returns True where personnel only."""

    def check(cell: str) -> bool:
        words = [w.strip() for w in cell.split(";") if w.strip()]
        unknown = [w for w in words if w not in PERSONS]
        if not words or unknown:
            raise ParseError(f"unknown persons {unknown or cell!r}")
        return all(w in PERSONNEL for w in words)

    codes, results, errors = map_unique(col.frame["persons"], check)
    col.add_coded(codes, errors, "persons", expected="';'-separated: " + ", ".join(PERSONS))
    return pd.Series(np.array([bool(r) for r in results] + [False], dtype=bool)[codes], index=col.frame.index)


def _scope(text: str) -> tuple[str, str, str]:
    """A scope as the claim gives it -> (canonical state/region, ISO code, Shan part); national or empty -> empty."""
    if not text.strip() or text.strip().lower() in NATIONAL_SCOPES:
        return "", "", ""
    # 'Rakhine (Arakan) State' -> 'Rakhine State'; keep '(North)' which names a part of Shan
    plain = re.sub(r"\s*\((?!north|south|east)[^)]*\)", "", text, flags=re.I)
    names, part = canonical_states(plain)
    if len(names) != 1:
        raise ParseError(f"scope {text!r} is not one state/region or Myanmar")
    return names[0], iso_code(names[0]), part


def _townships(col: Collector, states: np.ndarray) -> pd.Series:
    """scope_townships: ';'-separated township names -> canonical names, each in the claim's state/region."""
    frame = col.frame

    def check(text: str, state: str) -> str:
        names = [t.strip() for t in text.split(";") if t.strip()]
        if names and not state:
            raise ParseError("townships named, but the scope is not one state/region")
        found = [canonical_township(n, within=state) for n in names]
        outside = [f"{n} ({t.state_region})" for n, t in zip(names, found, strict=True) if t.state_region != state]
        if outside:
            raise ParseError(f"township {', '.join(outside)} is not in the scope {state!r}")
        return "; ".join(t.township for t in found)

    columns = [frame["scope_townships"].fillna(""), pd.Series(states, index=frame.index)]
    codes, results, errors = map_unique_rows(columns, check)
    col.add_coded(codes, errors, "scope_townships", expected="';'-separated townships of the scope's state/region")
    return pd.Series(np.array([r or "" for r in results] + [""], dtype=object)[codes], index=frame.index)


def _dates(col: Collector) -> tuple[pd.Series, pd.Series]:
    """start_date and as_of_date as ISO dates; as_of_date required, start on or before it."""
    frame = col.frame
    parsed = {}
    for column in ("start_date", "as_of_date"):
        values = pd.to_datetime(frame[column], format="%Y-%m-%d", errors="coerce")
        bad = (frame[column] != "") & values.isna()
        col.add(bad, column, lambda v, c=column: f"{c} {v!r} is not a YYYY-MM-DD date", expected="YYYY-MM-DD")
        parsed[column] = values
    col.add(frame["as_of_date"] == "", "as_of_date", "as_of_date is empty", expected="the date the total is as of")
    late = (parsed["start_date"] > parsed["as_of_date"]).fillna(False)
    col.add(
        late,
        "start_date",
        lambda v: f"start_date {v!r} is after as_of_date",
        expected="a start on or before the as-of date",
    )
    return tuple(p.dt.strftime("%Y-%m-%d").fillna("") for p in (parsed["start_date"], parsed["as_of_date"]))


#: Kinds of claim a breakdown may be a part of.
WHOLES = ("running_total", "tally")
#: A kind that fixes its outcome: a captured total counts captures, and so on.
KIND_OUTCOME = {
    "captured_total": "captured",
    "released_total": "released",
    "fled_across_border_total": "fled_across_border",
}


def _links(col: Collector) -> None:
    """A breakdown names an existing running total or tally; nothing else has part_of; same_as names a first wording."""
    frame = col.frame
    kind_of = dict(zip(frame["claim_id"], frame["kind"], strict=False))
    is_part = frame["kind"] == "breakdown"
    target_kind = frame["part_of"].map(kind_of).fillna("")
    col.add(is_part & (frame["part_of"] == ""), "part_of", "a breakdown names no total", expected="a claim_id")
    orphan = is_part & (frame["part_of"] != "") & ~target_kind.isin(WHOLES)
    col.add(
        orphan,
        "part_of",
        lambda v: f"part_of {v!r} is not a running_total or tally in this file",
        expected="the claim_id of a running total or tally",
    )
    col.add(
        ~is_part & (frame["part_of"] != ""),
        "part_of",
        lambda v: f"only a breakdown has part_of (got {v!r})",
        expected="empty",
    )
    same = frame["same_as"]
    same_of = dict(zip(frame["claim_id"], same, strict=False))
    linked = same != ""
    col.add(
        linked & ~same.isin(list(frame["claim_id"])),
        "same_as",
        lambda v: f"same_as points at missing claim_id {v!r}",
        expected="the claim_id of the first wording of the claim",
    )
    col.add(
        linked & ((same == frame["claim_id"]) | (same.map(same_of).fillna("") != "")),
        "same_as",
        lambda v: f"same_as {v!r} is this claim or is itself same_as another claim",
        expected="the claim_id of a claim with no same_as",
    )
    fixed = frame["kind"].map(KIND_OUTCOME).fillna("")
    col.add(
        (fixed != "") & (fixed != frame["outcome"]),
        "outcome",
        lambda v: f"outcome {v!r} does not fit the claim's kind",
        expected="captured for captured_total, released for released_total, fled_across_border for its total",
    )


def clean_claims_frame(path: str, frame: pd.DataFrame, sources: pd.DataFrame | None) -> ClaimsResult:
    """Check and type a raw claimed-totals frame: the named checks in order."""
    frame = frame.assign(**{c: "" for c in CLAIM_RAW_COLUMNS if c not in frame.columns})
    col = Collector(path, frame, id_column="claim_id")
    check_ids(col, example="CT-F17")
    for column, table in (
        ("kind", CLAIM_KINDS),
        ("outcome", CLAIM_OUTCOMES),
        ("claimant_type", CLAIMANT_TYPES),
        ("includes_relatives", INCLUDES_RELATIVES),
    ):
        check_category(col, column, list(table))
    check_sources(col, sources)
    frame = frame.assign(count_unit="people")  # parse_counts_column checks the plausible size of people counts
    col.frame = frame
    counts = parse_counts_column(col, "figure_text")
    personnel = _persons(col) & (frame["includes_relatives"] == "no")
    start, as_of = _dates(col)
    codes, scopes, errors = map_unique(frame["scope"], _scope)
    col.add_coded(codes, errors, "scope", expected="a state/region or 'Myanmar'")
    scope = pd.DataFrame([s or ("", "", "") for s in scopes] or [("", "", "")]).take(codes).to_numpy()
    townships = _townships(col, scope[:, 0])
    _links(col)
    claims = frame.assign(
        count_low=counts["low"],
        count_best=counts["best"],
        count_high=counts["high"],
        count_qualifier=counts["qualifier"],
        personnel_only=personnel,
        start_date=start,
        as_of_date=as_of,
        scope_state_region=scope[:, 0],
        scope_iso_3166_2=scope[:, 1],
        scope_shan_part=scope[:, 2],
        scope_townships=townships,
    )[CLAIM_COLUMNS]
    claims, rejects = drop_rejected(path, frame, col.problems, claims, id_column="claim_id")
    return ClaimsResult(claims, col.problems, len(frame), rejects)


def clean_claims(path: str | Path, sources: str | Path | None = None) -> ClaimsResult:
    """Read and check raw/claimed_totals.csv; ``sources`` defaults to sources.csv beside it."""
    path = Path(path)
    src = Path(sources) if sources else path.with_name("sources.csv")
    raw = read_raw_csv(
        path,
        columns=CLAIM_RAW_COLUMNS,
        required=["claim_id", "source_id", "kind", "figure_text", "as_of_date", "claimant"],
    )
    if raw.fatal:
        rejects = rejects_table(str(path), raw.frame, raw.problems, "claim_id", all_rows=True)
        return ClaimsResult(pd.DataFrame(columns=CLAIM_COLUMNS), raw.problems, len(raw.frame), rejects)
    result = clean_claims_frame(str(path), raw.frame, load_sources(src) if src.is_file() else None)
    result.problems[:0] = raw.problems
    return result
