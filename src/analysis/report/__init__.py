"""The reports' figures, derived from event rows: headline by state, claims ledger, sensitivity.

>>> from analysis import report
>>> sorted(report.__all__)[:3]
['HEADLINE_ID', 'NOT_ITEMIZED', 'claims_ledger']
"""

from .claims import breakdown_sums, totals_vs_events
from .headline import HEADLINE_ID, NOT_ITEMIZED, headline_by_state, headline_figure, largest_surrenders, totals
from .ledger import claims_ledger
from .sensitivity import readings, sensitivity

__all__ = [
    "HEADLINE_ID",
    "NOT_ITEMIZED",
    "breakdown_sums",
    "claims_ledger",
    "headline_by_state",
    "headline_figure",
    "largest_surrenders",
    "readings",
    "sensitivity",
    "totals",
    "totals_vs_events",
]
