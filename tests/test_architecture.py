"""The folder tree is the architecture: imports only point from a later stage of the flow to an earlier one.

The stages and the rule are in docs/architecture.md. This test reads every
module's imports (also those inside functions) and fails on any that points
against the flow, so the diagram cannot silently stop being true.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from analysis import config

PACKAGE = config.PACKAGE_DIR

#: Rank of each part of the package: a module may import its own stage, the shared leaves, and earlier stages.
STAGES: dict[str, int] = {
    # shared leaves: importable from anywhere, import only each other
    "config": 0,
    "errors": 0,
    "vocab": 0,
    "schema": 0,
    "reference": 1,
    "parse": 2,
    "pipeline": 3,
    "measure": 4,
    "report": 5,
    "charts": 6,
    "interop": 6,
    "tasks": 7,
    "cli": 8,
    "__main__": 9,
    "__init__": 9,  # the package's front door re-exports from every stage
}
LEAVES = {"config", "errors", "vocab", "schema"}
#: Stages of equal rank that must not import each other.
SIBLINGS = {("charts", "interop"), ("interop", "charts")}


def _stage(module: str) -> str:
    """'analysis.pipeline.clean' -> 'pipeline'; 'analysis' -> '__init__'."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__" and len(parts) > 1 and parts[-2] != "analysis":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path, source: str | None = None) -> list[tuple[int, str]]:
    """(line, absolute module) of every import of the package in a file, relative ones resolved."""
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    here = _module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "analysis"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
                if not node.module:  # `from .. import report`: each name is a module or a name in base
                    found += [(node.lineno, f"{target}.{a.name}") for a in node.names]
                    continue
            else:
                target = node.module or ""
            if target.split(".")[0] == "analysis":
                found.append((node.lineno, target))
    return found


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_part_of_the_package_has_a_stage():
    stages = {_stage(_module_name(p)) for p in _modules()}
    assert stages <= set(STAGES), f"modules outside the known stages: {sorted(stages - set(STAGES))}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_only_to_earlier_stages(path):
    own = _stage(_module_name(path))
    bad = []
    for line, target in _imports(path):
        other = _stage(target)
        if other not in STAGES:  # `from .. import config` resolves to analysis.config: a stage name
            continue
        if own in LEAVES and other not in LEAVES:
            bad.append(f"line {line}: shared leaf {own!r} imports {target}")
        elif STAGES[other] > STAGES[own] or (own, other) in SIBLINGS:
            bad.append(f"line {line}: {own!r} (stage {STAGES[own]}) imports {target} (stage {STAGES[other]})")
    assert not bad, f"{path.relative_to(PACKAGE)} imports against the flow:\n  " + "\n  ".join(bad)


def test_the_checker_resolves_relative_imports_and_sees_a_backward_one():
    """The rule is not vacuous: a parser that imported the counting stage would be caught."""
    probe = PACKAGE / "parse" / "probe.py"  # not written: only its name is used to resolve the import
    targets = [t for _, t in _imports(probe, "def f():\n    from ..measure.tally import tally\n")]
    assert targets == ["analysis.measure.tally"]
    assert STAGES[_stage(targets[0])] > STAGES[_stage(_module_name(probe))]
    assert [t for _, t in _imports(probe, "from .. import config\n")] == ["analysis.config"]


def test_no_module_is_too_long():
    """About 300 lines at most (docs/architecture.md names any exception and why)."""
    long = {str(p.relative_to(PACKAGE)): n for p in _modules() if (n := len(p.read_text().splitlines())) > 320}
    assert not long, f"modules over ~300 lines: {long}"


def test_no_function_is_too_long():
    """About 60 lines at most per function."""
    long = {}
    allowed = {"pipeline/read.py:read_raw_csv"}  # docs/architecture.md: being split with the ACLED reader (#12)
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = node.end_lineno - node.lineno + 1
                if n > 70 and f"{path.relative_to(PACKAGE)}:{node.name}" not in allowed:
                    long[f"{path.relative_to(PACKAGE)}:{node.name}"] = n
    assert not long, f"functions over ~60 lines: {long}"
