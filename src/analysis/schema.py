"""Table Schemas (Frictionless) for the raw and processed tables: one definition per column.

The validator, the cleaner, ``datapackage.json`` and the codebook test all read
these lists, so a column is described in exactly one place.
"""

from __future__ import annotations

from .vocab import (
    ACTORS,
    CLAIM_KINDS,
    CLAIM_OUTCOMES,
    CLAIMANT_TYPES,
    COUNT_UNITS,
    DATE_PRECISIONS,
    INCLUDES_RELATIVES,
    LEDGER_STATUSES,
    OUTCOMES,
    QUALIFIERS,
    SHAN_PARTS,
)


def _f(name: str, type_: str, description: str, **constraints) -> dict:
    field = {"name": name, "type": type_, "description": description}
    if type_ == "date":
        field["format"] = "default"
    if constraints:
        field["constraints"] = constraints
    return field


# ---- raw/events.csv: typed the way a curator types news reports ---------------------------
RAW_FIELDS: list[dict] = [
    _f("event_id", "string", "Stable event id, e.g. IRR-005 (source prefix + number).", required=True, unique=True),
    _f("source_id", "string", "Id of the report in sources.csv.", required=True),
    _f("outcome", "string", "What happened to the people or positions.", enum=list(OUTCOMES)),
    _f("actor", "string", "Who it happened to.", enum=list(ACTORS)),
    _f("unit", "string", "Unit or group as written, e.g. 'Light Infantry Battalion 129'."),
    _f("count_text", "string", "The figure as written ('127', 'at least 15', 'over 300'); empty when none is given."),
    _f("count_unit", "string", "What count_text counts.", enum=list(COUNT_UNITS)),
    _f("alt_count_text", "string", "A figure other reporting gives for the same thing ('126', '18 or 23')."),
    _f("alt_count_basis", "string", "Where alt_count_text comes from."),
    _f("date_text", "string", "The date as written ('November 12', 'on Monday', 'this week')."),
    _f(
        "date_start",
        "string",
        "Curator's resolved start (YYYY-MM-DD) where the text or dating facts allow; else empty.",
    ),
    _f("date_end", "string", "Curator's resolved end (YYYY-MM-DD); empty means same as date_start."),
    _f("date_basis", "string", "Why date_start/date_end are what they are (text, other reporting)."),
    _f("state_region", "string", "State/region as written; several separated by ';'; 'across Myanmar' for national."),
    _f("township", "string", "Township as written ('Maese', 'Kyaikmayaw')."),
    _f("location", "string", "Village, base or site as written."),
    _f(
        "place_basis",
        "string",
        "Empty when the place is in the text; else how the curator placed it ('inferred: ...').",
    ),
    _f("counterpart", "string", "Armed group(s) that received the surrender or took the position; ';'-separated."),
    _f("claimed_by", "string", "Who made the claim (TNLA, MNDAA, AA, KNDF, NUG, Reuters, ...); ';'-separated."),
    _f(
        "verification",
        "string",
        "Verification as the text gives it ('confirmed by the NUG', 'independent verification pending').",
    ),
    _f("operation", "string", "Named operation where known (operations table)."),
    _f("part_of", "string", "event_id of the aggregate claim this event is counted in; counting never adds both."),
    _f(
        "same_as",
        "string",
        "event_id of the row that reports the same people (another outlet's report of the same event): kept to compare figures, dates and claimants, never counted.",
    ),
    _f("text_flag", "string", "What the text gets wrong or disputes, per the known-errors list; empty if nothing."),
    _f("evidence", "string", "Verbatim phrase from the source, 25 words or fewer.", required=True),
    _f("note", "string", "Curator's note in their own words."),
    _f(
        "border_country",
        "string",
        "For fled_across_border (and a handback from across a border, released): the country on the other side, "
        "as pycountry names it ('India', 'Thailand'); empty for every other outcome.",
    ),
    _f(
        "taken_in",
        "string",
        "For released rows only: event_id of the event in which those people were taken (surrendered, captured, "
        "fled across the border), where one exists. A release adds no one to any count.",
    ),
]
RAW_COLUMNS = [f["name"] for f in RAW_FIELDS]
#: Columns a raw file must have; the others default to empty with a warning.
REQUIRED_COLUMNS = [
    "event_id",
    "source_id",
    "outcome",
    "actor",
    "count_text",
    "count_unit",
    "date_text",
    "date_start",
    "date_end",
    "state_region",
    "township",
    "evidence",
]

