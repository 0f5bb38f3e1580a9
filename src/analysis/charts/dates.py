"""Date axes shared by the time charts: weekly ticks for weeks, monthly for months."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd


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
    ax.set_xticks(ticks)
    ax.set_xlim(start - pd.Timedelta(hours=18), end + pd.Timedelta(hours=18))
    if len(ticks) and ticks[-1] >= end - pd.Timedelta(days=1):  # a label on the last day ends at its tick, not
        ax.xaxis.get_major_ticks()[len(ticks) - 1].label1.set_horizontalalignment("right")  # past the edge (even
        # where the label is hidden, as on the upper panels of a grid sharing its x-axis)


def fmt_day(ts: pd.Timestamp, year: bool = False) -> str:
    return f"{ts.day} {ts:%b}" + (f" {ts.year}" if year else "")
