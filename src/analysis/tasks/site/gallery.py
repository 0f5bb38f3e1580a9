"""The chart gallery: every chart exported to reports/figures, found from its files (no list kept here).

A chart is a stem with an alt-text file (``name.alt.txt``); its files are ``name.{svg,pdf,png}`` at single
column width and ``name_wide.*`` at double column width. The alt-text file holds the title, the alt text
and the footer as drawn (source line), one paragraph each (:func:`analysis.charts.chart.save`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ...charts.style import FORMATS
from ...errors import AnalysisError

WIDTHS = (("", "single column, 3.5 in"), ("_wide", "double column, 7 in"))
FORMAT_NAMES = {"svg": "SVG", "pdf": "PDF", "png": "PNG, 300 dpi"}


@dataclass
class GalleryChart:
    """One chart: its name, title, alt text, footer and every file of it (relative to the figures folder)."""

    name: str
    title: str
    alt: str
    source: str
    files: list[tuple[str, str]]  # (file name, what it is)
    notebook: str = ""

    @property
    def preview(self) -> str:
        return f"{self.name}.png"


def read_alt(path: Path) -> tuple[str, str, str]:
    """(title, alt text, footer) from an alt-text file; the footer is '' in files written before it had one."""
    parts = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    if len(parts) < 2:
        raise AnalysisError(f"{path}: an alt-text file holds the title, a blank line and the alt text")
    title, alt = parts[0], parts[1]
    return title, alt, " ".join(parts[2:])


def charts_in(folder: Path, order: list[str] | None = None, notebooks: dict[str, str] | None = None) -> list:
    """Every chart in ``folder``: those named in ``order`` first (in that order), then the rest by name."""
    names = sorted(p.name[: -len(".alt.txt")] for p in folder.glob("*.alt.txt") if not p.name.endswith("_wide.alt.txt"))
    order = [n for n in (order or []) if n in names]
    found = []
    for name in order + [n for n in names if n not in order]:
        title, alt, source = read_alt(folder / f"{name}.alt.txt")
        files = []
        for suffix, width in WIDTHS:
            for fmt in FORMATS:
                if (folder / f"{name}{suffix}.{fmt}").is_file():
                    files.append((f"{name}{suffix}.{fmt}", f"{FORMAT_NAMES.get(fmt, fmt.upper())}, {width}"))
            if (folder / f"{name}{suffix}.alt.txt").is_file():
                files.append((f"{name}{suffix}.alt.txt", f"alt text, {width}"))
        if not (folder / f"{name}.png").is_file():
            raise AnalysisError(f"{folder / name}.png is missing: the gallery shows it as the chart's preview")
        found.append(GalleryChart(name, title, alt, source, files, (notebooks or {}).get(name, "")))
    return found
