"""A total told beside its parts is marked `summary` (kept out of sums); the parts stay as they are."""

from __future__ import annotations

import pytest

from kronika.events.assemble import mark_summaries
from tests.store.generate import make_event

TOTAL = {"geo": "country", "place": "Nigeria", "lat": None, "lon": None, "admin1": None, "country": "Nigeria"}
TOTAL_DAYS = {"day": "2024-05-01", "end": "2024-05-07", "precision": "days", "killed": 30}
KANO = {"place": "Kano", "country": "Nigeria", "day": "2024-05-03", "killed": 8}
MAIDUGURI = {"place": "Maiduguri", "country": "Nigeria", "day": "2024-05-05", "killed": 6}


def _events(*parts: dict) -> list:  # type: ignore[type-arg]
    return [make_event("d.txt", salt=str(i), **p) for i, p in enumerate(parts)]


@pytest.mark.parametrize(
    ("parts", "summaries"),
    [
        ([{**TOTAL, **TOTAL_DAYS}, KANO, MAIDUGURI], [True, False, False]),
        ([{**TOTAL, **TOTAL_DAYS}, KANO], [False, False]),  # one part: no total of parts
        ([{**TOTAL, **TOTAL_DAYS, "killed": 5}, KANO, MAIDUGURI], [False, False, False]),  # a part exceeds it
        ([{**TOTAL, **TOTAL_DAYS, "country": "Niger"}, KANO, MAIDUGURI], [False, False, False]),
        ([{**TOTAL, **TOTAL_DAYS, "end": "2024-05-04"}, KANO, MAIDUGURI], [False, False, False]),  # outside
        ([KANO, MAIDUGURI], [False, False]),
    ],
)
def test_total_beside_its_parts_is_a_summary(parts: list[dict], summaries: list[bool]) -> None:  # type: ignore[type-arg]
    assert [e.summary for e in mark_summaries(_events(*parts))] == summaries
