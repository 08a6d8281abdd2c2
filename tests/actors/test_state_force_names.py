"""A state's forces named by a proper name or acronym ('RDF', 'CRPF', 'Operation Barkhane')
are that state's Military or Police Forces; a group joined to the verb of the device it left
('a Taliban-planted mine') is named as the doer."""

from __future__ import annotations

import pytest

from kronika.actors import find_actors

FORCES = [
    ("RDF troops crossed the border at dawn.", "RDF", "Military Forces of Rwanda"),
    ("UPDF soldiers patrolled the valley.", "UPDF", "Military Forces of Uganda"),
    ("A CRPF patrol came under fire.", "CRPF", "Police Forces of India"),
    ("Operation Barkhane carried out an airstrike.", "Operation Barkhane", "Military Forces of France"),
    (
        "The Haitian National Police cleared the barricade.",
        "Haitian National Police",
        "Police Forces of Haiti",
    ),
    ("PNP officers raided the house.", "PNP", "Police Forces of the Philippines"),
    ("ANDSF units retook the checkpoint.", "ANDSF", "Military Forces of Afghanistan"),
    ("Carabineros dispersed the march.", "Carabineros", "Police Forces of Chile"),
]


@pytest.mark.parametrize(("text", "mention", "canonical"), FORCES)
def test_named_state_forces(text: str, mention: str, canonical: str) -> None:
    forces = [(a.text, a.canonical) for a in find_actors(text) if a.category == "state_force"]
    assert forces[:1] == [(mention, canonical)]


PLANTED = [
    ("A Taliban-planted mine killed two policemen.", "Taliban"),
    ("An ELN-laid explosive hit the pipeline.", "ELN"),
    ("An al-Shabaab-planted bomb went off at the gate.", "al-Shabaab"),
    ("A Houthi-fired missile struck the port.", "Houthi"),
    ("The NPA-planted device was found by troops.", "NPA"),
    ("A Hamas-run ministry gave the toll.", None),
]


@pytest.mark.parametrize(("text", "group"), PLANTED)
def test_group_joined_to_its_device(text: str, group: str | None) -> None:
    groups = [a.text for a in find_actors(text) if a.category == "armed_group"]
    assert groups == ([group] if group else [])
