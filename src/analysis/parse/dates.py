"""Dates as written -> ISO start, end and a precision (cf. ACLED time_precision, UCDP date_prec).

Relative phrases ("on Monday", "this week", "since October 27") are resolved
against the source's publication date.

>>> from datetime import date
>>> resolve_report_date("on Monday", date(2023, 11, 17))
DateRange(start=datetime.date(2023, 11, 13), end=datetime.date(2023, 11, 13), precision='day')
>>> resolve_report_date("this week", date(2023, 11, 17))
DateRange(start=datetime.date(2023, 11, 13), end=datetime.date(2023, 11, 17), precision='week')
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta
from typing import NamedTuple

import pandas as pd

from ..errors import ParseError


class DateRange(NamedTuple):
    start: date | None
    end: date | None
    precision: str


UNKNOWN_DATE = DateRange(None, None, "unknown")

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)


def precision_of(start: date, end: date) -> str:
    """The precision a curator-given span implies.

    >>> precision_of(date(2023, 11, 13), date(2023, 11, 14))
    'days'
    >>> precision_of(date(2023, 11, 1), date(2023, 11, 30))
    'month'
    """
    span = (end - start).days
    if span < 0:
        raise ParseError(f"end {end} is before start {start}")
    if span == 0:
        return "day"
    if (
        start.day == 1
        and end.day == calendar.monthrange(end.year, end.month)[1]
        and (
            start.year,
            start.month,
        )
        == (end.year, end.month)
    ):
        return "month"
    if span <= 5:
        return "days"
    if span <= 6:
        return "week"
    return "range"


def _year_for(month: int, day: int, published: date) -> date:
    """The latest date with this month and day that is not after publication."""
    for year in (published.year, published.year - 1):
        try:
            d = date(year, month, day)
        except ValueError as exc:
            raise ParseError(f"no such day: {month}/{day}") from exc
        if d <= published:
            return d
    raise ParseError(f"cannot place {month}/{day} before {published}")


def _explicit_day(t: str, published: date | None) -> date | None:
    m = re.search(rf"\b({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?(?:,? (\d{{4}}))?\b", t)
    if m:
        month, day, year = _MONTHS[m.group(1)], int(m.group(2)), m.group(3)
    else:
        m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})\.?(?:,? (\d{{4}}))?\b", t)
        if not m:
            return None
        day, month, year = int(m.group(1)), _MONTHS[m.group(2)], m.group(3)
    if year:
        try:
            return date(int(year), month, day)
        except ValueError as exc:
            raise ParseError(f"no such day: {m.group(0)!r}") from exc
    if published is None:
        raise ParseError(f"{m.group(0)!r} has no year and no publication date to infer it from")
    return _year_for(month, day, published)


def resolve_report_date(text: object, published: date | None) -> DateRange:
    """Resolve a date phrase against the publication date of the report it comes from.

    Raises ParseError for a phrase it does not understand; empty text is unknown.

    >>> resolve_report_date("since October 27", date(2023, 11, 17)).start
    datetime.date(2023, 10, 27)
    >>> resolve_report_date("November 12", date(2023, 11, 17)).start
    datetime.date(2023, 11, 12)
    """
    if text is None or (isinstance(text, float) and text != text) or text is pd.NA:
        return UNKNOWN_DATE
    t = re.sub(r"\s+", " ", str(text).strip().lower())
    if not t:
        return UNKNOWN_DATE
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        try:
            d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError as exc:
            raise ParseError(f"no such day: {text!r}") from exc
        return DateRange(d, d, "day")
    if t.startswith("since ") or " since " in t:
        d = _explicit_day(t, published)
        if d is None or published is None:
            raise ParseError(f"cannot resolve {text!r}: 'since' needs a day and a publication date")
        return DateRange(d, published, "range" if (published - d).days > 6 else precision_of(d, published))
    d = _explicit_day(t, published)
    if d is not None:
        return DateRange(d, d, "day")
    if published is None:
        raise ParseError(f"cannot resolve {text!r} without a publication date")
    m = re.search(rf"\b({_WEEKDAY_RE})\b", t)
    if m:
        back = (published.weekday() - _WEEKDAYS[m.group(1)]) % 7
        if t.startswith("last ") and back == 0:
            back = 7
        d = published - timedelta(days=back)
        return DateRange(d, d, "day")
    if t in ("today", "on today"):
        return DateRange(published, published, "day")
    if t == "yesterday":
        d = published - timedelta(days=1)
        return DateRange(d, d, "day")
    if t in ("this week", "earlier this week"):
        return DateRange(published - timedelta(days=published.weekday()), published, "week")
    if t == "last week":
        monday = published - timedelta(days=published.weekday() + 7)
        return DateRange(monday, monday + timedelta(days=6), "week")
    if t in ("this month", "earlier this month"):
        return DateRange(published.replace(day=1), published, "month")
    m = re.fullmatch(rf"(?:in )?({_MONTH_RE})(?:,? (\d{{4}}))?", t)
    if m:
        month = _MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (published.year if month <= published.month else published.year - 1)
        last = calendar.monthrange(year, month)[1]
        return DateRange(date(year, month, 1), date(year, month, last), "month")
    raise ParseError(f"cannot resolve date {text!r} (give date_start/date_end instead)")


def format_date_range(r: DateRange) -> str:
    """Canonical text for a range; ``resolve_report_date`` reads it back for day precision.

    >>> format_date_range(DateRange(date(2023, 11, 12), date(2023, 11, 12), "day"))
    '2023-11-12'
    """
    if r.precision == "unknown" or r.start is None:
        return ""
    if r.start == r.end:
        return r.start.isoformat()
    return f"{r.start.isoformat()}/{r.end.isoformat()}"


def parse_iso(text: object) -> date | None:
    """An ISO date typed by a curator (``2023-11-13``) -> date; empty -> None."""
    if text is None or (isinstance(text, float) and text != text) or text is pd.NA:
        return None
    t = str(text).strip()
    if not t:
        return None
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", t)
    if not m:
        raise ParseError(f"not an ISO date (YYYY-MM-DD): {text!r}")
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise ParseError(f"no such day: {text!r}") from exc


def event_dates(date_text: object, start: object, end: object, published: date | None) -> DateRange:
    """An event's dates: the curator's start/end where given, else the phrase resolved.

    >>> event_dates("this week", "2023-11-13", "2023-11-14", date(2023, 11, 17))
    DateRange(start=datetime.date(2023, 11, 13), end=datetime.date(2023, 11, 14), precision='days')
    """
    s, e = parse_iso(start), parse_iso(end)
    if s is None and e is None:
        return resolve_report_date(date_text, published)
    s = s or e
    e = e or s
    if e < s:
        raise ParseError(f"date_end {e} is before date_start {s}")
    return DateRange(s, e, precision_of(s, e))


_ACLED_FORMATS = ("%d %B %Y", "%Y-%m-%d", "%Y%m%d", "%d-%b-%y", "%d-%B-%y", "%d-%b-%Y", "%d %b %Y")
#: a date as a spreadsheet saves it: 31/03/2025 (day first) or 3/31/2025 (month first); the year may be 2 digits
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?$")


def day_first_in(dates: Iterable[str]) -> bool | None:
    """Whether a file's slashed dates put the day first (True) or the month (False), as a part over 12 shows;
    None when none shows it, or when some show each (then each date is read only where it shows itself).

    >>> day_first_in(["3/4/2025", "31/3/2025"]), day_first_in(["3/31/2025"]), day_first_in(["3/4/2025"])
    (True, False, None)
    """
    firsts = orders_shown(dates)
    return firsts.pop() if len(firsts) == 1 else None


def orders_shown(dates: Iterable[str]) -> set[bool]:
    """The orders slashed dates show by a part over 12: True for day first, False for month first.

    >>> sorted(orders_shown(["31/3/2025", "3/31/2025", "3/4/2025", "2025-03-04"]))
    [False, True]
    """
    firsts = set()
    for text in dates:
        if m := _SLASHED.match(str(text).strip()):
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                firsts.add(True)
            elif b > 12 >= a:
                firsts.add(False)
    return firsts


def parse_acled_date(text: object, day_first: bool | None = None) -> date:
    """An ACLED ``event_date`` in any of the forms its exports have used -> a date.

    A slashed date (a file saved by a spreadsheet) is read day first or month first as ``day_first`` says
    (the file's order, :func:`day_first_in`); with None, only where a part over 12 (or equal parts) shows it.

    >>> [str(parse_acled_date(t)) for t in ("28 December 2022", "2022-12-28", "20201231", "9-May-20")]
    ['2022-12-28', '2022-12-28', '2020-12-31', '2020-05-09']
    >>> str(parse_acled_date("2022-12-28T00:00:00Z"))
    '2022-12-28'
    >>> [str(parse_acled_date(t)) for t in ("31/3/2025", "3/31/25", "3/31/2025 0:00")]
    ['2025-03-31', '2025-03-31', '2025-03-31']
    >>> str(parse_acled_date("3/4/2025", day_first=False))
    '2025-03-04'
    """
    from datetime import datetime

    t = str(text or "").strip()
    if not t:
        raise ParseError("event_date is empty")
    iso = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]\d", t)  # an ISO timestamp: its day
    if iso:
        t = iso.group(1)
    if slashed := _SLASHED.match(t):
        return _slashed_date(t, slashed, day_first)
    for fmt in _ACLED_FORMATS:
        try:
            return datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    raise ParseError(f"not an ACLED event_date: {t!r} (expected e.g. '28 December 2022', '2022-12-28', '20201231')")


def _slashed_date(text: str, m: re.Match, day_first: bool | None) -> date:
    a, b, y = (int(g) for g in m.groups())
    if day_first is None:
        if a != b and max(a, b) <= 12:
            raise ParseError(
                f"event_date {text!r}: day and month cannot be told apart (d/m/y or m/d/y?), and the file's first "
                "dates do not show which comes first"
            )
        day_first = a > 12 or a == b
    day, month = (a, b) if day_first else (b, a)
    year = y if len(m.group(3)) == 4 else (2000 + y if y < 69 else 1900 + y)  # as strptime's %y
    try:
        return date(year, month, day)
    except ValueError:
        order = "day/month/year" if day_first else "month/day/year"
        raise ParseError(f"event_date {text!r} is not a date read as {order}") from None
