"""The short report an import prints: what was kept, by outcome and actor, and what of it is junta personnel.

>>> import pandas as pd
>>> rows = pd.DataFrame({"outcome": ["defected", "defected", "captured"], "actor": ["junta_army"] * 2 + ["police"],
...                      "count_text": ["two", "", "a police officer"]})
>>> print(kept_report(rows))
kept by outcome and actor (events; events that give a figure):
  defected            junta_army        2  (1 with a figure)
  captured            police            1  (1 with a figure)
junta personnel (army, police, militia, BGF): 2 events surrendered, defected, fled or left positions;
  1 captured (never counted as surrendered)
not junta personnel (resistance, armed groups, figures mixed with relatives, civilians, unknown): 0 events
"""

from __future__ import annotations

import re

import pandas as pd

from ..vocab import TROOP_ACTORS
from .acled_reasons import PRIORITY


def kept_report(rows: pd.DataFrame) -> str:
    """Kept rows -> a few lines: events by outcome and actor, junta personnel apart from everyone else."""
    if rows.empty:
        return "kept no event"
    table = (
        rows.assign(figure=rows["count_text"] != "")
        .groupby(["outcome", "actor"], sort=False)
        .agg(events=("outcome", "size"), figures=("figure", "sum"))
        .reset_index()
    )
    order = {o: i for i, o in enumerate(PRIORITY)}
    table = table.sort_values(["outcome", "events"], key=lambda c: c.map(order) if c.name == "outcome" else -c)
    lines = ["kept by outcome and actor (events; events that give a figure):"]
    lines += [f"  {r.outcome:<19} {r.actor:<15} {r.events:>3}  ({r.figures} with a figure)" for r in table.itertuples()]
    troops = rows["actor"].isin(TROOP_ACTORS)
    captured = rows["outcome"] == "captured"
    lines.append(
        f"junta personnel (army, police, militia, BGF): {int((troops & ~captured).sum()):,} events surrendered, "
        f"defected, fled or left positions;\n  {int((troops & captured).sum()):,} captured (never counted as "
        "surrendered)"
    )
    others = "resistance, armed groups, figures mixed with relatives, civilians, unknown"
    lines.append(f"not junta personnel ({others}): {int((~troops).sum()):,} events")
    return "\n".join(lines)


_VALUE = re.compile(r"'[^']*'")


def grouped_reasons(reasons: pd.Series) -> list[tuple[str, int]]:
    """Reasons and how many events each, most first; unreadable values of one kind as one line.

    >>> bad = "unreadable: event_date '{}': no order".format
    >>> grouped_reasons(pd.Series([bad("3/2/2025"), bad("2/1/2025"), "a protest or riot", bad("3/2/2025")]))
    [("unreadable: event_date '3/2/2025' (1 other value like it): no order", 3), ('a protest or riot', 1)]
    """
    kinds: dict[str, list[tuple[str, int]]] = {}
    for reason, n in reasons.value_counts().items():
        if n:
            kind = _VALUE.sub("'…'", reason, count=1) if reason.startswith("unreadable: ") else reason
            kinds.setdefault(kind, []).append((reason, n))
    out = []
    for group in kinds.values():
        group.sort(key=lambda pair: -pair[1])
        first = group[0][0]
        if len(group) > 1:
            at = _VALUE.search(first).end()
            others = f"{len(group) - 1:,} other value{'s' if len(group) > 2 else ''} like it"
            first = f"{first[:at]} ({others}){first[at:]}"
        out.append((first, sum(n for _, n in group)))
    return sorted(out, key=lambda pair: -pair[1])