SOURCE_FIELDS: list[dict] = [
    _f("source_id", "string", "Stable id of the report.", required=True, unique=True),
    _f("outlet", "string", "Publisher."),
    _f("headline", "string", "Headline."),
    _f("url", "string", "Address of the report."),
    _f("published", "date", "Publication date (earliest likely); relative dates resolve against it."),
    _f("published_latest", "date", "Latest likely publication date; events may not be dated after it."),
    _f("date_certainty", "string", "How certain the publication date is."),
    _f("file", "string", "File name of the text under shared/sources (not redistributed)."),
    _f("role", "string", "report (event source) or dating facts (used only for dates and alternatives)."),
    _f("note", "string", "Notes on the source."),
    _f(
        "rewrite_of",
        "string",
        "Empty for an original report. For a rewrite, mirror, repost or translation of another outlet's report: "
        "the source_id of the original when it is in this file, else the original outlet's name. A rewrite is "
        "never a second source: the original's figure is the one compared.",
    ),
]

#: Columns of sources.csv added after version 0.2: a file without them is read as if they were empty.
OPTIONAL_SOURCE_COLUMNS = ("rewrite_of",)

_INT = {"minimum": 0}
PROCESSED_FIELDS: list[dict] = [
    RAW_FIELDS[0],
    RAW_FIELDS[1],
    RAW_FIELDS[2],
    RAW_FIELDS[3],
    RAW_FIELDS[4],
    RAW_FIELDS[5],
    RAW_FIELDS[6],
    _f("count_low", "integer", "Lowest figure the text supports (empty: no lower bound stated).", **_INT),
    _f("count_best", "integer", "Best estimate the text supports (empty: none).", **_INT),
    _f("count_high", "integer", "Highest figure the text supports (empty: no upper bound).", **_INT),
    _f("count_qualifier", "string", "How the figure is qualified.", enum=list(QUALIFIERS)),
    RAW_FIELDS[7],
    _f("alt_count_low", "integer", "alt_count_text parsed: low.", **_INT),
    _f("alt_count_best", "integer", "alt_count_text parsed: best.", **_INT),
    _f("alt_count_high", "integer", "alt_count_text parsed: high.", **_INT),
    RAW_FIELDS[8],
    RAW_FIELDS[9],
    _f("date_start", "date", "First possible day (ISO)."),
    _f("date_end", "date", "Last possible day (ISO)."),
    _f("date_precision", "string", "How precise the dates are.", enum=list(DATE_PRECISIONS)),
    RAW_FIELDS[12],
    _f("state_region_text", "string", "State/region as written in the raw file."),
    _f("township_text", "string", "Township as written in the raw file."),
    RAW_FIELDS[15],
    _f("state_region", "string", "Canonical state/region (pycountry's name); several separated by '; '."),
    _f("iso_3166_2", "string", "ISO 3166-2:MM code(s) from pycountry, aligned with state_region."),
    _f("shan_part", "string", "Part of Shan State where stated.", enum=["", *SHAN_PARTS]),
    _f("township", "string", "Canonical township name."),
    _f("township_pcode", "string", "MIMU township P-code where known."),
    _f(
        "pcode_status",
        "string",
        "Where the township P-code comes from: the MIMU release that lists it (e.g. 'MIMU 9.6'); empty when no township is known.",
    ),
    _f(
        "place_scope",
        "string",
        "Finest place level known.",
        enum=["township", "state_region", "multiple", "national", "unknown"],
    ),
    _f("place_flag", "string", "Where the text places a township in the wrong state/region (kept as written)."),
    RAW_FIELDS[16],
    RAW_FIELDS[17],
    RAW_FIELDS[18],
    RAW_FIELDS[19],
    RAW_FIELDS[20],
    RAW_FIELDS[21],
    RAW_FIELDS[22],
    RAW_FIELDS[23],
    RAW_FIELDS[24],
    RAW_FIELDS[25],
    RAW_FIELDS[26],
    RAW_FIELDS[27],
]
PROCESSED_COLUMNS = [f["name"] for f in PROCESSED_FIELDS]

