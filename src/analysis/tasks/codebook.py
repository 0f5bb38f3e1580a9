"""The codebook (docs/codebook.md), rendered from the schema and vocabularies so it cannot drift.

Regenerate with ``python -m analysis codebook``; a test fails if the file is stale.
"""

from __future__ import annotations

import pandas as pd

from .. import config
from ..measure.itemized import series_readings
from ..measure.rules import CHART_RULES, CLAIM_RULE_DESCRIPTION, RULES, TREND_BEST_RULE, TREND_RULE
from ..schema import (
    CLAIM_FIELDS,
    CLAIM_RAW_FIELDS,
    CLAIMS_CHECK_FIELDS,
    HEADLINE_FIELDS,
    LEDGER_FIELDS,
    PROCESSED_FIELDS,
    RAW_FIELDS,
    REJECT_FIELDS,
    SOURCE_FIELDS,
)
from ..vocab import (
    ACTORS,
    CLAIM_KINDS,
    CLAIM_OUTCOMES,
    CLAIMANT_TYPES,
    COUNT_UNITS,
    DATE_PRECISIONS,
    INCLUDES_RELATIVES,
    LEDGER_STATUSES,
    OUTCOMES,
    PERSONS,
    QUALIFIERS,
    SHAN_PARTS,
    TROOP_ACTORS,
)
from .codebook_outcomes import AFTER_2024, OUTCOME_RULES

PATH = config.ROOT / "docs" / "codebook.md"

INTRO = """# Codebook

This codebook describes every file in `data/`, every column and every category, and
the rules for what goes in. It is generated from `src/analysis/schema.py` and
`src/analysis/vocab.py` (`python -m analysis codebook`), so it always matches the code.

## The files

| file | what it is |
|---|---|
| `data/raw/events.csv` | The hand-curated events: one row per event or claim in a source report, typed the way a curator types news reports ("at least 15", "on Monday", "Maese"). Edited by hand. |
| `data/raw/sources.csv` | The reports cited, with publication dates and how certain those dates are. |
| `data/processed/events.csv` | The same rows cleaned: counts as low/best/high, dates as ISO ranges with a precision, canonical places with ISO 3166-2 and P-codes. Written by `python -m analysis build`. |
| `data/processed/headline_by_state.csv` | Surrendered personnel by state/region under the report's rule, plus a `Not itemized` row. |
| `data/processed/claims_ledger.csv` | Every numeric claim in both reports, what the data gives and whether it reproduces. |
| `data/processed/rejects.csv` | Raw rows that could not be cleaned, with the reason and the whole raw row (empty when none). |
| `data/processed/datapackage.json` | Frictionless Data Package: a Table Schema for every table above. |

## Inclusion rules

1. **Every figure about people, units or positions** in the source reports is a row:
   surrendered, defected, fled (including across a border), positions abandoned or taken,
   captured, released or handed back, killed or injured (either side, and civilians), relatives, units that
   switched sides, money paid to defectors, context figures (reinforcements), and the
   reports' aggregate claims. Events the reports name without a number are rows too,
   with an empty count.
2. **Never invent a fact.** Every row cites a report (`source_id`) and quotes a
   verbatim evidence phrase of at most 25 words; `note` is in the curator's own words.
   A figure the text does not give stays empty.
3. **Keep vagueness as data.** "over 300" is a lower bound (no `count_high`), "around
   30" an approximation (no `count_low`), "this week" a date range. A bound is never
   rounded into a point.
4. **Never count the same people twice.** An event that an aggregate claim includes
   carries the aggregate's id in `part_of`. Counting (`analysis.measure`) never adds both:
   an aggregate contributes only what it exceeds its counted components by. Linking is
   a curator's judgement; the `note` says when the text does not state it.
5. **Flag, don't fix.** Where the text is wrong or disputed (a town placed in the wrong
   region, a unit misnamed, a count other outlets give differently), the row keeps what
   the text says and `place_flag`, `text_flag` or `alt_count_text` records the rest.
6. **Real dates.** Events before Operation 1027 (the June 2023 Mese surrender) keep
   their real dates and are excluded from post-1027 counts by date, not by deletion.
   Relative dates are resolved against the publication date or dated from other
   reporting; `date_basis` says which.
7. **Places.** State/region names and ISO 3166-2:MM codes come from `pycountry`.
   Townships resolve to their MIMU P-codes (Release 9.6) through the gazetteer below, with
   the spellings users meet; `pcode_status` names the release. A place inferred by the
   curator (not in the text) says so in `place_basis`.
"""


