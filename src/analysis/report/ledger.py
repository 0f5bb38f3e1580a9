"""The claims ledger: every numeric claim, what the rows give under its own rule, and a status."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..measure.rules import REPORT_RULE, Rule
from ..measure.tally import contributions, select
from ..parse.places import MULTI_SEPARATOR
from ..pipeline.links import parent_positions
from ..vocab import LEDGER_STATUSES, TROOP_ACTORS

_OUTCOME_FAMILY = {
    "surrendered_or_fled": ("surrendered", "fled", "fled_across_border", "surrendered_or_fled"),
    "killed_or_injured": ("killed", "injured", "killed_or_injured"),
}

def rule_for(row: pd.Series) -> Rule:
    """The rule that checks one claim: its outcome family, its actors, its unit, its own dates."""
    outcomes = _OUTCOME_FAMILY.get(row["outcome"], (row["outcome"],))
    actors = TROOP_ACTORS if row["actor"] in TROOP_ACTORS else (row["actor"],)
    window = (row["date_start"] or None, row["date_end"] or None)
    return REPORT_RULE.but(
        name=f"claim:{row['event_id']}",
        description="",
        outcomes=outcomes,
        actors=actors,
        count_unit=row["count_unit"],
        window=window,
        window_mode="within",
    )

def _subtrees(events: pd.DataFrame) -> dict[int, list[int]]:
    """Row position of each aggregate -> row positions of every row below it (any depth)."""
    parent = parent_positions(events)
    children: dict[int, list[int]] = {}
    for child in np.flatnonzero(parent >= 0):
        children.setdefault(int(parent[child]), []).append(int(child))
    out: dict[int, list[int]] = {}
    for agg in children:
        seen: list[int] = []
        stack = list(children[agg])
        while stack and len(seen) <= len(events):
            row = stack.pop()
            if row != agg and row not in seen:
                seen.append(row)
                stack.extend(children.get(row, []))
        out[agg] = sorted(seen)
    return out

STATED, CONSISTENT, EXPLAINED, NOT_REPRODUCIBLE = LEDGER_STATUSES  # documented in vocab.py and the codebook

_LEDGER_COLUMNS = ["claim_id", "source_id", "event_id", "claim", "reported", "computed", "rule", "status",
                   "explanation"]  # fmt: skip

def claims_ledger(events: pd.DataFrame) -> pd.DataFrame:
    """Every numeric claim, what the data gives under the stated rule, and a status.

    A single figure is carried as stated; an aggregate is checked against the sum
    of its components, computed on its own subtree (so the cost grows with the
    data, not with data x aggregates).
    """
    events = events.reset_index(drop=True)
    has_figure = events[["count_low", "count_best", "count_high"]].notna().any(axis=1).to_numpy()
    subtrees = _subtrees(events)
    figure = events["count_low"].astype("Float64").fillna(events["count_best"].astype("Float64"))
    claim = (
        events["outcome"].str.replace("_", " ")
        + ": "
        + events["actor"].str.replace("_", " ")
        + np.where(events["unit"] != "", " (" + events["unit"] + ")", "")
        + ", "
        + events["state_region"].where(events["state_region"] != "", "Myanmar")
    )
    leaf = has_figure & ~np.isin(np.arange(len(events)), list(subtrees))
    alt = np.where(events["alt_count_text"] != "", "; other reporting gives " + events["alt_count_text"], "")
    same_as = events["same_as"] if "same_as" in events else pd.Series("", index=events.index)
    again = np.where(same_as != "", "; another report of the people in " + same_as + ": compared, never counted", "")
    vague = np.where(events["count_qualifier"] == "vague", "; a vague phrase, read as its lower bound (if any)", "")
    leaves = pd.DataFrame(
        {
            "claim_id": "C-" + events["event_id"],
            "source_id": events["source_id"],
            "event_id": events["event_id"],
            "claim": claim,
            "reported": events["count_text"],
            "computed": figure.round().astype("Int64"),
            "rule": "figure as stated (low, else best)",
            "status": STATED,
            "explanation": "one reported figure ("
            + events["count_qualifier"].str.replace("_", " ")
            + "); nothing independent in the rows to check it against"
            + alt
            + again
            + vague,
        }
    )[leaf]
    rows = []
    for pos in sorted(p for p in subtrees if has_figure[p]):
        row = events.iloc[pos]
        sub = events.iloc[[pos, *subtrees[pos]]].reset_index(drop=True)
        rule = rule_for(row)
        below = np.arange(len(sub)) > 0
        itemized = float(contributions(sub, rule)[below].sum())
        parts = sub[below & select(sub, rule)]
        base = {"claim_id": f"C-{row['event_id']}", "source_id": row["source_id"], "event_id": row["event_id"],
                "claim": claim.iloc[pos], "reported": row["count_text"], "_pos": pos}  # fmt: skip
        rows.append(base | _judge(row, figure.iloc[pos], itemized, parts, ", ".join(parts["event_id"]), rule))
    aggregates = pd.DataFrame(rows, columns=[*_LEDGER_COLUMNS, "_pos"]).set_index("_pos")
    out = pd.concat([leaves, aggregates]).sort_index()
    out["computed"] = out["computed"].astype("Int64")
    return out.reset_index(drop=True)[_LEDGER_COLUMNS]

def _notes(row, parts: pd.DataFrame) -> str:
    """What a status rests on besides the figures: the curator's links, parses of vague phrases."""
    notes = []
    if len(parts):
        notes.append("the links of these components to the claim (part_of) are the curator's reading of the text; "
                     "see each row's note")  # fmt: skip
    vague = [r for r in [row, *[r for _, r in parts.iterrows()]] if r["count_qualifier"] == "vague"]
    for r in vague:
        low = "no lower bound" if pd.isna(r["count_low"]) else f"a lower bound of {int(r['count_low'])}"
        notes.append(f"'{r['count_text']}' ({r['event_id']}) is a vague phrase, read as {low}")
    return ("; " + "; ".join(notes)) if notes else ""


