"""ACLED's actor names carry ACLED's country names: its own spellings ('Palestine',
'Democratic Republic of Congo'), no leading article in brackets, 'of the' where ACLED writes it."""

from __future__ import annotations

import pytest

from kronika import api
from kronika.actors import acled_actor_name, acled_country


@pytest.mark.parametrize(
    ("name", "code", "acled"),
    [
        ("Palestinian Territory", "PS", "Palestine"),
        ("Democratic Republic of the Congo", "CD", "Democratic Republic of Congo"),
        ("The Netherlands", "NL", "Netherlands"),
        ("Kenya", "KE", "Kenya"),
        ("Eswatini", "SZ", "eSwatini"),
        (None, None, None),
    ],
)
def test_acled_country(name: str | None, code: str | None, acled: str | None) -> None:
    assert acled_country(name, code) == acled


@pytest.mark.parametrize(
    ("pattern", "country", "name"),
    [
        ("Military Forces of {country}", "Philippines", "Military Forces of the Philippines"),
        ("Police Forces of {country}", "United States", "Police Forces of the United States"),
        ("Government of {country}", "Netherlands", "Government of the Netherlands"),
        ("Military Forces of {country}", "Nigeria", "Military Forces of Nigeria"),
        ("Rioters ({country})", "Netherlands", "Rioters (Netherlands)"),
        ("Civilians ({country})", "Philippines", "Civilians (Philippines)"),
    ],
)
def test_acled_actor_name(pattern: str, country: str, name: str) -> None:
    assert acled_actor_name(pattern, country) == name


REPORTS = [
    (
        "On 3 March 2024, an Israeli airstrike killed four civilians in Khan Younis.",
        "Civilians (Palestine)",
        7,
    ),
    (
        "On 4 March 2024, Philippine troops clashed with rebels near Davao City.",
        "Military Forces of the Philippines",
        1,
    ),
    ("On 5 March 2024, rioters set cars on fire in Rotterdam.", "Rioters (Netherlands)", 5),
    (
        "On 6 March 2024, Congolese soldiers shot dead two civilians in Goma.",
        "Military Forces of the Democratic Republic of Congo",
        1,
    ),
    (
        "On 7 March 2024, gunmen killed three villagers near Beni.",
        "Unidentified Armed Group (Democratic Republic of Congo)",
        3,
    ),
]


@pytest.mark.parametrize(("text", "name", "inter"), REPORTS)
def test_event_actors_use_acled_country_names(text: str, name: str, inter: int) -> None:
    actors = {a.canonical: a.inter for e in api.extract(text, "t.txt") for a in e.actors}
    assert actors.get(name) == inter, actors
