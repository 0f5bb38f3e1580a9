"""Every notebook runs top to bottom in a fresh kernel and reproduces its committed outputs."""

import json

import nbformat
import pytest

from analysis.tasks.notebooks import NOTEBOOK_METADATA, execute, notebook_paths, text_outputs

PATHS = notebook_paths()


def test_the_notebooks_are_there():
    names = [p.name for p in PATHS]
    assert names == [
        "01_data_overview.ipynb",
        "02_reproduce_report_figures.ipynb",
        "03_surrender_trends.ipynb",
        "04_surrenders_since_1027.ipynb",
        "05_record_to_2025.ipynb",
    ]


@pytest.mark.notebooks
@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_clean_rerun_reproduces_committed_outputs(path):
    committed = nbformat.read(path, as_version=4)
    fresh = execute(path)
    errors = [o for c in fresh.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, f"{path.name}: {errors[0].ename}: {errors[0].evalue}"
    assert text_outputs(fresh) == text_outputs(committed), f"{path.name} is stale; run `make report`"
    # the committed file is exactly what a clean run writes: no churn in diffs
    assert nbformat.writes(fresh) + "\n" == path.read_text(encoding="utf-8"), (
        f"{path.name} bytes differ from a clean run"
    )


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_committed_notebooks_have_outputs_and_no_churn(path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["metadata"] == NOTEBOOK_METADATA
    code = [c for c in raw["cells"] if c["cell_type"] == "code"]
    assert [c["execution_count"] for c in code] == list(range(1, len(code) + 1))
    assert all(c["outputs"] for c in code[1:]), "every code cell after the set-up shows something"
    assert not any("execution" in c["metadata"] for c in raw["cells"])
    images = sum("image/png" in o.get("data", {}) for c in code for o in c["outputs"])
    assert images >= 1
    first = raw["cells"][0]
    assert first["cell_type"] == "markdown" and "**Reads:**" in "".join(first["source"])


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebooks_hard_code_no_reported_figure(path):
    """Numbers come from the data: code cells never type the headline figures."""
    nb = nbformat.read(path, as_version=4)
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    for figure in ("447", "426", "300", "127"):
        assert figure not in code, f"{path.name} types {figure} into code"


def _named_numbers(path) -> set[str]:
    """Numbers prose may name because the data names them: the notebook's own number, the operations' numbers
    ('Operation 1027'), and the days and years of the operations' starts and of the reports' publication dates."""
    import re

    import pandas as pd

    from analysis import config
    from analysis.reference.tables import load_operations

    operations = load_operations()
    sources = pd.read_csv(config.RAW_SOURCES, dtype=str, keep_default_na=False)
    days = [pd.Timestamp(d) for d in [*operations["start"], *sources["published"], *sources["published_latest"]] if d]
    names = {n for op in operations["operation"] for n in re.findall(r"\d+", op)}
    return names | {path.name[:2]} | {str(d.day) for d in days} | {str(d.year) for d in days}


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_prose_types_no_figure(path):
    """Figures in prose are computed in code cells (Markdown output), never typed into markdown cells: the only
    numbers prose may hold are those the data itself names (an operation, a date it gives, the notebook's number)."""
    import re

    nb = nbformat.read(path, as_version=4)
    prose = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    numbers = [n.strip(".,") for n in re.findall(r"\d[\d,.]*", prose)]
    named = _named_numbers(path) | {p.name[:2] for p in PATHS}  # notebooks cite each other by number
    typed = [n for n in numbers if n not in named]
    assert not typed, f"{path.name} types figures into its prose: {typed}"


def test_executing_prints_no_kernel_warning_and_still_fails_on_a_cell_error(tmp_path, capfd):
    """Users of make report see no ipykernel transport warning; a failing cell still stops the run."""
    from nbclient.exceptions import CellExecutionError

    path = tmp_path / "tiny.ipynb"
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    nbformat.write(nb, str(path))
    done = execute(path)
    assert done.cells[0].outputs[0]["data"]["text/plain"] == "2"
    assert "WARNING" not in capfd.readouterr().err
    nb.cells.append(nbformat.v4.new_code_cell("raise ValueError('a bad cell')"))
    nbformat.write(nb, str(path))
    with pytest.raises(CellExecutionError, match="a bad cell"):
        execute(path)
