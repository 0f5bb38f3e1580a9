"""The reports' figures, derived from event rows: headline by state, claims ledger, sensitivity.

>>> import pandas as pd
>>> from analysis import report
>>> by_state = pd.DataFrame({"state_region": ["Shan", report.NOT_ITEMIZED], "surrendered": [300, 21]})
>>> report.totals_of(by_state)  # the arithmetic of a headline_by_state table, as the build writes it
{'total': 321, 'itemized': 300, 'not_itemized': 21}
"""

from .claims import breakdown_sums, totals_vs_events
from .headline import (
    HEADLINE_ID,
    NOT_ITEMIZED,
    headline_by_state,
    headline_figure,
    largest_surrenders,
    totals,
    totals_of,
)
from .ledger import claims_ledger
from .sensitivity import readings, sensitivity
from .tables import for_readers

__all__ = [
    "HEADLINE_ID",
    "NOT_ITEMIZED",
    "breakdown_sums",
    "claims_ledger",
    "for_readers",
    "headline_by_state",
    "headline_figure",
    "largest_surrenders",
    "readings",
    "sensitivity",
    "totals",
    "totals_of",
    "totals_vs_events",
]
