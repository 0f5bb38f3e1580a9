"""The report's headline, derived from event rows: by state/region, the unitemized rest, the largest events.

Nothing here holds a reported number: every figure is computed from the
processed events through :mod:`analysis.measure.tally`. The report's headline
is the aggregate event ``HEADLINE_ID``; its reported figure is read from that row.
"""

from __future__ import annotations

import pandas as pd

from ..measure.rules import REPORT_RULE, Rule
from ..measure.tally import contributions, low_or_best, select
from ..parse.places import MULTI_SEPARATOR, iso_code
from ..vocab import TROOP_ACTORS

#: The event row that carries The Irrawaddy's headline claim ("at least 447 ... surrendered").
HEADLINE_ID = "IRR-002"

NOT_ITEMIZED = "Not itemized"

_UNPLACED = ("multiple", "national", "unknown")


def unplaced_mask(events: pd.DataFrame) -> pd.Series:
    return events["place_scope"].isin(_UNPLACED) | (events["state_region"] == "")


def headline_by_state(events: pd.DataFrame, rule: Rule = REPORT_RULE, headline_id: str = HEADLINE_ID) -> pd.DataFrame:
    """Surrendered personnel by state/region under ``rule``, plus a 'Not itemized' row.

    States the headline names come first, in its order (with 0 where the report
    gives no itemized figure); then any other state; then 'Not itemized': what
    the headline (and any other unplaced aggregate) exceeds the itemized sum by.
    """
    contrib = contributions(events, rule)
    mask = select(events, rule)
    unplaced = unplaced_mask(events).to_numpy()
    placed = events.loc[mask & ~unplaced, ["state_region"]].assign(surrendered=contrib[mask & ~unplaced])
    by_state = placed.groupby("state_region", sort=True).agg(
        surrendered=("surrendered", "sum"), itemized_events=("surrendered", lambda s: int((s > 0).sum()))
    )
    named = _named_states(events, headline_id)
    order = named + [s for s in by_state.index if s not in named]
    rows = []
    for state in order:
        total = by_state["surrendered"].get(state, 0.0)
        n = int(by_state["itemized_events"].get(state, 0))
        note = "itemized in the report" if n else "named in the headline; no itemized figure in the report"
        if state not in named:
            note = "itemized, but not among the places the headline names"
        rows.append(
            {
                "state_region": state,
                "iso_3166_2": iso_code(state),
                "surrendered": int(round(total)),
                "itemized_events": n,
                "note": note,
            }
        )
    gap = float(contrib[mask & unplaced].sum())
    rows.append(
        {
            "state_region": NOT_ITEMIZED,
            "iso_3166_2": "",
            "surrendered": int(round(gap)),
            "itemized_events": int((contrib[mask & unplaced] > 0).sum()),
            "note": "what the headline exceeds the itemized sum by (0 if nothing)",
        }
    )
    return pd.DataFrame(rows, columns=["state_region", "iso_3166_2", "surrendered", "itemized_events", "note"])


def _named_states(events: pd.DataFrame, headline_id: str) -> list[str]:
    row = events.loc[events["event_id"] == headline_id, "state_region"]
    if row.empty or not row.iloc[0]:
        return []
    return row.iloc[0].split(MULTI_SEPARATOR)


def headline_figure(events: pd.DataFrame, headline_id: str = HEADLINE_ID) -> dict:
    """The headline as the report gives it, read from its event row (the thing compared against)."""
    row = events.loc[events["event_id"] == headline_id].iloc[0]
    return {
        "event_id": headline_id,
        "reported": row["count_text"],
        "low": row["count_low"],
        "evidence": row["evidence"],
        "source_id": row["source_id"],
    }


def totals(events: pd.DataFrame, rule: Rule = REPORT_RULE) -> dict[str, int]:
    """Headline arithmetic under a rule: total, itemized, not itemized."""
    contrib = contributions(events, rule)
    total = float(contrib.sum())
    unplaced = float(contrib[unplaced_mask(events).to_numpy()].sum())
    return {"total": int(round(total)), "itemized": int(round(total - unplaced)), "not_itemized": int(round(unplaced))}


def totals_of(by_state: pd.DataFrame) -> dict[str, int]:
    """The headline arithmetic read from the table :func:`headline_by_state` gives (the build writes it).

    >>> totals_of(pd.DataFrame({"state_region": ["Shan", "Chin", NOT_ITEMIZED], "surrendered": [300, 6, 21]}))
    {'total': 327, 'itemized': 306, 'not_itemized': 21}
    """
    rest = by_state["state_region"] == NOT_ITEMIZED
    itemized, not_itemized = int(by_state.loc[~rest, "surrendered"].sum()), int(by_state.loc[rest, "surrendered"].sum())
    return {"total": itemized + not_itemized, "itemized": itemized, "not_itemized": not_itemized}


def largest_surrenders(events: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """Single surrender events (not aggregates) ranked by their figure, with their dates."""
    aggregates = set(events["part_of"]) - {""}
    again = events["same_as"] != "" if "same_as" in events else False  # another report of counted people
    rows = events[
        (events["outcome"] == "surrendered")
        & events["actor"].isin(TROOP_ACTORS)
        & ~events["event_id"].isin(aggregates)
        & (events["count_unit"] == "people")
        & ~again
    ].copy()
    rows["figure"] = low_or_best(rows)
    rows = rows[rows["figure"].notna()]
    rows["figure"] = rows["figure"].astype(int)
    rows = rows.sort_values(["figure", "event_id"], ascending=[False, True]).head(n)
    return rows[
        [
            "event_id",
            "source_id",
            "unit",
            "count_text",
            "figure",
            "date_start",
            "date_end",
            "state_region",
            "township",
            "location",
            "counterpart",
            "claimed_by",
        ]
    ].reset_index(drop=True)
