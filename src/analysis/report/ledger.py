"""The claims ledger: every numeric claim, what the rows give under its own rule, and a status."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..measure.rules import Rule, claim_rule
from ..measure.tally import COUNTED_COLUMNS, contributions, low_or_best, select
from ..parse.places import MULTI_SEPARATOR
from ..pipeline.links import descendant_pairs
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
    # a claim is checked against its own report's rows, in that report's reading
    return claim_rule(f"claim:{row['event_id']}", outcomes, window, actors, row["count_unit"]).but(
        reproduces=row["source_id"]
    )


STATED, CONSISTENT, EXPLAINED, NOT_REPRODUCIBLE = LEDGER_STATUSES  # documented in vocab.py and the codebook

_LEDGER_COLUMNS = [
    "claim_id",
    "source_id",
    "event_id",
    "claim",
    "reported",
    "computed",
    "rule",
    "status",
    "explanation",
]


def claims_ledger(events: pd.DataFrame) -> pd.DataFrame:
    """Every numeric claim, what the data gives under the stated rule, and a status.

    A single figure is carried as stated; an aggregate is checked against the sum
    of its components, computed on its own subtree (so the cost grows with the
    data, not with data x aggregates).
    """
    events = events.reset_index(drop=True)
    has_figure = events[["count_low", "count_best", "count_high"]].notna().any(axis=1).to_numpy()
    pairs = descendant_pairs(events)  # the part_of tree, walked once
    figure = low_or_best(events)
    claim = per_distinct(events[["outcome", "actor", "unit", "state_region"]], _claim_text)
    same_as = events["same_as"] if "same_as" in events else pd.Series("", index=events.index)
    leaf = events[["count_qualifier", "alt_count_text"]].assign(same_as=same_as, others=_other_reports(events, same_as))
    explanation = per_distinct(leaf, _leaf_text)
    n = len(events)
    out = pd.DataFrame(
        {
            "claim_id": "C-" + events["event_id"],
            "source_id": events["source_id"],
            "event_id": events["event_id"],
            "claim": claim,
            "reported": events["count_text"],
            "computed": figure.round().astype("Int64"),
            "rule": pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), ["figure as stated (low, else best)"]),
            "status": pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), list(LEDGER_STATUSES)),
            "explanation": explanation,
        }
    )
    rows = _aggregates(events, pairs, has_figure, figure, claim)
    if rows:  # the aggregates' own rows, written in place (no concatenated copy of the whole ledger)
        aggregates = pd.DataFrame(rows, columns=[*_LEDGER_COLUMNS, "_pos"]).set_index("_pos")
        others = leaf["others"].to_numpy()[aggregates.index.to_numpy()]  # an aggregate reported again elsewhere
        aggregates["explanation"] = [
            e + (f"; other reports of the same people give {o}: compared, never counted" if o else "")
            for e, o in zip(aggregates["explanation"], others, strict=True)
        ]
        for column in ("rule", "explanation"):
            new = pd.Index(aggregates[column].unique()).difference(out[column].cat.categories)
            out[column] = out[column].cat.add_categories(new)
        positions = aggregates.index.to_numpy()
        for column in ("rule", "status", "explanation"):
            out.iloc[positions, out.columns.get_loc(column)] = aggregates[column].to_numpy()
        out.iloc[positions, out.columns.get_loc("computed")] = aggregates["computed"].astype("Int64").to_numpy()
    return out[has_figure].reset_index(drop=True)[_LEDGER_COLUMNS]


def per_distinct(frame: pd.DataFrame, make) -> pd.Series:
    """``make`` on each distinct row of ``frame`` once, spread back over the rows as a categorical.

    A million rows with a few hundred distinct texts cost a few hundred strings, not a million.
    """
    codes = frame.groupby(list(frame.columns), sort=False, dropna=False).ngroup().to_numpy()
    texts = pd.Series(make(frame.drop_duplicates().reset_index(drop=True)), dtype=object)
    text_codes, categories = pd.factorize(texts)
    return pd.Series(pd.Categorical.from_codes(text_codes[codes], categories=categories), index=frame.index)


def _claim_text(rows: pd.DataFrame) -> pd.Series:
    unit = (" (" + rows["unit"] + ")").where(rows["unit"] != "", "")
    return (
        rows["outcome"].str.replace("_", " ")
        + ": "
        + rows["actor"].str.replace("_", " ")
        + unit
        + ", "
        + rows["state_region"].where(rows["state_region"] != "", "Myanmar")
    )


def _other_reports(events: pd.DataFrame, same_as: pd.Series) -> pd.Series:
    """For each row, the other reports that name it in ``same_as``: "'32' (A27-F06), '32' (A27-F12)"."""
    again = same_as != ""
    if not again.any():
        return pd.Series("", index=events.index)
    figure = events["count_text"].where(events["count_text"] != "", "no figure")
    phrase = ("'" + figure[again] + "' (" + events["event_id"][again] + ")").astype(str)
    joined = phrase.groupby(same_as[again].to_numpy(), sort=False).agg(", ".join)
    return events["event_id"].map(joined).fillna("").astype(str)


def _leaf_text(rows: pd.DataFrame) -> pd.Series:
    alt = ("; other reporting gives " + rows["alt_count_text"]).where(rows["alt_count_text"] != "", "")
    again = ("; another report of the people in " + rows["same_as"] + ": compared, never counted").where(
        rows["same_as"] != "", ""
    )
    others = ("; other reports of the same people give " + rows["others"] + ": compared, never counted").where(
        rows["others"] != "", ""
    )
    alone = (rows["alt_count_text"] == "") & (rows["same_as"] == "") & (rows["others"] == "")
    nothing = pd.Series("; nothing independent in the rows to check it against", index=rows.index).where(alone, "")
    vague = pd.Series("; a vague phrase, read as its lower bound (if any)", index=rows.index).where(
        rows["count_qualifier"] == "vague", ""
    )
    return (
        "one reported figure ("
        + rows["count_qualifier"].str.replace("_", " ")
        + "), carried as stated"
        + nothing
        + alt
        + again
        + others
        + vague
    )


_SIGNATURE = ["outcome", "actor", "count_unit", "date_start", "date_end"]
_ROW_FIELDS = [
    "event_id",
    "source_id",
    "count_text",
    "count_high",
    "count_best",
    "state_region",
    "date_start",
    "date_end",
]


def _aggregates(
    events: pd.DataFrame, pairs: pd.DataFrame, has_figure: np.ndarray, figure: pd.Series, claim: pd.Series
) -> list[dict]:
    """The ledger rows of every aggregate: its components' contributions under its own rule, summed.

    A row's contribution depends only on the rows below it, so it is the same whether computed on one
    aggregate's subtree or on every subtree of the aggregates that share a rule (same outcome, actor,
    unit and dates): one vectorised pass per rule, then one plain-Python pass over the aggregates.
    """
    aggs = np.intersect1d(pairs["ancestor"].to_numpy(), np.flatnonzero(has_figure))
    if not len(aggs):
        return []
    head = events[_SIGNATURE].iloc[aggs]
    keys = head.groupby(_SIGNATURE, sort=False, dropna=False).ngroup().to_numpy()
    figures, claims = figure.to_numpy(dtype=object, na_value=pd.NA), claim.to_numpy()
    counted = events[[c for c in COUNTED_COLUMNS if c in events]]  # subtrees copy these columns, not all 42
    rows = []
    for key in np.unique(keys):
        group = aggs[keys == key]
        below = pairs[pairs["ancestor"].isin(group)]  # sorted by ancestor, then row
        subset = np.union1d(group, below["row"].to_numpy())
        sub = counted.iloc[subset].reset_index(drop=True)
        rule = rule_for(events.iloc[group[0]])
        local = np.searchsorted(subset, below["row"].to_numpy())
        sums = pd.Series(contributions(sub, rule).to_numpy()[local]).groupby(below["ancestor"].to_numpy()).sum()
        sums = dict(zip(sums.index.tolist(), sums.tolist(), strict=True))
        chosen = select(sub, rule)[local]
        found = _parts(events, below["ancestor"].to_numpy()[chosen], below["row"].to_numpy()[chosen])
        own = _vague(events.iloc[group])  # each aggregate's own phrase, if vague
        fields = {c: events[c].iloc[group].to_numpy(dtype=object, na_value=pd.NA) for c in _ROW_FIELDS}
        for i, pos in enumerate(group.tolist()):
            row = {c: values[i] for c, values in fields.items()}
            listed, states, vague = found.get(pos, ("", set(), []))
            parts = Parts(listed, states, [own[i]] * bool(own[i]) + vague)
            base = {
                "claim_id": f"C-{row['event_id']}",
                "source_id": row["source_id"],
                "event_id": row["event_id"],
                "claim": claims[pos],
                "reported": row["count_text"],
                "_pos": pos,
            }
            rows.append(base | _judge(row, figures[pos], float(sums.get(pos, 0.0)), parts, rule))
    return rows


def _parts(events: pd.DataFrame, ancestors: np.ndarray, rows: np.ndarray) -> dict[int, tuple]:
    """For each aggregate, its selected components: (ids joined, states, vague notes), in row order.

    ``ancestors`` is sorted (pairs are), so each aggregate's components are one run of it.
    """
    if not len(rows):  # no aggregate of this rule has a selected component
        return {}
    picked = events[["event_id", "state_region", "count_low", "count_text", "count_qualifier"]].iloc[rows]
    ids, states = picked["event_id"].tolist(), picked["state_region"].tolist()
    vague = _vague(picked).tolist()
    starts = np.flatnonzero(np.r_[True, ancestors[1:] != ancestors[:-1]]).tolist()
    out = {}
    for a, b in zip(starts, [*starts[1:], len(rows)], strict=True):
        out[int(ancestors[a])] = (", ".join(ids[a:b]), set(states[a:b]), [v for v in vague[a:b] if v])
    return out


@dataclass(frozen=True)
class Parts:
    """An aggregate's selected components, as the judgement needs them: ids, states, vague phrases."""

    listed: str
    states: set
    vague: list

    def __len__(self) -> int:
        return len([i for i in self.listed.split(", ") if i])


