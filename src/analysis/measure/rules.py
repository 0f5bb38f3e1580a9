"""Named, documented counting rules: what a count includes (outcomes, actors, unit, window, measure).

Every count in the package says which rule made it; the codebook lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..config import OPERATION_1027
from ..vocab import TROOP_ACTORS

MEASURES = {
    "low": ("count_low",),
    "best": ("count_best",),
    "high": ("count_high",),
    "low_or_best": ("count_low", "count_best"),
    "best_or_low": ("count_best", "count_low"),
    "alt_or_low_or_best": ("alt_count_low", "count_low", "count_best"),
}


@dataclass(frozen=True)
class Rule:
    """A named, documented counting rule.

    ``measure`` picks the figure of each row (first non-empty of the columns in
    ``MEASURES[measure]``). ``window`` = (start, end) ISO dates; ``window_mode``
    "within" keeps rows whose whole date range lies inside the window, "overlaps"
    keeps rows whose range touches it. ``aggregates`` False drops the remainders
    of aggregate claims, leaving only what is itemized.
    """

    name: str
    description: str
    outcomes: tuple[str, ...] = ("surrendered",)
    actors: tuple[str, ...] = TROOP_ACTORS
    count_unit: str = "people"
    window: tuple[str | None, str | None] = (None, None)
    window_mode: str = "within"
    measure: str = "low_or_best"
    aggregates: bool = True
    overrides: dict[str, float] = field(default_factory=dict, hash=False, compare=False)

    def but(self, **changes) -> Rule:
        """A copy with some fields changed (for sensitivity readings)."""
        return replace(self, **changes)


REPORT_WINDOW = ("2023-10-27", "2023-11-17")

REPORT_RULE = Rule(
    name="report",
    description=(
        "The Irrawaddy's own rule: junta personnel (army, police, militia, BGF; not relatives) who "
        "surrendered, within three weeks of 27 Oct 2023, counted on lower bounds; a figure given only "
        "as an approximation ('around 30') counts as stated."
    ),
    window=REPORT_WINDOW,
)

BEST_RULE = REPORT_RULE.but(
    name="best",
    description="As the report's rule, but each row's best estimate (falling back to its lower bound).",
    measure="best_or_low",
)

STRICT_RULE = REPORT_RULE.but(
    name="strict lower bounds",
    description="As the report's rule, but approximate figures with no stated lower bound count as nothing.",
    measure="low",
)

SURRENDERED_OR_FLED_RULE = REPORT_RULE.but(
    name="surrendered or fled",
    description="As the report's rule, adding those who fled (including across the border).",
    outcomes=("surrendered", "fled", "fled_across_border", "surrendered_or_fled"),
)

RULES = {r.name: r for r in (REPORT_RULE, BEST_RULE, STRICT_RULE, SURRENDERED_OR_FLED_RULE)}


TREND_RULE = REPORT_RULE.but(
    name="trend",
    description="Surrendered junta personnel from 27 Oct 2023 to the end of the data, lower bounds, de-duplicated.",
    window=(OPERATION_1027, None),
)

FLED_RULE = TREND_RULE.but(name="fled", outcomes=("fled", "fled_across_border"))

POSITIONS_RULE = TREND_RULE.but(name="positions", outcomes=("positions_abandoned",), count_unit="positions")
