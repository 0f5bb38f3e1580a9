"""Charts in one house style: the style and seaborn theme, one layout and save function, one module per family.

>>> from analysis import charts
>>> charts.set_theme()  # your own matplotlib/seaborn charts in the house style
"""

from .chart import Chart, close, new_chart, save
from .claims import breakdown_vs_events, claimed_vs_itemized, fled_across_border
from .events import largest_surrenders, operations_timeline
from .headline import headline_by_state, headline_sensitivity
from .maps import map_headline, map_record, map_townships
from .overview import events_by_outcome
from .record import outcomes_by_month, record_by_state, tallies_vs_itemized
from .record_map import map_outcomes
from .style import PALETTE, SERIES, WIDTHS, apply_style, set_theme
from .trends import cumulative_by_state, cumulative_surrenders, outcomes_over_time

__all__ = [
    "PALETTE",
    "SERIES",
    "WIDTHS",
    "Chart",
    "apply_style",
    "breakdown_vs_events",
    "claimed_vs_itemized",
    "fled_across_border",
    "close",
    "cumulative_by_state",
    "cumulative_surrenders",
    "events_by_outcome",
    "headline_by_state",
    "headline_sensitivity",
    "largest_surrenders",
    "map_headline",
    "map_outcomes",
    "map_record",
    "map_townships",
    "new_chart",
    "operations_timeline",
    "outcomes_by_month",
    "outcomes_over_time",
    "record_by_state",
    "save",
    "set_theme",
    "tallies_vs_itemized",
]
