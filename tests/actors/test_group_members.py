"""A named group and the noun for its members ('ISWAP fighters', 'CJNG gunmen') are one actor,
and a common noun for armed people beside a group named as doing the same is that group: no
extra 'Unidentified Armed Group' in the record."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api
from kronika.actors import find_actors

MENTIONS = [
    ("ISWAP fighters overran the base.", "ISWAP fighters", "Islamic State West Africa Province"),
    ("CJNG gunmen opened fire on the bar.", "CJNG gunmen", "CJNG: Jalisco New Generation Cartel"),
    ("M23 rebels took the hill.", "M23 rebels", "March 23 Movement"),
    ("Anti-Balaka militiamen burned the market.", "Anti-Balaka militiamen", "Anti-Balaka"),
    ("NPA guerrillas and the army traded fire.", "NPA", "New People's Army"),
]


@pytest.mark.parametrize(("text", "mention", "canonical"), MENTIONS)
def test_group_and_its_members_are_one_mention(text: str, mention: str, canonical: str) -> None:
    groups = [a for a in find_actors(text) if a.category == "armed_group"]
    assert [(a.text, a.canonical) for a in groups][:1] == [(mention, canonical)]
    assert text[groups[0].start : groups[0].end] == mention


REPORTS = [
    (
        "On 3 June 2024, Nigerian troops repelled an attack by ISWAP fighters on a base in Monguno, killing 12 insurgents.",
        "Islamic State West Africa Province",
    ),
    (
        "On 4 June 2024, al-Shabaab militants stormed a base in Hiraan, and the attackers killed four soldiers.",
        "al-Shabaab",
    ),
    (
        "On 5 June 2024, Mexican soldiers clashed with Sinaloa Cartel gunmen in Culiacan, killing seven gunmen.",
        "Sinaloa Cartel",
    ),
    (
        "On 6 June 2024, the Arakan Army attacked an outpost near Sittwe; the insurgents killed four soldiers.",
        "ULA/AA: United League of Arakan/Arakan Army",
    ),
    (
        "On 7 June 2024, ELN fighters attacked a police station in Arauca, and the attackers wounded three officers.",
        "National Liberation Army (Colombia)",
    ),
]


@pytest.mark.parametrize(("text", "group"), REPORTS)
def test_no_unidentified_group_beside_the_named_one(text: str, group: str) -> None:
    actors = [a for e in api.extract(text, "t.txt") for a in e.actors]
    assert any(a.canonical == group for a in actors), [(a.name, a.canonical) for a in actors]
    assert not any((a.canonical or "").startswith("Unidentified Armed Group") for a in actors)
