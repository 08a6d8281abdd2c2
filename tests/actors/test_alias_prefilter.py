"""The alias prefilter: an entry is tried only where one of its leading words starts (an alias's
first word, or the words a force or generic pattern's matches begin with), or skipped when the
text lacks the words its every match holds, so the actors found are the same as with
every entry scanned over the whole text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import actors
from kronika.actors import find_actors


def _unfiltered(text: str, monkeypatch: pytest.MonkeyPatch) -> list[actors.ActorMention]:
    """Every entry scanned over the whole text."""
    with monkeypatch.context() as m:
        m.setattr(actors, "_matches_at", lambda regex, text, _starts: regex.finditer(text))
        m.setattr(actors.prefilter, "may_match", lambda *_: True)
        return find_actors(text)


@pytest.mark.parametrize(
    ("alias", "key"),
    [
        ("Ansar Dine", "ansar"),  # a space: the text's word ends there
        ("Hay'at Tahrir al-Sham", "hay"),  # an apostrophe ends the word
        ("al-Shabaab", "al-"),  # the hyphen is optional: 'alShabaab' goes on
        ("ISIS", "isis"),
        ("Côte d'Ivoire", "c-"),  # a letter outside ASCII continues the word
        ("‘Ndrangheta", None),  # no ASCII word first: always scanned
    ],
)
def test_leading_key(alias: str, key: str | None) -> None:
    assert actors._leading_key(alias) == key


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the İslamic State stormed a village.",  # dotted capital I folds to i
        "The ıslamic ſtate claimed it.",  # dotless i and long s match i and s case-insensitively
        "An alShabaab cell and al‐Shabaab fighters and AL SHABAAB militants.",
        "Ukrainian\u00a0 forces shelled the town; Nigeria's army replied and Kenyan police watched.",
        "Boko Haram fighters and ISWAP members clashed near the lake.",
        "Nothing here names anyone at all.",
    ],
)
def test_prefilter_keeps_every_actor(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert find_actors(text) == _unfiltered(text, monkeypatch)


_PIECES = [
    "Islamic",
    "İSLAMIC",
    "State",
    "ſtate",
    "al",
    "al-",
    "Shabaab",
    "Taliban",
    "Kenyan",
    "police",
    "army",
    "Nigeria's",
    "forces",
    "gunmen",
    "Houthi",
    "rebels",
    "the",
    "a",
    "masked",
    "villagers",
    "U.S.",
    "troops",
    "riot",
    ",",
    "-",
    "'",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from([" ", "", "\u00a0", "\n"]))
def test_prefilter_keeps_every_actor_in_any_text(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    with pytest.MonkeyPatch.context() as m:
        unfiltered = _unfiltered(text, m)
    assert find_actors(text) == unfiltered
