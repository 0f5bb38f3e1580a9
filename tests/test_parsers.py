"""Counts, dates and places, tested with the real phrasings of the reports."""

from datetime import date

import pytest

from analysis import ParseError, parse_count, resolve_report_date
from analysis.parse.counts import Count, format_count
from analysis.parse.dates import event_dates, precision_of
from analysis.parse.places import canonical_state, canonical_township, iso_code, resolve_place

IRR = date(2023, 11, 17)
IRR_SAT = date(2023, 11, 18)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("127", Count(127, 127, 127, "exact")),
        ("seven", Count(7, 7, 7, "exact")),
        ("Six", Count(6, 6, 6, "exact")),
        ("at least 15", Count(15, 15, None, "at_least")),
        ("At least 15", Count(15, 15, None, "at_least")),
        ("at least 447", Count(447, 447, None, "at_least")),
        ("no fewer than 60", Count(60, 60, None, "at_least")),  # not 'fewer than 60', an upper bound
        ("not less than 40", Count(40, 40, None, "at_least")),
        ("fewer than 60", Count(None, None, 60, "up_to")),
        ("no more than 20", Count(None, None, 20, "up_to")),  # not 'more than 20'
        ("over 300", Count(300, 300, None, "more_than")),
        ("More than 400", Count(400, 400, None, "more_than")),
        ("around 30", Count(None, 30, None, "about")),
        ("An estimated 43", Count(None, 43, None, "about")),
        ("nearly 40", Count(None, 40, 40, "close_to")),
        ("close to 100", Count(None, 100, 100, "close_to")),
        ("several dozen", Count(24, None, None, "vague")),
        ("many", Count(None, None, None, "vague")),
        ("", Count(None, None, None, "unknown")),
        (None, Count(None, None, None, "unknown")),
        ("18 or 23", Count(18, None, 23, "range")),
        ("1 million kyats", Count(1_000_000, 1_000_000, 1_000_000, "exact")),
        ("၃၈", Count(38, 38, 38, "exact")),
        ("at least ၁၁၀", Count(110, 110, None, "at_least")),
        ("twenty-one", Count(21, 21, 21, "exact")),
        ("40-odd", Count(None, 40, None, "about")),  # 'N-odd', 'N or so': about N, never a bound
        ("twenty-odd", Count(None, 20, None, "about")),
        ("a dozen or so", Count(None, 12, None, "about")),
        ("upwards of 100", Count(100, 100, None, "more_than")),
        # the reports after Operation 1027 (../shared/sources/after-1027)
        ("All 41", Count(41, 41, 41, "exact")),
        ("All 186", Count(186, 186, 186, "exact")),
        ("altogether 74", Count(74, 74, 74, "exact")),
        ("risen to 255", Count(255, 255, 255, "exact")),
        ("Forty-one", Count(41, 41, 41, "exact")),
        ("Some 4,000", Count(None, 4000, None, "about")),
        ("more than 4,000", Count(4000, 4000, None, "more_than")),
        ("2,389", Count(2389, 2389, 2389, "exact")),
        ("nearly 20,000", Count(None, 20000, 20000, "close_to")),
        # one person by title and name, as ACLED's notes name officers
        ("Captain Thet Naing Oo", Count(1, 1, 1, "exact")),
        ("Police Lieutenant Zaw Min Htike", Count(1, 1, 1, "exact")),
        ("the police chief", Count(1, 1, 1, "exact")),
    ],
)
def test_parse_count_real_phrasings(text, expected):
    assert parse_count(text) == expected


def test_a_bound_is_never_turned_into_a_point():
    for text in ("over 300", "at least 15", "More than 400"):
        c = parse_count(text)
        assert c.high is None and c.low is not None
    assert parse_count("around 30").low is None


@pytest.mark.parametrize(
    "text",
    ["lots", "about a hundred or so soldiers", "-5", "minus 3", "12 apples", "N/A", "major damage", "private houses"],
)
def test_parse_count_rejects_free_text_and_negatives(text):
    with pytest.raises(ParseError):
        parse_count(text)


def test_format_count_round_trips():
    for text in ("127", "at least 15", "over 300", "around 30", "close to 100", "18 or 23", "several dozen"):
        c = parse_count(text)
        assert parse_count(format_count(c)) == c


@pytest.mark.parametrize(
    "text, start, end, precision",
    [
        ("on Monday", "2023-11-13", "2023-11-13", "day"),
        ("on Wednesday night", "2023-11-15", "2023-11-15", "day"),
        ("on Thursday", "2023-11-16", "2023-11-16", "day"),
        ("on Friday", "2023-11-17", "2023-11-17", "day"),
        ("November 12", "2023-11-12", "2023-11-12", "day"),
        ("on November 12", "2023-11-12", "2023-11-12", "day"),
        ("On October 30", "2023-10-30", "2023-10-30", "day"),
        ("this week", "2023-11-13", "2023-11-17", "week"),
        ("since October 27", "2023-10-27", "2023-11-17", "range"),
        ("since Operation 1027 began on October 27", "2023-10-27", "2023-11-17", "range"),
        ("in November", "2023-11-01", "2023-11-30", "month"),
    ],
)
def test_resolve_report_date(text, start, end, precision):
    r = resolve_report_date(text, IRR)
    assert (r.start.isoformat(), r.end.isoformat(), r.precision) == (start, end, precision)


