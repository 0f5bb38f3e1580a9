"""Every chart exports in SVG, PDF and PNG, re-exports byte-identically, and carries alt text."""

import filecmp
import re

import matplotlib.colors
import pytest

from analysis import charts
from analysis.charts import WIDTHS, close, save
from analysis.charts.export import FIGURES, draw, export_all
from analysis.errors import AnalysisError
from conftest import with_events


@pytest.fixture(scope="module")
def exported(tmp_path_factory, tables):
    out = tmp_path_factory.mktemp("figs")
    export_all(tables, out, log=lambda m: None)
    return out


def test_every_chart_in_three_formats_with_alt_text(exported):
    for name in FIGURES:
        for suffix in ("", "_wide"):
            for fmt in ("svg", "pdf", "png"):
                path = exported / f"{name}{suffix}.{fmt}"
                assert path.is_file() and path.stat().st_size > 1000, path
            alt = (exported / f"{name}{suffix}.alt.txt").read_text()
            assert len(alt.split()) >= 15, f"{name}: alt text too thin"


def test_reexport_is_byte_identical(exported, tmp_path, tables):
    export_all(tables, tmp_path, log=lambda m: None)
    names = sorted(p.name for p in exported.iterdir())
    match, mismatch, errors = filecmp.cmpfiles(exported, tmp_path, names, shallow=False)
    assert mismatch == [] and errors == []


def test_exported_files_have_no_timestamps(exported):
    pdf = (exported / "headline_by_state.pdf").read_bytes()
    assert b"CreationDate" not in pdf and b"ModDate" not in pdf
    svg = (exported / "headline_by_state.svg").read_text()
    assert "<dc:date>" not in svg
    png = (exported / "headline_by_state.png").read_bytes()
    assert b"Software" not in png


def test_png_is_300_dpi_at_the_column_widths(exported):
    import struct

    for suffix, width in (("", WIDTHS["single"]), ("_wide", WIDTHS["double"])):
        data = (exported / f"cumulative_surrenders{suffix}.png").read_bytes()
        px = struct.unpack(">I", data[16:20])[0]
        assert px == round(width * 300)


@pytest.mark.parametrize("name", list(FIGURES))
def test_every_chart_has_a_finding_title_a_source_line_and_fits(name, tables):
    chart = draw(name, tables, width="single")
    texts = [t.get_text() for sub in chart.fig.subfigs for t in sub.texts]
    source = [t for t in texts if "Source:" in t]
    assert source and "unverified" in source[0], f"{name}: no source line saying the figures are unverified"
    said = " ".join(texts).lower()
    assert "unverified" in said or "claim" in said, f"{name}: title and subtitle do not say the figures are claims"
    for text in [
        *(t.get_text().replace("\n", " ") for t in chart.fig.subfigs[0].texts),
        chart.alt,
    ]:  # title, subtitle, alt
        assert not re.search(r"\([^()]*\(", text), f"{name}: brackets inside brackets read badly: {text!r}"
    chart.freeze()
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(chart.fig).get_renderer()
    fig_box = chart.fig.bbox
    boxes = [(t.get_text()[:30], t.get_window_extent(renderer)) for sub in chart.fig.subfigs for t in sub.texts]
    boxes += [
        (f"axes {i}", ax.get_tightbbox(renderer)) for i, ax in enumerate(chart.fig.get_axes()) if ax.get_visible()
    ]
    for label, box in boxes:
        assert box.x0 >= fig_box.x0 - 1 and box.x1 <= fig_box.x1 + 1, f"{name}: {label!r} cut off left/right"
        assert box.y0 >= fig_box.y0 - 1 and box.y1 <= fig_box.y1 + 1, f"{name}: {label!r} cut off top/bottom"
    close(chart)


def test_save_refuses_a_chart_without_alt_text(tables, tmp_path):
    chart = draw("headline_by_state", tables)
    chart.alt = ""
    with pytest.raises(AnalysisError, match="no alt text"):
        save(chart, tmp_path)


def test_set_theme_gives_seaborn_and_matplotlib_the_house_style():
    import matplotlib.pyplot as plt
    import seaborn as sns

    from analysis.charts import SERIES, set_theme

    plt.rcdefaults()
    set_theme("double")
    assert [c.lower() for c in sns.color_palette().as_hex()[: len(SERIES)]] == [c.lower() for c in SERIES]
    assert plt.rcParams["axes.spines.top"] is False and plt.rcParams["font.size"] == 8.5
    plt.rcdefaults()


