"""Benchmark the helpers at the scale of a full conflict-event dataset (make bench).

Generates synthetic raw CSVs of 10,000, 100,000 and 1,000,000 rows from the real
phrasings, place variants and date forms, then measures per size: reading the
file with pandas alone (the floor), the build's cleaning, ``tally`` and the time
series, and peak memory. Prints a table and writes benchmarks/results.md.

Usage: python benchmarks/bench.py [--sizes 10000,100000,1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.measure.rules import REPORT_RULE
from analysis.measure.series import cumulative, daily
from analysis.measure.tally import tally
from analysis.pipeline.clean import clean_file, clean_frame
from analysis.pipeline.read import load_sources, read_raw_csv
from analysis.schema import RAW_COLUMNS

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"

COUNTS = ["127", "at least 15", "over 300", "Around 30", "nearly 40", "seven", "Six", "several dozen", "",
          "၃၈", "An estimated 43", "close to 100", "18 or 23", "41", "22", "More than 400", "five"]  # fmt: skip
DATES = [("on Monday", "", ""), ("this week", "", ""), ("November 12", "", ""), ("since October 27", "", ""),
         ("on Wednesday night", "", ""), ("On October 30", "", ""), ("", "2023-11-13", "2023-11-14"),
         ("during the battle", "2023-11-13", ""), ("", "2023-11-01", "2023-11-17")]  # fmt: skip
PLACES = [("northern Shan State", "Laukkaing"), ("Shan State (North)", "Laukkai"), ("Kayah", "Maese"),
          ("Karenni", "Mese"), ("Kayah", "Loikaw"), ("Chin", "Falam"), ("Rakhine", "Pauktaw"),
          ("Rakhine State", "Kyauktaw"), ("Mon", "Kyaikmayaw"), ("Mon State", "Kyaikmaraw"),
          ("Sagaing Region", "Kawlin"), ("Sagaing Region", "Kalaw"), ("Magwe Region", "Gangaw"),
          ("Magway", ""), ("Bago Region", "Shwegyin"), ("northern Shan State", "Kunlong")]  # fmt: skip
OUTCOMES = ["surrendered"] * 6 + ["fled", "fled_across_border", "detained", "killed", "positions_abandoned"]
ACTORS = ["junta_army"] * 5 + ["police", "militia", "junta_personnel", "relatives", "civilians"]
GROUPS = ["TNLA", "MNDAA", "AA", "KNDF", "Resistance (unspecified)", "", "Karenni resistance", "NUG; PDF"]
EVIDENCE = ["junta troops surrendered to the resistance", "soldiers fled across the border on Thursday",
            "police at the station surrendered with their weapons", "bases were abandoned amid attacks"]  # fmt: skip


def generate(n: int, path: Path, seed: int = 1027) -> None:
    """A realistic synthetic raw CSV of ``n`` rows (plus sources.csv beside it)."""
    rng = np.random.default_rng(seed)
    pick = lambda pool: np.array(pool, dtype=object)[rng.integers(0, len(pool), n)]  # noqa: E731
    frame = pd.DataFrame({c: np.full(n, "", dtype=object) for c in RAW_COLUMNS})
    frame["event_id"] = [f"SYN-{i:07d}" for i in range(n)]
    frame["source_id"] = pick([f"synthetic-{k}" for k in range(5)])
    frame["outcome"] = pick(OUTCOMES)
    frame["actor"] = pick(ACTORS)
    frame["count_text"] = pick(COUNTS)
    frame["count_unit"] = np.where(frame["outcome"] == "positions_abandoned", "positions", "people")
    d = rng.integers(0, len(DATES), n)
    for j, col in enumerate(("date_text", "date_start", "date_end")):
        frame[col] = np.array([x[j] for x in DATES], dtype=object)[d]
    p = rng.integers(0, len(PLACES), n)
    frame["state_region"] = np.array([x[0] for x in PLACES], dtype=object)[p]
    frame["township"] = np.array([x[1] for x in PLACES], dtype=object)[p]
    frame["counterpart"] = pick(GROUPS)
    frame["claimed_by"] = pick(GROUPS)
    frame["evidence"] = pick(EVIDENCE)
    frame["note"] = pick(["", "synthetic row for the benchmark", "dated from other reporting"])
    # every 100th row is an aggregate ("at least 447") with the next three rows as its components
    agg = np.arange(0, n - 3, 100)
    frame.loc[agg, ["count_text", "outcome", "actor"]] = ["at least 447", "surrendered", "junta_personnel"]
    for k in (1, 2, 3):
        frame.loc[agg + k, "part_of"] = frame.loc[agg, "event_id"].to_numpy()
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, lineterminator="\n")
    sources = pd.DataFrame({"source_id": [f"synthetic-{k}" for k in range(5)], "outlet": "Synthetic",
                            "headline": "", "url": "", "published": "2023-11-17", "published_latest": "2023-11-18",
                            "date_certainty": "", "file": "", "role": "report", "note": ""})  # fmt: skip
    sources.to_csv(path.with_name("sources.csv"), index=False, lineterminator="\n")


def _time(fn, repeat: int) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


_PEAK = """
import sys
import pandas as pd
from analysis.pipeline.clean import clean_file, clean_frame
from analysis.pipeline.read import load_sources
from analysis.pipeline.read import read_raw_csv
def status_kb(key):
    with open('/proc/self/status') as f:
        return next(int(l.split()[1]) for l in f if l.startswith(key))
