"""One sentence, two happenings in two towns: stretches joined by 'while', 'whereas' or ', and'
that each tell violence of their own in a town of their own are two events, each with its own
means and figures. A 'while' that only tells when ("while they were working"), a second stretch
with no violence of its own, or one town told twice stay one event. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from kronika import api

PUBLISHED = "2023-03-10"

#: text -> the (kind, sub-event type, place) of each event, in text order
SPLIT = [
    (
        "Two soldiers were abducted in Kidal on Monday, while a third was taken by gunmen in Gao.",
        [
            ("attack", "Abduction/forced disappearance", "Kidal"),
            ("attack", "Abduction/forced disappearance", "Gao"),
        ],
    ),
    (
        "Gunmen shot dead a trader in Kano on Tuesday, and in Kaduna a bomb wounded five people.",
        [
            ("attack", "Attack", "Kano"),
            ("attack", "Remote explosive/landmine/IED", "Kaduna"),
        ],
    ),
    (
        "A roadside bomb killed four people in Mogadishu on Sunday, whereas in Baidoa gunmen abducted "
        "a teacher.",
        [
            ("attack", "Remote explosive/landmine/IED", "Mogadishu"),
            ("attack", "Abduction/forced disappearance", "Baidoa"),
        ],
    ),
    (
        "Bandits kidnapped nine travellers near Zaria on Friday while gunmen shot dead a farmer in Katsina.",
        [
            ("attack", "Abduction/forced disappearance", "Zaria"),
            ("attack", "Attack", "Katsina"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_each_town_tells_its_own_happening(text: str, expected: list[tuple[str, str, str]]) -> None:
    events = api.process(text, published=PUBLISHED).events
    assert sorted((e.kind, e.sub_event_type, e.place) for e in events) == sorted(expected)


def test_each_stretch_keeps_its_own_figures() -> None:
    text = "A bomb killed four people in Mogadishu on Sunday, while gunmen shot dead two guards in Baidoa."
    events = api.process(text, published=PUBLISHED).events
    assert sorted((e.place, e.killed) for e in events) == [("Baidoa", 2), ("Mogadishu", 4)]


#: one happening however the sentence is joined
ONE = [
    "Gunmen killed two farmers in Benue on Monday while they were working in their fields near Makurdi.",
    "Soldiers clashed with rebels in Beni on Friday, and two civilians were killed in the crossfire.",
    "Gunmen attacked a church in Owo on Sunday, while worshippers in Owo were attacked with knives.",
    "Militants stormed a police post in Bannu on Monday, and in the ensuing gunfight three officers died.",
]


@pytest.mark.parametrize("text", ONE)
def test_one_happening_stays_one(text: str) -> None:
    assert len(api.process(text, published=PUBLISHED).events) == 1