GAZETTEER = """### Places: the MIMU gazetteer (`src/analysis/reference/data/`)

Every township, district and state/region of Myanmar resolves to its MIMU P-code
(Myanmar Information Management Unit, **P-codes Release 9.6, Feb 2025**) and its ISO
3166-2:MM code, derived by `scripts/derive_reference.py` (`make reference`) from the
files in `../shared/reference/mimu` (see their `PROVENANCE.md` and
`src/analysis/reference/data/README.md`). Attribute: Myanmar Information Management Unit (MIMU).

- `mimu_townships.csv`: 358 township-level P-codes (330 active townships, 23 Wa and 3
  Kokang self-administered units, 2 retired codes) with district, state/region (MIMU's 18
  units and the 15 ISO ones), Shan part, a point (centroid, else seat town).
- `mimu_districts.csv`, `mimu_states.csv`: the districts and MIMU's 18 state/region units.
- `place_aliases.csv`: every spelling tied to a P-code in MIMU and the other lists, plus
  the hand-kept `extra_aliases.csv` below; keys are made by one normalisation
  (`analysis.reference.names.normalize_name`: case, spaces, punctuation and the word
  "Township" do not matter).
- `mimu_states_simplified.geojson`: the 18 units as polygons (MIMU boundaries, P-code
  version 9.3, simplified as a coverage so neighbours share their edges).

A name resolves to exactly one place or is an error naming the closest candidates; a
name two townships share (Htantabin, Minhla) needs its state/region. City names that
stand for several townships (Yangon, Mandalay, Nay Pyi Taw) resolve to their region,
district or union territory, never to a guessed township. `pcode_status` says `MIMU 9.6`
for every township the gazetteer resolves.
"""


AFTER_1027 = """## The record after Operation 1027 (`A27-` rows, `claimed_totals.csv`)

The 57 facts of `../shared/sources/after-1027/reports.csv` (36 reports, Oct 2023 - Aug
2024) are curated as follows. Each report is a row of `sources.csv` (its `source_id` is
the report's slug; the headline, where there is one, is read off the address). Only
figures and facts are kept: the `evidence` of such a row is the figure phrase as the
report writes it, or `[no figure in the report]`; notes are in the curator's words and
start with the fact id.

- **Events** (`kind` event or fled_across_border) are rows of `events.csv` with id
  `A27-` + fact id (`A27-F11a`/`A27-F11b`: one fact that separates 126 officers from 134
  dependents). Dates, places and claimants are as the fact gives them; `date_basis`
  cites the fact id; a township inferred from "near X" says so in `place_basis`.
- **A second report of the same people** (LIB 143, the Kokang militia, Kyaikmaraw,
  Loikaw, Apaukwa, Pauktaw, the Mizoram crossings, LIB 129; and among the later reports
  LIB 125, Laukkai, Myawaddy) is its own row with `same_as` = the id of the row the record
  counts (the first report, unless better reporting says otherwise). It keeps that outlet's
  figure, date and claimant, so disagreements are data (Apaukwa 26 or 22; Pauktaw some 70
  or around 30; Loikaw 32 or 38, on 13 or 14 Nov), and it is never counted in the record.
  Loikaw is the one case where the record counts a later report: three reports (among them
  the KNDF's own statement, `A27-F07`) give 32 surrendered of 38 prisoners, so the seed
  row's 38 (`IRR-014`) carries `same_as` = `A27-F07` and counts only under the report's
  rule, which reproduces that report in its own reading. A source's arithmetic error (a
  total that is not the sum of its parts) is flagged in `text_flag`, the figures kept as written.
- **Mixed figures** (soldiers with their families, not split: `nearly 300` at Kyauktaw,
  617 at Myawaddy) are actor `mixed` and flagged; relatives are actor `relatives`;
  surrendered and captured together (Buthidaung's `At least 200`) are outcome
  `surrendered_or_captured`. None is ever counted as surrendered personnel.
- **Running totals, breakdowns and totals of those who fled across the border** are
  claims, not events: rows of `claimed_totals.csv` with id `CT-` + fact id (below).
- **Set aside:** `F57` (Karenni forces' 7 Nov 2023 assault in Pan Tein village, the start
  of Operation 1107): an operation with no surrender or flight figure. It is cited as the
  basis of Operation 1107 in `operations.csv`, not made an event.
"""


