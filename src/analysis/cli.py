"""Command line: ``python -m analysis {build,validate,figures,reproduce,export,import-acled}``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import pandas as pd

from . import config
from .errors import AnalysisError, InputFileError


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_build(args: argparse.Namespace) -> int:
    from .tasks.build import build

    try:
        summary = build(args.raw, args.out, args.sources, allow_rejects=args.allow_rejects, log=_log)
    except InputFileError as exc:
        for p in exc.problems:
            _log(f"  {p}")
        _log(
            f"build: FAILED with {len(exc.problems)} error(s); {args.out} left as it was. "
            "Fix the rows, or rerun with --allow-rejects to build the good rows."
        )
        return 1
    if summary.rows_rejected:
        _log(f"build: {summary.rows_rejected} row(s) rejected; see {Path(args.out) / 'rejects.csv'}")
    return 0


def _check_raw(path: Path, sources: str | None):
    """Clean a raw file as what its header says it is: claimed totals (a claim_id column) or events."""
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        header = handle.readline()
    if "claim_id" in [c.strip().strip('"') for c in header.split(",")]:
        from .pipeline.claims import clean_claims

        return clean_claims(path, sources)
    from .pipeline.clean import clean_file

    return clean_file(path, sources)


def cmd_validate(args: argparse.Namespace) -> int:
    path = Path(args.path)
    if not path.is_file():
        _log(f"validate: no such file: {path}")
        return 2
    result = _check_raw(path, args.sources)
    problems = result.problems
    errors = [p for p in problems if p.severity == "error"]
    if args.format == "json":
        print(
            json.dumps(
                {
                    "file": str(path),
                    "rows": result.rows_in,
                    "valid": not errors,
                    "errors": len(errors),
                    "warnings": len(problems) - len(errors),
                    "problems": [p.as_dict() for p in problems],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        from .errors import grouped

        for line in map(str, problems) if args.all or len(problems) <= 30 else grouped(problems):
            print(line)
        verdict = "valid" if not errors else "INVALID"
        print(
            f"{path}: {verdict}: {result.rows_in} rows, {len(errors)} error(s), "
            f"{len(problems) - len(errors)} warning(s)"
        )
    return 1 if errors else 0


def cmd_figures(args: argparse.Namespace) -> int:
    from .charts.export import export_all
    from .pipeline.load import load_tables

    formats = tuple(f.strip() for f in args.format.split(",") if f.strip())
    # a processed folder of the user's own: its events, and its sources on every source line
    tables = load_tables(Path(args.events) if args.events else config.PROCESSED)
    written = export_all(tables, Path(args.out), formats=formats, log=_log)
    _log(f"figures: wrote {len(written)} files to {args.out}")
    return 0


def cmd_reproduce(args: argparse.Namespace) -> int:
    from .tasks.reproduce import reproduce

    timings = reproduce(force=args.force, log=_log)
    _log("reproduce: done (" + ", ".join(f"{k} {v:.1f}s" for k, v in timings.items()) + ")")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .interop.acled import to_acled
    from .interop.ucdp import to_ucdp
    from .pipeline.load import load_events, load_table

    events = load_events(args.events)
    sources = load_table("sources", Path(args.events).parent)  # the sources.csv beside the events
    table = (to_acled if args.format == "acled" else to_ucdp)(events, sources)
    table.to_csv(args.out, index=False, lineterminator="\n")
    _log(f"export: {len(table)} rows in {args.format} format -> {args.out}")
    return 0


def _output_file(out: Path) -> Path:
    """The file to write: its folder is created; a folder, or a folder that cannot be made, is one line."""
    if out.is_dir():
        raise AnalysisError(f"--out {out} is a folder: give a file name, e.g. {out / 'events.csv'}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise AnalysisError(f"cannot create the folder {out.parent} for --out: {exc.strerror or exc}") from None
    return out


def _sources_beside(sources: Path) -> pd.DataFrame | None:
    """The sources.csv an import adds its row to (None: there is none yet), or one line saying why it cannot."""
    if not sources.exists():
        return None
    try:
        existing = pd.read_csv(sources, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        why = " ".join(str(exc).split())  # one line
        raise AnalysisError(
            f"{sources} (beside --out) is not a sources table ({type(exc).__name__}: {why}); the import adds its "
            "source row there: move the file or choose another --out"
        ) from None
    if "source_id" not in existing.columns:
        raise AnalysisError(
            f"{sources} (beside --out) has no 'source_id' column, so it is not a sources table; the import adds its "
            "source row there: move the file or choose another --out"
        )
    return existing


def cmd_import_acled(args: argparse.Namespace) -> int:
    from .interop.acled_import import acled_source_row, import_acled, left_out_bytes

    out = _output_file(Path(args.out))
    against = args.against
    if against and not Path(against).is_file():
        _log(f"import-acled: --against {against}: no such file, so no check for duplicates of curated rows")
        against = None
    sources = out.with_name("sources.csv")
    existing = _sources_beside(sources)  # checked before a long import, not after
    result = import_acled(args.path, against, progress=lambda m: _log(f"import-acled: {m}"))
    left = out.with_name(out.stem + ".left_out.csv")
    try:
        result.rows.to_csv(out, index=False, lineterminator="\n")
        left.write_bytes(left_out_bytes(result.left_out))
        row = acled_source_row(result.rows, args.path)
        if existing is not None:
            if row["source_id"] not in set(existing["source_id"]):
                pd.concat([existing, pd.DataFrame([row])], ignore_index=True).to_csv(
                    sources, index=False, lineterminator="\n"
                )
        else:
            pd.DataFrame([row]).to_csv(sources, index=False, lineterminator="\n")
    except OSError as exc:
        raise AnalysisError(f"cannot write {exc.filename or out}: {exc.strerror or exc}") from None
    for pair in result.duplicates.itertuples():
        _log(f"  likely duplicate: {pair.imported_id} ~ {pair.existing_id} ({pair.township}): {pair.reason}")
    _log(f"import-acled: {result.summary()}")
    for line in result.report().splitlines():
        _log(f"import-acled: {line}")
    _log(
        f"import-acled: rows -> {out} (raw schema); left-out ids and reasons -> {left}; source row 'acled' in "
        f"{sources}; {len(result.duplicates)} likely duplicate pair(s) flagged, none merged"
    )
    return 0


def cmd_codebook(args: argparse.Namespace) -> int:
    from .tasks.codebook import PATH, write

    write()
    _log(f"codebook: wrote {PATH}")
    return 0


def cmd_site(args: argparse.Namespace) -> int:
    from .tasks.site import build_site

    made = build_site(Path(args.out), log=_log)
    _log(
        f"site: wrote {made['pages']} pages ({made['files']} files, {made['MB']} MB) to {args.out} "
        f"in {made['seconds']:.1f}s; open {Path(args.out) / 'index.html'}"
    )
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Myanmar junta surrenders after Operation 1027: build, validate, chart, reproduce.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="clean data/raw into data/processed (tables + datapackage.json)")
    b.add_argument("--raw", default=str(config.RAW_EVENTS), help="raw events CSV (default: %(default)s)")
    b.add_argument("--sources", default=None, help="sources CSV (default: sources.csv beside --raw)")
    b.add_argument("--out", default=str(config.PROCESSED), help="output folder (default: %(default)s)")
    b.add_argument(
        "--allow-rejects",
        action="store_true",
        help="build the good rows and write bad ones to rejects.csv instead of failing",
    )
    b.set_defaults(func=cmd_build)

    v = sub.add_parser("validate", help="check a raw CSV and list every problem (exit 1 on errors)")
    v.add_argument("path", help="raw events CSV, or raw claimed totals (recognised by its claim_id column)")
    v.add_argument("--sources", default=None, help="sources CSV (default: sources.csv beside PATH)")
    v.add_argument("--format", choices=["text", "json"], default="text")
    v.add_argument(
        "--all",
        action="store_true",
        help="one line per problem even for many (default: grouped by distinct value when there are more than 30)",
    )
    v.set_defaults(func=cmd_validate)

    f = sub.add_parser("figures", help="export every chart (SVG, PDF, PNG + alt text)")
    f.add_argument("--out", default=str(config.FIGURES), help="output folder (default: %(default)s)")
    f.add_argument("--format", default="svg,pdf,png", help="comma-separated formats (default: %(default)s)")
    f.add_argument("--events", default=None, help="a processed folder to draw from (default: data/processed)")
    f.set_defaults(func=cmd_figures)

    r = sub.add_parser("reproduce", help="build, then execute the notebooks and export the charts (what changed)")
    r.add_argument("--force", action="store_true", help="execute and export everything, changed or not")
    r.set_defaults(func=cmd_reproduce)

    e = sub.add_parser("export", help="processed events in ACLED or UCDP GED columns")
    e.add_argument("--format", choices=["acled", "ucdp"], required=True)
    e.add_argument("--out", required=True, help="output CSV")
    e.add_argument("--events", default=str(config.PROCESSED_EVENTS), help="processed events (default: %(default)s)")
    e.set_defaults(func=cmd_export)

    i = sub.add_parser("import-acled", help="an ACLED-format CSV into this project's raw schema")
    i.add_argument("path", help="ACLED CSV")
    i.add_argument("--out", required=True, help="raw-schema CSV to write")
    i.add_argument(
        "--against",
        default=str(config.PROCESSED_EVENTS),
        help="processed events to flag likely duplicates against (default: %(default)s)",
    )
    i.set_defaults(func=cmd_import_acled)
    c = sub.add_parser("codebook", help="regenerate docs/codebook.md from the schema and vocabularies")
    c.set_defaults(func=cmd_codebook)
    s = sub.add_parser("site", help="the notebooks, charts, claims and data as a static site (opens from disk)")
    s.add_argument("--out", default=str(config.SITE), help="output folder, replaced (default: %(default)s)")
    s.set_defaults(func=cmd_site)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run a command. Charts are drawn off screen: the command line chooses matplotlib's Agg backend (for its
    worker processes too), not the package, whose import leaves the user's backend alone."""
    os.environ["MPLBACKEND"] = "Agg"
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except AnalysisError as exc:
        _log(f"{args.command}: error: {exc}")
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
