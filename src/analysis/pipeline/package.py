"""The processed tables as a Frictionless data package: deterministic CSVs, their Table Schemas, validation."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import AnalysisError
from ..schema import (
    CLAIM_FIELDS,
    CLAIMS_CHECK_FIELDS,
    HEADLINE_FIELDS,
    LEDGER_FIELDS,
    PROCESSED_FIELDS,
    REJECT_FIELDS,
    SOURCE_FIELDS,
)


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Deterministic CSV: UTF-8, '\\n' line ends, no index; the same bytes as pandas' ``to_csv``.

    Large frames of text and whole numbers are rendered column by column in Arrow (about ten times faster
    than ``to_csv`` and without its row buffers); anything else goes through ``to_csv`` itself.
    """
    if len(frame) < 50_000 or not all(_arrow_renderable(frame[c]) for c in frame.columns):
        frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")
        return
    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow(frame.columns)
    with open(path, "wb") as out:
        out.write(header.getvalue().encode("utf-8"))
        for start in range(0, len(frame), 50_000):
            out.write(_csv_lines(frame.iloc[start : start + 50_000]))


def _arrow_renderable(column: pd.Series) -> bool:
    if isinstance(column.dtype, pd.CategoricalDtype):
        return pd.api.types.is_string_dtype(column.cat.categories) or column.cat.categories.dtype == object
    return pd.api.types.is_string_dtype(column) or pd.api.types.is_integer_dtype(column)


_SPECIAL_BYTES = np.frombuffer(b'",\r\n', dtype=np.uint8)


def _may_need_quoting(arr) -> bool:
    """Whether any byte of the array's text is one that forces quoting; a fast, conservative pre-check."""
    if hasattr(arr, "chunks"):
        return any(_may_need_quoting(chunk) for chunk in arr.chunks)
    if arr.buffers()[2] is None or not len(arr):
        return False
    width = np.int64 if arr.type == "large_string" else np.int32
    offsets = np.frombuffer(arr.buffers()[1], dtype=width)[arr.offset : arr.offset + len(arr) + 1]
    text = np.frombuffer(arr.buffers()[2], dtype=np.uint8)[offsets[0] : offsets[-1]]
    return bool(np.isin(text, _SPECIAL_BYTES).any())


