"""Assembly: mentions of one happening merge; distinct happenings stay apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import api

PUBLISHED = "2023-06-10"


def _events(text: str):
    return api.extract(text, "t.txt", PUBLISHED)


def test_claim_sentence_after_the_attack_merges_into_it() -> None:
    text = (
        "On 4 June 2023, a gunman opened fire on a wedding party in Tikrit, killing 6 people. "
        "The attacker was later killed by police. "
        "The Islamic State claimed responsibility for the attack."
    )
    (event,) = _events(text)
    assert event.kind == "attack"
    assert event.killed == 7
    assert event.killed_perpetrators == 1
    assert event.attribution == "claimed"
    assert len(event.evidence) == 3


def test_three_attacks_in_three_towns_are_three_events() -> None:
    text = (
        "On 4 June 2023, gunmen attacked a police post in Tillaberi, killing 3 officers. "
        "On 5 June 2023, a bomb exploded at a market in Gao, killing 8 people. "
        "On 6 June 2023, militants stormed a school in Bama and abducted 14 pupils."
    )
    events = _events(text)
    assert [e.kind for e in events] == ["attack", "attack", "attack"]
    assert [e.killed for e in events] == [3, 8, None]


def test_another_explosion_is_a_new_event() -> None:
    text = (
        "On 4 June 2023, an explosion hit a hotel in Kampala. "
        "An hour later there was another explosion at a bus station in Kampala."
    )
    assert len([e for e in _events(text) if e.kind == "attack"]) == 2


def test_the_attack_refers_back() -> None:
    text = (
        "On 4 June 2023, militants ambushed a convoy near Kidal. "
        "The attack killed 11 soldiers. Officials condemned the ambush."
    )
    (event,) = _events(text)
    assert event.killed == 11


def test_two_sentences_about_one_arrest_are_one_event() -> None:
    text = (
        "On 4 June 2023, police arrested a man in Antwerp on suspicion of planning an attack. "
        "The arrest followed a tip from French intelligence."
    )
    arrests = [e for e in _events(text) if e.kind == "arrest"]
    assert len(arrests) == 1


def test_a_claim_for_something_else_is_its_own_event() -> None:
    text = "On 4 June 2023, the group claimed responsibility for the fire at the refinery in Homs."
    (event,) = _events(text)
    assert event.kind == "claim"
    assert event.attribution == "claimed"


def test_a_dismissed_claim_is_disputed() -> None:
    text = (
        "On 4 June 2023, the group claimed responsibility for the collapse of a bridge in Osh. "
        "The claim was dismissed by investigators, who blamed corrosion."
    )
    (event,) = _events(text)
    assert event.claim_disputed


def test_militants_killed_by_security_forces_is_a_clash() -> None:
    text = "On 4 June 2023, the commander and three other militants were killed in Dagestan."
    (event,) = _events(text)
    assert event.kind == "clash"
    assert event.killed == 4


def test_background_aggregate_is_not_an_event() -> None:
    text = "The group's attacks in the region have killed more than 900 people since 2015."
    assert not _events(text)


def test_ids_are_stable_and_evidence_indexes_the_text() -> None:
    text = "On 4 June 2023, a gunman opened fire on a bus in Karachi, killing 3 people."
    first, second = _events(text), _events(text)
    assert [e.event_id for e in first] == [e.event_id for e in second]
    doc = api.process(text, "t.txt", PUBLISHED)
    for event in doc.events:
        for ev in event.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("min_conf", [0.0, 0.5])
def test_confidence_is_in_range(min_conf: float) -> None:
    text = "On 4 June 2023, a gunman opened fire on a bus in Karachi, killing 3 people."
    assert all(min_conf <= e.confidence <= 1 for e in _events(text))


_WORDS = st.sampled_from(
    [
        "attack",
        "killed",
        "the",
        "police",
        "On 4 June 2023,",
        "bomb",
        "5",
        "were",
        "arrested",
        "claimed",
        "responsibility",
        "ISIS",
        "gunmen",
        ".",
        "in",
        "Kabul",
        ";",
        "wounded",
        "another",
        "raid",
        "\n\n",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_any_text_gives_valid_records(words: list[str]) -> None:
    text = " ".join(words)
    doc = api.process(text, "h.txt", PUBLISHED)
    for event in doc.events:
        assert 0 <= event.confidence <= 1
        assert event.killed is None or event.killed >= 0
        for ev in event.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


def test_simultaneous_blasts_at_listed_sites_are_one_event_each() -> None:
    text = (
        "On 4 June 2023 the city was shaken by explosions at an old mosque, the Al-Noor Mosque, "
        "and the Grand and Palace hotels in Kano."
    )
    events = [e for e in _events(text) if e.kind == "attack"]
    assert len(events) == 3
    assert len({e.event_id for e in events}) == 3


def test_a_list_of_towns_after_a_reference_is_not_split() -> None:
    text = (
        "On 4 June 2023 a series of bombings took place in Nigeria. "
        "The explosions targeted churches in Kano, Jos and Kaduna."
    )
    assert len([e for e in _events(text) if e.kind == "attack"]) == 1


@pytest.mark.parametrize(
    "second",
    [
        "Elsewhere, two soldiers were killed by a roadside bomb.",
        "In a separate incident, gunmen killed a village chief.",
    ],
)
def test_separate_incidents_stay_apart(second: str) -> None:
    text = f"On 4 June 2023, gunmen attacked a bus near Menaka, killing 6 passengers. {second}"
    assert len([e for e in _events(text) if e.kind == "attack"]) == 2


def test_wire_dateline_place_is_not_the_event_place() -> None:
    text = "NAIROBI (Reuters) - Gunmen killed 9 people in an attack on a bus near Mandera on 4 June 2023."
    (event,) = _events(text)
    assert event.place != "Nairobi"


def test_the_same_day_is_the_day_of_the_last_happening() -> None:
    text = (
        "Gunmen attacked a market in Kidal on Monday, killing 3 people, officials said on Tuesday. "
        "In a separate incident the same day, a roadside bomb killed 2 soldiers near Tessalit."
    )
    events = [e for e in api.extract(text, "t", "2023-06-08") if e.kind == "attack"]
    assert len(events) == 2
    assert events[0].date_start == events[1].date_start == "2023-06-05"


def test_a_past_attack_a_report_compares_with_is_not_news() -> None:
    text = (
        "On 4 June 2023, a gunman killed 6 people at a school in Belgrade, "
        "the deadliest shooting since the 2013 Velika Ivanca attack."
    )
    events = _events(text)
    assert [e.date_start for e in events] == ["2023-06-04"]


def test_confidence_orders_told_events_above_passing_ones() -> None:
    strong = _events("On 4 June 2023, a gunman opened fire on a bus in Karachi, killing 3 people.")
    passing = _events("On 4 June 2023, officials in Karachi said the attack was under investigation.")
    assert strong[0].confidence >= 0.8
    assert all(e.confidence < strong[0].confidence for e in passing)


def test_two_arrests_with_their_own_days_in_one_sentence_are_two() -> None:
    text = (
        "Prior to his own arrest on Wednesday, the suspect's father said that another son "
        "was arrested in Leeds on Tuesday."
    )
    arrests = [e for e in api.extract(text, "t", "2023-06-09") if e.kind == "arrest"]
    assert sorted(e.date_start for e in arrests) == ["2023-06-06", "2023-06-07"]


def test_a_claim_dismissed_before_the_headline_claim_is_read_is_still_disputed() -> None:
    text = (
        "Man stabs two in Graz; Islamic State claims attack\n\n"
        "On 4 June 2023, a man stabbed two people at a station in Graz. "
        "Officials called the claim opportunistic."
    )
    (event,) = _events(text)
    assert event.attribution == "claimed"
    assert event.claim_disputed


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param(
            "On 4 June 2023, security forces conducted an operation against militants in Batna. "
            "As a result, rifles, grenades and explosives were seized from the raid.",
            ["seizure"],
            id="raid_outcome_takes_the_kind_of_its_result",
        ),
        pytest.param(
            "On 4 June 2023, a court in Niamey sentenced two men to 15 years "
            "for their role in a 2019 attack on a base.",
            ["legal_action"],
            id="an_old_attack_named_in_a_sentence_is_not_news",
        ),
        pytest.param(
            "On 4 June 2023, a bomb killed 5 soldiers near Gao. "
            "JNIM claimed responsibility in a statement released by its media arm.",
            ["attack"],
            id="a_claim_in_a_statement_is_one_claim",
        ),
        pytest.param(
            "On 4 June 2023, a man stabbed two people at a station in Graz. "
            "Police shot him in the leg and arrested him at the scene.",
            ["attack"],
            id="an_arrest_at_the_scene_is_part_of_the_attack",
        ),
    ],
)
def test_what_is_part_of_what(text: str, kinds: list[str]) -> None:
    assert [e.kind for e in _events(text)] == kinds


def test_the_strike_refers_back_and_dates_the_happening() -> None:
    text = (
        "A drone strike killed three men near Hodeidah, officials confirmed on Thursday. "
        "The strike late on Sunday hit a truck."
    )
    events = [e for e in api.extract(text, "t.txt", "2025-06-13") if e.kind == "attack"]
    assert [e.date_start for e in events] == ["2025-06-08"]


def test_a_general_strike_is_no_attack() -> None:
    assert not _events("On 4 June 2023, unions called a general strike in Lagos.")


def test_weapons_recovered_in_an_arrest_are_part_of_it() -> None:
    text = (
        "On 9 October 2023, police arrested a militant commander at a house in Cotabato. "
        "Officers said they recovered a grenade and a pistol."
    )
    assert [e.kind for e in _events(text)] == ["arrest"]


@pytest.mark.parametrize(
    ("text", "n_arrests"),
    [
        (
            "On 4 June 2023, police arrested a man suspected of helping the Kabul bomber. "
            "Both arrests happened in Tripoli.",
            1,
        ),
        (
            "On 4 June 2023, police arrested five men in the old port district of Ceuta. "
            "A sixth suspect was detained the same day in Tetouan.",
            2,
        ),
    ],
)
def test_arrests_are_placed_by_locatives(text: str, n_arrests: int) -> None:
    assert len([e for e in _events(text) if e.kind == "arrest"]) == n_arrests


def test_violence_on_two_days_in_one_sentence_is_two_events() -> None:
    text = (
        "Gunmen killed 12 villagers in Tahoua on 3 May 2024, "
        "two days after a bomb killed 4 soldiers near Dosso."
    )
    events = sorted(_events(text), key=lambda e: e.date_start or "")
    assert [(e.date_start, e.killed) for e in events] == [("2024-05-01", 4), ("2024-05-03", 12)]


def test_where_the_wounded_died_is_not_another_event() -> None:
    text = (
        "On 4 June 2023, gunmen attacked a village near Konduga, killing 10 people. "
        "Two of the wounded later died at a hospital in Maiduguri, bringing the toll to 12."
    )
    (event,) = _events(text)
    assert event.killed == 12


def test_a_new_count_on_another_day_is_another_event() -> None:
    text = (
        "On 4 June 2023, JNIM fighters attacked an army post in Djibo. "
        "On 6 June 2023, suspected JNIM militants killed nine civilians near Kaya."
    )
    assert len([e for e in _events(text) if e.kind == "attack"]) == 2
