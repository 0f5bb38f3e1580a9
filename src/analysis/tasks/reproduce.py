"""``make report``: build, then execute the notebooks and export the charts side by side, skipping what has not changed.

Each output records a digest of everything it is made from (the processed data, the package's code and
data, the lock file, and for a notebook its own cells). When the digest is unchanged the output would be
the same bytes, so it is not made again; ``--force`` makes everything. Notebooks and the chart export are
independent of each other, so each notebook and each chart is one job in a pool with one worker per
core, notebooks first (they take longest): the work is spread over both cores of the reference machine
instead of running notebooks in one process beside the export in another.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .. import config
from ..errors import AnalysisError

#: What executing the notebooks needs beyond the package's own dependencies: the ``notebooks`` extra.
NOTEBOOK_MODULES = ("nbformat", "nbclient", "ipykernel")

DIGESTS = config.ROOT / "reports" / "digests.json"


def _files() -> list[Path]:
    """What every output depends on: processed data, the package (code and data), the exact environment."""
    # The site (tasks/site) is made from the outputs, never an input of them: editing it re-executes nothing.
    site = config.PACKAGE_DIR / "tasks" / "site"
    package = [
        p
        for p in config.PACKAGE_DIR.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and site not in p.parents
    ]
    return sorted([*config.PROCESSED.glob("*"), *package, config.ROOT / "requirements.lock"])


def digest(extra: bytes = b"") -> str:
    """A SHA-256 over the inputs' paths and bytes (and ``extra``)."""
    h = hashlib.sha256(extra)
    for path in _files():
        h.update(str(path.relative_to(config.ROOT)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def require_notebooks_extra() -> None:
    """An error naming the extra to install when the modules that execute notebooks are missing (a plain
    ``pip install``): ``reproduce`` says so before it builds anything."""
    missing = []
    for name in NOTEBOOK_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            missing.append(name)
    if missing:
        raise AnalysisError(
            f"reproduce executes the notebooks and needs {', '.join(missing)}: install the 'notebooks' extra "
            "(pip install 'myanmar-surrenders[notebooks]'), or run `make report`, which installs everything"
        )


def notebook_digest(path: Path, base: str) -> str:
    """The inputs' digest plus the notebook's own cells (its outputs are what it makes, not what it reads)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    cells = json.dumps([[c.cell_type, c.source] for c in nb.cells]).encode()
    return hashlib.sha256(base.encode() + cells).hexdigest()


def _load() -> dict[str, str]:
    return json.loads(DIGESTS.read_text()) if DIGESTS.is_file() else {}


def _run_notebook(path: Path) -> Path:
    from .notebooks import execute, write

    write(execute(path), path)
    return path


def reproduce(force: bool = False, log: Callable[[str], None] = print) -> dict[str, float]:
    """Build, then execute the notebooks whose inputs changed while exporting the charts if theirs did."""
    from ..charts.export import export_jobs, export_one
    from ..pipeline.load import load_tables
    from .build import build
    from .notebooks import ensure_kernel, notebook_paths

    require_notebooks_extra()
    timings = {}
    t0 = time.perf_counter()
    build(log=log)
    timings["build"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    base, seen = digest(), _load()
    stale = [p for p in notebook_paths() if force or seen.get(p.name) != notebook_digest(p, base)]
    export = force or seen.get("figures") != base or not any(config.FIGURES.glob("*.png"))
    log(f"reproduce: {len(stale)} notebook(s) to execute, charts {'to export' if export else 'unchanged'}")
    jobs = export_jobs(load_tables(config.PROCESSED), config.FIGURES, log=log) if export else []
    if stale:
        ensure_kernel()  # once, here: workers registering it at the same time could race
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        runs = [(f"notebooks: executed {p.name}", pool.submit(_run_notebook, p)) for p in stale]
        runs += [(f"figures: {job[0]}{job[2]}", pool.submit(export_one, job)) for job in jobs]
        for message, run in runs:
            run.result()
            log(message)
    seen = {p.name: notebook_digest(p, base) for p in notebook_paths()} | {"figures": base}
    DIGESTS.write_text(json.dumps(seen, indent=1, sort_keys=True) + "\n")
    timings["notebooks and charts"] = time.perf_counter() - t0
    return timings
