"""The package's one documented error type.

Every helper that rejects its input raises :class:`AnalysisError` (or a subclass),
never a bare ``ValueError`` or ``KeyError``. Problems found in a file are collected
as :class:`Problem` records so that a user sees all of them at once.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


class AnalysisError(ValueError):
    """Raised when input cannot be parsed or cleaned. The message says what and where."""


class ParseError(AnalysisError):
    """A single value (a count, a date, a place) could not be parsed.

    ``suggestion`` holds the closest valid value for a near miss, if any.
    """

    def __init__(self, message: str, suggestion: str = ""):
        super().__init__(message)
        self.suggestion = suggestion


@dataclass(frozen=True)
class Problem:
    """One problem in one cell (or the whole file when ``row`` is None).

    ``row`` is the 1-based line number in the file (the header is line 1), so a
    user can open the file and go straight to it.
    """

    file: str
    row: int | None
    column: str | None
    value: str | None
    message: str
    expected: str = ""
    suggestion: str = ""
    severity: str = "error"
    event_id: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", line {self.row}"
        if self.event_id:
            where += f" ({self.event_id})"
        if self.column:
            where += f", column '{self.column}'"
        text = f"{where}: {self.severity}: {self.message}"
        if self.value is not None:
            text += f" (value {self.value!r})"
        if self.expected:
            text += f"; expected {self.expected}"
        if self.suggestion and "did you mean" not in self.message and "closest:" not in self.message:
            text += f"; did you mean {self.suggestion!r}?"
        return text


class InputFileError(AnalysisError):
    """A file failed validation; ``problems`` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"{len(problems)} problem(s):\n{shown}{more}")


def grouped(problems: list[Problem], shown_lines: int = 5) -> list[str]:
    """One line per distinct problem (same column, value and message), with how many rows and their first lines.

    A 5,000-row file with one unknown township spelled the same way everywhere gives one line, not 5,000.
    """
    groups: dict[tuple, list[Problem]] = {}
    for p in problems:
        groups.setdefault((p.severity, p.column, p.value, p.message, p.expected, p.suggestion), []).append(p)
    out = []
    for (_severity, _column, _value, _message, _expected, _suggestion), ps in groups.items():
        first = ps[0]
        rows = [p.row for p in ps if p.row is not None]
        where = (
            ""
            if not rows
            else (
                f"line {rows[0]}"
                if len(rows) == 1
                else f"{len(rows):,} rows (lines {', '.join(map(str, rows[:shown_lines]))}"
                + (", ..." if len(rows) > shown_lines else "")
                + ")"
            )
        )
        text = str(
            Problem(
                first.file,
                None,
                first.column,
                first.value,
                first.message,
                first.expected,
                first.suggestion,
                first.severity,
            )
        )
        out.append(text.replace(f"{first.file}", f"{first.file}, {where}", 1) if where else text)
    return out
