"""A negation that governs a verb of prevention does not negate what follows: "the ban did not
stop the protest" tells a protest. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: report -> (kind, event type, sub-event type) of its one event
CASES = [
    (
        "On 5 January 2022, the truce did not stop fighting between the army and rebels near Kidal.",
        ("clash", "Battles", "Armed clash"),
    ),
    (
        "On 7 January 2022, the ban did not prevent hundreds of students from protesting in Lagos.",
        ("protest", "Protests", "Peaceful protest"),
    ),
    (
        "On 9 January 2022, heavy rain did not deter thousands of teachers from marching in Nairobi to demand higher pay.",
        ("protest", "Protests", "Peaceful protest"),
    ),
    (
        "On 11 January 2022, police failed to stop a mob from lynching a suspected thief in Kano.",
        ("riot", "Riots", "Mob violence"),
    ),
    (
        "On 13 January 2022, the ceasefire did not halt the shelling of Horlivka, which killed two civilians.",
        ("attack", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_negated_prevention_still_tells_the_event(text: str, expected: tuple[str, str, str]) -> None:
    assert [(e.kind, e.event_type, e.sub_event_type) for e in api.extract(text, "t.txt")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "On 5 January 2022, there were no clashes between the army and rebels near Kidal.",
        "On 7 January 2022, students did not protest in Lagos.",
    ],
)
def test_a_plain_negation_still_blocks(text: str) -> None:
    assert api.extract(text, "t.txt") == []
