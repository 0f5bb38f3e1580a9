"""Subset each font once per process when writing PDFs: the same bytes, a third of the work.

With ``pdf.fonttype`` 42 (TrueType, so the text stays editable in a designer's tools) matplotlib
subsets DejaVu Sans with fontTools for every PDF it writes, and that subsetting is most of a PDF's
cost (about 0.12 s a font, two to four fonts a chart). The charts share glyph sets (a chart's single-
and double-column versions use the same characters), so across the report's 28 PDFs only about a
third of the subsets are distinct. :func:`cached_font_subsets` remembers each subset's bytes by
(font file, face, glyph set) while it is active, and hands matplotlib the remembered bytes: the
subset is a pure function of those three, so the PDFs are byte-identical to uncached ones (a test
compares them).

It wraps a private matplotlib function (``_backend_pdf_ps.get_glyphs_subset``), only inside the
``with`` block; where a matplotlib version lacks it, the block does nothing and PDFs are subset as
usual. Use it around PDF output only: the PostScript backend reads tables of the subset font, which
the cache does not keep.

>>> with cached_font_subsets():
...     pass  # fig.savefig("chart.pdf") here subsets each (font, glyph set) once per process
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from io import BytesIO

#: (font path, face index, glyph ids) -> (subset font bytes, glyph index map); lives as long as the process.
_SUBSETS: dict[tuple[str, int, frozenset], tuple[bytes, dict]] = {}


@dataclass(frozen=True)
class _SavedFont:
    """Stands in for fontTools' TTFont where matplotlib only saves it (``font_as_file``)."""

    data: bytes

    def save(self, file: BytesIO, reorderTables: bool = False) -> None:  # noqa: N803 (fontTools' name)
        file.write(self.data)


@dataclass(frozen=True)
class _Subset:
    font: _SavedFont
    glyph_index_map: dict


def _cached(module, original):
    def get_glyphs_subset(fontfile, glyphs: Iterable[int]):
        gids = frozenset(glyphs)
        key = (str(fontfile), int(getattr(fontfile, "face_index", 0)), gids)
        if key not in _SUBSETS:
            with original(fontfile, gids) as result:
                data = module.font_as_file(result.font).getvalue()
                _SUBSETS[key] = (data, dict(result.glyph_index_map))
        data, index_map = _SUBSETS[key]
        return contextlib.nullcontext(_Subset(_SavedFont(data), dict(index_map)))

    return get_glyphs_subset


@contextlib.contextmanager
def cached_font_subsets() -> Iterator[None]:
    """Within the block, matplotlib's PDF backend subsets each (font, glyph set) once per process."""
    try:
        from matplotlib.backends import _backend_pdf_ps as module
    except ImportError:  # pragma: no cover - a matplotlib without the module: subset as usual
        yield
        return
    original = getattr(module, "get_glyphs_subset", None)
    if original is None or not hasattr(module, "font_as_file"):  # pragma: no cover - as above
        yield
        return
    module.get_glyphs_subset = _cached(module, original)
    try:
        yield
    finally:
        module.get_glyphs_subset = original
