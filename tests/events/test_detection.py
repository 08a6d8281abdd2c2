"""Triggers → event kinds, in active and passive voice; negation and plans give no event."""

from __future__ import annotations

import pytest

from kronika import api

PUBLISHED = "2023-06-10"


def _kinds(text: str) -> list[str]:
    return [e.kind for e in api.extract(text, "t.txt", PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 3 June 2023, a gunman opened fire on shoppers at a market in Lahore.", "attack"),
        ("On 3 June 2023, a man stabbed two passengers on a train in Hamburg.", "attack"),
        ("On 3 June 2023, a driver rammed a truck into a crowd in Nice.", "attack"),
        ("On 3 June 2023, a suicide bomber blew himself up at a mosque in Peshawar.", "attack"),
        ("On 3 June 2023, a roadside bomb exploded near a convoy in Kandahar.", "attack"),
        ("On 3 June 2023, a drone strike hit a compound in Idlib.", "attack"),
        ("On 3 June 2023, militants ambushed an army patrol near Gao.", "attack"),
        ("On 3 June 2023, gunmen abducted 20 students from a school in Kaduna.", "attack"),
        ("On 3 June 2023, a church in Kaduna was attacked by armed men.", "attack"),
        ("On 3 June 2023, soldiers clashed with rebels near Beni, killing 7 rebels.", "clash"),
        ("On 3 June 2023, a shoot-out between police and gunmen in Karachi left 3 dead.", "clash"),
        ("On 3 June 2023, police arrested three suspects in Brussels.", "arrest"),
        ("On 3 June 2023, two men were detained at Kabul airport.", "arrest"),
        ("On 3 June 2023, a court in Paris convicted four men of terrorism.", "legal_action"),
        ("On 3 June 2023, the suspect was extradited to France from Spain.", "legal_action"),
        ("On 3 June 2023, police seized explosives and rifles in a flat in Mosul.", "seizure"),
        ("On 3 June 2023, the Islamic State released a video of its fighters in Syria.", "statement"),
        ("On 3 June 2023, a local faction pledged allegiance to the Islamic State in Syria.", "allegiance"),
        (
            "On 3 June 2023, the United States designated the group as a terrorist organization.",
            "designation",
        ),
        ("On 3 June 2023, the UN Security Council added the group to its sanctions list.", "designation"),
        ("On 3 June 2023, a militia in Tete announced its allegiance to the Islamic State.", "allegiance"),
        ("On 3 June 2023, the suspect pleaded guilty at a court in Vienna.", "legal_action"),
        ("On 3 June 2023, the trial of six men opened in Paris.", "legal_action"),
    ],
)
def test_trigger_kinds(text: str, kind: str) -> None:
    assert kind in _kinds(text), (_kinds(text), text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 3 June 2023, police said the cell planned to carry out attacks in Vienna.", "attack"),
        ("On 3 June 2023, the men were planning to attack a church in Lyon.", "attack"),
        ("On 3 June 2023, the group threatened to bomb the embassy in Nairobi.", "attack"),
        ("On 3 June 2023, the group denied involvement in the bombing in Quetta.", "claim"),
        ("On 3 June 2023, no one was killed in Kabul.", "attack"),
        ("On 3 June 2023, police did not arrest anyone in Lagos.", "arrest"),
        ("On 3 June 2023, the plotters could have bombed the stadium in Madrid.", "attack"),
    ],
)
def test_negated_and_planned_give_no_event_of_that_kind(text: str, kind: str) -> None:
    assert kind not in _kinds(text), text


def test_controlled_explosion_is_not_an_attack() -> None:
    text = "On 3 June 2023, police raided a house in Leeds, using a controlled explosion to open the door."
    assert "attack" not in _kinds(text)


