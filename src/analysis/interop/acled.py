"""ACLED export: processed events -> ACLED's columns, this project's fields kept in ``tags``.

Every mapping choice is documented in docs/exchange.md. The exported file
carries this project's own fields in ``tags`` (``key=value; ...``), so an export
read back by :func:`analysis.interop.acled_import.import_acled` gives the same events.
"""

from __future__ import annotations

from urllib.parse import quote

import numpy as np
import pandas as pd

from ..measure.tally import low_or_best
from ..schema import RAW_COLUMNS

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]

#: outcome -> (disorder_type, event_type, sub_event_type)
ACLED_TYPES = {
    "surrendered": ("Strategic developments", "Strategic developments", "Agreement"),
    "surrendered_or_fled": ("Strategic developments", "Strategic developments", "Agreement"),
    "positions_abandoned": ("Strategic developments", "Strategic developments", "Non-violent transfer of territory"),
    "positions_taken": ("Strategic developments", "Strategic developments", "Non-violent transfer of territory"),
    "fled": ("Strategic developments", "Strategic developments", "Other"),
    "fled_across_border": ("Strategic developments", "Strategic developments", "Other"),
    "captured": ("Strategic developments", "Strategic developments", "Arrests"),
    "surrendered_or_captured": ("Strategic developments", "Strategic developments", "Other"),
    "released": ("Strategic developments", "Strategic developments", "Other"),
    "switched_sides": ("Strategic developments", "Strategic developments", "Change to group/activity"),
    "defected": ("Strategic developments", "Strategic developments", "Change to group/activity"),
    "payment": ("Strategic developments", "Strategic developments", "Other"),
    "defection_contact": ("Strategic developments", "Strategic developments", "Other"),
    "evacuated": ("Strategic developments", "Strategic developments", "Other"),
    "deployed": ("Strategic developments", "Strategic developments", "Other"),
    "declined_comment": ("Strategic developments", "Strategic developments", "Other"),
    "killed": ("Political violence", "Battles", "Armed clash"),
    "injured": ("Political violence", "Battles", "Armed clash"),
    "killed_or_injured": ("Political violence", "Battles", "Armed clash"),
}

#: this project's actor -> (ACLED actor name, ACLED inter type)
ACLED_ACTORS = {
    "junta_army": ("Military Forces of Myanmar (2021-)", "State forces"),
    "police": ("Police Forces of Myanmar (2021-)", "State forces"),
    "junta_personnel": ("Military Forces of Myanmar (2021-)", "State forces"),
    "militia": ("Pro-Military Militia (Myanmar)", "Political militia"),
    "bgf": ("BGF: Border Guard Force", "State forces"),
    "relatives": ("Civilians (Myanmar)", "Civilians"),
    "civilians": ("Civilians (Myanmar)", "Civilians"),
    "mixed": ("Civilians (Myanmar)", "Civilians"),
    "resistance": ("Resistance forces (Myanmar)", "Rebel group"),
    "regime": ("Military Forces of Myanmar (2021-)", "State forces"),
    "armed_group": ("Unidentified Armed Group (Myanmar)", "Rebel group"),
    "unknown": ("Unidentified Armed Group (Myanmar)", "Rebel group"),
}

#: groups.csv name -> ACLED-style actor name (all are 'Rebel group' except where stated)
ACLED_GROUPS = {
    "TNLA": "TNLA: Ta'ang National Liberation Army",
    "MNDAA": "MNDAA: Myanmar National Democratic Alliance Army",
    "AA": "AA: Arakan Army",
    "KNDF": "KNDF: Karenni Nationalities Defense Force",
    "Karenni Army": "KA: Karenni Army",
    "KNLA": "KNLA: Karen National Liberation Army",
    "PDF": "PDF: People's Defense Force",
    "NUG": "NUG: National Unity Government",
    "Brotherhood Alliance": "Three Brotherhood Alliance",
}

SOURCE_SCALE = {"The Irrawaddy": "National", "BNN": "International"}

_TIME_PRECISION = {"day": 1, "days": 2, "week": 2, "month": 3, "range": 3, "unknown": 3}

