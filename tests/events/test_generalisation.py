"""Event rules written for English, not for one report: splits, non-events, kinds, roles, places.

Every sentence here is invented for the test, in the styles the tool meets (wires, timelines,
NGO bulletins, press releases, court reports).
"""

from __future__ import annotations

import pytest

from kronika import api
from kronika.events import lexicon
from kronika.record import Event

PUBLISHED = "2025-04-20"


def _events(text: str) -> list[Event]:
    return api.extract(text, "t.txt", PUBLISHED)


def _kinds(text: str) -> list[str]:
    return [e.kind for e in _events(text)]


# --- one arrest per place -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 12 April 2025, police arrested 12 suspects: seven in Kano, three in Kaduna and two in Abuja.",
            [("Kano", 7), ("Kaduna", 3), ("Abuja", 2)],
        ),
        (
            "On 12 April 2025, counter-terrorism officers detained five suspected militants in East Java "
            "and two in Jakarta.",
            [("East Java", 5), ("Jakarta", 2)],
        ),
        (
            "On 12 April 2025, Turkish police detained 41 people across several provinces, including 19 in "
            "Istanbul and 8 in Ankara.",
            [("Istanbul", 19), ("Ankara", 8)],
        ),
        (
            "On 12 April 2025, police arrested four men in Mombasa and two women in Malindi.",
            [("Mombasa", 4), ("Malindi", 2)],
        ),
    ],
)
def test_arrests_in_several_places_are_one_arrest_per_place(
    text: str, expected: list[tuple[str, int]]
) -> None:
    arrests = [e for e in _events(text) if e.kind == "arrest"]
    assert [(e.place, e.arrested) for e in arrests] == expected
    assert len({e.event_id for e in arrests}) == len(arrests)


@pytest.mark.parametrize(
    "text",
    [
        "On 12 April 2025, police arrested nine suspects in Mombasa.",
        "On 12 April 2025, police in Kano arrested six men accused of financing Boko Haram.",
    ],
)
def test_an_arrest_in_one_place_stays_one(text: str) -> None:
    assert _kinds(text) == ["arrest"]


# --- where the wounded died or were treated ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "On 12 April 2025, gunmen opened fire on a bus in Wajir, killing four passengers. "
            "One of the wounded later died in hospital in Garissa.",
            "Wajir",
        ),
        (
            "Gunmen opened fire at a market in Mandera on 12 April 2025, wounding six people. "
            "The injured were flown to Nairobi for treatment.",
            "Mandera",
        ),
        (
            "On 12 April 2025, a bomb exploded near a school in Quetta, injuring nine people. "
            "A boy later died of his wounds at a hospital in Karachi.",
            "Quetta",
        ),
    ],
)
def test_treatment_elsewhere_neither_splits_nor_moves_the_event(text: str, place: str) -> None:
    (event,) = _events(text)
    assert event.place == place


# --- legal action ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 12 April 2025, a judge in Lyon ordered the man held in custody on suspicion of plotting an attack.",
        "On 12 April 2025, the teenager was remanded in custody on suspicion of terrorism offences in Leeds.",
        "On 12 April 2025, prosecutors in Brussels charged two men with membership of a terrorist group.",
        "On 12 April 2025, a federal grand jury in Minneapolis indicted a man on charges of aiding ISIS.",
        "On 12 April 2025, Spain extradited a suspected ETA member to France.",
        "On 12 April 2025, a court in Istanbul ordered four suspects held in pre-trial detention.",
        "On 12 April 2025, a magistrate in Nairobi placed the three suspects in preventive detention.",
    ],
)
def test_rulings_and_custody_orders_are_legal_action(text: str) -> None:
    assert _kinds(text) == ["legal_action"]


def test_an_old_attack_a_ruling_is_about_is_not_news() -> None:
    text = "On 12 April 2025, Morocco extradited a Belgian man to Belgium over the Brussels bombings."
    assert _kinds(text) == ["legal_action"]


# --- not events -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kenya said the arrests had prevented a tragedy.",
        "Security forces have detained more than 900 suspects so far this year, the ministry said.",
        "The agency said it has arrested hundreds of suspects since 2018.",
        "There have been more than 400 attacks this year in the province.",
        "On 12 April 2025, the men discussed attacking police stations in Kano.",
        "In the video, the fighters threatened to attack churches across the region.",
        "The cell had talked about bombing a stadium in Leipzig.",
    ],
)
def test_quotes_aggregates_and_irrealis_are_not_events(text: str) -> None:
    assert _events(text) == []


def test_a_designation_in_a_relative_clause_is_about_the_group() -> None:
    text = (
        "On 12 April 2025, gunmen from al-Shabaab, which is designated a terrorist organisation by "
        "the United States, attacked a hotel in Mogadishu, killing five people."
    )
    (event,) = _events(text)
    assert event.kind == "attack"
    roles = {a.name: a.role for a in event.actors}
    assert roles["al-Shabaab"] == "perpetrator"
    assert "the United States" not in roles


