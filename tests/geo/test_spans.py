"""SpanIndex answers exactly what the pairwise scans it replaced answered."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.geo.spans import SpanIndex


@dataclass(frozen=True)
class S:
    start: int
    end: int


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda t: S(t[0], t[0] + t[1])), max_size=25
)
queries = st.tuples(st.integers(0, 70), st.integers(1, 15)).map(lambda t: (t[0], t[0] + t[1]))


@given(spans, queries)
def test_overlaps_is_the_pairwise_test(items: list[S], query: tuple[int, int]) -> None:
    start, end = query
    assert SpanIndex(items).overlaps(start, end) == any(p.start < end and start < p.end for p in items)


@given(spans, queries)
def test_around_holds_every_covering_span(items: list[S], query: tuple[int, int]) -> None:
    start, end = query
    near = SpanIndex(items).around(start, end)
    covering = [p for p in items if p.start <= start and end <= p.end]
    assert all(any(p is q for q in near) for p in covering)


@pytest.mark.parametrize(
    ("items", "query", "expected"),
    [
        ([], (0, 5), False),
        ([S(0, 5)], (5, 9), False),  # touching is not overlapping
        ([S(0, 5)], (4, 9), True),
        ([S(0, 100), S(10, 12)], (50, 60), True),  # a long early span reaches past later ones
        ([S(10, 12), S(20, 22)], (13, 19), False),
    ],
)
def test_overlaps_examples(items: list[S], query: tuple[int, int], expected: bool) -> None:
    assert SpanIndex(items).overlaps(*query) is expected
