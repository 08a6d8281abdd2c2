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
    # abducted people killed: further violence makes the abduction an attack
    ("attack", "Violence against civilians", "Attack", "abductees killed"): [
        "On 3 May 2021, gunmen kidnapped three farmers near Gusau and killed two of them.",
        "On 3 May 2021, armed men abducted five traders in Culiacan and killed one of them.",
    ],
    # a fire-bomb thrown at a person's home: an attack with fire, no explosive device
    ("attack", "Violence against civilians", "Attack", "fire-bomb at a home"): [
        "On 5 May 2021, unknown men threw a petrol bomb at the house of an opposition councillor in Blantyre.",
    ],
    # an aircraft shot down: a missile attack
    ("attack", "Explosions/Remote violence", "Shelling/artillery/missile attack", "aircraft shot down"): [
        "On 8 May 2021, a helicopter was shot down by rebels near Kidal, killing two pilots.",
    ],
    # a found bomb set off by the force that found it: a disrupted weapon
    ("seizure", "Strategic developments", "Disrupted weapons use", "bomb set off by its finders"): [
        "On 9 May 2021, police detonated a bomb found outside a church in Makassar.",
        "On 9 May 2021, the bomb squad detonated two devices left near the market in Jalalabad.",
    ],
    # a death or a detention the crowd protests about is its cause, not force used on it
    ("protest", "Protests", "Protest with intervention", "death as cause, then dispersal"): [
        "On 10 May 2021, residents of Kibera stopped police from taking away the body of a man who was killed by police. The demonstrators then marched to the police station. Police fired tear gas to disperse them.",
        "On 10 May 2021, about 300 people protested in Kano over the body of a boy who was shot by soldiers. Police dispersed the crowd with tear gas.",
    ],
    ("protest", "Protests", "Peaceful protest", "detention as cause"): [
        "On 11 May 2021, hundreds protested in Lviv against the arrest of a local activist.",
        "On 11 May 2021, students rallied in Dhaka over the detention of two classmates.",
    ],
    # recovering stolen animals is no territory taken; recovering a town is
    ("clash", "Battles", "Armed clash", "cattle recovered"): [
        "On 12 May 2021, militiamen clashed with soldiers near Bunia while trying to recover stolen goats.",
    ],
    ("clash", "Battles", "Non-state actor overtakes territory", "town recovered"): [
        "On 12 May 2021, rebels clashed with the army near Bunia and recovered control of the town.",
    ],
    # a people's home in a camp is no armed target
    ("attack", "Violence against civilians", "Attack", "refugee camp"): [
        "On 13 May 2021, soldiers stormed a refugee camp near Tak and beat residents.",
    ],
    # a patrol named as a thing is no movement of forces; one conducted is
    ("other", "Strategic developments", "Other", "patrol blocked"): [
        "On 14 May 2021, soldiers of one country blocked a foreign patrol from entering the town of Tal Tamr.",
    ],
    ("group_change", "Strategic developments", "Change to group/activity", "patrol conducted"): [
        "On 15 May 2021, Russian and Turkish troops conducted a joint patrol near Kobani.",
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