def _judge(row, figure, itemized, parts, listed, rule) -> dict:
    """The status of an aggregate claim: what its itemized components show (never the claim compared with itself)."""
    computed = int(round(itemized))
    rule_text = (
        f"sum of itemized components ({', '.join(rule.outcomes)}; "
        f"{row['date_start']} to {row['date_end']}; low, else best)"
    )
    notes = _notes(row, parts)
    if not len(parts):
        return {"computed": pd.NA, "rule": rule_text, "status": NOT_REPRODUCIBLE,
                "explanation": "the text itemizes none of it" + notes}  # fmt: skip
    high = row["count_high"]
    target = figure if pd.notna(figure) else row["count_best"]
    named = [s for s in row["state_region"].split(MULTI_SEPARATOR) if s]
    silent = [s for s in named if s not in set(parts["state_region"])]
    rest = int(target) - computed if pd.notna(target) else None
    if silent and rest and rest > 0:
        return {"computed": computed, "rule": rule_text, "status": EXPLAINED,
                "explanation": f"components ({listed}) add up to {computed}; {rest} are not itemized; the report "
                f"names {', '.join(silent)} but gives no figure there" + notes}  # fmt: skip
    if pd.isna(high) or computed <= high:
        share = (f"; {rest} of '{row['count_text']}' are not itemized in the text" if rest and rest > 0
                 else "")  # fmt: skip
        return {"computed": computed, "rule": rule_text, "status": CONSISTENT,
                "explanation": f"its components ({listed}) add up to {computed}, which does not contradict "
                f"'{row['count_text']}'" + share + notes}  # fmt: skip
    return {"computed": computed, "rule": rule_text, "status": NOT_REPRODUCIBLE,
            "explanation": f"its components ({listed}) add up to {computed}, more than '{row['count_text']}'"
            + notes}  # fmt: skip
