"""The site's own pages (overview, claims, data): their content computed from the tables they are given.

Each function takes the tables it shows and returns the page's body as HTML; nothing here reads a file,
and no figure is typed: every number comes from the rows, through the package's own report functions.
"""

from __future__ import annotations

import re

import pandas as pd
from markupsafe import Markup

from ... import report
from ...charts.dates import fmt_day
from ...charts.sources import claimants
from ...config import OPERATION_1027
from ...measure.itemized import itemized, itemized_contributions
from ...report.tables import category, for_readers
from ...vocab import CLAIM_KINDS, CLAIMANT_TYPES, INCLUDES_RELATIVES
from .layout import markdown, render

#: Columns of the claims page's table, in order.
CLAIM_COLUMNS = [
    "claimant",
    "claimant_type",
    "kind",
    "figure_text",
    "persons",
    "includes_relatives",
    "start_date",
    "as_of_date",
    "scope",
    "itemized_low",
    "itemized_best",
    "status",
]


def _day(iso: str) -> str:
    return fmt_day(pd.Timestamp(iso), year=True) if iso else ""


def headline_figures(events: pd.DataFrame, sources: pd.DataFrame, claims: pd.DataFrame | None) -> list[dict]:
    """The overview's figures, each computed from the rows: what, how many, and who says so."""
    dates = pd.to_datetime(events["date_start"].replace("", None)).dropna()
    span = f"dated {fmt_day(dates.min(), True)} to {fmt_day(dates.max(), True)}" if len(dates) else ""
    figures = [
        {
            "figure": f"{len(events):,}",
            "what": f"event rows, from {events['source_id'].nunique():,} of the {len(sources):,} reports cited",
            "who": span,
        }
    ]
    if (events["event_id"] == report.HEADLINE_ID).any():
        head, t = report.headline_figure(events), report.totals(events)
        row = events.loc[events["event_id"] == report.HEADLINE_ID].iloc[0]
        figures.append(
            {
                "figure": f"{t['itemized']:,}",
                "what": f"of {row['claimed_by']}'s '{head['reported']}' surrendered are itemized by state/region in "
                f"its report's rows; {t['not_itemized']:,} are not",
                "who": f"claim: {row['claimed_by']} ({row['verification']})",
            }
        )
    found = itemized(events)
    if found.events:
        rows = events[itemized_contributions(events, "best").to_numpy() > 0]
        dated = pd.to_datetime(rows["date_end"].replace("", None)).dropna()
        until = f" to {fmt_day(dated.max(), True)}" if len(dated) else ""
        figures.append(
            {
                "figure": f"{found.low:,}",
                "what": f"junta personnel surrendered from {_day(OPERATION_1027)}{until}, as the itemized events "
                f"add up on their stated lower bounds ({found.best:,} on best estimates; {found.events:,} events, each "
                "person once)",
                "who": f"claims by {claimants(rows)}; unverified",
            }
        )
    if claims is not None and len(claims):
        latest = claims[claims["kind"] == "running_total"].sort_values(["as_of_date", "claim_id"])
        last = f"; the latest running total is {latest['claimant'].iloc[-1]}'s" if len(latest) else ""
        figures.append(
            {
                "figure": f"{len(claims):,}",
                "what": f"claimed totals and breakdowns by {claims['claimant'].nunique():,} claimants, kept as claims"
                + (
                    f"{last} '{latest['figure_text'].iloc[-1]}' as of {_day(latest['as_of_date'].iloc[-1])}"
                    if last
                    else ""
                ),
                "who": "never added to the events or to each other",
            }
        )
    return figures


def readme_part(readme: str, heading: str) -> str:
    """The Markdown of the first '## ' section of the README whose title contains ``heading`` ('' if none)."""
    sections = re.split(r"(?m)^## ", readme)
    for section in sections[1:]:
        title = section.split("\n", 1)[0]
        if heading.lower() in title.lower():
            return "## " + section.rstrip() + "\n"
    return ""


