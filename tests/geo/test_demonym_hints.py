"""Nationality words hint at their country: two-word ones ("South Sudanese") before the one-word
ones they hold, each word once; asking about the same text again gives the same answer."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.geo import lexicon
from kronika.geo.mentions import demonym_hints


def _reference(text: str) -> list[tuple[int, str]]:
    """Every capitalised word looked up, with the word after it first."""
    table = lexicon.demonyms()
    out, taken = [], -1
    for m in re.finditer(r"\b[A-Z][a-z]+s?\b", text):
        if m.start() < taken:
            continue
        pair = re.compile(r" ([A-Z][a-z]+)\b").match(text, m.end())
        two = f"{m.group()} {pair.group(1)}".lower() if pair else ""
        if two in table:
            out.append((m.start(), table[two]))
            taken = pair.end() if pair else m.end()
        elif m.group().lower() in table:
            out.append((m.start(), table[m.group().lower()]))
    return out


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("South Sudanese troops crossed the river.", ["SS"]),
        ("Sudanese and Kenyan officials met.", ["SD", "KE"]),
        ("The South of the country is calm.", []),
        ("no capitalised word here", []),
    ],
)
def test_two_word_names_before_the_words_they_hold(text: str, codes: list[str]) -> None:
    table = lexicon.demonyms()
    if not all(c in table.values() for c in codes):
        pytest.skip("the demonym table names other codes")
    assert [cc for _, cc in demonym_hints(text)] == codes


_WORDS = ("South", "North", "Sudanese", "Korean", "Kenyan", "troops", "the", "Congolese", "African")


@given(st.lists(st.sampled_from(_WORDS), max_size=12))
def test_same_as_looking_up_every_word(words: list[str]) -> None:
    text = " ".join(words)
    assert demonym_hints(text) == _reference(text)
    again = demonym_hints(text)  # the kept answer, a list of its own
    again.append((0, "XX"))
    assert demonym_hints(text) == _reference(text)
