"""Affiliation: a group the text (or the table) places under a parent also names the parent."""

from __future__ import annotations

import re

import pytest

from kronika import actors
from kronika.actors import find_actors, link_parents, parents_of


def test_affiliation_table_integrity() -> None:
    data = actors._load("affiliations.json")
    known = {g["canonical"] for g in actors._load("groups.json")["groups"]}
    for child, parent in data["parents"].items():
        assert child in known and parent in known and child != parent
    for key in (
        "stated_confirmed",
        "stated_alleged",
        "prefix_confirmed",
        "prefix_alleged",
        "calls_its",
        "appositive",
    ):
        re.compile(data[key])
    # parents keep their full name so downstream tools can filter by it
    assert actors.parent_of("Islamic State West Africa Province") == "Islamic State"
    assert actors.parent_of("al-Shabaab") == "al-Qaeda"


def _links(text: str) -> dict[str, list[tuple[str, str]]]:
    return {a.text: parents_of(a) for a in link_parents(text, find_actors(text))}


@pytest.mark.parametrize(
    ("text", "child", "parent", "certainty"),
    [
        (
            "The Maute group, which had pledged allegiance to ISIS, burned a school.",
            "Maute group",
            "Islamic State",
            "confirmed",
        ),
        (
            "Abu Sayyaf, a faction loyal to the Islamic State, kidnapped two divers.",
            "Abu Sayyaf",
            "Islamic State",
            "confirmed",
        ),
        (
            "Abu Sayyaf is loyal to the Islamic State and kidnapped two divers.",
            "Abu Sayyaf",
            "Islamic State",
            "confirmed",
        ),
        ("Boko Haram, reportedly linked to al-Qaeda, raided a village.", "Boko Haram", "al-Qaeda", "alleged"),
        (
            "The ADF, which IS calls its Central Africa Province, raided a farm.",
            "ADF",
            "Islamic State",
            "confirmed",
        ),
        ("IS-linked militants ambushed a convoy near the river.", "militants", "Islamic State", "alleged"),
        ("Al-Qaeda-affiliated gunmen stormed a hotel.", "gunmen", "al-Qaeda", "confirmed"),
        ("ISWAP fighters overran a base.", "ISWAP fighters", "Islamic State", "confirmed"),
        ("JNIM claimed the ambush.", "JNIM", "al-Qaeda", "confirmed"),
        ("Gunmen opened fire on a market.", "Gunmen", None, None),
        ("Boko Haram said its fighters had burned the barracks.", "fighters", "Boko Haram", "confirmed"),
        ("Boko Haram left. The army said its soldiers and fighters met.", "fighters", None, None),
        (
            "Rebels called al-Shabaab, which has no ties to the Somali group, raided a port.",
            "al-Shabaab",
            None,
            None,
        ),
        (
            "Insurgents linked to ISIS took a town. Later, insurgents burned a church.",
            "insurgents",
            "Islamic State",
            "alleged",
        ),
        ("The Taliban seized the district.", "Taliban", None, None),
    ],
)
def test_parent_links(text: str, child: str, parent: str | None, certainty: str | None) -> None:
    links = _links(text)
    got = links[child]
    if parent is None:
        assert got == []
    else:
        assert (parent, certainty) in got


EVENTS = [
    # (report, actor, its affiliation, whether the parent is also an actor of the event)
    (
        "On 2 May 2024, ISWAP fighters overran a base in Borno, killing five soldiers.",
        "ISWAP fighters",
        "Islamic State",
        False,
    ),
    ("On 3 May 2024, JNIM claimed an ambush near Djibo that killed ten soldiers.", "JNIM", "al-Qaeda", False),
    (
        "On 4 May 2024, al-Shabaab militants attacked a base in Lower Shabelle, killing four soldiers.",
        "al-Shabaab militants",
        "al-Qaeda",
        False,
    ),
    ("On 5 May 2024, AQIM gunmen kidnapped two engineers near Gao.", "AQIM gunmen", "al-Qaeda", False),
    (
        "On 6 May 2024, IS-linked militants ambushed a convoy near Palma, killing three soldiers.",
        "militants",
        "Islamic State",
        True,
    ),
    (
        "On 7 May 2024, al-Qaeda-affiliated gunmen stormed a hotel in Bamako, killing six guests.",
        "gunmen",
        "al-Qaeda",
        True,
    ),
]


@pytest.mark.parametrize(("text", "name", "parent", "named"), EVENTS)
def test_affiliation_kept_apart_unless_the_text_names_it(
    text: str, name: str, parent: str, named: bool
) -> None:
    """A parent only the table knows is the actor's affiliation, not one more actor of the event."""
    from kronika import api

    events = api.extract(text, "t.txt")
    assert len(events) == 1
    by_name = {a.name: a for a in events[0].actors}
    assert by_name[name].affiliation == parent
    assert any(a.canonical == parent for a in events[0].actors) is named
