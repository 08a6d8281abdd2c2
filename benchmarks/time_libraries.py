"""Compare kronika's temporal grammar with dateparser and ctparse on the test tables.

    pip install dateparser ctparse   # only for this comparison; kronika does not need them
    python benchmarks/time_libraries.py

Accuracy: over the explicit-expression table (tests/time/test_explicit_dates.py), the share
of sentences where the tool finds the expression's first day (dateparser.search.search_dates,
ctparse.ctparse) and, for kronika, also the right interval and precision. Non-dates: the
share of the non-date sentences where the tool finds no date. Speed: MB/s over the same
sentences repeated.
"""

from __future__ import annotations

import importlib.util
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "time"))

from test_explicit_dates import FULL_DATES, MONTHS_AND_YEARS, PARTS, RANGES
from test_non_dates import NON_DATES

from kronika.api import process

CASES = FULL_DATES + MONTHS_AND_YEARS + PARTS + RANGES
REFERENCE = datetime(2024, 6, 1)


def kronika_dates(sentence: str) -> list[tuple[date, date, str]]:
    return [(t.date_start, t.date_end, t.precision) for t in process(sentence, until="time").timexes]


def dateparser_dates(sentence: str) -> list[tuple[date, date, str]]:
    from dateparser.search import search_dates

    found = search_dates(sentence, settings={"RELATIVE_BASE": REFERENCE}, languages=["en"]) or []
    return [(d.date(), d.date(), "") for _, d in found]


def ctparse_dates(sentence: str) -> list[tuple[date, date, str]]:
    from ctparse import ctparse

    parsed = ctparse(sentence, ts=REFERENCE, timeout=1)
    if parsed is None:
        return []
    r = parsed.resolution
    start = getattr(r, "start", r)
    try:
        first = date(start.year, start.month or 1, start.day or 1)
    except (TypeError, ValueError, AttributeError):
        return []
    return [(first, first, "")]


def measure(name: str, tool) -> None:  # type: ignore[no-untyped-def]
    first_day = exact = 0
    for sentence, _, start, end, precision in CASES:
        found = tool(sentence)
        if any(s == date.fromisoformat(start) for s, _, _ in found):
            first_day += 1
        if (date.fromisoformat(start), date.fromisoformat(end), precision) in found:
            exact += 1
    clean = sum(1 for sentence, _ in NON_DATES if not tool(sentence))
    text = [c[0] for c in CASES] * 3
    size = sum(len(s.encode()) for s in text) / 1e6
    started = time.perf_counter()
    for sentence in text:
        tool(sentence)
    rate = size / (time.perf_counter() - started)
    print(
        f"{name:10} first day {first_day}/{len(CASES)}  interval+precision {exact}/{len(CASES)}  "
        f"non-dates left alone {clean}/{len(NON_DATES)}  {rate:.3f} MB/s (per sentence, incl. overhead)"
    )


def main() -> None:
    warnings.simplefilter("ignore")
    measure("kronika", kronika_dates)
    if importlib.util.find_spec("dateparser"):
        measure("dateparser", dateparser_dates)
    if importlib.util.find_spec("ctparse"):
        measure("ctparse", ctparse_dates)


if __name__ == "__main__":
    main()
