"""The lock file, pyproject.toml and environment.yml must not drift apart."""

import re
import tomllib

from packaging.requirements import Requirement
from packaging.version import Version

from analysis import config


def _lock() -> dict[str, str]:
    pins = {}
    for line in (config.ROOT / "requirements.lock").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def _pyproject() -> list[Requirement]:
    data = tomllib.loads((config.ROOT / "pyproject.toml").read_text())
    reqs = [Requirement(r) for r in data["project"]["dependencies"]]
    for extra in data["project"]["optional-dependencies"].values():
        reqs += [Requirement(r) for r in extra]
    return reqs


def _environment() -> dict[str, str]:
    pins = {}
    for line in (config.ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"^\s+- ([A-Za-z0-9_.-]+)=([0-9][^\s]*)$", line)
        if m and m.group(1) != "python":
            pins[m.group(1).lower()] = m.group(2)
    return pins


def test_every_pyproject_dependency_is_locked_within_its_range():
    lock = _lock()
    for req in _pyproject():
        name = req.name.lower()
        assert name in lock, f"{name} is in pyproject.toml but not in requirements.lock"
        assert req.specifier.contains(Version(lock[name])), f"{name}=={lock[name]} is outside {req.specifier}"


def test_environment_yml_lists_the_same_packages_at_the_locked_versions():
    lock = _lock()
    env = _environment()
    declared = {r.name.lower() for r in _pyproject()}
    assert declared <= set(env), f"missing from environment.yml: {sorted(declared - set(env))}"
    for name, version in env.items():
        assert lock.get(name) == version, f"environment.yml pins {name}={version}, lock has {lock.get(name)}"


def test_lock_pins_exact_versions_only():
    for line in (config.ROOT / "requirements.lock").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[0-9A-Za-z.+!-]+", line.strip()), line