REJECT_FIELDS: list[dict] = [
    _f("file", "string", "The raw file the row is in (events.csv, or claimed_totals.csv for a claimed total)."),
    _f("line", "integer", "Line number in the raw file (header = 1)."),
    _f("event_id", "string", "Id of the rejected row as written (its claim_id for a claimed total)."),
    _f("column", "string", "Column at fault."),
    _f("value", "string", "Value at fault."),
    _f("reason", "string", "What is wrong and what was expected."),
    _f("raw_row", "string", "The whole raw row as JSON, so nothing is lost."),
]
REJECT_COLUMNS = [f["name"] for f in REJECT_FIELDS]

HEADLINE_FIELDS: list[dict] = [
    _f("state_region", "string", "Canonical state/region, or 'Not itemized'."),
    _f("iso_3166_2", "string", "ISO 3166-2:MM code (empty for 'Not itemized')."),
    _f("surrendered", "integer", "Surrendered junta personnel under the report's rule.", minimum=0),
    _f(
        "itemized_events",
        "integer",
        "Event rows that contribute (0: the report names the place but gives no figure).",
        minimum=0,
    ),
    _f("note", "string", "What the row means."),
]

LEDGER_FIELDS: list[dict] = [
    _f("claim_id", "string", "Claim id (C- + event_id)."),
    _f("source_id", "string", "Source of the claim."),
    _f("event_id", "string", "The event row carrying the claim."),
    _f("claim", "string", "The claim in the project's words."),
    _f("reported", "string", "The figure as the report gives it."),
    _f("computed", "integer", "What the data gives under the stated rule (empty when nothing can be computed)."),
    _f("rule", "string", "The counting rule used."),
    _f("status", "string", "What the check shows (see the categories below).", enum=list(LEDGER_STATUSES)),
    _f("explanation", "string", "Why computed and reported agree or differ."),
]


# ---- raw/claimed_totals.csv: running totals and their breakdowns (claims, never events) ----
CLAIM_RAW_FIELDS: list[dict] = [
    _f("claim_id", "string", "Stable id of the claim, e.g. CT-F17.", required=True, unique=True),
    _f("fact_id", "string", "Id of the fact in ../shared/sources/after-1027/reports.csv (F01 ...)."),
    _f("source_id", "string", "Id of the report in sources.csv.", required=True),
    _f("kind", "string", "What sort of claim.", enum=list(CLAIM_KINDS)),
    _f(
        "part_of",
        "string",
        "For a breakdown: the claim_id of its total. Parts are compared with their total, never added to it.",
    ),
    _f("figure_text", "string", "The figure exactly as written ('more than 650', 'Some 4,000'); the row's evidence."),
    _f("outcome", "string", "What the figure counts.", enum=list(CLAIM_OUTCOMES)),
    _f(
        "persons",
        "string",
        "Who is counted, ';'-separated: troops, police, militia, conscripts, relatives, unspecified.",
    ),
    _f(
        "includes_relatives",
        "string",
        "Whether family members are in the figure (a mixed figure stays mixed).",
        enum=list(INCLUDES_RELATIVES),
    ),
    _f("start_text", "string", "When the count starts, as written ('since Operation 1027 began')."),
    _f("start_date", "string", "When the count starts (YYYY-MM-DD); empty if unknown."),
    _f("as_of_text", "string", "The 'as of' date as written or reasoned."),
    _f("as_of_date", "string", "The date the total is claimed as of (YYYY-MM-DD).", required=True),
    _f("date_basis", "string", "Where the dates come from (stated, publication date, inferred)."),
    _f("scope", "string", "Where the total counts: a state/region as the claim gives it, or 'Myanmar'."),
    _f("scope_townships", "string", "Townships of the claim's front or operation (';'-separated); empty: all."),
    _f("scope_counterparts", "string", "Armed groups whose takings it counts (';'-separated); empty: anyone's."),
    _f("claimant", "string", "Who makes the claim."),
    _f("claimant_type", "string", "What sort of claimant.", enum=list(CLAIMANT_TYPES)),
    _f("verification", "string", "Verification as reported ('unverified claim', 'could not verify')."),
    _f("text_flag", "string", "What is inconsistent or disputed about the claim; empty if nothing."),
    _f("note", "string", "Curator's note in their own words (starts with the fact_id)."),
    _f("event_id", "string", "An event row that records the same claim as an aggregate, if any (never counted twice)."),
    _f(
        "same_as",
        "string",
        "claim_id of the claim this row words again (another wording in the same report, or a rewrite's copy): "
        "one claim, kept to show the wordings, compared once (on the row it names).",
    ),
]
CLAIM_RAW_COLUMNS = [f["name"] for f in CLAIM_RAW_FIELDS]
_CLAIM = {f["name"]: f for f in CLAIM_RAW_FIELDS}

