"""Roles of the actors of an assembled event: who attacked, who answered, who suffered, who spoke."""

from __future__ import annotations

import pytest

from kronika.api import extract


def _roles(text: str) -> dict[str, set[str]]:
    events = [e for e in extract(text, published="2023-05-04") if e.kind in ("attack", "clash")]
    assert events, text
    roles: dict[str, set[str]] = {}
    for actor in events[0].actors:
        roles.setdefault(actor.name.lower().removeprefix("the "), set()).add(actor.role)
    return roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # forces that kill the attackers in response are security forces, the attackers perpetrators
        (
            "On 3 May 2023, gunmen killed five worshippers at a mosque in Kano, Nigeria. "
            "The army killed two of the gunmen.",
            "army",
            "security_force",
        ),
        (
            "On 3 May 2023, gunmen killed five worshippers at a mosque in Kano, Nigeria. "
            "The army killed two of the gunmen.",
            "gunmen",
            "perpetrator",
        ),
        (
            "On 3 May 2023, militants killed six villagers in an attack in Borno State, Nigeria. "
            "Soldiers killed two of the attackers.",
            "soldiers",
            "security_force",
        ),
        (
            "On 3 May 2023, gunmen killed five worshippers at a mosque in Kano, Nigeria.",
            "worshippers",
            "victim",
        ),
        (
            "On 3 May 2023, gunmen killed five worshippers at a mosque in Kano, Nigeria.",
            "gunmen",
            "perpetrator",
        ),
        (
            "On 3 May 2023, gunmen shot dead four students at a college in Kano, Nigeria, police said.",
            "police",
            "authority",
        ),
        # an operation the state starts: the forces are its perpetrators
        (
            "On 3 May 2023, troops killed five militants in a raid on a camp in Borno State, Nigeria.",
            "troops",
            "perpetrator",
        ),
    ],
)
def test_role(text: str, name: str, role: str) -> None:
    assert role in _roles(text)[name]


def test_claimant() -> None:
    text = (
        "On 3 May 2023, a suicide bomber killed nine people at a market in Maiduguri, Nigeria. "
        "Boko Haram claimed responsibility for the bombing."
    )
    assert "claimant" in _roles(text)["boko haram"]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, gunmen killed five worshippers at a mosque in Kano, Nigeria. "
        "The army killed two of the gunmen. The Army said the Islamic State claimed the attack.",
        "On 3 May 2023, ISWAP fighters attacked a base in Borno State, Nigeria, killing four soldiers. "
        "IS claimed the attack. The Islamic State said its fighters seized weapons.",
    ],
)
def test_one_actor_per_name(text: str) -> None:
    for event in extract(text, published="2023-05-04"):
        keys = [(a.canonical or a.name.lower().removeprefix("the ")) for a in event.actors]
        assert len(keys) == len(set(keys)), event.actors


def test_merged_actor_keeps_weightiest_role() -> None:
    text = (
        "On 3 May 2023, gunmen killed five worshippers at a mosque in Kano, Nigeria. "
        "The army killed two of the gunmen. The Army said the Islamic State claimed the attack."
    )
    roles = _roles(text)
    assert roles["army"] == {"security_force"}
    assert roles["gunmen"] == {"perpetrator"}
    assert roles["islamic state"] == {"claimant"}
