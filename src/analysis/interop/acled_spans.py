"""A large CSV file cut into spans of whole records, to be read at once by several processes.

A cut is a line end with an even number of quotes before it: in CSV quoted as RFC 4180 says (ACLED's
exports, pandas, R, Excel), a note's own line breaks and doubled quotes ("") are inside quotes, so such a
line end closes a record. Used by :func:`.acled_import.import_acled` through :func:`.acled_read.scan_acled`.
"""

from __future__ import annotations

import io
import mmap
from pathlib import Path

import numpy as np


class Span(io.RawIOBase):
    """Bytes ``start`` to ``end`` of a file, as a file."""

    def __init__(self, path: Path, start: int, end: int) -> None:
        self._file = path.open("rb")
        self._file.seek(start)
        self._left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        size = min(len(buffer), self._left)
        got = self._file.readinto(memoryview(buffer)[:size]) if size > 0 else 0
        self._left -= got
        return got

    def close(self) -> None:
        self._file.close()
        super().close()


#: what may stand beside a quote in CSV quoted as RFC 4180 says: a comma, a line end, another quote
_BESIDE_QUOTE = np.isin(np.arange(256), [44, 10, 13, 34])


class _StrayQuote(Exception):
    """A quote inside an unquoted cell ('a 5" gun'): counting quotes cannot find record ends."""


def _quotes(data: np.ndarray, start: int, end: int) -> int:
    """How many '"' bytes lie between ``start`` and ``end`` (16 MB at a time); :class:`_StrayQuote` when
    one has neither a comma, a line end nor a quote on either side."""
    count = 0
    for i in range(start, end, 1 << 24):
        at = i + np.flatnonzero(data[i : min(i + (1 << 24), end)] == 34)
        before = _BESIDE_QUOTE[data[np.maximum(at - 1, 0)]] | (at == 0)
        after = _BESIDE_QUOTE[data[np.minimum(at + 1, len(data) - 1)]] | (at == len(data) - 1)
        if not (before | after).all():
            raise _StrayQuote
        count += len(at)
    return count


def split_spans(path: str | Path, parts: int) -> list[tuple[int, int]]:
    """The file's bytes cut into about ``parts`` spans of whole records (a cut never falls inside quotes).

    A line end is a record's end when the quotes before it are even in number: a note's own line breaks
    and doubled quotes ("") are inside quotes. This holds for CSV quoted as RFC 4180 says (ACLED's exports,
    pandas, R, Excel). A file with a quote inside an unquoted cell ('a 5" gun') is not cut: one span. A quote
    that ends an unquoted cell ('5"') looks like a closing one and can misplace a cut; a part cut there
    fails to parse (ACLED's rows have a fixed number of cells) and the import reads the file again in one
    process. The first span holds the header.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); f = d / "a.csv"
    >>> _ = f.write_bytes(b'id,notes\\n1,"a\\nb"\\n2,c\\n3,"d ""e"" f"\\n4,f\\n')
    >>> [f.read_bytes()[a:b] for a, b in split_spans(f, 3)]
    [b'id,notes\\n1,"a\\nb"\\n', b'2,c\\n3,"d ""e"" f"\\n', b'4,f\\n']
    """
    path = Path(path)
    size = path.stat().st_size
    if parts < 2 or size == 0:
        return [(0, size)]
    with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as whole:
        data = np.frombuffer(whole, dtype=np.uint8)
        try:
            cuts = _cuts(whole, data, parts)
        finally:
            del data  # the map closes only when no array looks into it
    return list(zip(cuts, [*cuts[1:], size], strict=True))


def _cuts(whole: mmap.mmap, data: np.ndarray, parts: int) -> list[int]:
    """Where :func:`split_spans` cuts: [0] for a file it cannot cut."""
    size, cuts, quotes, at = len(data), [0], 0, 0
    try:
        for target in (size * k // parts for k in range(1, parts)):
            if target <= at:
                continue
            quotes, at = quotes + _quotes(data, at, target), target
            end = whole.find(b"\n", at)
            while end != -1:
                quotes, at = quotes + _quotes(data, at, end), end
                if quotes % 2 == 0:
                    break
                end = whole.find(b"\n", end + 1)
            if end == -1 or end + 1 >= size:
                break
            at = end + 1
            cuts.append(at)
    except _StrayQuote:
        return [0]
    return cuts
