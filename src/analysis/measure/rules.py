"""Named, documented counting rules: what a count includes (outcomes, actors, unit, window, measure).

Every count in the package says which rule made it; the codebook lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

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
    of aggregate claims, leaving only what is itemized. ``reproduces`` names a
    report (source_id) whose own reading the rule reproduces: where a row of
    that report is another report of people (``same_as``), its row is counted
    in place of the row it names; every other rule counts the row named.
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
    reproduces: str = ""
    overrides: dict[str, float] = field(default_factory=dict, hash=False, compare=False)

    def but(self, **changes) -> Rule:
        """A copy with some fields changed (for sensitivity readings)."""
        return replace(self, **changes)


def _day(iso: str) -> str:
    """'2023-10-27' -> '27 Oct 2023' (for descriptions)."""
    d = date.fromisoformat(iso)
    return f"{d.day} {d:%b %Y}"


#: The three weeks of The Irrawaddy's report: from the start of Operation 1027 to its last dated event.
REPORT_WINDOW = (OPERATION_1027, "2023-11-17")

#: The report whose compiled "at least 447" the report's rule reproduces, in its own reading of its rows.
REPORT_SOURCE = "irrawaddy-2023-11-17"

REPORT_RULE = Rule(
    name="report",
    description=(
        "The Irrawaddy's own rule: junta personnel (army, police, militia, BGF; not relatives) who "
        f"surrendered, within three weeks of {_day(OPERATION_1027)}, counted on lower bounds; a figure given only "
        "as an approximation ('around 30') counts as stated; where other reports give the same people "
        "differently, the report's own figure counts (it is the report being reproduced)."
    ),
    window=REPORT_WINDOW,
    reproduces=REPORT_SOURCE,
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
    description=(
        "What itemized events add up to over the whole record (analysis.measure.itemized): surrendered junta "
        f"personnel from {_day(OPERATION_1027)} to the end of the data, distinct events only (aggregate claims "
        "and their unitemized remainders never), each person once, stated lower bounds ('nearly 200' adds nothing)."
    ),
    window=(OPERATION_1027, None),
    measure="low",
    aggregates=False,
    reproduces="",
)

#: The same events as TREND_RULE, each at its best estimate ('nearly 200' as 200), else its lower bound.
TREND_BEST_RULE = TREND_RULE.but(
    name="trend, best estimates",
    description="As the trend rule, but each row's best estimate ('nearly 200' as 200), else its lower bound.",
    measure="best_or_low",
)

FLED_RULE = TREND_RULE.but(
    name="fled",
    description=f"Junta personnel who fled (deserted a post, or crossed a border) from {_day(OPERATION_1027)} to the "
    "end of the data, as the trend rule counts: distinct events only, each person once, stated lower bounds; never "
    "counted as surrendered.",
    outcomes=("fled", "fled_across_border"),
)

ACROSS_BORDER_RULE = FLED_RULE.but(
    name="across the border",
    description=f"Junta personnel who fled across an international border from {_day(OPERATION_1027)}, distinct "
    "events only, stated lower bounds (the chart of crossings into India draws the rows whose border_country is "
    "India); compared with the claimed totals of crossings, never added to them.",
    outcomes=("fled_across_border",),
)

POSITIONS_RULE = TREND_RULE.but(
    name="positions",
    description=f"Positions (bases, camps, outposts) junta forces abandoned from {_day(OPERATION_1027)}, distinct "
    "events only, stated lower bounds, counted in positions, not people; a report that gives no number is shown "
    "as a report, never as zero.",
    outcomes=("positions_abandoned",),
    count_unit="positions",
)

ITEMIZED_REPORT_RULE = REPORT_RULE.but(
    name="report, itemized",
    description="The report's rule, itemized events only: an aggregate claim's remainder that no row itemizes "
    "is left out (the operations timeline places each event on its day).",
    aggregates=False,
)

#: The rules the charts draw with, besides the report's; the codebook lists them with RULES.
CHART_RULES = {r.name: r for r in (TREND_RULE, FLED_RULE, ACROSS_BORDER_RULE, POSITIONS_RULE, ITEMIZED_REPORT_RULE)}

#: How a claim is checked against the rows (:func:`claim_rule`), for the codebook.
CLAIM_RULE_DESCRIPTION = (
    "One rule per claim, built by `claim_rule`: the claim's outcomes, actors and unit, counting the rows whose "
    "whole date range lies inside the claim's own dates. The claims ledger checks an aggregate row against its "
    "components this way (lower bounds, else best estimates); a claimed total (`claims_vs_events.csv`) is "
    "compared with the itemized events of the same outcome, people, window and scope "
    "(`analysis.measure.itemized`: distinct events only, on both series)."
)


def claim_rule(
    name: str,
    outcomes: tuple[str, ...],
    window: tuple[str | None, str | None],
    actors: tuple[str, ...] = TROOP_ACTORS,
    count_unit: str = "people",
    aggregates: bool = True,
    description: str = "",
) -> Rule:
    """The rule that checks one claim against the rows: its outcomes, actors and unit, inside its own dates.

    The one builder of the claims ledger's rules and of the claimed totals' comparisons: lower bounds, rows
    whose whole date range lies inside ``window``.

    >>> claim_rule("claim:X", ("surrendered",), ("2023-11-01", "2023-11-30")).window_mode
    'within'
    """
    return REPORT_RULE.but(
        name=name,
        description=description,
        outcomes=outcomes,
        actors=actors,
        count_unit=count_unit,
        window=window,
        window_mode="within",
        aggregates=aggregates,
    )
