"""The named steps of cleaning, one column family each: read the raw frame, record problems, return the parse.

:func:`analysis.pipeline.clean.clean_frame` runs them in order. Each step is a
small pure function of the :class:`~analysis.pipeline.cells.Collector` (which
holds the raw frame and the problems so far), so each can be tested alone:

>>> import pandas as pd
>>> from analysis.pipeline.cells import Collector
>>> col = Collector("x.csv", pd.DataFrame({"event_id": ["A", "A"]}))
>>> check_ids(col)
>>> [p.message for p in col.problems]
["duplicate event_id 'A' (first on row 0)"]
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from ..errors import ParseError
from ..parse.counts import Count, parse_count
from ..parse.dates import event_dates, parse_iso
from ..parse.places import MULTI_SEPARATOR, resolve_place
from ..reference.tables import load_groups, load_operations
from ..vocab import ACTORS, COUNT_UNITS, OUTCOMES, RENAMED_OUTCOMES
from .cells import Collector, floats, map_unique, map_unique_rows, map_values, spread_ints, suggest

#: Counts above these are treated as typing errors ("absurd").
MAX_COUNT = {"people": 100_000, "positions": 10_000, "units": 1_000, "kyat_per_person": 10**10}
MAX_EVIDENCE_WORDS = 25
PLACE_COLUMNS = (
    "state_region",
    "iso_3166_2",
    "shan_part",
    "township",
    "township_pcode",
    "pcode_status",
    "place_scope",
    "place_flag",
)


def check_ids(col: Collector, example: str = "IRR-001") -> None:
    """The id column (``col.id_column``: event_id, claim_id): present and unique (a duplicate names the row of its
    first use)."""
    name = col.id_column
    ids = col.frame[name]
    col.add(ids == "", name, f"{name} is empty", expected=f"a unique id such as {example}")
    dup = ids.duplicated(keep="first") & (ids != "")
    first_line = (
        pd.Series(col.frame.index[~dup.to_numpy()], index=ids[~dup].to_numpy()) if dup.any() else pd.Series(dtype=int)
    )
    col.add(dup, name, lambda v: f"duplicate {name} {v!r} (first on row {first_line[v]})", expected="unique ids")


def check_category(
    col: Collector, column: str, choices: list[str], allow_empty: bool = False, renamed: dict[str, str] | None = None
) -> None:
    """A column whose values come from a fixed list (suggests the closest choice, or a renamed value's new name)."""
    values = col.frame[column]
    renamed = renamed or {}
    bad = ~values.isin(choices) & ~(allow_empty & (values == ""))

    def message(v: str) -> str:
        if v in renamed:
            return f"{column} {v!r} was renamed {renamed[v]!r} (version 0.3)"
        return f"unknown {column} {v!r}" if v else f"{column} is empty"

    col.add(
        bad,
        column,
        message,
        expected="one of: " + ", ".join(choices),
        suggestion=lambda v: renamed.get(v) or suggest(v, choices),
    )


def check_categories(col: Collector) -> None:
    """outcome, actor, count_unit and operation against the vocabularies and operations.csv."""
    check_category(col, "outcome", list(OUTCOMES), renamed=RENAMED_OUTCOMES)
    check_category(col, "actor", list(ACTORS))
    check_category(col, "count_unit", list(COUNT_UNITS))
    check_category(col, "operation", list(load_operations()["operation"]), allow_empty=True)


def check_sources(col: Collector, sources: pd.DataFrame | None) -> tuple[pd.Series, pd.Series]:
    """source_id against sources.csv; returns each row's publication date (ISO) and latest possible one."""
    frame = col.frame
    if sources is None:
        return pd.Series("", index=frame.index), pd.Series(pd.NaT, index=frame.index)
    known = frame["source_id"].isin(list(sources.index)).to_numpy(dtype=bool)
    col.add(
        ~known,
        "source_id",
        lambda v: f"unknown source_id {v!r}",
        expected="an id in sources.csv",
        suggestion=lambda v: suggest(v, list(sources.index)),
    )
    iso = {k: (v.isoformat() if isinstance(v, date) else "") for k, v in sources["published"].items()}
    published = pd.Series(map_values(frame["source_id"], iso, ""), index=frame.index)
    last = {k: (pd.Timestamp(v) if isinstance(v, date) else pd.NaT) for k, v in sources["published_latest"].items()}
    latest = pd.Series(pd.DatetimeIndex(map_values(frame["source_id"], last, pd.NaT)), index=frame.index)
    return published, latest


def parse_counts_column(col: Collector, column: str) -> pd.DataFrame:
    """A count column -> low/best/high/qualifier per row (each distinct text parsed once); flags absurd figures."""
    codes, results, errors = map_unique(col.frame[column], parse_count)
    col.add_coded(codes, errors, column, expected="a figure such as '127', 'at least 15', 'over 300'")
    parsed = [r if r is not None else Count(None, None, None, "unknown") for r in results]
    table = pd.DataFrame(
        {
            "low": spread_ints([c.low for c in parsed], codes),
            "best": spread_ints([c.best for c in parsed], codes),
            "high": spread_ints([c.high for c in parsed], codes),
            "qualifier": np.array([c.qualifier for c in parsed] + ["unknown"], dtype=object)[codes],
        },
        index=col.frame.index,
    )
    top = np.fmax(np.fmax(floats(table["low"]), floats(table["best"])), floats(table["high"]))
    limit = map_values(col.frame["count_unit"], MAX_COUNT, np.inf).astype("float64")
    col.add(
        top > limit,
        column,
        lambda v: f"implausible count {v!r} for its count_unit",
        expected="a realistic figure (people <= 100,000)",
    )
    return table


def _date_error_column(message: str, first: pd.Series) -> str:
    """Which date cell a date error is about: the one its message quotes, else the phrase."""
    if message.startswith("date_end"):
        return "date_end"
    if "ISO date" in message or "no such day" in message:
        return next((c for c in ("date_start", "date_end") if first[c] and repr(first[c]) in message), "date_text")
    return "date_text"


def parse_dates(col: Collector, published: pd.Series, latest: pd.Series) -> pd.DataFrame:
    """date_text/date_start/date_end -> ISO start, end and precision; each distinct combination resolved once.

    A date after the source's publication is reported on the cell it came from (the curator's date, else the
    phrase). Any date before it is valid: the post-coup window is a counting rule (``Rule.window``), not a
    validity rule.
    """
    frame = col.frame

    def resolve(text: str, start: str, end: str, pub: str):
        return event_dates(text, start, end, parse_iso(pub) if pub else None)

    codes, results, errors = map_unique_rows(
        [frame["date_text"], frame["date_start"], frame["date_end"], published], resolve
    )
    for code, exc in errors.items():
        mask = codes == code
        column = _date_error_column(str(exc), frame.loc[mask].iloc[0])  # every row of a code shares its cells
        col.add(mask, column, str(exc), expected="a date phrase, or date_start/date_end as YYYY-MM-DD")
    u_start = pd.DatetimeIndex([r.start if r and r.start else pd.NaT for r in results] + [pd.NaT])
    u_end = pd.DatetimeIndex([r.end if r and r.end else pd.NaT for r in results] + [pd.NaT])
    u_prec = np.array([r.precision if r else "unknown" for r in results] + ["unknown"], dtype=object)
    ends = pd.Series(u_end.take(codes), index=frame.index)
    _check_date(
        col,
        (ends > latest).fillna(False),
        "is after the source was published",
        "a date on or before the source's publication",
        use_end=True,
    )
    return pd.DataFrame(
        {
            "date_start": np.array(u_start.strftime("%Y-%m-%d").fillna(""), dtype=object)[codes],
            "date_end": np.array(u_end.strftime("%Y-%m-%d").fillna(""), dtype=object)[codes],
            "date_precision": u_prec.take(codes),
        },
        index=frame.index,
    )


def _check_date(col: Collector, bad: pd.Series, message: str, expected: str, use_end: bool) -> None:
    """Report a bad date on the cell it came from: the curator's date, else the other date, else the phrase."""
    frame = col.frame
    own = frame["date_end"] if use_end else frame["date_start"]
    other = frame["date_start"] if use_end else frame["date_end"]
    for column, where in (
        ("date_end" if use_end else "date_start", own != ""),
        ("date_start" if use_end else "date_end", (own == "") & (other != "")),
        ("date_text", (own == "") & (other == "")),
    ):
        col.add(bad & where, column, lambda v, c=column: f"date {v!r} {message}", expected=expected)


def resolve_places(col: Collector) -> pd.DataFrame:
    """state_region/township -> canonical names, ISO and P-codes; each distinct pair resolved once."""
    frame = col.frame
    codes, results, errors = map_unique_rows([frame["state_region"], frame["township"]], resolve_place)
    for code, exc in errors.items():
        column = "township" if "township" in str(exc) else "state_region"
        col.add(
            codes == code, column, str(exc), expected=f"a known {column.replace('_', '/')}", suggestion=exc.suggestion
        )
    empty = dict.fromkeys(PLACE_COLUMNS, "") | {"place_scope": "unknown"}
    places = pd.DataFrame([r if r is not None else empty for r in results] or [empty]).take(codes)
    places.index = frame.index
    return places[list(PLACE_COLUMNS)]


def canonical_groups(col: Collector, column: str, lookup: dict[str, str] | None = None) -> pd.Series:
    """A ';'-separated list of armed groups -> canonical names from groups.csv (unknown names reported)."""
    lookup = load_groups() if lookup is None else lookup

    def canon(cell: str) -> str:
        names = []
        for part in filter(None, (p.strip() for p in cell.split(";"))):
            if part.lower() not in lookup:
                close = suggest(part, list(lookup))
                hint = lookup[close.lower()] if close else ""
                raise ParseError(f"unknown group {part!r}", hint)
            names.append(lookup[part.lower()])
        return MULTI_SEPARATOR.join(dict.fromkeys(names))

    codes, results, errors = map_unique(col.frame[column], canon)
    col.add_coded(codes, errors, column, expected="names in groups.csv, ';'-separated")
    return pd.Series(np.array(results, dtype=object)[codes], index=col.frame.index)


def check_evidence(col: Collector) -> None:
    """evidence: present, and short (a phrase quoted, not the article copied)."""
    ev = col.frame["evidence"]
    words = ev.str.len() - ev.str.replace(" ", "", regex=False).str.len() + 1  # spaces + 1, vectorised
    col.add(ev == "", "evidence", "evidence is empty", expected="a verbatim phrase from the source")
    col.add(
        words > MAX_EVIDENCE_WORDS,
        "evidence",
        lambda v: f"evidence has {len(v.split())} words",
        expected=f"at most {MAX_EVIDENCE_WORDS} words (quote, don't copy)",
    )
