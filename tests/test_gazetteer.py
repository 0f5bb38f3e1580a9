"""The MIMU gazetteer shipped with the package: complete, resolving the spellings users meet, guessing nothing."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from analysis import config
from analysis.errors import ParseError
from analysis.reference import gazetteer
from analysis.reference.gazetteer import resolve, resolve_many

MIMU = config.ROOT.parent / "shared" / "reference" / "mimu"


def _need_mimu():
    if not MIMU.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{MIMU} is missing: CI must check the gazetteer against MIMU's files")
        pytest.skip("../shared/reference/mimu is not beside the project")


def _mimu_code(name: str) -> str:
    """The P-code MIMU 9.6 gives a township name (read from the shared file, not typed here)."""
    _need_mimu()
    g = pd.read_csv(MIMU / "mmr_townships_gazetteer_mimu96.csv", dtype=str, keep_default_na=False)
    return g.loc[g["ts_name_en"] == name, "ts_pcode"].item()


def test_every_township_of_myanmar_is_there():
    ts = gazetteer.townships()
    assert (ts["active"] == "yes").sum() == 330
    assert ts["unit_type"].value_counts().to_dict() == {
        "township": 330,
        "wa_sad_unit": 23,
        "kokang_sad_unit": 3,
        "inactive": 2,
    }
    assert ts["ts_pcode"].is_unique and ts["ts_pcode"].str.fullmatch(r"MMR\d{6}").all()
    st = gazetteer.states()
    assert len(st) == 18 and st["iso_3166_2"].str.fullmatch(r"MM-\d\d").all()
    assert set(st.loc[st["state_region"] == "Shan", "shan_part"]) == {"North", "South", "East"}
    assert ts["iso_3166_2"].isin(st["iso_3166_2"]).all()


@pytest.mark.parametrize(
    "spelling, mimu_name",
    [
        ("Kyaikmayaw", "Kyaikmaraw"),
        ("Kyaikmaraw", "Kyaikmaraw"),
        ("Laukkai", "Laukkaing"),
        ("Laukkaing", "Laukkaing"),
        ("Mese", "Mese"),
        ("Maese", "Mese"),
        ("Hlaingthayar", "Hlaingtharya"),
        ("Hlaing Tharyar Township", "Hlaingtharya"),
        ("Pyigyitagun", "Pyigyitagon"),
        ("Pyigyidagun", "Pyigyitagon"),
        ("Kawthaung", "Kawthoung"),
        ("Kawthoung", "Kawthoung"),
        ("Konkyan", "Konkyan"),
        ("Namhkam", "Namhkan"),
        ("Myawaddy", "Myawaddy"),
        ("Buthidaung", "Buthidaung"),
        ("Rathedaung", "Rathedaung"),
        ("Lashio", "Lashio"),
        ("Paletwa", "Paletwa"),
        ("LASHIO", "Lashio"),
        ("Lashio Township", "Lashio"),
    ],
)
def test_the_spellings_users_meet_resolve_to_mimu_codes(spelling, mimu_name):
    place = resolve(spelling, "township")
    assert place.pcode == _mimu_code(mimu_name) and place.name == mimu_name


@pytest.mark.parametrize(
    "city, level, state",
    [
        ("Yangon", "city", "Yangon"),
        ("Mandalay", "city", "Mandalay"),
        ("Nay Pyi Taw", "city", "Nay Pyi Taw"),
        ("Naypyidaw", "city", "Nay Pyi Taw"),
    ],
)
def test_a_city_of_several_townships_resolves_to_its_own_level(city, level, state):
    place = resolve(city, "township")
    assert (place.level, place.state_region) == (level, state)
    assert place.pcode not in gazetteer.townships().index  # never a guessed township


def test_unknown_and_ambiguous_names_are_errors_with_candidates():
    with pytest.raises(ParseError, match="unknown place 'Lashoi'.*closest: .*Lashio") as caught:
        resolve("Lashoi")
    assert caught.value.suggestion
    with pytest.raises(ParseError, match="ambiguous place 'Htantabin'.*Bago.*Yangon"):
        resolve("Htantabin", "township")
    assert resolve("Htantabin", "township", within="Yangon").state_region == "Yangon"


def test_resolve_many_resolves_each_distinct_name_once_and_reports_errors():
    names = pd.Series(["Lashio", "Lashio", "Nowhere", "", "Minhla", "Minhla"])
    within = pd.Series(["Shan", "Shan", "", "", "Magway", ""])
    out = resolve_many(names, within)
    assert list(out["pcode"][:2]) == [_mimu_code("Lashio")] * 2
    assert "unknown place 'Nowhere'" in out.at[2, "error"] and out.at[3, "pcode"] == "" and out.at[3, "error"] == ""
    assert out.at[4, "state_region"] == "Magway" and out.at[5, "error"].startswith("ambiguous")


def test_at_least_98_percent_of_the_mimu_linked_english_spellings_resolve_to_their_own_code():
    _need_mimu()
    lists = pd.read_csv(MIMU / "mmr_township_aliases.csv", dtype=str, keep_default_na=False)
    english = lists[(lists["lang"] == "en") & ~lists["note"].str.contains("not a township name", regex=False)]
    ok = 0
    for alias, code in zip(english["alias"], english["ts_pcode"], strict=True):
        try:
            ok += resolve(alias, "township").pcode == code
        except ParseError:  # a name two townships share: needs its state, as it should
            ok += resolve(alias, "township", within=gazetteer.townships().at[code, "state_region"]).pcode == code
    assert ok / len(english) >= 0.98, f"{ok} of {len(english)}"


def test_the_state_layer_has_the_18_units_and_neighbours_share_their_edges():
    shapely = pytest.importorskip("shapely")
    layer = json.loads(gazetteer.states_layer_path().read_text(encoding="utf-8"))
    codes = [f["properties"]["sr_pcode"] for f in layer["features"]]
    assert sorted(codes) == sorted(gazetteer.states()["sr_pcode"]) and len(codes) == 18
    assert "MIMU" in layer["attribution"] and "9.3" in layer["source"]
    geoms = [shapely.geometry.shape(f["geometry"]) for f in layer["features"]]
    assert all(g.is_valid for g in geoms)
    overlap = sum(a.intersection(b).area for a, b in itertools.combinations(geoms, 2))
    assert overlap < 1e-5  # square degrees: about 0.1 km2 in all, invisible at publication size
    union = shapely.union_all(geoms)
    holes = [shapely.Polygon(r).area for p in getattr(union, "geoms", [union]) for r in p.interiors]
    assert max(holes, default=0) < 1e-5  # no gap between neighbours


def test_the_derivation_reproduces_the_shipped_files_byte_for_byte(tmp_path):
    _need_mimu()
    script = config.ROOT / "scripts" / "derive_reference.py"
    subprocess.run([sys.executable, str(script), "--out", str(tmp_path)], check=True, capture_output=True)
    for path in sorted(tmp_path.iterdir()):
        shipped = config.PACKAGE_DATA / path.name
        assert shipped.read_bytes() == path.read_bytes(), f"{path.name} differs from a fresh derivation"
