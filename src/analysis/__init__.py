"""Helpers for the Myanmar junta surrenders dataset (after Operation 1027).

Data flows one way, and the subpackages are its stages (docs/architecture.md):
``reference`` -> ``parse`` -> ``pipeline`` (raw -> processed) -> ``measure``
(rules, tally, series) -> ``report`` -> ``charts`` / ``interop`` -> ``tasks``
and ``cli``. The most used helpers are importable from the package itself.
"""

from .errors import AnalysisError, InputFileError, ParseError, Problem
from .measure.rules import REPORT_RULE, RULES, Rule
from .measure.series import cumulative, daily
from .measure.tally import tally
from .parse.counts import Count, format_count, parse_count
from .parse.dates import DateRange, event_dates, resolve_report_date
from .parse.places import canonical_state, canonical_township, iso_code, resolve_place
from .pipeline.load import load_events, load_table

__version__ = "0.2.0"

__all__ = [
    "REPORT_RULE",
    "RULES",
    "AnalysisError",
    "Count",
    "DateRange",
    "InputFileError",
    "ParseError",
    "Problem",
    "Rule",
    "canonical_state",
    "canonical_township",
    "cumulative",
    "daily",
    "event_dates",
    "format_count",
    "iso_code",
    "load_events",
    "load_table",
    "parse_count",
    "resolve_place",
    "resolve_report_date",
    "tally",
]
