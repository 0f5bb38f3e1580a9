"""Labels for a map's circles that read as their own circle's and no other's.

A label sits just beside its circle (right, left, above or below, a hair from the edge) where the space there
is clear; otherwise it is set further out and joined to its circle by a leader line that runs straight out
from the circle's edge. Its text keeps clear of every other circle (but the smaller ones of its own place,
inside its own), label, line and the legend, and stays inside the chart's body (the map's panel); a leader
line keeps off the circles of other places and off other labels. A label with no such spot is left out (the
alt text lists every point).

>>> from matplotlib.figure import Figure
>>> from matplotlib.backends.backend_agg import FigureCanvasAgg
>>> fig = Figure(figsize=(3, 3))
>>> ax = fig.subplots()
>>> _ = ax.set(xlim=(0, 10), ylim=(0, 10))
>>> points = pd.DataFrame({"township": ["Big", "Small"], "people": [900, 20], "x": [4.0, 7.0], "y": [5.0, 5.0]})
>>> sizes = np.array([400.0, 20.0])  # marker areas (points squared), as scattered
>>> texts = label_spots(points, ax, FigureCanvasAgg(fig).get_renderer(), n=2, sizes=sizes)
>>> [(t.get_text(), t.arrow_patch is None) for t in texts]  # both beside their circles: no leader line needed
[('Big 900', True), ('Small 20', True)]
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd
from matplotlib.text import Annotation, Text
from shapely.geometry import LineString, Point
from shapely.geometry import box as rectangle

#: Gap (points) between a label set beside its circle and the circle's edge.
BESIDE = 2.0
#: Clear space (points) between a label's text and any circle but its own: a label beside its circle is
#: more than twice as near its own as any other.
CLEAR = 5.0
#: Clear space (points) between a leader line and the circles of other places.
NEAR = 1.5
#: Leader line lengths (points) from a circle's edge to its label, shortest first.
LEADS = (8.0, 16.0, 26.0, 40.0)
#: Directions (degrees, anticlockwise from the right) tried for a leader line, the level ones first.
ANGLES = (0, 180, 30, 150, 330, 210, 60, 120, 300, 240, 90, 270)
LEADER = {"arrowstyle": "-", "color": "#666666", "linewidth": 0.5, "shrinkA": 0, "shrinkB": 0}


def circles(points: pd.DataFrame, ax, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each point's circle in display pixels: centres (n x 2) and radii (marker area ``sizes`` in points²)."""
    centres = ax.transData.transform(points[["x", "y"]].to_numpy(dtype=float))
    return centres, np.sqrt(np.asarray(sizes, dtype=float)) / 2 * ax.figure.dpi / 72


def spots() -> Iterator[tuple[int, float]]:
    """(direction in degrees, leader length in points; 0: beside, no line), in the order they are tried.

    >>> list(spots())[:5]
    [(0, 0.0), (180, 0.0), (90, 0.0), (270, 0.0), (0, 8.0)]
    """
    yield from ((angle, 0.0) for angle in (0, 180, 90, 270))
    yield from ((angle, lead) for lead in LEADS for angle in ANGLES)


def _align(angle: int) -> tuple[str, str, tuple[float, float]]:
    """The text's alignment for a label in direction ``angle``, and the corner of it that faces the circle."""
    c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    ha, rx = ("left", 0.0) if c > 0.35 else (("right", 1.0) if c < -0.35 else ("center", 0.5))
    va, ry = ("bottom", 0.0) if s > 0.35 else (("top", 1.0) if s < -0.35 else ("center", 0.5))
    return ha, va, (rx, ry)


def _annotate(ax, text: str, centre: np.ndarray, radius: float, angle: int, lead: float) -> Annotation:
    """``text`` at its circle's edge point in direction ``angle``: ``BESIDE`` out, or ``lead`` out on a line."""
    c, s = np.cos(np.radians(angle)), np.sin(np.radians(angle))
    edge = ax.transData.inverted().transform(centre + radius * np.array([c, s]))
    ha, va, corner = _align(angle)
    out = lead or BESIDE
    return ax.annotate(
        text,
        tuple(edge),
        xytext=(out * c, out * s),
        textcoords="offset points",
        fontsize="x-small",
        ha=ha,
        va=va,
        color="#222222",
        arrowprops={**LEADER, "relpos": corner} if lead else None,
        annotation_clip=False,
    )


def text_box(label: Annotation, renderer):
    """The label's text as a shapely box in display pixels (its leader line left out)."""
    label.update_positions(renderer)
    return rectangle(*Text.get_window_extent(label, renderer).extents)


def leader(label: Annotation, renderer) -> LineString | None:
    """The label's leader line as drawn (display pixels, text end first); None when it has none."""
    if label.arrow_patch is None:
        return None
    label.update_positions(renderer)
    return LineString(label.arrow_patch.get_path().vertices)


def _obstacles(ax, renderer) -> list:
    """What labels must keep off besides circles: the legend and texts already in the axes."""
    found = [t for t in ax.texts if t.get_text()]
    if ax.get_legend() is not None:
        found.append(ax.get_legend())
    return [rectangle(*a.get_window_extent(renderer).extents) for a in found]


def label_spots(points: pd.DataFrame, ax, renderer, n: int, sizes: np.ndarray) -> list[Annotation]:
    """Labels ('{township} {people}') for the ``n`` largest ``points`` (columns township, people, x, y, with
    marker areas ``sizes``), each at the first of :func:`spots` that is free (see the module's rules)."""
    centres, radii = circles(points, ax, sizes)
    pt = renderer.points_to_pixels(1.0)
    frame = rectangle(*ax.figure.bbox.extents)  # the chart's body: the map's panel, never the title or footer
    taken = _obstacles(ax, renderer)  # texts, lines and the legend already placed
    xy = points[["x", "y"]].to_numpy(dtype=float)
    rings = [Point(c).buffer(r) for c, r in zip(centres, radii, strict=True)]
    texts = []
    for i in np.argsort(-points["people"].to_numpy(), kind="stable")[:n]:
        name = f"{points['township'].iloc[i]} {int(points['people'].iloc[i]):,}"
        here = (xy == xy[i]).all(axis=1)  # its own place: other outcomes there are concentric circles
        inside = here & (radii <= radii[i])  # its own circle and those within it
        others = [rings[j].buffer(CLEAR * pt) for j in np.flatnonzero(~inside)]
        elsewhere = [rings[j].buffer(NEAR * pt) for j in np.flatnonzero(~here)]
        for angle, lead in spots():
            label = _annotate(ax, name, centres[i], radii[i], angle, lead)
            box, line = text_box(label, renderer), leader(label, renderer)
            clear = frame.contains(box) and not any(box.intersects(s) for s in taken + others)
            if clear and line is not None:
                clear = not any(line.intersects(s) for s in taken + elsewhere)
            if clear:
                texts.append(label)
                taken += [box.buffer(pt)] + ([line.buffer(pt)] if line is not None else [])
                break
            label.remove()
    return texts
