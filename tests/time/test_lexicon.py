"""The temporal vocabularies load, and hold what the grammar needs."""

from __future__ import annotations

import re

import pytest

from kronika.time.grammar import rules
from kronika.time.lexicon import lexicon


def test_every_month_and_weekday_is_present() -> None:
    lex = lexicon()
    assert sorted(set(lex.months.values())) == list(range(1, 13))
    assert sorted(set(lex.weekdays.values())) == list(range(7))


def test_month_and_weekday_names_are_capitalised_words() -> None:
    lex = lexicon()
    for name in [*lex.months, *lex.weekdays]:
        assert re.fullmatch(r"[A-Z][a-z]+", name), name


def test_parts_have_valid_month_spans() -> None:
    lex = lexicon()
    for part, (first, last) in lex.year_parts.items():
        assert 1 <= first <= last <= 14, part
    assert set(lex.month_parts.values()) <= {
        "early",
        "mid",
        "late",
        "week1",
        "week2",
        "week3",
        "week4",
        "weeklast",
        "half1",
        "half2",
    }


def test_holidays_are_real_days() -> None:
    for name, (month, day) in lexicon().holidays.items():
        assert 1 <= month <= 12 and 1 <= day <= 31, name


@pytest.mark.parametrize("listing", ["counted_nouns", "aside_openers", "year_prepositions", "numbers"])
def test_word_lists_are_lower_case_and_non_empty(listing: str) -> None:
    words = list(getattr(lexicon(), listing))
    assert words
    assert all(w == w.lower() and w.strip() == w for w in words)


def test_the_lexicon_is_loaded_once() -> None:
    assert lexicon() is lexicon()


def test_grammar_compiles_with_unique_rule_names() -> None:
    names = [r.name for r in rules()]
    assert len(names) == len(set(names)) and len(names) > 15


@pytest.mark.parametrize(
    "listing",
    [
        "happening_nouns",
        "noun_suffixes",
        "ordinal_nouns",
        "sequel_verbs",
        "sequel_hedges",
        "until_verbs",
        "vague_counts",
        "speech_nouns",
        "weekday_services",
        "comparison_frames",
    ],
)
def test_round_two_word_lists_are_lower_case_and_non_empty(listing: str) -> None:
    words = list(getattr(lexicon(), listing))
    assert words, listing
    assert all(w == w.lower() and w.strip() == w and w for w in words), listing


def test_vague_counts_are_known_number_words() -> None:
    # "a few days later" must first parse as a count before it is made coarse
    numbers = {k.lower() for k in lexicon().numbers}
    assert {"a few", "several"} <= numbers
    assert {"a few", "several"} <= lexicon().vague_counts
