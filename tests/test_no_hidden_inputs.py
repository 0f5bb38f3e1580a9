"""Importing the package changes nothing in the user's session, and the charts read nothing but their arguments."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import config

CHARTS = config.PACKAGE_DIR / "charts"

#: Calls that read a file, a folder or the environment: none may appear in a chart module.
READS = {
    "open",
    "read_csv",
    "read_file",
    "read_text",
    "read_bytes",
    "read_table",
    "read_json",
    "read_parquet",
    "read_excel",
    "read_fwf",
    "getenv",
    "glob",
    "rglob",
    "iterdir",
    "listdir",
    "scandir",
    "is_file",
    "exists",
}


def _reads(path) -> list[str]:
    """Every disk or environment read in a module: calls named in READS or ``load_*``, ``os.environ``, imports of
    loaders and of ``config`` paths, and ``matplotlib.use``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name in READS or name.startswith("load_"):
                found.append(f"{where} calls {name}()")
            if name == "use" and isinstance(f, ast.Attribute) and ast.unparse(f.value) in ("matplotlib", "mpl"):
                found.append(f"{where} calls matplotlib.use()")
        elif isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"):
            found.append(f"{where} reads os.{node.attr}")
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name.startswith("load_") or alias.name in ("environ", "getenv"):
                    found.append(f"{where} imports {alias.name}")
                if (node.module or "").endswith("config") and isinstance(getattr(config, alias.name, None), Path):
                    found.append(f"{where} imports the path config.{alias.name}")
    return found


def test_no_chart_module_reads_a_file_or_the_environment():
    modules = sorted(CHARTS.glob("*.py"))
    assert len(modules) >= 10
    found = [line for path in modules for line in _reads(path)]
    assert found == [], "charts take their tables as arguments:\n" + "\n".join(found)


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """The scan above can fail: each kind of hidden input is caught in a module written to have it."""
    module = tmp_path / "bad.py"
    module.write_text(
        "import os\nimport matplotlib\nfrom ..pipeline.load import load_claims\n"
        "def chart(events):\n"
        "    folder = os.environ.get('ANALYSIS_PROCESSED')\n"
        "    matplotlib.use('Agg')\n"
        "    return pd.read_csv(folder), gazetteer.load_townships(), open('x'), Path('y').read_text()\n",
        encoding="utf-8",
    )
    found = " ".join(_reads(module))
    for what in ("os.environ", "matplotlib.use", "imports load_claims", "read_csv", "load_townships", "open()"):
        assert what in found, what
    assert "read_text" in found


def _backend_after_import(prelude: str) -> str:
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    code = prelude + "import analysis, analysis.charts\nanalysis.charts.set_theme()\nprint(matplotlib.get_backend())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_importing_the_package_keeps_the_users_backend():
    assert _backend_after_import("import matplotlib\nmatplotlib.use('svg')\n") == "svg"
    assert _backend_after_import("import matplotlib\nmatplotlib.use('pdf')\n") == "pdf"


def test_in_a_jupyter_kernel_the_backend_stays_inline(monkeypatch):
    """As in a user's notebook: a fresh kernel (inline plots), then ``import analysis.charts; set_theme()``."""
    import nbformat
    from nbclient import NotebookClient

    from analysis.tasks.notebooks import KERNEL_ARGUMENTS, ensure_kernel

    monkeypatch.delenv("MPLBACKEND", raising=False)  # the kernel's own default, as users get it
    cells = [
        "import matplotlib\nbefore = matplotlib.get_backend()",
        "from analysis.charts import set_theme\nimport analysis.charts\nset_theme()\n"
        "import matplotlib.pyplot as plt\nprint(before, '->', matplotlib.get_backend())",
    ]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    NotebookClient(nb, timeout=120, kernel_name=ensure_kernel(), extra_arguments=KERNEL_ARGUMENTS).execute()
    printed = nb.cells[1].outputs[0]["text"].strip()
    before, after = printed.split(" -> ")
    assert "inline" in before, printed
    assert after == before, f"importing analysis.charts changed the notebook's backend: {printed}"


@pytest.mark.parametrize("module", ["analysis", "analysis.charts", "analysis.report", "analysis.pipeline.load"])
def test_importing_a_module_sets_no_environment_variable(module):
    code = f"import os\nold = set(os.environ.items())\nimport {module}\nprint(sorted(set(os.environ.items()) ^ old))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
