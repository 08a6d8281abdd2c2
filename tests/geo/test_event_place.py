"""event_place: where the happening at a trigger took place, from sentence, paragraph or document."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.api import process
from kronika.document import Span
from kronika.geo import dominant_place, event_place, event_places, recognise


def _place_at(text: str, trigger: str):
    doc = process(text, document_id="t", until="places")
    start = text.index(trigger)
    return event_place(doc, Span(start, start + len(trigger)))


def _cases(name: str) -> list[list[str]]:
    lines = (Path(__file__).parent / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("text", "trigger", "expected"), _cases("cases_event_place.tsv"))
def test_event_place(text: str, trigger: str, expected: str) -> None:
    place = _place_at(text, trigger)
    if not expected:
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


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        ("Police said the attackers fled. Officials in Kandahar and Kandahar province met.", "", "Kandahar"),
        ("Nobody was hurt, officials said.", "Blast rocks a market in Quetta", "Quetta"),
        ("Nobody was hurt, officials said.", "", None),
    ],
)
def test_dominant_place(text: str, title: str, expected: str | None) -> None:
    doc = process(text, document_id="t", until="places")
    doc.title = title
    place = dominant_place(doc)
    assert (place.name if place else None) == expected