def test_weekdays_resolve_the_same_whether_published_friday_or_saturday():
    for phrase in ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"):
        assert resolve_report_date(phrase, IRR).start == resolve_report_date(phrase, IRR_SAT).start


def test_unresolvable_phrase_raises_and_curator_dates_win():
    with pytest.raises(ParseError):
        resolve_report_date("during the battle", IRR)
    r = event_dates("during the battle", "2023-11-13", "2023-11-14", IRR)
    assert (r.start, r.end, r.precision) == (date(2023, 11, 13), date(2023, 11, 14), "days")


def test_precision_of_spans():
    assert precision_of(date(2023, 6, 23), date(2023, 6, 23)) == "day"
    assert precision_of(date(2023, 6, 23), date(2023, 6, 27)) == "days"
    assert precision_of(date(2023, 10, 27), date(2023, 11, 17)) == "range"
    with pytest.raises(ParseError):
        precision_of(date(2023, 11, 14), date(2023, 11, 13))


@pytest.mark.parametrize(
    "text, name, part",
    [
        ("northern Shan State", "Shan", "North"),
        ("Shan State (North)", "Shan", "North"),
        ("Kayah", "Kayah", ""),
        ("Karenni", "Kayah", ""),
        ("Magwe Region", "Magway", ""),
        ("Magway", "Magway", ""),
        ("Sagaing Region", "Sagaing", ""),
        ("Rakhine State", "Rakhine", ""),
        ("Shan-North", "Shan", "North"),  # ACLED's admin1 spellings for Myanmar
        ("Shan-East", "Shan", "East"),
        ("Bago-West", "Bago", ""),
        ("Bago (East)", "Bago", ""),  # MIMU's
    ],
)
def test_canonical_state(text, name, part):
    assert canonical_state(text) == (name, part)


@pytest.mark.parametrize("text", ["Kachin-North", "Shan-West", "Sagaing (East)"])
def test_only_shan_has_parts_and_only_bago_has_halves(text):
    with pytest.raises(ParseError, match="only Shan State is split"):
        canonical_state(text)


def test_acled_admin1_resolves_a_township_inside_its_half_of_shan():
    place = resolve_place("Shan-North", "Laukkaing")
    assert (place["state_region"], place["shan_part"], place["township"]) == ("Shan", "North", "Laukkaing")
    assert place["township_pcode"] == "MMR015022" and place["place_flag"] == ""
    both = resolve_place("Shan-North; Shan-South", "Taunggyi")  # two halves named: no half is wrong
    assert (both["shan_part"], both["place_flag"], both["place_scope"]) == ("South", "", "township")
    wrong = resolve_place("Shan-South", "Laukkaing")  # the wrong half: flagged, kept as written
    assert wrong["shan_part"] == "South"
    assert wrong["place_flag"] == (
        "text puts Laukkaing in southern Shan; Laukkaing Township is in northern Shan (kept as the text says)"
    )


def test_iso_codes_come_from_pycountry():
    import pycountry

    for s in pycountry.subdivisions.get(country_code="MM"):
        assert iso_code(s.name) == s.code
    assert iso_code("Shan") == "MM-17" and iso_code("Sagaing") == "MM-01"


@pytest.mark.parametrize(
    "variant, canonical",
    [
        ("Maese", "Mese"),
        ("Mese", "Mese"),
        ("Laukkai", "Laukkaing"),
        ("Kyaikmayaw", "Kyaikmaraw"),
        ("Kyaikmaraw Township", "Kyaikmaraw"),
        ("Kunlong", "Kunlong"),
    ],
)
def test_township_variants(variant, canonical):
    from analysis.reference.gazetteer import townships

    t = canonical_township(variant)
    assert t.township == canonical
    mimu = townships()
    assert t.pcode == mimu.loc[mimu["township"] == canonical, "ts_pcode"].item()  # the MIMU row of that name
    assert t.pcode_status == "MIMU 9.6"


def test_misspelt_place_gets_a_suggestion():
    with pytest.raises(ParseError, match="did you mean 'Sagaing'"):
        canonical_state("Sagiang")
    with pytest.raises(ParseError, match="unknown township 'Laukaing'.*closest: Laukkaing") as caught:
        canonical_township("Laukaing")
    assert caught.value.suggestion == "Laukkaing"


def test_a_town_in_the_wrong_region_is_flagged_not_moved():
    place = resolve_place("Sagaing Region", "Kalaw")
    assert place["state_region"] == "Sagaing"  # as the text says
    assert place["iso_3166_2"] == "MM-01"
    assert "Kalaw" in place["place_flag"] and "Shan" in place["place_flag"]
    assert resolve_place("Sagaing Region", "Kawlin")["place_flag"] == ""