def _csv_lines(frame: pd.DataFrame) -> bytes:
    """Rows rendered as Python's csv module renders them (quote only fields holding ',', '"', CR or LF)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cells = []
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_integer_dtype(column):
            arr = pc.cast(pa.array(column.astype("Int64"), type=pa.int64()), pa.string())
        else:
            arr = pa.array(column.astype("string"), type=pa.string())
        arr = pc.fill_null(arr, "")
        if _may_need_quoting(arr):  # most columns (ids, codes, dates) hold no field that needs quoting
            special = pc.match_substring_regex(arr, '[",\r\n]')
            quoted = pc.binary_join_element_wise('"', pc.replace_substring(arr, '"', '""'), '"', "")
            arr = pc.if_else(special, quoted, arr)
        cells.append(arr)
    lines = pc.binary_join_element_wise(pc.binary_join_element_wise(*cells, ","), "", "\n")  # each line + LF
    lines = pc.cast(lines, pa.large_string())
    lines = lines.combine_chunks() if isinstance(lines, pa.ChunkedArray) else lines
    if not len(lines):
        return b""
    offsets = np.frombuffer(lines.buffers()[1], dtype=np.int64)[lines.offset : lines.offset + len(lines) + 1]
    return lines.buffers()[2].to_pybytes()[offsets[0] : offsets[-1]]


def _resource(name: str, path: str, fields: list[dict], title: str, description: str, key: str | None) -> dict:
    schema: dict = {"fields": [_clean_field(f) for f in fields], "missingValues": [""]}
    if key:
        schema["primaryKey"] = [key]
    return {
        "name": name,
        "path": path,
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _clean_field(field: dict) -> dict:
    field = json.loads(json.dumps(field))
    enum = field.get("constraints", {}).get("enum")
    if enum is not None:
        field["constraints"]["enum"] = [e for e in enum if e != ""]
    return field


#: How the package keeps its figures: the description's last sentence.
KEPT = "Counts keep their uncertainty as low/best/high; part_of links aggregates to their components."


def describe(tables: dict[str, pd.DataFrame] | None = None) -> str:
    """The package's description, counted from the ``tables`` it describes: the reports their rows cite (events
    and claimed totals), when those were published, and how many rewrite another outlet's report.

    >>> sources = pd.DataFrame({"source_id": ["a", "b", "c"], "published": ["2023-11-17", "2024-01-05", "2025-03-01"],
    ...     "rewrite_of": ["", "a", ""]})
    >>> text = describe({"events": pd.DataFrame({"source_id": ["a", "a", "b"]}), "sources": sources})
    >>> text.split(" (")[0], text.split(" (")[1].split(",")[0]  # the uncited report c is not counted
    ('Events curated from 2 reports published Nov 2023-Jan 2024, listed in sources.csv', '1 of them a rewrite')
    >>> describe().split(", cleaned")[0]  # no tables: nothing counted
    'Events curated from the reports listed in sources.csv'
    """
    if tables is None:
        return f"Events curated from the reports listed in sources.csv, cleaned by the analysis package. {KEPT}"
    sources = tables["sources"].set_index("source_id")
    rows = [tables["events"]] + ([tables["claimed_totals"]] if "claimed_totals" in tables else [])
    cited = sources.loc[sources.index.isin(pd.concat([r["source_id"] for r in rows]))]
    what = "Events and claimed totals" if len(rows) > 1 else "Events"
    dates = pd.to_datetime(cited["published"].replace("", None)).dropna()
    first, last = (f"{d:%b %Y}" for d in (dates.min(), dates.max())) if len(dates) else ("", "")
    span = f" published {first}" + (f"-{last}" if last != first else "") if len(dates) else ""
    copies = int((cited.get("rewrite_of", pd.Series(dtype=str)).fillna("") != "").sum())
    copied = (
        f" ({copies} of them a rewrite, mirror or translation of another outlet's report, never a second source)"
        if copies
        else ""
    )
    return (
        f"{what} curated from {len(cited)} report{'s' if len(cited) != 1 else ''}{span}, listed in sources.csv"
        f"{copied}, cleaned by the analysis package. {KEPT}"
    )


def _claims_resources() -> list[dict]:
    """The claimed totals' resources, beside the events when the build has them."""
    return [
        _resource(
            "claimed_totals",
            "claimed_totals.csv",
            CLAIM_FIELDS,
            "Claimed totals",
            "Running totals and their breakdowns as claimed: claims, never events, never added.",
            "claim_id",
        ),
        _resource(
            "claims_vs_events",
            "claims_vs_events.csv",
            CLAIMS_CHECK_FIELDS,
            "Claimed totals beside the itemized events",
            "Each claimed total beside what itemized events add up to in its window and scope.",
            "claim_id",
        ),
    ]


def datapackage(
    events_fields: list[dict] = PROCESSED_FIELDS, claims: bool = False, tables: dict[str, pd.DataFrame] | None = None
) -> dict:
    """The Frictionless Data Package descriptor for data/processed (with the claimed totals when ``claims``),
    described from ``tables`` (:func:`describe`)."""
    package = {
        "name": "myanmar-junta-surrenders-1027",
        "title": "Surrender, flight and defection of Myanmar junta personnel after Operation 1027",
        "description": describe(tables),
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "title": "Creative Commons Attribution 4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
            }
        ],
        "resources": [
            _resource(
                "events",
                "events.csv",
                events_fields,
                "Events",
                "One row per reported event or claim, cleaned and typed.",
                "event_id",
            ),
            _resource("sources", "sources.csv", SOURCE_FIELDS, "Sources", "The reports cited.", "source_id"),
            _resource(
                "headline_by_state",
                "headline_by_state.csv",
                HEADLINE_FIELDS,
                "Headline by state/region",
                "Surrendered personnel by state/region under the report's rule.",
                None,
            ),
            _resource(
                "claims_ledger",
                "claims_ledger.csv",
                LEDGER_FIELDS,
                "Claims ledger",
                "Every numeric claim, what the data gives, and whether it reproduces.",
                "claim_id",
            ),
            _resource(
                "rejects",
                "rejects.csv",
                REJECT_FIELDS,
                "Rejected rows",
                "Raw rows that could not be cleaned, with reasons (empty when none).",
                None,
            ),
        ],
    }
    if claims:
        package["resources"] += _claims_resources()
    return package


