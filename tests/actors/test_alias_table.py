"""The actor alias tables: integrity of the data and the names they find."""

from __future__ import annotations

import pytest

from kronika import actors
from kronika.actors import find_actors


def test_group_table_integrity() -> None:
    rows = actors._load("groups.json")["groups"]
    canonicals = [r["canonical"] for r in rows]
    assert len(canonicals) == len(set(canonicals))
    seen: dict[str, str] = {}
    for row in rows:
        assert row["aliases"], row["canonical"]
        assert row["category"] == "armed_group"
        for alias in row["aliases"]:
            assert alias.lower() not in seen, f"{alias} in {seen.get(alias.lower())} and {row['canonical']}"
            seen[alias.lower()] = row["canonical"]
    # every Islamic State name carries "Islamic State" so outside tools can find it
    for row in rows:
        if any(a in ("ISIS", "ISKP", "ISWAP", "IS-CP", "ISCAP", "IS Sahel") for a in row["aliases"]):
            assert "Islamic State" in row["canonical"]


def test_all_tables_compile() -> None:
    assert actors.group_entries() and actors.force_entries() and actors.generic_entries()


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("Fighters of ISIS stormed the town.", "ISIS", "Islamic State"),
        ("The ISIL cell was dismantled.", "ISIL", "Islamic State"),
        ("A Daesh statement followed.", "Daesh", "Islamic State"),
        ("So-called Islamic State said so.", "So-called Islamic State", "Islamic State"),
        ("ISIS-K gunmen attacked.", "ISIS-K gunmen", "Islamic State – Khorasan Province"),
        ("The ISKP branch grew.", "ISKP", "Islamic State – Khorasan Province"),
        ("ISWAP fighters raided a base.", "ISWAP fighters", "Islamic State West Africa Province"),
        ("Vilayat Kavkaz issued an audio.", "Vilayat Kavkaz", "Islamic State – Caucasus Province"),
        ("The IS-CP cell was small.", "IS-CP", "Islamic State – Caucasus Province"),
        ("Al Shabaab fighters retreated.", "Al Shabaab fighters", "al-Shabaab"),
        ("JNIM claimed the ambush.", "JNIM", "Jama'at Nasr al-Islam wal Muslimin"),
        ("AQIM kidnapped two tourists.", "AQIM", "al-Qaeda in the Islamic Maghreb"),
        ("The Taliban entered the city.", "Taliban", "Taliban"),
        ("Boko Haram burned a village.", "Boko Haram", "Boko Haram"),
        ("The PKK denied it.", "PKK", "Kurdistan Workers' Party"),
        ("Abu Sayyaf seized hostages.", "Abu Sayyaf", "Abu Sayyaf"),
    ],
)
def test_group_aliases(text: str, name: str, canonical: str) -> None:
    found = [a for a in find_actors(text) if a.category == "armed_group"]
    assert found, text
    assert found[0].text == name
    assert found[0].canonical == canonical
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    ("text", "category", "armed"),
    [
        ("A gunman fired at the crowd.", "generic_armed", True),
        ("Two militants were shot.", "generic_armed", True),
        ("The suicide bomber approached.", "generic_armed", True),
        ("Worshippers fled the church.", "civilian", False),
        ("Police officers sealed the road.", "state_force", True),
        ("The FSB said it acted.", "state_force", True),
        ("Rosgvardia troops arrived.", "state_force", True),
        ("Kenya's air force flew sorties.", "state_force", True),
    ],
)
def test_generic_and_state_actors(text: str, category: str, armed: bool) -> None:
    found = find_actors(text)
    assert found
    assert found[0].category == category
    assert found[0].armed is armed


@pytest.mark.parametrize("text", ["This is it.", "It is what it is, Is it?", "the island is calm"])
def test_lowercase_is_is_not_the_group(text: str) -> None:
    assert not [a for a in find_actors(text) if a.category == "armed_group"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Gunmen attacked a bus. The Taliban denied any role.", "Taliban"),
        ("ISIS claimed it. Boko Haram denied it.", None),
        ("ISIS claimed it. ISIS fighters fled. ISIS said more. Boko Haram denied it.", "Islamic State"),
    ],
)
def test_primary_group(text: str, topic: str | None) -> None:
    from kronika import api

    doc = api.process(text, "t.txt", "2024-01-01", until="actors")
    assert actors.primary_group(doc) == topic
