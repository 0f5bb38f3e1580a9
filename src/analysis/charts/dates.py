"""Date axes shared by the time charts: weekly ticks for weeks, monthly for months."""

from __future__ import annotations

import math

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.font_manager import FontProperties


def date_axis(ax, start: pd.Timestamp, end: pd.Timestamp, step: int = 7) -> None:
    """Ticks every ``step`` days over a short span; at month starts (every 2nd or 3rd month) over a long one."""
    days = (end - start).days
    if days <= 62:
        ticks = pd.date_range(start, end, freq=f"{step}D")
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d %b"))
    else:
        every = 1 if days <= 200 else (2 if days <= 400 or step <= 7 else 3)
        months = pd.date_range(start.to_period("M").to_timestamp(), end, freq="MS")
        ticks = [m for i, m in enumerate(months) if i % every == 0 and m >= start - pd.Timedelta(days=15)]
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %y"))
    ticks = _thin_to_fit(ax, list(ticks), ax.xaxis.get_major_formatter())
    ax.set_xticks(ticks)
    ax.set_xlim(start - pd.Timedelta(hours=18), end + pd.Timedelta(hours=18))
    if len(ticks) and ticks[-1] >= end - pd.Timedelta(days=1):  # a label on the last day ends at its tick, not
        ax.xaxis.get_major_ticks()[len(ticks) - 1].label1.set_horizontalalignment("right")  # past the edge (even
        # where the label is hidden, as on the upper panels of a grid sharing its x-axis)


def _thin_to_fit(ax, ticks: list, formatter) -> list:
    """Every k-th tick, k as small as lets the labels fit the axes' width with a gap between them.

    The width is the axes' before the layout runs (close to final); a label is taken as 0.6 em a character.
    E.g. five month labels on a 1.2-inch panel of a small-multiple grid become three.
    """
    if len(ticks) < 2:
        return ticks
    width_in = ax.get_window_extent().width / ax.figure.dpi
    size = FontProperties(size=plt.rcParams["xtick.labelsize"]).get_size_in_points()
    label_in = max(len(formatter(mdates.date2num(t))) for t in ticks) * 0.6 * size / 72
    room = max(2, int(width_in / (1.25 * label_in)))
    return ticks[:: math.ceil(len(ticks) / room)]


def fmt_day(ts: pd.Timestamp, year: bool = False) -> str:
    """'27 Oct', or '27 Oct 2023' with ``year``."""
    return f"{ts.day} {ts:%b}" + (f" {ts.year}" if year else "")


def fmt_span(start: str | pd.Timestamp, end: str | pd.Timestamp) -> str:
    """A span of days as a subtitle gives it, the year once where both ends share it.

    >>> fmt_span("2023-10-27", "2023-11-17")
    '27 Oct-17 Nov 2023'
    >>> fmt_span("2023-10-27", "2024-08-03")
    '27 Oct 2023-3 Aug 2024'
    """
    a, b = pd.Timestamp(start), pd.Timestamp(end)
    return f"{fmt_day(a, year=a.year != b.year)}-{fmt_day(b, year=True)}"
