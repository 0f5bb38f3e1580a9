"""Counting: named rules, de-duplicated tallies, honest time series."""
