"""Claimed running totals, compared, never added: against their breakdowns and against the itemized events.

Two checks, both comparisons:

- a breakdown's parts against its total (BNI's state figures against its
  "more than 6,000"): the parts' sum is reported beside the total, and a
  difference is shown, not hidden;
- a running total against what the *itemized* events add up to
  (:mod:`analysis.measure.itemized`), only like with like: the same outcome, the
  same people (a troops-only claim beside troops only), the claim's own window
  (a claim with no start date is not compared) and its scope. On stated lower
  bounds that is a floor no total counting the same people should fall below;
  a total that falls below it counts other people or places, or under-claims,
  and is flagged. Anything else gets a status that says why it is not compared.

Relatives are never personnel: a claimed figure that mixes in relatives (or does
not say whom it counts) is not compared as if it counted personnel.

>>> import pandas as pd
>>> claims = pd.DataFrame({"claim_id": ["T", "p1", "p2"], "kind": ["running_total", "breakdown", "breakdown"],
...     "part_of": ["", "T", "T"], "figure_text": ["more than 100", "70", "45"], "count_low": [100, 70, 45],
...     "count_best": [100, 70, 45], "claimant": "X"})
>>> breakdown_sums(claims)[["claim_id", "parts", "parts_sum", "status"]].values.tolist()
[['T', 2, 115, 'parts add up to more than the lower bound']]
"""

from __future__ import annotations

import pandas as pd

from ..config import OPERATION_1027
from ..measure.itemized import Itemized, Scope, itemized, itemized_rule, scope_names
from ..measure.rules import Rule
from ..measure.tally import low_or_best
from ..vocab import TROOP_ACTORS


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


#: Claimed outcomes the itemized events count alike (the same outcome, nothing mixed in).
EVENT_OUTCOMES = {
    "surrendered": ("surrendered",),
    "defected": ("defected", "switched_sides"),
    "fled_across_border": ("fled_across_border",),
    "captured": ("captured",),
    "released": ("released",),
    "defected_surrendered_or_captured": ("defected", "surrendered", "captured", "switched_sides"),
}

RELEASES = "releases add no one: shown beside the itemized releases, never added"

#: Who a claim counts -> the actors of the event rows that count those people and no one else.
PERSON_ACTORS = {
    "troops": ("junta_army",),
    "police": ("police",),
    "militia": ("militia", "bgf"),
    "conscripts": ("junta_army",),  # soldiers called up: counted with the troops
}

#: Event actors that mix the people of several persons: counted only when the claim counts all of them.
MIXED_ACTORS = {"junta_personnel": ("troops", "police")}

COMPARED_ABOVE = "at or above the itemized events"
COMPARED_BELOW = "below the itemized events (stated lower bounds): counts other people or places, or under-claims"
COMPARED_BELOW_BEST = "at or above the itemized lower bound, below the itemized best estimate"


def persons(claim: pd.Series) -> list[str]:
    """The persons a claim counts ('troops; police' -> ['troops', 'police'])."""
    return [p.strip() for p in str(claim["persons"]).split(";") if p.strip()]


def claim_actors(claim: pd.Series) -> tuple[str, ...]:
    """The event actors that count exactly the people a claim counts (none when it counts others too)."""
    who = persons(claim)
    if "conscripts" in who and "troops" in who:  # conscripts are soldiers: counted with the troops
        who = [p for p in who if p != "conscripts"]
    if not who or any(p not in PERSON_ACTORS for p in who):
        return ()
    actors = [a for p in who for a in PERSON_ACTORS[p]]
    actors += [a for a, parts in MIXED_ACTORS.items() if all(p in who for p in parts)]
    return tuple(a for a in TROOP_ACTORS if a in actors)


def claim_scope(claim: pd.Series) -> Scope:
    """The scope of a claim as the itemized events read it: its state/region (and part of Shan), and the
    townships and counterparts of its front or operation where the claim names them."""
    return Scope(
        claim["scope_state_region"] or "",
        claim["scope_shan_part"] or "",
        scope_names(claim.get("scope_townships", "")),
        scope_names(claim.get("scope_counterparts", "")),
    )