before = status_kb('VmRSS')
if sys.argv[2] == "read":
    pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
else:
    clean_file(sys.argv[1])
# VmHWM is this process image's own high-water mark (ru_maxrss would carry the parent's over exec)
print((status_kb('VmHWM') - before) * 1024)
"""


def _peak(path: Path, what: str = "clean") -> int:
    """Peak resident memory a step adds, measured in a fresh process (Arrow's memory included)."""
    out = subprocess.run([sys.executable, "-c", _PEAK, str(path), what], capture_output=True, text=True, check=True)
    return int(out.stdout.strip())


def measure(n: int, repeat: int) -> dict:
    path = DATA / f"raw_{n}" / "events.csv"
    if not path.is_file():
        generate(n, path)
    read_s, frame = _time(lambda: pd.read_csv(path, dtype=str, keep_default_na=False), repeat)
    raw_bytes = int(frame.memory_usage(deep=True).sum())
    del frame
    arrow_s, _ = _time(lambda: pd.read_csv(path, dtype=str, keep_default_na=False, engine="pyarrow"), repeat)
    clean_s, result = _time(lambda: clean_file(path), repeat)
    raw_read_s, raw = _time(lambda: read_raw_csv(path), repeat)
    sources = load_sources(path.with_name("sources.csv"))
    clean_only_s, _ = _time(lambda: clean_frame(raw, sources), repeat)
    assert len(result.events) + result.rejected_rows == n, "rows lost"
    events = result.events
    rule = REPORT_RULE.but(window=(None, None))
    tally_s, _ = _time(lambda: tally(events, rule, by="state_region"), repeat)
    daily_s, _ = _time(lambda: daily(events, rule, by="state_region"), repeat)
    cumulative_s, _ = _time(lambda: cumulative(events, rule), repeat)
    peak = _peak(path)
    return {
        "rows": n,
        "read_s": read_s,
        "arrow_read_s": arrow_s,
        "read_peak_mb": _peak(path, "read") / 2**20,
        "build_clean_s": clean_s,
        "raw_read_s": raw_read_s,
        "clean_only_s": clean_only_s,
        "tally_s": tally_s,
        "daily_s": daily_s,
        "cumulative_s": cumulative_s,
        "raw_frame_mb": raw_bytes / 2**20,
        "peak_mb": peak / 2**20,
        "rejected": result.rejected_rows,
    }


def report(rows: list[dict]) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"pandas {pd.__version__}, {platform.system()} {platform.release()}.",
        "Synthetic raw files from `benchmarks/bench.py` (real phrasings, place variants, date forms; "
        "1% aggregates with three components each). Times are the best of the repeats. The floor is "
        "`pd.read_csv(path, dtype=str, keep_default_na=False)` with pandas' default engine; the build reads "
        "with pandas' Arrow engine (shown beside it) and then tidies white space (`build's read`); "
        "`build's cleaning` is `clean_frame` alone (parsing, validation, canonical places); `build total` is "
        "`clean_file`, read and cleaning together. Peak memory is the "
        "resident memory the cleaning adds in a fresh process (Arrow buffers included); the raw frame is "
        "`pd.read_csv(...).memory_usage(deep=True)`.",
        "",
        "| rows | read (floor) s | read, Arrow engine s | build's read s | build's cleaning s | cleaning / floor | "
        "build total s | total / floor | tally s | daily series s | cumulative band s | raw frame MB | "
        "read peak MB | build peak MB | build peak / raw |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['rows']:,} | {r['read_s']:.2f} | {r['arrow_read_s']:.2f} | {r['raw_read_s']:.2f} | "
            f"{r['clean_only_s']:.2f} | {r['clean_only_s'] / r['read_s']:.2f}x | {r['build_clean_s']:.2f} | "
            f"{r['build_clean_s'] / r['read_s']:.2f}x | "
            f"{r['tally_s']:.3f} | {r['daily_s']:.3f} | {r['cumulative_s']:.3f} | {r['raw_frame_mb']:.0f} | "
            f"{r['read_peak_mb']:.0f} | {r['peak_mb']:.0f} | "
            f"{r['peak_mb'] / r['raw_frame_mb']:.2f}x |"
        )
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        growth = (b["build_clean_s"] / a["build_clean_s"]) / (b["rows"] / a["rows"]) * 10
        lines += ["", f"Growth from {a['rows']:,} to {b['rows']:,} rows: {growth:.1f}x the time for 10x the rows."]
    big = rows[-1]
    checks = [
        ("cleaning <= 1.5x the read", big["clean_only_s"] / big["read_s"] <= 1.5),
        ("total <= 2.5x the floor", big["build_clean_s"] / big["read_s"] <= 2.5),
        ("tally < 1 s", big["tally_s"] < 1),
        ("daily series < 1 s", big["daily_s"] < 1),
        ("cumulative band < 1 s", big["cumulative_s"] < 1),
        ("peak memory < 4x the raw frame", big["peak_mb"] / big["raw_frame_mb"] < 4),
    ]
    if len(rows) >= 2:
        checks.append(("10x rows <= 12x time", growth <= 12))
    lines += ["", f"Targets at {big['rows']:,} rows:", ""]
    lines += [f"- {'met' if ok else 'NOT met'}: {name}" for name, ok in checks]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        print(f"bench: {n:,} rows ...", flush=True)
        rows.append(measure(n, args.repeat))
    text = report(rows)
    print(text)
    (HERE / "results.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
