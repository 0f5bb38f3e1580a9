"""Parsers for cells as people type them: counts, dates, places (no pandas frames in, one value at a time)."""
