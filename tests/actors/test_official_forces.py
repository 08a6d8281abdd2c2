"""Forces named by region or city, single members of a force, and forces after 'with', found
with the words the text uses (their ACLED names: the families in test_acled_actors)."""

from __future__ import annotations

import pytest

from kronika.actors import find_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Manipur Police officers said the village was attacked.", "Manipur Police officers"),
        ("the Lagos State Police Command said", "Lagos State Police Command"),
        ("Jammu and Kashmir Police arrested two men.", "Jammu and Kashmir Police"),
        ("The Metropolitan Police said it had charged him.", "Metropolitan Police"),
        ("Kenya Police Service officers were deployed.", "Kenya Police Service officers"),
    ],
)
def test_regional_police_keeps_the_words_of_the_text(text: str, name: str) -> None:
    forces = [a for a in find_actors(text) if a.category == "state_force"]
    assert [a.text for a in forces] == [name]
    assert text[forces[0].start : forces[0].end] == name


@pytest.mark.parametrize(
    "text",
    [
        "On Friday Police said two men were held.",
        "The Police arrived late.",
        "In March Police moved in.",
        "After Police arrived the crowd left.",
        "A former soldier opened fire.",
    ],
)
def test_no_regional_police_or_soldier_from_function_words(text: str) -> None:
    forces = [a for a in find_actors(text) if a.category == "state_force"]
    assert all(" " not in a.text.removeprefix("The ") for a in forces), [a.text for a in forces]
    assert "former soldier" not in " ".join(a.text for a in forces)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The rebels were armed with Iranian drones.", False),
        ("The militia used Turkish drones.", False),
        ("Gunmen clashed with police near the market.", True),
        ("Rebels exchanged fire with soldiers.", True),
        ("Bandits fought with troops overnight.", True),
    ],
)
def test_a_force_after_with_is_a_force_a_maker_after_with_is_not(text: str, found: bool) -> None:
    assert any(a.category == "state_force" for a in find_actors(text)) is found
