"""The site's layout: one page template, the navigation, and the stylesheet made from the charts' house style.

Everything a page needs is in the site's folder (the stylesheet, the typeface the charts use): no page
fetches anything from elsewhere when it is viewed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import matplotlib
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ...charts import style

TEMPLATES = Path(__file__).resolve().parent / "templates"
SITE_TITLE = "Myanmar junta surrenders after Operation 1027"
LICENCE = "Data CC BY 4.0, code MIT"

#: (file, label) of the pages every page links to, in order; notebook pages follow the index.
NAV = [("index.html", "Overview"), ("gallery.html", "Charts"), ("claims.html", "Claims"), ("data.html", "Data")]

#: The typeface files the pages use, from matplotlib's own copy of the charts' typeface.
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSansMono.ttf")


@cache
def environment() -> Environment:
    """The site's Jinja environment (HTML escaped by default; a missing value is an error, not blank text)."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "j2"]),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context) -> str:
    """A template of ``templates/`` filled with ``context``."""
    return environment().get_template(template).render(**context)


def page(href: str, title: str, body: str, nav: list[tuple[str, str]]) -> str:
    """A whole page: the shared head (stylesheet, no scripts), the navigation, ``body`` (HTML) in <main>."""
    from markupsafe import Markup

    items = [{"href": h, "label": label} for h, label in nav]
    return render(
        "page.html.j2",
        title=title,
        site_title=SITE_TITLE,
        licence=LICENCE,
        nav=items,
        page=href,
        body=Markup(body),
    )


def stylesheet() -> str:
    """The site's CSS: the charts' typeface, palette and text colours, and pygments' colours for code."""
    from pygments.formatters import HtmlFormatter

    pygments = HtmlFormatter(style="default").get_style_defs(".highlight")
    return render(
        "site.css.j2",
        font=style.FONT_FAMILY,
        palette=style.PALETTE,
        text=style.TEXT_COLOURS,
        grid=style.GRID_COLOUR,
        pygments=pygments,
    )


def font_files() -> dict[str, bytes]:
    """The typeface's files (matplotlib ships them, pinned by the lock: the same bytes every build)."""
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return {f"fonts/{name}": (folder / name).read_bytes() for name in FONT_FILES}


def scroll_tables(html: str) -> str:
    """Put every <table> of rendered Markdown in a box that scrolls sideways on a narrow screen."""
    return html.replace("<table>", '<div class="table-scroll"><table>').replace("</table>", "</table></div>")


def markdown(text: str) -> str:
    """CommonMark with tables (markdown-it-py), raw HTML off; tables scroll on a phone."""
    from markdown_it import MarkdownIt

    return scroll_tables(MarkdownIt("commonmark", {"html": False}).enable("table").render(text))
