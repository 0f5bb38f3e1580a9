"""Property-based tests: no input makes the parsers or the validator raise anything but
the package's own documented error, and parse -> format -> parse round-trips."""

from datetime import date

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import config
from analysis.errors import ParseError
from analysis.parse.counts import Count, format_count, parse_count
from analysis.parse.dates import DateRange, format_date_range, resolve_report_date
from analysis.parse.places import canonical_state, canonical_township
from analysis.pipeline.clean import clean_frame
from analysis.pipeline.read import load_sources, read_raw_csv
from analysis.schema import RAW_COLUMNS

PHRASES = st.sampled_from(
    [
        "at least",
        "more than",
        "over",
        "around",
        "nearly",
        "close to",
        "An estimated",
        "",
        "some",
        "up to",
        "several dozen",
        "many",
        "-",
        "or",
        "to",
        "million",
    ]
)
NUMBERS = st.one_of(st.integers(0, 10**7).map(str), st.sampled_from(["seven", "Six", "twenty-one", "၃၈", "1,000"]))
COUNT_TEXT = st.one_of(
    st.text(max_size=30), st.builds(lambda p, n, q: f"{p} {n} {q}".strip(), PHRASES, NUMBERS, PHRASES)
)


@given(COUNT_TEXT)
def test_parse_count_raises_only_parse_error_and_keeps_order(text):
    try:
        c = parse_count(text)
    except ParseError:
        return
    values = [v for v in (c.low, c.best, c.high) if v is not None]
    assert all(v >= 0 for v in values)
    if c.low is not None and c.high is not None:
        assert c.low <= c.high
    if c.best is not None and c.high is not None:
        assert c.best <= c.high


@st.composite
def counts(draw):
    q = draw(
        st.sampled_from(["exact", "at_least", "more_than", "about", "close_to", "up_to", "range", "vague", "unknown"])
    )
    n = draw(st.integers(0, 10**6))
    m = draw(st.integers(0, 10**6))
    lo, hi = min(n, m), max(n, m)
    return {
        "exact": Count(n, n, n, q),
        "at_least": Count(n, n, None, q),
        "more_than": Count(n, n, None, q),
        "about": Count(None, n, None, q),
        "close_to": Count(None, n, n, q),
        "up_to": Count(None, None, n, q),
        "range": Count(lo, None, hi, q),
        "vague": Count(draw(st.sampled_from([24, 200, 40, None])), None, None, q),
        "unknown": Count(None, None, None, q),
    }[q]


@given(counts())
def test_count_round_trip(c):
    assert parse_count(format_count(c)) == c
    assert parse_count(format_count(parse_count(format_count(c)))) == c


DATE_TEXT = st.one_of(
    st.text(max_size=30),
    st.builds(
        lambda a, b: f"{a} {b}",
        st.sampled_from(["on", "since", "this", "last", "in", ""]),
        st.sampled_from(["Monday", "week", "November 12", "October 27", "Feb 30", "month", "June", "31 April"]),
    ),
)


@given(DATE_TEXT, st.dates(date(2021, 1, 1), date(2030, 12, 31)))
def test_resolve_report_date_raises_only_parse_error(text, published):
    try:
        r = resolve_report_date(text, published)
    except ParseError:
        return
    if r.start is not None:
        assert r.start <= r.end
        assert r.end <= published or r.precision == "month"


@given(st.dates(date(2021, 1, 1), date(2030, 12, 31)))
def test_day_round_trip(d):
    r = DateRange(d, d, "day")
    assert resolve_report_date(format_date_range(r), None) == r


@given(st.text(max_size=40))
def test_place_parsers_raise_only_parse_error(text):
    for fn in (canonical_state, canonical_township):
        try:
            fn(text)
        except ParseError:
            pass


_RAW = read_raw_csv(config.RAW_EVENTS)
_SOURCES = load_sources(config.RAW_SOURCES)
CELL = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "",
            "IRR-002",
            "IRR-005",
            "over 300",
            "2023-11-13",
            "Shan",
            "Maese",
            "surrendered",
            "TNLA",
            "-3",
            "၁၂",
            "2019-01-01",
        ]
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(_RAW.frame) - 1), st.sampled_from(RAW_COLUMNS), CELL), max_size=6))
def test_validator_never_crashes_and_never_loses_a_row(edits):
    frame = _RAW.frame.copy()
    for i, column, value in edits:
        frame.iloc[i, frame.columns.get_loc(column)] = value
    raw = type(_RAW)(_RAW.path, frame, "utf-8", [])
    result = clean_frame(raw, _SOURCES)
    assert len(result.events) + result.rejected_rows == len(frame)
    touched = {frame.iloc[i]["event_id"] for i, _, _ in edits}
    untouched_ok = set(result.events["event_id"]) | set(result.rejects["event_id"])
    assert set(frame["event_id"]) - touched <= untouched_ok | set(pd.Series(list(touched)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_ledger_takes_any_part_of_forest(data, events):
    """Rewire part_of at random (any forest over the real rows): one ledger row per figure, every aggregate
    judged, and an aggregate with nothing itemized says so instead of failing."""
    from analysis.report import claims_ledger
    from analysis.vocab import LEDGER_STATUSES

    e = events.reset_index(drop=True).copy()
    ids = e["event_id"].tolist()
    parents = [
        data.draw(st.one_of(st.just(""), st.sampled_from(ids[:i])) if i else st.just("")) for i in range(len(ids))
    ]
    e["part_of"] = parents
    ledger = claims_ledger(e)
    with_figure = e[["count_low", "count_best", "count_high"]].notna().any(axis=1)
    assert ledger["event_id"].tolist() == e.loc[with_figure, "event_id"].tolist()
    assert set(ledger["status"]) <= set(LEDGER_STATUSES)
    none = ledger["explanation"].str.startswith("the text itemizes none of it")
    assert ledger.loc[none, "computed"].isna().all() and ledger.loc[~none, "computed"].notna().all()
