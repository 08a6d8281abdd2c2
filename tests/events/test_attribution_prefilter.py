"""The attribution prefilter: a clause is scanned only with the alternatives of the cue patterns
whose required words it holds (and, without a group, that can match without one), so the cues
found are the same as with every pattern scanned whole."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import prefilter
from kronika.actors import find_actors
from kronika.events import claims


def _cues(text: str) -> list[tuple[str, int, int]]:
    groups = [a for a in find_actors(text) if a.category == "armed_group"]
    claims._attribution_cues_in.cache_clear()
    return [(value, m.start(), m.end()) for value, m in claims.attribution_cues(text, groups)]


def _unfiltered(text: str) -> list[tuple[str, int, int]]:
    with prefilter.ungated():
        return _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram claimed responsibility for the raid on the village.",
        "Al-Shabaab said its fighters had stormed the base.",
        "Officials blamed the Taliban for the blast.",
        "The group denied any involvement in the killing.",
        "The attackers were allegedly members of ISWAP.",
        "Investigators confirmed the bombing was perpetrated by the cell.",
        "Rain fell on the quiet market town.",
        "Nobody said they were behind it, and no one took responsibility.",
        "The cell claimed the bombing through its Telegram channel on Sunday.",
        "The men were believed to be linked to a local gang, police said.",
        "A spokesman denied any involvement in the shooting.",
        "Al-Shabaab claimed the attack, and the Taliban denied any role in it.",
        "The militants said in a statement that its fighters carried out the raid.",
    ],
)
def test_prefilter_keeps_every_cue(text: str) -> None:
    assert _cues(text) == _unfiltered(text)


_WORDS = [
    "Boko",
    "Haram",
    "the",
    "Taliban",
    "claimed",
    "said",
    "its",
    "fighters",
    "blamed",
    "denied",
    "involvement",
    "attack",
    "responsibility",
    "for",
    "allegedly",
    "members",
    "of",
    "ISWAP",
    "took",
    "via",
    "channel",
    "Telegram",
    "believed",
    "to",
    "be",
    "linked",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=10))
def test_prefilter_keeps_every_cue_in_any_clause(words: list[str]) -> None:
    text = " ".join(words)
    assert _cues(text) == _unfiltered(text)
