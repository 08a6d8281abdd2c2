"""A place named with its region ("X, Region", "X (District, Region)"): the region decides
which town of that name is meant, and the region is the container, not the event's place."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from kronika.api import process
from kronika.document import Span
from kronika.geo import event_place

HERE = Path(__file__).parent


def _cases() -> list[list[str]]:
    lines = (HERE / "cases_admin_context.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


@pytest.mark.parametrize(("text", "trigger", "name", "admin1", "lat", "lon", "radius"), _cases())
def test_place_with_its_region(
    text: str, trigger: str, name: str, admin1: str, lat: str, lon: str, radius: str
) -> None:
    doc = process(text, document_id="t", until="places")
    start = text.index(trigger)
    place = event_place(doc, Span(start, start + len(trigger)))
    assert place is not None
    assert any(n.lower() in place.name.lower() for n in name.split("|"))
    assert place.admin1 == admin1
    assert place.latitude is not None and place.longitude is not None
    assert _km(place.latitude, place.longitude, float(lat), float(lon)) <= float(radius)
