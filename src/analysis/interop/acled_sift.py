"""The cheap first pass of an ACLED import: which events of a block are read closely, and the events left out.

Every event of a file passes these tests, all of them vectorised (pyarrow), so a global export of millions of
rows costs little more than reading it. :func:`sift` runs them on blocks; an import runs them in two steps,
:func:`place` (1 and 2) on each block as it is read and :func:`search_notes` (3) on a batch of blocks (the
reading process sends a worker only the events found), then :func:`left_after_search` for the ids and reasons of
the events left out:

1. In Myanmar: the country named ("Myanmar", "Burma", "Myanmar (Burma)", any case, padded), else, when the
   country cell is empty, its code (ISO 104, ISO3 MMR, Gleditsch-Ward 775). The test runs on each distinct
   value of the column (a few hundred in a global file), not on each row.
2. Not a protest or a riot (``event_type`` Protests or Riots, or ``disorder_type`` Demonstrations).
3. A word the rule reads in the notes (:data:`.acled_candidate.CANDIDATE`), searched only in the events that
   passed 1 and 2; or, in a file this project exported, ``outcome=`` in its tags.

What fails a test is left out with the first reason that applies (:data:`SIFT_REASONS`); what passes all
three is read closely by :func:`.acled_select.decide`.

>>> import pyarrow as pa
>>> block = pa.table({"event_id_cnty": ["MMR1", "UKR2", "MMR3", "MMR4"],
...     "country": ["Myanmar", "Ukraine", " myanmar ", ""], "iso": ["104", "804", "104", "104"],
...     "event_type": ["Battles", "Battles", "Protests", "Battles"],
...     "notes": ["Ten soldiers surrendered.", "Two soldiers surrendered.", "Soldiers defected.", "Calm."]})
>>> s = sift([place(block)])
>>> s.close.column("event_id_cnty").to_pylist(), s.ids.to_pylist(), s.codes.tolist(), s.myanmar
(['MMR1'], ['UKR2', 'MMR3', 'MMR4'], [0, 1, 2], 3)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .acled_read import clean_cell
from .acled_scope import MYANMAR_CODES, MYANMAR_NAMES, PROTEST_DISORDER, PROTEST_TYPES

#: Columns the reader hands over dictionary-encoded: few distinct values, each tested once.
DICTIONARY_COLUMNS = ("country", "iso", "iso3", "gwno", "event_type", "disorder_type")
LEFT_UNREAD = "no word of surrender, defection, desertion, flight, capture or abandonment in the notes"
#: Why the sift leaves an event out, by code (the order the tests run in).
SIFT_REASONS = ("outside Myanmar", "a protest or riot", LEFT_UNREAD)


@dataclass
class Sifted:
    """Blocks sifted: the events to read closely, and the ids and reason codes of those left out."""

    close: pa.Table
    ids: pa.Array
    codes: np.ndarray  # int8, an index into SIFT_REASONS
    myanmar: int


def _per_value(column: pa.ChunkedArray | pa.Array, *tests) -> list[np.ndarray]:
    """Each ``test`` of each cell as a boolean array, ``test`` called once per distinct value (not per row), on
    the value as the rule reads it (:func:`.acled_read.clean_cell`: stripped, R's NA as '')."""
    encoded = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    if not pa.types.is_dictionary(encoded.type):
        encoded = pc.dictionary_encode(encoded)
    values = [clean_cell("", v or "") for v in encoded.dictionary.to_pylist()]
    at = encoded.indices.fill_null(len(values)).to_numpy(zero_copy_only=False)  # a null cell: the last, False
    return [np.array([bool(test(v)) for v in values] + [False])[at] for test in tests]


def in_myanmar(table: pa.Table) -> np.ndarray:
    """Each event in Myanmar or not, as :func:`.acled_scope.in_myanmar` says it for one row."""
    named, blank = _per_value(table.column("country"), lambda v: v.lower() in MYANMAR_NAMES, lambda v: v == "")
    if not blank.any():
        return named
    coded = np.zeros(len(named), dtype=bool)
    for column, code in MYANMAR_CODES.items():
        if column in table.column_names:
            coded |= _per_value(table.column(column), lambda v, code=code: v == code)[0]
    return named | (blank & coded)


def is_protest(table: pa.Table) -> np.ndarray:
    """Each event a protest or riot, as :func:`.acled_select.decide` says it for one row."""
    protest = _per_value(table.column("event_type"), lambda v: v in PROTEST_TYPES)[0]
    if "disorder_type" in table.column_names:
        protest |= _per_value(table.column("disorder_type"), lambda v: v == PROTEST_DISORDER)[0]
    return protest


@dataclass
class Placed:
    """One block after the first two tests: every event's id and code, and the events whose notes are searched."""

    ids: pa.Array  # every event's id, stripped
    codes: np.ndarray  # int8: 0 outside Myanmar, 1 a protest or riot, 2 its notes to be searched
    maybe: pa.Table | None  # the events of code 2, every column (None once their notes are searched)


def place(table: pa.Table) -> Placed:
    """A block -> :class:`Placed`: the tests of place and kind, kept apart from the notes' search so that the
    notes of several blocks are searched at once (:func:`sift`), and only their events held meanwhile."""
    myanmar, protest = in_myanmar(table), is_protest(table)
    codes = np.where(myanmar, np.where(protest, 1, 2), 0).astype(np.int8)
    ids = pc.utf8_trim_whitespace(table.column("event_id_cnty")).combine_chunks()
    return Placed(ids, codes, table.take(np.flatnonzero(codes == 2)))


def search_notes(maybe: pa.Table) -> np.ndarray:
    """Which of these events (all in Myanmar, no protest) have a word the rule reads in their notes
    (:data:`.acled_candidate.CANDIDATE`), or, in a file this project exported, ``outcome=`` in their tags.

    RE2 compiles the word list and builds its automaton at each search, which costs as much as searching a
    few thousand notes: search many events at once. The list is searched in its two parts
    (:data:`.acled_candidate.SEARCHES`), each a small automaton (as one, it outgrows RE2's memory and is
    slower); the second, ten times the cost of the first, only in the notes the first did not find that have
    one of its triggers (:data:`.acled_candidate.TRIGGERS`), a few in ten.
    """
    notes = maybe.column("notes").combine_chunks()
    from .acled_candidate import SEARCHES, TRIGGERS  # here, not at import: it loads acled_text, whose words it takes

    words = pc.match_substring_regex(notes, SEARCHES[0], ignore_case=True)
    rest = pc.indices_nonzero(pc.and_not(pc.match_substring_regex(notes, TRIGGERS, ignore_case=True), words))
    found = words.to_numpy(zero_copy_only=False).astype(bool)
    apart = pc.match_substring_regex(pc.take(notes, rest), SEARCHES[1], ignore_case=True)
    found[rest.to_numpy()] = apart.to_numpy(zero_copy_only=False)
    if "tags" in maybe.column_names:  # a file this project exported: its rows come back whatever their notes
        found |= pc.match_substring(maybe.column("tags").combine_chunks(), "outcome=").to_numpy(zero_copy_only=False)
    return found


def left_after_search(blocks: list[Placed], found: np.ndarray) -> tuple[pa.Array, np.ndarray]:
    """The ids and reason codes of the events of ``blocks`` left out, in their order, once :func:`search_notes`
    has ``found`` the notes to read among all the blocks' ``maybe`` events."""
    ids, codes, at = [], [], 0
    for b in blocks:
        maybe = np.flatnonzero(b.codes == 2)
        left = np.ones(len(b.codes), dtype=bool)
        left[maybe[found[at : at + len(maybe)]]] = False
        at += len(maybe)
        ids.append(b.ids.filter(pa.array(left)))
        codes.append(b.codes[left])
    return pa.concat_arrays(ids) if ids else pa.array([], pa.string()), (
        np.concatenate(codes) if codes else np.zeros(0, dtype=np.int8)
    )


def sift(blocks: list[Placed]) -> Sifted:
    """Blocks read one after another, each through :func:`place` -> :class:`Sifted` for all of them, in order
    (what an import does in two steps, each batch's search before its close reading: :func:`search_notes`,
    :func:`left_after_search`)."""
    maybe = concat_maybe(blocks)
    found = search_notes(maybe)
    ids, codes = left_after_search(blocks, found)
    return Sifted(maybe.filter(pa.array(found)), ids, codes, myanmar_in(blocks))


def myanmar_in(blocks: list[Placed]) -> int:
    """How many events of ``blocks`` are in Myanmar (protests included)."""
    return sum(int((b.codes != 0).sum()) for b in blocks)


def concat_maybe(blocks: list[Placed]) -> pa.Table:
    """The events of ``blocks`` whose notes are to be searched, in order, as one table."""
    return pa.concat_tables([b.maybe for b in blocks])


def left_out_frame(ids: list[pa.Array], codes: list[np.ndarray], read_out: list[tuple[str, str]]) -> pd.DataFrame:
    """The events left out, sifted ones first: ``event_id_cnty`` and ``reason`` (categorical: a few texts).

    >>> left = left_out_frame([pa.array(["A", "B"])], [np.array([0, 1], dtype=np.int8)], [("C", "background")])
    >>> left.values.tolist(), list(left["reason"].cat.categories)[3:]
    ([['A', 'outside Myanmar'], ['B', 'a protest or riot'], ['C', 'background']], ['background'])
    """
    extra = sorted({r for _, r in read_out} - set(SIFT_REASONS))
    categories = [*SIFT_REASONS, *extra]
    at = {r: i for i, r in enumerate(categories)}
    all_codes = np.concatenate([*codes, np.array([at[r] for _, r in read_out], dtype=np.int16)]).astype(np.int16)
    all_ids = pa.chunked_array([*ids, pa.array([i for i, _ in read_out], type=pa.string())], type=pa.string())
    return pd.DataFrame(
        {
            "event_id_cnty": pd.Series(all_ids.to_pandas(), dtype="str"),
            "reason": pd.Categorical.from_codes(all_codes, categories=categories),
        }
    )


def _csv_cell(value: str) -> str:
    return f'"{value.replace(chr(34), chr(34) * 2)}"' if any(c in value for c in ',"\n\r') else value


def left_out_csv(left_out: pd.DataFrame) -> str:
    """The left-out table as CSV text: the bytes of pandas' ``to_csv(index=False)`` with LF line ends,
    joined by pyarrow (a global export leaves millions of events out; their reasons are a handful of texts).

    >>> left = pd.DataFrame({"event_id_cnty": ["MMR1", "a,b"], "reason": ["outside Myanmar, far", "x"]})
    >>> print(left_out_csv(left), end="")
    event_id_cnty,reason
    MMR1,"outside Myanmar, far"
    "a,b",x
    """
    return left_out_bytes(left_out).decode("utf-8")


def left_out_bytes(left_out: pd.DataFrame) -> bytes:
    """:func:`left_out_csv` encoded as UTF-8, made as bytes (what a file is written from)."""
    if left_out.empty:
        return b"event_id_cnty,reason\n"
    ids = pa.array(left_out["event_id_cnty"].astype(str), type=pa.string())
    ids = ids.combine_chunks() if isinstance(ids, pa.ChunkedArray) else ids
    data = bytes(ids.buffers()[2] or b"")
    if any(byte in data for byte in (b",", b'"', b"\n", b"\r")):  # a byte that needs quotes
        ids = pa.array([_csv_cell(i) for i in ids.to_pylist()], type=pa.string())
    reasons = pd.Categorical(left_out["reason"])
    quoted = pa.array([_csv_cell(str(r)) + "\n" for r in reasons.categories], type=pa.string())
    lines = pc.binary_join_element_wise(ids.fill_null(""), pc.take(quoted, pa.array(reasons.codes)), ",")
    return b"event_id_cnty,reason\n" + _joined(lines)


def _joined(strings: pa.Array) -> bytes:
    """The values of a string array end to end: its data buffer between its first and last offsets."""
    width = np.int64 if pa.types.is_large_string(strings.type) else np.int32
    offsets = np.frombuffer(strings.buffers()[1], dtype=width)[strings.offset : strings.offset + len(strings) + 1]
    return memoryview(strings.buffers()[2])[offsets[0] : offsets[-1]].tobytes()
