"""Export every chart at both widths, in parallel, with deterministic bytes.

The charts draw only the tables they are given: a chart function's parameters before ``width`` are named
after the fields of :class:`analysis.pipeline.load.Tables` (``events``, ``sources``, ``claims``, ...), and
:func:`draw` hands each chart those tables by name. Whoever calls :func:`export_all` reads the tables once
(``load_tables()``): nothing here reads a file or the environment.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from pathlib import Path

from .. import config, report
from ..measure.rules import REPORT_RULE, TREND_RULE
from ..measure.tally import contributions
from ..pipeline.load import Tables
from .chart import Chart, close, save
from .claims import breakdown_vs_events, claimed_vs_itemized, fled_across_border
from .events import largest_surrenders, operations_timeline
from .headline import headline_by_state, headline_sensitivity
from .maps import map_headline, map_record, map_townships
from .overview import events_by_outcome
from .record import outcomes_by_month, record_by_state, tallies_vs_itemized
from .record_map import map_outcomes
from .style import FORMATS
from .trends import cumulative_by_state, cumulative_surrenders, outcomes_over_time

#: name -> (function, notebook that shows it)
FIGURES: dict[str, tuple[Callable[..., Chart], str]] = {
    "events_by_outcome": (events_by_outcome, "01_data_overview"),
    "headline_by_state": (headline_by_state, "02_reproduce_report_figures"),
    "headline_sensitivity": (headline_sensitivity, "02_reproduce_report_figures"),
    "cumulative_surrenders": (cumulative_surrenders, "03_surrender_trends"),
    "cumulative_by_state": (cumulative_by_state, "03_surrender_trends"),
    "largest_surrenders": (largest_surrenders, "03_surrender_trends"),
    "outcomes_over_time": (outcomes_over_time, "03_surrender_trends"),
    "operations_timeline": (operations_timeline, "03_surrender_trends"),
    "map_headline": (map_headline, "02_reproduce_report_figures"),
    "map_townships": (map_townships, "03_surrender_trends"),
    "map_record": (map_record, "04_surrenders_since_1027"),
    "claimed_vs_itemized": (claimed_vs_itemized, "04_surrenders_since_1027"),
    "breakdown_vs_events": (breakdown_vs_events, "04_surrenders_since_1027"),
    "fled_across_border": (fled_across_border, "04_surrenders_since_1027"),
    "outcomes_by_month": (outcomes_by_month, "05_record_to_2025"),
    "tallies_vs_itemized": (tallies_vs_itemized, "05_record_to_2025"),
    "map_outcomes": (map_outcomes, "05_record_to_2025"),
    "record_by_state": (record_by_state, "05_record_to_2025"),
}
#: Charts of the seed report's headline: drawn only where its row is in the events.
NEEDS_HEADLINE = {"headline_by_state", "headline_sensitivity", "map_headline"}
#: Charts of the claimed totals: drawn only where the build wrote claimed_totals.csv.
NEEDS_CLAIMS = {"claimed_vs_itemized", "breakdown_vs_events", "fled_across_border", "tallies_vs_itemized"}


def inputs(function: Callable[..., Chart]) -> list[str]:
    """The tables a chart function draws: its parameters before ``width``, named after the fields of ``Tables``.

    >>> from analysis.charts import map_record
    >>> inputs(map_record)
    ['events', 'claims', 'sources', 'states']
    """
    names = list(inspect.signature(function).parameters)
    return names[: names.index("width")]


def draw(name: str, tables: Tables, width: str = "single") -> Chart:
    """Chart ``name`` of :data:`FIGURES` drawn from ``tables`` at ``width``."""
    function = FIGURES[name][0]
    return function(*(tables.get(t) for t in inputs(function)), width=width)


def missing(name: str, tables: Tables) -> str:
    """Why a chart cannot be drawn from these tables ('' when it can): a user's data need not hold the seed report."""
    events = tables.events
    if name in NEEDS_CLAIMS and tables.claims is None:
        return "no claimed totals (claimed_totals.csv) beside the events"
    if name in NEEDS_HEADLINE and not (events["event_id"] == report.HEADLINE_ID).any():
        return f"no row {report.HEADLINE_ID} (the compiled report's headline) in the events"
    rule = REPORT_RULE if name == "operations_timeline" else TREND_RULE
    if name not in ("events_by_outcome", *NEEDS_CLAIMS) and not (contributions(events, rule) > 0).any():
        return f"no surrenders of junta personnel under the rule '{rule.name}'"
    return ""


def export_one(job: tuple[str, str, str, Path, tuple[str, ...], Tables]) -> list[Path]:
    """Draw and save one job of :func:`export_jobs`: (name, width, file suffix, folder, formats, tables)."""
    name, width, suffix, out, formats, tables = job
    chart = draw(name, tables, width)
    try:
        return save(chart, out, formats, suffix=suffix)
    finally:
        close(chart)


def export_jobs(
    tables: Tables, out: str | Path = config.FIGURES, formats: tuple[str, ...] = FORMATS, log=print
) -> list[tuple]:
    """One job per chart and width, for ``export_one``; charts these tables cannot support are logged, not jobs."""
    names = []
    for name in FIGURES:
        why = missing(name, tables)
        if why:
            log(f"figures: skipped {name}: {why}")
        else:
            names.append(name)
    return [
        (name, width, suffix, Path(out), formats, tables)
        for name in names
        for width, suffix in (("single", ""), ("double", "_wide"))
    ]


def export_all(
    tables: Tables,
    out: str | Path = config.FIGURES,
    formats: tuple[str, ...] = FORMATS,
    log=print,
    workers: int | None = None,
) -> list[Path]:
    """Export every chart at single-column (``name.*``) and double-column (``name_wide.*``) width.

    Charts are independent, so they are drawn in parallel (one process per core);
    each file's bytes do not depend on which process drew it.
    """
    from concurrent.futures import ProcessPoolExecutor

    jobs = export_jobs(tables, out, formats, log)
    workers = workers or min(len(jobs), os.cpu_count() or 1)
    written: list[Path] = []
    if workers <= 1:
        for job in jobs:
            log(f"figures: {job[0]}{job[2]}")
            written += export_one(job)
        return written
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for job, paths in zip(jobs, pool.map(export_one, jobs), strict=True):
            log(f"figures: {job[0]}{job[2]}")
            written += paths
    return written
