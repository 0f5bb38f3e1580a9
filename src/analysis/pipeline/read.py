"""Reading raw CSVs robustly: encodings, byte-order marks, line endings, header problems."""

from __future__ import annotations

import difflib
import io
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..config import RAW_SOURCES
from ..errors import Problem
from ..parse.dates import parse_iso
from ..schema import RAW_COLUMNS, REQUIRED_COLUMNS


@dataclass
class RawFile:
    """A raw CSV read as text: every cell a stripped string, empty for blank."""

    path: str
    frame: pd.DataFrame
    encoding: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def fatal(self) -> bool:
        """True when the header itself is broken and no row can be cleaned."""
        return any(p.severity == "error" and p.row is None for p in self.problems)


def _read(source, encoding: str) -> pd.DataFrame:
    """pandas' read_csv, every cell a string; the Arrow engine first (several times faster, less memory)."""
    if isinstance(source, Path) and encoding == "utf-8-sig":
        try:
            import pyarrow  # noqa: F401

            return pd.read_csv(source, dtype=str, keep_default_na=False, engine="pyarrow")
        except UnicodeDecodeError:
            raise
        except Exception:  # noqa: BLE001 - anything unusual: let the C engine read it and name the problem
            pass
    return pd.read_csv(source, dtype=str, keep_default_na=False, na_filter=False, encoding=encoding)


def read_raw_csv(
    path: str | Path,
    columns: list[str] = RAW_COLUMNS,
    required: list[str] = REQUIRED_COLUMNS,
) -> RawFile:
    """Read a raw events CSV as strings and check its header.

    UTF-8 (with or without a byte-order mark) is read directly; a file that is not
    valid UTF-8 is read as Windows-1252 with a warning. Missing required columns
    are errors (with the likely renamed column as a suggestion); missing optional
    columns and extra columns are warnings. An empty file or a header with no rows
    is an error.
    """
    path = Path(path)
    name = str(path)
    problems: list[Problem] = []
    encoding = "utf-8"
    empty = RawFile(name, pd.DataFrame(columns=columns, dtype="str"), encoding, problems)
    try:
        try:
            frame = _read(path, "utf-8-sig")
        except UnicodeDecodeError:
            encoding = empty.encoding = "cp1252"
            frame = _read(io.StringIO(path.read_bytes().decode("cp1252", errors="replace")), "utf-8")
            problems.append(
                Problem(
                    name,
                    None,
                    None,
                    None,
                    "file is not valid UTF-8; read as Windows-1252",
                    expected="UTF-8 text",
                    severity="warning",
                )
            )
    except pd.errors.EmptyDataError:
        problems.append(Problem(name, None, None, None, "file is empty", expected="a header row and data rows"))
        return empty
    except pd.errors.ParserError as exc:
        problems.append(Problem(name, None, None, None, f"not a readable CSV: {exc}", expected="comma-separated rows"))
        return empty
    frame.columns = [str(c).strip().lstrip("\ufeff") for c in frame.columns]
    extra = [c for c in frame.columns if c not in columns]
    missing = [c for c in columns if c not in frame.columns]
    for col in missing:
        close = difflib.get_close_matches(col, extra, n=1, cutoff=0.6)
        severity = "error" if col in required else "warning"
        message = f"missing column '{col}'" + ("" if severity == "error" else " (filled with empty values)")
        problems.append(
            Problem(
                name,
                None,
                col,
                None,
                message,
                expected=f"a column named '{col}'",
                suggestion=f"rename '{close[0]}' to '{col}'" if close else "",
                severity=severity,
            )
        )
    for col in extra:
        problems.append(
            Problem(
                name,
                None,
                col,
                None,
                f"unexpected column '{col}' (ignored)",
                expected="one of the documented columns",
                severity="warning",
            )
        )
    if len(frame) == 0:
        problems.append(Problem(name, None, None, None, "header only: no data rows", expected="at least one event row"))
    for col in missing:
        frame[col] = ""
    frame = frame[columns]  # copy-on-write: the columns are replaced below, never edited in place
    for col in columns:
        frame[col] = _tidy(frame[col])
    frame.index = physical_lines(path, len(frame), encoding)
    return RawFile(name, frame, encoding, problems)


def physical_lines(path: Path, rows: int, encoding: str = "utf-8") -> pd.Index:
    """The line of the file each record starts on (header = 1), so a note with an embedded newline does not
    shift every later line number. Counting newlines decides whether the slow, exact count is needed at all."""
    newlines, last = 0, b"\n"
    with open(path, "rb") as f:  # counted in chunks: no copy of the whole file in memory
        for chunk in iter(lambda: f.read(1 << 20), b""):
            newlines += chunk.count(b"\n")
            last = chunk[-1:]
    newlines += 0 if last == b"\n" else 1
    if newlines == rows + 1:  # one line per record: the fast path for every file without embedded newlines
        return pd.RangeIndex(2, rows + 2, name="row")
    import csv

    text = open(path, encoding="utf-8-sig" if encoding == "utf-8" else encoding, errors="replace", newline="")
    reader = csv.reader(text)
    next(reader, None)
    starts, line = [], reader.line_num
    for record in reader:
        if any(cell.strip() for cell in record):
            starts.append(line + 1)
        line = reader.line_num
    text.close()
    if len(starts) != rows:  # the two readers disagree: keep the record numbers rather than guess
        return pd.RangeIndex(2, rows + 2, name="row")
    return pd.Index(starts, name="row")


def _tidy(column: pd.Series) -> pd.Series:
    """Strip surrounding white space and stray carriage returns, touching only columns that need it."""
    if not (isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"):
        return column.str.replace("\r", "", regex=False).str.strip()
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = pa.array(column.array)  # pandas' Arrow-backed strings, without a copy (the __arrow_array__ protocol)
    if not isinstance(arr, pa.ChunkedArray):
        arr = pa.chunked_array([arr])
    changed = False
    if pc.any(pc.match_substring(arr, "\r")).as_py():
        arr, changed = pc.replace_substring(arr, "\r", ""), True
    trimmed = pc.utf8_trim_whitespace(arr)
    if pc.any(pc.not_equal(arr, trimmed)).as_py():
        arr, changed = trimmed, True
    return pd.Series(pd.array(arr, dtype=column.dtype), index=column.index) if changed else column


def load_sources(path: str | Path = RAW_SOURCES) -> pd.DataFrame:
    """sources.csv -> frame indexed by source_id, with ``published``/``published_latest`` as dates."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    table["published"] = table["published"].map(parse_iso)
    table["published_latest"] = [
        parse_iso(b) or a for a, b in zip(table["published"], table["published_latest"], strict=True)
    ]
    return table.set_index("source_id", drop=False)
