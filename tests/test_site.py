"""The static site (make site): built from the project's own outputs, the same bytes every build, and sound
in a real browser (Debian's chromium, headless, installed by `make browser`): no console error, no broken
local link, no missing image, no image without alt text, nothing fetched from elsewhere, headings in order,
no page wider than a phone's screen; the gallery links every exported chart file; every CSV is linked.
"""

from __future__ import annotations

import filecmp
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

import nbformat
import pytest

from analysis import config
from analysis.errors import AnalysisError
from analysis.tasks.site.build import build_site
from analysis.tasks.site.notebook_pages import notebook_page


class Links(HTMLParser):
    """Every href and src of a page, and every <img> with its attributes."""

    def __init__(self):
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.refs.append((tag, name, value))
        if tag == "img":
            self.images.append(dict(attrs))


def links(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(out, log=lambda m: None)
    return out


def test_rebuilding_changes_no_byte(site, tmp_path):
    again = tmp_path / "again"
    build_site(again, log=lambda m: None)
    first = sorted(str(p.relative_to(site)) for p in site.rglob("*") if p.is_file())
    second = sorted(str(p.relative_to(again)) for p in again.rglob("*") if p.is_file())
    assert first == second
    match, mismatch, errors = filecmp.cmpfiles(site, again, first, shallow=False)
    assert mismatch == [] and errors == []


def test_every_notebook_is_a_page_with_its_charts(site):
    notebooks = sorted(config.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    assert notebooks
    index = {v for _, _, v in links(site / "index.html").refs}
    for path in notebooks:
        page = site / f"{path.stem}.html"
        assert page.is_file() and f"{path.stem}.html" in index
        nb = nbformat.read(path, as_version=4)
        shown = sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
        images = links(page).images
        assert len(images) == shown, f"{page.name}: {len(images)} images for {shown} charts"
        assert all((img.get("alt") or "").strip() for img in images), f"{page.name}: an image without alt text"


def test_gallery_links_every_exported_chart_in_every_format(site):
    linked = {v for tag, _, v in links(site / "gallery.html").refs if tag == "a"}
    exported = sorted(p.name for p in config.FIGURES.iterdir() if p.is_file())
    assert exported
    missing = [name for name in exported if f"figures/{name}" not in linked]
    assert not missing, f"exported charts not linked from the gallery: {missing}"
    for name in exported:
        assert (site / "figures" / name).read_bytes() == (config.FIGURES / name).read_bytes()
    stems = {n.removesuffix(".alt.txt") for n in exported if n.endswith(".alt.txt")}
    for stem in stems:  # each chart at each width in SVG, PDF and PNG
        assert all(f"figures/{stem}.{fmt}" in linked for fmt in ("svg", "pdf", "png")), stem


def test_gallery_images_carry_the_charts_alt_text(site):
    images = {img["src"]: img["alt"] for img in links(site / "gallery.html").images}
    for alt_file in config.FIGURES.glob("*.alt.txt"):
        if alt_file.name.endswith("_wide.alt.txt"):
            continue
        paragraphs = alt_file.read_text(encoding="utf-8").split("\n\n")
        assert images[f"figures/{alt_file.name.removesuffix('.alt.txt')}.png"] == paragraphs[1].strip()


def test_every_processed_table_is_linked_from_the_data_page(site):
    linked = {v for _, _, v in links(site / "data.html").refs}
    for path in [*config.PROCESSED.glob("*.csv"), config.DATAPACKAGE]:
        assert f"data/{path.name}" in linked, path.name
        assert (site / "data" / path.name).read_bytes() == path.read_bytes()
    assert "codebook.html" in linked
    text = (site / "data.html").read_text(encoding="utf-8")
    assert "CC BY 4.0" in text and "Cite as" in text


def test_claims_page_lists_every_claimed_total(site):
    import pandas as pd

    claims = pd.read_csv(config.PROCESSED / "claimed_totals.csv", dtype=str, keep_default_na=False)
    text = (site / "claims.html").read_text(encoding="utf-8")
    rows = text.count("<tr>") - text.count("<thead>")
    assert rows >= len(claims)
    for figure in claims["figure_text"]:
        assert figure.replace("'", "&#39;") in text or figure in text, figure


def test_no_page_refers_to_anything_outside_the_folder(site):
    """Relative links to files that exist; a remote address only as a link a reader may follow, never an asset."""
    for page in site.glob("*.html"):
        for tag, attribute, value in links(page).refs:
            url = urlparse(value)
            if url.scheme in ("http", "https", "mailto"):
                assert tag == "a", f"{page.name}: <{tag} {attribute}={value}> loads a remote asset"
                continue
            if url.scheme == "data":
                continue
            assert not url.scheme, f"{page.name}: {value}"
            assert not value.startswith("/"), f"{page.name}: absolute path {value}"
            if url.path:
                assert (page.parent / unquote(url.path)).is_file(), f"{page.name}: broken link {value}"
    css = (site / "site.css").read_text(encoding="utf-8")
    assert "http" not in css and "@import" not in css


def test_a_notebook_image_without_alt_text_is_an_error_naming_it(tmp_path):
    nb = nbformat.read(config.NOTEBOOKS / "01_data_overview.ipynb", as_version=4)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            out.get("metadata", {}).pop("image/png", None)
    path = tmp_path / "01_data_overview.ipynb"
    nbformat.write(nb, str(path))
    with pytest.raises(AnalysisError, match=r"01_data_overview.ipynb: image without alt text in cell \d+"):
        notebook_page(path)


def test_a_folder_that_is_not_a_site_is_not_replaced(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(AnalysisError, match="not a site"):
        build_site(tmp_path, log=lambda m: None)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_the_site_is_not_an_input_of_the_notebooks_or_charts():
    """Editing a page template re-executes no notebook: make report's digest leaves tasks/site out."""
    from analysis.tasks import reproduce

    site = config.PACKAGE_DIR / "tasks" / "site"
    inputs = reproduce._files()
    assert not [p for p in inputs if site in p.parents]
    assert config.PACKAGE_DIR / "tasks" / "reproduce.py" in inputs
