"""Date axes shared by the time charts."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd


def date_axis(ax, start: pd.Timestamp, end: pd.Timestamp, step: int = 7) -> None:
    ticks = pd.date_range(start, end, freq=f"{step}D")
    ax.set_xticks(ticks)
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%-d %b"))
    ax.set_xlim(start - pd.Timedelta(hours=18), end + pd.Timedelta(hours=18))

def fmt_day(ts: pd.Timestamp) -> str:
    return f"{ts.day} {ts:%b}"
