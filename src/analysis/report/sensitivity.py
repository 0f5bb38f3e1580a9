"""How the itemized part of the headline moves under other defensible readings of the rows.

The reported total ("at least 447") is The Irrawaddy's claim; under the report's
rule the aggregate row absorbs any shortfall, so the *total* cannot move below it
by construction. What the rows can show is the **itemized** part. Readings that
change the question (adding relatives, adding events outside the three weeks)
are kept apart and labelled as other questions.
"""

from __future__ import annotations

import pandas as pd

from ..measure.rules import BEST_RULE, REPORT_RULE, STRICT_RULE, SURRENDERED_OR_FLED_RULE, Rule
from .headline import totals


def _alt_overrides(events: pd.DataFrame, township: str | None = None) -> dict[str, float]:
    alt = events[events["alt_count_low"].notna()]
    if township:
        alt = alt[alt["township"] == township]
    return {eid: float(v) for eid, v in zip(alt["event_id"], alt["alt_count_low"], strict=True)}


def _day_month(iso: str) -> str:
    """'2023-10-27' -> '27 Oct'."""
    day = pd.Timestamp(iso)
    return f"{day.day} {day:%b}"


SAME = "the headline's question"
OTHER = "another question"


def readings(events: pd.DataFrame) -> list[tuple[str, str, Rule]]:
    """The alternative readings of the headline, each a rule built from the data (the last two: other questions)."""
    loikaw = _alt_overrides(events, "Loikaw")
    return [
        (
            f"The report's rule (lower bounds, surrendered, {_day_month(REPORT_RULE.window[0])}-"
            f"{_day_month(REPORT_RULE.window[1])})",
            "Report's rule",
            REPORT_RULE,
        ),
        ("Best estimates instead of lower bounds", "Best estimates", BEST_RULE),
        ("Strict lower bounds (drop 'around' figures)", "Strict lower bounds", STRICT_RULE),
        ("Including those who fled", "+ those who fled", SURRENDERED_OR_FLED_RULE),
        (
            "Loikaw's 38 as 32 surrendered (other outlets)",
            "Loikaw 38 as 32",
            REPORT_RULE.but(name="loikaw 32", overrides=loikaw),
        ),
        (
            "All alternative figures from other reporting",
            "Other outlets' figures",
            REPORT_RULE.but(name="alternatives", overrides=_alt_overrides(events)),
        ),
        (
            "Adding events before the window (the June 2023 Mese surrenders)",
            "+ June 2023 (other question)",
            REPORT_RULE.but(name="any date", window=(None, REPORT_RULE.window[1])),
        ),
        (
            "Adding relatives who surrendered (not personnel)",
            "+ relatives (other question)",
            REPORT_RULE.but(name="with relatives", actors=(*REPORT_RULE.actors, "relatives")),
        ),
    ]


def sensitivity(events: pd.DataFrame) -> pd.DataFrame:
    """How the itemized part (and the total) move under each reading; ``question`` keeps other questions apart."""
    rows = []
    base = None
    for label, short, rule in readings(events):
        t = totals(events, rule)
        base = base or t
        rows.append(
            {
                "reading": label,
                "short": short,
                "question": OTHER if "other question" in short else SAME,
                "total": t["total"],
                "itemized_by_state": t["itemized"],
                "not_itemized": t["not_itemized"],
                "change_total": t["total"] - base["total"],
                "change_itemized": t["itemized"] - base["itemized"],
            }
        )
    return pd.DataFrame(rows)
