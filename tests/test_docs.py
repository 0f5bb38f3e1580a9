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
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(blocks) >= 2  # the helpers, then the charts given their tables
    code = "\n".join(blocks) + "\nprint(chart)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd="/")
    assert out.returncode == 0, out.stderr
    assert "Count(low=300, best=300, high=None, qualifier='more_than')" in out.stdout
    assert "state_region" in out.stdout and "people" in out.stdout
    assert "Chart 'cumulative_surrenders'" in out.stdout


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


def test_every_counting_rule_the_charts_use_is_in_the_codebook_with_its_own_description():
    """Each rule a chart module imports, and every named rule of measure.rules, has its own line in the codebook."""
    import ast

    from analysis.measure import rules

    codebook = (config.ROOT / "docs" / "codebook.md").read_text(encoding="utf-8")
    named = {k: v for k, v in vars(rules).items() if isinstance(v, rules.Rule)}
    used = set()
    for path in (config.PACKAGE_DIR / "charts").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("measure.rules"):
                used |= {a.name for a in node.names if a.name.endswith("_RULE")}
    assert used and used <= set(named), used - set(named)
    for name, rule in named.items():
        assert f"- **{rule.name}**: {rule.description}" in codebook, f"{name} ({rule.name}) is not in the codebook"
    descriptions = [r.description for r in named.values()]
    assert len(set(descriptions)) == len(descriptions), "two rules share a description"
