from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import config
from analysis.pipeline.clean import clean_file
from analysis.pipeline.load import load_events

ROOT = config.ROOT


@pytest.fixture(scope="session")
def clean_result():
    return clean_file(config.RAW_EVENTS)


@pytest.fixture(scope="session")
def events(clean_result) -> pd.DataFrame:
    """The curated events as the build writes them, read back with their types."""
    return load_events(config.PROCESSED_EVENTS)


@pytest.fixture(scope="session")
def source_texts() -> dict[str, str]:
    """source_id -> text of the report, read from ../shared/sources when it is present."""
    if not config.SOURCE_TEXTS.is_dir():
        pytest.skip(f"source texts not present at {config.SOURCE_TEXTS}")
    sources = pd.read_csv(config.RAW_SOURCES, dtype=str, keep_default_na=False)
    out = {}
    for row in sources.itertuples():
        if row.role == "report":
            out[row.source_id] = (config.SOURCE_TEXTS / row.file).read_text(encoding="utf-8")
    return out


@pytest.fixture
def raw_copy(tmp_path: Path) -> Path:
    """A writable copy of data/raw (events.csv + sources.csv)."""
    for name in ("events.csv", "sources.csv"):
        shutil.copy(config.RAW / name, tmp_path / name)
    return tmp_path / "events.csv"
