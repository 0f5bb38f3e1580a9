"""What the itemized events add up to: the one definition every table, title, alt text and sentence uses.

For a window, a scope and an outcome, the itemized events are the *distinct* events the rows give: an
aggregate claim (a row other rows name in ``part_of``) and its unitemized remainder are never part of them,
a second report of the same people (``same_as``) is never counted, relatives and mixed figures never are.
They add up in two series, which differ only in how an approximate figure enters (see :data:`SERIES` and
the codebook's table, made from the parser by :func:`series_readings`):

- ``low``, the lower bound: each row's stated lower bound ("over 300" is 300, "nearly 200" and "around 30"
  add nothing: no lower bound is stated). A true floor of what the rows report.
- ``best``, the best estimate: each row's best estimate, else its lower bound ("nearly 200" is 200,
  "around 30" is 30, "dozens" is 24). Not a floor.

>>> import pandas as pd
>>> ev = pd.DataFrame({"event_id": ["A", "a1", "a2"], "part_of": ["", "A", "A"], "outcome": "surrendered",
...     "actor": "junta_army", "count_unit": "people", "count_low": [100, 30, None],
...     "count_best": [100, 30, 20], "date_start": "2023-11-01", "date_end": "2023-11-01",
...     "state_region": ["", "Shan", "Chin"], "shan_part": ["", "North", ""]})
>>> itemized(ev, window=("2023-10-27", None))
Itemized(low=30, best=50, events=2)
>>> itemized(ev, window=("2023-10-27", None), scope=Scope("Shan", "North"))
Itemized(low=30, best=30, events=1)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..config import OPERATION_1027
from ..errors import AnalysisError
from ..parse.counts import parse_count
from ..vocab import TROOP_ACTORS
from .rules import Rule, claim_rule
from .tally import contributions

#: The two series: name -> the rule measure that reads each row's figure.
SERIES = {"low": "low", "best": "best_or_low"}

#: How a chart or sentence names each series.
SERIES_NAMES = {"low": "stated lower bounds", "best": "best estimates"}


def scope_names(text: object) -> tuple[str, ...]:
    """A ';'-separated list of names -> the names ('KNLA; PDF' -> ('KNLA', 'PDF')); empty or missing -> ().

    >>> scope_names("KNLA; PDF")
    ('KNLA', 'PDF')
    """
    if not isinstance(text, str):
        return ()
    return tuple(n.strip() for n in text.split(";") if n.strip())


@dataclass(frozen=True)
class Scope:
    """Where a count counts: a canonical state/region (empty: Myanmar as a whole), a part of Shan, and, for a
    claim about one front or operation, its townships and the armed groups whose takings it counts (empty: the
    whole state/region, anyone's)."""

    state_region: str = ""
    shan_part: str = ""
    townships: tuple[str, ...] = ()
    counterparts: tuple[str, ...] = ()

    def __str__(self) -> str:
        if not self.state_region:
            where = "Myanmar"
        else:
            where = f"{self.state_region} ({self.shan_part})" if self.shan_part else self.state_region
        if self.townships:
            where += f": {', '.join(self.townships)}"
        if self.counterparts:
            where += f"; taken by {', '.join(self.counterparts)}"
        return where


@dataclass(frozen=True)
class Itemized:
    """What the itemized events add up to: ``low`` (stated lower bounds), ``best`` (best estimates), and the
    number of ``events`` that add anything to the best estimate (every event of the lower bound is one)."""

    low: int
    best: int
    events: int


def itemized_rule(
    series: str = "low",
    window: tuple[str | None, str | None] = (OPERATION_1027, None),
    outcomes: tuple[str, ...] = ("surrendered",),
    actors: tuple[str, ...] = TROOP_ACTORS,
    count_unit: str = "people",
) -> Rule:
    """The rule of the itemized events of one series: distinct events only, each person once."""
    if series not in SERIES:
        raise AnalysisError(f"unknown series {series!r}; choose from {sorted(SERIES)}")
    rule = claim_rule(
        f"itemized, {SERIES_NAMES[series]}",
        tuple(outcomes),
        window,
        tuple(actors),
        count_unit,
        aggregates=False,
        description=f"Itemized events ({', '.join(outcomes)}), distinct events only, {SERIES_NAMES[series]}.",
    )
    return rule.but(measure=SERIES[series], reproduces="")


def in_scope(events: pd.DataFrame, scope: Scope) -> np.ndarray:
    """Rows placed in ``scope``: one state/region (and the part of Shan, where the scope names one).

    A row placed in several states, or in Shan without a part when the scope is one part, is not in it; when
    the scope names townships, a row placed in none of them (or in no township) is not in it; when it names
    counterparts, a row that names none of them as counterpart is not in it.

    >>> ev = pd.DataFrame({"state_region": "Kayin", "shan_part": "", "township": ["Hpapun", "Kawkareik"],
    ...     "counterpart": ["KNLA", "KNLA; PDF"]})
    >>> in_scope(ev, Scope("Kayin", townships=("Kawkareik", "Myawaddy"))).tolist()
    [False, True]
    >>> in_scope(ev, Scope("Kayin", counterparts=("PDF",))).tolist()
    [False, True]
    """
    inside = np.ones(len(events), dtype=bool)
    if scope.state_region:
        inside &= (events["state_region"] == scope.state_region).to_numpy(dtype=bool)
    if scope.shan_part:
        inside &= (events["shan_part"] == scope.shan_part).to_numpy(dtype=bool)
    if scope.townships:
        inside &= events["township"].fillna("").isin(scope.townships).to_numpy(dtype=bool)
    if scope.counterparts:
        wanted = set(scope.counterparts)
        inside &= np.array([bool(wanted & set(scope_names(c))) for c in events["counterpart"].fillna("")], dtype=bool)
    return inside


def itemized_contributions(
    events: pd.DataFrame,
    series: str = "low",
    window: tuple[str | None, str | None] = (OPERATION_1027, None),
    scope: Scope = Scope(),
    outcomes: tuple[str, ...] = ("surrendered",),
    actors: tuple[str, ...] = TROOP_ACTORS,
) -> pd.Series:
    """What each row adds to the itemized events of one series (0 for every row that is not one)."""
    contrib = contributions(events, itemized_rule(series, window, outcomes, actors))
    return contrib.where(in_scope(events, scope), 0.0)


def itemized(
    events: pd.DataFrame,
    window: tuple[str | None, str | None] = (OPERATION_1027, None),
    scope: Scope = Scope(),
    outcomes: tuple[str, ...] = ("surrendered",),
    actors: tuple[str, ...] = TROOP_ACTORS,
) -> Itemized:
    """What the itemized events add up to for a window, a scope, an outcome and the people counted."""
    low = itemized_contributions(events, "low", window, scope, outcomes, actors)
    best = itemized_contributions(events, "best", window, scope, outcomes, actors)
    return Itemized(low=int(round(float(low.sum()))), best=int(round(float(best.sum()))), events=int((best > 0).sum()))


#: Phrases that show how each qualifier enters the two series (parsed, never typed: see series_readings).
EXAMPLE_PHRASES = (
    "127",
    "at least 15",
    "over 300",
    "around 30",
    "nearly 200",
    "up to 1,000",
    "18 or 23",
    "several dozen",
    "many",
)


def series_readings() -> pd.DataFrame:
    """For each example phrase: its qualifier and what it adds to each series, read through the project's
    parser, so the codebook's table is what the code does.

    >>> series_readings().set_index("phrase").loc["nearly 200", ["low", "best"]].tolist()
    ['nothing', '200']
    """
    rows = []
    for phrase in EXAMPLE_PHRASES:
        c = parse_count(phrase)
        best = c.best if c.best is not None else c.low
        rows.append(
            {
                "phrase": phrase,
                "qualifier": c.qualifier,
                "low": "nothing" if c.low is None else f"{c.low:,}",
                "best": "nothing" if best is None else f"{best:,}",
            }
        )
    return pd.DataFrame(rows)
