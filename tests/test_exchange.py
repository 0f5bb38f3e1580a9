"""ACLED and UCDP exchange, with small ACLED-format samples written for these tests."""

import csv
import subprocess
import sys
from dataclasses import replace

import pandas as pd

from analysis import config
from analysis.interop.acled import ACLED_COLUMNS, to_acled
from analysis.interop.acled_import import LEFT_UNREAD, import_acled
from analysis.interop.ucdp import to_ucdp
from analysis.pipeline.clean import clean_frame
from analysis.pipeline.read import RawFile, load_sources

# ACLED's published column order, typed out from its codebook for this test.
ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
)


def test_exported_header_matches_acled_exactly(events, tmp_path):
    out = tmp_path / "acled.csv"
    res = subprocess.run(
        [sys.executable, "-m", "analysis", "export", "--format", "acled", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert out.read_text(encoding="utf-8").splitlines()[0] == ACLED_HEADER
    assert ",".join(ACLED_COLUMNS) == ACLED_HEADER


def test_acled_coding_choices(tables):
    a = to_acled(tables.events, tables.sources).set_index("event_id_cnty")
    lib129 = a.loc["MMR-IRR-005"]
    assert (lib129["event_type"], lib129["sub_event_type"]) == ("Strategic developments", "Agreement")
    assert (lib129["event_date"], lib129["time_precision"], lib129["fatalities"]) == ("2023-11-12", 1, 0)
    assert lib129["admin1"] == "Shan" and lib129["admin3"] == "Laukkaing" and lib129["latitude"] == ""
    loikaw = a.loc["MMR-IRR-014"]  # 13-14 Nov: coded to the midpoint with precision 2
    assert (loikaw["event_date"], loikaw["time_precision"]) == ("2023-11-13", 2)
    town = a.loc["MMR-BNN-006"]
    assert town["sub_event_type"] == "Non-violent transfer of territory"
    killed = a.loc["MMR-IRR-015"]  # "at least 110": the most conservative figure
    assert killed["fatalities"] == 110 and killed["event_type"] == "Battles"
    airstrike = a.loc["MMR-BNN-008"]
    assert airstrike["civilian_targeting"] == "Civilian targeting" and airstrike["fatalities"] == 4
    assert a.loc["MMR-IRR-002", "admin1"] == ""  # several states: not forced into one


def test_export_import_gives_back_the_same_events(events, tables, tmp_path):
    path = tmp_path / "acled.csv"
    to_acled(events, tables.sources).to_csv(path, index=False)
    raw = import_acled(path).rows
    cleaned = clean_frame(
        RawFile(str(path), raw.set_axis(pd.RangeIndex(2, len(raw) + 2)), "utf-8"), load_sources(config.RAW_SOURCES)
    )
    assert not cleaned.errors
    back = cleaned.events.astype(str).reset_index(drop=True)
    original = events.astype(str).reset_index(drop=True)
    pd.testing.assert_frame_equal(back, original)


def test_an_export_read_twice_imports_each_row_twice(events, tables, tmp_path):
    """Two exports of the same events in one file (a user appending an export to another): every row comes back,
    twice, with ACLED's repeats linked, not an error (exported rows carry no sentence read from notes)."""
    path = tmp_path / "twice.csv"
    exported = to_acled(events, tables.sources)
    second = exported.assign(event_id_cnty=exported["event_id_cnty"] + "-again")
    pd.concat([exported, second]).to_csv(path, index=False)
    raw = import_acled(path).rows
    assert len(raw) == 2 * len(events)


SAMPLE = [
    {
        "event_id_cnty": "MMR90001",
        "event_date": "12 November 2023",
        "time_precision": "1",
        "country": "Myanmar",
        "event_type": "Strategic developments",
        "sub_event_type": "Agreement",
        "actor1": "Military Forces of Myanmar (2021-)",
        "actor2": "MNDAA: Myanmar National Democratic Alliance Army",
        "admin1": "Shan",
        "admin3": "Laukkaing",
        "location": "Laukkaing",
        "source": "Kachin News Group",
        "source_scale": "Subnational",
        "fatalities": "0",
        "notes": "On 12 November 2023, 126 soldiers of LIB 129 surrendered to the MNDAA in Laukkaing town.",
    },
    {
        "event_id_cnty": "MMR90002",
        "event_date": "20 November 2023",
        "time_precision": "2",
        "country": "Myanmar",
        "event_type": "Strategic developments",
        "sub_event_type": "Agreement",
        "actor1": "Police Forces of Myanmar (2021-)",
        "actor2": "AA: Arakan Army",
        "admin1": "Rakhine",
        "admin3": "Pauktaw",
        "location": "Pauktaw",
        "source": "Narinjara",
        "source_scale": "Subnational",
        "fatalities": "0",
        "notes": "Around the week of 20 November 2023, at least 40 police officers surrendered to the AA.",
    },
    {
        "event_id_cnty": "MMR90003",
        "event_date": "18 November 2023",
        "time_precision": "1",
        "country": "Myanmar",
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Myanmar (2021-)",
        "actor2": "Civilians (Myanmar)",
        "admin1": "Kayah",
        "admin3": "Hpasawng",
        "location": "Hpasawng",
        "source": "FBR",
        "source_scale": "Other",
        "fatalities": "3",
        "notes": "A junta airstrike hit a village; casualties reported.",
        "civilian_targeting": "Civilian targeting",
    },
]


def _write_sample(path):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=ACLED_COLUMNS, extrasaction="ignore")
        w.writeheader()
        for row in SAMPLE:
            w.writerow({c: row.get(c, "") for c in ACLED_COLUMNS})


def test_import_genuine_acled_rows(tmp_path):
    path = tmp_path / "acled.csv"
    _write_sample(path)
    result = import_acled(path, config.PROCESSED_EVENTS)
    r = result.rows.set_index("event_id")
    assert r.loc["MMR90001", "count_text"] == "126" and r.loc["MMR90001", "actor"] == "junta_army"
    assert r.loc["MMR90001", "township"] == "Laukkaing" and r.loc["MMR90001", "counterpart"] == "MNDAA"
    assert r.loc["MMR90002", "count_text"] == "at least 40" and r.loc["MMR90002", "actor"] == "police"
    assert (r.loc["MMR90002", "date_start"], r.loc["MMR90002", "date_end"]) == ("2023-11-17", "2023-11-23")
    assert "MMR90003" not in r.index  # an airstrike is not a surrender: left out, with its reason
    assert result.left_out.values.tolist() == [["MMR90003", LEFT_UNREAD]]
    assert (r["source_id"] == "acled").all() and r.loc["MMR90001", "note"].startswith("Imported from ACLED MMR90001")
    # LIB 129 (127 in the curated data) is flagged as a likely duplicate, not merged
    assert result.duplicates[["imported_id", "existing_id"]].values.tolist() == [["MMR90001", "IRR-005"]]
    assert "Possible duplicate of IRR-005" in r.loc["MMR90001", "note"]


def test_import_never_writes_a_count_the_record_cannot_read(tmp_path, monkeypatch):
    """A figure the rule reads badly (it once read '23,' from '-- 23, including a major --') is left empty and said
    in the note, so that the rows build; a readable one is kept as read."""
    from analysis.interop import acled_select

    path = tmp_path / "acled.csv"
    _write_sample(path)
    decide = acled_select.decide

    def misread(record):
        d = decide(record)
        return replace(d, count_text="23,") if record["event_id_cnty"] == "MMR90001" and d.keep else d

    monkeypatch.setattr(acled_select, "decide", misread)
    r = import_acled(path, None, workers=1).rows.set_index("event_id")
    assert r.loc["MMR90001", "count_text"] == "" and "'23,'" in r.loc["MMR90001", "note"]
    assert r.loc["MMR90002", "count_text"] == "at least 40"


def test_ucdp_export_keeps_low_best_high(tables):
    u = to_ucdp(tables.events, tables.sources).set_index("id")
    assert u.loc["IRR-004", ["low", "best"]].tolist() == [300, 300] and pd.isna(u.loc["IRR-004", "high"])
    assert u.loc["IRR-030", "best"] == 30 and pd.isna(u.loc["IRR-030", "low"])
    assert u.loc["IRR-005", "date_prec"] == 1 and u.loc["IRR-014", "date_prec"] == 2
    assert u.loc["IRR-005", "where_prec"] == 3 and u.loc["IRR-002", "where_prec"] == 6


def test_import_cli_writes_raw_rows_that_validate(tmp_path):
    path = tmp_path / "acled.csv"
    _write_sample(path)
    out = tmp_path / "raw" / "events.csv"
    out.parent.mkdir()
    res = subprocess.run(
        [sys.executable, "-m", "analysis", "import-acled", str(path), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert "likely duplicate: MMR90001 ~ IRR-005" in res.stderr
    assert f"kept 2 of 3 events (3 in Myanmar); 1 left out (1 {LEFT_UNREAD})" in res.stderr
    assert (out.parent / "events.left_out.csv").read_text().splitlines()[1].startswith("MMR90003,")
    assert (out.parent / "sources.csv").is_file()
    val = subprocess.run(
        [sys.executable, "-m", "analysis", "validate", str(out)], capture_output=True, text=True, timeout=120
    )
    assert val.returncode == 0, val.stdout
