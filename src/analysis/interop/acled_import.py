"""ACLED import: an ACLED file as users have it -> rows in this project's raw schema, nothing invented.

Which events become rows is the named rule of :mod:`analysis.interop.acled_select`; every event left out is
counted and written, with its reason, to a file beside the output. Provenance is kept (``source_id`` is
``acled``; ``note`` names the ACLED id, source and scale). Likely duplicates of curated rows are listed, never
merged. A file this project exported (its ``tags`` carry the project's fields) is read back losslessly.
Each event is made a row, or given its reason, by :mod:`.acled_rows` (events before the coup of 1 February
2021 are not the junta's).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..schema import RAW_COLUMNS
from .acled_duplicates import curated_events, flag_tellings, likely_duplicates, link_repeats
from .acled_parts import WorkerFailed, cores, in_order
from .acled_read import BLOCK_BYTES, AcledHeader, clean_table, read_header, scan_acled
from .acled_report import grouped_reasons, kept_report
from .acled_rows import keep
from .acled_sift import (
    DICTIONARY_COLUMNS,
    LEFT_UNREAD,
    concat_maybe,
    left_after_search,
    left_out_bytes,
    left_out_csv,
    left_out_frame,
    myanmar_in,
    place,
    search_notes,
)

__all__ = [
    "LEFT_UNREAD",
    "AcledImport",
    "acled_source_row",
    "curated_events",
    "import_acled",
    "left_out_bytes",
    "left_out_csv",
]

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


#: The notes of a batch of blocks are searched and read in one task, once it holds this many events in Myanmar
#: (no protest) or this many events (the progress lines follow the batches).
BATCH_EVENTS, BATCH_ROWS = 4096, 100_000


def _batches(header: AcledHeader, block: int, waiting: deque) -> Iterator[tuple]:
    """The file, block by block, a task for :func:`_read_closely` per batch of blocks: the batch's events with a
    word the rule reads (:func:`.acled_sift.search_notes`, here: a worker is sent only those). Each batch's
    blocks, through :func:`.acled_sift.place`, and which of their events were found, are appended to ``waiting``
    until its task is done."""
    blocks: list = []
    rows = maybe = 0
    tables = scan_acled(header.path, COLUMNS, block, header=header, dictionary=DICTIONARY_COLUMNS)
    for table in itertools.chain(tables, [None]):  # None: the end of the file, the last batch
        if table is not None:
            blocks.append(place(table))
            rows, maybe = rows + table.num_rows, maybe + blocks[-1].maybe.num_rows
        if blocks and (table is None or rows >= BATCH_ROWS or maybe >= BATCH_EVENTS):
            # the last batch in two halves, so that both workers read it (nothing else is left to do)
            parts = [blocks[: len(blocks) // 2], blocks[len(blocks) // 2 :]] if table is None else [blocks]
            for part in (p for p in parts if p):
                events = concat_maybe(part)
                found = search_notes(events)
                waiting.append(([replace(b, maybe=None) for b in part], found))  # ids and codes: the rest is read
                read = sum(len(b.codes) for b in part)
                yield (read, myanmar_in(part), events.filter(pa.array(found)), header.day_first)
            blocks, rows, maybe = [], 0, 0


def _read_closely(task: tuple) -> tuple[int, int, list, list]:
    """A batch's events found by the search read closely: (rows read, events in Myanmar, rows kept, (id, reason)
    of those left out on reading)."""
    read, myanmar, close, day_first = task
    rows: list = []
    left: list = []
    for record in clean_table(close).to_pylist():
        keep(record, rows, left, day_first)
    return read, myanmar, rows, left


def _load_rule() -> None:
    """The rule loaded (its patterns compiled) once, by the first worker, before it forks the others (this process,
    which reads the file, never loads it)."""
    from . import acled_select  # noqa: F401


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
    follows ``block`` (bytes read at a time), not the size of the file. The close reading is done by
    ``workers`` forked processes (default: one per core; see :mod:`.acled_parts`) while this one reads on,
    with the same result as one reading; ``workers=1`` reads in one (as does, by default, a file of less than
    two blocks).
    """
    header = read_header(path)
    workers = workers or (cores() if header.path.stat().st_size >= 2 * block else 1)  # a small file: no forks
    curated = curated_events(against) if against is not None and Path(against).is_file() else None  # before reading
    try:
        done = _read_all(header, block, workers, progress, every)
    except WorkerFailed as failed:  # a worker failed or was killed: one reading says what and where
        if progress:
            progress(f"a worker reading notes failed ({failed}): reading the file again in this process")
        done = _read_all(header, block, 1, progress, every)
    rows, left, ids, codes, read, myanmar = done
    raw = flag_tellings(link_repeats(pd.DataFrame(rows, columns=[*RAW_COLUMNS, "_sentence"])))[RAW_COLUMNS]
    dups = pd.DataFrame(columns=["imported_id", "existing_id", "township", "reason"])
    if curated is not None and len(raw):
        dups = likely_duplicates(raw, curated)
        for imported, existing in zip(dups["imported_id"], dups["existing_id"], strict=True):
            i = raw.index[raw["event_id"] == imported][0]
            raw.at[i, "note"] = (raw.at[i, "note"] + f" Possible duplicate of {existing} (not merged).").strip()
    left_out = left_out_frame(ids, codes, left)
    return AcledImport(raw, left_out, dups, header.layout, header.encoding, read, myanmar, header.notes)


def _read_all(header: AcledHeader, block: int, workers: int, progress: Callable | None, every: int) -> tuple:
    """The whole file sifted and read closely: (rows kept, (id, reason) left out on reading, sifted ids, their
    codes, rows read, events in Myanmar)."""
    rows: list = []
    left: list = []
    ids: list = []
    codes: list = []
    waiting: deque = deque()
    read = myanmar = 0
    for n, m, kept, left_here in in_order(_read_closely, _batches(header, block, waiting), workers, _load_rule):
        batch_ids, batch_codes = left_after_search(*waiting.popleft())
        ids.append(batch_ids)
        codes.append(batch_codes)
        before = read
        read, myanmar = read + n, myanmar + m
        rows += kept
        left += left_here
        if progress and read // every > before // every:
            progress(f"read {read:,} rows; {myanmar:,} Myanmar; {len(rows):,} kept")
    return rows, left, ids, codes, read, myanmar


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