def test_titles_are_computed_from_the_data(tables):
    """Change the data (double every figure, drop the largest surrender and a row): every title changes."""
    events = tables.events
    changed = events.copy()
    for column in ("count_low", "count_best", "count_high"):
        changed[column] = changed[column] * 2
    top = changed.loc[changed["outcome"].eq("surrendered") & changed["same_as"].eq(""), "count_low"].idxmax()
    changed = changed.drop(index=[top, changed.index[-1]])
    other = with_events(tables, changed)
    same = [name for name in FIGURES if draw(name, tables).title == draw(name, other).title]
    assert not same, f"titles typed, not computed: {same}"


def test_source_lines_name_only_the_reports_of_the_rows_drawn(tables):
    from analysis.charts.sources import source_line

    events = tables.events
    line = draw("headline_by_state", tables).fig.subfigs[2].texts[0].get_text().replace("\n", " ")
    assert "The Irrawaddy" in line and "17 or 18 Nov 2023" in line and "BNN" not in line
    bnn = events.loc[events["source_id"] == "bnn-2023-06-27", "source_id"]
    assert source_line(bnn, tables.sources).startswith("Source: BNN")


@pytest.mark.parametrize("width", ["single", "double"])
def test_no_two_labels_inside_a_chart_overlap(width, tables):
    """Every label drawn in a chart's axes (values, names, annotations) stays clear of every other."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for name in FIGURES:
        chart = draw(name, tables, width=width)
        chart.freeze()
        renderer = FigureCanvasAgg(chart.fig).get_renderer()
        for ax in chart.fig.get_axes():
            boxes = [
                (t.get_text(), t.get_window_extent(renderer))
                for t in ax.texts
                if t.get_visible() and t.get_text().strip()
            ]
            for i, (a, box_a) in enumerate(boxes):
                for b, box_b in boxes[i + 1 :]:
                    dx = min(box_a.x1, box_b.x1) - max(box_a.x0, box_b.x0)
                    dy = min(box_a.y1, box_b.y1) - max(box_a.y0, box_b.y0)
                    assert dx <= 0.5 or dy <= 0.5, f"{name} ({width}): {a!r} overlaps {b!r}"
        close(chart)


@pytest.mark.parametrize("width", ["single", "double"])
def test_date_and_value_tick_labels_keep_a_gap(width, tables):
    """Tick labels along an x-axis (dates above all, in the narrow panels of a grid) never touch."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    for name in FIGURES:
        chart = draw(name, tables, width=width)
        chart.freeze()
        renderer = FigureCanvasAgg(chart.fig).get_renderer()
        for ax in chart.fig.get_axes():
            if not (ax.get_visible() and ax.axison):  # maps draw no axis
                continue
            boxes = sorted(
                (
                    (t.get_window_extent(renderer), t.get_text())
                    for t in ax.get_xticklabels()
                    if t.get_visible() and t.get_text().strip()
                ),
                key=lambda box: box[0].x0,
            )
            for (a, text_a), (b, text_b) in zip(boxes, boxes[1:], strict=False):
                assert b.x0 - a.x1 >= 3, f"{name} ({width}): x labels {text_a!r} and {text_b!r} touch"
        close(chart)


def test_the_last_date_label_is_kept_inside_even_where_labels_are_hidden():
    """A grid sharing its x-axis hides the upper panels' labels; aligning the last one must not fail there."""
    import matplotlib.pyplot as plt
    import pandas as pd

    from analysis.charts.dates import date_axis

    fig, (top, bottom) = plt.subplots(2, sharex=True)
    start, end = pd.Timestamp("2023-10-27"), pd.Timestamp("2023-11-17")
    for ax in (top, bottom):
        ax.plot([start, end], [0, 1])
        date_axis(ax, start, end)
    fig.canvas.draw()
    last = bottom.xaxis.get_major_ticks()[3].label1
    assert last.get_text() == "17 Nov" and last.get_horizontalalignment() == "right"
    plt.close(fig)


