"""Every figure, date, place, claimant and code a chart writes comes from the data: change the data and the text
changes; nothing of the kind is typed into the chart modules."""

from __future__ import annotations

import ast
import re
import shutil

import pandas as pd
import pytest
from matplotlib.text import Text

from analysis import config
from analysis.charts.export import FIGURES, draw
from analysis.charts.maps import PROJECTION
from analysis.pipeline.load import load_tables
from analysis.reference import gazetteer
from analysis.reference.tables import load_operations
from analysis.tasks.build import build

CHARTS = config.PACKAGE_DIR / "charts"


@pytest.fixture(scope="module")
def raised(tmp_path_factory):
    """data/raw (events, sources, claimed totals) with every Loikaw surrender figure raised by ten, built."""
    raw = tmp_path_factory.mktemp("raw")
    for name in ("events.csv", "sources.csv", "claimed_totals.csv"):
        shutil.copy(config.RAW / name, raw / name)
    events = pd.read_csv(raw / "events.csv", dtype=str, keep_default_na=False)
    loikaw = (events["township"] == "Loikaw") & (events["outcome"] == "surrendered")
    assert loikaw.sum() >= 2
    for column in ("count_text", "alt_count_text", "evidence"):
        events.loc[loikaw, column] = events.loc[loikaw, column].str.replace("38", "48").str.replace("32", "42")
    events.to_csv(raw / "events.csv", index=False, lineterminator="\n")
    build(raw / "events.csv", raw / "out", log=lambda m: None)
    return load_tables(raw / "out")


def texts(chart) -> list[str]:
    """Every text a reader meets: the title, subtitle, labels, ticks and annotations, and each phrase of the alt."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(chart.fig).draw()  # ticks exist once drawn
    drawn = [t.get_text() for t in chart.fig.findobj(Text) if t.get_text()]
    return drawn + [p for p in re.split(r"; |\. ", chart.alt) if p]


MENTIONS = re.compile(r"Loikaw|Kayah")
LOIKAW = re.compile(r"(?<![\d,])(38|32)(?![\d,])")  # its figures: the report's 38, the record's 32


@pytest.mark.parametrize("name", list(FIGURES))
def test_raising_loikaws_figures_changes_every_text_that_gives_them(name, tables, raised):
    before = [t for t in texts(draw(name, tables)) if MENTIONS.search(t) and LOIKAW.search(t)]
    after = set(texts(draw(name, raised)))
    stale = [t for t in before if t in after]
    assert not stale, f"{name}: these texts did not follow the data: {stale}"


def test_the_record_totals_in_titles_follow_the_data(tables, raised):
    for name in ("cumulative_surrenders", "cumulative_by_state", "map_record", "outcomes_over_time"):
        before, after = draw(name, tables), draw(name, raised)
        assert texts(before)[:3] != texts(after)[:3] and before.alt != after.alt, name


def test_the_texts_that_name_loikaw_give_the_raised_figures(tables, raised):
    sensitivity = " ".join(texts(draw("headline_sensitivity", raised)))
    assert "Loikaw 48 as 42" in sensitivity and "38" not in re.findall(r"Loikaw \d+", sensitivity)
    assert "Loikaw: 42" in draw("map_townships", raised).alt
    assert "Kayah: 48" in draw("headline_by_state", raised).alt  # the reproduction: the report's own figure
    assert "Kayah: 42" in draw("map_record", raised).alt  # the record: the 32 surrendered, raised


def _strings(path) -> list[str]:
    """The string constants of a module, its docstrings left out."""
    tree = ast.parse(path.read_text())
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs
    ]


def _typed_names() -> list[str]:
    """Names the data gives and code must not type: states/regions, claimants and groups, border countries."""
    groups = pd.read_csv(config.PACKAGE_DATA / "groups.csv", dtype=str, keep_default_na=False)
    states = sorted(set(gazetteer.states()["state_region"]))
    names = [*states, *groups["group"], "India", "Thailand", "Mizoram", "BNI", "Irrawaddy"]
    return [n for n in names if n != "Junta"]  # the word 'junta' is the subject of every chart, not a claimant


@pytest.mark.parametrize("path", sorted(CHARTS.glob("*.py")), ids=lambda p: p.name)
def test_chart_modules_type_no_figure_date_place_claimant_or_pcode(path):
    months = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
    patterns = [
        (r"MMR\d", "a P-code"),
        (rf"\b\d{{1,2}} ({months})\b|\b({months}) \d{{1,2}}\b|\b20\d\d\b", "a date"),
        (r"(?<![\w.#%-])\d{2,}(?!\w)", "a figure"),
    ]
    found = []
    names = set(_typed_names()) | set(pd.read_csv(config.PACKAGE_DATA / "groups.csv", dtype=str)["group"])
    operations = load_operations()["operation"].tolist()  # names of the operations table ('Operation 1027')
    for s in _strings(path):
        plain = re.sub("|".join(map(re.escape, operations)), "", s)
        for pattern, what in patterns:
            if re.search(pattern, plain):
                found.append((what, s))
        for name in _typed_names():  # a constant that is just a name is a key matched against the data
            if s not in names and re.search(rf"\b{re.escape(name)}\b", s):
                found.append(("a name from the data", s))
    allowed = {"%Y-%m-%d", PROJECTION}  # a projection's parameters are not data
    found = [f for f in found if f[1] not in allowed]
    assert not found, f"{path.name} types {found}"
