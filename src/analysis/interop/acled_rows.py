"""One ACLED event -> a row of this project's raw schema, or the reason it is left out (used by
:mod:`.acled_import`, in whichever process reads the event closely).

There was no junta before the coup of 1 February 2021: an event the rule keeps as the military's, the
police's, a militia's or a BGF's people (or theirs with their relatives) that may have begun before that day
is left out (:data:`PRE_COUP`); other actors' events of those years (ARSA members surrendering) are kept.
A row this project exported (its ``tags`` carry the project's fields) comes back losslessly.

>>> _evidence('Imported. Evidence: "Two soldiers surrendered."')
'Two soldiers surrendered.'
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

import pandas as pd

from ..errors import ParseError
from ..parse.dates import parse_acled_date
from ..parse.places import canonical_township
from ..reference.acled_actors import actor_of
from ..reference.gazetteer import candidates
from ..schema import RAW_COLUMNS
from ..vocab import TROOP_ACTORS
from .acled import ACLED_GROUPS, TAG_FIELDS

_GROUP_BY_NAME = {v: k for k, v in ACLED_GROUPS.items()}
#: The day of the coup: from it on, the military and police are the junta's (ISO, compared as text).
COUP_DAY = "2021-02-01"
PRE_COUP = "before the coup of 1 February 2021: the military, police, militias and BGFs were not yet the junta's"
_PRECISION_DAYS = {1: 0, 2: 3}  # ACLED time_precision 2: within a week of event_date; 3: within its month


def keep(record: dict, rows: list, left: list, day_first: bool | None = None) -> None:
    """One event read closely: its row appended to ``rows``, or (its id, why it is left out) to ``left``."""
    try:
        row = _row(record, day_first)
    except ParseError as exc:
        left.append((record.get("event_id_cnty", ""), f"unreadable: {exc}"))
        return
    if isinstance(row, str):
        left.append((record.get("event_id_cnty", ""), row))
    else:
        rows.append(row)


@lru_cache(maxsize=65536)
def _dates(event_date: str, time_precision: str, day_first: bool | None = None) -> tuple[str, str, str]:
    day = pd.Timestamp(parse_acled_date(event_date, day_first))
    precision = int(time_precision) if time_precision.isdigit() else 1
    if precision in _PRECISION_DAYS:
        pad = pd.Timedelta(days=_PRECISION_DAYS[precision])
        start, end = day - pad, day + pad
    else:
        start, end = day.replace(day=1), day + pd.offsets.MonthEnd(0)
    return start.strftime("%Y-%m-%d"), end.strftime("%Y-%m-%d"), f"ACLED event_date with time_precision {precision}"


@lru_cache(maxsize=65536)
def _township(name: str, admin1: str) -> str:
    """admin3 as ACLED spells it, canonical where the gazetteer knows it (validate reports the rest)."""
    if not name or not candidates(name, "township"):
        return name  # not in the gazetteer under any state: as ACLED spells it (no search for near spellings)
    within = admin1 if admin1 and candidates(name, "township", admin1) else None  # else: named in another state
    try:
        ts = canonical_township(name, within)
    except ParseError:
        return name
    return ts.township if ts and ts.township else name


def _row(record: dict, day_first: bool | None = None) -> dict | str:
    """One ACLED event -> a raw row, or the reason it is left out."""
    tags = _parse_tags(record.get("tags", ""))
    if tags.get("outcome"):
        return _exported_row(record, tags)
    from . import acled_select  # the rule (0.1 s of patterns to compile) loads where events are read closely
    from .acled_sums import parsed_count  # loaded with the rule

    decision = acled_select.decide(record)
    if not decision.keep:
        return decision.reason
    start, end, basis = _dates(record["event_date"], str(record.get("time_precision") or "1"), day_first)
    if start < COUP_DAY and decision.actor in (*TROOP_ACTORS, "mixed"):  # what may predate the coup is not the junta's
        return PRE_COUP
    receivers = [record.get(k, "") for k in ("actor1", "actor2") if actor_of(record.get(k, ""))[0] != "junta"]
    counterpart = "; ".join(dict.fromkeys(g for g in (_GROUP_BY_NAME.get(a.strip(), "") for a in receivers) if g))
    note = (
        f"Imported from ACLED {record['event_id_cnty']} (source: {record.get('source', '')}, scale: "
        f"{record.get('source_scale', '')}); actor1 {record.get('actor1', '')!r}, actor2 "
        f"{record.get('actor2', '')!r}; what happened, to whom and how many read from the notes."
    )
    if decision.actor == "unknown":
        note += " The notes do not say who: actor unknown, never counted as junta personnel."
    if decision.note:
        note += " " + decision.note[0].upper() + decision.note[1:] + "."
    count = decision.count_text
    if count and parsed_count(count) is None:  # never a figure the record cannot read ('23,'): reported, not kept
        note += f" The words {count!r} read as the figure are no count the record reads: count left empty."
        count = ""
    return {c: "" for c in RAW_COLUMNS} | {
        "event_id": record["event_id_cnty"],
        "source_id": "acled",
        "outcome": decision.outcome,
        "actor": decision.actor,
        "unit": record.get("assoc_actor_1", ""),
        "count_text": count,
        "count_unit": "positions" if decision.outcome.startswith("positions") else "people",
        "date_start": start,
        "date_end": end,
        "date_basis": basis,
        "state_region": record.get("admin1", ""),
        "township": _township(record.get("admin3", ""), record.get("admin1", "")),
        "location": record.get("location", ""),
        "place_basis": "ACLED admin1/admin3",
        "counterpart": counterpart,
        "evidence": _evidence(decision.evidence or record["notes"]),
        "_sentence": decision.evidence,
        "note": note,
    }


def _exported_row(record: dict, tags: dict[str, str]) -> dict:
    """A row this project exported: its fields come back from ``tags`` (lossless)."""
    row = {k: tags.get(k, "") for k in TAG_FIELDS}
    row["event_id"] = record["event_id_cnty"].removeprefix("MMR-")
    row["evidence"] = _evidence(record["notes"])
    if row["date_text"] and not row["date_basis"]:
        row["date_start"] = row["date_end"] = ""  # dates resolved from the phrase: let the phrase give them again
    return {c: row.get(c, "") for c in RAW_COLUMNS} | {"_sentence": ""}  # no sentence read: the row as exported


def _parse_tags(tags: str) -> dict[str, str]:
    out = {}
    for part in (tags or "").split("; "):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k.strip()] = unquote(v.strip())
    return out


def _evidence(notes: str) -> str:
    m = re.search(r'Evidence: "(.*)"$', notes or "")
    text = m.group(1) if m else (notes or "")
    return " ".join(text.split()[:25])
