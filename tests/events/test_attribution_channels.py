"""Claims made through a group's media or spokesman, disputes of a claim, and the precedence of
attribution cues. Every sentence here is written for the test, not taken from any corpus."""

from __future__ import annotations

import pytest

from kronika import api
from kronika.record import Event

PUBLISHED = "2024-06-01"
LEAD = "On 5 May 2024, gunmen killed 6 soldiers at a checkpoint in Tillaberi. "
BOMB = "On 5 May 2024, a car bomb killed 9 people at a market in Quetta. "


def _violence(text: str) -> list[Event]:
    return [e for e in api.extract(text, "t.txt", PUBLISHED) if e.kind in ("attack", "clash")]


def _only(text: str) -> Event:
    events = _violence(text)
    assert len(events) == 1, [(e.kind, e.place) for e in events]
    return events[0]


@pytest.mark.parametrize(
    ("tail", "attribution"),
    [
        ("A spokesman for ISGS told AFP the group's fighters carried out the attack.", "claimed"),
        ("A spokesman for ISGS told reporters that its men had attacked the post.", "claimed"),
        (
            "The Islamic State's media wing Amaq published a statement saying its fighters struck the post.",
            "claimed",
        ),
        ("In a post on Telegram, ISGS said it targeted the checkpoint.", "claimed"),
        ("ISGS, in a claim of responsibility, said its fighters stormed the post.", "claimed"),
        ("ISGS has claimed the attack, saying its fighters acted to avenge their comrades.", "claimed"),
        ("ISGS later claimed the assault in a statement on its Telegram channel.", "claimed"),
        (
            "The Islamic State's Sahel Province said in a statement carried by its Amaq agency "
            "that its fighters had killed 12 soldiers.",
            "claimed",
        ),
        ("Islamic State Sahel Province said in a statement that its men ambushed the patrol.", "claimed"),
        ("A message attributed to ISGS claimed responsibility.", "claimed"),
        ("Al-Shabaab spokesman Ali Dhere told reporters the group was behind the attack.", "claimed"),
        ("An ISGS spokesman said its fighters had ambushed the soldiers.", "claimed"),
        ("ISGS took responsibility for the attack in an audio message.", "claimed"),
        ("JNIM claimed the attack through its Az-Zallaqa outlet.", "claimed"),
        ("Officials blamed ISGS for the attack.", "suspected"),
        ("Security sources suspect ISGS was behind the attack.", "suspected"),
        ("According to preliminary findings, the attack was carried out by a cell of ISGS.", "suspected"),
        ("Police said the gunmen were believed to belong to ISGS.", "suspected"),
        ("Two of the gunmen were allegedly members of ISGS.", "alleged"),
        ("The gunmen reportedly had links to ISGS.", "alleged"),
        ("ISGS denied any involvement in the attack.", "denied"),
        ("No group has claimed responsibility for the attack.", "unknown"),
        ("ISGS has claimed many similar attacks in the region before.", "unknown"),
        ("The attack was claimed by ISGS; officials had earlier blamed JNIM.", "claimed"),
        ("Officials first blamed JNIM, but ISGS later claimed responsibility.", "claimed"),
        ("Police suspect ISGS; two of the men were allegedly members of JNIM.", "suspected"),
    ],
)
def test_attribution_channels(tail: str, attribution: str) -> None:
    assert _only(LEAD + tail).attribution == attribution


@pytest.mark.parametrize(
    ("tail", "disputed"),
    [
        ("ISGS claimed responsibility. The government rejected the claim.", True),
        ("ISGS claimed responsibility, but the government rejected the group's claim.", True),
        ("ISGS claimed the attack. Officials said there was no evidence of ISGS involvement.", True),
        ("ISGS claimed the attack; the claim could not be independently verified.", False),
        ("ISGS claimed the attack, which could not be verified.", False),
        ("ISGS claimed the attack but later retracted the claim.", True),
        ("ISGS claimed the attack. Two days later ISGS withdrew its claim.", True),
        ("ISGS claimed the attack. A week later the group retracts its claim.", True),
        ("ISGS claimed the attack. The next day the group issued a statement denying any role.", True),
        ("ISGS claimed the attack. The group later called the first statement fake.", True),
        ("ISGS claimed the attack, but police said the attacker acted alone.", True),
        ("ISGS claimed the attack. Police said the gunman had acted alone.", True),
        (
            'ISGS said its fighters had killed 40 soldiers. The army dismissed the figure as "pure '
            'propaganda".',
            True,
        ),
        ("The group said it had killed 30, a figure the army called exaggerated.", True),
        ("ISGS claimed the attack, and officials confirmed its involvement.", False),
        ("The army said it had no evidence ISGS was involved, after the group claimed the attack.", True),
        ("ISGS claimed the attack. Officials said there was no evidence the attack was planned.", False),
        ("ISGS claimed the attack.", False),
    ],
)
def test_claim_disputes(tail: str, disputed: bool) -> None:
    event = _only(LEAD + tail)
    assert event.attribution == "claimed"
    assert event.claim_disputed is disputed


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (BOMB + "The Taliban denied involvement after local media blamed the group.", "denied"),
        (BOMB + "Local media blamed the TTP, which denied any role.", "denied"),
        (BOMB + "The TTP rejected reports that it was behind the bombing.", "denied"),
    ],
)
def test_denial_after_blame(text: str, attribution: str) -> None:
    assert _only(text).attribution == attribution


@pytest.mark.parametrize(
    "text",
    [
        "On 5 May 2024, gunmen killed 6 soldiers in Tillaberi. ISGS claimed responsibility.\n\n"
        "On 20 May 2024, a bomb killed 3 people in Quetta.",
        "On 20 May 2024, a bomb killed 3 people in Quetta.\n\n"
        "On 5 May 2024, gunmen killed 6 soldiers in Tillaberi. ISGS claimed responsibility.",
    ],
)
def test_claim_stays_with_its_event(text: str) -> None:
    by_place = {e.place: e for e in _violence(text)}
    assert by_place["Tillaberi"].attribution == "claimed"
    assert by_place["Quetta"].attribution == "unknown"
