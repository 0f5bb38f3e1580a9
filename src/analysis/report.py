"""The reports' figures, derived from event rows: headline by state, claims ledger, sensitivity.

Nothing here holds a reported number: every figure is computed from the
processed events through :mod:`analysis.tally`. The report's headline is the
aggregate event ``HEADLINE_ID``; its reported figure is read from that row.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .places import MULTI_SEPARATOR, iso_code
from .tally import REPORT_RULE, Rule, contributions, parent_positions, select
from .vocab import TROOP_ACTORS

#: The event row that carries The Irrawaddy's headline claim ("at least 447 ... surrendered").
HEADLINE_ID = "IRR-002"
NOT_ITEMIZED = "Not itemized"
_UNPLACED = ("multiple", "national", "unknown")


def _unplaced(events: pd.DataFrame) -> pd.Series:
    return events["place_scope"].isin(_UNPLACED) | (events["state_region"] == "")


def headline_by_state(events: pd.DataFrame, rule: Rule = REPORT_RULE, headline_id: str = HEADLINE_ID) -> pd.DataFrame:
    """Surrendered personnel by state/region under ``rule``, plus a 'Not itemized' row.

    States the headline names come first, in its order (with 0 where the report
    gives no itemized figure); then any other state; then 'Not itemized': what
    the headline (and any other unplaced aggregate) exceeds the itemized sum by.
    """
    contrib = contributions(events, rule)
    mask = select(events, rule)
    unplaced = _unplaced(events).to_numpy()
    placed = events[mask & ~unplaced].assign(surrendered=contrib[mask & ~unplaced])
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


# ---- claims ledger ---------------------------------------------------------------------------

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
    leaves = pd.DataFrame(
        {
            "claim_id": "C-" + events["event_id"],
            "source_id": events["source_id"],
            "event_id": events["event_id"],
            "claim": claim,
            "reported": events["count_text"],
            "computed": figure.round().astype("Int64"),
            "rule": "figure as stated (low, else best)",
            "status": "reproduced",
            "explanation": "single reported figure ("
            + events["count_qualifier"].str.replace("_", " ")
            + "); no components to check"
            + alt,
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


def _judge(row, figure, itemized, parts, listed, rule) -> dict:
    computed = int(round(itemized))
    rule_text = (
        f"sum of itemized components ({', '.join(rule.outcomes)}; "
        f"{row['date_start']} to {row['date_end']}; low, else best)"
    )
    low, best, high = row["count_low"], row["count_best"], row["count_high"]
    fits_low = pd.isna(low) or computed >= low
    fits_high = pd.isna(high) or computed <= high
    fits_best = pd.isna(best) or pd.notna(low) or computed >= best
    if len(parts) and fits_low and fits_high and fits_best:
        return {
            "computed": computed,
            "rule": rule_text,
            "status": "reproduced",
            "explanation": f"its components ({listed}) add up to {computed}, consistent with '{row['count_text']}'",
        }
    named = [s for s in row["state_region"].split(MULTI_SEPARATOR) if s]
    covered = set(parts["state_region"])
    silent = [s for s in named if s not in covered]
    target = figure if pd.notna(figure) else best
    gap = f"{int(target) - computed}" if pd.notna(target) else "an unknown number"
    if not len(parts):
        return {
            "computed": pd.NA,
            "rule": rule_text,
            "status": "not reproducible from the text",
            "explanation": "the text itemizes none of it",
        }
    if silent:
        return {
            "computed": computed,
            "rule": rule_text,
            "status": "explained difference",
            "explanation": f"components ({listed}) add up to {computed}; {gap} are not itemized; "
            f"the report names {', '.join(silent)} but gives no figure there",
        }
    return {
        "computed": computed,
        "rule": rule_text,
        "status": "not reproducible from the text",
        "explanation": f"the text itemizes {computed} ({listed}); the other {gap} are not itemized "
        "anywhere in the report",
    }


def _int_or_na(x):
    return pd.NA if pd.isna(x) else int(x)


# ---- sensitivity ----------------------------------------------------------------------------


def _alt_overrides(events: pd.DataFrame, township: str | None = None) -> dict[str, float]:
    alt = events[events["alt_count_low"].notna()]
    if township:
        alt = alt[alt["township"] == township]
    return {eid: float(v) for eid, v in zip(alt["event_id"], alt["alt_count_low"], strict=True)}


def readings(events: pd.DataFrame) -> list[tuple[str, str, Rule]]:
    """The defensible alternative readings of the headline, each a rule built from the data."""
    from .tally import BEST_RULE, STRICT_RULE, SURRENDERED_OR_FLED_RULE

    loikaw = _alt_overrides(events, "Loikaw")
    return [
        ("The report's rule (lower bounds, surrendered, 27 Oct-17 Nov)", "Report's rule", REPORT_RULE),
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
            "Including events outside the window (June 2023 Mese)",
            "+ outside the window",
            REPORT_RULE.but(name="any date", window=(None, None)),
        ),
        (
            "Including relatives who surrendered",
            "+ relatives",
            REPORT_RULE.but(name="with relatives", actors=(*REPORT_RULE.actors, "relatives")),
        ),
    ]


def sensitivity(events: pd.DataFrame) -> pd.DataFrame:
    """How the headline total moves under other defensible readings."""
    rows = []
    base = None
    for label, short, rule in readings(events):
        t = totals(events, rule)
        base = base or t
        rows.append(
            {
                "reading": label,
                "short": short,
                "total": t["total"],
                "itemized_by_state": t["itemized"],
                "not_itemized": t["not_itemized"],
                "change_total": t["total"] - base["total"],
                "change_itemized": t["itemized"] - base["itemized"],
            }
        )
    return pd.DataFrame(rows)


def largest_surrenders(events: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """Single surrender events (not aggregates) ranked by their figure, with their dates."""
    aggregates = set(events["part_of"]) - {""}
    rows = events[
        (events["outcome"] == "surrendered")
        & events["actor"].isin(TROOP_ACTORS)
        & ~events["event_id"].isin(aggregates)
        & (events["count_unit"] == "people")
    ].copy()
    rows["figure"] = rows["count_low"].astype("Float64").fillna(rows["count_best"].astype("Float64"))
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
        ]
    ].reset_index(drop=True)


def totals(events: pd.DataFrame, rule: Rule = REPORT_RULE) -> dict[str, int]:
    """Headline arithmetic under a rule: total, itemized, not itemized."""
    contrib = contributions(events, rule)
    total = float(contrib.sum())
    unplaced = float(contrib[_unplaced(events).to_numpy()].sum())
    return {"total": int(round(total)), "itemized": int(round(total - unplaced)), "not_itemized": int(round(unplaced))}


__all__ = [
    "HEADLINE_ID",
    "NOT_ITEMIZED",
    "claims_ledger",
    "headline_by_state",
    "headline_figure",
    "largest_surrenders",
    "readings",
    "sensitivity",
    "totals",
]
