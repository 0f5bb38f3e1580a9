"""ACLED import: an ACLED-format CSV -> rows in this project's raw schema, provenance kept, nothing merged."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import numpy as np
import pandas as pd

from ..errors import AnalysisError, ParseError
from ..parse.counts import parse_count
from ..parse.places import canonical_township
from ..pipeline.load import load_events
from ..schema import RAW_COLUMNS
from ..vocab import TROOP_ACTORS
from .acled import ACLED_ACTORS, ACLED_GROUPS, TAG_FIELDS

_COUNT_IN_NOTES = re.compile(
    r"\b((?:at least|more than|over|around|about|nearly|close to|an estimated|some|approximately)\s+)?"
    r"(\d{1,3}(?:,\d{3})+|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|several dozen|dozens of|dozens)\s+"
    r"(?:\w+\s+){0,3}?(?:soldiers|troops|personnel|police(?:men)?|officers|members|militia(?:men)?)",
    re.I,
)

def count_from_notes(notes: str) -> str:
    """The first personnel count phrase in an ACLED ``notes`` text, or '' (parsed with parse_count).

    >>> count_from_notes("On 12 November 2023, at least 15 pro-junta militia members surrendered to the MNDAA.")
    'at least 15'
    """
    for m in _COUNT_IN_NOTES.finditer(notes or ""):
        phrase = ((m.group(1) or "") + m.group(2)).strip()
        try:
            parse_count(phrase)
        except ParseError:
            continue
        return phrase
    return ""

def _parse_tags(tags: str) -> dict[str, str]:
    out = {}
    for part in (tags or "").split("; "):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = unquote(v.strip())
    return out

_SUB_TO_OUTCOME = {
    "Agreement": "surrendered",
    "Non-violent transfer of territory": "positions_taken",
    "Arrests": "detained",
    "Change to group/activity": "switched_sides",
    "Armed clash": "killed",
    "Air/drone strike": "killed",
}

_IMPORTED_ACTORS = ("junta_army", "police", "militia", "bgf", "civilians")

_ACTOR_BY_NAME = {v[0]: k for k, v in ACLED_ACTORS.items() if k in _IMPORTED_ACTORS}

_GROUP_BY_NAME = {v: k for k, v in ACLED_GROUPS.items()}

def import_acled(path: str | Path, against: str | Path | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """An ACLED-format CSV -> rows in this project's raw schema, plus likely duplicates.

    Provenance is kept: ``source_id`` is ``acled``, ``note`` names the ACLED id,
    source and source scale, ``evidence`` is the start of ACLED's notes. Likely
    duplicates of the processed events in ``against`` (same township, dates
    within a day, counts within 10% or 2) are listed and noted on the row, never merged.
    """
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    needed = ("event_id_cnty", "event_date", "time_precision", "sub_event_type", "notes")
    missing = [c for c in needed if c not in table]
    if missing:
        raise AnalysisError(f"{path}: not an ACLED file; missing columns {missing}")
    rows = [_raw_row(r) for r in table.to_dict("records")]
    raw = pd.DataFrame(rows, columns=RAW_COLUMNS)
    dups = pd.DataFrame(columns=["imported_id", "existing_id", "township", "reason"])
    if against is not None and Path(against).is_file():
        dups = likely_duplicates(raw, load_events(against))
        for imported, existing in zip(dups["imported_id"], dups["existing_id"], strict=True):
            i = raw.index[raw["event_id"] == imported][0]
            raw.at[i, "note"] = (raw.at[i, "note"] + f" Possible duplicate of {existing} (not merged).").strip()
    return raw, dups

def _raw_row(r: dict) -> dict:
    tags = _parse_tags(r.get("tags", ""))
    if tags.get("outcome"):  # written by to_acled: lossless
        row = {k: tags.get(k, "") for k in TAG_FIELDS}
        row["event_id"] = r["event_id_cnty"].removeprefix("MMR-")
        row["evidence"] = _evidence(r["notes"])
        if row["date_text"] and not row["date_basis"]:
            # dates resolved from the phrase, not given by the curator: let the phrase give them again
            row["date_start"] = row["date_end"] = ""
        return {c: row.get(c, "") for c in RAW_COLUMNS}
    day = pd.Timestamp(r["event_date"])
    precision = int(r.get("time_precision") or 1)
    if precision == 1:
        start = end = day
    elif precision == 2:
        start, end = day - pd.Timedelta(days=3), day + pd.Timedelta(days=3)
    else:
        start, end = day.replace(day=1), day + pd.offsets.MonthEnd(0)
    outcome = _SUB_TO_OUTCOME.get(r.get("sub_event_type", ""), "surrendered")
    actor = "civilians" if r.get("civilian_targeting") else _ACTOR_BY_NAME.get(r.get("actor1", ""), "junta_army")
    count = count_from_notes(r["notes"])
    if outcome == "killed" and not count and r.get("fatalities", "0") not in ("", "0"):
        count = r["fatalities"]
    counterpart = "; ".join(_GROUP_BY_NAME.get(a.strip(), "") for a in r.get("actor2", "").split(";"))
    try:
        township = canonical_township(r.get("admin3", "")).township if r.get("admin3") else ""
    except ParseError:
        township = r.get("admin3", "")
    return {
        "event_id": r["event_id_cnty"],
        "source_id": "acled",
        "outcome": outcome,
        "actor": actor,
        "unit": r.get("assoc_actor_1", ""),
        "count_text": count,
        "count_unit": "positions" if outcome == "positions_taken" else "people",
        "alt_count_text": "",
        "alt_count_basis": "",
        "date_text": "",
        "date_start": start.strftime("%Y-%m-%d"),
        "date_end": end.strftime("%Y-%m-%d"),
        "date_basis": f"ACLED event_date with time_precision {precision}",
        "state_region": r.get("admin1", ""),
        "township": township,
        "location": r.get("location", ""),
        "place_basis": "ACLED admin1/admin3",
        "counterpart": counterpart.strip("; "),
        "claimed_by": "",
        "verification": "",
        "operation": "",
        "part_of": "",
        "text_flag": "",
        "evidence": _evidence(r["notes"]),
        "note": f"Imported from ACLED {r['event_id_cnty']} (source: {r.get('source', '')}, "
        f"scale: {r.get('source_scale', '')}); count read from the notes.",
    }

def _evidence(notes: str) -> str:
    m = re.search(r'Evidence: "(.*)"$', notes or "")
    text = m.group(1) if m else (notes or "")
    return " ".join(text.split()[:25])

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
        _n=events["count_low"].astype("Float64").fillna(events["count_best"].astype("Float64")),
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

def acled_source_row(raw: pd.DataFrame, path: str | Path) -> dict[str, str]:
    """The sources.csv row that imported ACLED events cite (published = the last event date)."""
    last = max((d for d in list(raw["date_end"]) + list(raw["date_start"]) if d), default="")
    return {
        "source_id": "acled",
        "outlet": "ACLED (Armed Conflict Location & Event Data)",
        "headline": f"ACLED-format export {Path(path).name}",
        "url": "https://acleddata.com/",
        "published": last,
        "published_latest": last,
        "date_certainty": "events carry ACLED's own dates; 'published' is the last event date in the file",
        "file": Path(path).name,
        "role": "report",
        "note": "Imported with python -m analysis import-acled; see docs/exchange.md.",
    }
