"""Helpers for the Myanmar junta surrenders dataset (after Operation 1027).

Data flows one way: raw -> :mod:`~analysis.clean` -> processed ->
:mod:`~analysis.tally` / :mod:`~analysis.series` -> :mod:`~analysis.charts`.
The most used helpers are importable from the package itself.
"""

from .counts import Count, format_count, parse_count, parse_counts
from .dates import DateRange, event_dates, resolve_report_date
from .errors import AnalysisError, InputFileError, ParseError, Problem
from .places import canonical_state, canonical_township, iso_code, resolve_place

__version__ = "0.1.0"

__all__ = [
    "AnalysisError",
    "Count",
    "DateRange",
    "InputFileError",
    "ParseError",
    "Problem",
    "canonical_state",
    "canonical_township",
    "event_dates",
    "format_count",
    "iso_code",
    "parse_count",
    "parse_counts",
    "resolve_place",
    "resolve_report_date",
]
