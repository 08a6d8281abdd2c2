"""The cue patterns as `lexicon.cue` gives them: a gated long cue and the remembered dateline
answer exactly what the plain compiled pattern answers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.events import lexicon


def _plain(name: str) -> re.Pattern[str]:
    return re.compile(lexicon.cues()[name], re.IGNORECASE)


_LINES = [
    "KABUL, March 3 (Reuters) - Gunmen attacked a checkpoint.",
    "LAGOS - Police said two men were held.",
    "Gunmen attacked a checkpoint on Monday.",
    "Maiduguri, Borno State — Three people died.",
    "",
]


@pytest.mark.parametrize("text", _LINES)
def test_the_dateline_answers_as_its_pattern_asked_twice(text: str) -> None:
    with lexicon.language("en"):
        cue, plain = lexicon.cue("dateline"), _plain("dateline")
        for _ in range(2):  # the second answer is the remembered one
            for asked in (text, "".join(list(text))):  # the same text, another string object
                got, want = cue.match(asked), plain.match(asked)
                assert (got and got.span()) == (want and want.span())
        got, want = cue.match(text, 2), plain.match(text, 2)
        assert (got and got.span()) == (want and want.span())


_WORDS = [
    "have",
    "killed",
    "since",
    "2019",
    "attacks",
    "this",
    "year",
    "the",
    "claim",
    "was",
    "disputed",
    ",",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.sampled_from(["clause_aggregate", "disputed"]))
def test_a_gated_cue_finds_what_its_pattern_finds(words: list[str], name: str) -> None:
    text = " ".join(words)
    with lexicon.language("en"):
        cue, plain = lexicon.cue(name), _plain(name)
        got, want = cue.search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span())
        assert [m.span() for m in cue.finditer(text)] == [m.span() for m in plain.finditer(text)]
