"""Tables for readers: the columns a reader needs, named in words, categories in words, no index, 20,000 not 20000.

One helper for the notebooks and the site. It changes nothing in the table it is given: the full
table stays one call away for analysts (the frame itself, or ``.data`` of the result).

>>> import pandas as pd
>>> claims = pd.DataFrame({"claimant": ["MNDAA"], "claimant_type": ["armed_group"], "kind": ["running_total"],
...     "claimed_low": [20000], "as_of_date": ["2024-01-31"]})
>>> table = for_readers(claims)
>>> table.frame.iloc[0].tolist()
['MNDAA', 'armed group', 'running total', '20,000', '31 Jan 2024']
>>> print(for_readers(claims, ["claimant", "claimed_low"]))
Claimed by Claimed figure, low end
     MNDAA                  20,000
"""

from __future__ import annotations

import hashlib
import numbers
import re
from dataclasses import dataclass

import pandas as pd

from .. import vocab
from ..errors import AnalysisError

#: Column names in words; a column not listed reads as its name with spaces ('place_flag' -> 'Place flag').
COLUMN_LABELS: dict[str, str] = {
    "event_id": "Row",
    "claim_id": "Claim",
    "source_id": "Report",
    "outcome": "Outcome",
    "actor": "Who",
    "unit": "Unit",
    "count_text": "Figure as reported",
    "figure": "Figure",
    "figure_text": "Figure as claimed",
    "count_qualifier": "Reads as",
    "date_start": "From",
    "date_end": "To",
    "date_precision": "Date known to",
    "state_region": "State/region",
    "iso_3166_2": "ISO 3166-2",
    "claimed_by": "Claimed by",
    "claimant": "Claimed by",
    "claimant_type": "Claimant",
    "kind": "Kind of claim",
    "persons": "Counting",
    "includes_relatives": "Includes relatives",
    "personnel_only": "Personnel only",
    "start_date": "Since",
    "as_of_date": "As of",
    "scope": "Where",
    "claimed_low": "Claimed figure, low end",
    "itemized_low": "Itemized events add up to (lower bound)",
    "itemized_best": "Itemized events add up to (best estimate)",
    "itemized_events": "Itemized events",
    "status": "Compared with the events",
    "evidence": "Evidence (verbatim)",
    "text_flag": "What the text gets wrong or leaves open",
    "place_flag": "Place flagged",
    "alt_count_text": "Other outlets' figure",
    "same_as": "Same people as row",
    "part_of": "Part of",
    "count_unit": "Counted in",
    "event_rows": "Event rows",
    # the cumulative series (analysis.measure.series)
    "dated": "Dated to the day",
    "low": "Certain by then",
    "high": "Possible by then",
}

#: Columns whose values are codes of a controlled vocabulary (analysis.vocab): shown in words.
VOCABULARIES: dict[str, dict[str, str]] = {
    "outcome": vocab.OUTCOMES,
    "actor": vocab.ACTORS,
    "kind": vocab.CLAIM_KINDS,
    "claimant_type": vocab.CLAIMANT_TYPES,
    "count_qualifier": vocab.QUALIFIERS,
    "date_precision": vocab.DATE_PRECISIONS,
    "count_unit": vocab.COUNT_UNITS,
    "persons": vocab.PERSONS,
}

#: Codes whose words are not the code with spaces.
CATEGORY_LABELS: dict[str, str] = {
    "bgf": "Border Guard Force",
    "junta_personnel": "junta troops or police",
    "fled_across_border_total": "total fled across a border",
    "breakdown": "part of a breakdown",
    "more_than": "more than",
    "kyat_per_person": "kyat per person",
    "unspecified": "not said",
}

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A day as a reader reads it ('31 Jan 2024'): kept on one line in a table.
_DAY_TEXT = r"\d{1,2} [A-Z][a-z]{2} \d{4}"
#: A text column whose filled cells are longer than this on average wraps in a wider cell.
_LONG_TEXT = 30


def label(column) -> str:
    """A column's name in words: 'as_of_date' -> 'As of', 'bgf' -> 'Border Guard Force'."""
    column = str(column)
    if column in COLUMN_LABELS:
        return COLUMN_LABELS[column]
    words = CATEGORY_LABELS.get(column, column.replace("_", " "))  # a column named by a code (crosstab)
    return words[:1].upper() + words[1:]


def category(code: str) -> str:
    """A vocabulary code in words: 'running_total' -> 'running total', 'bgf' -> 'Border Guard Force'."""
    return CATEGORY_LABELS.get(code, code.replace("_", " "))


