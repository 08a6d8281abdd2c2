"""Places of short event notes: missions that name their theatre, chains of units ("X, Y
district, Z state"), a quarter named with its town, the finer place behind a country."""

from __future__ import annotations

import math

import pytest

from kronika.api import process
from kronika.document import Span
from kronika.geo import event_place


def _place_at(text: str, trigger: str):
    doc = process(text, document_id="t", until="places")
    start = text.index(trigger)
    return event_place(doc, Span(start, start + len(trigger)))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = lat1 - lat2
    dlon = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.0 * math.hypot(dlat, dlon)


# sentence, trigger, country code, point it lies near (lat, lon), within km
CASES = [
    # a mission that reports from one theatre: an unknown village lies in that theatre
    (
        "On 3 June 2021, the OSCE SMM recorded 12 explosions near Zzyxivka.",
        "explosions",
        "UA",
        48.3,
        38.0,
        160,
    ),
    (
        "The OSCE Special Monitoring Mission saw shelling near Zzyxove on Monday.",
        "shelling",
        "UA",
        48.3,
        38.0,
        160,
    ),
    # ... and a hamlet of that name at the other end of the country is not the one meant
    ("On 2 June 2021, the OSCE SMM heard 30 shots near Zvyzhen.", "shots", "UA", 48.3, 38.0, 160),
    ("On 2 June 2021, a blast killed two people near Zvyzhen.", "blast", "UA", 49.86, 25.24, 5),
    # a quarter of the town named after it, which the gazetteer knows only elsewhere
    (
        "On 4 March 2021, students protested in Jaro, Iloilo City, over fees.",
        "protested",
        "PH",
        10.70,
        122.56,
        10,
    ),
    (
        "On 9 March 2021, police raided a house in Zzyx Norte, Jaro, Iloilo City.",
        "raided",
        "PH",
        10.70,
        122.56,
        10,
    ),
    # a chain of units before a country used attributively: the first unit of the chain
    (
        "On 7 May 2021, near Zzyx village, Kyauktaw Township, Mrauk-U District, Rakhine State, "
        "the Myanmar military and the AA clashed.",
        "clashed",
        "MM",
        20.84,
        92.98,
        15,
    ),
    # a parenthesis right after a country or region tells the finer place
    (
        "On 6 May 2021, rebels fired mortars at farms in the Zzyx area in northern Syria (Saraqib, Idlib).",
        "fired",
        "SY",
        35.86,
        36.80,
        15,
    ),
    # a clause after the main one: a place the sentence names in the country of a group's name
    (
        "On 6 May 2021, a farmer fought off a commander of the People's Front of India at Zzyx "
        "village (Gumla, Jharkhand), after three armed men broke into his house and started "
        "beating his family.",
        "beating",
        "IN",
        23.04,
        84.54,
        15,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "cc", "lat", "lon", "within"), CASES)
def test_note_place(text: str, trigger: str, cc: str, lat: float, lon: float, within: float) -> None:
    place = _place_at(text, trigger)
    assert place is not None and place.latitude is not None and place.longitude is not None
    assert place.country_code == cc
    assert _km(place.latitude, place.longitude, lat, lon) <= within, place
