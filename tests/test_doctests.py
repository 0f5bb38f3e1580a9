"""The docstring examples of the counting and report modules run and show what they say."""

import doctest
import importlib

import pytest

MODULES = [
    "analysis.measure.itemized",
    "analysis.measure.series",
    "analysis.measure.tally",
    "analysis.report",
    "analysis.report.claims",
    "analysis.report.sensitivity",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_hold(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"{name} has no example"
    assert result.failed == 0, f"{name}: {result.failed} example(s) failed"
