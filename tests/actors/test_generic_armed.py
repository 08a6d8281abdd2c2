"""Armed people the text names by a common noun ('bandits', 'gang members', 'armed groups')
are an unidentified armed group of the event's country, as ACLED names them."""

from __future__ import annotations

import pytest

from kronika import api
from kronika.actors import find_actors

REPORTS = [
    ("On 2 April 2024, bandits killed five farmers near Gusau.", "Unidentified Armed Group (Nigeria)"),
    (
        "On 3 April 2024, gang members shot dead a bus driver in Port-au-Prince.",
        "Unidentified Armed Group (Haiti)",
    ),
    (
        "On 4 April 2024, militiamen burned twenty houses near Bunia, killing three villagers.",
        "Unidentified Armed Group (Democratic Republic of Congo)",
    ),
    (
        "On 5 April 2024, kidnappers abducted a priest on the road near Enugu.",
        "Unidentified Armed Group (Nigeria)",
    ),
    (
        "On 6 April 2024, unidentified men stormed a bar in Celaya and shot dead six people.",
        "Unidentified Armed Group (Mexico)",
    ),
    ("On 7 April 2024, hitmen killed a local councillor in Uruapan.", "Unidentified Armed Group (Mexico)"),
]


@pytest.mark.parametrize(("text", "name"), REPORTS)
def test_common_noun_armed_actor(text: str, name: str) -> None:
    actors = [a for e in api.extract(text, "t.txt") for a in e.actors if a.canonical == name]
    assert actors, text
    assert actors[0].role == "perpetrator" and actors[0].inter == 3


NOUNS = [
    ("Fighting broke out between armed groups loyal to two rival leaders.", "armed groups"),
    ("Gang members set up a roadblock.", "Gang members"),
    ("A gang rape was reported to the police.", None),
    ("The militia withdrew at dawn.", "The militia"),
    ("Pirates boarded the tanker.", "Pirates"),
    ("Unknown armed men opened fire.", "Unknown armed men"),
]


@pytest.mark.parametrize(("text", "noun"), NOUNS)
def test_which_nouns_name_armed_people(text: str, noun: str | None) -> None:
    armed = [a.text for a in find_actors(text) if a.category == "generic_armed"]
    assert armed == ([noun] if noun else [])
