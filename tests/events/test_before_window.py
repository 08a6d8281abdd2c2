"""Cues on the text before a match read a bounded window that starts at a word."""

from __future__ import annotations

import pytest

from kronika.events import lexicon
from kronika.events.counts import find_counts


@pytest.mark.parametrize(
    ("text", "pos", "width", "expected"),
    [
        ("gunmen killed five", 14, 400, "gunmen killed "),
        ("alpha beta gamma delta", 22, 8, "delta"),  # never half a word
        ("alpha beta gamma delta", 17, 8, "gamma "),
        ("abcdefghij", 10, 3, ""),  # one long word: nothing whole fits
        ("", 0, 5, ""),
    ],
)
def test_before_window(text: str, pos: int, width: int, expected: str) -> None:
    assert lexicon.before(text, pos, width) == expected


@pytest.mark.parametrize("repeats", [1, 50, 400])
def test_long_lists_of_figures_count_each_figure(repeats: int) -> None:
    text = " ".join(["militants killed 3 people,"] * repeats)
    facts = [f for f in find_counts(text) if f.category == "killed"]
    assert len(facts) == repeats
    assert all(f.value == 3 for f in facts)
