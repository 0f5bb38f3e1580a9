"""Claimed running totals, compared, never added: against their breakdowns and against the itemized events.

Two checks, both comparisons:

- a breakdown's parts against its total (BNI's state figures against its
  "more than 6,000"): the parts' sum is reported beside the total, and a
  difference is shown, not hidden;
- a running total against what the *itemized* events add up to over the same
  window and scope (:func:`itemized_by_then`): a lower bound that no total
  counting the same people should fall below. A total that falls below it
  counts other people or a shorter window, or is an under-claim; it is flagged.

Relatives are never personnel: the itemized side counts junta personnel only,
and a claimed figure that mixes in relatives is marked mixed, not compared as
if it counted personnel.

>>> import pandas as pd
>>> claims = pd.DataFrame({"claim_id": ["T", "p1", "p2"], "kind": ["running_total", "breakdown", "breakdown"],
...     "part_of": ["", "T", "T"], "figure_text": ["more than 100", "70", "45"], "count_low": [100, 70, 45],
...     "count_best": [100, 70, 45], "claimant": "X"})
>>> breakdown_sums(claims)[["claim_id", "parts", "parts_sum", "status"]].values.tolist()
[['T', 2, 115, 'parts add up to more than the lower bound']]
"""

from __future__ import annotations

import pandas as pd

from ..measure.rules import Rule, claim_rule
from ..measure.tally import contributions, low_or_best
from ..vocab import TROOP_ACTORS

#: The outcomes of event rows that a claimed outcome is compared with.
EVENT_OUTCOMES = {
    "surrendered": ("surrendered",),
    "surrendered_or_abandoned": ("surrendered",),
    "defected": ("defected", "switched_sides"),
    "fled_across_border": ("fled_across_border",),
    "captured": ("captured",),
    "released": ("released",),
    "defected_surrendered_or_captured": ("defected", "surrendered", "captured", "switched_sides"),
}


def breakdown_sums(claims: pd.DataFrame) -> pd.DataFrame:
    """Each total that has breakdown parts: the parts' sum beside the total's own figure, and what that means.

    Each figure is read as the ledger reads it: its lower bound, else its best estimate ("Some 4,000" -> 4,000).
    """
    parts = claims[claims["kind"] == "breakdown"].assign(_low=low_or_best(claims))
    rows = []
    for total_id, group in parts.groupby("part_of", sort=True):
        total = claims.loc[claims["claim_id"] == total_id].iloc[0]
        low = low_or_best(claims.loc[claims["claim_id"] == total_id]).iloc[0]
        parts_sum = int(group["_low"].fillna(0).sum())
        if pd.isna(low):
            status = "the total gives no figure"
        elif parts_sum > low:
            status = "parts add up to more than the lower bound"
        elif parts_sum == low:
            status = "parts add up to the total"
        else:
            status = "parts add up to less than the total"
        rows.append(
            {
                "claim_id": total_id,
                "claimant": total["claimant"],
                "figure_text": total["figure_text"],
                "total_figure": pd.NA if pd.isna(low) else int(low),
                "parts": len(group),
                "parts_sum": parts_sum,
                "difference": pd.NA if pd.isna(low) else parts_sum - int(low),
                "status": status,
            }
        )
    return pd.DataFrame(
        rows,
        columns=["claim_id", "claimant", "figure_text", "total_figure", "parts", "parts_sum", "difference", "status"],
    )


def rule_for_claim(claim: pd.Series) -> Rule:
    """The rule that gathers the itemized events a claim can be compared with: its outcome, window, personnel."""
    return claim_rule(
        f"claim:{claim['claim_id']}",
        EVENT_OUTCOMES[claim["outcome"]],
        (claim["start_date"] or None, claim["as_of_date"] or None),
        actors=TROOP_ACTORS,
        aggregates=False,
        description="itemized events inside the claim's window, personnel only, lower bounds",
    )


def itemized_by_then(events: pd.DataFrame, claim: pd.Series) -> tuple[int, int]:
    """(people, events): what itemized events add up to inside a claim's window and scope (lower bounds)."""
    rule = rule_for_claim(claim)
    contrib = contributions(events, rule)
    if claim["scope_state_region"]:
        in_scope = events["state_region"] == claim["scope_state_region"]
        if claim["scope_shan_part"]:
            in_scope &= events["shan_part"] == claim["scope_shan_part"]
        contrib = contrib.where(in_scope, 0.0)
    return int(round(float(contrib.sum()))), int((contrib > 0).sum())


def totals_vs_events(claims: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Every claimed total (and breakdown part) beside the itemized events of the same window and scope."""
    rows = []
    for _, claim in claims.iterrows():
        people, n = itemized_by_then(events, claim)
        figure = low_or_best(claims.loc[[claim.name]]).iloc[0]
        if claim.get("same_as", ""):
            status = f"another wording of {claim['same_as']}: compared there, once"
        elif claim["outcome"] == "released":
            status = "releases add no one: shown beside the itemized releases, never added"
        elif not claim["personnel_only"]:
            status = "not comparable: the figure mixes in relatives or does not say who"
        elif pd.isna(figure):
            status = "the claim gives no figure"
        elif people > figure:
            status = "below the itemized events: counts other people or places, or under-claims"
        else:
            status = "at or above the itemized events"
        rows.append(
            {
                "claim_id": claim["claim_id"],
                "kind": claim["kind"],
                "claimant": claim["claimant"],
                "figure_text": claim["figure_text"],
                "claimed_low": pd.NA if pd.isna(figure) else int(figure),
                "start_date": claim["start_date"],
                "as_of_date": claim["as_of_date"],
                "scope": claim["scope_state_region"] or "Myanmar",
                "itemized_people": people,
                "itemized_events": n,
                "status": status,
            }
        )
    columns = [
        "claim_id",
        "kind",
        "claimant",
        "figure_text",
        "claimed_low",
        "start_date",
        "as_of_date",
        "scope",
        "itemized_people",
        "itemized_events",
        "status",
    ]
    return pd.DataFrame(rows, columns=columns)
