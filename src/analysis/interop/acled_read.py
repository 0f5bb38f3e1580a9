"""Read ACLED files as users have them: several layouts, several encodings, R's NA, padded cells, any size.

Layouts (docs/exchange.md):

- ``current``: the 31-column export (``event_id_cnty`` ... ``disorder_type``, ``civilian_targeting``,
  ``tags``, ``timestamp``), inter codes as numbers or as text ("Political militia"); extra derived
  columns are kept and ignored;
- ``older``: the earlier 31-column export (``data_id``, ``iso``, ``event_id_no_cnty``, ``iso3``; no
  ``disorder_type``, ``civilian_targeting`` or ``tags``);
- ``legacy``: UPPERCASE files (``EVENT_ID_CNTY``, ``GWNO``, ``ALLY_ACTOR_1`` ...), mapped by
  :data:`LEGACY_NAMES`.

A leading column with no name whose cells are 0, 1, 2 ... is the index pandas' ``to_csv`` writes: it is
dropped and :attr:`AcledHeader.notes` says so. Anything else is refused with one line naming what is
missing. The file is read in blocks (:func:`scan_acled`), so memory follows the block, not the file.

>>> INTER["3"], INTER["Political militia"]
('Political militia', 'Political militia')
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv

from ..errors import AnalysisError
from ..parse.dates import orders_shown

#: ACLED's interaction codes (its codebook) and their names; names map to themselves.
_CODES = {
    "1": "State forces",
    "2": "Rebel group",
    "3": "Political militia",
    "4": "Identity militia",
    "5": "Rioters",
    "6": "Protesters",
    "7": "Civilians",
    "8": "External/Other forces",
}
INTER = _CODES | {v: v for v in _CODES.values()}

#: legacy UPPERCASE column -> current column
LEGACY_NAMES = {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2", "gwno": "gwno"}
#: Columns every layout must give (after renaming).
NEEDED = ("event_id_cnty", "event_date", "event_type", "actor1", "country", "notes")
#: Bytes per block read (memory grows with this, not with the file).
BLOCK_BYTES = 4 << 20
_DICTIONARY = pa.dictionary(pa.int32(), pa.string())


@dataclass
class AcledHeader:
    """What the first lines of a file say: column names as read, layout, encoding, and what was dropped."""

    path: Path
    columns: list[str]  # one per column of the file: the current name, '' for an unnamed column
    layout: str
    encoding: str
    bom: bool
    notes: list[str] = field(default_factory=list)
    index_column: bool = False
    day_first: bool | None = None  # slashed dates (a spreadsheet's): day first, month first, or not shown


@dataclass
class AcledFile:
    frame: pd.DataFrame
    layout: str
    encoding: str
    path: str
    notes: list[str] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> text and the encoding used: UTF-8 (with or without BOM), else Windows-1252, else Latin-1."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _layout(columns: list[str], upper: bool) -> str:
    if upper:
        return "legacy"
    if "disorder_type" in columns or "civilian_targeting" in columns:
        return "current"
    if "event_id_no_cnty" in columns or "data_id" in columns:
        return "older"
    return "unknown"


def _sample(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise AnalysisError(f"{path}: is a folder, not an ACLED CSV file")
        with path.open("rb") as fh:
            return fh.read(1 << 20)
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _packed(path: Path, sample: bytes) -> str | None:
    """What to do with a file that is a workbook or an archive, not a CSV (None: it is neither).

    >>> _packed(Path("x.csv.gz"), b"\\x1f\\x8b\\x08rest")
    'a gzip-compressed file, not a CSV: decompress it (gunzip x.csv.gz) and import the CSV'
    """
    if sample.startswith(b"\xd0\xcf\x11\xe0"):
        return "an Excel workbook (.xls), not a CSV: save it as CSV UTF-8 in Excel, or export CSV from ACLED"
    if sample.startswith(b"\x1f\x8b"):
        return f"a gzip-compressed file, not a CSV: decompress it (gunzip {path.name}) and import the CSV"
    if not sample.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError):
        names = []
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "an Excel workbook (.xlsx), not a CSV: save it as CSV UTF-8 in Excel, or export CSV from ACLED"
    if "mimetype" in names and "content.xml" in names:
        return "an OpenDocument spreadsheet (.ods), not a CSV: save it as CSV (UTF-8), or export CSV from ACLED"
    inside = [n for n in names if n.lower().endswith(".csv")]
    held = f" holding {', '.join(inside[:3])}" if inside else ""
    return f"a ZIP archive{held}, not a CSV: unzip it and import the CSV"


def read_header(path: str | Path) -> AcledHeader:
    """The header of an ACLED file (and its first rows, to recognise a pandas index column)."""
    path = Path(path)
    sample = _sample(path)
    if not sample.strip():
        raise AnalysisError(f"{path}: the file is empty")
    if (packed := _packed(path, sample)) is not None:
        raise AnalysisError(f"{path}: {packed}")
    text, encoding = decode(sample[: len(sample) - 4] if len(sample) == 1 << 20 else sample)
    rows = _records(path, text)
    if not rows or not any(c.strip() for c in rows[0]):
        raise AnalysisError(f"{path}: not a readable CSV: no header line")
    raw = [c.strip().lstrip("\ufeff") for c in rows[0]]
    named = [n for n in raw if n and not re.fullmatch(r"(?i)unnamed: \d+", n)]
    upper = sum(n.isupper() for n in named) > len(named) / 2
    columns = ["" if n not in named else LEGACY_NAMES.get(n.lower(), n.lower()) for n in raw]
    header = AcledHeader(path, columns, _layout(columns, upper), encoding, sample.startswith(b"\xef\xbb\xbf"))
    if columns and columns[0] == "" and len(rows) > 1:
        first = [r[0].strip() for r in rows[1:50] if r]
        if all(v.isdigit() for v in first):
            header.index_column = True
            header.notes.append("a leading column with no name held 0, 1, 2 ... (a pandas index): dropped")
    missing = [c for c in NEEDED if c not in columns]
    if missing:
        raise AnalysisError(
            f"{path}: not an ACLED export this importer knows (layout {header.layout!r}): missing "
            f"column(s) {', '.join(missing)}"
        )
    at = columns.index("event_date")
    _date_order(header, [row[at] for row in rows[1:] if len(row) > at])
    return header


def _records(path: Path, text: str) -> list[list[str]]:
    """The whole records of a file's first megabyte, read once: a CSV error in the first 50 is the file's, a
    later one is the sample ending inside a quoted note."""
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline="")):
            rows.append(row)
    except csv.Error as exc:
        if len(rows) < 50:
            raise AnalysisError(f"{path}: not a readable CSV: {exc}") from None
    return rows


def _date_order(header: AcledHeader, dates: list[str]) -> None:
    """``header.day_first`` when a spreadsheet saved the dates with slashes, and a note saying so: from the first
    megabyte, else (its dates all days 1-12 of a month) from the whole column."""
    if not any(d.count("/") == 2 for d in dates):
        return
    shown = orders_shown(dates)
    if not shown:
        for table in scan_acled(header.path, ["event_date"], header=header):
            if len(shown := shown | orders_shown(pc.unique(table.column("event_date")).to_pylist())) == 2:
                break
    header.day_first = shown.pop() if len(shown) == 1 else None
    if header.day_first is None:
        said = "show both orders" if shown else "never show whether the day or the month comes first"
        header.notes.append(
            f"event_date is written with slashes, and the file's dates {said}: a date is read only where a part "
            "over 12 shows its own order, the others are left out"
        )
    else:
        order = "day/month/year" if header.day_first else "month/day/year"
        header.notes.append(f"event_date is written {order} (as a spreadsheet saves it), as a part over 12 shows")


def _names(header: AcledHeader) -> list[str]:
    """Unique names for pyarrow: unnamed columns become __blank<i>."""
    return [c if c else f"__blank{i}" for i, c in enumerate(header.columns)]


def scan_acled(
    path: str | Path,
    columns: list[str] | None = None,
    block: int = BLOCK_BYTES,
    header: AcledHeader | None = None,
    dictionary: tuple[str, ...] = (),
) -> Iterator[pa.Table]:
    """The file as tables of about ``block`` bytes each, every cell a string, current column names.

    ``columns`` limits what is converted (the rest is only parsed); the columns named in ``dictionary``
    come dictionary-encoded (for columns of few distinct values: each is then tested once). A column with
    values and no name is refused (its position named); an unnamed pandas index is dropped.
    """
    header = header or read_header(path)
    names = _names(header)
    blanks = [n for n in names if n.startswith("__blank")]
    wanted = [n for n in names if n in (columns or names) and not n.startswith("__blank")]
    checked = [b for b in blanks if not (header.index_column and b == "__blank0")]
    options = pcsv.ReadOptions(  # one thread: in an import the other cores read notes (acled_parts)
        column_names=names, skip_rows=1, block_size=block, encoding=header.encoding, use_threads=False
    )
    convert = pcsv.ConvertOptions(
        include_columns=wanted + checked,
        column_types={n: _DICTIONARY if n in dictionary else pa.string() for n in wanted + checked},
        strings_can_be_null=False,
        quoted_strings_can_be_null=False,
    )
    parse = pcsv.ParseOptions(newlines_in_values=True)
    rows = 1
    try:
        for batch in pcsv.open_csv(header.path, read_options=options, parse_options=parse, convert_options=convert):
            table = pa.Table.from_batches([batch])
            for b in checked:
                filled = pc.not_equal(pc.utf8_trim_whitespace(table.column(b)), "")
                if pc.any(filled).as_py():
                    line = rows + 1 + pc.index(filled, True).as_py()
                    raise AnalysisError(
                        f"{header.path}: a column with values has no name in the header (column "
                        f"{names.index(b) + 1}, record {line})"
                    )
            rows += table.num_rows
            yield table.drop_columns(checked)
    except pa.ArrowInvalid as exc:
        message = str(exc).splitlines()[0]
        if rows == 1 and message.startswith("Could not skip initial"):
            return  # the header alone, without a line end: no events
        if "utf8" in message.lower() or "utf-8" in message.lower():
            raise AnalysisError(
                f"{header.path}: not valid {header.encoding} after record {rows} (mixed encodings?): save it "
                "as UTF-8 and import again"
            ) from None
        raise AnalysisError(f"{header.path}: not a readable CSV after record {rows}: {message[:200]}") from None


def clean_cell(column: str, value: str) -> str:
    """One cell as an import reads it: stripped, R's NA as '', '\\r\\n' as '\\n', an inter code as its name.

    >>> clean_cell("notes", " Two soldiers defected.\\r\\n "), clean_cell("country", "NA"), clean_cell("inter1", "1")
    ('Two soldiers defected.', '', 'State forces')
    """
    v = value.strip().replace("\r\n", "\n")
    return "" if v == "NA" else (INTER.get(v, v) if column in ("inter1", "inter2") else v)


def clean_record(record: dict) -> dict:
    """One row, each cell as :func:`clean_cell` reads it.

    >>> clean_record({"notes": " Two soldiers defected.\\r\\n ", "assoc_actor_1": "NA", "inter1": "1"})
    {'notes': 'Two soldiers defected.', 'assoc_actor_1': '', 'inter1': 'State forces'}
    """
    return {key: clean_cell(key, value) for key, value in record.items()}


def clean_table(table: pa.Table) -> pa.Table:
    """Every cell of a table as :func:`clean_cell` reads it, at once (vectorised), every column a plain string.

    >>> table = pa.table({"notes": [" Two soldiers defected.\\r\\n ", "NA"], "inter1": ["1", "Rebel group"]})
    >>> clean_table(table).to_pylist()
    [{'notes': 'Two soldiers defected.', 'inter1': 'State forces'}, {'notes': '', 'inter1': 'Rebel group'}]
    """
    columns = {}
    for name in table.column_names:
        values = table.column(name).cast(pa.string())
        values = pc.replace_substring(pc.utf8_trim_whitespace(values), "\r\n", "\n")
        values = pc.if_else(pc.equal(values, "NA"), "", values)
        if name in ("inter1", "inter2"):
            values = pa.array([INTER.get(v, v) for v in values.to_pylist()], type=pa.string())
        columns[name] = values
    return pa.table(columns)


def read_acled(path: str | Path) -> AcledFile:
    """An ACLED CSV -> every cell a stripped string ('' for empty and for R's NA), current column names."""
    header = read_header(path)
    tables = list(scan_acled(path, header=header))
    if tables:
        frame = clean_table(pa.concat_tables(tables)).to_pandas()
    else:
        frame = pd.DataFrame(columns=[c for c in header.columns if c])
    return AcledFile(frame.reset_index(drop=True), header.layout, header.encoding, str(path), header.notes)
