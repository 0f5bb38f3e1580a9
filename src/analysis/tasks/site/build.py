"""``make site``: the notebooks, the charts and the data as a static site, from the project's own outputs.

Pages: an overview (``index.html``), one page per executed notebook, the chart gallery, the claims, the
data (every processed table, the Data Package descriptor, licence, how to cite) and the codebook. The
folder holds everything it shows (charts, CSVs, the stylesheet and the charts' typeface); links are
relative, no page loads a script, so it opens from disk or any static host. Building twice writes the
same bytes. Whatever notebooks and charts exist are shown: nothing here lists them.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ... import config
from ...errors import AnalysisError
from ...pipeline.load import load_claims, load_events, load_table
from .gallery import charts_in
from .layout import NAV, font_files, markdown, page, stylesheet
from .notebook_pages import IMAGES, notebook_page
from .pages import claims_body, data_body, headline_figures, index_body

#: A file every built site has: a folder without it is not replaced by a build.
MARKER = "site.css"


@dataclass
class Inputs:
    """Where the site is built from (the project's own folders by default)."""

    notebooks: list[Path]
    figures: Path = config.FIGURES
    processed: Path = config.PROCESSED
    readme: Path = config.ROOT / "README.md"
    codebook: Path = config.ROOT / "docs" / "codebook.md"
    order: list[str] = field(default_factory=list)  # charts shown first, in this order


def default_inputs() -> Inputs:
    from ...charts.export import FIGURES
    from ..notebooks import notebook_paths

    return Inputs(notebooks=notebook_paths(), order=list(FIGURES))


def _chart_notebooks() -> dict[str, str]:
    from ...charts.export import FIGURES

    return {name: notebook for name, (_, notebook) in FIGURES.items()}


def _data_files(processed: Path) -> tuple[dict[str, bytes], dict[str, int]]:
    files = {f"data/{p.name}": p.read_bytes() for p in sorted(processed.glob("*.csv"))}
    rows = {p.name: len(pd.read_csv(p, dtype=str, keep_default_na=False)) for p in sorted(processed.glob("*.csv"))}
    descriptor = processed / "datapackage.json"
    if descriptor.is_file():
        files["data/datapackage.json"] = descriptor.read_bytes()
    return files, rows


def site_files(inputs: Inputs, log: Callable[[str], None] = print) -> dict[str, bytes]:
    """Every file of the site, by its path in the site's folder."""
    files: dict[str, bytes] = {MARKER: stylesheet().encode(), **font_files()}
    nav = NAV[:1] + [("index.html#notebooks", "Notebooks")] + NAV[1:] + [("codebook.html", "Codebook")]
    notebooks = [notebook_page(path) for path in inputs.notebooks]
    files |= _notebook_files(notebooks, nav, log)
    by_stem = {nb.stem: nb for nb in notebooks}
    shown_in = {name: by_stem[stem] for name, stem in _chart_notebooks().items() if stem in by_stem}
    charts = charts_in(inputs.figures, inputs.order, shown_in)
    for chart in charts:
        files |= {f"figures/{name}": (inputs.figures / name).read_bytes() for name, _ in chart.files}
    files["gallery.html"] = page("gallery.html", "Charts", _gallery(charts), nav).encode()
    data, rows = _data_files(inputs.processed)
    files |= data
    events, sources, claims = load_events(inputs.processed / "events.csv"), load_table("sources"), load_claims()
    readme = inputs.readme.read_text(encoding="utf-8")
    package = json.loads(data["data/datapackage.json"]) if "data/datapackage.json" in data else {}
    files["data.html"] = page("data.html", "Data", data_body(package, rows, readme), nav).encode()
    csvs = [f for f in ("claimed_totals.csv", "claims_vs_events.csv") if f in rows]
    files["claims.html"] = page("claims.html", "Claims", claims_body(claims, events, csvs), nav).encode()
    codebook = markdown(inputs.codebook.read_text(encoding="utf-8"))
    files["codebook.html"] = page("codebook.html", "Codebook", codebook, nav).encode()
    figures = headline_figures(events, sources, claims)
    body = index_body(readme, events, figures, notebooks, len(charts))
    files["index.html"] = page("index.html", "Overview", body, nav).encode()
    return files


def _notebook_files(notebooks: list, nav: list[tuple[str, str]], log: Callable[[str], None]) -> dict[str, bytes]:
    """Each notebook's page (with links to the one before and after) and its images."""
    from markupsafe import escape

    files = {}
    for i, nb in enumerate(notebooks):
        files |= {f"{IMAGES}/{Path(name).name}": data for name, data in nb.images.items()}
        around = [
            ("Before", notebooks[i - 1]) if i else None,
            ("Next", notebooks[i + 1]) if i + 1 < len(notebooks) else None,
        ]
        links = " · ".join(f'{word}: <a href="{n.href}">{escape(n.title)}</a>' for word, n in filter(None, around))
        body = nb.body + (f'\n<nav class="pager" aria-label="Notebooks">{links}</nav>\n' if links else "")
        files[nb.href] = page(nb.href, nb.title, body, nav).encode()
        log(f"site: {nb.href} ({len(nb.images)} images)")
    return files


def _gallery(charts: list) -> str:
    from .layout import render

    return render("gallery.html.j2", charts=charts)


def check_out(out: Path) -> None:
    """Only an empty folder or an earlier site is replaced by a build."""
    if out.exists() and any(out.iterdir()) and not (out / MARKER).is_file():
        raise AnalysisError(f"{out} holds files but no {MARKER}: not a site built here, so it is not replaced")


def write_site(files: dict[str, bytes], out: Path) -> None:
    """Replace ``out`` by the site."""
    check_out(out)
    if out.exists():
        shutil.rmtree(out)
    for name, data in sorted(files.items()):
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def build_site(
    out: str | Path = config.SITE, inputs: Inputs | None = None, log: Callable[[str], None] = print
) -> dict[str, float]:
    """Build the site into ``out``; return its size (files, pages, MB) and the seconds it took."""
    t0 = time.perf_counter()
    check_out(Path(out))
    files = site_files(inputs or default_inputs(), log)
    write_site(files, Path(out))
    pages = sum(name.endswith(".html") for name in files)
    size = sum(len(data) for data in files.values()) / 1e6
    return {"files": len(files), "pages": pages, "MB": round(size, 1), "seconds": time.perf_counter() - t0}
