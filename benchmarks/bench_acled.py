"""Benchmark ``import-acled`` beside pandas reading the same file (part of make bench; issue #23).

The input is the real ACLED export in ../shared/real-data/acled (2,878 Myanmar events) repeated to
100,000 and 1,000,000 rows, written to a temporary folder and deleted afterwards (ACLED's rows never go
into the repository). Each copy of a row gets its own id (``-c<copy>`` appended). Every row is Myanmar,
so the close reading of notes runs on about one row in ten (308 of
the 2,878): the worst case for the importer, where a file of many countries sifts most rows away unread.

Both sides run as fresh processes, timed whole (start-up and imports included), with their peak
resident memory: ``python -c "import pandas; pandas.read_csv(FILE)"`` and
``python -m analysis import-acled FILE --out DIR/events.csv --against ''``.

Writes (or replaces) the "import-acled" section of benchmarks/results.md.

Usage: python benchmarks/bench_acled.py [--sizes 100000,1000000] [--repeat 3]  (1,000,000 rows run once)
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = HERE.parent.parent / "shared" / "real-data" / "acled" / "myanmar_2025-01-23_to_2025-03-31.csv"
PY = sys.executable
SECTION = "## import-acled beside pandas reading the same file"


def generate(n: int, path: Path) -> Path:
    """The real export's rows repeated to ``n`` rows, each copy with its own ids."""
    with REAL.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = list(reader)
    at = header.index("event_id_cnty")
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        for i in range(n):
            row = rows[i % len(rows)]
            copy = i // len(rows)
            writer.writerow(row if copy == 0 else [*row[:at], f"{row[at]}-c{copy}", *row[at + 1 :]])
    return path


def _measure(cmd: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak resident MB, stderr) of a command run in a fresh process."""
    wrapper = (
        "import resource, subprocess, sys, time; t = time.perf_counter(); "
        f"r = subprocess.run({cmd!r}, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
        "print(json.dumps([time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, r.stderr]))"
    )
    out = subprocess.run([PY, "-c", "import json; " + wrapper], check=True, capture_output=True, text=True).stdout
    wall, peak, err = json.loads(out)
    return wall, peak, err


def bench(n: int, repeat: int) -> dict:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        path = generate(n, tmp / f"acled_{n}.csv")
        reads, imports, read_peaks, import_peaks = [], [], [], []
        for _ in range(repeat):
            wall, peak, _ = _measure([PY, "-c", f"import pandas; pandas.read_csv({str(path)!r})"])
            reads.append(wall)
            read_peaks.append(peak)
            cmd = [PY, "-m", "analysis", "import-acled", str(path), "--out", str(tmp / "out" / "events.csv")]
            wall, peak, log = _measure([*cmd, "--against", ""])
            imports.append(wall)
            import_peaks.append(peak)
        size = path.stat().st_size / 2**20
    kept = next(
        (line.split("kept ", 1)[1].split(" of")[0] for line in log.splitlines() if "import-acled: kept " in line), "?"
    )
    read, imp = statistics.median(reads), statistics.median(imports)
    return {
        "rows": n,
        "mb": size,
        "read_s": read,
        "import_s": imp,
        "ratio": imp / read,
        "read_peak": max(read_peaks),
        "import_peak": max(import_peaks),
        "peak_ratio": max(import_peaks) / max(read_peaks),
        "kept": kept,
        "repeat": repeat,
        "progress": [line for line in log.splitlines() if "import-acled: read " in line][-1:],
        "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


def _verdict(results: list[dict]) -> str:
    big = max(results, key=lambda r: r["rows"])
    time_ok, memory_ok = big["ratio"] <= 2, big["peak_ratio"] <= 2.5
    return (
        f"Targets of issue #23 at {big['rows']:,} rows: the import within 2x pandas' time "
        f"({'met' if time_ok else 'not met'}: {big['ratio']:.2f}x) and 2.5x its peak memory "
        f"({'met' if memory_ok else 'not met'}: {big['peak_ratio']:.2f}x). Load average while measuring: "
        f"{big.get('load', '?')} on {os.cpu_count()} cores."
    )


def section(results: list[dict]) -> str:
    rows = "\n".join(
        f"| {r['rows']:,} | {r['mb']:.0f} | {r['repeat']} | {r['read_s']:.1f} | {r['import_s']:.1f} | "
        f"{r['ratio']:.2f}x | {r['read_peak']:.0f} | {r['import_peak']:.0f} | {r['peak_ratio']:.2f}x | {r['kept']} |"
        for r in results
    )
    return f"""{SECTION}

The input is the real ACLED export of ../shared/real-data/acled (2,878 Myanmar events, 23 Jan - 31 Mar
2025) repeated to the size shown, each copy with its own ids, in a temporary folder deleted afterwards.
Every row is Myanmar, so about one row in ten has a word the rule reads and is read closely: the worst
case for the importer. Both sides are fresh processes timed whole (start-up included): pandas is
`pandas.read_csv(FILE)`; the import is `python -m analysis import-acled FILE --out DIR/events.csv
--against ''` (read in 16 MB blocks, sifted with vectorised tests, notes read closely, the rows and the
left-out file written). Times are medians of the runs shown, wall clock, in seconds; peaks are resident
MB; other helpers' processes were running on the 2 shared cores.

| rows | file MB | runs | pandas s | import s | import / pandas | pandas peak MB | import peak MB | peak ratio | kept |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
{rows}

{_verdict(results)}

Where the import's time goes: reading and sifting are vectorised (pyarrow), but the notes of the rows
that pass the sift (one in ten here) are read sentence by sentence in Python, about 0.2 ms each on this
machine; that close reading is most of the time at these sizes. Memory follows the 16 MB block and the rows
kept, not the file.
"""


def write(results: list[dict], path: Path = HERE / "results.md") -> str:
    text = path.read_text(encoding="utf-8") if path.is_file() else "# Benchmark results\n"
    head = text.split(SECTION)[0].rstrip() + "\n\n"
    tail = text.split(SECTION)[1] if SECTION in text else ""
    rest = tail[tail.find("\n## ") + 1 :] if "\n## " in tail else ""
    out = head + section(results) + ("\n" + rest if rest else "")
    path.write_text(out, encoding="utf-8")
    return out


def main(sizes: list[int] | None = None, repeat: int = 3) -> list[dict]:
    if not REAL.is_file():
        print(f"bench_acled: {REAL} is not beside the project: skipped", file=sys.stderr)
        return []
    results = []
    for n in sizes or [100_000, 1_000_000]:
        results.append(bench(n, repeat if n < 1_000_000 else 1))
        print(json.dumps(results[-1]), flush=True)
    write(results)
    (HERE / "data").mkdir(exist_ok=True)
    (HERE / "data" / "acled.json").write_text(json.dumps(results))
    return results


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100000,1000000")
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    main([int(s) for s in args.sizes.split(",")], args.repeat)
