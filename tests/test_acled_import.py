"""ACLED files as users have them: every layout and encoding imports without a traceback, and nothing is invented.

ACLED's terms restrict redistributing its data, so these files are written here, in ACLED's real headers,
quoting and date forms, with events made up for the test (ids MMR99xxx).
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.errors import AnalysisError
from analysis.interop.acled_import import LEFT_UNREAD, import_acled
from analysis.interop.acled_read import read_acled, read_header
from analysis.parse.dates import parse_acled_date
from analysis.vocab import TROOP_ACTORS

CURRENT = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp"
).split(",")
OLDER = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
).split(",")
LEGACY = (
    "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,"
    "ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,"
    "GEO_PRECISION,SOURCE,NOTES,FATALITIES"
).split(",")
MILITARY = "Military Forces of Myanmar (2021-)"

EVENTS = [  # id, date, event_type, actor1, inter1, actor2, inter2, country, admin1, admin3, notes, fatalities
    (
        "MMR99001",
        "Protests",
        "Protesters (Myanmar)",
        "6",
        "",
        "",
        "Myanmar",
        "Sagaing",
        "Hkamti",
        "On 2 March 2023, people in Hkamti held a peaceful protest calling on the junta to surrender power.",
        "0",
    ),
    (
        "MMR99002",
        "Explosions/Remote violence",
        MILITARY,
        "1",
        "PDF: People's Defense Force",
        "2",
        "Myanmar",
        "Sagaing",
        "Kani",
        "Military shelling wounded 12 PDF fighters near Kani.",
        "0",
    ),
    (
        "MMR99003",
        "Battles",
        "KIA: Kachin Independence Army",
        "2",
        MILITARY,
        "1",
        "Myanmar",
        "Kachin",
        "Hpakant",
        "Clashes between the KIA and the military near Hpakant; 5 soldiers killed.",
        "5",
    ),
    (
        "MMR99004",
        "Strategic developments",
        "KNDF: Karenni Nationalities Defense Force",
        "2",
        MILITARY,
        "1",
        "Myanmar",
        "Kayah",
        "Loikaw",
        "On 5 May 2023, 23 junta soldiers surrendered to the KNDF with their weapons\nin Loikaw.",
        "0",
    ),
    (
        "MMR99005",
        "Strategic developments",
        MILITARY,
        "1",
        "PDF: People's Defense Force",
        "2",
        "Myanmar",
        "Sagaing",
        "Monywa",
        "About 40 members of a PDF splinter group surrendered to the military in Monywa.",
        "0",
    ),
    (
        "MMR99006",
        "Strategic developments",
        "Police Forces of Myanmar (2021-)",
        "1",
        "",
        "",
        "Myanmar",
        "Yangon",
        "Hlaingthayar",
        "Two police officers defected and joined the civil disobedience movement.",
        "0",
    ),
    (
        "MMR99007",
        "Strategic developments",
        MILITARY,
        "1",
        "",
        "",
        "Myanmar",
        "Shan-North",
        "Kunlong",
        "Junta troops abandoned three outposts in Kunlong township.",
        "0",
    ),
    (
        "MMR99008",
        "Strategic developments",
        "Military Forces of Myanmar (2016-)",
        "1",
        "",
        "",
        "Thailand",
        "Tak",
        "",
        "20 Myanmar soldiers surrendered to Thai authorities at the border.",
        "0",
    ),
    (
        "MMR99009",
        "Strategic developments",
        "Unknown Armed Group (Myanmar)",
        "3",
        "",
        "",
        "Myanmar",
        "Chin",
        "Falam",
        "A group surrendered in Falam; no details.",
        "0",
    ),
]
DATES = [
    "28 December 2022",
    "2022-12-28",
    "20201231",
    "9-May-23",
    "2022-12-28T00:00:00Z",
    "3 March 2023",
    "2023-05-05",
    "07 June 2021",
    "2023-01-01",
]
KEPT = {"MMR99004", "MMR99005", "MMR99006", "MMR99007", "MMR99009"}


def _records(text_inter: bool = False) -> list[dict]:
    names = {"1": "State forces", "2": "Rebel group", "3": "Political militia", "6": "Protesters"}
    out = []
    for (eid, etype, a1, i1, a2, i2, country, adm1, adm3, notes, fat), day in zip(EVENTS, DATES, strict=True):
        out.append(
            {
                "event_id_cnty": eid,
                "event_date": day,
                "year": "2023",
                "time_precision": "1",
                "event_type": etype,
                "actor1": a1,
                "inter1": names.get(i1, i1) if text_inter else i1,
                "actor2": a2,
                "inter2": names.get(i2, i2) if text_inter else i2,
                "country": country,
                "admin1": adm1,
                "admin3": adm3,
                "location": adm3,
                "notes": notes,
                "fatalities": fat,
                "source": "Test Outlet",
                "source_scale": "National",
                "iso": "104" if country == "Myanmar" else "764",
                "disorder_type": "Demonstrations" if etype == "Protests" else "Strategic developments",
                "civilian_targeting": "",
                "assoc_actor_1": "NA",
                "assoc_actor_2": "NA",
            }
        )
    return out


def _csv(header: list[str], rows: list[dict], upper: bool = False, crlf: bool = False, pad: bool = False) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow([h.upper() if upper else h for h in header])
    for r in rows:
        w.writerow([(" " + r.get(h.lower(), "") + " ") if pad else r.get(h.lower(), "") for h in header])
    return buf.getvalue()


VARIANTS = {
    "current, numeric inter, UTF-8": lambda: _csv(CURRENT, _records()).encode("utf-8"),
    "current, text inter, BOM, CRLF": lambda: b"\xef\xbb\xbf" + _csv(CURRENT, _records(True), crlf=True).encode(),
    "current plus derived columns": lambda: _csv([*CURRENT, "month", "population_best"], _records()).encode(),
    "older 31 columns": lambda: _csv(
        OLDER, [r | {"iso3": "MMR" if r["iso"] == "104" else "THA"} for r in _records()]
    ).encode("utf-8"),
    "legacy UPPERCASE": lambda: _csv(
        LEGACY,
        [r | {"gwno": "775" if r["iso"] == "104" else "800", "ally_actor_1": ""} for r in _records()],
        upper=True,
    ).encode("utf-8"),
    "Windows-1252 with padded cells": lambda: _csv(
        CURRENT, [r | {"actor2": r["actor2"].replace("'", "’")} for r in _records()], pad=True
    ).encode("cp1252"),
    "trailing blank header cell": lambda: _csv([*CURRENT, ""], _records()).encode("utf-8"),
}


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_layout_and_encoding_keeps_only_surrenders_and_invents_nothing(tmp_path, variant):
    path = tmp_path / "acled.csv"
    path.write_bytes(VARIANTS[variant]())
    result = import_acled(path)
    rows = result.rows.set_index("event_id")
    assert set(rows.index) == KEPT, variant
    reasons = result.left_out.set_index("event_id_cnty")["reason"].to_dict()
    assert reasons == {
        "MMR99001": "a protest or riot",
        "MMR99002": LEFT_UNREAD,
        "MMR99003": LEFT_UNREAD,
        "MMR99008": "outside Myanmar",
    }
    assert rows.loc["MMR99004", ["outcome", "actor", "count_text"]].tolist() == ["surrendered", "junta_army", "23"]
    # a PDF splinter surrendering *to* the military: a surrender, but not of junta personnel
    assert rows.loc["MMR99005", "actor"] == "resistance" and rows.loc["MMR99005", "actor"] not in TROOP_ACTORS
    assert rows.loc["MMR99006", ["outcome", "actor", "count_text"]].tolist() == ["defected", "police", "Two"]
    assert rows.loc["MMR99007", ["outcome", "count_unit", "count_text"]].tolist() == [
        "positions_abandoned",
        "positions",
        "three",
    ]
    # an unknown group is unknown, never junta troops; no figure, so no count, and the note says why
    assert rows.loc["MMR99009", "actor"] == "unknown" and rows.loc["MMR99009", "count_text"] == ""
    assert "never counted as junta personnel" in rows.loc["MMR99009", "note"]
    assert "No figure for the people in ACLED's notes" in rows.loc["MMR99009", "note"]
    assert (rows["unit"] == "").all()  # R's literal NA is an empty cell, not the text 'NA'


def test_dates_in_every_form_acled_has_used(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_bytes(VARIANTS["current, numeric inter, UTF-8"]())
    rows = import_acled(path).rows.set_index("event_id")
    assert rows.loc["MMR99004", "date_start"] == "2023-05-09"  # 9-May-23
    assert rows.loc["MMR99005", "date_start"] == "2022-12-28"  # an ISO timestamp
    assert rows.loc["MMR99006", "date_start"] == "2023-03-03"


def test_the_encoding_and_layout_are_reported(tmp_path):
    for variant, (layout, encoding) in {
        "Windows-1252 with padded cells": ("current", "cp1252"),
        "legacy UPPERCASE": ("legacy", "utf-8"),
        "older 31 columns": ("older", "utf-8"),
    }.items():
        path = tmp_path / "a.csv"
        path.write_bytes(VARIANTS[variant]())
        acled = read_acled(path)
        assert (acled.layout, acled.encoding) == (layout, encoding)
    assert "Ta’ang" not in acled.frame.to_string()  # the file had none: nothing is added in decoding


def test_a_file_that_is_not_acled_is_refused_in_one_line(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("id,date,text\n1,2023-01-01,hello\n", encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"not an ACLED export .*missing column\(s\) event_id_cnty"):
        read_acled(path)
    res = subprocess.run(
        [sys.executable, "-m", "analysis", "import-acled", str(path), "--out", str(tmp_path / "o.csv")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 1 and "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_a_large_file_gives_a_readable_validation_report(tmp_path):
    """5,000 events: the kept rows validate, and problems are reported once per distinct value."""
    rows = []
    for i in range(5000):
        r = _records()[i % len(EVENTS)] | {"event_id_cnty": f"MMR8{i:05d}"}
        if r["event_id_cnty"].endswith("7"):
            r["admin3"] = "Nowheretown"  # a township no gazetteer knows, on many rows
        rows.append(r)
    src = tmp_path / "big.csv"
    src.write_text(_csv(CURRENT, rows), encoding="utf-8")
    out = tmp_path / "raw" / "events.csv"
    out.parent.mkdir()
    res = subprocess.run(
        [sys.executable, "-m", "analysis", "import-acled", str(src), "--out", str(out), "--against", ""],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr
    kept = sum(EVENTS[i % len(EVENTS)][0] in KEPT for i in range(5000))
    assert f"kept {kept:,} of 5,000 events" in res.stderr
    val = subprocess.run(
        [sys.executable, "-m", "analysis", "validate", str(out)], capture_output=True, text=True, timeout=300
    )
    lines = val.stdout.strip().splitlines()
    assert len(lines) < 20, lines[:25]
    assert any("Nowheretown" in line and "rows (lines" in line for line in lines)
    imported = pd.read_csv(out, dtype=str, keep_default_na=False)
    troops = imported[imported["actor"].isin(TROOP_ACTORS)]
    assert troops["evidence"].str.contains("soldiers|troops|police", regex=True).all()  # only where the notes say so


def test_end_to_end_import_validate_build_figures(tmp_path):
    """import-acled -> validate -> build -> figures --events DIR, with ACLED on every source line."""
    src = tmp_path / "acled.csv"
    after = [r | {"event_date": f"{i + 1} January 2024"} for i, r in enumerate(_records(text_inter=True))]
    src.write_text(_csv(CURRENT, after, crlf=True), encoding="utf-8-sig")
    raw = tmp_path / "raw" / "events.csv"
    raw.parent.mkdir()

    def run(*a):
        return subprocess.run(
            [sys.executable, "-m", "analysis", *a],
            capture_output=True,
            text=True,
            timeout=300,
        )

    assert run("import-acled", str(src), "--out", str(raw), "--against", "").returncode == 0
    val = run("validate", str(raw))
    assert val.returncode == 0, val.stdout
    built = tmp_path / "processed"
    assert run("build", "--raw", str(raw), "--out", str(built)).returncode == 0
    events = pd.read_csv(built / "events.csv", dtype=str, keep_default_na=False).set_index("event_id")
    kunlong = events.loc["MMR99007"]  # ACLED's admin1 'Shan-North': Shan, its northern part, the MIMU township
    assert (kunlong["state_region"], kunlong["shan_part"], kunlong["township"], kunlong["place_flag"]) == (
        "Shan",
        "North",
        "Kunlong",
        "",
    )
    assert kunlong["township_pcode"].startswith("MMR015") and kunlong["state_region_text"] == "Shan-North"
    figs = tmp_path / "figures"
    res = run("figures", "--events", str(built), "--out", str(figs), "--format", "png")
    assert res.returncode == 0, res.stderr
    assert "skipped headline_by_state: no row IRR-002" in res.stderr
    alt = (figs / "cumulative_surrenders.alt.txt").read_text(encoding="utf-8")
    assert "junta" in alt
    from PIL import Image

    assert Image.open(figs / "events_by_outcome.png").size[0] == 1050
    line = [t for t in res.stderr.splitlines() if t.startswith("figures: wrote")][0]
    assert int(line.split()[2]) >= 8


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", "import-acled", *args], capture_output=True, text=True, timeout=120
    )


def test_a_pandas_dumped_file_drops_its_index_column_with_a_note(tmp_path):
    path = tmp_path / "dumped.csv"
    pd.DataFrame([{c: r.get(c, "") for c in CURRENT} for r in _records()]).to_csv(
        path
    )  # pandas' default: the index first, unnamed
    assert path.read_text(encoding="utf-8").startswith(",event_id_cnty,")
    result = import_acled(path)
    assert set(result.rows["event_id"]) == KEPT
    assert "a pandas index" in result.summary()


def test_a_column_with_values_and_no_name_is_still_refused(tmp_path):
    path = tmp_path / "odd.csv"
    header = [*CURRENT[:5], "", *CURRENT[5:]]
    path.write_text(_csv(header, [r | {"": "x"} for r in _records()]), encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"a column with values has no name in the header \(column 6"):
        import_acled(path)


def test_the_output_folder_is_created(tmp_path):
    src = tmp_path / "acled.csv"
    src.write_bytes(VARIANTS["current, numeric inter, UTF-8"]())
    out = tmp_path / "not" / "there" / "yet" / "events.csv"
    res = _cli(str(src), "--out", str(out), "--against", "")
    assert res.returncode == 0, res.stderr
    assert len(pd.read_csv(out)) == len(KEPT) and (out.parent / "events.left_out.csv").is_file()


@pytest.mark.parametrize(
    "case",
    [
        "missing input",
        "input is a folder",
        "empty input",
        "binary input",
        "short row",
        "out is a folder",
        "out under a file",
    ],
)
def test_no_path_or_file_ends_in_a_traceback(tmp_path, case):
    good = tmp_path / "acled.csv"
    good.write_bytes(VARIANTS["current, numeric inter, UTF-8"]())
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    inputs = {
        "missing input": tmp_path / "nowhere.csv",
        "input is a folder": tmp_path,
        "empty input": tmp_path / "empty.csv",
        "binary input": tmp_path / "bin.csv",
        "short row": tmp_path / "short.csv",
    }
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "bin.csv").write_bytes(bytes(range(256)) * 50)
    (tmp_path / "short.csv").write_text(",".join(CURRENT) + "\nMMR1,2023-01-01,2023\n", encoding="utf-8")
    src = inputs.get(case, good)
    out = {"out is a folder": tmp_path, "out under a file": blocker / "events.csv"}.get(case, tmp_path / "o.csv")
    res = _cli(str(src), "--out", str(out), "--against", "")
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 1 and "Traceback" not in res.stderr and len(lines) == 1, res.stderr
    assert lines[0].startswith("import-acled: error: ")


def _spreadsheet(order: str, rows: list[dict] | None = None) -> list[dict]:
    """The records as a spreadsheet saves them: event_date 'd/m/yyyy' (day first) or 'm/d/yyyy' (month first)."""
    out = []
    for r in rows or _records():
        d = pd.Timestamp(parse_acled_date(r["event_date"]))
        out.append(
            r | {"event_date": f"{d.day}/{d.month}/{d.year}" if order == "day" else f"{d.month}/{d.day}/{d.year}"}
        )
    return out


@pytest.mark.parametrize("order", ["day", "month"])
def test_a_file_saved_by_a_spreadsheet_gives_the_same_rows_with_a_note(tmp_path, order):
    original, saved = tmp_path / "acled.csv", tmp_path / "saved.csv"
    original.write_text(_csv(CURRENT, _records()), encoding="utf-8")
    saved.write_bytes(_csv(CURRENT, _spreadsheet(order), crlf=True).encode("cp1252"))
    assert "/" in saved.read_text(encoding="cp1252").splitlines()[1].split(",")[1]
    result, expected = import_acled(saved), import_acled(original)
    pd.testing.assert_frame_equal(result.rows, expected.rows)
    assert f"event_date is written {order}/" in result.summary()


def test_slashed_dates_that_never_show_their_order_are_left_out_not_guessed(tmp_path):
    rows = [r | {"event_date": "2023-03-04"} for r in _records()]  # 3/4/2023 or 4/3/2023: both are days
    path = tmp_path / "saved.csv"
    path.write_text(_csv(CURRENT, _spreadsheet("month", rows)), encoding="utf-8")
    result = import_acled(path)
    assert result.rows.empty
    reasons = result.left_out.set_index("event_id_cnty")["reason"]
    assert reasons[sorted(KEPT)].str.contains("'3/4/2023': day and month cannot be told apart").all()
    assert "never show whether the day or the month comes first" in result.summary()
    with pytest.raises(AnalysisError, match="cannot be told apart"):
        parse_acled_date("3/4/2023")  # was read as 3 April, silently


def test_a_slashed_date_against_the_files_order_is_left_out_with_its_value(tmp_path):
    early = [r | {"event_id_cnty": f"MMR8{i:05d}"} for i, r in enumerate(_spreadsheet("day") * 500)]
    late = _spreadsheet("day")[3] | {"event_date": "5/13/2023"}  # MMR99004, month first, after the first megabyte
    path = tmp_path / "saved.csv"
    path.write_text(_csv(CURRENT, [*early, late]), encoding="utf-8")
    assert path.stat().st_size > 1 << 20
    result = import_acled(path)
    assert "MMR99004" not in set(result.rows["event_id"]) and len(result.rows) == 500 * len(KEPT)
    reason = result.left_out.set_index("event_id_cnty").loc["MMR99004", "reason"]
    assert reason == "unreadable: event_date '5/13/2023' is not a date read as day/month/year"


def test_the_order_is_taken_from_the_whole_column_when_the_first_megabyte_does_not_show_it(tmp_path):
    early = [r | {"event_id_cnty": f"MMR8{i:05d}", "event_date": "2023-03-04"} for i, r in enumerate(_records() * 500)]
    late = _records()[3] | {"event_date": "2023-03-31"}  # MMR99004: 3/31/2023 shows the month comes first
    path = tmp_path / "saved.csv"
    path.write_text(_csv(CURRENT, _spreadsheet("month", [*early, late])), encoding="utf-8")
    assert path.stat().st_size > 1 << 20
    result = import_acled(path)
    assert len(result.rows) == 500 * len(KEPT) + 1
    assert set(result.rows["date_start"]) == {"2023-03-04", "2023-03-31"}  # 4 March, never 3 April
    assert "event_date is written month/day/year" in result.summary()


def test_a_spreadsheet_date_with_a_time_is_read(tmp_path):
    rows = [r | {"event_date": r["event_date"] + " 0:00"} for r in _spreadsheet("month")]
    path = tmp_path / "saved.csv"
    path.write_text(_csv(CURRENT, rows), encoding="utf-8")
    original = tmp_path / "acled.csv"
    original.write_text(_csv(CURRENT, _records()), encoding="utf-8")
    pd.testing.assert_frame_equal(import_acled(path).rows, import_acled(original).rows)


def test_a_file_that_shows_both_orders_reads_a_date_only_where_it_shows_its_own(tmp_path):
    rows = _spreadsheet("day")
    rows[3] = rows[3] | {"event_date": "5/13/2023"}  # MMR99004: month first, shown by 13
    rows[4] = rows[4] | {"event_date": "4/3/2023"}  # MMR99005: either
    path = tmp_path / "saved.csv"
    path.write_text(_csv(CURRENT, rows), encoding="utf-8")
    result = import_acled(path)
    assert result.rows.set_index("event_id").loc["MMR99004", "date_start"] == "2023-05-13"
    assert "MMR99005" not in set(result.rows["event_id"]) and "show both orders" in result.summary()


def _packed(kind: str, csv_bytes: bytes) -> bytes:
    buffer = io.BytesIO()
    if kind == "gz":
        return gzip.compress(csv_bytes, mtime=0)
    if kind == "xls":
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    with zipfile.ZipFile(buffer, "w") as archive:
        if kind == "xlsx":
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr("xl/workbook.xml", "<workbook/>")
        elif kind == "ods":
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
            archive.writestr("content.xml", "<office:document-content/>")
        else:
            archive.writestr("acled_export.csv", csv_bytes)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("gz", "a gzip-compressed file, not a CSV: decompress it (gunzip export.gz)"),
        ("zip", "a ZIP archive holding acled_export.csv, not a CSV: unzip it"),
        ("xlsx", "an Excel workbook (.xlsx), not a CSV: save it as CSV UTF-8"),
        ("xls", "an Excel workbook (.xls), not a CSV"),
        ("ods", "an OpenDocument spreadsheet (.ods), not a CSV: save it as CSV"),
    ],
)
def test_a_workbook_or_an_archive_is_refused_in_one_line_that_says_what_to_do(tmp_path, kind, said):
    path = tmp_path / f"export.{kind}"
    path.write_bytes(_packed(kind, VARIANTS["current, numeric inter, UTF-8"]()))
    with pytest.raises(AnalysisError, match=re.escape(said)):
        import_acled(path)
    res = _cli(str(path), "--out", str(tmp_path / "o.csv"), "--against", "")
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 1 and len(lines) == 1 and lines[0].startswith(f"import-acled: error: {path}: ")
    assert said in lines[0]


AGAINST_HEADER = "event_id,outcome,actor,township,date_start,date_end,count_low,count_best\n"


@pytest.mark.parametrize(
    ("case", "content", "said"),
    [
        ("against: binary", bytes(range(256)) * 50, "not a CSV of processed events ("),
        ("against: empty", b"", "not a CSV of processed events (EmptyDataError"),
        ("against: raw events", b"event_id,outcome,count_text\nE1,surrendered,12\n", "missing column(s) actor,"),
        (
            "against: a bad day",
            (AGAINST_HEADER + "E1,surrendered,junta_army,Lashio,2024-02-30,,,\n").encode(),
            "line 2, column 'date_start': '2024-02-30' is not a day",
        ),
        (
            "against: a bad count",
            (AGAINST_HEADER + "E1,surrendered,junta_army,Lashio,2024-02-03,,,about 5\n").encode(),
            "line 2, column 'count_best': 'about 5' is not a whole number",
        ),
        ("sources beside out: binary", bytes(range(256)) * 50, "is not a sources table ("),
        ("sources beside out: empty", b"", "is not a sources table (EmptyDataError"),
        ("sources beside out: another table", b"a,b\n1,2\n", "has no 'source_id' column"),
    ],
)
def test_a_bad_file_to_check_against_or_to_add_the_source_to_is_one_line(tmp_path, case, content, said):
    good = tmp_path / "acled.csv"
    good.write_bytes(VARIANTS["current, numeric inter, UTF-8"]())
    out = tmp_path / "out" / "events.csv"
    out.parent.mkdir()
    against = tmp_path / "against.csv"
    (against if case.startswith("against") else out.with_name("sources.csv")).write_bytes(content)
    res = _cli(str(good), "--out", str(out), "--against", str(against) if case.startswith("against") else "")
    lines = res.stderr.strip().splitlines()
    assert res.returncode == 1 and "Traceback" not in res.stderr and len(lines) == 1, res.stderr
    assert lines[0].startswith("import-acled: error: ") and said in lines[0], lines[0]
    assert not out.exists()  # refused before anything is written


def test_columns_the_duplicate_check_does_not_read_are_not_checked(tmp_path):
    good = tmp_path / "acled.csv"
    good.write_bytes(VARIANTS["current, numeric inter, UTF-8"]())
    against = tmp_path / "against.csv"
    against.write_text("count_high," + AGAINST_HEADER + "many,E1,surrendered,junta_army,Lashio,,,,\n", encoding="utf-8")
    res = _cli(str(good), "--out", str(tmp_path / "o.csv"), "--against", str(against))
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr


def test_an_import_checks_against_processed_events_and_adds_its_source_row_once(tmp_path):
    good = tmp_path / "acled.csv"
    good.write_bytes(VARIANTS["current, numeric inter, UTF-8"]())
    out = tmp_path / "events.csv"
    out.with_name("sources.csv").write_text("source_id,outlet\nS1,An outlet\n", encoding="utf-8")
    for _ in range(2):
        res = _cli(str(good), "--out", str(out), "--against", str(config.PROCESSED_EVENTS))
        assert res.returncode == 0, res.stderr
    assert list(pd.read_csv(out.with_name("sources.csv"))["source_id"]) == ["S1", "acled"]


def test_a_file_read_in_small_blocks_gives_the_same_rows_and_says_how_far_it_is(tmp_path, monkeypatch):
    from analysis.interop import acled_import

    monkeypatch.setattr(acled_import, "BATCH_EVENTS", 500)  # progress follows the batches read closely
    rows = [r | {"event_id_cnty": f"MMR7{i:05d}"} for i, r in enumerate(_records() * 300)]
    path = tmp_path / "big.csv"
    path.write_text(_csv(CURRENT, rows), encoding="utf-8")
    lines: list[str] = []
    small = import_acled(path, block=8192, progress=lines.append, every=1000)
    whole = import_acled(path)
    assert small.rows.equals(whole.rows) and small.left_out.equals(whole.left_out)
    assert small.events_in == 2700 and len(small.left_out) + len(small.rows) == 2700
    assert lines[0] == f"read {lines[0].split()[1]} rows; {lines[0].split()[3]} Myanmar; {lines[0].split()[5]} kept"
    assert len(lines) == 2 and lines[-1].startswith("read 2,")


def test_a_figure_acled_repeats_on_two_events_is_one_figure(tmp_path):
    """ACLED splits a two-day battle into two events with the same sentence: the second is same_as the first."""
    said = "The combined force also captured 29 soldiers as prisoners of war during the two-day battle."
    rows = [
        r | {"event_id_cnty": eid, "event_date": day, "notes": f"On {day}, in Katha, fighting went on. {said}"}
        for r, eid, day in zip(_records()[3:5], ["MMR95001", "MMR95002"], ["2025-03-15", "2025-03-16"], strict=True)
    ]
    rows.append(rows[0] | {"event_id_cnty": "MMR95003", "event_date": "2025-04-30"})  # weeks later: its own event
    for r in rows:
        r.update(admin1="Sagaing", admin3="Katha", country="Myanmar", event_type="Battles")
    path = tmp_path / "split.csv"
    path.write_text(_csv(CURRENT, rows), encoding="utf-8")
    got = import_acled(path).rows.set_index("event_id")
    assert got["count_text"].tolist() == ["29", "29", "29"]
    assert got.loc["MMR95002", "same_as"] == "MMR95001" and "never counted twice" in got.loc["MMR95002", "note"]
    assert got.loc["MMR95001", "same_as"] == "" and got.loc["MMR95003", "same_as"] == ""


def test_before_the_coup_no_one_is_junta_personnel(tmp_path):
    """A 2017-2020 file (issue #23): the military's and police's people before 1 February 2021 are left out with
    the reason; another group's surrender of those years is kept; the day of the coup is the junta's."""
    said = {
        "MMR96001": ("2019-05-01", "two Tatmadaw soldiers defected to the Arakan Army with their rifles."),
        "MMR96002": ("2020-12-31", "the AA captured 14 police officers at the Border Guard Police post."),
        "MMR96003": ("2018-03-02", "15 ARSA members surrendered to the military near Maungdaw."),
        "MMR96004": ("2021-02-01", "two police officers fled across the border into Mizoram, India."),
        "MMR96005": ("2019-08-20", "40 Tatmadaw soldiers and their families fled to Bangladesh."),  # mixed
        "MMR96006": ("2021-01-30", "two soldiers defected to the PDF."),  # within a week of the coup: may predate it
    }
    rows = [
        _records()[3] | {"event_id_cnty": eid, "event_date": day, "year": day[:4], "notes": f"On {day}, {text}"}
        for eid, (day, text) in said.items()
    ]
    rows[-1]["time_precision"] = "2"
    path = tmp_path / "old.csv"
    path.write_text(_csv(CURRENT, rows), encoding="utf-8")
    got = import_acled(path)
    kept = got.rows.set_index("event_id")
    assert sorted(kept.index) == ["MMR96003", "MMR96004"]
    assert kept.loc["MMR96003", ["outcome", "actor", "count_text"]].tolist() == ["surrendered", "armed_group", "15"]
    assert kept.loc["MMR96004", "actor"] == "police"
    left = got.left_out.set_index("event_id_cnty")["reason"].astype(str)
    assert left.loc["MMR96001"] == left.loc["MMR96002"] == left.loc["MMR96005"] == left.loc["MMR96006"]
    assert left.loc["MMR96001"].startswith("before the coup of 1 February 2021")
    assert not set(kept.loc[kept.index < "MMR96004", "actor"]) & set(TROOP_ACTORS)


def test_repeats_of_different_figures_on_the_same_days_stay_apart():
    from analysis.interop.acled_duplicates import link_repeats

    rows = pd.DataFrame(
        {
            "event_id": ["A", "X", "B", "Y", "C"],
            "outcome": "captured",
            "actor": "junta_army",
            "count_text": ["29", "5", "29", "5", "29"],
            "township": "Katha",
            "date_start": ["2025-03-15", "2025-03-15", "2025-03-16", "2025-03-17", "2025-03-30"],
            "_sentence": ["one", "two", "one", "two", "one"],
            "same_as": "",
            "note": "",
        }
    )
    linked = link_repeats(rows).set_index("event_id")["same_as"].to_dict()
    assert linked == {"A": "", "X": "", "B": "A", "Y": "X", "C": ""}


# --- a whole export: sifted by column, read closely in forked workers beside the reading (issue #23) ---


def _stressed(copies: int) -> list[dict]:
    """The test events repeated, with notes that carry line breaks, doubled quotes and commas."""
    out = []
    for i, r in enumerate(_records() * copies):
        extra = ['\nA second line, "quoted".', ' He said ""no"".', ",,,", ""][i % 4]
        out.append(r | {"event_id_cnty": f"MMR8{i:05d}", "notes": r["notes"] + extra})
    return out


def test_work_runs_in_forked_workers_and_comes_back_in_order():
    import os

    from analysis.interop.acled_parts import WorkerFailed, can_fork, in_order

    assert can_fork(), "this test needs Linux and no other thread running: the point is the forked path"
    made: list[int] = []

    def tasks():
        for n in range(40):
            made.append(n)
            yield n

    got = list(in_order(lambda n: (time.sleep(0.01), n, os.getpid())[1:], tasks(), workers=3))  # work to share
    assert [n for n, _ in got] == list(range(40)) and made == list(range(40))
    assert os.getpid() not in {pid for _, pid in got} and len({pid for _, pid in got}) > 1
    assert [n for n, pid in in_order(lambda n: (n, os.getpid()), iter(range(5)), workers=1)] == list(range(5))
    with pytest.raises(WorkerFailed, match="ZeroDivisionError"):
        list(in_order(lambda n: 1 // (n - 2), iter(range(5)), workers=2))  # a task that fails in a worker


def test_a_large_file_read_closely_in_workers_gives_what_one_reading_gives(tmp_path, monkeypatch):
    from analysis.interop import acled_import

    path = tmp_path / "global.csv"
    rows = _stressed(120)
    for i, r in enumerate(rows):  # most of a global file is elsewhere
        if i % 3:
            r.update(country="Thailand", iso="764")
    path.write_text(_csv(CURRENT, rows), encoding="utf-8")
    monkeypatch.setattr(acled_import, "BATCH_ROWS", 90)  # many batches, each a task
    tasks = []
    in_order = acled_import.in_order
    monkeypatch.setattr(
        acled_import, "in_order", lambda work, made, *n: in_order(work, (tasks.append(t) or t for t in made), *n)
    )
    lines: list[str] = []
    parts = import_acled(path, workers=3, block=16384, progress=lines.append, every=500)
    assert len(tasks) >= 8 and sum(t[0] for t in tasks) == len(rows)  # blocks of about 115 rows, batches of 90 or more
    one = import_acled(path, workers=1)
    assert parts.rows.equals(one.rows) and parts.left_out.equals(one.left_out)
    assert (parts.events_in, parts.myanmar) == (one.events_in, one.myanmar) == (len(rows), 360)
    assert len(parts.rows) > 0 and parts.left_out["reason"].value_counts()["outside Myanmar"] == 720
    counts = [int(line.split()[1].replace(",", "")) for line in lines]  # a line each time 500 more rows are read
    assert len(lines) == 2 and 500 <= counts[0] < 1000 <= counts[1] <= len(rows), lines


def _parent(proc: Path) -> int:
    """The parent's pid of a process in /proc (0 when it has ended meanwhile)."""
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return 0


_PREPARED: list[int] = []


def test_what_every_worker_needs_is_prepared_once_by_the_first_and_shared_by_all(tmp_path):
    """The rule is compiled once, by the first worker, before it forks the others (issue #23: the global file's
    time): ``prepare`` runs in one process, not this one, and every worker has what it made."""
    from analysis.interop.acled_parts import in_order

    ran = tmp_path / "prepared"

    def prepare():
        _PREPARED.append(os.getpid())
        with ran.open("a") as fh:
            fh.write(f"{os.getpid()}\n")

    work = lambda n: (time.sleep(0.01), n, os.getpid(), tuple(_PREPARED))[1:]  # noqa: E731 (work to share)
    got = list(in_order(work, iter(range(30)), workers=3, prepare=prepare))
    assert [n for n, _, _ in got] == list(range(30)) and _PREPARED == []
    once = [int(line) for line in ran.read_text().split()]
    assert len(once) == 1 and once[0] != os.getpid()
    assert {seen for _, _, seen in got} == {tuple(once)} and len({pid for _, pid, _ in got}) > 1


def test_the_process_that_reads_the_file_never_compiles_the_rule(tmp_path):
    """The rule's patterns (acled_select and the modules it reads with: most of a second to compile) are compiled by
    the first worker only: the process that reads the file starts reading at once and never compiles them, before or
    after the workers read the notes. It loads only the sift's word list (acled_candidate) and the module it takes
    its words from (acled_text), to search the notes itself and send a worker only those found."""
    path = tmp_path / "global.csv"
    path.write_text(_csv(CURRENT, _stressed(40)), encoding="utf-8")
    script = (
        "import sys; from analysis.interop.acled_import import import_acled; "
        "loaded = lambda: sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('analysis.interop.acled_')); "
        "before = loaded(); "
        f"got = import_acled({str(path)!r}, workers=2, block=16384); "
        "print(' '.join(sorted(set(loaded()) - set(before))), '|', 'acled_select' in before, len(got.rows))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    added, after = out.split("|")
    assert added.split() == ["acled_border", "acled_candidate", "acled_preamble", "acled_text"], out
    assert after.split()[0] == "False" and int(after.split()[1]) > 0, out


def test_a_worker_that_cannot_prepare_is_a_failed_worker_and_prints_nothing(capfd):
    from analysis.interop.acled_parts import WorkerFailed, in_order

    def prepare():
        raise MemoryError("no room for the rule")

    with pytest.raises(WorkerFailed, match="ended"):
        list(in_order(lambda n: n, iter(range(6)), workers=2, prepare=prepare))
    assert capfd.readouterr().err == ""  # the one reading that follows says what failed, not a worker's traceback


def test_a_worker_killed_while_idle_is_a_failed_worker_not_a_traceback():
    """SIGKILL to a worker with no task (on a global file they wait most of the time), here before or just after it
    said it was ready: the wait for it, or the next task sent to it, fails with WorkerFailed, which sends the import to
    one reading, never a BrokenPipeError."""
    import multiprocessing as mp
    import signal

    from analysis.interop.acled_parts import WorkerFailed, in_order

    def tasks():  # the first worker and the workers it forked (its children), killed
        for child in mp.active_children():
            siblings = [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == child.pid]
            for pid in [child.pid, *siblings]:
                os.kill(pid, signal.SIGKILL)
            child.join()
        yield from range(4)

    with pytest.raises(WorkerFailed, match="ended before it was (ready|given its task)"):
        list(in_order(lambda n: n, tasks(), workers=2))


def test_a_header_alone_without_a_line_end_is_a_file_of_no_events(tmp_path):
    path = tmp_path / "header.csv"
    path.write_text(",".join(CURRENT), encoding="utf-8")  # no newline after the header
    got = import_acled(path)
    assert got.events_in == 0 and got.rows.empty and got.left_out.empty


def test_a_worker_that_fails_sends_the_file_to_one_reading_that_says_what_failed(tmp_path, monkeypatch):
    from analysis.interop import acled_select

    path = tmp_path / "events.csv"
    path.write_text(_csv(CURRENT, _stressed(20)), encoding="utf-8")
    decide = acled_select.decide
    here = os.getpid()
    calls: list[str] = []

    def failing(record):  # fails wherever it runs on the chosen event; records the calls made in this process
        if os.getpid() == here:
            calls.append(record["event_id_cnty"])
        if record["event_id_cnty"] == chosen:
            raise RuntimeError(f"the rule broke on {chosen}")
        return decide(record)

    chosen = ""
    monkeypatch.setattr(acled_select, "decide", failing)
    import_acled(path, workers=1)
    chosen, calls[:] = calls[len(calls) // 2], []
    with pytest.raises(RuntimeError, match=chosen):
        import_acled(path, workers=2)
    assert calls and calls[-1] == chosen  # read again here (not in a worker), up to the event that fails


def test_bad_bytes_are_named_whether_or_not_workers_read_closely(tmp_path):
    path = tmp_path / "broken.csv"
    good = _csv(CURRENT, _stressed(500)).encode("utf-8")  # over 1 MB: the bytes sampled for the encoding are fine
    bad = _csv(CURRENT, _records()).encode("utf-8").split(b"\n", 1)[1].replace(b"Hpakant", b"Hpa\xffkant")
    path.write_bytes(good + bad)  # bad bytes at the end
    assert read_header(path).encoding == "utf-8" and len(good) > 1 << 20
    with pytest.raises(AnalysisError) as workers:
        import_acled(path, workers=2)
    with pytest.raises(AnalysisError) as one:
        import_acled(path, workers=1)
    assert str(workers.value) == str(one.value) and "not valid utf-8 after record" in str(one.value)


def test_the_sift_says_in_myanmar_and_protest_as_the_rule_says_it_for_one_row():
    import pyarrow as pa

    from analysis.interop.acled_read import clean_record
    from analysis.interop.acled_scope import in_myanmar
    from analysis.interop.acled_select import decide
    from analysis.interop.acled_sift import is_protest, place, sift

    cases = [
        ("Myanmar", "104", "", ""),
        ("myanmar (burma)", "", "", ""),
        ("BURMA", "", "", ""),
        ("Thailand", "104", "775", "MMR"),
        ("", "104", "", ""),
        ("", "", "775", ""),
        ("", "", "", "MMR"),
        ("", "764", "", ""),
        ("Myanmar ", "", "", ""),
        ("NA", "104", "", ""),  # R's NA: no country named, so the code says
    ]
    kinds = [("Protests", ""), ("Riots", ""), ("Battles", "Demonstrations"), ("Battles", "Political violence")]
    records = [
        {
            "event_id_cnty": f"X{i}",
            "country": c,
            "iso": iso,
            "gwno": gw,
            "iso3": i3,
            "event_type": et,
            "disorder_type": dt,
            "notes": "Ten soldiers surrendered.",
            "actor1": MILITARY,
            "actor2": "",
        }  # fmt: skip
        for i, ((c, iso, gw, i3), (et, dt)) in enumerate((a, b) for a in cases for b in kinds)
    ]
    table = pa.Table.from_pylist(records)
    kept = set(sift([place(table)]).close.column("event_id_cnty").to_pylist())
    cleaned = [clean_record(r) for r in records]  # as the rule sees a row: stripped, R's NA as ''
    by_row = {r["event_id_cnty"] for r in cleaned if in_myanmar(r) and decide(r).reason != "a protest or riot"}
    assert kept == by_row and len(kept) == 8 * 1  # eight ways to be in Myanmar, one kind that is no protest
    said = [r["event_type"] in ("Protests", "Riots") or r["disorder_type"] == "Demonstrations" for r in records]
    assert is_protest(table).tolist() == said


def test_the_left_out_file_is_what_pandas_writes():
    from analysis.interop.acled_sift import left_out_bytes, left_out_csv

    left = pd.DataFrame(
        {
            "event_id_cnty": ["MMR1", "a,b", 'q"x', "line\nbreak", ""],
            "reason": ["outside Myanmar", "x, y", 'said "no"', LEFT_UNREAD, "outside Myanmar"],
        }
    )
    assert left_out_csv(left) == left.to_csv(index=False, lineterminator="\n")
    assert left_out_bytes(left) == left.to_csv(index=False, lineterminator="\n").encode("utf-8")
    left["reason"] = left["reason"].astype("category")
    assert left_out_csv(left) == left.to_csv(index=False, lineterminator="\n")
    assert left_out_bytes(left) == left.to_csv(index=False, lineterminator="\n").encode("utf-8")
    assert left_out_csv(left.iloc[:0]) == "event_id_cnty,reason\n"


def test_a_worker_killed_while_it_sends_its_result_does_not_hang_the_import(tmp_path):
    """The out-of-memory killer may end a worker half-way through sending a large result: in_order raises
    WorkerFailed (the caller reads in one process) instead of waiting for the rest of the message for ever."""
    script = tmp_path / "killed.py"
    script.write_text(
        "import os, signal, threading, time\n"
        "from analysis.interop.acled_parts import WorkerFailed, in_order\n"
        "def work(n):\n"
        "    if n == 0:\n"
        "        threading.Timer(1.0, os.kill, (os.getpid(), signal.SIGKILL)).start()\n"
        "        return b'x' * (100 << 20)\n"
        "    return 'here'\n"
        "def tasks():\n"
        "    yield from (0, 1, 2)  # one more than there are workers: this process waits till two are taken\n"
        "    time.sleep(2)  # this process reads on, and takes no result, while the first is being sent\n"
        "    yield 3\n"
        "try:\n"
        "    print(list(in_order(work, tasks(), workers=2)))\n"
        "except WorkerFailed as exc:\n"
        "    print('failed:', exc)\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "failed: a worker ended without its result", done.stderr
