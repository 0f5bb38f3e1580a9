from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.pipeline.clean import clean_file
from analysis.pipeline.load import Tables, load_events, load_tables

ROOT = config.ROOT


@pytest.fixture(scope="session")
def clean_result():
    return clean_file(config.RAW_EVENTS)


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """data/raw built afresh into a temporary folder: tests check what the raw rows give, not a committed copy."""
    from analysis.tasks.build import build

    out = tmp_path_factory.mktemp("processed")
    build(config.RAW_EVENTS, out, log=lambda m: None)
    return out


@pytest.fixture(scope="session")
def events(built) -> pd.DataFrame:
    """The curated events as the build writes them, read back with their types."""
    return load_events(built / "events.csv")


@pytest.fixture(scope="session")
def tables(built) -> Tables:
    """Every table the charts draw, as the build writes them, with the package's reference layers."""
    return load_tables(built)


def with_events(tables: Tables, events: pd.DataFrame) -> Tables:
    """``tables`` for other events: the tables the build derives from events derived again, as the build does."""
    from analysis import report

    claims_vs_events = None if tables.claims is None else report.totals_vs_events(tables.claims, events)
    by_state = report.headline_by_state(events)
    return replace(tables, events=events, headline_by_state=by_state, claims_vs_events=claims_vs_events)


def need_shared(path: Path) -> None:
    """Skip when ../shared is not beside the project, but fail under CI, where it must be."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must check the data against its sources")
        pytest.skip(f"{path} is not beside the project")


def read_facts(path: Path) -> pd.DataFrame:
    """A facts table of ../shared/sources (every cell a string), indexed by fact_id (see :func:`need_shared`)."""
    need_shared(path)
    return pd.read_csv(path, dtype=str, keep_default_na=False).set_index("fact_id", drop=False)


def read_raw() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """data/raw's events, claimed totals and sources as curated: every cell a string."""
    read = lambda name: pd.read_csv(config.RAW / name, dtype=str, keep_default_na=False)  # noqa: E731
    return read("events.csv"), read("claimed_totals.csv"), read("sources.csv")


@pytest.fixture(scope="session")
def source_texts() -> dict[str, str]:
    """source_id -> text of each seed report (the sources with a text file in ../shared/sources)."""
    need_shared(config.SOURCE_TEXTS)
    sources = pd.read_csv(config.RAW_SOURCES, dtype=str, keep_default_na=False)
    out = {}
    for row in sources.itertuples():
        if row.role == "report" and row.file:
            out[row.source_id] = (config.SOURCE_TEXTS / row.file).read_text(encoding="utf-8")
    assert len(out) == 2, "the two seed reports"
    return out


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of data/raw (events.csv + sources.csv)."""
    for name in ("events.csv", "sources.csv"):
        shutil.copy(config.RAW / name, tmp_path / name)
    return tmp_path / "events.csv"
