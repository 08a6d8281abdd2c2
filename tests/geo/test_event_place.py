"""event_place: where the happening at a trigger took place, from sentence, paragraph or document."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.api import process
from kronika.document import Span
from kronika.geo import event_place, event_places, recognise


def _place_at(text: str, trigger: str):
    doc = process(text, document_id="t", until="places")
    start = text.index(trigger)
    return event_place(doc, Span(start, start + len(trigger)))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("A resident of Khasavyurt attacked a police post in Kizlyar on Monday.", "attacked", "Kizlyar"),
        ("Islamic State – Caucasus Province claimed an attack in Derbent.", "attack", "Derbent"),
        (
            "The militants hid in the mountains of Dagestan. Police later arrested two of them.",
            "arrested",
            "Dagestan",
        ),
        ("The United States designated the group a terrorist organisation.", "designated", None),
        ("Kenya began airstrikes on camps in the Gedo region of Somalia.", "airstrikes", "Gedo"),
        ("Gunmen opened fire in the village of Bamut, Chechnya.", "opened fire", "Bamut"),
        ("Police arrested a man in Grozny, Chechnya.", "arrested", "Grozny"),
        ("A gunman attacked a police patrol in southern Dagestan.", "attacked", "southern Dagestan"),
        ("Three bombs exploded in Sri Lanka’s capital on Sunday.", "exploded", "Colombo"),
        ("Gunmen entered Garissa on Thursday. They killed guards in the town.", "killed", "Garissa"),
        ("The State Security Service of Georgia detained a man who fought in Syria.", "detained", "Georgia"),
        (
            "Militants set fire to a church in Maiduguri, saying it was revenge for raids in Chad.",
            "set fire",
            "Maiduguri",
        ),
        (
            "The attack on a mosque in Egypt’s Sinai region killed 300. North Sinai is tense.",
            "attack",
            "North Sinai",
        ),
        ("US forces killed the leader in a raid in Qatmah, Aleppo province.", "raid", "Qatmah"),
        ("Jets bombed camps in Somalia. The strikes hit two camps in the Gedo region.", "bombed", "Gedo"),
        ("A spokesman for Kenya said the camps were destroyed.", "destroyed", None),
        ("Militants stormed a hotel in the Somali capital late on Friday.", "stormed", "Mogadishu"),
        ("KABUL, Afghanistan (AP) — A suicide bomber struck a crowd on Monday.", "struck", "Kabul"),
        (
            "NAIROBI - A court sentenced two men for helping militants plan an ambush in Lamu county.",
            "sentenced",
            "Nairobi",
        ),
        (
            "BEIRUT, Feb 9 (Reuters) - Militants attacked a post near the town of al-Busayrah in Syria.",
            "attacked",
            "Al Busayrah",
        ),
    ],
)
def test_event_place(text: str, trigger: str, expected: str | None) -> None:
    place = _place_at(text, trigger)
    if expected is None:
        assert place is None
    else:
        assert place is not None and expected in place.name


@pytest.mark.parametrize(
    ("text", "name", "admin1", "precision", "role"),
    [
        (
            "Two policemen were shot in the settlement of Sernovodskoye (Zzyxsky district).",
            "Zzyxsky district",
            "Chechnya",
            "district",
            "location",
        ),
        (
            "He was a resident of Zzyxsky district, Dagestan.",
            "Zzyxsky district",
            "Dagestan",
            "district",
            "origin",
        ),
        (
            "Troops raided a house in Zzyxville, Idlib province, at night.",
            "Zzyxville",
            "Idlib",
            "admin1",
            "location",
        ),
    ],
)
def test_unknown_places_fall_back_to_what_holds_them(
    text: str, name: str, admin1: str, precision: str, role: str
) -> None:
    found = [m for m in recognise(text) if m.text == name]
    assert found, recognise(text)
    m = found[0]
    assert (m.place.admin1, m.place.precision, m.role) == (admin1, precision, role)


def test_unknown_village_falls_back_to_its_region() -> None:
    place = _place_at(
        "Gunmen attacked a post in the village of Zzyxville of the Karachay-Cherkess Republic.", "attacked"
    )
    assert place is not None
    assert place.name == "Zzyxville" and place.admin1 == "Karachay-Cherkessia" and place.precision == "admin1"


_WORDS = st.sampled_from(
    [
        "in",
        "Kabul",
        "Georgia",
        "the",
        "attack",
        "Kizlyar,",
        "Dagestan.",
        "Jordan",
        "Mara-Ayagy",
        "near",
        "village",
        "of",
        "Bamut",
        "Most",
        "U.S.",
        "southern",
        "Chechnya",
        "\n\n",
        "—",
        "ş",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORDS, max_size=30))
def test_mentions_keep_offsets(words: list[str]) -> None:
    text = " ".join(words)
    for m in recognise(text):
        assert text[m.start : m.end] == m.text
        assert m.role in ("location", "origin", "in_name", "other")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Suicide bombers struck mosques in Herat and Kandahar on Friday.", "struck", ["Herat", "Kandahar"]),
        ("Bombs went off in Colombo, Negombo and Batticaloa.", "Bombs", ["Colombo", "Negombo", "Batticaloa"]),
        ("Gunmen attacked a police post in Kizlyar, Dagestan.", "attacked", ["Kizlyar"]),
        ("The United States designated the group.", "designated", []),
    ],
)
def test_event_places_of_a_coordinated_attack(text: str, trigger: str, expected: list[str]) -> None:
    doc = process(text, document_id="t", until="places")
    start = text.index(trigger)
    assert [p.name for p in event_places(doc, Span(start, start + len(trigger)))] == expected
