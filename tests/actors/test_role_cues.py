"""Roles read from the clause: the group a violent verb is done to, the armed noun that only
names a site, a strike whose doer is named in the sentence before, a government that fights."""

# ruff: noqa: E501  (one report per line reads as a table)
from __future__ import annotations

import pytest

from kronika.api import extract


def _roles(text: str) -> dict[str, set[str]]:
    events = [e for e in extract(text, published="2023-05-04") if e.kind in ("attack", "clash")]
    assert events, text
    roles: dict[str, set[str]] = {}
    for e in events:
        for actor in e.actors:
            roles.setdefault((actor.canonical or actor.name).lower(), set()).add(actor.role)
    return roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the group right after the violent verb is what it was done to
        (
            "On 3 May 2023, soldiers ambushed an Islamic State base near Qandala, Somalia, killing three.",
            "islamic state",
            "target",
        ),
        (
            "On 3 May 2023, Puntland forces raided an al-Shabaab camp near Bosaso, killing four.",
            "al-shabaab",
            "target",
        ),
        (
            "On 3 May 2023, troops attacked the Arakan Army in Paletwa, Myanmar, killing five.",
            "ula/aa: united league of arakan/arakan army",
            "target",
        ),
        (
            "On 3 May 2023, police stormed a Barrio 18 hideout in Guatemala City, killing two.",
            "barrio 18",
            "target",
        ),
        (
            "On 3 May 2023, Kenyan troops shelled al-Shabaab positions near Kolbio, killing six.",
            "al-shabaab",
            "target",
        ),
        # ... but not the group that does it after "by"
        (
            "On 3 May 2023, a base in Monguno, Nigeria, was hit in an attack by ISWAP fighters, killing two soldiers.",
            "islamic state west africa province",
            "perpetrator",
        ),
    ],
)
def test_object_of_the_violent_verb(text: str, name: str, role: str) -> None:
    assert role in _roles(text).get(name, set()), _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, an airstrike hit militant hideouts near Miranshah, Pakistan, killing six.",
        "On 3 May 2023, jets bombed terrorist camps near Arish, Egypt, killing ten.",
        "On 3 May 2023, a drone strike destroyed insurgent positions near Mocimboa da Praia, Mozambique, killing four.",
        "On 3 May 2023, an airstrike hit jihadist bases near Menaka, Mali, killing five.",
        "On 3 May 2023, an air raid struck “terrorist” locations near Rafah, killing seven.",
    ],
)
def test_armed_noun_naming_a_site_is_the_target(text: str) -> None:
    events = [e for e in extract(text, published="2023-05-04") if e.kind in ("attack", "clash")]
    assert events
    named = [
        a
        for e in events
        for a in e.actors
        if a.name.strip("“”").lower() in ("militant", "terrorist", "insurgent", "jihadist")
    ]
    assert named and all(a.role == "target" for a in named), [
        (a.name, a.role) for e in events for a in e.actors
    ]


@pytest.mark.parametrize(
    ("text", "striker"),
    [
        (
            "On 3 May 2023, Egypt's military launched airstrikes on hideouts near Arish. A convoy of vehicles was the target of an airstrike, killing 12.",
            "egyptian armed forces",
        ),
        (
            "On 3 May 2023, the Nigerian Air Force launched air raids in Borno. A market in Gubio was hit by an airstrike, killing 20.",
            "military forces of nigeria",
        ),
        (
            "On 3 May 2023, the Israel Defense Forces carried out air raids over Gaza. A school in Jabalia was struck by an airstrike, killing nine.",
            "military forces of israel",
        ),
        (
            "On 3 May 2023, Kenyan jets flew sorties over Gedo. A camp near Bardera was hit in an air strike, killing 14.",
            "military forces of kenya",
        ),
        (
            "On 3 May 2023, the Myanmar military launched air attacks in Sagaing. A village in Kanbalu was hit by an airstrike, killing 30.",
            "military forces of myanmar",
        ),
    ],
)
def test_strike_with_no_doer_is_the_work_of_the_striker_named_before(text: str, striker: str) -> None:
    roles = _roles(text)
    assert "perpetrator" in roles.get(striker, set()), roles


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "On 3 May 2023, fighting between the federal government and rebels erupted near Bria, killing 12.",
            "security_force",
        ),
        (
            "On 3 May 2023, clashes between the government and M23 rebels near Rutshuru killed nine.",
            "security_force",
        ),
        ("On 3 May 2023, rebels fought against the government near Yei, killing four.", "security_force"),
        (
            "On 3 May 2023, heavy fighting with the government broke out in Paletwa, killing six.",
            "security_force",
        ),
        ("On 3 May 2023, gunmen killed five villagers near Jos, the government said.", "authority"),
    ],
)
def test_government_as_a_side_or_as_a_voice(text: str, role: str) -> None:
    roles = _roles(text)
    governments = {k: v for k, v in roles.items() if k.startswith(("government", "military forces"))}
    assert any(role in v for v in governments.values()), roles


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "On 3 May 2023, two soldiers were ambushed by gunmen near Gao, Mali, killing one.",
            "military forces of mali",
        ),
        (
            "On 3 May 2023, a policeman was stabbed by a robber in Nairobi, Kenya, and died.",
            "police forces of kenya",
        ),
        (
            "On 3 May 2023, a patrol of gendarmes was attacked by militants near Dori, Burkina Faso, killing three.",
            "military forces of burkina faso",
        ),
        (
            "On 3 May 2023, three police officers were targeted by a bomb in Quetta, Pakistan, killing one.",
            "police forces of pakistan",
        ),
        (
            "On 3 May 2023, troops were fired on by bandits near Gusau, Nigeria, killing two.",
            "military forces of nigeria",
        ),
    ],
)
def test_a_force_that_suffers_the_verb_is_not_its_doer(text: str, force: str) -> None:
    roles = _roles(text)
    assert "perpetrator" not in roles.get(force, {"perpetrator"}), roles
