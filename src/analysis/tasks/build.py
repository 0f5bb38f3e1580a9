"""raw -> processed: clean, derive the report tables, describe them (Frictionless), validate, swap.

The build writes everything to a temporary folder next to ``data/processed``
and only swaps it in when the run succeeded, so a failed build never touches
the last good output. Output bytes depend only on the input bytes.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import config, report
from ..errors import AnalysisError, InputFileError
from ..pipeline.claims import ClaimsResult, clean_claims
from ..pipeline.clean import CleanResult, clean_file
from ..pipeline.package import datapackage, validate_package, write_csv


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

def write_processed(
    result: CleanResult, out_dir: Path, sources_path: Path, claims: ClaimsResult | None = None
) -> None:
    """Write every processed table and datapackage.json into ``out_dir`` (which must exist)."""
    events = result.events
    write_csv(events, out_dir / "events.csv")
    sources = pd.read_csv(sources_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    write_csv(sources, out_dir / "sources.csv")
    write_csv(report.headline_by_state(events), out_dir / "headline_by_state.csv")
    write_csv(report.claims_ledger(events), out_dir / "claims_ledger.csv")
    write_csv(result.rejects, out_dir / "rejects.csv")
    if claims is not None:
        write_csv(claims.claims, out_dir / "claimed_totals.csv")
        write_csv(report.totals_vs_events(claims.claims, events), out_dir / "claims_vs_events.csv")
    (out_dir / "datapackage.json").write_text(
        json.dumps(datapackage(claims=claims is not None), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def check_claims(raw: Path, sources_path: Path, log) -> ClaimsResult | None:
    """raw/claimed_totals.csv beside the events, checked; None when there is none. Errors stop the build."""
    path = raw.with_name("claimed_totals.csv")
    if not path.is_file():
        return None
    claims = clean_claims(path, sources_path)
    for w in (p for p in claims.problems if p.severity == "warning"):
        log(f"  {w}")
    if claims.errors:
        raise InputFileError(claims.errors)
    log(f"build: {len(claims.claims)} claimed totals from {path.name} (claims, never added to events)")
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
    claims = check_claims(raw, sources_path, log)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".processed-", dir=out.parent))
    tmp.chmod(0o755)
    try:
        log("build: writing tables and datapackage.json")
        write_processed(result, tmp, sources_path, claims)
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