CLAIM_FIELDS: list[dict] = [
    *(_CLAIM[c] for c in ("claim_id", "fact_id", "source_id", "kind", "part_of", "figure_text")),
    _f("count_low", "integer", "Lowest figure the text supports (empty: none).", **_INT),
    _f("count_best", "integer", "Best estimate the text supports (empty: none).", **_INT),
    _f("count_high", "integer", "Highest figure the text supports (empty: none).", **_INT),
    _f("count_qualifier", "string", "How the figure is qualified.", enum=list(QUALIFIERS)),
    *(_CLAIM[c] for c in ("outcome", "persons", "includes_relatives")),
    _f(
        "personnel_only",
        "boolean",
        "True when the figure counts only troops, police and militia (no relatives, nobody unspecified).",
    ),
    _CLAIM["start_text"],
    _f("start_date", "date", "When the count starts (ISO); empty if unknown."),
    _CLAIM["as_of_text"],
    _f("as_of_date", "date", "The date the total is claimed as of (ISO)."),
    *(_CLAIM[c] for c in ("date_basis", "scope")),
    _f("scope_state_region", "string", "Canonical state/region of the scope; empty for Myanmar as a whole."),
    _f("scope_iso_3166_2", "string", "ISO 3166-2:MM code of the scope; empty for Myanmar as a whole."),
    _f("scope_shan_part", "string", "Part of Shan State where the scope names one.", enum=["", *SHAN_PARTS]),
    _f("scope_townships", "string", "Canonical townships of the scope (';'-separated); empty: the whole scope."),
    _CLAIM["scope_counterparts"],
    *(_CLAIM[c] for c in ("claimant", "claimant_type", "verification", "text_flag", "note", "event_id", "same_as")),
]
CLAIM_COLUMNS = [f["name"] for f in CLAIM_FIELDS]

CLAIMS_CHECK_FIELDS: list[dict] = [
    _f("claim_id", "string", "The claimed total (or breakdown part)."),
    _f("kind", "string", "What sort of claim (see claimed totals: kind).", enum=list(CLAIM_KINDS)),
    _f("claimant", "string", "Who makes the claim."),
    _f("figure_text", "string", "The figure as written."),
    _f("claimed_low", "integer", "The claim's lower bound, else its best estimate.", **_INT),
    _f("start_date", "date", "Start of the claim's window."),
    _f("as_of_date", "date", "End of the claim's window (the as-of date)."),
    _f("scope", "string", "Where the claim counts: a state/region (with its part of Shan), or Myanmar."),
    _f("itemized_low", "integer", "Itemized events, same outcome, people, window, scope: lower bounds.", **_INT),
    _f("itemized_best", "integer", "The same itemized events at best estimates ('nearly 200' as 200).", **_INT),
    _f("itemized_events", "integer", "Event rows that add to itemized_best (empty: not compared).", **_INT),
    _f("status", "string", "What the comparison shows, or why the claim is not compared like with like."),
]