def not_compared(claim: pd.Series) -> str:
    """Why a claim cannot be set beside the itemized events like with like ('' when it can)."""
    outcome = claim["outcome"]
    if claim.get("same_as", ""):
        return f"not compared: another wording of {claim['same_as']}, compared there, once"
    if outcome not in EVENT_OUTCOMES:
        return (
            f"not compared: it counts another outcome ({outcome.replace('_', ' ')}) than the events "
            f"({', '.join(o.replace('_', ' ') for o in EVENT_OUTCOMES)})"
        )
    if not claim["personnel_only"] or not claim_actors(claim):
        return "not compared: the figure mixes in relatives or others, or does not say who it counts"
    if not claim["start_date"]:
        return "not compared: the claim gives no start date, so its window is unknown"
    if claim["start_date"] < OPERATION_1027:
        return (
            f"not compared: its window starts on {claim['start_date']}, before the record's first day "
            f"({OPERATION_1027}); the record does not collect earlier events"
        )
    if not claim["as_of_date"]:
        return "not compared: the claim gives no date it is claimed as of"
    return ""


def itemized_for_claim(events: pd.DataFrame, claim: pd.Series) -> Itemized:
    """What the itemized events of the same outcome, people, window and scope as ``claim`` add up to."""
    return itemized(
        events,
        window=(claim["start_date"] or None, claim["as_of_date"] or None),
        scope=claim_scope(claim),
        outcomes=EVENT_OUTCOMES.get(claim["outcome"], (claim["outcome"],)),
        actors=claim_actors(claim),
    )


def rule_for_claim(claim: pd.Series, series: str = "low") -> Rule:
    """The rule that gathers the itemized events a claim is compared with (its scope: :func:`claim_scope`)."""
    return itemized_rule(
        series,
        window=(claim["start_date"] or None, claim["as_of_date"] or None),
        outcomes=EVENT_OUTCOMES.get(claim["outcome"], (claim["outcome"],)),
        actors=claim_actors(claim),
    )


def itemized_by_then(events: pd.DataFrame, claim: pd.Series) -> tuple[int, int]:
    """(people, events): the itemized events a claim is compared with, on stated lower bounds."""
    found = itemized_for_claim(events, claim)
    return found.low, found.events


def _status(claim: pd.Series, figure, found: Itemized | None) -> str:
    why = not_compared(claim)
    if why:
        return why
    if pd.isna(figure):
        return "the claim gives no figure"
    if claim["outcome"] == "released":
        return RELEASES
    if found.low > figure:
        return COMPARED_BELOW
    if found.best > figure:
        return COMPARED_BELOW_BEST
    return COMPARED_ABOVE


def totals_vs_events(claims: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Every claimed total (and breakdown part) beside the itemized events of the same outcome, people counted,
    window and scope, on both series; a claim that cannot be compared like with like gets no itemized figure
    and a status that says why.
    """
    rows = []
    for _, claim in claims.iterrows():
        found = None if not_compared(claim) else itemized_for_claim(events, claim)
        figure = low_or_best(claims.loc[[claim.name]]).iloc[0]
        rows.append(
            {
                "claim_id": claim["claim_id"],
                "kind": claim["kind"],
                "claimant": claim["claimant"],
                "figure_text": claim["figure_text"],
                "claimed_low": pd.NA if pd.isna(figure) else int(figure),
                "start_date": claim["start_date"],
                "as_of_date": claim["as_of_date"],
                "scope": str(claim_scope(claim)),
                "itemized_low": pd.NA if found is None else found.low,
                "itemized_best": pd.NA if found is None else found.best,
                "itemized_events": pd.NA if found is None else found.events,
                "status": _status(claim, figure, found),
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
        "itemized_low",
        "itemized_best",
        "itemized_events",
        "status",
    ]
    out = pd.DataFrame(rows, columns=columns)
    for c in ("claimed_low", "itemized_low", "itemized_best", "itemized_events"):
        out[c] = out[c].astype("Int64")
    return out
