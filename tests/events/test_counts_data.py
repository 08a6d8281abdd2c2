"""The count grammar in data: every pattern compiles, every part it names exists, spans are honest."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.events import counts, lexicon


def test_every_pattern_expands_and_compiles() -> None:
    patterns = counts._patterns()
    assert set(lexicon.load("counts.json")["patterns"]) == set(patterns)
    for name, regex in patterns.items():
        assert not re.search(r"\{[a-z_]+\}", regex.pattern), name


@pytest.mark.parametrize(
    "key",
    ["range_before", "more_after", "wounded_np", "preposition_before", "claimed_count_before"],
)
def test_top_level_expressions_compile(key: str) -> None:
    assert counts._regex(key).pattern


def test_the_wounded_rule_is_a_switch() -> None:
    assert isinstance(lexicon.load("counts.json")["wounded_who_die_leave_injured"], bool)


def test_plural_nouns_are_words() -> None:
    words = lexicon.counts()["plural_nouns"].split("|")
    assert words and all(re.fullmatch(r"[a-z-]+", w) for w in words)


_WORDS = st.sampled_from(
    [
        "the",
        "a",
        "two",
        "12",
        "soldiers",
        "and",
        "were",
        "killed",
        "wounded",
        "injured",
        "1,200",
        "gunmen",
        "at",
        "least",
        "killing",
        "in",
        "2019",
        "aged",
        "30",
        ",",
        ".",
        "died",
        "one",
        "of",
        "them",
        "fatally",
        "his",
        "sons",
        "police",
        "arrested",
        '"',
        "more",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=20), st.integers(min_value=0, max_value=500))
def test_facts_point_into_the_text(words: list[str], offset: int) -> None:
    text = " ".join(words)
    for fact in counts.find_counts(text, offset):
        assert fact.value > 0
        assert offset <= fact.start < fact.end <= offset + len(text)
        assert fact.category in ("killed", "injured", "arrested", "toll", "combined")
