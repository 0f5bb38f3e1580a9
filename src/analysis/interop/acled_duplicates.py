"""Duplicates among imported ACLED rows: ACLED's own repeats linked with ``same_as``; likely duplicates of
curated rows listed for a person to judge, never merged.

>>> import pandas as pd
>>> _figure("about 30"), _figure("no figure")
(30.0, nan)
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import AnalysisError, ParseError
from ..measure.tally import low_or_best
from ..parse.counts import parse_count
from ..parse.places import canonical_township
from ..pipeline.load import typed
from ..schema import PROCESSED_FIELDS
from ..vocab import TROOP_ACTORS

#: The columns of processed events the check for likely duplicates reads.
AGAINST_COLUMNS = ("event_id", "outcome", "actor", "township", "date_start", "date_end", "count_low", "count_best")


def curated_events(path: str | Path) -> pd.DataFrame:
    """The processed events an import is checked against, or an error naming the file (and the line, column
    and value of a bad cell): a file that is no CSV, lacks a column the check reads, or has a date that is
    not a day or a count that is not a whole number."""
    try:
        text = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        why = " ".join(str(exc).split())  # one line
        raise AnalysisError(f"--against {path}: not a CSV of processed events ({type(exc).__name__}: {why})") from None
    missing = [c for c in AGAINST_COLUMNS if c not in text.columns]
    if missing:
        raise AnalysisError(
            f"--against {path}: not processed events (as data/processed/events.csv): missing column(s) "
            f"{', '.join(missing)}"
        )
    for column in ("date_start", "date_end", "count_low", "count_best"):
        cells = text[column]
        if column.startswith("date"):
            good, what = pd.to_datetime(cells, format="%Y-%m-%d", errors="coerce").notna(), "a day (YYYY-MM-DD)"
        else:
            good, what = cells.str.fullmatch(r"\d+"), "a whole number"
        if (bad := (cells != "") & ~good).any():
            i = int(bad.to_numpy().argmax())
            raise AnalysisError(f"--against {path}, line {i + 2}, column '{column}': {cells.iloc[i]!r} is not {what}")
    return typed(text[list(AGAINST_COLUMNS)], PROCESSED_FIELDS)  # the columns the check reads, typed


def likely_duplicates(imported: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Pairs (imported, existing) in the same township with dates within a day and similar counts."""

    def _canon(t: str) -> str:
        try:
            rec = canonical_township(t)
            return rec.township if rec else ""
        except ParseError:
            return t

    imp = imported.assign(
        _t=imported["township"].map(_canon),
        _s=pd.to_datetime(imported["date_start"].replace("", None)),
        _e=pd.to_datetime(imported["date_end"].replace("", None)),
        _n=[_figure(c) for c in imported["count_text"]],
    )
    ex = events.assign(
        _t=events["township"],
        _s=pd.to_datetime(events["date_start"].replace("", None)),
        _e=pd.to_datetime(events["date_end"].replace("", None)),
        _n=low_or_best(events),
    )
    pairs = imp[imp["_t"] != ""].merge(ex[ex["_t"] != ""], on="_t", suffixes=("_i", "_x"))
    day = pd.Timedelta(days=1)
    close_dates = (pairs["_s_i"] <= pairs["_e_x"] + day) & (pairs["_s_x"] <= pairs["_e_i"] + day)
    a, b = pairs["_n_i"].astype("Float64"), pairs["_n_x"].astype("Float64")
    close_counts = ((a - b).abs() <= np.maximum(2, 0.1 * np.maximum(a, b))).fillna(False)
    troops_i, troops_x = pairs["actor_i"].isin(TROOP_ACTORS), pairs["actor_x"].isin(TROOP_ACTORS)
    same_who = (pairs["actor_i"] == pairs["actor_x"]) | (troops_i & troops_x)
    hit = pairs[close_dates.fillna(False) & close_counts & same_who & (pairs["outcome_i"] == pairs["outcome_x"])]
    return pd.DataFrame(
        {
            "imported_id": hit["event_id_i"],
            "existing_id": hit["event_id_x"],
            "township": hit["_t"],
            "reason": "same township and outcome, dates within a day, similar counts",
        }
    ).reset_index(drop=True)


