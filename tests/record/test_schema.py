from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kronika.record import (
    ATTRIBUTIONS,
    DATE_PRECISIONS,
    GEO_PRECISIONS,
    KINDS,
    ROLES,
    WEAPONS,
    Actor,
    Event,
    Evidence,
    json_schema,
    stable_id,
)

SPEC_FIELDS = [
    "event_id",
    "document_id",
    "kind",
    "event_type",
    "sub_event_type",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "place",
    "admin1",
    "country",
    "country_code",
    "latitude",
    "longitude",
    "geo_precision",
    "actors",
    "killed",
    "killed_perpetrators",
    "injured",
    "arrested",
    "attribution",
    "claim_disputed",
    "weapons",
    "evidence",
    "confidence",
    "interaction",
    "civilian_targeting",
    "summary",
    "language",
    "source",
    "extractor_version",
    "reviewed",
]


def test_event_has_every_spec_field_in_order() -> None:
    assert [f.name for f in dataclasses.fields(Event)] == SPEC_FIELDS


@pytest.mark.parametrize(
    "values, spec",
    [
        (
            KINDS,
            {
                "attack",
                "clash",
                "protest",
                "riot",
                "arrest",
                "legal_action",
                "seizure",
                "claim",
                "allegiance",
                "group_change",
                "designation",
                "statement",
                "other",
            },
        ),
        (DATE_PRECISIONS, {"day", "days", "month", "season", "year", "unknown"}),
        (GEO_PRECISIONS, {"place", "district", "admin1", "country", "region", "unknown"}),
        (
            ROLES,
            {
                "perpetrator",
                "target",
                "security_force",
                "victim",
                "claimant",
                "authority",
                "subject",
                "other",
            },
        ),
        (ATTRIBUTIONS, {"claimed", "suspected", "alleged", "confirmed", "denied", "unknown"}),
        (WEAPONS, {"firearm", "knife", "explosive", "grenade", "vehicle", "fire", "other"}),
    ],
)
def test_enumerations_match_the_spec(values: tuple[str, ...], spec: set[str]) -> None:
    assert set(values) == spec


def test_schema_is_valid_and_lists_enums() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["kind"]["enum"] == list(KINDS)
    assert schema["properties"]["killed"]["type"] == ["integer", "null"]
    assert schema["properties"]["actors"]["items"]["properties"]["role"]["enum"] == list(ROLES)


@pytest.mark.parametrize(
    "change, valid",
    [
        ({}, True),
        ({"kind": "riot"}, True),
        ({"kind": "uprising"}, False),
        ({"date_start": "18 Feb 2018"}, False),
        ({"killed": -1}, False),
        ({"confidence": 1.5}, False),
        ({"latitude": None, "longitude": None}, True),
        ({"weapons": ["laser"]}, False),
    ],
)
def test_schema_accepts_good_records_and_refuses_bad_ones(change: dict, valid: bool) -> None:
    row = _event().to_dict() | change
    validator = jsonschema.Draft202012Validator(json_schema())
    assert validator.is_valid(row) is valid


def _event() -> Event:
    return Event(
        event_id=stable_id("doc.txt", "attack", 10),
        document_id="doc.txt",
        kind="attack",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        date_start="2020-05-01",
        date_end="2020-05-01",
        date_precision="day",
        date_text="1 May 2020",
        place="Djibo",
        country="Burkina Faso",
        country_code="BF",
        latitude=14.1,
        longitude=-1.63,
        geo_precision="place",
        actors=[Actor("gunmen", None, "perpetrator", "confirmed")],
        killed=4,
        injured=9,
        weapons=["firearm"],
        evidence=[Evidence("doc.txt", 0, 5, "Gunme")],
        confidence=0.8,
    )


events = st.builds(
    Event,
    event_id=st.text(min_size=1, max_size=16),
    document_id=st.text(min_size=1, max_size=20),
    kind=st.sampled_from(KINDS),
    killed=st.none() | st.integers(0, 10_000),
    injured=st.none() | st.integers(0, 10_000),
    latitude=st.none() | st.floats(-90, 90),
    longitude=st.none() | st.floats(-180, 180),
    actors=st.lists(
        st.builds(
            Actor,
            name=st.text(max_size=20),
            canonical=st.none() | st.text(max_size=20),
            role=st.sampled_from(ROLES),
        ),
        max_size=3,
    ),
    weapons=st.lists(st.sampled_from(WEAPONS), max_size=3),
    evidence=st.lists(
        st.builds(
            Evidence,
            document_id=st.just("d"),
            start=st.integers(0, 100),
            end=st.integers(100, 200),
            text=st.text(max_size=30),
        ),
        max_size=2,
    ),
    confidence=st.floats(0, 1),
)


@given(events)
def test_records_round_trip_through_json_and_validate(event: Event) -> None:
    row = json.loads(json.dumps(event.to_dict()))
    assert Event.from_dict(row) == event
    assert jsonschema.Draft202012Validator(json_schema()).is_valid(row)


def test_stable_id_is_deterministic_and_sensitive() -> None:
    assert stable_id("a", 1, None) == stable_id("a", 1, None)
    assert stable_id("a", 1) != stable_id("a", 2)
    assert stable_id("ab", "c") != stable_id("a", "bc")