def check_table(name: str, frame: pd.DataFrame, fields: list[dict], key: str | None = None) -> list[str]:
    """Every way ``frame`` breaks its Table Schema, vectorised: type, minimum, enum, required, unique key.

    Cheap against the build (column operations, each distinct value once), so every build checks what it
    writes; the exhaustive row-by-row Frictionless validation of the committed data runs in the tests.

    >>> import pandas as pd
    >>> check_table("t", pd.DataFrame({"n": ["1", "x"]}), [{"name": "n", "type": "integer"}])
    ["t: row 3, column 'n': 'x' is not an integer"]
    """
    problems = []
    missing = [f["name"] for f in fields if f["name"] not in frame]
    if missing or list(frame.columns) != [f["name"] for f in fields]:
        return [f"{name}: columns {list(frame.columns)} differ from the schema (missing {missing})"]
    for f in fields:
        values = frame[f["name"]]
        if isinstance(values.dtype, pd.CategoricalDtype):  # check each category once, not every row
            problems += _check_categories(name, f, values)
            continue
        text = (values if pd.api.types.is_string_dtype(values) else values.astype("string")).fillna("")
        filled = text != ""
        bad = pd.Series(False, index=frame.index)
        what = ""
        if f["type"] == "integer":
            number = pd.to_numeric(text.where(filled), errors="coerce")
            bad = filled & (number.isna() | (number % 1 != 0))
            low = f.get("constraints", {}).get("minimum")
            bad |= filled & (number < low) if low is not None else False
            what = "is not an integer" + (f" >= {low}" if low is not None else "")
        elif f["type"] == "date":
            bad = filled & pd.to_datetime(text.where(filled), format="%Y-%m-%d", errors="coerce").isna()
            what = "is not a YYYY-MM-DD date"
        elif f["type"] == "boolean":
            bad = ~text.isin(["True", "False", "true", "false", ""])
            what = "is not a boolean"
        enum = f.get("constraints", {}).get("enum")
        if enum is not None and not bad.any():
            bad = filled & ~text.isin([e for e in enum if e != ""])
            what = "is not one of the schema's categories"
        if f.get("constraints", {}).get("required"):
            bad |= ~filled
            what = what or "is empty (required)"
        for row in np.flatnonzero(bad.to_numpy())[:5]:
            problems.append(f"{name}: row {row + 2}, column '{f['name']}': {text.iloc[row]!r} {what}")
    if key and frame[key].duplicated().any():
        problems.append(f"{name}: duplicate {key} {frame.loc[frame[key].duplicated(), key].iloc[0]!r}")
    return problems


def _check_categories(name: str, field: dict, values: pd.Series) -> list[str]:
    """A categorical column: its categories checked as a column of their own, reported on the first row using each."""
    categories = pd.DataFrame({field["name"]: pd.Series(values.cat.categories, dtype="string")})
    found = check_table(name, categories, [field])
    codes = values.cat.codes.to_numpy()
    out = []
    for problem in found:
        category = int(problem.split("row ")[1].split(",")[0]) - 2
        row = int(np.flatnonzero(codes == category)[0]) if (codes == category).any() else -2
        out.append(problem.replace(f"row {category + 2},", f"row {row + 2},", 1))
    if field.get("constraints", {}).get("required") and (codes < 0).any():
        out.append(f"{name}: row {int(np.flatnonzero(codes < 0)[0]) + 2}, column '{field['name']}': empty (required)")
    return out


def check_tables(tables: dict[str, pd.DataFrame], claims: bool = False) -> None:
    """Check every table against the data package's schemas; raise AnalysisError naming table, row, column, value."""
    problems = []
    for resource in datapackage(claims=claims)["resources"]:
        if resource["name"] in tables:
            key = (resource["schema"].get("primaryKey") or [None])[0]
            problems += check_table(resource["name"], tables[resource["name"]], resource["schema"]["fields"], key)
    if problems:
        raise AnalysisError("processed data fails its Table Schema:\n  " + "\n  ".join(problems[:20]))
