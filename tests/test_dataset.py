"""The curated dataset against its sources: every number in the texts is in the data,
every evidence phrase is verbatim, and the known facts about dates and places hold."""

import re

import pandas as pd

from analysis import config
from analysis.parse.counts import parse_count

_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "dozen": 24,
}
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

#: Numbers in the texts that are not figures about people, units or positions, and why.
NOT_FIGURES = {
    r"Operation 1027": "the operation's name",
    rf"(?:{_MONTHS}) \d{{1,2}}": "a date",
    r"(?:Battalion|Brigade)(?: \(LIB\))? \d+": "a unit's designation",
    r"Milepost No\. 13": "a place name",
    r"US\$476": "the text's dollar conversion of the 1 million kyats (IRR-008)",
    r"(?:since|in) 2021": "a year",
    r"three weeks": "the report's time window (IRR-002's dates)",
    r"one of three Brotherhood Alliance groups": "the alliance's make-up, not a figure about junta personnel",
}

_TOKEN = re.compile(r"\b(\d[\d,]*(?: million)?|" + "|".join(_WORDS) + r")\b", re.I)


def _value(token: str) -> int:
    t = token.lower().replace(",", "")
    if t.endswith(" million"):
        return int(t.split()[0]) * 1_000_000
    return _WORDS[t] if t in _WORDS else int(t)


def _figures_in(text: str) -> list[tuple[str, int, str]]:
    skip = [m.span() for p in NOT_FIGURES for m in re.finditer(p, text)]
    out = []
    for m in _TOKEN.finditer(text):
        if any(a <= m.start() and m.end() <= b for a, b in skip):
            continue
        context = text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " ")
        out.append((m.group(0), _value(m.group(0)), context))
    return out


def _row_values(events: pd.DataFrame, source_id: str) -> set[int]:
    values: set[int] = set()
    rows = events[events["source_id"] == source_id]
    for text in list(rows["count_text"]) + list(rows["alt_count_text"]):
        c = parse_count(text)
        values |= {v for v in (c.low, c.best, c.high) if v is not None}
        if "dozen" in str(text).lower():
            values.add(24)
    return values


def test_every_figure_in_both_reports_is_in_the_data(events, source_texts):
    missing = []
    found = 0
    for source_id, text in source_texts.items():
        values = _row_values(events, source_id)
        for token, value, context in _figures_in(text):
            found += 1
            if value not in values:
                missing.append(f"{source_id}: {token!r} in '...{context}...'")
    assert found >= 30, f"only {found} figures found in the texts; the tokenizer is broken"
    assert not missing, "figures in the texts with no event row:\n" + "\n".join(missing)


def test_the_test_would_catch_a_dropped_row(events, source_texts):
    """Dropping the Loikaw row must make the coverage check fail for '38'."""
    fewer = events[events["event_id"] != "IRR-014"]
    text = source_texts["irrawaddy-2023-11-17"]
    values = _row_values(fewer, "irrawaddy-2023-11-17")
    assert any(v == 38 and v not in values for _, v, _ in _figures_in(text))


def test_every_evidence_phrase_is_verbatim_and_short(events, source_texts):
    seed = events[events["source_id"].isin(list(source_texts))]
    assert len(seed) == 44  # 43 events and the junta spokesman's refusal to comment
    for row in seed.itertuples():
        assert row.evidence in source_texts[row.source_id], f"{row.event_id}: evidence not verbatim"
        assert len(row.evidence.split()) <= 25, f"{row.event_id}: evidence longer than 25 words"


def test_every_count_as_written_is_in_its_source(events, source_texts):
    seed = events[events["source_id"].isin(list(source_texts))]
    for row in seed[seed["count_text"] != ""].itertuples():
        assert row.count_text.lower() in source_texts[row.source_id].lower(), row.event_id


def test_every_row_cites_a_report_in_sources_csv(events):
    sources = pd.read_csv(config.RAW_SOURCES, dtype=str, keep_default_na=False)
    reports = set(sources.loc[sources["role"] == "report", "source_id"])
    assert set(events["source_id"]) <= reports
    assert sources.loc[sources["role"] == "report", "url"].str.match(r"https?://[^ ]+$").all()  # as the page is served


def test_june_2023_mese_events_keep_their_real_dates(events):
    bnn = events[events["source_id"] == "bnn-2023-06-27"]
    assert len(bnn) >= 8
    assert (bnn["date_start"].str[:7] == "2023-06").all()
    assert (bnn["date_end"] < config.OPERATION_1027).all()
    airstrike = bnn[(bnn["outcome"] == "killed") & (bnn["actor"] == "civilians")].iloc[0]
    assert airstrike["date_start"] == airstrike["date_end"] == "2023-06-25"


def test_dating_facts_are_applied(events):
    by_id = events.set_index("event_id")
    assert by_id.loc["IRR-027", "date_start"] == "2023-11-13"  # A Pauk Wa: surrendered Monday, announced Tuesday
    assert by_id.loc["IRR-030", "date_start"] == "2023-11-15"  # Pauktaw: Wednesday night
    assert by_id.loc["IRR-021", "date_start"] == "2023-11-16"  # the 29 crossed on Thursday
    assert "Tuibual" in by_id.loc["IRR-021", "text_flag"]
    assert (by_id.loc["IRR-014", "date_start"], by_id.loc["IRR-014", "date_end"]) == ("2023-11-13", "2023-11-14")


def test_known_errors_are_flagged_not_fixed(events):
    kalaw = events[events["township"] == "Kalaw"].iloc[0]
    assert kalaw["state_region"] == "Sagaing" and "Shan" in kalaw["place_flag"]
    brigade = events[events["unit"] == "Light Infantry Brigade 143"]
    assert len(brigade) >= 1 and brigade["text_flag"].str.contains("Battalion").all()


def test_aggregates_are_linked_to_their_components(events):
    ids = set(events["event_id"])
    assert set(events["part_of"]) - {""} <= ids
    parents = events.set_index("event_id")["part_of"]
    assert parents["IRR-005"] == "IRR-004" and parents["IRR-004"] == "IRR-002"
    for eid in ("IRR-014", "IRR-016", "IRR-023", "IRR-027", "IRR-028", "IRR-030"):
        assert parents[eid] == "IRR-002"


def test_unnamed_figures_stay_empty(events):
    for eid in ("IRR-031", "IRR-032", "IRR-033", "IRR-034", "IRR-035", "BNN-003"):
        row = events.set_index("event_id").loc[eid]
        assert row["count_text"] == "" and pd.isna(row["count_low"]) and row["count_qualifier"] == "unknown"
