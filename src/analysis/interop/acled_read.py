"""Read ACLED files as users have them: several layouts, several encodings, R's NA, padded cells.

Layouts (docs/exchange.md):

- ``current``: the 31-column export (``event_id_cnty`` ... ``disorder_type``, ``civilian_targeting``,
  ``tags``, ``timestamp``), inter codes as numbers or as text ("Political militia"); extra derived
  columns are kept and ignored;
- ``older``: the earlier 31-column export (``data_id``, ``iso``, ``event_id_no_cnty``, ``iso3``; no
  ``disorder_type``, ``civilian_targeting`` or ``tags``);
- ``legacy``: UPPERCASE files (``EVENT_ID_CNTY``, ``GWNO``, ``ALLY_ACTOR_1`` ...), mapped by
  :data:`LEGACY_NAMES`.

Anything else is refused with one line naming what is missing.

>>> INTER["3"], INTER["Political militia"]
('Political militia', 'Political militia')
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import AnalysisError

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


@dataclass
class AcledFile:
    frame: pd.DataFrame
    layout: str
    encoding: str
    path: str


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


def read_acled(path: str | Path) -> AcledFile:
    """An ACLED CSV -> every cell a stripped string ('' for empty and for R's NA), current column names."""
    path = Path(path)
    try:
        text, encoding = decode(path.read_bytes())
    except OSError as exc:
        raise AnalysisError(f"{path}: cannot read: {exc}") from None
    if not text.strip():
        raise AnalysisError(f"{path}: the file is empty")
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise AnalysisError(f"{path}: not a readable CSV: {str(exc).splitlines()[0]}") from None
    named = [c for c in frame.columns if str(c).strip() and not str(c).startswith("Unnamed:")]
    blank = [c for c in frame.columns if c not in named]
    if any(frame[c].str.strip().ne("").any() for c in blank):
        raise AnalysisError(f"{path}: a column with values has no name in the header")
    frame = frame[named]
    raw_names = [str(c).strip().lstrip("\ufeff") for c in frame.columns]
    upper = sum(n.isupper() for n in raw_names) > len(raw_names) / 2
    frame.columns = [LEGACY_NAMES.get(n.lower(), n.lower()) for n in raw_names]
    layout = _layout(list(frame.columns), upper)
    missing = [c for c in NEEDED if c not in frame.columns]
    if missing:
        raise AnalysisError(
            f"{path}: not an ACLED export this importer knows (layout {layout!r}): missing "
            f"column(s) {', '.join(missing)}"
        )
    for column in frame.columns:
        values = frame[column].str.strip().str.replace("\r\n", "\n", regex=False)
        frame[column] = values.mask(values == "NA", "")
    for column in ("inter1", "inter2"):
        if column in frame:
            frame[column] = frame[column].map(lambda v: INTER.get(v, v))
    return AcledFile(frame.reset_index(drop=True), layout, encoding, str(path))
