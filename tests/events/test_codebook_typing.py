"""Who acted against whom decides the ACLED type, by the codebook's definitions.

A demonstration named as what people are held for is no demonstration of the report; a movement
of forces told beside fighting already known is the movement; weapons found in an operation are
a seizure; armed people hit are an armed target; two armed sides fighting are a battle; an armed
group that is no state detains people by abduction; an attack thwarted with fighters killed is a
fight. Every sentence here is written for these tests."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika import api

#: (kind, event type, sub-event type, the language pattern) -> reports
CASES: dict[tuple[str, str, str, str], list[str]] = {
    # the protest is the deed people are detained for: the detention is the happening
    ("arrest", "Strategic developments", "Arrests", "held for a protest"): [
        "On 3 May 2021, police arrested 40 people in Minsk for taking part in the weekend protests.",
        "On 5 May 2021, twelve activists were detained in Almaty for their participation in an unauthorised rally.",
        "On 6 May 2021, riot police detained six students in Tbilisi over their role in organising the march.",
    ],
    # people named by an earlier detention, then hurt by the forces: violence against them
    ("attack", "Violence against civilians", "Attack", "demonstrators held earlier"): [
        "On 7 May 2021, demonstrators who had been detained in Dhaka were beaten by police officers at the station.",
        "On 8 May 2021, protesters who were arrested last week in Khartoum were tortured by the police.",
    ],
    # a movement of forces beside fighting told as already known
    ("group_change", "Strategic developments", "Change to group/activity", "forces moved amid fighting"): [
        "On 9 May 2021, the army sent reinforcements to Idlib in connection with the ongoing clashes in the province.",
        "On 9 May 2021, government troops were deployed to Tillaberi amid the continuing fighting in the region.",
    ],
    # weapons found in an operation, no one hurt; an assault rifle is a weapon's name
    ("seizure", "Strategic developments", "Disrupted weapons use", "weapons found in an operation"): [
        "On 4 May 2021, gendarmes seized two assault rifles and a grenade belonging to the PKK during a military operation near Mardin.",
        "On 6 May 2021, soldiers seized three AK-47 rifles and ammunition during a security operation in Sinai.",
    ],
    # members of a force killed or hurt as the passive's subject: an attack on an armed target
    ("attack", "Battles", "Armed clash", "armed people hit"): [
        "On 4 May 2021, three members of the border police were killed when gunmen opened fire on them near Quetta.",
        "On 6 May 2021, two soldiers were wounded when unknown assailants fired at them in Tillaberi.",
    ],
    # two organised armed sides fighting, whatever else the sentence tells; a thwarted attack with fighters killed
    ("clash", "Battles", "Armed clash", "two armed sides"): [
        "On 8 May 2021, villages were torched during fighting between ADF rebels and the Congolese army near Beni.",
        "On 5 May 2021, government forces thwarted an attack by Houthi fighters on Marib, killing several of them.",
        "On 6 May 2021, the army foiled an offensive by the rebels near Kidal, killing eleven fighters.",
        "On 6 May 2021, gunfire and explosions involving unknown armed men were reported in Rafah.",
    ],
    # an armed group that is no state force detains people
    ("attack", "Violence against civilians", "Abduction/forced disappearance", "non-state captor"): [
        "On 5 May 2021, Hayat Tahrir al-Sham detained two journalists in Idlib.",
        "On 6 May 2021, al-Shabaab militants arrested three elders in Jilib.",
    ],
    # the armed group is the one detained, by the state: an arrest
    ("arrest", "Strategic developments", "Arrests", "armed group detained"): [
        "On 7 May 2021, an al-Shabaab member was arrested by police in Mogadishu.",
        "On 7 May 2021, police foiled a bomb plot in Lahore and arrested two men.",
    ],
}

ROWS = [(text, *key) for key, texts in CASES.items() for text in texts]


@pytest.mark.parametrize(("text", "kind", "event_type", "sub_event_type", "pattern"), ROWS)
def test_report_is_typed_by_who_acted_against_whom(
    text: str, kind: str, event_type: str, sub_event_type: str, pattern: str
) -> None:
    events = api.extract(text, "t.txt")
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [(kind, event_type, sub_event_type)]


@pytest.mark.parametrize(
    ("text", "captor"),
    [
        ("On 5 May 2021, Hayat Tahrir al-Sham detained two journalists in Idlib.", "Hayat Tahrir al-Sham"),
        ("On 6 May 2021, al-Shabaab militants arrested three elders in Jilib.", "al-Shabaab militants"),
    ],
)
def test_the_captor_of_an_abduction_is_its_perpetrator(text: str, captor: str) -> None:
    (event,) = api.extract(text, "t.txt")
    assert [a.name for a in event.actors if a.role == "perpetrator"] == [captor]
