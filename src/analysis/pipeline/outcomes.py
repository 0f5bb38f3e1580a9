"""Checks on what an outcome implies: the country across a border, and the event a release undoes.

A row that says personnel fled across a border names the country (``border_country``);
a release or handback names the event in which those people were taken (``taken_in``)
and adds no one, so it may not be a component (``part_of``) of anything.

>>> import pandas as pd
>>> from analysis.pipeline.cells import Collector
>>> frame = pd.DataFrame({"event_id": ["A", "B"], "outcome": ["captured", "released"], "part_of": ["", ""],
...     "border_country": ["", ""], "taken_in": ["", "Z"]})
>>> col = Collector("x.csv", frame)
>>> check_outcome_links(col, frame)
>>> [p.message for p in col.problems]
["taken_in points at missing event_id 'Z'"]
"""

from __future__ import annotations

import pandas as pd
import pycountry

from ..vocab import BORDER_OUTCOMES, TAKEN_OUTCOMES
from .cells import Collector, id_suggester


def known_country(name: str) -> bool:
    """True when pycountry knows the country by name, official name or code ('Thailand', 'India', 'TH')."""
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


def _check_border_country(col: Collector, frame: pd.DataFrame) -> None:
    country, outcome = frame["border_country"], frame["outcome"]
    crossing = outcome.isin(BORDER_OUTCOMES)
    col.add(
        (country != "") & ~crossing,
        "border_country",
        lambda v: f"border_country {v!r} on a row that crosses no border",
        expected="empty unless the outcome is " + " or ".join(BORDER_OUTCOMES),
    )
    names = {v: known_country(v) for v in country[country != ""].unique()}
    col.add(
        country.map(lambda v: v != "" and not names.get(v, True)).astype(bool),
        "border_country",
        lambda v: f"unknown country {v!r}",
        expected="a country name as pycountry gives it ('Thailand', 'India')",
    )
    col.add(
        (outcome == "fled_across_border") & (country == ""),
        "border_country",
        "fled across a border, but border_country does not say into which country",
        expected="the country crossed into ('Thailand', 'India')",
        severity="warning",
    )


def _check_taken_in(col: Collector, frame: pd.DataFrame) -> None:
    ids, taken, outcome = frame["event_id"], frame["taken_in"], frame["outcome"]
    released = outcome == "released"
    col.add(
        (taken != "") & ~released,
        "taken_in",
        lambda v: f"taken_in {v!r} on a row that is not a release",
        expected="empty unless the outcome is released",
    )
    outcome_of = dict(zip(ids, outcome, strict=False))
    linked = released & (taken != "")
    known = list(ids)
    col.add(
        linked & ~taken.isin(known),
        "taken_in",
        lambda v: f"taken_in points at missing event_id {v!r}",
        expected="the event_id of the event in which these people were taken",
        suggestion=id_suggester(known),
    )
    wrong = linked & taken.isin(known) & ~taken.map(outcome_of).isin(TAKEN_OUTCOMES)
    col.add(
        wrong,
        "taken_in",
        lambda v: f"taken_in {v!r} names a {outcome_of.get(v)!r} row, not one in which people were taken",
        expected="an event whose outcome is one of: " + ", ".join(TAKEN_OUTCOMES),
    )
    col.add(
        released & (frame["part_of"] != ""),
        "part_of",
        lambda v: f"a release is part_of {v!r}, but a release adds no one to any count",
        expected="empty part_of on released rows (link the earlier event with taken_in)",
    )


def check_outcome_links(col: Collector, frame: pd.DataFrame) -> None:
    """border_country and taken_in against the row's outcome (see the module docstring)."""
    _check_border_country(col, frame)
    _check_taken_in(col, frame)