def readme_intro(readme: str) -> tuple[str, str]:
    """(title, first paragraph) of the README: what the project is, in the project's own words."""
    lines = readme.split("\n")
    title = next((line[2:].strip() for line in lines if line.startswith("# ")), "")
    body = readme.split("\n", 1)[1] if "\n" in readme else ""
    first = next((p.strip() for p in body.split("\n\n") if p.strip() and not p.startswith("#")), "")
    return title, first


def rows_hold(events: pd.DataFrame) -> str:
    """What the rows hold, in words, with the outcomes the rows have and how many rows each (computed)."""
    counts = events["outcome"].value_counts()
    listed = ", ".join(f"{category(o)} ({n:,})" for o, n in counts.items())
    return (
        "One row per event or claim in a news report: who (junta soldiers, police, militia; relatives and "
        "civilians are never counted as personnel), what happened to them, where, when, how many as the text "
        "words it (a lower bound stays a lower bound, a vague figure stays vague), and who claims it. "
        f"Outcomes, with their rows: {listed}."
    )


def index_body(readme: str, events: pd.DataFrame, figures: list[dict], notebooks: list, n_charts: int) -> str:
    """The overview: what the project is (README), what the rows hold (computed), the pages."""
    title, first = readme_intro(readme)
    return render(
        "index.html.j2",
        title=title,
        intro=Markup(markdown(first)),
        rows_hold=rows_hold(events),
        figures=figures,
        notebooks=notebooks,
        n_charts=n_charts,
    )


def claims_body(claims: pd.DataFrame | None, events: pd.DataFrame, csvs: list[str]) -> str:
    """Every claimed total as one table, by claimant, each beside what the itemized events add up to."""
    if claims is None or claims.empty:
        return render(
            "claims.html.j2", lede="The data holds no claimed totals.", table="", breakdowns="", legend=[], csvs=csvs
        )
    compared = report.totals_vs_events(claims, events)
    extra = claims.set_index("claim_id")[["claimant_type", "persons", "includes_relatives"]]
    table = compared.join(extra, on="claim_id").sort_values(["claimant", "as_of_date", "claim_id"], kind="stable")
    sums = report.breakdown_sums(claims)
    breakdowns = for_readers(sums, ["claimant", "figure_text", "parts", "parts_sum", "status"]) if len(sums) else None
    legend = [(k.replace("_", " "), v) for k, v in CLAIM_KINDS.items()]
    legend += [(k.replace("_", " "), v) for k, v in CLAIMANT_TYPES.items()]
    legend += [(f"includes relatives: {k}", v) for k, v in INCLUDES_RELATIVES.items()]
    legend.append(
        (
            "Itemized events, stated lower bounds / best estimates",
            "what the distinct itemized events add up to for the same outcome, people, window and place, on each "
            "series (each person once; empty where the claim cannot be compared like with like): a check on the "
            "claim, never added to it",
        )
    )
    lede = (
        f"{len(claims):,} claimed totals and breakdowns by {claims['claimant'].nunique():,} claimants. Each is a "
        "claim as its claimant gives it, unverified; none is added to the events or to another claim."
    )
    return render(
        "claims.html.j2",
        lede=lede,
        table=Markup(for_readers(table, CLAIM_COLUMNS).to_html()),
        breakdowns=Markup(breakdowns.to_html()) if breakdowns is not None else "",
        legend=legend,
        csvs=csvs,
    )


def data_body(package: dict, rows: dict[str, int], readme: str) -> str:
    """The data page: every table of the Data Package linked with its row count, the codebook, licence, citation."""
    tables = [
        {
            "file": r["path"],
            "title": r.get("title", r["name"]),
            "description": r.get("description", ""),
            "rows": f"{rows[r['path']]:,}" if r["path"] in rows else "",
        }
        for r in package.get("resources", [])
    ]
    tables += [
        {"file": f, "title": f, "description": "", "rows": f"{n:,}"}
        for f, n in rows.items()
        if f not in {t["file"] for t in tables}
    ]
    licences = ", ".join(item.get("title", item.get("name", "")) for item in package.get("licenses", []))
    sections = readme_part(readme, "cite") + "\n" + readme_part(readme, "licen")
    return render(
        "data.html.j2",
        package={"title": package.get("title", ""), "description": package.get("description", "")},
        tables=tables,
        licences=licences,
        readme_sections=Markup(markdown(sections)),
    )