def _vague(rows: pd.DataFrame) -> np.ndarray:
    """For each row, the note on its vague phrase ('' when its figure is not vague)."""
    low = rows["count_low"].astype("Float64")
    note = (
        "'"
        + rows["count_text"]
        + "' ("
        + rows["event_id"]
        + ") is a vague phrase, read as "
        + np.where(low.isna(), "no lower bound", "a lower bound of " + low.astype("Int64").astype(str))
    )
    return np.where(rows["count_qualifier"] == "vague", note, "")


def _notes(row, parts: Parts) -> str:
    """What a status rests on besides the figures: the curator's links, parses of vague phrases."""
    notes = []
    if len(parts):
        notes.append(
            "the links of these components to the claim (part_of) are the curator's reading of the text; "
            "see each row's note"
        )
    notes += parts.vague
    return ("; " + "; ".join(notes)) if notes else ""


def _judge(row, figure, itemized, parts: Parts, rule) -> dict:
    """The status of an aggregate claim: what its itemized components show (never the claim compared with itself)."""
    computed = int(round(itemized))
    rule_text = (
        f"sum of itemized components ({', '.join(rule.outcomes)}; "
        f"{row['date_start']} to {row['date_end']}; low, else best)"
    )
    notes = _notes(row, parts)
    listed = parts.listed
    if not len(parts):
        return {
            "computed": pd.NA,
            "rule": rule_text,
            "status": NOT_REPRODUCIBLE,
            "explanation": "the text itemizes none of it" + notes,
        }
    high = row["count_high"]
    target = figure if pd.notna(figure) else row["count_best"]
    named = [s for s in row["state_region"].split(MULTI_SEPARATOR) if s]
    silent = [s for s in named if s not in parts.states]
    rest = int(target) - computed if pd.notna(target) else None
    if silent and rest and rest > 0:
        return {
            "computed": computed,
            "rule": rule_text,
            "status": EXPLAINED,
            "explanation": f"components ({listed}) add up to {computed}; {rest} are not itemized; the report "
            f"names {', '.join(silent)} but gives no figure there" + notes,
        }
    if pd.isna(high) or computed <= high:
        share = f"; {rest} of '{row['count_text']}' are not itemized in the text" if rest and rest > 0 else ""
        return {
            "computed": computed,
            "rule": rule_text,
            "status": CONSISTENT,
            "explanation": f"its components ({listed}) add up to {computed}, which does not contradict "
            f"'{row['count_text']}'" + share + notes,
        }
    return {
        "computed": computed,
        "rule": rule_text,
        "status": NOT_REPRODUCIBLE,
        "explanation": f"its components ({listed}) add up to {computed}, more than '{row['count_text']}'" + notes,
    }
