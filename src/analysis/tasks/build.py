"""raw -> processed: clean, derive the report tables, describe them (Frictionless), validate, swap.

The build writes everything to a temporary folder next to ``data/processed``
and only swaps it in when the run succeeded, so a failed build never touches
the last good output. Output bytes depend only on the input bytes.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import config, report
from ..errors import AnalysisError, InputFileError
from ..pipeline.claims import ClaimsResult, clean_claims
from ..pipeline.clean import CleanResult, clean_file
from ..pipeline.package import check_tables, datapackage, write_csv
from ..schema import OPTIONAL_SOURCE_COLUMNS


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


def derive_tables(
    result: CleanResult, sources_path: Path, claims: ClaimsResult | None = None, log=print
) -> dict[str, pd.DataFrame]:
    """Every processed table, by resource name: the cleaned events and what the report derives from them."""
    events = result.events
    tables = {
        "events": events,
        "sources": _sources_table(sources_path),
    }
    with stage(log, "the headline by state/region", 2):
        tables["headline_by_state"] = report.headline_by_state(events)
    with stage(log, f"the claims ledger ({len(events):,} rows)", 3):
        tables["claims_ledger"] = report.claims_ledger(events)
    tables["rejects"] = result.rejects
    if claims is not None:
        if len(claims.rejects):  # the claimed totals' bad rows, in the same table as the events'
            tables["rejects"] = pd.concat([result.rejects, claims.rejects], ignore_index=True)
        tables["claimed_totals"] = claims.claims
        tables["claims_vs_events"] = report.totals_vs_events(claims.claims, events)
    return tables


def write_processed(tables: dict[str, pd.DataFrame], out_dir: Path, claims: bool, log=None) -> None:
    """Write every processed table and datapackage.json into ``out_dir`` (which must exist)."""
    for i, (name, frame) in enumerate(tables.items(), start=1):
        if log and len(frame) >= 50_000:  # say how far along a long write is
            log(f"  writing {name}.csv ({len(frame):,} rows; table {i} of {len(tables)})")
        write_csv(frame, out_dir / f"{name}.csv")
    (out_dir / "datapackage.json").write_text(
        json.dumps(datapackage(claims=claims, tables=tables), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


#: The build's stages, as its log numbers them: read and clean, headline, ledger, schema check, write.
STAGES = 5


@contextmanager
def stage(log, label: str, step: int):
    """Log a stage of the build, how far along the build is, and how long the stage took.

    'build [3/5]: the claims ledger (1,000,000 rows) ...' then '... done in 5.2 s'.
    """
    start = time.perf_counter()
    log(f"build [{step}/{STAGES}]: {label} ...")
    yield
    log(f"build [{step}/{STAGES}]: {label}: done in {time.perf_counter() - start:.1f} s")


def _sources_table(path: Path) -> pd.DataFrame:
    """sources.csv as strings in the published column order; optional columns an older file lacks come empty."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [c for c in OPTIONAL_SOURCE_COLUMNS if c not in table.columns]
    return table.assign(**dict.fromkeys(missing, "")) if missing else table


def check_claims(raw: Path, sources_path: Path, log, allow_rejects: bool = False) -> ClaimsResult | None:
    """raw/claimed_totals.csv beside the events, checked; None when there is none. As with the events, errors
    stop the build unless ``allow_rejects``, when the bad rows go to the rejects table."""
    path = raw.with_name("claimed_totals.csv")
    if not path.is_file():
        return None
    claims = clean_claims(path, sources_path)
    for w in (p for p in claims.problems if p.severity == "warning"):
        log(f"  {w}")
    fatal = any(p.row is None for p in claims.errors)
    if claims.errors and (fatal or not allow_rejects):
        raise InputFileError(claims.errors)
    rejected = claims.rejects["line"].nunique() if len(claims.rejects) else 0
    log(
        f"build: {len(claims.claims)} claimed totals from {path.name} (claims, never added to events)"
        + (f"; {rejected} row(s) rejected (rejects.csv)" if rejected else "")
    )
    return claims


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
    with stage(log, f"reading and cleaning {raw}", 1):
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
    claims = check_claims(raw, sources_path, log, allow_rejects)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".processed-", dir=out.parent))
    tmp.chmod(0o755)
    try:
        tables = derive_tables(result, sources_path, claims, log)
        with stage(log, "checking every table against its schema", 4):
            check_tables(tables, claims=claims is not None)
        with stage(log, f"writing {len(tables)} tables and datapackage.json", 5):
            write_processed(tables, tmp, claims is not None, log)
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