# --- kinds ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "sub_event_type"),
    [
        (
            "On 12 April 2025, militants raided the village of Kalea, killing eight civilians.",
            "attack",
            "Attack",
        ),
        ("On 12 April 2025, militants executed three residents of Mafa.", "attack", "Attack"),
        (
            "On 12 April 2025, troops said they had killed four fighters in a joint operation near Diffa.",
            "clash",
            "Armed clash",
        ),
        (
            "On 12 April 2025, police killed three escaped prisoners in a shoot-out near Kisumu.",
            "clash",
            "Armed clash",
        ),
        (
            "- 3 March 2025: a militant is killed in an encounter with soldiers in Kupwara district.",
            "clash",
            "Armed clash",
        ),
        (
            "On 12 April 2025, al-Shabaab fighters captured the town of Bulo Burde after troops withdrew.",
            "clash",
            "Non-state actor overtakes territory",
        ),
        (
            "On 12 April 2025, Boko Haram fighters seized control of Marte after a battle with troops.",
            "clash",
            "Non-state actor overtakes territory",
        ),
        (
            "On 12 April 2025, the rebels overran the town of Kitchanga.",
            "clash",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_kinds_follow_the_codebook(text: str, kind: str, sub_event_type: str) -> None:
    (event,) = _events(text)
    assert (event.kind, event.sub_event_type) == (kind, sub_event_type)


def test_storming_a_building_is_still_an_attack() -> None:
    (event,) = _events("On 12 April 2025, gunmen stormed a hotel in Mogadishu, killing nine guests.")
    assert event.kind == "attack"


# --- roles ----------------------------------------------------------------------------


def _roles(text: str) -> dict[str, str]:
    events = [e for e in _events(text) if e.kind in ("attack", "clash")]
    assert len(events) == 1
    return {a.name.lower(): a.role for a in events[0].actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 12 April 2025, gunmen attacked a checkpoint in Ngala. One gunman was shot dead by soldiers.",
            {"gunman": "perpetrator", "soldiers": "security_force"},
        ),
        (
            "On 12 April 2025, gunmen killed two traders in Maiduguri, police said in a statement.",
            {"gunmen": "perpetrator", "police": "authority"},
        ),
        (
            "On 12 April 2025, a suspected US drone strike killed two al-Qaeda fighters in Shabwa province.",
            {"us": "perpetrator", "al-qaeda": "target"},
        ),
        (
            "- 9 March 2025: two soldiers are injured in an IED blast in Pulwama.",
            {"soldiers": "security_force"},
        ),
        (
            "On 12 April 2025, troops said they had killed four fighters in a joint operation near Diffa.",
            {"troops": "perpetrator", "fighters": "target"},
        ),
        (
            "On 12 April 2025, two gunmen were killed by police after they opened fire on a church in Jos.",
            {"police": "security_force"},
        ),
    ],
)
def test_roles(text: str, expected: dict[str, str]) -> None:
    roles = _roles(text)
    for name, role in expected.items():
        assert roles.get(name) == role, (name, roles)


def test_an_attacker_shot_by_the_forces_ends_the_attack_it_belongs_to() -> None:
    text = (
        "On 12 April 2025, gunmen stormed a police station in Zahedan, killing five officers. "
        "Two attackers were killed by security forces."
    )
    (event,) = _events(text)
    assert event.killed == 7


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 12 April 2025, fighters of the Mountain Liberation Army (MLA) attacked a base in Arauca.",
            "Mountain Liberation Army",
        ),
        (
            "On 12 April 2025, the Kachin Independence Army clashed with troops near Myitkyina.",
            "Kachin Independence Army",
        ),
        ("On 12 April 2025, the Free Syrian Army shelled a checkpoint near Azaz.", "Free Syrian Army"),
    ],
)
def test_a_rebel_army_is_named_in_full(text: str, name: str) -> None:
    (event,) = [e for e in _events(text) if e.kind in ("attack", "clash")]
    names = [a.name for a in event.actors]
    assert name in names
    assert "Army" not in names


# --- places ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On 12 April 2025, a Manchester-born man stabbed two commuters at a station.", None),
        ("On 12 April 2025, a Kabul-based official said gunmen killed four guards.", None),
        (
            "A London-based monitor said that on 12 April 2025 a bomb exploded in Aleppo, killing three.",
            "Aleppo",
        ),
        ("On 12 April 2025, a US drone strike killed three militants in Somalia.", "Somalia"),
        ("On 12 April 2025, an Israeli air strike hit a car, killing two men.", None),
    ],
)
def test_origins_and_nationalities_are_not_the_place(text: str, place: str | None) -> None:
    (event,) = [e for e in _events(text) if e.kind in ("attack", "clash")]
    assert event.place == place


# --- confidence -----------------------------------------------------------------------


def test_an_undated_unplaced_report_is_not_confident() -> None:
    text = "Gunmen killed five villagers, officials said."
    assert all(e.confidence < 0.8 for e in _events(text))


def test_a_dated_placed_attack_is_confident() -> None:
    (event,) = _events("On 12 April 2025, a suicide bomber killed 14 people at a mosque in Peshawar.")
    assert event.confidence >= 0.8


# --- data -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "relative_aside",
        "speech_after",
        "speech_before",
        "passive_victim_after",
        "origin_after",
        "means_modifier_after",
    ],
)
def test_new_cues_load_and_compile(name: str) -> None:
    assert lexicon.cue(name).pattern


def test_clash_sub_types_are_codebook_battles() -> None:
    table = lexicon.acled()["clash_by_sub"]
    assert table and all(event_type == "Battles" for event_type, _ in table.values())
