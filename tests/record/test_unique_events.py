"""Records of one document: a whole repeat kept once, two different records under one id refused."""

from __future__ import annotations

import dataclasses

import pytest

from kronika.api import extract
from kronika.errors import KronikaError
from kronika.record import consistent_counts, unique_events


@pytest.fixture(scope="module")
def event():  # type: ignore[no-untyped-def]
    return extract("Gunmen killed three people in Kabul on 2 May 2021.", document_id="u")[0]


def test_a_repeated_record_is_kept_once(event) -> None:  # type: ignore[no-untyped-def]
    assert unique_events([event, event]) == [event]


def test_two_different_records_under_one_id_are_refused(event) -> None:  # type: ignore[no-untyped-def]
    other = dataclasses.replace(event, date_start="2021-05-09", date_end="2021-05-09")
    with pytest.raises(KronikaError, match=event.event_id):
        unique_events([event, other])


@pytest.mark.parametrize(("killed", "perp", "expected"), [(3, 5, 5), (None, 2, 2), (5, 2, 5), (4, None, 4)])
def test_perpetrators_killed_are_part_of_killed(event, killed, perp, expected) -> None:  # type: ignore[no-untyped-def]
    fixed = consistent_counts(dataclasses.replace(event, killed=killed, killed_perpetrators=perp))
    assert fixed.killed == expected
