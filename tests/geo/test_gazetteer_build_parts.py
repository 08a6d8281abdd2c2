"""The faster pieces of the place index build give what the plain ones give: medians and
sectors from pre-sorted axes equal those computed from the points; the garbage collector
paused for a build is running again after it, whether the build ends or fails."""

from __future__ import annotations

import contextlib
import gc
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.geo import cities as gz

_points = st.lists(st.tuples(st.floats(-90, 90), st.floats(-180, 180)), min_size=1, max_size=60)


@given(points=_points)
def test_medians_and_sectors_from_sorted_axes_are_the_same(points: list[tuple[float, float]]) -> None:
    lats, lons = gz._axes(points)
    assert gz._median_sorted(lats) == statistics.median(p[0] for p in points)
    assert gz._median_sorted(lons) == statistics.median(p[1] for p in points)
    assert gz._sectors(points, lats, lons) == gz._sectors(points)


@pytest.mark.parametrize("fails", [False, True])
@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_restored_after_a_build(enabled: bool, fails: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(RuntimeError) if fails else contextlib.nullcontext(), gz.no_collection():
            assert not gc.isenabled()
            if fails:
                raise RuntimeError("build failed")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
