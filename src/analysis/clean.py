"""Raw events (strings as typed) -> processed events (typed, canonical), with every problem reported.

One pass does both jobs: :func:`clean_frame` parses each column (each distinct
value once, so it stays fast on large files), records a :class:`Problem` for
every bad cell, and returns the cleaned frame. Rows with an error go to the
rejects table with their reasons; nothing is dropped silently.

>>> from analysis.clean import clean_file
>>> result = clean_file("data/raw/events.csv")  # doctest: +SKIP
>>> len(result.events) + result.rejected_rows == result.rows_in  # doctest: +SKIP
True
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from . import config
from .counts import Count, parse_count
from .dates import event_dates, parse_iso
from .errors import ParseError, Problem
from .places import MULTI_SEPARATOR, resolve_place, suggest
from .rawio import RawFile, read_raw_csv
from .schema import PROCESSED_COLUMNS
from .tally import parent_positions, positions_in
from .vocab import ACTORS, COUNT_UNITS, OUTCOMES

EARLIEST = date(2021, 1, 1)
#: Counts above these are treated as typing errors ("absurd").
MAX_COUNT = {"people": 100_000, "positions": 10_000, "units": 1_000, "kyat_per_person": 10**10}
MAX_EVIDENCE_WORDS = 25


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


# ---- reference tables --------------------------------------------------------------------------


def load_sources(path: str | Path = config.RAW_SOURCES) -> pd.DataFrame:
    """sources.csv -> frame indexed by source_id, with ``published``/``published_latest`` as dates."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    table["published"] = table["published"].map(parse_iso)
    table["published_latest"] = [
        parse_iso(b) or a for a, b in zip(table["published"], table["published_latest"], strict=True)
    ]
    return table.set_index("source_id", drop=False)


def load_groups() -> dict[str, str]:
    """Lower-cased group name or alias -> canonical group name."""
    table = pd.read_csv(config.PACKAGE_DATA / "groups.csv", dtype=str, keep_default_na=False)
    lookup = {}
    for row in table.itertuples(index=False):
        for name in [row.group, *filter(None, row.aliases.split("|"))]:
            lookup[name.lower()] = row.group
    return lookup


def load_operations() -> pd.DataFrame:
    """The named operations with their start dates (package data)."""
    ops = pd.read_csv(config.PACKAGE_DATA / "operations.csv", dtype=str, keep_default_na=False)
    ops["start"] = pd.to_datetime(ops["start"])
    return ops


# ---- the per-column machinery -----------------------------------------------------------------


