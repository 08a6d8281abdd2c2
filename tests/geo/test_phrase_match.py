"""Cue phrases at the end or the start of a word window: the longest whole-word phrase."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.geo.recognize import ends_with_phrase, starts_with_any, starts_with_phrase

PHRASES = ("north", "far north", "the far north", "east", "in", "in the", "")


def _ends_reference(words: str, phrases: tuple[str, ...]) -> str:
    return max((p for p in phrases if words == p or words.endswith(" " + p)), key=len, default="")


def _starts_reference(words: str, phrases: tuple[str, ...]) -> str:
    return max((p for p in phrases if words == p or words.startswith(p + " ")), key=len, default="")


@pytest.mark.parametrize(
    ("words", "end", "start"),
    [
        ("in the far north", "the far north", "in the"),
        ("north", "north", "north"),
        ("northern", "", ""),  # whole words only
        ("up north east", "east", ""),
        ("", "", ""),
        (" north ", "", ""),
    ],
)
def test_longest_whole_word_phrase(words: str, end: str, start: str) -> None:
    assert ends_with_phrase(words, PHRASES) == end
    assert starts_with_phrase(words, PHRASES) == start


@given(st.lists(st.sampled_from(["north", "far", "the", "in", "east", "x", ""]), max_size=6))
def test_same_as_trying_every_phrase(parts: list[str]) -> None:
    words = " ".join(parts)
    assert ends_with_phrase(words, PHRASES) == _ends_reference(words, PHRASES)
    assert starts_with_phrase(words, PHRASES) == _starts_reference(words, PHRASES)
    assert starts_with_any(words, PHRASES) == any(words == p or words.startswith(p + " ") for p in PHRASES)