def test_airstrike_by_a_state_is_an_air_strike() -> None:
    events = api.extract(
        "On 3 June 2023, the air force launched an airstrike on a camp in Gedo.", "t", PUBLISHED
    )
    assert [(e.kind, e.event_type, e.sub_event_type) for e in events] == [
        ("attack", "Explosions/Remote violence", "Air/drone strike")
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "sub_type"),
    [
        (
            "On 3 June 2023, gunmen opened fire on worshippers at a church in Owo.",
            "Violence against civilians",
            "Attack",
        ),
        ("On 3 June 2023, gunmen attacked a police checkpoint in Owo.", "Battles", "Armed clash"),
        (
            "On 3 June 2023, a suicide bomber struck a market in Maiduguri.",
            "Explosions/Remote violence",
            "Suicide bomb",
        ),
        (
            "On 3 June 2023, a car bomb exploded outside a hotel in Mogadishu.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        (
            "On 3 June 2023, militants threw a grenade at a bus stop in Srinagar.",
            "Explosions/Remote violence",
            "Grenade",
        ),
        (
            "On 3 June 2023, gunmen kidnapped 12 farmers in Zamfara.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        ("On 3 June 2023, police arrested two suspects in Ankara.", "Strategic developments", "Arrests"),
    ],
)
def test_acled_mapping(text: str, event_type: str, sub_type: str) -> None:
    events = api.extract(text, "t", PUBLISHED)
    assert events, text
    assert (events[0].event_type, events[0].sub_event_type) == (event_type, sub_type)


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (
            "On 3 June 2023, gunmen killed 5 people in Kabul. The Islamic State claimed responsibility.",
            "claimed",
        ),
        (
            "On 3 June 2023, gunmen killed 5 people in Kabul. "
            "ISIS later claimed the attack via its Amaq agency.",
            "claimed",
        ),
        ("On 3 June 2023, suspected ISWAP fighters killed 9 farmers in Borno.", "suspected"),
        (
            "On 3 June 2023, a bomb killed 4 people in Quetta. "
            "Officials said the attacker was believed to be linked to the Taliban.",
            "suspected",
        ),
        (
            "On 3 June 2023, a gunman killed 3 people in Vienna. His brother said he belonged to ISIS.",
            "alleged",
        ),
        ("On 3 June 2023, gunmen killed 6 soldiers in Mali. JNIM said it was behind the ambush.", "claimed"),
    ],
)
def test_attribution(text: str, attribution: str) -> None:
    events = [e for e in api.extract(text, "t", PUBLISHED) if e.kind in ("attack", "clash")]
    assert len(events) == 1, events
    assert events[0].attribution == attribution


def test_claimant_actor_has_the_claimant_role() -> None:
    text = "On 3 June 2023, a bomb killed 4 people in Quetta. The Islamic State claimed responsibility."
    (event,) = api.extract(text, "t", PUBLISHED)
    assert any(a.role == "claimant" and a.canonical == "Islamic State" for a in event.actors)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 June 2023, the ministry released a statement on the floods in Sindh.",
        "On 3 June 2023, the club named Ali Khan as its new head coach in Lahore.",
        "On 3 June 2023, the army released a video of the rescue in Kunar.",
    ],
)
def test_statements_and_leaders_need_an_armed_group(text: str) -> None:
    assert not [k for k in _kinds(text) if k in ("statement", "group_change")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 3 June 2023, a policeman was shot dead at a checkpoint in Quetta.", "attack"),
        ("On 3 June 2023, militants fired rockets at an army base in Bannu.", "attack"),
        ("On 3 June 2023, a suicide bomber killed 12 people at a rally in Bajaur.", "attack"),
    ],
)
def test_more_trigger_forms(text: str, kind: str) -> None:
    assert kind in _kinds(text), (_kinds(text), text)


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (
            "On 3 June 2023, gunmen killed 4 guards in Kano. Officials blamed the attack on Boko Haram.",
            "suspected",
        ),
        (
            "On 3 June 2023, gunmen killed 4 guards in Kano. "
            "Police blamed Boko Haram, which denied any role.",
            "denied",
        ),
        ("On 3 June 2023, gunmen killed 4 guards in Kano. No group has claimed responsibility.", "unknown"),
    ],
)
def test_blame_and_denial(text: str, attribution: str) -> None:
    (event,) = [e for e in api.extract(text, "t", PUBLISHED) if e.kind == "attack"]
    assert event.attribution == attribution


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("On 3 June 2023, police arrested 7 men in Jakarta and seized explosives.", ["arrest"]),
        ("On 3 June 2023, police foiled a bomb plot in Jakarta.", ["seizure"]),
        ("On 3 June 2023, troops killed the group's leader in an operation in Macomia.", ["clash"]),
        ("On 3 June 2023, insurgents occupied the town of Quissanga.", ["clash"]),  # overtakes territory
        ("In 2022 the group announced the appointment of a new emir.", ["group_change"]),
    ],
)
def test_outcome_kinds(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("In 2015 the region saw Islamist attacks on several towns.", 0),
        ("On 3 June 2023 two bombings hit Mogadishu.", 1),
        ("On 3 June 2023 coordinated attacks hit three towns in Borno, killing 12 people.", 1),
    ],
)
def test_attacks_in_general_are_not_a_happening(text: str, n: int) -> None:
    assert len([k for k in _kinds(text) if k == "attack"]) == n


@pytest.mark.parametrize(
    "follow_up",
    [
        "The attack bore the hallmarks of al-Shabaab.",
        "Suspicion fell on Boko Haram.",
        "ISWAP is suspected.",
    ],
)
def test_hallmarks_and_suspicion(follow_up: str) -> None:
    text = f"On 3 June 2023, gunmen killed 6 traders at a market in Kano. {follow_up}"
    (event,) = [e for e in api.extract(text, "t", PUBLISHED) if e.kind == "attack"]
    assert event.attribution == "suspected"
