"""Who says so: source lines and claimant phrases built from the rows a chart draws, never typed in a module.

>>> import pandas as pd
>>> sources = pd.DataFrame({"source_id": ["a"], "outlet": ["The Irrawaddy"], "headline": ["Rebel Groups Report"],
...     "published": ["2023-11-17"], "published_latest": ["2023-11-18"], "date_certainty": ["17 or 18 Nov"]})
>>> line = source_line(pd.Series(["a", "a"]), sources)  # each report once, dated as certain as sources says
>>> line.removesuffix(CAVEAT)
"Source: The Irrawaddy, 'Rebel Groups Report' (17 or 18 Nov 2023). "
"""

from __future__ import annotations

import pandas as pd

#: Beyond this many reports, a source line names the outlets and how many reports each, not every headline.
MAX_LISTED = 3
#: ... and at most this many outlets by name.
MAX_OUTLETS = 5
CAVEAT = "Curated event data; every figure is a claim, unverified."


def when(published: str, latest: str, certainty: str = "") -> str:
    """A publication date as certain as the metadata says: '17 or 18 Nov 2023', 'c. 14 Jan 2024', 'Nov 2023'."""
    if not published:
        return ""
    a = pd.Timestamp(published)
    b = pd.Timestamp(latest) if latest else a
    if b != a:
        same_month = (a.year, a.month) == (b.year, b.month)
        return f"{a.day} or {b.day} {b:%b %Y}" if same_month and (b - a).days == 1 else f"{a:%-d %b}-{b:%-d %b %Y}"
    text = f"{a.day} {a:%b %Y}"
    return f"on or after {text}" if "on or after" in certainty else text


def source_line(source_ids: pd.Series, sources: pd.DataFrame) -> str:
    """'Source: ...' naming only the reports of the rows drawn, with dates as certain as ``sources`` says."""
    table = sources.set_index("source_id")
    used = [s for s in dict.fromkeys(source_ids.dropna()) if s in table.index]
    if not used:
        return CAVEAT
    if len(used) <= MAX_LISTED:
        parts = []
        for s in used:
            r = table.loc[s]
            head = f", '{r['headline']}'" if r.get("headline", "") else ""
            date = when(r["published"], r.get("published_latest", ""), r.get("date_certainty", ""))
            parts.append(f"{r['outlet']}{head}" + (f" ({date})" if date else ""))
        return "Source: " + "; ".join(parts) + ". " + CAVEAT
    outlets = table.loc[used, "outlet"].value_counts()
    dates = pd.to_datetime(table.loc[used, "published"].replace("", None)).dropna()
    span = f", {dates.min():%b %Y}-{dates.max():%b %Y}" if len(dates) else ""
    listed = ", ".join(f"{o} ({n})" for o, n in outlets.iloc[:MAX_OUTLETS].items())
    if len(outlets) > MAX_OUTLETS:
        rest = len(outlets) - MAX_OUTLETS
        listed += f" and {rest} other outlet{'s' if rest > 1 else ''}"
    return f"Source: {len(used)} reports{span}: {listed} (listed in sources.csv). " + CAVEAT


#: How a claimant reads in a sentence ('the MNDAA'); names not listed read as they are.
_ARTICLE = (
    "TNLA",
    "MNDAA",
    "AA",
    "KNDF",
    "KNLA",
    "KNU",
    "NUG",
    "Brotherhood Alliance",
    "Mon Liberation Army",
    "Karenni Army",
    "Assam Rifles",
)


def _name(group: str) -> str:
    if group == "Unattributed":
        return "unattributed reports"
    if group in ("Residents", "Local media", "Mizoram officials"):
        return group.lower() if group != "Mizoram officials" else group
    return f"the {group}" if group in _ARTICLE else group


def claimants(events: pd.DataFrame, limit: int = 4) -> str:
    """Who claims the figures of these rows, most rows first, unattributed last: 'the MNDAA, the AA and 3 others'."""
    names = events["claimed_by"].str.split("; ").explode()
    names = names[(names != "") & names.notna()].value_counts()
    order = [n for n in names.index if n != "Unattributed"] + [n for n in names.index if n == "Unattributed"]
    shown = [_name(str(n)) for n in order[:limit]]
    rest = len(order) - len(shown)
    if not shown:
        return "unattributed reports"
    if rest:
        return ", ".join(shown) + f" and {rest} other claimant{'s' if rest > 1 else ''}"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]
