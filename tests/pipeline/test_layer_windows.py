"""`Document.starting_in`: the items of a layer a per-clause scan needs, found by bisection."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.document import Document, Span


@given(st.lists(st.integers(0, 200), max_size=40), st.integers(0, 200), st.integers(0, 200))
def test_a_sorted_layer_gives_exactly_the_items_starting_in_the_window(starts, lo, hi) -> None:  # type: ignore[no-untyped-def]
    doc = Document("d", "x" * 300)
    items = [Span(s, s + 1) for s in sorted(starts)]
    got = doc.starting_in("spans", items, lo, hi)
    assert got == [i for i in items if lo <= i.start <= hi]


@pytest.mark.parametrize("starts", [[5, 1, 3], [2, 2, 0]])
def test_an_unsorted_layer_is_given_whole(starts: list[int]) -> None:
    doc = Document("d", "x" * 10)
    items = [Span(s, s + 1) for s in starts]
    assert doc.starting_in("spans", items, 0, 1) == items


def test_a_replaced_layer_is_read_afresh() -> None:
    doc = Document("d", "x" * 10)
    first = [Span(1, 2), Span(5, 6)]
    assert doc.starting_in("spans", first, 4, 9) == [Span(5, 6)]
    second = [Span(7, 8)]
    assert doc.starting_in("spans", second, 4, 9) == [Span(7, 8)]
