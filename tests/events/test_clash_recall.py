"""A report of fighting between two armed sides is a battle even without a casualty figure:
two named or typed sides, a verb of breaking out or erupting, or a day or place of its own make
it one clash (Battles / Armed clash), and a death toll of such fighting keeps it a battle, not
violence against civilians. Fighting named in general or as background ("years of fighting",
"to end the fighting", "clashes have displaced thousands since ...") is no event. Every
sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kronika import api

PUBLISHED = "2024-03-10"

#: reports of one clash between two armed sides
CLASHES = [
    "Fighting broke out on Friday between the army and SPLA-IO fighters near Nasir.",
    "Heavy clashes erupted between two rival militias in Zawiya on Thursday.",
    "Clashes between Al-Shabaab fighters and government troops were reported in Bulo Burde on 2 March.",
    "Soldiers and rebels exchanged fire near Rutshuru on Wednesday.",
    "Fighting between the army and rebels killed five near Kidal on Monday.",
    "Fighting between government forces and RSF fighters left twelve dead in Nyala on Sunday.",
    "Fighting between the military and an ethnic armed group killed three in Hpakant on Saturday.",
]

#: fighting told in general, as history or as an aim
GENERIC = [
    "Clashes have displaced thousands of people in the region since 2019.",
    "Talks aimed to end the fighting between the army and the RSF.",
    "Mediators called for a halt to fighting between the army and the militia.",
    "Years of fighting between the army and rebels have killed thousands.",
    "The fighting in the region has forced aid agencies to suspend their work.",
    "Talks aimed to end fighting between the army and the rebels.",
    "The clashes between the army and the RSF have displaced millions since April 2023.",
    "Fighting between the army and rebels has displaced 40,000 people since 2021.",
]


def _events(text: str) -> list:
    return api.process(text, published=PUBLISHED).events


@pytest.mark.parametrize("text", CLASHES)
def test_a_clash_between_two_sides_is_a_battle(text: str) -> None:
    events = _events(text)
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [("clash", "Battles", "Armed clash")]


@pytest.mark.parametrize("text", GENERIC)
def test_fighting_in_general_is_no_event(text: str) -> None:
    assert _events(text) == []


#: fighting told as the cause of a flight: the displacement is what is reported
DISPLACEMENTS = [
    "Fighting between the army and an armed group forced hundreds of villagers to flee on 2 March.",
    "On 4 March, fighting between soldiers and rebels near Rutshuru displaced some 900 families.",
]


@pytest.mark.parametrize("text", DISPLACEMENTS)
def test_fighting_that_drives_people_out_is_no_battle_of_its_own(text: str) -> None:
    assert "Battles" not in [e.event_type for e in _events(text)]
