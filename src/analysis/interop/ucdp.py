"""UCDP GED-style export: low/best/high with date and place precision."""

from __future__ import annotations

import numpy as np
import pandas as pd

_UCDP_DATE_PREC = {"day": 1, "days": 2, "week": 3, "month": 4, "range": 5, "unknown": 5}


def to_ucdp(events: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Processed events -> UCDP GED-style rows: low/best/high, date_prec, where_prec; ``sources`` give the articles."""
    src = sources.set_index("source_id")
    where_prec = np.select(
        [events["township"] != "", events["place_scope"] == "state_region"], [3, 4], 6
    )  # township ~ adm_2; state = adm_1; several or none: country
    return pd.DataFrame(
        {
            "id": events["event_id"],
            "relid": "MMR-" + events["event_id"],
            "year": pd.to_datetime(events["date_start"].replace("", None)).dt.year.astype("Int64"),
            "type_of_violence": 1,
            "side_a": "Government of Myanmar (Burma)",
            "side_b": events["counterpart"],
            "source_article": events["source_id"].map(src["url"]),
            "source_headline": events["source_id"].map(src["headline"]),
            "source_original": events["claimed_by"],
            "where_prec": where_prec,
            "adm_1": events["state_region"],
            "adm_2": events["township"],
            "country": "Myanmar (Burma)",
            "country_id": 775,
            "region": "Asia",
            "date_start": events["date_start"],
            "date_end": events["date_end"],
            "date_prec": events["date_precision"].map(_UCDP_DATE_PREC),
            "outcome": events["outcome"],
            "actor": events["actor"],
            "count_unit": events["count_unit"],
            "low": events["count_low"],
            "best": events["count_best"],
            "high": events["count_high"],
            "part_of": events["part_of"],
        }
    )
