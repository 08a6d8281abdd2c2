"""The gates of the count grammar: a clause without a figure skips only the patterns that need
one, a clause without the words a pattern's every match holds skips only that pattern, so the
facts found are the same as with every pattern scanned."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.events import counts
from kronika.events.counts import find_counts


@pytest.mark.parametrize(
    ("template", "needs"),
    [
        (r"\bkilled\s+{n}\b", True),
        (r"{n}\s+(?P<np>\w+)\s+died", True),
        (r"(?:killed\s+{n})", False),  # inside a group: the group may be optional
        (r"{n}\s+died|\bdied\s+later", False),  # an alternative without the figure
        (r"{n}?\s+died", False),
        (r"[(|]{n}", True),  # "(" and "|" inside a class are characters
        (r"[]|]{n}", True),  # "]" first in a class is a member
        (r"([^]|)]{n}x)", False),
        (r"\({n}", True),  # an escaped parenthesis opens no group
        (r"\\({n})", False),  # an escaped backslash, then a group
    ],
)
def test_needs_number(template: str, needs: bool) -> None:
    assert counts._needs_number(template) is needs


def test_every_number_word_opens_the_gate() -> None:
    units, tens, _ = counts._num_words()
    num = re.compile(counts.num_pattern(), re.IGNORECASE)
    gate = counts._number_gate()
    for word in [
        *units,
        *tens,
        *counts._phrases(),
        "two dozen",
        "twenty-one",
        "one hundred and five",
        "1,200",
    ]:
        text = f"they said {word} people"
        if num.search(text):
            assert gate.search(text), word


class _Open:
    """A gate that lets every clause through: every pattern scanned."""

    def search(self, _text: str) -> bool:
        return True


def _ungated(text: str) -> list[counts.CountFact]:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(counts, "_number_gate", lambda: _Open())
        m.setattr(counts, "_blocked", lambda *_: frozenset())  # no pattern blocked: every one scanned
        return find_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a farmer and his son near the well.",
        "A soldier was killed and another was wounded.",
        "The attacker was shot dead by police.",
        "Twenty-one villagers were killed and dozens were hurt.",
        "The toll rose to 14 on Tuesday.",
        "He later died of his wounds.",
        "The market reopened on Monday after the rains.",  # nothing to read: the grammar is skipped
        "Forty people, including six children, gathered at the well.",  # a breakdown, no verb
        "Troops shot dead Amadou K. near the border.",  # a named victim, no figure
    ],
)
def test_gate_keeps_every_fact(text: str) -> None:
    assert find_counts(text) == _ungated(text)


@pytest.mark.parametrize(
    ("text", "skipped"),
    [
        ("The market reopened on Monday after the rains.", True),
        ("Twelve traders reopened the market on Monday.", True),  # a figure, but no count verb
        ("Twelve traders were killed at the market.", False),
        ("Twelve traders, including two women, reopened the market.", False),  # a breakdown: read on
    ],
)
def test_a_clause_no_pattern_can_match_skips_the_grammar(text: str, skipped: bool) -> None:
    gate = counts._DIGIT.search(text) or counts._number_gate().search(text)
    pats = counts._patterns() if gate else counts._patterns_without_numbers()
    assert counts._nothing_to_read(pats, text) is skipped


_PIECES = [
    "a",
    "two",
    "soldiers",
    "were",
    "killed",
    "wounded",
    "and",
    "another",
    "later",
    "died",
    "his",
    "son",
    "the",
    "gunman",
    "was",
    "shot",
    "dead",
    "one",
    "of",
    "them",
    "including",
    "reopened",
    "Amadou",
    ",",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_gate_keeps_every_fact_in_any_clause(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert find_counts(text) == _ungated(text)
