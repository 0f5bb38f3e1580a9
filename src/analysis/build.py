"""raw -> processed: clean, derive the report tables, describe them (Frictionless), validate, swap.

The build writes everything to a temporary folder next to ``data/processed``
and only swaps it in when the run succeeded, so a failed build never touches
the last good output. Output bytes depend only on the input bytes.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import config, report
from .clean import CleanResult, clean_file
from .errors import AnalysisError, InputFileError
from .schema import (
    HEADLINE_FIELDS,
    LEDGER_FIELDS,
    PROCESSED_FIELDS,
    REJECT_FIELDS,
    SOURCE_FIELDS,
)


@dataclass
class BuildSummary:
    rows_in: int
    rows_out: int
    rows_rejected: int
    out_dir: Path
    warnings: int

    def line(self) -> str:
        return (
            f"rows in = {self.rows_in}; rows out = {self.rows_out}; rows rejected = {self.rows_rejected} "
            f"({self.rows_in} = {self.rows_out} + {self.rows_rejected})"
        )


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """Deterministic CSV: UTF-8, '\\n' line ends, no index."""
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def _resource(name: str, path: str, fields: list[dict], title: str, description: str, key: str | None) -> dict:
    schema: dict = {"fields": [_clean_field(f) for f in fields], "missingValues": [""]}
    if key:
        schema["primaryKey"] = [key]
    return {
        "name": name,
        "path": path,
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def _clean_field(field: dict) -> dict:
    field = json.loads(json.dumps(field))
    enum = field.get("constraints", {}).get("enum")
    if enum is not None:
        field["constraints"]["enum"] = [e for e in enum if e != ""]
    return field


def datapackage(events_fields: list[dict] = PROCESSED_FIELDS) -> dict:
    """The Frictionless Data Package descriptor for data/processed."""
    return {
        "name": "myanmar-junta-surrenders-1027",
        "title": "Surrender, flight and defection of Myanmar junta personnel after Operation 1027",
        "description": "Events curated from two news reports (see sources.csv), cleaned by the analysis package. "
        "Counts keep their uncertainty as low/best/high; part_of links aggregates to their components.",
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "title": "Creative Commons Attribution 4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
            }
        ],
        "resources": [
            _resource(
                "events",
                "events.csv",
                events_fields,
                "Events",
                "One row per reported event or claim, cleaned and typed.",
                "event_id",
            ),
            _resource("sources", "sources.csv", SOURCE_FIELDS, "Sources", "The reports cited.", "source_id"),
            _resource(
                "headline_by_state",
                "headline_by_state.csv",
                HEADLINE_FIELDS,
                "Headline by state/region",
                "Surrendered personnel by state/region under the report's rule.",
                None,
            ),
            _resource(
                "claims_ledger",
                "claims_ledger.csv",
                LEDGER_FIELDS,
                "Claims ledger",
                "Every numeric claim, what the data gives, and whether it reproduces.",
                "claim_id",
            ),
            _resource(
                "rejects",
                "rejects.csv",
                REJECT_FIELDS,
                "Rejected rows",
                "Raw rows that could not be cleaned, with reasons (empty when none).",
                None,
            ),
        ],
    }


def validate_package(path: Path) -> None:
    """Validate a written data package with Frictionless; raise AnalysisError on any error."""
    from frictionless import validate

    result = validate(str(path))
    if not result.valid:
        lines = []
        for task in result.tasks:
            for err in task.errors[:10]:
                lines.append(f"{task.name}: {err.message}")
        raise AnalysisError("processed data fails its Table Schema:\n  " + "\n  ".join(lines))


def write_processed(result: CleanResult, out_dir: Path, sources_path: Path) -> None:
    """Write every processed table and datapackage.json into ``out_dir`` (which must exist)."""
    events = result.events
    write_csv(events, out_dir / "events.csv")
    sources = pd.read_csv(sources_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    write_csv(sources, out_dir / "sources.csv")
    write_csv(report.headline_by_state(events), out_dir / "headline_by_state.csv")
    write_csv(report.claims_ledger(events), out_dir / "claims_ledger.csv")
    write_csv(result.rejects, out_dir / "rejects.csv")
    (out_dir / "datapackage.json").write_text(
        json.dumps(datapackage(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def build(
    raw: str | Path = config.RAW_EVENTS,
    out: str | Path = config.PROCESSED,
    sources: str | Path | None = None,
    allow_rejects: bool = False,
    log=print,
) -> BuildSummary:
    """Clean ``raw`` into ``out``. Raises InputFileError (nothing written) when rows fail
    and ``allow_rejects`` is False, or when the file itself is unreadable."""
    raw, out = Path(raw), Path(out)
    sources_path = Path(sources) if sources else raw.with_name("sources.csv")
    log(f"build: reading {raw}")
    result = clean_file(raw, sources_path if sources_path.is_file() else None)
    errors = result.errors
    warnings = [p for p in result.problems if p.severity == "warning"]
    for w in warnings:
        log(f"  {w}")
    summary = BuildSummary(result.rows_in, len(result.events), result.rejected_rows, out, len(warnings))
    log(f"build: {summary.line()}")
    if result.fatal or (errors and not allow_rejects):
        raise InputFileError(errors)
    if not sources_path.is_file():
        raise AnalysisError(f"{sources_path}: no sources file; the build needs one to cite every row")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".processed-", dir=out.parent))
    tmp.chmod(0o755)
    try:
        log("build: writing tables and datapackage.json")
        write_processed(result, tmp, sources_path)
        log("build: validating with Frictionless")
        validate_package(tmp / "datapackage.json")
        _swap(tmp, out)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    log(f"build: wrote {out}")
    return summary


def _swap(new: Path, out: Path) -> None:
    old = out.with_name(f".{out.name}-old")
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        out.rename(old)
    new.rename(out)
    if old.exists():
        shutil.rmtree(old)


def load_events(path: str | Path = config.PROCESSED_EVENTS) -> pd.DataFrame:
    """Read processed events with their types (nullable integers; empty strings, not NaN, for text)."""
    schema = {f["name"]: f["type"] for f in PROCESSED_FIELDS}
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for name, kind in schema.items():
        if kind == "integer" and name in frame:
            frame[name] = pd.to_numeric(frame[name].replace("", None)).astype("Int64")
    return frame


def load_table(name: str) -> pd.DataFrame:
    """Read another processed table by resource name (e.g. 'claims_ledger')."""
    path = config.PROCESSED / f"{name}.csv"
    if not path.is_file():
        raise AnalysisError(f"{path} does not exist; run `python -m analysis build` first")
    return pd.read_csv(path, keep_default_na=False, dtype=str)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use: python -m analysis build")
