"""Disputed claims, claimed tolls and where a claim attaches.

A claim is disputed (claim_disputed) when it is dismissed or contested: called propaganda or
exaggerated, met by a rival claim, by blame on another group, by a retraction, by a figure that
contradicts it, or by investigators who found no link. A claim that "could not be verified" is
unverified, not contested: it stays undisputed.
"""

from __future__ import annotations

import pytest

from kronika import api
from kronika.events.assemble import _kin
from kronika.record import Event

PUBLISHED = "2024-06-01"


def _violence(text: str) -> list[Event]:
    return [e for e in api.extract(text, "t.txt", PUBLISHED) if e.kind in ("attack", "clash")]


@pytest.mark.parametrize(
    ("text", "attribution", "disputed"),
    [
        (
            "On 5 May 2024, gunmen killed 4 soldiers in Tillaberi. ISGS claimed responsibility, but "
            "the army dismissed the claim as propaganda.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, gunmen attacked a base in Tillaberi. ISGS claimed to have killed 30 "
            "soldiers, a figure the defence minister called exaggerated.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, gunmen attacked a base in Tillaberi. The Islamic State claimed it had "
            "killed seven soldiers. Local sources confirmed four deaths.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. The Islamic State claimed the bombing. "
            "Two days later the TTP said it had carried out the attack.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. The Islamic State claimed the bombing, "
            "but officials blamed Lashkar-e-Jhangvi instead.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. The Islamic State claimed the bombing; "
            "the claim could not be independently verified.",
            "claimed",
            False,
        ),
        (
            "On 5 May 2024, a man stabbed three people in Lyon. The Islamic State claimed the attack,"
            " but investigators found no evidence the group directed it.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. The Islamic State claimed the bombing. "
            "Two days later the group denied any role.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. The Islamic State claimed the bombing, "
            "but police said the claim was false.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. The Islamic State claimed the bombing. "
            "Police rejected the claim.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, militants attacked an army base in Borno. ISWAP claimed to have killed 40"
            " soldiers, but the army said 12 soldiers died.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, militants killed 3 soldiers in Kidal. JNIM claimed the attack. The army "
            "dismissed the claim as propaganda.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a bomb killed 5 people in Quetta. ISKP claimed the attack. Analysts cast "
            "doubt on the claim.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a gunman killed 2 people in Paris. The Islamic State claimed the attack, "
            "but prosecutors said there was no evidence linking the group to the killer.",
            "claimed",
            True,
        ),
        (
            "On 5 May 2024, a bomb killed 5 people in Quetta. ISKP claimed the attack; Reuters could "
            "not verify the claim.",
            "claimed",
            False,
        ),
        (
            "On 5 May 2024, a bomb killed 5 people in Quetta. ISKP claimed the attack. The claim "
            "could not be independently verified.",
            "claimed",
            False,
        ),
    ],
)
def test_disputed_claims(text: str, attribution: str, disputed: bool) -> None:
    events = _violence(text)
    assert len(events) == 1, [(e.kind, e.attribution) for e in events]
    assert (events[0].attribution, events[0].claim_disputed) == (attribution, disputed)


@pytest.mark.parametrize(
    ("text", "killed", "disputed"),
    [
        pytest.param(
            "On 7 April 2024, gunmen attacked a base in Diffa. ISWAP claimed to have killed 25 "
            "soldiers. The army said three soldiers were killed.",
            3,
            True,
            id="the official toll wins over the claimed one",
        ),
        pytest.param(
            "On 7 April 2024, gunmen attacked a base in Diffa, killing three soldiers. ISWAP claimed "
            "to have killed 25 soldiers.",
            3,
            True,
            id="a claimed toll after the official one",
        ),
        pytest.param(
            "On 7 April 2024, gunmen attacked a base in Diffa. ISWAP claimed it had killed 25 "
            "soldiers. Residents confirmed six deaths.",
            6,
            True,
            id="a confirmed figure told without a verb of violence",
        ),
        pytest.param(
            "On 7 April 2024, gunmen attacked a base in Diffa, killing three soldiers. ISWAP claimed "
            "it had killed three soldiers.",
            3,
            False,
            id="a claimed toll that agrees is no dispute",
        ),
        pytest.param(
            "On 7 April 2024, gunmen attacked a base in Diffa. ISWAP claimed it had killed 25 soldiers.",
            25,
            False,
            id="a claimed toll alone is the only figure",
        ),
    ],
)
def test_claimed_tolls(text: str, killed: int, disputed: bool) -> None:
    (event,) = _violence(text)
    assert (event.killed, event.claim_disputed) == (killed, disputed)


