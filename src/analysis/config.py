"""One place for paths. Everything resolves from the project root, never the working directory.

The root is the folder holding ``pyproject.toml`` above this file (an editable
install or a checkout). Set ``MYANMAR_SURRENDERS_ROOT`` to point elsewhere.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE_DIR / "reference" / "data"


def _find_root() -> Path:
    env = os.environ.get("MYANMAR_SURRENDERS_ROOT")
    if env:
        return Path(env).resolve()
    for parent in PACKAGE_DIR.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "data").is_dir():
            return parent
    return PACKAGE_DIR.parents[1]


ROOT = _find_root()
DATA = ROOT / "data"
RAW = DATA / "raw"
PROCESSED = DATA / "processed"
RAW_EVENTS = RAW / "events.csv"
RAW_SOURCES = RAW / "sources.csv"
NOTEBOOKS = ROOT / "notebooks"
FIGURES = ROOT / "reports" / "figures"
#: The static site (make site); built, never committed.
SITE = ROOT / "site"
# The source texts live beside the project (shared/sources); only tests and curators read them.
SOURCE_TEXTS = ROOT.parent / "shared" / "sources"

PROCESSED_EVENTS = PROCESSED / "events.csv"
PROCESSED_SOURCES = PROCESSED / "sources.csv"
HEADLINE_BY_STATE = PROCESSED / "headline_by_state.csv"
CLAIMS_LEDGER = PROCESSED / "claims_ledger.csv"
REJECTS = PROCESSED / "rejects.csv"
DATAPACKAGE = PROCESSED / "datapackage.json"

OPERATION_1027 = "2023-10-27"
