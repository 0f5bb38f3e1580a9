"""The ``part_of`` graph: who contains whom, checked (missing ids, cycles, parts larger than the whole).

An aggregate claim and the events inside it are linked by ``part_of``; every
later stage (counting, the ledger) walks these links, so they are checked here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .cells import Collector, floats, id_suggester


def parent_positions(events: pd.DataFrame) -> np.ndarray:
    """Row position of each row's ``part_of`` target (-1 for none or a missing id).

    >>> import pandas as pd
    >>> parent_positions(pd.DataFrame({"event_id": ["A", "a"], "part_of": ["", "A"]})).tolist()
    [-1, 0]
    """
    n = len(events)
    parent = np.full(n, -1, dtype=np.int64)
    if "part_of" not in events:
        return parent
    part_of = events["part_of"].fillna("")
    linked = (part_of != "").to_numpy(dtype=bool)
    if not linked.any():
        return parent
    parent[linked] = positions_in(events["event_id"], part_of[linked])
    return parent


def positions_in(ids: pd.Series, wanted: pd.Series) -> np.ndarray:
    """Position of each wanted id among ``ids`` (first occurrence; -1 where absent).

    >>> import pandas as pd
    >>> positions_in(pd.Series(["A", "B"]), pd.Series(["B", "C"])).tolist()
    [1, -1]
    """
    hit = pc.index_in(pa.array(wanted.astype(str)), value_set=pa.array(ids.astype(str)))
    return np.asarray(hit.fill_null(-1), dtype=np.int64)


def check_links(col: Collector, frame: pd.DataFrame, counts: pd.DataFrame) -> None:
    ids, parent = frame["event_id"], frame["part_of"]
    n = len(frame)
    linked = (parent != "").to_numpy(dtype=bool)
    self_ref = linked & (parent == ids).to_numpy(dtype=bool)
    p = parent_positions(frame)  # first row with that id; -1 where none
    missing = linked & (p < 0)
    col.add(
        self_ref, "part_of", lambda v: f"event is part_of itself ({v!r})", expected="the id of another (aggregate) row"
    )
    if missing.any():
        known = list(ids)
        col.add(
            missing,
            "part_of",
            lambda v: f"part_of points at missing event_id {v!r}",
            expected="an event_id in this file",
            suggestion=id_suggester(known),
        )
    # pointer walk: a row still walking after as many steps as there are links is in a cycle
    p[self_ref] = -1
    cur = p.copy()
    steps, limit = 0, int(linked.sum()) + 1
    while (cur >= 0).any() and steps < limit:
        cur = np.where(cur >= 0, p[np.maximum(cur, 0)], -1)
        steps += 1
    col.add(
        cur >= 0,
        "part_of",
        lambda v: f"part_of forms a cycle through {v!r}",
        expected="links that end at an aggregate with no part_of",
    )
    # a component larger than its aggregate: the components' lows exceed the aggregate's high
    low = np.nan_to_num(
        np.fmax(floats(counts["low"]), np.where(np.isnan(floats(counts["low"])), floats(counts["best"]), np.nan))
    )
    valid = p >= 0
    child_sum = np.bincount(p[valid], weights=low[valid], minlength=n)
    high = floats(counts["high"])
    for row in np.flatnonzero(child_sum > np.where(np.isnan(high), np.inf, high)):
        mask = np.zeros(n, dtype=bool)
        mask[row] = True
        total = int(child_sum[row])
        col.add(
            mask,
            "count_text",
            lambda v, t=total: (
                f"its components (part_of rows) add up to {t}, more than this aggregate's highest figure {v!r}"
            ),
            expected="components that fit inside the aggregate",
        )


def cascade(bad: set[int], frame: pd.DataFrame, id_column: str = "event_id") -> dict[int, int | None]:
    """Rows with errors, plus rows whose part_of points at a rejected row (with that row)."""
    out: dict[int, int | None] = dict.fromkeys(bad)
    new = set(bad)
    while new:
        bad_ids = {frame.at[r, id_column]: r for r in new}
        hit = (positions_in(pd.Series(list(bad_ids)), frame["part_of"]) >= 0) & ~np.isin(frame.index, list(out))
        children = frame[hit]
        new = set()
        for row, pid in zip(children.index, children["part_of"], strict=True):
            out[int(row)] = int(bad_ids[pid])
            new.add(int(row))
    return out


def check_same_as(col: Collector, frame: pd.DataFrame) -> None:
    """``same_as`` names another row of this file that is itself a first report (no chains, no self-links)."""
    ids, same = frame["event_id"], frame["same_as"]
    linked = (same != "").to_numpy(dtype=bool)
    if not linked.any():
        return
    target = positions_in(ids, same)
    col.add(
        linked & (same == ids).to_numpy(dtype=bool),
        "same_as",
        lambda v: f"event is same_as itself ({v!r})",
        expected="the id of another report of the same event",
    )
    known = list(ids)
    col.add(
        linked & (target < 0),
        "same_as",
        lambda v: f"same_as points at missing event_id {v!r}",
        expected="an event_id in this file",
        suggestion=id_suggester(known),
    )
    chained = linked & (target >= 0) & (same.to_numpy()[np.maximum(target, 0)] != "")
    col.add(
        chained,
        "same_as",
        lambda v: f"same_as points at {v!r}, which is itself same_as another row",
        expected="the first report of the event (a row with no same_as)",
    )


def descendant_pairs(events: pd.DataFrame) -> pd.DataFrame:
    """Every (ancestor, descendant) pair of row positions in the ``part_of`` forest, any depth, vectorised.

    >>> import pandas as pd
    >>> descendant_pairs(pd.DataFrame({"event_id": ["A", "B", "c"], "part_of": ["", "A", "B"]})).values.tolist()
    [[0, 1], [0, 2], [1, 2]]
    """
    parent = parent_positions(events)
    rows = np.arange(len(events))
    pairs = []
    anc = parent.copy()
    for _ in range(len(events) + 1):
        live = anc >= 0
        if not live.any():
            break
        pairs.append(np.column_stack([anc[live], rows[live]]))
        anc = np.where(live, parent[np.maximum(anc, 0)], -1)
    table = np.concatenate(pairs) if pairs else np.empty((0, 2), dtype=np.int64)
    out = pd.DataFrame(table, columns=["ancestor", "row"])
    return out.sort_values(["ancestor", "row"], kind="stable").reset_index(drop=True)