def _days_in(text: str) -> str:
    """ISO days inside a text as readers read them: 'from 2024-10-27' -> 'from 27 Oct 2024'."""
    return re.sub(r"\b(\d{4}-\d{2}-\d{2})\b", lambda m: _cell(m[1], ""), text)


def _cell(value, column: str) -> str:
    """One value as a reader reads it."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, pd.Timestamp):
        return f"{value.day} {value:%b %Y}"
    if isinstance(value, numbers.Number):
        number = float(value)
        return f"{number:,.0f}" if number == round(number) else f"{number:,.1f}"
    text = str(value)
    if column in VOCABULARIES:
        return "; ".join(category(part) for part in text.split("; ")) if text else ""
    if _ISO_DAY.match(text):
        day = pd.Timestamp(text)
        return f"{day.day} {day:%b %Y}"
    return text


def _columns(frame: pd.DataFrame, columns: list[str] | None) -> list[str]:
    columns = list(frame.columns) if columns is None else list(columns)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise AnalysisError(f"for_readers: no column {missing} in the table (it has {list(frame.columns)})")
    return columns


def readable(frame: pd.DataFrame, columns: list[str] | None = None) -> pd.DataFrame:
    """The columns (all by default), renamed in words, every value as a reader reads it (text), no index."""
    columns = _columns(frame, columns)
    out = pd.DataFrame({label(c): [_cell(v, c) for v in frame[c].tolist()] for c in columns})
    return out.reset_index(drop=True)


@dataclass(repr=False)
class ReaderTable:
    """A table as readers see it: HTML in notebooks and on the site, aligned text elsewhere."""

    frame: pd.DataFrame
    numeric: list[str]
    data: pd.DataFrame

    def __repr__(self) -> str:
        return self.frame.to_string(index=False)

    def to_html(self) -> str:
        """A table in a horizontal scroll box: numbers right-aligned, long text wrapped; same bytes every run."""
        frame = self.frame
        filled = {c: frame[c][frame[c] != ""] for c in frame.columns}
        long = [c for c in frame.columns if c not in self.numeric and filled[c].str.len().mean() > _LONG_TEXT]
        uuid = hashlib.sha256(frame.to_csv(index=False).encode()).hexdigest()[:8]
        styler = frame.style.format(escape="html").hide(axis="index").set_uuid(uuid)
        styler = styler.set_table_attributes('class="reader-table"')
        styles = {"th": "text-align: left; vertical-align: bottom;", "td": "vertical-align: top;"}
        styler = styler.set_table_styles([{"selector": k, "props": v} for k, v in styles.items()])
        per_column = {c: [{"selector": "td", "props": "text-align: right; white-space: nowrap;"}] for c in self.numeric}
        per_column |= {c: [{"selector": "td", "props": "min-width: 16em; white-space: normal;"}] for c in long}
        days = [c for c in frame.columns if frame[c].ne("").any() and frame[c].str.fullmatch(_DAY_TEXT + "|").all()]
        per_column |= {c: [{"selector": "td", "props": "white-space: nowrap;"}] for c in days}
        styler = styler.set_table_styles(per_column, overwrite=False)
        html = styler.to_html()
        return f'<div class="table-scroll" style="overflow-x: auto; max-width: 100%;">\n{html}</div>\n'

    def _repr_html_(self) -> str:
        return self.to_html()


def for_readers(frame: pd.DataFrame, columns: list[str] | None = None) -> ReaderTable:
    """``frame`` as readers read it: ``columns`` (all by default) named in words, codes in words, no index.

    Numbers get thousands separators, ISO days read '31 Jan 2024', empty values are blank. A named index
    (``groupby``, ``value_counts``, ``crosstab``) is shown as the first column(s); an unnamed one (row
    numbers) is dropped. The frame is not changed: the result's ``.data`` is the full table for analysts.
    """
    data = frame
    if isinstance(frame.columns, pd.MultiIndex):  # column groups (pd.concat(..., axis=1)): 'group: column'
        names = [": ".join(label(_days_in(str(p))) for p in c if str(p)) for c in frame.columns]
        frame = frame.set_axis(names, axis=1)
    named = [n for n in frame.index.names if n is not None and n not in frame.columns]
    if named:  # a named index holds data: it becomes a column (unless the frame has that column already)
        frame = frame.reset_index(level=named)
    columns = _columns(frame, columns)
    numeric = [
        label(c)
        for c in columns
        if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    ]
    return ReaderTable(readable(frame, columns), numeric, data)
