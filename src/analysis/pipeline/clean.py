"""Raw events (strings as typed) -> processed events (typed, canonical), with every problem reported.

:func:`clean_frame` is a short sequence of named steps (:mod:`analysis.pipeline.steps`),
each parsing one family of columns (each distinct value once, so it stays fast
on large files) and recording a :class:`Problem` for every bad cell. Rows with
an error go to the rejects table with their reasons; nothing is dropped silently.

>>> from analysis.pipeline.clean import clean_file
>>> result = clean_file("data/raw/events.csv")  # doctest: +SKIP
>>> len(result.events) + result.rejected_rows == result.rows_in  # doctest: +SKIP
True
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..errors import Problem
from ..schema import PROCESSED_COLUMNS, REJECT_COLUMNS
from . import steps
from .cells import Collector
from .links import cascade, check_links, check_same_as
from .outcomes import check_outcome_links
from .read import RawFile, load_sources, read_raw_csv


@dataclass
class CleanResult:
    events: pd.DataFrame
    rejects: pd.DataFrame
    problems: list[Problem]
    rows_in: int
    encoding: str = "utf-8"
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def rejected_rows(self) -> int:
        return int(self.rejects["line"].nunique()) if len(self.rejects) else 0

    @property
    def fatal(self) -> bool:
        return any(p.severity == "error" and p.row is None for p in self.problems)


def clean_frame(raw: RawFile, sources: pd.DataFrame | None) -> CleanResult:
    """Clean a raw events frame: the named steps in order. Returns the cleaned rows, the rejects, every problem."""
    frame = raw.frame
    col = Collector(raw.path, frame)
    col.problems.extend(raw.problems)
    if raw.fatal:
        return CleanResult(
            _empty_processed(),
            rejects_table(raw.path, frame, col.problems, all_rows=True),
            col.problems,
            len(frame),
            raw.encoding,
        )
    steps.check_ids(col)
    steps.check_categories(col)
    published, latest = steps.check_sources(col, sources)
    counts = steps.parse_counts_column(col, "count_text")
    alt = steps.parse_counts_column(col, "alt_count_text")
    dates = steps.parse_dates(col, published, latest)
    places = steps.resolve_places(col)
    counterpart = steps.canonical_groups(col, "counterpart")
    claimed_by = steps.canonical_groups(col, "claimed_by")
    steps.check_evidence(col)
    check_links(col, frame, counts)
    check_same_as(col, frame)
    check_outcome_links(col, frame)
    events = assemble(frame, counts, alt, dates, places, counterpart, claimed_by)
    events, rejects = drop_rejected(raw.path, frame, col.problems, events)
    return CleanResult(events, rejects, col.problems, len(frame), raw.encoding)


def assemble(
    frame: pd.DataFrame,
    counts: pd.DataFrame,
    alt: pd.DataFrame,
    dates: pd.DataFrame,
    places: pd.DataFrame,
    counterpart: pd.Series,
    claimed_by: pd.Series,
) -> pd.DataFrame:
    """The processed columns, in the published order, from the raw frame and what the steps parsed."""
    return pd.DataFrame(
        {
            **{c: frame[c] for c in ("event_id", "source_id", "outcome", "actor", "unit", "count_text", "count_unit")},
            **{f"count_{k}": counts[k] for k in ("low", "best", "high", "qualifier")},
            "alt_count_text": frame["alt_count_text"],
            **{f"alt_count_{k}": alt[k] for k in ("low", "best", "high")},
            "alt_count_basis": frame["alt_count_basis"],
            "date_text": frame["date_text"],
            **{c: dates[c] for c in dates.columns},
            "date_basis": frame["date_basis"],
            "state_region_text": frame["state_region"],
            "township_text": frame["township"],
            "location": frame["location"],
            **{c: places[c] for c in places.columns},
            "place_basis": frame["place_basis"],
            "counterpart": counterpart,
            "claimed_by": claimed_by,
            **{
                c: frame[c]
                for c in (
                    "verification",
                    "operation",
                    "part_of",
                    "same_as",
                    "text_flag",
                    "evidence",
                    "note",
                    "border_country",
                    "taken_in",
                )
            },
        },
        index=frame.index,
    )[PROCESSED_COLUMNS]


def drop_rejected(
    path: str, frame: pd.DataFrame, problems: list[Problem], table: pd.DataFrame, id_column: str = "event_id"
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows with an error, and rows whose aggregate (``part_of``) was rejected, leave ``table`` (one row per row
    of the raw ``frame``) for the rejects table. Returns the rows kept and the rejects; events and claimed
    totals alike."""
    bad_rows = cascade({p.row for p in problems if p.severity == "error" and p.row is not None}, frame, id_column)
    for row, parent in bad_rows.items():
        if parent is not None:
            problems.append(
                Problem(
                    path,
                    row,
                    "part_of",
                    frame.at[row, "part_of"],
                    f"part_of points at rejected row {parent}",
                    expected="a valid aggregate",
                    event_id=frame.at[row, id_column],
                )
            )
    if bad_rows:
        table = table[~np.isin(frame.index, list(bad_rows))]
    return table.reset_index(drop=True), rejects_table(path, frame, problems, id_column)


def rejects_table(
    path: str, frame: pd.DataFrame, problems: list[Problem], id_column: str = "event_id", all_rows: bool = False
) -> pd.DataFrame:
    """One row per error of a raw row (the file's name, its line, its id, the cell at fault and why), with the
    whole raw row as JSON so nothing is lost; with ``all_rows``, every row under the file's own errors."""
    rows = []
    by_row: dict[int, list[Problem]] = {}
    file_level = [p for p in problems if p.row is None and p.severity == "error"]
    for p in problems:
        if p.severity == "error" and p.row is not None:
            by_row.setdefault(p.row, []).append(p)
    targets = list(frame.index) if all_rows else sorted(by_row)
    for row in targets:
        record = frame.loc[row].to_dict() if row in frame.index else {}
        raw_json = json.dumps(record, ensure_ascii=False, sort_keys=True)
        for p in by_row.get(row, file_level):
            rows.append(
                {
                    "file": Path(path).name,
                    "line": int(row),
                    "event_id": record.get(id_column, ""),
                    "column": p.column or "",
                    "value": p.value or "",
                    "reason": p.message + (f"; expected {p.expected}" if p.expected else ""),
                    "raw_row": raw_json,
                }
            )
    return pd.DataFrame(rows, columns=REJECT_COLUMNS)


def _empty_processed() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="str") for c in PROCESSED_COLUMNS})


def clean_file(path: str | Path = config.RAW_EVENTS, sources: str | Path | None = None) -> CleanResult:
    """Read and clean a raw events CSV. ``sources`` defaults to sources.csv beside it."""
    path = Path(path)
    src_path = Path(sources) if sources else path.with_name("sources.csv")
    raw = read_raw_csv(path)
    if src_path.is_file():
        table = load_sources(src_path)
    else:
        table = None
        raw.problems.append(
            Problem(
                str(path),
                None,
                "source_id",
                None,
                f"no sources file at {src_path}; source ids and relative dates are not checked",
                expected="sources.csv beside the events file",
                severity="warning",
            )
        )
    result = clean_frame(raw, table)
    result.sources = table if table is not None else pd.DataFrame()
    return result
