"""A battle named as one ("the Battle of Tessit", an encyclopedia page's title and its first line)
or told with its fierceness ("a fierce battle raged") is a clash; a happening only remembered (the
anniversary of an attack, a memorial for its victims, its commemoration) is no event of the day it
is remembered on. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from kronika import api

PUBLISHED = "2023-03-10"

#: (text, date_start) of one battle
BATTLES = [
    (
        "Battle of Tessit\n\nThe Battle of Tessit was an engagement between the Malian army and "
        "jihadists near Tessit on 7 August 2022.",
        "2022-08-07",
    ),
    (
        "Battle of Kismayo\n\nThe Battle of Kismayo took place on 28 September 2012, when Kenyan "
        "troops and Somali forces landed near Kismayo.",
        "2012-09-28",
    ),
    ("A fierce battle raged between the army and the rebels near Rutshuru on Saturday.", "2023-03-04"),
    ("Heavy battles between soldiers and insurgents were reported near Kidal on 2 March.", "2023-03-02"),
    ("A pitched battle between two armed gangs broke out in Port-au-Prince on Monday.", "2023-03-06"),
]


@pytest.mark.parametrize(("text", "day"), BATTLES)
def test_a_battle_is_a_clash(text: str, day: str) -> None:
    events = api.process(text, published=PUBLISHED).events
    assert [(e.kind, e.event_type, str(e.date_start)) for e in events] == [("clash", "Battles", day)]


#: a happening remembered, a battle that is no fighting
REMEMBERED = [
    "Veterans gathered in Kyiv on Sunday to mark the anniversary of the Battle of Ilovaisk.",
    "Relatives gathered in Beslan on Sunday to mark the anniversary of the school attack.",
    "A memorial service for the victims of the 2015 market bombing was held in Maiduguri on Friday.",
    "Survivors laid flowers in remembrance of those killed in the 2019 church bombings in Colombo on Sunday.",
    "Families in Srebrenica commemorated the massacre on Tuesday.",
    "The president faces a legal battle over the election results in Nairobi.",
]


@pytest.mark.parametrize("text", REMEMBERED)
def test_a_happening_remembered_is_no_event(text: str) -> None:
    assert api.process(text, published=PUBLISHED).events == []


def test_the_remembered_attack_leaves_the_days_attack() -> None:
    text = (
        "Gunmen shot dead two guards at a bank in Kano on Monday, a week after relatives marked the "
        "anniversary of the market bombing."
    )
    events = api.process(text, published=PUBLISHED).events
    assert [(e.kind, str(e.date_start), e.killed) for e in events] == [("attack", "2023-03-06", 2)]


#: a monitor's tally of cases over a period: an aggregate, no happening of its own
TALLIES = [
    "Amnesty documented at least 40 cases of people tortured by police in Kisumu between January and June.",
    "The UN recorded 112 incidents of sexual violence in Ituri last year.",
    "The monitoring group documented 27 cases of civilians executed by soldiers in Mopti from March to May.",
]


@pytest.mark.parametrize("text", TALLIES)
def test_a_tally_of_cases_is_no_event(text: str) -> None:
    assert api.process(text, published=PUBLISHED).events == []
