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
from ..measure.tally import select
from .headline import totals


def _alt_overrides(events: pd.DataFrame) -> dict[str, float]:
    alt = events[events["alt_count_low"].notna()]
    return {eid: float(v) for eid, v in zip(alt["event_id"], alt["alt_count_low"], strict=True)}


SAME = "the headline's question"
OTHER = "another question"


def window_text(window: tuple[str | None, str | None]) -> str:
    """'27 Oct-17 Nov 2023' from a rule's window (ISO dates; an open end is 'the end of the data').

    >>> window_text(("2023-10-27", "2023-11-17"))
    '27 Oct-17 Nov 2023'
    """
    start, end = (pd.Timestamp(d) if d else None for d in window)
    if start is None and end is None:
        return "any date"
    if end is None:
        return f"{start.day} {start:%b %Y} to the end of the data"
    if start is None:
        return f"up to {end.day} {end:%b %Y}"
    first = f"{start.day} {start:%b}" + ("" if start.year == end.year else f" {start.year}")
    return f"{first}-{end.day} {end:%b %Y}"


def record_differences(events: pd.DataFrame, rule: Rule = REPORT_RULE) -> pd.DataFrame:
    """Where the report's own rows give people differently from the rows the record counts.

    The rows of the report ``rule`` reproduces that are another report (``same_as``) of a row the record
    counts, with a different figure: ``place``, ``report`` (its figure), ``record`` (the counted row's figure),
    ``record_id``.
    """
    again = events[select(events, rule) & (events["same_as"] != "").to_numpy()]
    first = events.set_index("event_id")
    record = again["same_as"].map(first["count_text"])
    differ = again[record.to_numpy() != again["count_text"].to_numpy()]
    return pd.DataFrame(
        {
            "place": (differ["township"].where(differ["township"] != "", differ["state_region"])).to_numpy(),
            "report": differ["count_text"].to_numpy(),
            "record": differ["same_as"].map(first["count_text"]).to_numpy(),
            "record_id": differ["same_as"].to_numpy(),
        }
    )


def _record_labels(events: pd.DataFrame) -> tuple[str, str]:
    """(label, short label) of the record's reading, from the rows: "Loikaw's 38 as 32 ..."."""
    d = record_differences(events)
    if d.empty:
        return "The record's reading of the same rows (no figure differs)", "Record's reading"
    long = ", ".join(f"{r.place}'s {r.report} as {r.record} ({r.record_id})" for r in d.itertuples())
    short = ", ".join(f"{r.place} {r.report} as {r.record}" for r in d.itertuples())
    return f"{long}: the figures the record counts", short


def readings(events: pd.DataFrame) -> list[tuple[str, str, Rule]]:
    """The alternative readings of the headline, each a rule built from the data (the last two: other questions)."""
    record_label, record_short = _record_labels(events)
    return [
        (
            f"The report's rule (surrendered, {window_text(REPORT_RULE.window)}; lower bounds, figures given only "
            "as approximations as stated)",
            "Report's rule",
            REPORT_RULE,
        ),
        ("Best estimates instead of lower bounds", "Best estimates", BEST_RULE),
        ("Strict lower bounds (drop 'around' figures)", "Strict lower bounds", STRICT_RULE),
        ("Including those who fled", "+ those who fled", SURRENDERED_OR_FLED_RULE),
        (record_label, record_short, REPORT_RULE.but(name="the record's reading", reproduces="")),
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
