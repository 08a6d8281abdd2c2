"""Words of violence that tell no happening: a word explained ("the army uses the word neutralised
to mean killed or captured") and a vigilante group named as an organisation ("a commander of a
vigilante group") rather than a crowd of vigilantes acting. Every sentence here is written for
these tests."""

from __future__ import annotations

import pytest

from kronika import api

PUBLISHED = "2021-06-15"

DEFINITIONS = [
    "The army often uses the word neutralised to mean killed or captured.",
    "In official statements the term eliminated means killed, captured or surrendered.",
    "The police use the phrase taken out of action to refer to suspects shot or arrested.",
]


@pytest.mark.parametrize("text", DEFINITIONS)
def test_a_word_explained_is_no_event(text: str) -> None:
    assert api.process(text, published=PUBLISHED).events == []


#: text -> the kind of its one event: a vigilante group is an organisation, vigilantes acting a crowd
VIGILANTES = [
    (
        "Gunmen opened fire on traders in Gwoza on Monday, said Musa Ali, a commander of a vigilante "
        "group that helps the army.",
        "attack",
    ),
    ("Vigilante members guarding the village of Bama repelled an attack by insurgents on Sunday.", "clash"),
    ("Fighters of a vigilante militia clashed with bandits near Gusau on Saturday.", "clash"),
    ("A mob of vigilantes beat a suspected thief to death in Kano on Monday.", "riot"),
    ("Vigilantes lynched two men accused of stealing a motorbike in Enugu on Tuesday.", "riot"),
]


@pytest.mark.parametrize(("text", "kind"), VIGILANTES)
def test_a_vigilante_group_is_no_mob(text: str, kind: str) -> None:
    assert [e.kind for e in api.process(text, published=PUBLISHED).events] == [kind]
