"""ACLED import: an ACLED file as users have it -> rows in this project's raw schema, nothing invented.

Which events become rows is the named rule of :mod:`analysis.interop.acled_select`; every event left out is
counted and written, with its reason, to a file beside the output. Provenance is kept (``source_id`` is
``acled``; ``note`` names the ACLED id, source and scale). Likely duplicates of curated rows are listed, never
merged. A file this project exported (its ``tags`` carry the project's fields) is read back losslessly.

There was no junta before the coup of 1 February 2021: an event the rule keeps as the military's, the
police's, a militia's or a BGF's people (or theirs with their relatives) that may have begun before that day
is left out (:data:`PRE_COUP`); other actors' events of those years (ARSA members surrendering) are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

import pandas as pd

from ..errors import ParseError
from ..parse.dates import parse_acled_date
from ..parse.places import canonical_township
from ..reference.acled_actors import actor_of
from ..reference.gazetteer import candidates
from ..schema import RAW_COLUMNS
from ..vocab import TROOP_ACTORS
from .acled import ACLED_GROUPS, TAG_FIELDS
from .acled_duplicates import curated_events, flag_tellings, likely_duplicates, link_repeats
from .acled_parts import cores, run_jobs
from .acled_read import BLOCK_BYTES, clean_table, read_header, scan_acled
from .acled_report import grouped_reasons, kept_report
from .acled_select import decide
from .acled_sift import DICTIONARY_COLUMNS, LEFT_UNREAD, left_out_csv, left_out_frame, sift
from .acled_spans import split_spans

__all__ = ["LEFT_UNREAD", "AcledImport", "acled_source_row", "curated_events", "import_acled", "left_out_csv"]

#: Bytes per part when a large file is read in parts at once (a smaller file is read in one).
PART_BYTES = 16 << 20
_GROUP_BY_NAME = {v: k for k, v in ACLED_GROUPS.items()}
#: The day of the coup: from it on, the military and police are the junta's (ISO, compared as text).
COUP_DAY = "2021-02-01"
PRE_COUP = "before the coup of 1 February 2021: the military, police, militias and BGFs were not yet the junta's"
_PRECISION_DAYS = {1: 0, 2: 3}  # ACLED time_precision 2: within a week of event_date; 3: within its month


#: The columns an import reads (the rest of a file is parsed but never converted).
COLUMNS = [
    "event_id_cnty",
    "event_date",
    "time_precision",
    "disorder_type",
    "event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "iso",
    "iso3",
    "gwno",
    "country",
    "admin1",
    "admin3",
    "location",
    "source",
    "source_scale",
    "notes",
    "tags",
]


@dataclass
class AcledImport:
    """What an import gives: the rows kept, the events left out (id, reason), likely duplicates, the layout read."""

    rows: pd.DataFrame
    left_out: pd.DataFrame
    duplicates: pd.DataFrame
    layout: str
    encoding: str
    events_in: int
    myanmar: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        why = "; ".join(f"{n:,} {r}" for r, n in grouped_reasons(self.left_out["reason"])) or "none"
        notes = "".join(f"; {n}" for n in self.notes)
        return (
            f"kept {len(self.rows):,} of {self.events_in:,} events ({self.myanmar:,} in Myanmar); "
            f"{len(self.left_out):,} left out ({why}); layout {self.layout}, {self.encoding}{notes}"
        )

    def report(self) -> str:
        """Kept events by outcome and actor, and what of them is junta personnel (see :func:`kept_report`)."""
        return kept_report(self.rows)


@dataclass
class _Part:
    """What one span of a file gives: rows kept, events left out on reading, and the sift's left-out ids."""

    rows: list = field(default_factory=list)
    left: list = field(default_factory=list)
    ids: list = field(default_factory=list)
    codes: list = field(default_factory=list)


def _read_span(job: tuple, report: Callable[[int, int, int], None]) -> _Part:
    """One span of the file, block by block: sift, read closely, keep; ``report`` after each block."""
    header, block, span = job
    part = _Part()
    for table in scan_acled(header.path, COLUMNS, block, header=header, dictionary=DICTIONARY_COLUMNS, span=span):
        sifted = sift(table)
        part.ids.append(sifted.ids)
        part.codes.append(sifted.codes)
        kept = len(part.rows)
        for record in clean_table(sifted.close).to_pylist():
            _keep(record, part.rows, part.left, header.day_first)
        report(table.num_rows, sifted.myanmar, len(part.rows) - kept)
    return part