@pytest.mark.parametrize(
    ("follow_up", "killed", "injured", "disputed"),
    [
        pytest.param(
            "ISWAP said its fighters had killed 30 soldiers.", 4, None, True, id="said its fighters"
        ),
        pytest.param(
            "In a statement, Amaq said 30 soldiers were killed.", 4, None, True, id="the agency's figure"
        ),
        pytest.param(
            "ISWAP claimed the ambush in which four soldiers died.", 4, None, False, id="a relative clause"
        ),
        pytest.param(
            "ISWAP claimed responsibility, saying it had killed 30 soldiers.",
            4,
            None,
            True,
            id="saying it had",
        ),
    ],
)
def test_a_figure_stated_in_a_claim_is_the_claimed_figure(
    follow_up: str, killed: int, injured: int | None, disputed: bool
) -> None:
    text = f"On 7 April 2024, gunmen attacked a base in Diffa, killing 4 soldiers. {follow_up}"
    events = _violence(text)
    assert [(e.killed, e.injured, e.attribution, e.claim_disputed) for e in events] == [
        (killed, injured, "claimed", disputed)
    ]


def test_a_group_telling_its_attack_with_its_toll_is_outweighed_by_the_authorities() -> None:
    text = (
        "On 15 June 2024, JNIM said its fighters had attacked a gendarmerie post in Tenkodogo, killing "
        "5 gendarmes. Authorities said 2 gendarmes were killed."
    )
    assert [(e.killed, e.attribution, e.claim_disputed) for e in _violence(text)] == [(2, "claimed", True)]


@pytest.mark.parametrize(
    ("speaker", "attribution"),
    [
        ("the jihadist group said", "claimed"),
        ("ISWAP said in a statement", "claimed"),
        ("a rights group said", "unknown"),
        ("the group said", "unknown"),
    ],
)
def test_an_armed_group_named_as_the_speaker_after_the_facts_claims_them(
    speaker: str, attribution: str
) -> None:
    text = f"On 7 April 2024, ISWAP fighters attacked a base in Diffa, killing 4 soldiers, {speaker}."
    assert [(e.killed, e.attribution) for e in _violence(text)] == [(4, attribution)]


def test_rival_claims_dispute_but_a_joint_claim_does_not() -> None:
    rival = (
        "On 7 April 2024, a bomb killed 5 people in Bajaur. ISKP claimed the bombing. "
        "A day later the TTP said it had carried out the attack."
    )
    joint = "On 7 April 2024, a bomb killed 5 people in Bajaur. ISKP and the TTP claimed the bombing."
    assert [e.claim_disputed for e in _violence(rival)] == [True]
    assert [e.claim_disputed for e in _violence(joint)] == [False]


@pytest.mark.parametrize(
    ("a", "b", "kin"),
    [
        ("Islamic State", "Islamic State West Africa Province", True),
        ("Islamic State – Khorasan Province", "Islamic State", True),
        ("al-Qaeda", "al-Qaeda in the Islamic Maghreb", True),
        ("Taliban", "Tehrik-i-Taliban Pakistan", False),
        ("al-Shabaab", "Islamic State – Somalia Province", False),
    ],
)
def test_branches_of_one_group_are_kin(a: str, b: str, kin: bool) -> None:
    assert _kin(a, b) is kin


