"""One chart layout and one save function for every chart.

Every chart has a title that states the finding, a subtitle, a source line
naming the outlets, and alt text. :func:`new_chart` lays them out for a
single-column (3.5 in) or double-column (7 in) width; :func:`save` writes SVG,
PDF and PNG (300 dpi) with embedded fonts and deterministic bytes, plus the alt
text in a ``.alt.txt`` sidecar.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.figure import Figure, SubFigure

from ..errors import AnalysisError
from .pdffonts import cached_font_subsets
from .style import DPI, FORMATS, SIZES, TEXT_COLOURS, WIDTHS, apply_style, wrap


@dataclass(repr=False)
class Chart:
    """A finished chart: the figure, its file stem, its alt text, and the panel it draws in."""

    name: str
    fig: Figure
    body: SubFigure
    title: str
    alt: str
    width: str = "single"
    #: The footer as drawn (note and source line): written to the alt-text file, shown in the site's gallery.
    source: str = ""

    def __repr__(self) -> str:
        return f"Chart {self.name!r} ({self.width} column): {self.title}"

    def freeze(self) -> None:
        """Run the layout once and pin every axes to positions rounded to 1e-4.

        Constrained layout can land on positions that differ in the last float
        digits from run to run; pinning them makes the saved bytes deterministic.
        """
        if self.fig.get_layout_engine() is None:
            return
        self.fig.draw_without_rendering()
        # No engine at all ('none' would leave a placeholder engine, and with any engine savefig
        # draws the whole figure once more before every format it writes: 12% of the export's time).
        with plt.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
            self.fig.set_layout_engine(None)
        for sub in self.fig.subfigs:
            sub.bbox_relative.set_points(np.round(sub.bbox_relative.get_points(), 4))
        for ax in self.fig.get_axes():
            box = ax.get_position(original=False).bounds
            ax.set_position([round(v, 4) for v in box], which="both")

    def described(self) -> str:
        """The title and the alt text as one description: the alt text of the chart shown inline in a notebook."""
        title = self.title.strip()
        return f"{title}{'' if title.endswith(('.', '?', '!')) else '.'} {self.alt.strip()}"

    def _repr_mimebundle_(self, include=None, exclude=None) -> tuple[dict, dict]:
        """The exact exported chart as a PNG, with its alt text in the output's metadata (the site's <img alt>)."""
        import io

        self.freeze()
        buf = io.BytesIO()
        self.fig.savefig(buf, format="png", dpi=150, metadata={"Software": None})
        return {"image/png": buf.getvalue(), "text/plain": repr(self)}, {"image/png": {"alt": self.described()}}


def new_chart(
    name: str,
    title: str,
    subtitle: str,
    width: str = "single",
    body_height: float = 2.3,
    *,
    source: str,
    note: str = "",
) -> Chart:
    """A figure with the header (title, subtitle) and footer (note, source) laid out for ``width``.

    ``source`` is required: build it from the rows drawn (:func:`analysis.charts.sources.source_line`).

    Draw into ``chart.body`` (a SubFigure with constrained layout), e.g.
    ``ax = chart.body.subplots()``, then set ``chart.alt``.
    """
    apply_style(width)
    w = WIDTHS[width]
    s = SIZES[width]
    t_lines = wrap(title, w, s["title"], bold=True)
    st_lines = wrap(subtitle, w, s["subtitle"])
    foot_text = (note + " " if note else "") + source
    f_lines = wrap(foot_text, w, s["source"])
    head_h = 0.08 + len(t_lines) * s["title"] * 1.28 / 72 + len(st_lines) * s["subtitle"] * 1.32 / 72
    foot_h = 0.06 + len(f_lines) * s["source"] * 1.32 / 72
    # A bare Figure (not pyplot's): notebooks show it once, through Chart._repr_png_.
    fig = Figure(figsize=(w, head_h + body_height + foot_h), layout="constrained")
    fig.get_layout_engine().set(w_pad=0.03, h_pad=0.02, hspace=0, wspace=0.02)
    head, body, foot = fig.subfigures(3, 1, height_ratios=[head_h, body_height, foot_h])
    head.text(
        0.02,
        0.93,
        "\n".join(t_lines),
        ha="left",
        va="top",
        fontsize=s["title"],
        fontweight="bold",
        color=TEXT_COLOURS["title"],
        linespacing=1.12,
    )
    title_h = len(t_lines) * s["title"] * 1.28 / 72
    head.text(
        0.02,
        1 - (0.05 + title_h) / head_h,
        "\n".join(st_lines),
        ha="left",
        va="top",
        fontsize=s["subtitle"],
        color=TEXT_COLOURS["subtitle"],
        linespacing=1.18,
    )
    foot.text(
        0.02,
        0.5,
        "\n".join(f_lines),
        ha="left",
        va="center",
        fontsize=s["source"],
        color=TEXT_COLOURS["source"],
        linespacing=1.18,
    )
    return Chart(name, fig, body, title, alt="", width=width, source=foot_text)


def save(chart: Chart, out_dir: str | Path, formats: tuple[str, ...] = FORMATS, suffix: str = "") -> list[Path]:
    """Write the chart as ``{name}{suffix}.{fmt}`` for each format plus ``.alt.txt``.

    The alt-text file holds three paragraphs: the title, the alt text, and the footer as drawn
    (note and source line). Bytes are deterministic: no dates, creator strings or random ids are written.
    """
    if not chart.alt.strip():
        raise AnalysisError(f"chart {chart.name!r} has no alt text: set chart.alt before saving")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = f"{chart.name}{suffix}"
    written = []
    metadata = {
        "svg": {"Date": None, "Creator": None},
        "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
        "png": {"Software": None},
    }
    chart.freeze()
    with plt.rc_context({"svg.hashsalt": "myanmar-surrenders"}):
        for fmt in formats:
            path = out / f"{stem}.{fmt}"
            # The subset cache serves the PDF backend only (PostScript reads the subset font's tables).
            with cached_font_subsets() if fmt == "pdf" else contextlib.nullcontext():
                chart.fig.savefig(path, format=fmt, dpi=DPI, metadata=metadata.get(fmt))
            written.append(path)
    alt = out / f"{stem}.alt.txt"
    footer = f"\n\n{chart.source.strip()}" if chart.source.strip() else ""
    alt.write_text(f"{chart.title}\n\n{chart.alt.strip()}{footer}\n", encoding="utf-8")
    written.append(alt)
    return written


def close(chart: Chart) -> None:
    """Release the figure's memory (charts are not registered with pyplot)."""
    chart.fig.clear()