def test_cached_font_subsets_give_the_same_pdf_bytes_and_are_undone(tables, tmp_path):
    """PDFs written through the subset cache (a miss, then a hit) equal PDFs matplotlib writes alone."""
    from matplotlib.backends import _backend_pdf_ps

    from analysis.charts import pdffonts

    original = _backend_pdf_ps.get_glyphs_subset
    chart = draw("largest_surrenders", tables, width="single")
    chart.freeze()
    meta = {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None}
    plain = tmp_path / "plain.pdf"
    chart.fig.savefig(plain, format="pdf", metadata=meta)
    pdffonts._SUBSETS.clear()
    with pdffonts.cached_font_subsets():
        assert _backend_pdf_ps.get_glyphs_subset is not original
        for name in ("miss.pdf", "hit.pdf"):
            chart.fig.savefig(tmp_path / name, format="pdf", metadata=meta)
            if name == "miss.pdf":
                subsets = len(pdffonts._SUBSETS)
    close(chart)
    assert _backend_pdf_ps.get_glyphs_subset is original
    assert subsets >= 2 and len(pdffonts._SUBSETS) == subsets  # regular and bold, reused by the second save
    assert (tmp_path / "miss.pdf").read_bytes() == plain.read_bytes()
    assert (tmp_path / "hit.pdf").read_bytes() == plain.read_bytes()


def test_a_frozen_chart_is_drawn_once_per_format_written(tables, tmp_path, monkeypatch):
    """After freeze() no layout engine is left, so savefig does not draw the figure a second time."""
    from matplotlib.figure import Figure

    chart = draw("largest_surrenders", tables, width="single")
    chart.freeze()
    draws = []
    original = Figure.draw
    monkeypatch.setattr(Figure, "draw", lambda fig, renderer: draws.append(1) or original(fig, renderer))
    save(chart, tmp_path, ("svg", "pdf", "png"))
    close(chart)
    assert len(draws) == 3


def test_save_writes_postscript_too_beside_the_cached_pdf(tables, tmp_path):
    """The PDF subset cache is not active for other formats: EPS (TrueType fonts) is still written."""
    chart = draw("largest_surrenders", tables, width="single")
    chart.alt = chart.alt or "alt text"
    paths = save(chart, tmp_path, ("pdf", "eps"))
    close(chart)
    eps = (tmp_path / "largest_surrenders.eps").read_bytes()
    assert paths[1].suffix == ".eps" and eps.startswith(b"%!PS") and b"/FontType 42" in eps


@pytest.mark.parametrize("width", ["single", "double"])
def test_every_column_of_the_state_grid_shows_its_dates(width, tables):
    """In the small multiples, the lowest panel of each column carries the date labels, even above an empty cell."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    chart = draw("cumulative_by_state", tables, width=width)
    chart.freeze()
    FigureCanvasAgg(chart.fig).draw()
    columns: dict[float, list] = {}
    for ax in chart.fig.get_axes():
        if ax.get_visible():
            columns.setdefault(round(ax.get_position().x0, 3), []).append(ax)
    lowest = [min(axes, key=lambda a: a.get_position().y0) for axes in columns.values()]
    for ax in lowest:
        shown = [t.get_text() for t in ax.get_xticklabels() if t.get_visible() and t.get_text()]
        assert len(shown) >= 2, f"{width}: a column of the grid ends in a panel without dates"
    close(chart)


def test_largest_surrenders_names_a_colour_only_where_bars_have_it(tables):
    """The subtitle's 'Orange: before Operation 1027' appears exactly when an orange bar is drawn."""
    from analysis import report
    from analysis.charts.style import PALETTE

    events = tables.events
    top = report.largest_surrenders(events, n=8).iloc[0]
    earlier = events.copy()
    earlier.loc[earlier["event_id"] == top["event_id"], ["date_start", "date_end"]] = "2023-10-01"
    for rows in (events, earlier):
        chart = charts.largest_surrenders(rows, tables.sources, width="single")
        orange = any(
            matplotlib.colors.to_hex(b.get_facecolor()) == PALETTE["orange"].lower()
            for b in chart.fig.get_axes()[0].patches
        )
        said = any("Orange" in t.get_text() for sub in chart.fig.subfigs for t in sub.texts)
        assert said == orange and (orange or rows is not earlier)  # the moved event is drawn orange
        close(chart)
