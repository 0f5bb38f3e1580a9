"""The house style: Okabe-Ito palette, type sizes for single and double columns, as rcParams and a seaborn theme.

>>> from analysis.charts.style import set_theme
>>> set_theme()  # in your own notebook: seaborn and matplotlib charts get the house style
"""

from __future__ import annotations

import textwrap

import matplotlib
import matplotlib.pyplot as plt
import seaborn as sns

#: Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "green": "#009E73",
    "vermillion": "#D55E00",
    "sky": "#56B4E9",
    "purple": "#CC79A7",
    "yellow": "#F0E442",
    "black": "#000000",
    "grey": "#8C8C8C",
    "light": "#D9D9D9",
}

SERIES = [PALETTE[k] for k in ("blue", "orange", "green", "vermillion", "sky", "purple", "black")]

WIDTHS = {"single": 3.5, "double": 7.0}

SIZES = {
    "single": {"base": 7.0, "title": 9.0, "subtitle": 7.0, "source": 6.0},
    "double": {"base": 8.5, "title": 11.0, "subtitle": 8.5, "source": 7.0},
}

FORMATS = ("svg", "pdf", "png")

DPI = 300

#: The house typeface (matplotlib ships it; the static site serves the same files, so pages match the charts).
FONT_FAMILY = "DejaVu Sans"
#: Text colours of a chart: title, subtitle, footer (source line).
TEXT_COLOURS = {"title": "#111111", "subtitle": "#444444", "source": "#555555"}
GRID_COLOUR = "#E5E5E5"

_STYLE = {
    "font.family": FONT_FAMILY,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#444444",
    "axes.grid": True,
    "axes.grid.axis": "x",
    "grid.color": GRID_COLOUR,
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "axes.prop_cycle": matplotlib.cycler(color=SERIES),
    "legend.frameon": False,
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "svg.fonttype": "path",
    "svg.hashsalt": "myanmar-surrenders",
    "figure.dpi": 100,
    "savefig.dpi": DPI,
    "path.simplify": True,
}


def apply_style(width: str = "single") -> None:
    """Set the house style (rcParams) for charts of ``width``; idempotent."""
    base = SIZES[width]["base"]
    plt.rcParams.update(_STYLE)
    plt.rcParams.update(
        {
            "font.size": base,
            "axes.titlesize": base,
            "axes.labelsize": base,
            "xtick.labelsize": base - 0.5,
            "ytick.labelsize": base - 0.5,
            "legend.fontsize": base - 0.5,
        }
    )


def set_theme(width: str = "single") -> None:
    """The house style as a seaborn theme: one call in your own notebook styles seaborn and matplotlib charts.

    Sets seaborn's ``ticks`` style with the house palette (Okabe-Ito, safe for the common
    colour-vision deficiencies) and the type sizes for ``width`` ('single' = 3.5 in, 'double' = 7 in).
    """
    sns.set_theme(style="ticks", palette=SERIES, font=_STYLE["font.family"], rc=dict(_STYLE))
    apply_style(width)


def wrap(text: str, width_in: float, size_pt: float, bold: bool = False) -> list[str]:
    """Wrap ``text`` to fit ``width_in`` inches at ``size_pt`` (DejaVu Sans averages ~0.58 em, bold ~0.66)."""
    if not text:
        return []
    chars = max(12, int((width_in - 0.2) * 72 / (size_pt * (0.66 if bold else 0.58))))
    return textwrap.wrap(text, chars)
