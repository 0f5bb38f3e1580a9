"""Executed notebooks as pages: nbconvert's lab cells in the site's layout, images as files with their alt text.

Nothing is executed here: the committed notebooks (``make report`` wrote them) are converted as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ...errors import AnalysisError
from .layout import TEMPLATES

IMAGES = "images"
_IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml", "image/gif")


@dataclass
class NotebookPage:
    """One notebook as a page: its file name on the site, title, summary, body HTML and image files."""

    stem: str
    title: str
    summary: str
    body: str
    images: dict[str, bytes] = field(default_factory=dict)

    @property
    def href(self) -> str:
        return f"{self.stem}.html"


def images_without_alt(nb: nbformat.NotebookNode) -> list[str]:
    """'cell 7' for each image output whose metadata carries no alt text (analysis.charts.Chart writes it)."""
    missing = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            for mime in _IMAGE_TYPES:
                if mime in out.get("data", {}) and not out.get("metadata", {}).get(mime, {}).get("alt", "").strip():
                    missing.append(f"cell {i + 1} ({mime})")
    return missing


def _heading(nb: nbformat.NotebookNode) -> tuple[str, str]:
    """The first '# ' heading of the notebook and the paragraph after it (plain text, Markdown marks removed)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.split("\n")
        for i, line in enumerate(lines):
            if line.startswith("# "):
                paragraph = []
                for rest in lines[i + 1 :]:
                    if rest.strip():
                        paragraph.append(rest.strip())
                    elif paragraph:
                        break
                text = re.sub(r"[*`]", "", " ".join(paragraph))
                return line[2:].strip(), text
    return "", ""


def _exporter():
    from nbconvert import HTMLExporter
    from traitlets.config import Config

    c = Config()
    c.HTMLExporter.template_name = "lab"
    c.HTMLExporter.template_file = "notebook.html.j2"
    c.HTMLExporter.extra_template_paths = [str(TEMPLATES)]
    c.HTMLExporter.exclude_input_prompt = True
    c.HTMLExporter.exclude_output_prompt = True
    c.HTMLExporter.anchor_link_text = "#"
    c.ExtractOutputPreprocessor.enabled = True
    c.ExtractOutputPreprocessor.output_filename_template = "{unique_key}-{cell_index}-{index}{extension}"
    return HTMLExporter(config=c)


def notebook_page(path: str | Path) -> NotebookPage:
    """Convert one executed notebook; an image without alt text is an error naming the notebook and cell."""
    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    missing = images_without_alt(nb)
    if missing:
        raise AnalysisError(
            f"{path.name}: image without alt text in {', '.join(missing)}; show charts as analysis.charts.Chart "
            "objects (their alt text goes into the output's metadata) and rerun `make report`"
        )
    title, summary = _heading(nb)
    body, resources = _exporter().from_notebook_node(
        nb, resources={"unique_key": path.stem, "output_files_dir": IMAGES}
    )
    # a link to another notebook opens its page
    body = re.sub(r'href="([^"#:]+)\.ipynb(#[^"]*)?"', lambda m: f'href="{m[1]}.html{m[2] or ""}"', body)
    return NotebookPage(path.stem, title or path.stem, summary, body, dict(resources.get("outputs", {})))
