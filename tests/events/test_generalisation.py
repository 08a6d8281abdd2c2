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
        "On 12 April 2025, a judge in Lyon ordered the man held in custody on suspicion of plotting attacks.",
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
        "The group has carried out more than 200 attacks in the region since 2019, according to the report.",
        "Over 150 bombings were recorded across the country, the monitor said.",
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
            "On 12 April 2025, soldiers repelled an attack by ISWAP fighters on a base in Monguno, "
            "killing 11 insurgents.",
            "clash",
            "Armed clash",
        ),
        (
            "PRESS RELEASE. The Ministry of Defence announces that on 11 April 2025 the armed forces "
            "neutralised seven terrorists during an operation in the Mopti region.",
            "clash",
            "Armed clash",
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
            {"us": "perpetrator", "al-qaeda fighters": "target"},
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


@pytest.mark.parametrize(
    "text",
    [
        "Update 14:32: Police confirm two officers were wounded when a man attacked them with a knife "
        "outside the station in Hamburg on 12 April 2025.\nUpdate 15:10: The attacker has been arrested, "
        "police say.",
        "On 12 April 2025, a man stabbed three shoppers at a market in Lyon. The assailant was later "
        "arrested by officers.",
    ],
)
def test_the_attackers_arrest_is_the_end_of_the_attack(text: str) -> None:
    (event,) = _events(text)
    assert event.kind == "attack"
    assert all(a.role != "subject" for a in event.actors)


def test_a_force_that_speaks_is_not_the_perpetrator() -> None:
    text = "On 12 April 2025, police confirm two officers were wounded when a man attacked them in Hamburg."
    (event,) = _events(text)
    assert {a.name.lower(): a.role for a in event.actors}.get("police") == "authority"


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


# --- timelines and later responses ----------------------------------------------------


def test_a_timeline_entry_is_not_placed_by_the_entry_before() -> None:
    text = (
        "Timeline\n\n"
        "- 4 January 2024: militants ambush a patrol near Tillaberi, killing six soldiers.\n"
        "- 9 January 2024: a roadside bomb kills three civilians.\n"
    )
    events = _events(text)
    assert [(e.date_start, e.place) for e in events] == [("2024-01-04", "Tillaberi"), ("2024-01-09", None)]


def test_a_rescue_days_later_is_its_own_happening() -> None:
    text = (
        "On 5 March 2024, gunmen abducted 20 students from a school in Kaduna. "
        "On 8 March 2024, troops freed 12 of them in a rescue operation."
    )
    events = api.extract(text, "t.txt", "2024-03-10")
    assert [e.date_start for e in events] == ["2024-03-05", "2024-03-08"]


def test_returning_fire_the_same_day_is_part_of_the_attack() -> None:
    text = (
        "On 5 March 2024, gunmen attacked a checkpoint in Bannu, killing two policemen. "
        "Officers returned fire and the attackers fled."
    )
    assert len(_events(text)) == 1


# --- comparisons, biographies and objects before the trigger ---------------------------


def test_an_old_happening_it_is_compared_with_adds_nothing() -> None:
    text = (
        "Militants killed nine soldiers in an ambush near Garissa on 3 May 2024, officials said. "
        "It was the deadliest attack since 2019, when 21 people were killed in an assault on a hotel "
        "complex in Nairobi."
    )
    (event,) = _events(text)
    assert (event.killed, event.place) == (9, "Garissa")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "On 3 May 2024, police arrested a preacher, who was previously jailed in 2016 for recruiting "
            "fighters, in Mombasa.",
            ["arrest"],
        ),
        (
            "On 3 May 2024, police in Jakarta detained a man, who had been convicted of bomb-making in "
            "2012, at his home.",
            ["arrest"],
        ),
    ],
)
def test_a_past_told_in_a_relative_clause_is_not_news(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("On 3 May 2024, gunmen killed seven police officers in an ambush near Lamu.", "Battles"),
        ("On 3 May 2024, gunmen killed seven farmers in an ambush near Lamu.", "Violence against civilians"),
    ],
)
def test_the_object_before_the_trigger_decides_the_target(text: str, event_type: str) -> None:
    (event,) = _events(text)
    assert event.event_type == event_type


def test_a_commander_killed_by_the_army_is_its_target() -> None:
    text = (
        "On 3 May 2024, the army said its troops had killed Abu Khalid, a senior ISWAP commander, "
        "in an airstrike near Lake Chad."
    )
    (event,) = _events(text)
    roles = {a.name: a.role for a in event.actors}
    assert roles["ISWAP"] == "target"


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        (
            "On 3 May 2024, Boko Haram, which has killed thousands of people since 2009, attacked a village "
            "in Borno, killing nine farmers.",
            9,
        ),
        (
            "On 3 May 2024, gunmen from the group, which has carried out more than 300 attacks since 2015, "
            "stormed a school in Kano.",
            None,
        ),
    ],
)
def test_a_record_told_about_the_group_does_not_hide_the_happening(text: str, killed: int | None) -> None:
    (event,) = _events(text)
    assert (event.kind, event.killed) == ("attack", killed)