def _map_unique(values: pd.Series, fn: Callable[[str], object]) -> tuple[np.ndarray, list, dict[int, ParseError]]:
    """Apply ``fn`` to each distinct value once: (codes, results, {code: the error})."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    return (codes, *_apply_each(((u,) for u in uniques), fn))


def _apply_each(args, fn: Callable[..., object]) -> tuple[list, dict[int, ParseError]]:
    """``fn(*a)`` for each argument tuple: (results, {index: the error}); a failure gives None."""
    results: list = []
    errors: dict[int, ParseError] = {}
    for i, a in enumerate(args):
        try:
            results.append(fn(*a))
        except ParseError as exc:
            results.append(None)
            errors[i] = exc
    return results, errors


def _map_unique_rows(
    columns: list[pd.Series], fn: Callable[..., object]
) -> tuple[np.ndarray, list, dict[int, ParseError]]:
    """Like :func:`_map_unique` over combinations of several columns: ``fn(*values)`` once per distinct row."""
    n = len(columns[0])
    combined = np.zeros(n, dtype=np.int64)
    for column in columns:
        codes, uniques = pd.factorize(column, use_na_sentinel=False)
        combined, _ = pd.factorize(combined * max(len(uniques), 1) + codes)  # re-factorize: no overflow
    k = int(combined.max()) + 1 if n else 0
    first = np.full(k, -1, dtype=np.int64)
    first[combined[::-1]] = np.arange(n)[::-1]  # first row of each combination
    values = [column.to_numpy()[first] for column in columns]
    results, errors = _apply_each((tuple(str(v[i]) for v in values) for i in range(k)), fn)
    return combined, results, errors


class _Collector:
    def __init__(self, file: str, frame: pd.DataFrame):
        self.file = file
        self.frame = frame
        self.problems: list[Problem] = []

    def add(
        self,
        mask,
        column: str,
        message: Callable[[str], str] | str,
        expected: str = "",
        suggestion: Callable[[str], str] | str = "",
        severity: str = "error",
    ) -> None:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        rows = self.frame.index[mask]
        values = self.frame[column].to_numpy()[mask] if column in self.frame else [None] * len(rows)
        ids = self.frame["event_id"].to_numpy()[mask]
        for row, value, eid in zip(rows, values, ids, strict=True):
            self.problems.append(
                Problem(
                    self.file,
                    int(row),
                    column,
                    value,
                    message(value) if callable(message) else message,
                    expected,
                    suggestion(value) if callable(suggestion) else suggestion,
                    severity,
                    str(eid),
                )
            )

    def add_coded(self, codes: np.ndarray, errors: dict[int, ParseError], column: str, expected: str = "") -> None:
        for code, exc in errors.items():
            self.add(codes == code, column, str(exc), expected, suggestion=exc.suggestion)


def _category(col: _Collector, column: str, choices: list[str], allow_empty: bool = False) -> None:
    values = col.frame[column]
    bad = ~values.isin(choices) & ~(allow_empty & (values == ""))
    col.add(
        bad,
        column,
        lambda v: f"unknown {column} {v!r}" if v else f"{column} is empty",
        expected="one of: " + ", ".join(choices),
        suggestion=lambda v: suggest(v, choices),
    )


def _groups(col: _Collector, column: str, lookup: dict[str, str]) -> pd.Series:
    def canon(cell: str) -> str:
        names = []
        for part in filter(None, (p.strip() for p in cell.split(";"))):
            if part.lower() not in lookup:
                close = suggest(part, list(lookup))
                hint = lookup[close.lower()] if close else ""
                raise ParseError(f"unknown group {part!r}" + (f"; did you mean {hint!r}?" if hint else ""), hint)
            names.append(lookup[part.lower()])
        return MULTI_SEPARATOR.join(dict.fromkeys(names))

    codes, results, errors = _map_unique(col.frame[column], canon)
    col.add_coded(codes, errors, column, expected="names in groups.csv, ';'-separated")
    return pd.Series(np.array(results, dtype=object)[codes], index=col.frame.index)


def _spread_ints(values: list, codes: np.ndarray) -> pd.arrays.IntegerArray:
    """Per-distinct-value integers (None for missing) -> a nullable Int64 array over the rows."""
    arr = np.array([np.nan if v is None else v for v in values] + [np.nan], dtype="float64")[codes]
    missing = np.isnan(arr)
    return pd.arrays.IntegerArray(np.where(missing, 0, arr).astype("int64"), missing)


def map_values(column: pd.Series, mapping: dict, default=None) -> np.ndarray:
    """``column.map(mapping)`` computed once per distinct value (fast on large string columns)."""
    codes, uniques = pd.factorize(column, use_na_sentinel=False)
    return np.array([mapping.get(u, default) for u in uniques] + [default], dtype=object)[codes]


def _counts(col: _Collector, column: str, units: pd.Series) -> pd.DataFrame:
    codes, results, errors = _map_unique(col.frame[column], parse_count)
    col.add_coded(codes, errors, column, expected="a figure such as '127', 'at least 15', 'over 300'")
    parsed = [r if r is not None else Count(None, None, None, "unknown") for r in results]
    table = pd.DataFrame(
        {
            "low": _spread_ints([c.low for c in parsed], codes),
            "best": _spread_ints([c.best for c in parsed], codes),
            "high": _spread_ints([c.high for c in parsed], codes),
            "qualifier": np.array([c.qualifier for c in parsed] + ["unknown"], dtype=object)[codes],
        },
        index=col.frame.index,
    )
    top = np.fmax(np.fmax(_floats(table["low"]), _floats(table["best"])), _floats(table["high"]))
    limit = map_values(units, MAX_COUNT, np.inf).astype("float64")
    col.add(
        top > limit,
        column,
        lambda v: f"implausible count {v!r} for its count_unit",
        expected="a realistic figure (people <= 100,000)",
    )
    return table


def _floats(values: pd.Series) -> np.ndarray:
    return values.astype("Float64").to_numpy(dtype="float64", na_value=np.nan)


# ---- the whole frame ---------------------------------------------------------------------------


def clean_frame(raw: RawFile, sources: pd.DataFrame | None) -> CleanResult:
    """Clean a raw events frame. Returns the cleaned rows, the rejects and every problem."""
    frame = raw.frame
    col = _Collector(raw.path, frame)
    col.problems.extend(raw.problems)
    n = len(frame)
    if raw.fatal:
        rejects = _rejects(frame, col.problems, all_rows=True)
        return CleanResult(_empty_processed(), rejects, col.problems, n, raw.encoding)

    # ids
    ids = frame["event_id"]
    col.add(ids == "", "event_id", "event_id is empty", expected="a unique id such as IRR-001")
    dup = ids.duplicated(keep="first") & (ids != "")
    first_line = (
        pd.Series(frame.index[~dup.to_numpy()], index=ids[~dup].to_numpy()) if dup.any() else pd.Series(dtype=int)
    )
    col.add(
        dup, "event_id", lambda v: f"duplicate event_id {v!r} (first on row {first_line[v]})", expected="unique ids"
    )

    # categories
    _category(col, "outcome", list(OUTCOMES))
    _category(col, "actor", list(ACTORS))
    _category(col, "count_unit", list(COUNT_UNITS))

    # sources and publication dates
    if sources is not None:
        known = frame["source_id"].isin(list(sources.index)).to_numpy(dtype=bool)
        col.add(
            ~known,
            "source_id",
            lambda v: f"unknown source_id {v!r}",
            expected="an id in sources.csv",
            suggestion=lambda v: suggest(v, list(sources.index)),
        )
        iso = {k: (v.isoformat() if isinstance(v, date) else "") for k, v in sources["published"].items()}
        pub_str = pd.Series(map_values(frame["source_id"], iso, ""), index=frame.index)
        last = {k: (pd.Timestamp(v) if isinstance(v, date) else pd.NaT) for k, v in sources["published_latest"].items()}
        latest = pd.Series(pd.DatetimeIndex(map_values(frame["source_id"], last, pd.NaT)), index=frame.index)
    else:
        pub_str = pd.Series("", index=frame.index)
        latest = pd.Series(pd.NaT, index=frame.index)

    # counts
    counts = _counts(col, "count_text", frame["count_unit"])
    alt = _counts(col, "alt_count_text", frame["count_unit"])

    # dates: each distinct (text, start, end, publication) once
    def _dates(text: str, start: str, end: str, pub: str):
        return event_dates(text, start, end, parse_iso(pub) if pub else None)

    codes, results, errors = _map_unique_rows(
        [frame["date_text"], frame["date_start"], frame["date_end"], pub_str], _dates
    )
    for code, exc in errors.items():
        message = str(exc)
        mask = codes == code
        if message.startswith("date_end"):
            column = "date_end"
        elif "ISO date" in message or "no such day" in message:
            first = frame.loc[mask].iloc[0]  # every row of this code shares its date cells
            column = next(
                (c for c in ("date_start", "date_end") if first[c] and repr(first[c]) in message), "date_text"
            )
        else:
            column = "date_text"
        col.add(mask, column, message, expected="a date phrase, or date_start/date_end as YYYY-MM-DD")
    # convert the distinct results once, then spread them to the rows
    u_start = pd.DatetimeIndex([r.start if r and r.start else pd.NaT for r in results] + [pd.NaT])
    u_end = pd.DatetimeIndex([r.end if r and r.end else pd.NaT for r in results] + [pd.NaT])
    u_prec = np.array([r.precision if r else "unknown" for r in results] + ["unknown"], dtype=object)
    u_start_iso = np.array(u_start.strftime("%Y-%m-%d").fillna(""), dtype=object)
    u_end_iso = np.array(u_end.strftime("%Y-%m-%d").fillna(""), dtype=object)
    dcodes = codes
    s_dt = pd.Series(u_start.take(codes), index=frame.index)
    e_dt = pd.Series(u_end.take(codes), index=frame.index)
    precisions = pd.Series(u_prec.take(codes), index=frame.index)

    def _date_check(bad: pd.Series, message: str, expected: str, use_end: bool) -> None:
        # report on the cell the date came from: the curator's date, else the phrase
        own = frame["date_end"] if use_end else frame["date_start"]
        other = frame["date_start"] if use_end else frame["date_end"]
        for column, where in (
            ("date_end" if use_end else "date_start", own != ""),
            ("date_start" if use_end else "date_end", (own == "") & (other != "")),
            ("date_text", (own == "") & (other == "")),
        ):
            col.add(bad & where, column, lambda v, c=column: f"date {v!r} {message}", expected=expected)

    _date_check(
        (s_dt < pd.Timestamp(EARLIEST)).fillna(False),
        "is before 2021",
        "a date from 2021 on (the coup and after)",
        use_end=False,
    )
    _date_check(
        (e_dt > latest).fillna(False),
        "is after the source was published",
        "a date on or before the source's publication",
        use_end=True,
    )

    # places: each distinct (state, township) once
    codes, results, errors = _map_unique_rows([frame["state_region"], frame["township"]], resolve_place)
    for code, exc in errors.items():
        column = "township" if "township" in str(exc) else "state_region"
        col.add(
            codes == code, column, str(exc), expected=f"a known {column.replace('_', '/')}", suggestion=exc.suggestion
        )
    empty_place = {
        k: ""
        for k in ("state_region", "iso_3166_2", "shan_part", "township", "township_pcode", "pcode_status", "place_flag")
    } | {"place_scope": "unknown"}
    places = pd.DataFrame([r if r is not None else empty_place for r in results] or [empty_place]).take(codes)
    places.index = frame.index

    # groups and operations
    lookup = load_groups()
    counterpart = _groups(col, "counterpart", lookup)
    claimed_by = _groups(col, "claimed_by", lookup)
    _category(col, "operation", list(load_operations()["operation"]), allow_empty=True)

    # evidence
    ev = frame["evidence"]
    words = ev.str.len() - ev.str.replace(" ", "", regex=False).str.len() + 1  # spaces + 1, vectorised
    col.add(frame["evidence"] == "", "evidence", "evidence is empty", expected="a verbatim phrase from the source")
    col.add(
        words > MAX_EVIDENCE_WORDS,
        "evidence",
        lambda v: f"evidence has {len(v.split())} words",
        expected=f"at most {MAX_EVIDENCE_WORDS} words (quote, don't copy)",
    )

    # part_of links
    _check_links(col, frame, counts)

    events = pd.DataFrame(
        {
            **{c: frame[c] for c in ("event_id", "source_id", "outcome", "actor", "unit", "count_text", "count_unit")},
            "count_low": counts["low"],
            "count_best": counts["best"],
            "count_high": counts["high"],
            "count_qualifier": counts["qualifier"],
            "alt_count_text": frame["alt_count_text"],
            "alt_count_low": alt["low"],
            "alt_count_best": alt["best"],
            "alt_count_high": alt["high"],
            "alt_count_basis": frame["alt_count_basis"],
            "date_text": frame["date_text"],
            "date_start": u_start_iso[dcodes],
            "date_end": u_end_iso[dcodes],
            "date_precision": precisions,
            "date_basis": frame["date_basis"],
            "state_region_text": frame["state_region"],
            "township_text": frame["township"],
            "location": frame["location"],
            **{
                c: places[c]
                for c in (
                    "state_region",
                    "iso_3166_2",
                    "shan_part",
                    "township",
                    "township_pcode",
                    "pcode_status",
                    "place_scope",
                    "place_flag",
                )
            },
            "place_basis": frame["place_basis"],
            "counterpart": counterpart,
            "claimed_by": claimed_by,
            **{c: frame[c] for c in ("verification", "operation", "part_of", "text_flag", "evidence", "note")},
        },
        index=frame.index,
    )[PROCESSED_COLUMNS]
    problems = col.problems
    bad_rows = _cascade({p.row for p in problems if p.severity == "error" and p.row is not None}, frame)
    for row, parent in bad_rows.items():
        if parent is not None:
            problems.append(
                Problem(
                    raw.path,
                    row,
                    "part_of",
                    frame.at[row, "part_of"],
                    f"part_of points at rejected row {parent}",
                    expected="a valid aggregate",
                    event_id=frame.at[row, "event_id"],
                )
            )
    if bad_rows:
        events = events[~np.isin(frame.index, list(bad_rows))]
    rejects = _rejects(frame, problems)
    return CleanResult(events.reset_index(drop=True), rejects, problems, n, raw.encoding)


def _check_links(col: _Collector, frame: pd.DataFrame, counts: pd.DataFrame) -> None:
    ids, parent = frame["event_id"], frame["part_of"]
    n = len(frame)
    linked = (parent != "").to_numpy(dtype=bool)
    self_ref = linked & (parent == ids).to_numpy(dtype=bool)
    p = parent_positions(frame)  # first row with that id; -1 where none
    missing = linked & (p < 0)
    col.add(self_ref, "part_of", lambda v: f"event is part_of itself ({v!r})",
            expected="the id of another (aggregate) row")  # fmt: skip
    if missing.any():
        known = list(ids)
        col.add(missing, "part_of", lambda v: f"part_of points at missing event_id {v!r}",
                expected="an event_id in this file", suggestion=lambda v: suggest(v, known))  # fmt: skip
    # pointer walk: a row still walking after as many steps as there are links is in a cycle
    p[self_ref] = -1
    cur = p.copy()
    steps, limit = 0, int(linked.sum()) + 1
    while (cur >= 0).any() and steps < limit:
        cur = np.where(cur >= 0, p[np.maximum(cur, 0)], -1)
        steps += 1
    col.add(cur >= 0, "part_of", lambda v: f"part_of forms a cycle through {v!r}",
            expected="links that end at an aggregate with no part_of")  # fmt: skip
    # a component larger than its aggregate: the components' lows exceed the aggregate's high
    low = np.nan_to_num(np.fmax(_floats(counts["low"]), np.where(np.isnan(_floats(counts["low"])),
                                                               _floats(counts["best"]), np.nan)))  # fmt: skip
    valid = p >= 0
    child_sum = np.bincount(p[valid], weights=low[valid], minlength=n)
    high = _floats(counts["high"])
    for row in np.flatnonzero(child_sum > np.where(np.isnan(high), np.inf, high)):
        mask = np.zeros(n, dtype=bool)
        mask[row] = True
        total = int(child_sum[row])
        col.add(mask, "count_text",
                lambda v, t=total: f"its components (part_of rows) add up to {t}, more than this "
                f"aggregate's highest figure {v!r}", expected="components that fit inside the aggregate")  # fmt: skip


def _cascade(bad: set[int], frame: pd.DataFrame) -> dict[int, int | None]:
    """Rows with errors, plus rows whose part_of points at a rejected row (with that row)."""
    out: dict[int, int | None] = dict.fromkeys(bad)
    new = set(bad)
    while new:
        bad_ids = {frame.at[r, "event_id"]: r for r in new}
        hit = (positions_in(pd.Series(list(bad_ids)), frame["part_of"]) >= 0) & ~np.isin(frame.index, list(out))
        children = frame[hit]
        new = set()
        for row, pid in zip(children.index, children["part_of"], strict=True):
            out[int(row)] = int(bad_ids[pid])
            new.add(int(row))
    return out


def _rejects(frame: pd.DataFrame, problems: list[Problem], all_rows: bool = False) -> pd.DataFrame:
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
                    "line": int(row),
                    "event_id": record.get("event_id", ""),
                    "column": p.column or "",
                    "value": p.value or "",
                    "reason": p.message + (f"; expected {p.expected}" if p.expected else ""),
                    "raw_row": raw_json,
                }
            )
    return pd.DataFrame(rows, columns=["line", "event_id", "column", "value", "reason", "raw_row"])


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