_PAGE = """Siege of the Lido Hotel

The siege of the Lido Hotel was an attack by gunmen on a seaside hotel in Kismayo, Somalia, on 12 March 2024.

== Attack ==
On 12 March 2024, gunmen stormed the hotel and opened fire on guests, killing 23 people and wounding 41.

== Aftermath ==
On 20 March 2024, a roadside bomb killed a soldier near Jamame.

== Responsibility ==
{claim}
"""


@pytest.mark.parametrize(
    ("claim", "disputed"),
    [
        ("Al-Shabaab claimed responsibility for the attack in a radio broadcast.", False),
        ("Al-Shabaab said its fighters had carried out the attack.", False),
        ("Al-Shabaab claimed the attack. Officials said the claim was propaganda.", True),
    ],
)
def test_a_responsibility_section_speaks_of_the_main_attack(claim: str, disputed: bool) -> None:
    events = _violence(_PAGE.format(claim=claim))
    got = {(e.date_start, e.killed, e.attribution, e.claim_disputed) for e in events if e.killed}
    assert got == {("2024-03-12", 23, "claimed", disputed), ("2024-03-20", 1, "unknown", False)}


_ZAMFARA_CASES = [
    (
        "Boko Haram claimed the attack on 7 May, but the army said bandits were responsible.",
        "claimed",
        True,
    ),
    (
        "Boko Haram claimed the attack. Boko Haram later withdrew its claim.",
        "claimed",
        True,
    ),
    (
        "ISWAP claimed the attack; the claim was later rejected by the governor.",
        "claimed",
        True,
    ),
    (
        "ISWAP claimed the attack. The governor questioned the claim.",
        "claimed",
        True,
    ),
    (
        "ISWAP claimed the attack. The governor described the claim as opportunistic.",
        "claimed",
        True,
    ),
    (
        "ISWAP claimed the attack, saying it had killed 20 people; officials put the toll at six.",
        "claimed",
        True,
    ),
]


_MANDERA_CASES = [
    (
        "Al-Shabaab claimed the attack, but investigators said the attackers had acted alone, "
        "casting doubt on the claim.",
        "claimed",
        True,
    ),
    (
        "Al-Shabaab claimed the attack. Police contradicted the claim.",
        "claimed",
        True,
    ),
    (
        "Al-Shabaab claimed the attack. Analysts called the claim doubtful.",
        "claimed",
        True,
    ),
    (
        "Al-Shabaab claimed the attack. Officials said the attackers had no links to the group.",
        "claimed",
        True,
    ),
]
_ZAMFARA = "On 5 May 2024, gunmen killed 6 villagers in Zamfara. "
_MANDERA = "On 9 August 2024, gunmen killed 5 police officers at a checkpoint in Mandera. "


@pytest.mark.parametrize(
    ("attack", "follow_up", "attribution", "disputed"),
    [(_ZAMFARA, *case) for case in _ZAMFARA_CASES] + [(_MANDERA, *case) for case in _MANDERA_CASES],
)
def test_disputes_told_after_the_attack(
    attack: str, follow_up: str, attribution: str, disputed: bool
) -> None:
    """Contradicted, doubted, retracted and rival claims told in a sentence of their own."""
    assert [(e.attribution, e.claim_disputed) for e in _violence(attack + follow_up)] == [
        (attribution, disputed)
    ]


@pytest.mark.parametrize(
    "claim",
    [
        "The Islamic State claimed the attack.",
        "The Islamic State claimed responsibility for the killings.",
        "The Islamic State later claimed responsibility.",
    ],
)
def test_a_claim_skips_a_later_police_raid_for_the_groups_own_attack(claim: str) -> None:
    text = (
        "On 3 May 2024, gunmen killed 30 people at a market in Peshawar. Two days later, police killed "
        f"two suspects in a raid in Charsadda. {claim}"
    )
    got = [(e.date_start, e.attribution) for e in _violence(text)]
    assert got == [("2024-05-03", "claimed"), ("2024-05-05", "unknown")]
