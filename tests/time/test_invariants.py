"""Invariants of the time layer on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.api import process

PIECES = [
    "On 3 May 2021",
    "in early 2019",
    "yesterday",
    "the following day",
    "last Thursday",
    "March 2-3",
    "between 12 and 14 May",
    "AK-47",
    "8.45am",
    "a 22-year-old",
    "2015",
    "the 2018 Harbin blast",
    "(",
    ")",
    ",",
    ".",
    "\n\n",
    "gunmen attacked",
    "on Monday night",
    "five days prior",
    "in September",
    "12/13/2020",
    "New Year's Eve",
    "Published 4 March 2024",
    "mid-",
    "late",
    "the summer of",
    "2020-02-30",
    "31 February 2019",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14), st.sampled_from([None, "2021-06-15"]))
def test_offsets_order_and_intervals(pieces: list[str], published: str | None) -> None:
    text = " ".join(pieces)
    doc = process(text, published=published, until="time")
    starts = [t.start for t in doc.timexes]
    assert starts == sorted(starts)
    for t in doc.timexes:
        assert doc.text[t.start : t.end] == t.text
        assert t.date_start <= t.date_end
        assert t.precision in ("day", "days", "month", "season", "year", "unknown")
        if t.anchor is not None:
            assert 0 <= t.anchor < len(doc.timexes)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_safe_and_deterministic(text: str) -> None:
    first = process(text, until="time")
    second = process(text, until="time")
    assert first.timexes == second.timexes
    assert first.published == second.published
