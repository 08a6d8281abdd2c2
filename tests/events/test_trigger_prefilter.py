"""The trigger prefilter: a clause skips only the triggers whose starting words it lacks, so the
hits are the same as with every trigger scanned."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.events import lexicon, triggers
from kronika.events.triggers import find_hits


def _unfiltered(text: str) -> list[triggers.Hit]:
    with pytest.MonkeyPatch.context() as m:
        m.setattr(triggers, "_trigger_starts", lambda: (None,) * len(lexicon.triggers()))
        return find_hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on a bus and killed four passengers.",
        "A roadside bomb exploded near the market.",
        "Police arrested two suspects after the protest turned violent.",
        "Protesters gathered outside the ministry and burned tyres.",
        "The group claimed responsibility for the ambush.",
        "Nothing happened in the quiet town.",
    ],
)
def test_prefilter_keeps_every_hit(text: str) -> None:
    assert find_hits(text) == _unfiltered(text)


_WORDS = [
    "gunmen",
    "opened",
    "fire",
    "killed",
    "bomb",
    "exploded",
    "police",
    "arrested",
    "protesters",
    "gathered",
    "the",
    "a",
    "Attack",
    "ATTACKED",
    "clashes",
    "not",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=10))
def test_prefilter_keeps_every_hit_in_any_clause(words: list[str]) -> None:
    text = " ".join(words)
    assert find_hits(text) == _unfiltered(text)