CLAIMS_INTRO = """## Claimed totals: claims, never events

A claimed total since Operation 1027 "as of" a date (The Irrawaddy's compilations, the
NUG's, DVB's, the Brotherhood Alliance's, BNI-Myanmar Peace Monitor's with its breakdown
by state, the MNDAA's including families) is **not an event and not a sum of events**. It
lives in its own table, `claimed_totals.csv`, and the package never adds it to events or
to another total: it only compares.

- **A breakdown** (`kind` = `breakdown`) names its total in `part_of`. Its parts are
  added up only to be set beside the total (`analysis.report.breakdown_sums`); a
  difference is shown, not hidden.
- **Against the events** (`claims_vs_events.csv`): each claim is set beside what the
  itemized events add up to (below: one definition) for **the same outcome, the same
  people, its own window and its scope**, and nothing else: a troops-only claim beside
  army rows only (a row of "junta personnel", troops and/or police, only beside a claim
  that counts both); its window `start_date` to `as_of_date` (a claim with no start date
  is not compared); its state/region (and part of Shan), and, where the claim is about one
  front or operation, only its townships (`scope_townships`) and the armed groups whose
  takings it counts (`scope_counterparts`). Both series are given
  (`itemized_low`, `itemized_best`). A total that counts the same people should not fall
  below the lower bound; one that does is flagged. A claim of another outcome (defections
  since the coup, surrenders and abandoned bases together), of people the events do not
  separate, or with no start date gets no itemized figure and a status that says why.
- **Relatives are never personnel.** A figure that includes family members
  (`includes_relatives` = `yes`) stays mixed (`personnel_only` false) and is not compared
  as if it counted personnel.
- **Who claims it** (`claimant`, `claimant_type`) and its `verification` travel with the
  figure into every table and chart.
- Soldiers who fled across the border are their own series (`kind` =
  `fled_across_border_total`, `outcome` = `fled_across_border`).
"""


def _fields(title: str, fields: list[dict]) -> str:
    rows = ["| column | type | meaning |", "|---|---|---|"]
    for f in fields:
        enum = f.get("constraints", {}).get("enum")
        extra = f" One of: {', '.join(f'`{e}`' for e in enum if e)}." if enum else ""
        rows.append(f"| `{f['name']}` | {f['type']} | {f['description']}{extra} |")
    return f"## {title}\n\n" + "\n".join(rows) + "\n"


def _categories(title: str, table: dict[str, str]) -> str:
    rows = ["| value | meaning |", "|---|---|"] + [f"| `{k}` | {v} |" for k, v in table.items()]
    return f"### {title}\n\n" + "\n".join(rows) + "\n"


def _reference(name: str, title: str) -> str:
    table = pd.read_csv(config.PACKAGE_DATA / name, dtype=str, keep_default_na=False)
    head = "| " + " | ".join(table.columns) + " |\n|" + "---|" * len(table.columns) + "\n"
    body = "\n".join(
        "| " + " | ".join(str(v).replace("|", "/") for v in row) + " |" for row in table.itertuples(index=False)
    )
    return f"### {title} (`src/analysis/reference/data/{name}`)\n\n{head}{body}\n"


ITEMIZED = """## What the itemized events add up to (`analysis.measure.itemized`)

One definition, used by every table, chart title, alt text and notebook sentence: for a
window, a scope, an outcome and the people counted, the sum over **distinct events**:
never an aggregate claim (a row other rows name in `part_of`) or its unitemized
remainder, never a second report of the same people (`same_as`), never relatives or a
mixed figure. It comes in two series, which differ only in how an approximate figure
enters:

- **lower bound** (`low`): each row's stated lower bound. A true floor of what the rows
  report: "nearly 200", "about 100", "around 30" add nothing, since none states a lower bound.
- **best estimate** (`best`): each row's best estimate, else its lower bound. Not a floor.

Charts say which series they draw; "at least", "floor" and "lower bound" are used only of
the first. Where reports differ about the same people, the record counts the row the
others name in `same_as` (for Loikaw, the KNDF's 32 surrendered of 38 prisoners); a rule
that reproduces a report (the report's rule) counts that report's own row instead.

How each kind of figure enters (parsed by the package from these phrases):

"""