#: raw column -> processed column carried in ``tags`` so that export -> import is lossless
TAG_FIELDS = {c: c for c in RAW_COLUMNS if c not in ("event_id", "evidence")} | {
    "state_region": "state_region_text",
    "township": "township_text",
}


def midpoint(start: pd.Series, end: pd.Series) -> pd.Series:
    s, e = pd.to_datetime(start.replace("", None)), pd.to_datetime(end.replace("", None))
    return s + (e - s) / 2


def _tag_value(v: object) -> str:
    if v is None or v != v or v is pd.NA:
        return ""
    return quote(str(v), safe=" ,.'()-:/’\"")


def to_acled(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Processed events -> ACLED columns in ACLED's order (one row per event); ``sources`` give outlets and dates."""
    outlet = events["source_id"].map(sources.set_index("source_id")["outlet"]).fillna("")
    published = events["source_id"].map(sources.set_index("source_id")["published"]).fillna("")
    start = events["date_start"].where(events["date_start"] != "", published)
    end = events["date_end"].where(events["date_end"] != "", published)
    mid = midpoint(start, end)
    types = events["outcome"].map(ACLED_TYPES)
    actors = events["actor"].map(ACLED_ACTORS)
    counterpart = events["counterpart"].fillna("")
    actor2 = counterpart.map(lambda c: "; ".join(ACLED_GROUPS.get(g, g) for g in c.split("; ") if g))
    inter2 = np.where(actor2 != "", "Rebel group", "")
    inter1 = actors.map(lambda a: a[1])
    interaction = [f"{a}-{b}" if b else f"{a} only" for a, b in zip(inter1, inter2, strict=True)]
    killed = events["outcome"] == "killed"
    low = low_or_best(events)
    fatalities = low.where(killed, 0).fillna(0).astype(int)
    township = events["township"].fillna("")
    multi = events["place_scope"].isin(["multiple", "national", "unknown"])  # not one state: no admin1
    geo = np.where(township != "", 2, 3)  # a township: 2; a state, several or none: 3
    notes = [_notes(r) for r in events.itertuples()]
    records = events.to_dict("records")
    tags = [
        "; ".join(f"{raw}={_tag_value(rec[col])}" for raw, col in TAG_FIELDS.items() if _tag_value(rec[col]))
        for rec in records
    ]
    out = pd.DataFrame(
        {
            "event_id_cnty": "MMR-" + events["event_id"],
            "event_date": mid.dt.strftime("%Y-%m-%d"),
            "year": mid.dt.year.astype("Int64"),
            "time_precision": events["date_precision"].map(_TIME_PRECISION).astype(int),
            "disorder_type": types.map(lambda t: t[0]),
            "event_type": types.map(lambda t: t[1]),
            "sub_event_type": types.map(lambda t: t[2]),
            "actor1": actors.map(lambda a: a[0]),
            "assoc_actor_1": events["unit"].fillna(""),
            "inter1": inter1,
            "actor2": actor2,
            "assoc_actor_2": "",
            "inter2": inter2,
            "interaction": interaction,
            "civilian_targeting": np.where((events["actor"] == "civilians") & killed, "Civilian targeting", ""),
            "iso": 104,
            "region": "Southeast Asia",
            "country": "Myanmar",
            "admin1": events["state_region"].where(~multi, ""),
            "admin2": "",
            "admin3": township,
            "location": events["location"].where(events["location"] != "", township),
            "latitude": "",
            "longitude": "",
            "geo_precision": geo,
            "source": outlet,
            "source_scale": outlet.map(SOURCE_SCALE).fillna(""),
            "notes": notes,
            "fatalities": fatalities,
            "tags": tags,
            "timestamp": "",
        }
    )
    return out[ACLED_COLUMNS]


def _notes(r) -> str:
    count = f"{r.count_text} " if r.count_text else ""
    who = r.actor.replace("_", " ")
    what = r.outcome.replace("_", " ")
    where = r.township or r.state_region or "Myanmar"
    to = f" ({r.counterpart})" if r.counterpart else ""
    return f'{count}{who} {what}{to} in {where}. Evidence: "{r.evidence}"'
