"""Attribution: who is said to have done it, and how surely (claimed, suspected, alleged, denied).

Each case is an attack told in a sentence and a follow-up that names (or refuses to name) the
group behind it, in the many ways reports say so: claims without the word "claim", blame,
hallmarks, third parties' allegations, denials, and claims nobody made.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import api
from kronika.events import lexicon
from kronika.record import Event

PUBLISHED = "2024-06-01"


def _violence(text: str) -> list[Event]:
    return [e for e in api.extract(text, "t.txt", PUBLISHED) if e.kind in ("attack", "clash")]


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (
            "On 5 May 2024, gunmen attacked a checkpoint near Mosul, killing four soldiers. The "
            "Islamic State said in a statement carried by its Amaq news agency that its fighters had "
            "killed the soldiers.",
            "claimed",
        ),
        (
            "On 5 May 2024, a bomber blew himself up at a shrine in Kunduz, killing 11 worshippers. "
            "Amaq claimed that the bomber was a soldier of the Islamic State.",
            "claimed",
        ),
        (
            "On 5 May 2024, militants stormed an army camp in Tillaberi, killing 17 soldiers. ISGS "
            "said its fighters carried out the assault.",
            "claimed",
        ),
        (
            "On 5 May 2024, a car bomb exploded near a hotel in Mogadishu, killing 9 people. Al-"
            "Shabaab took credit for the blast.",
            "claimed",
        ),
        (
            "On 5 May 2024, gunmen ambushed a convoy in Borno, killing 12 soldiers. In a message on "
            "Telegram, ISWAP said its fighters had ambushed the convoy.",
            "claimed",
        ),
        (
            "On 5 May 2024, gunmen ambushed a convoy in Borno, killing 12 soldiers. In a message "
            "posted on Telegram, ISWAP said it had attacked the convoy.",
            "claimed",
        ),
        (
            "On 5 May 2024, a gunman killed three police officers in Dagestan. The Islamic State "
            "later said the attacker was one of its soldiers.",
            "claimed",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people at a bus stop in Quetta. The Pakistani Taliban "
            "accepted responsibility for the bombing.",
            "claimed",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people at a bus stop in Quetta. The TTP owned the bombing"
            " in a statement to reporters.",
            "claimed",
        ),
        (
            "On 5 May 2024, gunmen killed 8 villagers in Cabo Delgado. The Islamic State's Amaq "
            "agency said fighters of the group had killed the villagers.",
            "claimed",
        ),
        (
            "On 5 May 2024, militants killed 14 soldiers in an ambush in Burkina Faso. JNIM announced"
            " that its fighters had carried out the ambush.",
            "claimed",
        ),
        (
            "On 5 May 2024, gunmen believed to belong to Boko Haram killed 9 farmers in Borno.",
            "suspected",
        ),
        (
            "On 5 May 2024, suspected al-Shabaab militants killed 5 people in Lamu.",
            "suspected",
        ),
        (
            "On 5 May 2024, a bomb killed 7 people at a market in Maiduguri. Authorities blamed Boko Haram.",
            "suspected",
        ),
        (
            "On 5 May 2024, a bomb killed 7 people at a market in Maiduguri. Officials are blaming "
            "ISWAP for the bombing.",
            "suspected",
        ),
        (
            "On 5 May 2024, a suicide bomber killed 20 people at a mosque in Peshawar. The bombing "
            "bore the hallmarks of the Islamic State.",
            "suspected",
        ),
        (
            "On 5 May 2024, a bomb killed 7 people at a market in Jalalabad. According to initial "
            "intelligence, the attack was carried out by ISKP.",
            "suspected",
        ),
        (
            "On 5 May 2024, a suspected US drone strike killed 4 militants in North Waziristan.",
            "suspected",
        ),
        (
            "On 5 May 2024, gunmen killed 6 soldiers in Mali. The army said the attackers were "
            "thought to be JNIM fighters.",
            "suspected",
        ),
        (
            "On 5 May 2024, gunmen killed 6 soldiers in Mali. Security sources suspect JNIM.",
            "suspected",
        ),
        (
            "On 5 May 2024, gunmen killed 6 soldiers in Mali. The army pointed the finger at JNIM.",
            "suspected",
        ),
        (
            "On 5 May 2024, gunmen killed 6 soldiers in Mali. The army attributed the attack to JNIM.",
            "suspected",
        ),
        (
            "On 5 May 2024, a man allegedly linked to the Islamic State stabbed two people in Solingen.",
            "alleged",
        ),
        (
            "On 5 May 2024, a man stabbed two people in Solingen. The attacker was reportedly linked "
            "to the Islamic State.",
            "alleged",
        ),
        (
            "On 5 May 2024, a man stabbed two people in Solingen. A neighbour told reporters the "
            "attacker belonged to the Islamic State.",
            "alleged",
        ),
        (
            "On 5 May 2024, a man stabbed two people in Solingen. Prosecutors allege he was a member "
            "of the Islamic State.",
            "alleged",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. No group has claimed responsibility.",
            "unknown",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. No group has yet claimed responsibility"
            " for the attack.",
            "unknown",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. There was no immediate claim of "
            "responsibility.",
            "unknown",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. Nobody claimed the bombing.",
            "unknown",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Quetta. The Pakistani Taliban denied involvement.",
            "denied",
        ),
        (
            "On 5 May 2024, a rocket hit a bus in Sderot, killing 2 people. Hamas's armed wing "
            "claimed the rocket attack.",
            "claimed",
        ),
        (
            "On 5 May 2024, gunmen ambushed a convoy near Turbat, killing 6 soldiers. The Baloch "
            "Liberation Army said its fighters carried out the ambush.",
            "claimed",
        ),
        (
            "On 5 May 2024, a bomb killed 9 people at a mosque in Herat. Responsibility for the "
            "bombing was claimed by ISKP.",
            "claimed",
        ),
        (
            "On 5 May 2024, a bomb killed 9 people at a mosque in Herat. The bombing was claimed by ISKP.",
            "claimed",
        ),
        (
            "On 5 May 2024, rebels ambushed a patrol in Samar, killing 4 soldiers. The New People's "
            "Army admitted responsibility for the ambush.",
            "claimed",
        ),
        (
            "On 5 May 2024, a car bomb killed 7 people in Mogadishu. A spokesman for al-Shabaab told "
            "Reuters the group had carried out the attack.",
            "claimed",
        ),
        (
            "On 5 May 2024, a bomb killed 4 people in Peshawar. In a statement, the TTP said it had "
            "targeted the police.",
            "claimed",
        ),
        (
            "On 5 May 2024, a knifeman killed 2 people in Brussels. The Islamic State's news agency "
            "Amaq said the attacker was a soldier of the caliphate.",
            "claimed",
        ),
        (
            "On 5 May 2024, a bomb killed 3 police officers in Cauca. Police suspect that the ELN was"
            " behind the bombing.",
            "suspected",
        ),
        (
            "On 5 May 2024, a car bomb killed 5 people in Cali. The government blamed the FARC for "
            "the car bomb.",
            "suspected",
        ),
        (
            "On 5 May 2024, gunmen killed 3 soldiers in Kashmir. Indian officials accused Lashkar-e-"
            "Taiba of carrying out the attack.",
            "suspected",
        ),
        (
            "On 5 May 2024, gunmen killed 3 soldiers in Kashmir. The attack was widely blamed on "
            "Jaish-e-Mohammed.",
            "suspected",
        ),
        (
            "On 5 May 2024, a bomb killed 8 people in Basilan. Police said the bombers were suspected"
            " members of Abu Sayyaf.",
            "suspected",
        ),
        (
            "On 5 May 2024, gunmen killed 12 villagers in Ituri. The army held the ADF responsible "
            "for the massacre.",
            "suspected",
        ),
        (
            "No group has claimed responsibility for the bombing in Mogadishu that killed 7 people, "
            "but officials suspect al-Shabaab.",
            "suspected",
        ),
        (
            "On 5 May 2024, a suspected Israeli airstrike killed 3 people in Damascus.",
            "suspected",
        ),
        (
            "On 5 May 2024, a gunman killed 4 people in Vienna. The gunman reportedly belonged to the"
            " Islamic State.",
            "alleged",
        ),
        (
            "On 5 May 2024, a gunman shot dead two tourists in Sousse; he was allegedly a supporter "
            "of the Islamic State.",
            "alleged",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Kabul. It was not clear who was behind the blast.",
            "unknown",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Kabul. No one has claimed the attack.",
            "unknown",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Kabul. There has been no claim of responsibility.",
            "unknown",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Kabul. The Taliban denied carrying out the attack.",
            "denied",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Arauca. The ELN denied it was behind the attack.",
            "denied",
        ),
        (
            "On 5 May 2024, a bomb killed 6 people in Kabul. Investigators confirmed the attack was "
            "carried out by ISKP.",
            "confirmed",
        ),
        (
            "On 5 May 2024, gunmen killed 9 people in Tillaberi. The attack was claimed by JNIM and "
            "Ansarul Islam.",
            "claimed",
        ),
        (
            "On 5 May 2024, militants killed 11 soldiers in Menaka. The Islamic State Sahel Province "
            "claimed the attack via its Amaq agency.",
            "claimed",
        ),
    ],
)
def test_attribution_of_one_attack(text: str, attribution: str) -> None:
    events = _violence(text)
    assert len(events) == 1, [(e.kind, e.attribution) for e in events]
    assert events[0].attribution == attribution
    assert not events[0].claim_disputed


@pytest.mark.parametrize(
    ("follow_up", "role"),
    [
        ("Al-Shabaab took credit for the blast.", "claimant"),
        ("Al-Shabaab claimed responsibility for the blast.", "claimant"),
    ],
)
def test_the_claiming_group_is_a_claimant(follow_up: str, role: str) -> None:
    (event,) = _violence(f"On 2 April 2024, a car bomb killed 5 people in Baidoa. {follow_up}")
    assert any(a.canonical == "al-Shabaab" and a.role == role for a in event.actors)


@pytest.mark.parametrize(
    ("before", "negated"),
    [
        ("No group has ", True),
        ("Nobody has yet ", True),
        ("No one ", True),
        ("No militant group has so far ", True),
        ("Boko Haram ", False),
        ("A faction of Boko Haram ", False),
    ],
)
def test_a_claim_denied_to_everyone_is_no_claim(before: str, negated: bool) -> None:
    text = f"On 2 April 2024, gunmen killed 8 farmers in Gwoza. {before}claimed responsibility."
    (event,) = _violence(text)
    assert (event.attribution == "unknown") is negated


@pytest.mark.parametrize(
    ("name", "sample"),
    [
        ("attribution_negation", "no group has"),
        ("figure_confirmed", "local sources confirmed four deaths"),
        ("claim_generic_after", " many similar attacks"),
        ("claim_figure_break", "the attack, which killed"),
        ("claim_violent_object", "for the killings"),
        ("infobox_perpetrator", "- Perpetrators: Hamas (claimed)"),
        ("disputed", "dismissed the claim as propaganda"),
    ],
)
def test_the_attribution_cues_load_and_match(name: str, sample: str) -> None:
    assert lexicon.cue(name).search(sample)


def test_the_attribution_values_come_in_precedence_order() -> None:
    values = [value for value, _ in lexicon.attribution_cues("Hamas")]
    assert values == ["claimed", "denied", "suspected", "alleged", "confirmed"]


_GROUPS = ["ISWAP", "al-Shabaab", "the Taliban", "JNIM", "the PKK", "Boko Haram", "Hamas"]
_FOLLOW = [
    "{g} claimed the attack.",
    "{g} denied any involvement.",
    "Officials blamed {g}.",
    "No group has claimed the attack.",
    "The claim by {g} could not be verified.",
    "{g} said its fighters carried out the attack, but the army dismissed the claim as propaganda.",
]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_GROUPS), st.sampled_from(_FOLLOW))
def test_attribution_values_stay_in_the_contract(group: str, follow: str) -> None:
    text = "On 2 April 2024, gunmen attacked a checkpoint in Tahoua, killing 3 soldiers. " + follow.format(
        g=group
    )
    for event in api.extract(text, "t.txt", PUBLISHED):
        assert event.attribution in ("claimed", "suspected", "alleged", "confirmed", "denied", "unknown")
        assert not (event.claim_disputed and event.attribution == "unknown")
        for ev in event.evidence:
            assert text[ev.start : ev.end] == ev.text


_ZAMFARA = "On 5 May 2024, gunmen killed 6 villagers in Zamfara. "


_ZAMFARA_CASES = [
    (
        "Al-Shabaab has claimed many similar attacks in the past.",
        "unknown",
    ),
    (
        "The Taliban condemned the attack.",
        "unknown",
    ),
    (
        "The Islamic State praised the attack but did not claim it.",
        "unknown",
    ),
    (
        "A group calling itself the Free Zamfara Army claimed the attack.",
        "claimed",
    ),
    (
        "The government said Boko Haram was behind the attack.",
        "suspected",
    ),
    (
        "Police said the gunmen were members of Boko Haram.",
        "alleged",
    ),
    (
        "ISWAP later released a video of the attack, saying its fighters had carried it out.",
        "claimed",
    ),
    (
        "Residents said the gunmen were bandits, not jihadists.",
        "unknown",
    ),
    (
        "Boko Haram has not commented on the killings.",
        "unknown",
    ),
    (
        "ISWAP claimed the attack, a claim the army has not disputed.",
        "claimed",
    ),
    (
        "ISWAP claimed the attack, which the army confirmed.",
        "claimed",
    ),
    (
        "Security officials told AFP they believed ISWAP was responsible.",
        "suspected",
    ),
    (
        "Military sources said the raid had the signature of ISWAP.",
        "suspected",
    ),
    (
        "Analysts said the attack was likely the work of ISWAP.",
        "suspected",
    ),
    (
        "The killings were widely attributed to ISWAP.",
        "suspected",
    ),
]


_MANDERA = "On 9 August 2024, gunmen killed 5 police officers at a checkpoint in Mandera. "


_MANDERA_CASES = [
    (
        "The Islamic State's Amaq news agency released a statement claiming the attack.",
        "claimed",
    ),
    (
        "Security forces suspected the involvement of al-Shabaab.",
        "suspected",
    ),
    (
        "Officials believe al-Shabaab carried out the attack.",
        "suspected",
    ),
    (
        "Kenyan police said al-Shabaab militants were responsible.",
        "suspected",
    ),
    (
        "Authorities suspect the attack was carried out by al-Shabaab.",
        "suspected",
    ),
    (
        "According to police, the attackers belonged to al-Shabaab.",
        "alleged",
    ),
    (
        "An al-Shabaab spokesman denied the group's involvement.",
        "denied",
    ),
    (
        "Al-Shabaab distanced itself from the killings.",
        "denied",
    ),
    (
        "Pro-al-Shabaab channels celebrated the attack online.",
        "unknown",
    ),
    (
        "Officials said the attackers had no links to al-Shabaab.",
        "unknown",
    ),
]


@pytest.mark.parametrize(
    ("attack", "follow_up", "attribution"),
    [(_ZAMFARA, *case) for case in _ZAMFARA_CASES] + [(_MANDERA, *case) for case in _MANDERA_CASES],
)
def test_attribution_told_after_the_attack(attack: str, follow_up: str, attribution: str) -> None:
    """Suspicion, denial and silence in other words, told in a sentence of their own."""
    events = _violence(attack + follow_up)
    assert [(e.attribution, e.claim_disputed) for e in events] == [(attribution, False)]


_INFOBOX_PAGE = """Tillia camp attack

Infobox
- Date: 14 February 2024
- Location: Tillia, Niger
- Deaths: 19
- Perpetrators: {perpetrators}

The Tillia camp attack was an assault by gunmen on an army camp in Tillia, Niger, on 14 February 2024,
killing 19 soldiers.
"""


@pytest.mark.parametrize(
    ("perpetrators", "attribution"),
    [
        ("Islamic State Sahel Province (claimed)", "claimed"),
        ("Islamic State Sahel Province (suspected)", "suspected"),
        ("Islamic State Sahel Province (alleged)", "alleged"),
        ("Unknown", "unknown"),
    ],
)
def test_an_infobox_perpetrator_line_says_how_sure(perpetrators: str, attribution: str) -> None:
    text = _INFOBOX_PAGE.format(perpetrators=perpetrators)
    events = _violence(text)
    assert [(e.killed, e.attribution) for e in events] == [(19, attribution)]
    for ev in events[0].evidence:
        assert text[ev.start : ev.end] == ev.text
