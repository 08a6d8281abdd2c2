"""A text that names no place but a nation's body is a national-level event, placed at that
country's capital with precision "country" (as ACLED codes such events)."""

from __future__ import annotations

import pytest

from kronika.api import process
from kronika.document import Span
from kronika.geo import event_place


def _place(text: str, trigger: str):
    doc = process(text, document_id="t", until="places")
    start = text.index(trigger)
    return event_place(doc, Span(start, start + len(trigger)))


@pytest.mark.parametrize(
    ("text", "trigger", "capital"),
    [
        ("Iraqi lawmakers approved a new cabinet on Thursday.", "approved", "Baghdad"),
        ("The Kenyan parliament passed a law on police powers.", "passed", "Nairobi"),
        ("Malian authorities dissolved the transitional council.", "dissolved", "Bamako"),
        ("The Nigerian government banned the movement on Monday.", "banned", "Abuja"),
        ("Sudanese ministry officials signed a ceasefire deal.", "signed", "Khartoum"),
    ],
)
def test_national_body_places_at_the_capital(text: str, trigger: str, capital: str) -> None:
    place = _place(text, trigger)
    assert place is not None and place.name == capital and place.precision == "country"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Gunmen killed three farmers on Monday.", "killed"),
        ("Nigerian troops killed ten militants overnight.", "killed"),
        ("Kenyan protesters marched against taxes.", "marched"),
        ("A Malian soldier was wounded by a mine.", "wounded"),
        ("Sudanese refugees crossed the border at night.", "crossed"),
    ],
)
def test_no_capital_without_a_national_body(text: str, trigger: str) -> None:
    assert _place(text, trigger) is None