def _series_table() -> str:
    table = series_readings()
    rows = ["| phrase | qualifier | lower bound adds | best estimate adds |", "|---|---|---|---|"]
    rows += [f"| '{r.phrase}' | `{r.qualifier}` | {r.low} | {r.best} |" for r in table.itertuples()]
    return ITEMIZED + "\n".join(rows) + "\n"


def _readings() -> str:
    """The readings of the headline the sensitivity chart draws (report.sensitivity.readings), by label."""
    from ..report.sensitivity import readings
    from ..schema import PROCESSED_COLUMNS

    lines = [
        f"- **{rule.name}** ({short}): {label}"
        for label, short, rule in readings(pd.DataFrame(columns=PROCESSED_COLUMNS))
    ]
    return (
        "Readings of The Irrawaddy's headline that the sensitivity chart draws (`analysis.report.sensitivity`; the "
        "last two answer another question; the figures of the Loikaw and alternative readings are the rows' own "
        "`alt_count_*`):\n\n" + "\n".join(lines)
    )


def render() -> str:
    others = [r for r in CHART_RULES.values() if r is not TREND_RULE]
    rules = "\n".join(
        f"- **{r.name}**: {r.description}" for r in (*RULES.values(), TREND_RULE, TREND_BEST_RULE, *others)
    )
    rules += f"\n- **claim:<id>**: {CLAIM_RULE_DESCRIPTION}\n\n{_readings()}"
    parts = [
        INTRO,
        _fields("Raw events (`data/raw/events.csv`)", RAW_FIELDS),
        _fields("Processed events (`data/processed/events.csv`)", PROCESSED_FIELDS),
        _fields("Sources (`sources.csv`)", SOURCE_FIELDS),
        _fields("Headline by state (`headline_by_state.csv`)", HEADLINE_FIELDS),
        _fields("Claims ledger (`claims_ledger.csv`)", LEDGER_FIELDS),
        _fields("Rejects (`rejects.csv`)", REJECT_FIELDS),
        AFTER_1027,
        OUTCOME_RULES,
        AFTER_2024,
        CLAIMS_INTRO,
        _fields("Raw claimed totals (`data/raw/claimed_totals.csv`)", CLAIM_RAW_FIELDS),
        _fields("Processed claimed totals (`claimed_totals.csv`)", CLAIM_FIELDS),
        _fields("Claimed totals beside the itemized events (`claims_vs_events.csv`)", CLAIMS_CHECK_FIELDS),
        "## Categories\n",
        _categories("outcome", OUTCOMES),
        _categories("actor", ACTORS),
        f"Troop counts include only: {', '.join(f'`{a}`' for a in TROOP_ACTORS)}.\n",
        _categories("count_unit", COUNT_UNITS),
        _categories("count_qualifier (low / best / high, after UCDP GED)", QUALIFIERS),
        _categories("date_precision (cf. ACLED time_precision, UCDP date_prec)", DATE_PRECISIONS),
        _categories("shan_part", SHAN_PARTS),
        _categories("claims ledger: status", LEDGER_STATUSES),
        _categories("claimed totals: kind", CLAIM_KINDS),
        _categories("claimed totals: outcome", CLAIM_OUTCOMES),
        _categories("claimed totals: persons", PERSONS),
        _categories("claimed totals: includes_relatives", INCLUDES_RELATIVES),
        _categories("claimed totals: claimant_type", CLAIMANT_TYPES),
        "## Reference tables\n",
        GAZETTEER,
        _reference("extra_aliases.csv", "Spellings added to the MIMU lists (hand-kept, each with its basis)"),
        _reference("state_aliases.csv", "State/region aliases"),
        _reference("groups.csv", "Armed groups and claimants"),
        _reference("operations.csv", "Operations"),
        _series_table(),
        f"## Counting rules (`analysis.measure`)\n\n{rules}\n",
    ]
    return "\n".join(parts)


def write() -> None:
    PATH.parent.mkdir(parents=True, exist_ok=True)
    PATH.write_text(render(), encoding="utf-8")
