"""Calendar arithmetic the temporal stage needs (pure functions on `datetime.date`)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def weekday_on_or_before(reference: date, weekday: int, strictly: bool = False) -> date:
    back = (reference.weekday() - weekday) % 7
    if back == 0 and strictly:
        back = 7
    return reference - timedelta(days=back)


def weekday_after(reference: date, weekday: int) -> date:
    ahead = (weekday - reference.weekday()) % 7
    return reference + timedelta(days=ahead or 7)


def month_part(year: int, month: int, part: str) -> tuple[date, date]:
    """ "early/mid/late" and week/half parts of a month as a day interval."""
    end = month_end(year, month)
    spans = {
        "early": (1, 10),
        "mid": (11, 20),
        "late": (21, end.day),
        "week1": (1, 7),
        "week2": (8, 14),
        "week3": (15, 21),
        "week4": (22, 28),
        "weeklast": (end.day - 6, end.day),
        "half1": (1, 15),
        "half2": (16, end.day),
    }
    first, last = spans[part]
    return date(year, month, first), date(year, month, last)


def year_part(year: int, months: tuple[int, int]) -> tuple[date, date]:
    """A part of a year given as (first month, last month); months above 12 run into the next year."""
    first, last = months
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    return date(year, first, 1), month_end(end_year, end_month)


def shift(start: date, end: date, unit: str, amount: int) -> tuple[date, date]:
    if unit == "day":
        delta = timedelta(days=amount)
        return start + delta, end + delta
    if unit == "week":
        delta = timedelta(days=7 * amount)
        return start + delta, end + delta
    if unit == "month":
        moved = add_months(start, amount)
        return date(moved.year, moved.month, 1), month_end(moved.year, moved.month)
    year = start.year + amount
    return date(year, 1, 1), date(year, 12, 31)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * lx) // 451
    month, day = divmod(h + lx - 7 * m + 114, 31)
    return date(year, month, day + 1)
