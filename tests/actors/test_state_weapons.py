"""A state's strikes, weapons and war machines named by its demonym name its military
("a Russian strike" → Military Forces of Russia), unless the demonym names the weapon's maker."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api
from kronika.actors import find_actors

REPORTS = [
    # (report, ACLED name of the perpetrator, its inter code: a state's forces abroad are external forces)
    (
        "On 8 March 2024, a Russian missile strike hit an apartment block in Odesa, killing four people.",
        "Military Forces of Russia",
        8,
    ),
    (
        "On 9 March 2024, Israeli warplanes bombed a house in Rafah, killing six people.",
        "Military Forces of Israel",
        8,
    ),
    (
        "On 10 March 2024, a Ukrainian drone attack set fire to an oil depot in Belgorod, injuring two workers.",
        "Military Forces of Ukraine",
        8,
    ),
    (
        "On 11 March 2024, Sudanese airstrikes hit a market in Nyala, killing nine civilians.",
        "Military Forces of Sudan",
        1,
    ),
    (
        "On 12 March 2024, Nigerian fighter jets bombed a camp in Zamfara, killing 20 bandits.",
        "Military Forces of Nigeria",
        1,
    ),
    (
        "On 13 March 2024, Pakistani artillery fire killed two villagers near Kotli.",
        "Military Forces of Pakistan",
        1,
    ),
]


@pytest.mark.parametrize(("text", "name", "inter"), REPORTS)
def test_demonym_on_a_weapon_names_the_perpetrator(text: str, name: str, inter: int) -> None:
    actors = [a for e in api.extract(text, "t.txt") for a in e.actors if a.canonical == name]
    assert actors, text
    assert actors[0].role == "perpetrator" and actors[0].inter == inter


MENTIONS = [
    # (text, the demonym mention found, or None where it names no force)
    ("Residents said a Russian strike destroyed the school.", "Russian"),
    ("Air defences shot down Russia's missiles over the capital.", "Russia's"),
    ("An Israeli air strike flattened the building.", "Israeli"),
    ("Witnesses heard Ethiopian drones over the town.", "Ethiopian"),
    ("The militia attacked with Iranian drones.", None),
    ("The army fired Russian-made rockets at the positions.", None),
    ("A Russian journalist was injured in the blast.", None),
    ("The rebels used Turkish-built drones supplied last year.", None),
]


@pytest.mark.parametrize(("text", "mention"), MENTIONS)
def test_which_demonyms_name_a_force(text: str, mention: str | None) -> None:
    forces = [a.text for a in find_actors(text) if a.category == "state_force" and a.canonical]
    assert forces == ([mention] if mention else [])
