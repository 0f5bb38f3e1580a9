"""Docs that users rely on: the codebook is current and the README example runs."""

import re
import subprocess
import sys

from analysis import config
from analysis.schema import PROCESSED_COLUMNS, RAW_COLUMNS
from analysis.tasks.codebook import render
from analysis.vocab import ACTORS, OUTCOMES, QUALIFIERS


def test_codebook_is_current_and_covers_every_column_and_category():
    text = (config.ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    assert text == render(), "docs/codebook.md is stale: run `python -m analysis codebook`"
    for name in set(RAW_COLUMNS) | set(PROCESSED_COLUMNS) | set(OUTCOMES) | set(ACTORS) | set(QUALIFIERS):
        assert f"`{name}`" in text, name


def test_readme_python_example_runs():
    readme = (config.ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    out = subprocess.run([sys.executable, "-c", block], capture_output=True, text=True, timeout=120, cwd="/")
    assert out.returncode == 0, out.stderr
    assert "Count(low=300, best=300, high=None, qualifier='more_than')" in out.stdout
    assert "state_region" in out.stdout and "people" in out.stdout


def test_readme_names_the_two_commands_and_ci_runs_the_test_one():
    readme = (config.ROOT / "README.md").read_text(encoding="utf-8")
    assert "make test" in readme and "make report" in readme
    assert "make test" in (config.ROOT / ".ci" / "run").read_text()


def test_every_cli_subcommand_has_help():
    for sub in ("", "build", "validate", "figures", "reproduce", "export", "import-acled", "codebook", "site"):
        args = [sys.executable, "-m", "analysis", *([sub] if sub else []), "--help"]
        out = subprocess.run(args, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "usage:" in out.stdout, sub


def test_the_readme_states_what_the_rows_give():
    """The README's headline figures are the ones the helpers compute from the committed data."""
    from analysis import load_events, report

    t = report.totals(load_events())
    readme = (config.ROOT / "README.md").read_text(encoding="utf-8")
    assert f"itemize **{t['itemized']}**" in readme and f"the other **{t['not_itemized']}**" in readme
