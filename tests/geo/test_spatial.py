"""Relative, linear and unknown places: distances with bearings, roads, unknown villages."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.geo.mentions import recognise
from kronika.geo.spatial import offset_point


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@given(
    st.floats(-70, 70),
    st.floats(-179, 179),
    st.floats(1, 300),
    st.sampled_from([0.0, 45.0, 90.0, 135.0, 180.0, 225.0, 270.0, 315.0]),
)
def test_offset_keeps_the_distance(lat: float, lon: float, km: float, bearing: float) -> None:
    moved = offset_point(lat, lon, km, bearing)
    assert abs(_km((lat, lon), moved) - km) < 0.05 * km + 0.1


@pytest.mark.parametrize(
    ("text", "name", "cc", "dlat", "dlon"),
    [
        ("A mortar round landed about 60 km south of Sabha on Monday.", "Sabha", "LY", -0.54, 0.0),
        ("Herders were killed 20 kilometres north-east of Gao.", "Gao", "ML", 0.127, 0.13),
        ("The convoy was hit 30 miles west of Kandahar.", "Kandahar", "AF", 0.0, -0.52),
        ("Gunmen struck some 15 km to the north of the town of Dori.", "Dori", "BF", 0.135, 0.0),
        ("A blast hit a checkpoint sixty kilometres south of Sabha.", "Sabha", "LY", -0.54, 0.0),
        ("Troops clashed 20km (12 miles) east of Gao.", "Gao", "ML", 0.0, 0.187),
    ],
)
def test_distance_and_bearing_move_the_point(text: str, name: str, cc: str, dlat: float, dlon: float) -> None:
    plain = {m.text: m.place for m in recognise(f"It happened in {name}.")}[name]
    moved = next(m.place for m in recognise(text) if m.text == name)
    assert moved.country_code == cc
    assert moved.latitude is not None and plain.latitude is not None
    assert moved.latitude - plain.latitude == pytest.approx(dlat, abs=0.03)
    assert moved.longitude - plain.longitude == pytest.approx(dlon, abs=0.04)


@pytest.mark.parametrize(
    ("text", "cc", "ends"),
    [
        (
            "Jihadists ambushed a fuel convoy on the Ouallam-Niamey road on Sunday.",
            "NE",
            ("Ouallam", "Niamey"),
        ),
        ("Soldiers came under fire on the road between Goma and Rutshuru.", "CD", ("Goma", "Rutshuru")),
        ("An explosive device hit a bus on the Kaya–Dori highway in the north.", "BF", ("Kaya", "Dori")),
        ("Bandits blocked the highway linking Kaduna and Abuja overnight.", "NG", ("Kaduna", "Abuja")),
    ],
)
def test_roads_sit_between_their_towns(text: str, cc: str, ends: tuple[str, str]) -> None:
    roads = [m for m in recognise(text) if m.cue == "road"]
    assert len(roads) == 1
    road = roads[0]
    assert text[road.start : road.end] == road.text
    assert road.place.country_code == cc and road.place.precision == "district"
    a, b = (next(m.place for m in recognise(f"It happened in {n}.") if m.text == n) for n in ends)
    assert road.place.latitude == pytest.approx((a.latitude + b.latitude) / 2, abs=0.01)
    assert road.place.longitude == pytest.approx((a.longitude + b.longitude) / 2, abs=0.01)


@pytest.mark.parametrize(
    ("text", "name", "cc", "precision"),
    [
        (
            "Mozambican officials said the raid was the worst this year. "
            "Insurgents occupied Xibululu on Friday.",
            "Xibululu",
            "MZ",
            "country",
        ),
        (
            "Fighting spread across Borno State. Gunmen later stormed the village of Ngarwaka.",
            "Ngarwaka",
            "NG",
            "admin1",
        ),
        (
            "In Nigeria, bandits later stormed the village of Sulak and burned homes.",
            "Sulak",
            "NG",
            "country",
        ),
        (
            "Libyan forces said gunmen attacked the village of Qurbatun overnight.",
            "Qurbatun",
            "LY",
            "country",
        ),
    ],
)
def test_unknown_villages_fall_back_to_the_documents_region(
    text: str, name: str, cc: str, precision: str
) -> None:
    found = [m for m in recognise(text) if m.text == name]
    assert len(found) == 1
    assert found[0].place.country_code == cc
    assert found[0].place.precision == precision
    assert found[0].name_of == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers were deployed in March after talks in Parliament.",
        "The militants pledged allegiance in Arabic on Telegram.",
        "In Nigeria, the army said it acted in response to attacks.",
        "Officials in Boko Haram territory were captured.",
    ],
)
def test_common_words_are_no_unknown_villages(text: str) -> None:
    names = {m.text for m in recognise(text)}
    assert names <= {"Nigeria"}


def _event_place(text: str, trigger: str):
    from kronika.api import process
    from kronika.document import Span
    from kronika.geo import event_place

    doc = process(text, document_id="t", until="places")
    start = text.index(trigger)
    return event_place(doc, Span(start, start + len(trigger)))


@pytest.mark.parametrize(
    ("text", "trigger", "cc", "lat", "lon", "radius"),
    [
        pytest.param(
            "Insurgents attacked the port of Mocímboa da Praia in Cabo Delgado province on Saturday.\n\n"
            "On Sunday, insurgents occupied Xilobwe, residents said. Two civilians were killed.",
            "were killed",
            "MZ",
            -12.3,
            40.2,
            60,
            id="an unknown town stands at the stated region, not the earlier sentence's town",
        ),
        pytest.param(
            "BAMAKO, June 4 (AFP) - Jihadists killed 11 civilians in the village of Tegourou in central "
            "Mali's Mopti region on Sunday.\n\nThe attackers set fire to granaries.",
            "set fire",
            "ML",
            14.4,
            -3.9,
            80,
            id="the dateline city is not what the story is about",
        ),
        pytest.param(
            "Militants stormed a police station in Kotla Saidan, a town in Dera Ismail Khan district, "
            "killing ten policemen.",
            "stormed",
            "PK",
            31.83,
            70.9,
            30,
            id="a town in a named district",
        ),
        pytest.param(
            "Fighters attacked an army post in Tagalalt, about 60 km west of Tahoua, killing 23 soldiers.",
            "attacked",
            "NE",
            14.89,
            4.71,
            15,
            id="an unknown village at a distance from a known town",
        ),
        pytest.param(
            "Clashes in Libya's south\n\nFighting broke out on Tuesday between rival groups in Qurayn, "
            "witnesses said.\n\nThe clashes spread to Ubari later in the week.",
            "Fighting",
            "LY",
            32.06,
            14.16,
            50,
            id="a namesake abroad loses to the headline's country",
        ),
        pytest.param(
            "Insurgents attack Chai, Mozambique\n\nInsurgents attacked Chai on Monday, burning houses.",
            "burning",
            "MZ",
            -18.17,
            35.22,
            50,
            id="a village the gazetteer knows only abroad falls back to the named country",
        ),
    ],
)
def test_unknown_towns_in_event_places(
    text: str, trigger: str, cc: str, lat: float, lon: float, radius: float
) -> None:
    place = _event_place(text, trigger)
    assert place is not None and place.country_code == cc
    assert place.latitude is not None and place.longitude is not None
    assert _km((place.latitude, place.longitude), (lat, lon)) <= radius