def _figure(text: str) -> float:
    try:
        c = parse_count(text)
    except ParseError:
        return np.nan
    v = c.low if c.low is not None else c.best
    return np.nan if v is None else float(v)


def link_repeats(rows: pd.DataFrame, days: int = 3) -> pd.DataFrame:
    """Rows whose figure ACLED gives again, in the same sentence, outcome, actor and township within ``days``
    days of the previous telling (one report split across events: a two-day battle, a base and a guard
    post), get ``same_as`` = the first event and a note: the same people, never counted twice.

    ``rows`` carries the sentence of each fact in ``_sentence``.

    >>> rows = pd.DataFrame({"event_id": ["B", "A", "C"], "outcome": "captured", "actor": "junta_army",
    ...     "count_text": "29", "township": "Katha", "date_start": ["2025-03-16", "2025-03-15", "2025-04-30"],
    ...     "_sentence": "They captured 29 soldiers.", "same_as": "", "note": ""})
    >>> link_repeats(rows)[["event_id", "same_as"]].values.tolist()
    [['B', 'A'], ['A', ''], ['C', '']]
    """
    out = rows.copy()
    key = ["outcome", "actor", "count_text", "township", "_sentence"]
    told = out[(out["count_text"] != "") & (out["_sentence"] != "") & (out["date_start"] != "")]
    told = told[told.duplicated(key, keep=False)]
    if told.empty:
        return out
    told = told.assign(_day=pd.to_datetime(told["date_start"])).sort_values([*key, "_day", "event_id"])
    gap = told.groupby(key, sort=False)["_day"].diff()
    run = (gap.isna() | (gap > pd.Timedelta(days=days))).cumsum()
    first = told.groupby(run)["event_id"].transform("first")
    again = first != told["event_id"]
    out.loc[again[again].index, "same_as"] = first[again]
    note = (
        " ACLED gives the same figure in the same words on "
        + first[again]
        + " (one report split across events): same_as that event, never counted twice."
    )
    out.loc[again[again].index, "note"] = (out.loc[again[again].index, "note"] + note).str.strip()
    return out


def flag_tellings(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows that may tell the same people as another row (ACLED coding one capture twice, from two sources)
    get a note naming it: the same day, state or region, outcome, actor and figure, and a detail in common
    (four words in a row with a number among them, e.g. 'a 40-year-old military major'). Never linked: a
    person judges, since two captures of one soldier on one day are possible.

    >>> rows = pd.DataFrame({"event_id": ["A", "B"], "outcome": "captured", "actor": "junta_army",
    ...     "count_text": "a major", "state_region": "Tanintharyi", "date_start": "2025-03-26",
    ...     "date_end": "2025-03-26", "same_as": "", "note": "",
    ...     "_sentence": ["the PDF detained a 40-year-old military major on the road",
    ...                   "a PDF apprehended a 40-year-old military major at a checkpoint"]})
    >>> flag_tellings(rows)["note"].tolist()[1][:44]
    'Possibly the same people as A (same day, Tan'
    """
    out = rows.copy()
    key = ["outcome", "actor", "count_text", "state_region", "date_start", "date_end"]
    kept = out[(out["same_as"] == "") & (out["count_text"] != "") & (out["date_start"] == out["date_end"])]
    for _, group in kept[kept.duplicated(key, keep=False)].groupby(key, sort=False):
        seen: list[tuple[str, set]] = []
        for i, row in group.sort_values("event_id").iterrows():
            details = _details(row["_sentence"])
            match = next((e for e, d in seen if d & details), None)
            if match:
                out.at[i, "note"] = (
                    f"{out.at[i, 'note']} Possibly the same people as {match} (same day, {row['state_region']}, "
                    "outcome, actor and figure, and a detail in common): not linked, check before counting."
                ).strip()
            seen.append((row["event_id"], details))
    return out


def _details(sentence: str) -> set[tuple[str, ...]]:
    """Four words in a row with a number among them ('a 40 year old'): what two tellings of one event share."""
    words = re.findall(r"[a-z]+|\d+", sentence.lower())
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3) if any(w.isdigit() for w in words[i : i + 4])}