def import_acled(
    path: str | Path,
    against: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    every: int = 250_000,
    block: int = BLOCK_BYTES,
    workers: int | None = None,
) -> AcledImport:
    """An ACLED CSV -> :class:`AcledImport` (rows in the raw schema; never an event it cannot support).

    The file is read block by block: every event is sifted with vectorised tests (Myanmar, not a protest,
    a word of the rule in its notes) and only those are read closely (:func:`.acled_select.decide`).
    ``progress`` gets a line every ``every`` rows ("read 1,000,000 rows; 41,200 Myanmar; 312 kept"); memory
    follows ``block`` (bytes read at a time), not the size of the file. A file of two or more times
    :data:`PART_BYTES` is read in parts of at least that size, ``workers`` at once at most (default: one per
    core; see :mod:`.acled_parts`), with the same result as one reading; ``workers=1`` reads in one.
    """
    header = read_header(path)
    curated = curated_events(against) if against is not None and Path(against).is_file() else None  # before reading
    size = header.path.stat().st_size
    parts = max(1, min(workers or cores(), size // PART_BYTES))
    jobs = [(header, block, span) for span in split_spans(header.path, parts)] if parts > 1 else [(header, block, None)]
    counts = [0, 0, 0]

    def report(read: int, myanmar: int, kept: int) -> None:
        before = counts[0]
        counts[:] = [counts[0] + read, counts[1] + myanmar, counts[2] + kept]
        if progress and counts[0] // every > before // every:
            progress(f"read {counts[0]:,} rows; {counts[1]:,} Myanmar; {counts[2]:,} kept")

    done = run_jobs(_read_span, jobs, report)
    if done is None:  # a part failed: one reading says what and where
        counts[:] = [0, 0, 0]
        done = [_read_span((header, block, None), report)]
    rows = [r for part in done for r in part.rows]
    raw = flag_tellings(link_repeats(pd.DataFrame(rows, columns=[*RAW_COLUMNS, "_sentence"])))[RAW_COLUMNS]
    dups = pd.DataFrame(columns=["imported_id", "existing_id", "township", "reason"])
    if curated is not None and len(raw):
        dups = likely_duplicates(raw, curated)
        for imported, existing in zip(dups["imported_id"], dups["existing_id"], strict=True):
            i = raw.index[raw["event_id"] == imported][0]
            raw.at[i, "note"] = (raw.at[i, "note"] + f" Possible duplicate of {existing} (not merged).").strip()
    left_out = left_out_frame(
        [i for part in done for i in part.ids],
        [c for part in done for c in part.codes],
        [x for part in done for x in part.left],
    )
    read, myanmar, _ = counts  # every block of every part reported: the whole file
    return AcledImport(raw, left_out, dups, header.layout, header.encoding, read, myanmar, header.notes)


def _keep(record: dict, rows: list, left: list, day_first: bool | None = None) -> None:
    try:
        row = _row(record, day_first)
    except ParseError as exc:
        left.append((record.get("event_id_cnty", ""), f"unreadable: {exc}"))
        return
    if isinstance(row, str):
        left.append((record.get("event_id_cnty", ""), row))
    else:
        rows.append(row)


@lru_cache(maxsize=65536)
def _dates(event_date: str, time_precision: str, day_first: bool | None = None) -> tuple[str, str, str]:
    day = pd.Timestamp(parse_acled_date(event_date, day_first))
    precision = int(time_precision) if time_precision.isdigit() else 1
    if precision in _PRECISION_DAYS:
        pad = pd.Timedelta(days=_PRECISION_DAYS[precision])
        start, end = day - pad, day + pad
    else:
        start, end = day.replace(day=1), day + pd.offsets.MonthEnd(0)
    return start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d"), f"ACLED event_date with time_precision {precision}"


@lru_cache(maxsize=65536)
def _township(name: str, admin1: str) -> str:
    """admin3 as ACLED spells it, canonical where the gazetteer knows it (validate reports the rest)."""
    if not name or not candidates(name, "township"):
        return name  # not in the gazetteer under any state: as ACLED spells it (no search for near spellings)
    within = admin1 if admin1 and candidates(name, "township", admin1) else None  # else: named in another state
    try:
        ts = canonical_township(name, within)
    except ParseError:
        return name
    return ts.township if ts and ts.township else name


def _row(record: dict, day_first: bool | None = None) -> dict | str:
    """One ACLED event -> a raw row, or the reason it is left out."""
    tags = _parse_tags(record.get("tags", ""))
    if tags.get("outcome"):
        return _exported_row(record, tags)
    decision = decide(record)
    if not decision.keep:
        return decision.reason
    start, end, basis = _dates(record["event_date"], str(record.get("time_precision") or "1"), day_first)
    if start < COUP_DAY and decision.actor in (*TROOP_ACTORS, "mixed"):  # what may predate the coup is not the junta's
        return PRE_COUP
    receivers = [record.get(k, "") for k in ("actor1", "actor2") if actor_of(record.get(k, ""))[0] != "junta"]
    counterpart = "; ".join(dict.fromkeys(g for g in (_GROUP_BY_NAME.get(a.strip(), "") for a in receivers) if g))
    note = (
        f"Imported from ACLED {record['event_id_cnty']} (source: {record.get('source', '')}, scale: "
        f"{record.get('source_scale', '')}); actor1 {record.get('actor1', '')!r}, actor2 "
        f"{record.get('actor2', '')!r}; what happened, to whom and how many read from the notes."
    )
    if decision.actor == "unknown":
        note += " The notes do not say who: actor unknown, never counted as junta personnel."
    if decision.note:
        note += " " + decision.note[0].upper() + decision.note[1:] + "."
    return {c: "" for c in RAW_COLUMNS} | {
        "event_id": record["event_id_cnty"],
        "source_id": "acled",
        "outcome": decision.outcome,
        "actor": decision.actor,
        "unit": record.get("assoc_actor_1", ""),
        "count_text": decision.count_text,
        "count_unit": "positions" if decision.outcome.startswith("positions") else "people",
        "date_start": start,
        "date_end": end,
        "date_basis": basis,
        "state_region": record.get("admin1", ""),
        "township": _township(record.get("admin3", ""), record.get("admin1", "")),
        "location": record.get("location", ""),
        "place_basis": "ACLED admin1/admin3",
        "counterpart": counterpart,
        "evidence": _evidence(decision.evidence or record["notes"]),
        "_sentence": decision.evidence,
        "note": note,
    }


def _exported_row(record: dict, tags: dict[str, str]) -> dict:
    """A row this project exported: its fields come back from ``tags`` (lossless)."""
    row = {k: tags.get(k, "") for k in TAG_FIELDS}
    row["event_id"] = record["event_id_cnty"].removeprefix("MMR-")
    row["evidence"] = _evidence(record["notes"])
    if row["date_text"] and not row["date_basis"]:
        row["date_start"] = row["date_end"] = ""  # dates resolved from the phrase: let the phrase give them again
    return {c: row.get(c, "") for c in RAW_COLUMNS}


def _parse_tags(tags: str) -> dict[str, str]:
    out = {}
    for part in (tags or "").split("; "):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = unquote(v.strip())
    return out


def _evidence(notes: str) -> str:
    m = re.search(r'Evidence: "(.*)"$', notes or "")
    text = m.group(1) if m else (notes or "")
    return " ".join(text.split()[:25])


def acled_source_row(raw: pd.DataFrame, path: str | Path) -> dict[str, str]:
    """The sources.csv row that imported ACLED events cite (published = the last event date)."""
    last = max((d for d in list(raw["date_end"]) + list(raw["date_start"]) if d), default="")
    return {
        "source_id": "acled",
        "outlet": "ACLED (Armed Conflict Location & Event Data)",
        "headline": f"ACLED-format export {Path(path).name}",
        "url": "https://acleddata.com/",
        "published": last,
        "published_latest": last,
        "date_certainty": "events carry ACLED's own dates; 'published' is the last event date in the file",
        "file": Path(path).name,
        "role": "report",
        "note": "Imported with python -m analysis import-acled; see docs/exchange.md.",
    }
