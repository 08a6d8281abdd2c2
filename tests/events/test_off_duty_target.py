"""A member of the armed forces attacked off duty, on leave or at home is hit as a civilian is:
ACLED codes it violence against civilians, not an armed clash; an attack on a post stays a
fight with an armed side. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: event type -> reports of an attack on a member of the armed forces
CASES: dict[str, list[str]] = {
    "Violence against civilians": [
        "On 4 June 2021, gunmen shot dead an off-duty police officer in Culiacan.",
        "On 5 June 2021, armed men attacked a soldier at his home in Maiduguri, killing him.",
        "On 6 June 2021, unidentified assailants killed a gendarme at his house in Kaya.",
        "On 7 June 2021, gunmen killed a police officer in his home in Celaya.",
        "On 8 June 2021, militants shot dead a soldier on leave in his village near Baidoa.",
    ],
    "Battles": [
        "On 9 June 2021, gunmen attacked a police checkpoint in Celaya, killing two officers.",
        "On 10 June 2021, militants attacked an army post near Kaya, and soldiers fought back from their homes.",
        "On 11 June 2021, armed men ambushed a military patrol near Gao, killing three soldiers.",
        "On 12 June 2021, bandits attacked a police station in Zamfara and killed an officer.",
        "On 13 June 2021, rebels attacked an army base near Beni, killing a soldier.",
    ],
}

ROWS = [(text, event_type) for event_type, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "event_type"), ROWS)
def test_an_attack_on_forces_off_duty_is_on_civilians(text: str, event_type: str) -> None:
    assert [e.event_type for e in api.extract(text, "t.txt")] == [event_type]
