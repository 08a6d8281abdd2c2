"""Invariants of the store under any sequence of document writes (hypothesis)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.store import IncidentConfig, Query, Store, StoredDocument, update_incidents
from kronika.store.incidents import event_dict
from kronika.store.query import BBox
from tests.store.generate import make_event
from tests.store.pgserver import PostgresServer

writes = st.lists(
    st.tuples(
        st.sampled_from(["a.txt", "b.txt", "c/d.txt", "e.html"]),
        st.lists(st.tuples(st.sampled_from(["attack", "clash", "arrest"]), st.integers(0, 5)), max_size=4),
    ),
    min_size=1,
    max_size=8,
)


@contextmanager
def sqlite_target() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        yield str(Path(tmp) / "k.db")


@contextmanager
def postgres_target(server: PostgresServer) -> Iterator[str]:
    yield server.create()


def check_last_write(sequence: list, target: str) -> None:
    model: dict[str, set[str]] = {}
    with Store(target) as store:
        for version, (doc_id, specs) in enumerate(sequence):
            events = [make_event(doc_id, kind=kind, salt=str(salt)) for kind, salt in specs]
            doc = StoredDocument(
                doc_id, doc_id, f"{version:064d}", "x", None, "2024-01-01", "v", "text", len(events)
            )
            store.put_document(doc, events)
            model[doc_id] = {e.event_id for e in events}
        update_incidents(store, IncidentConfig())
        stored: dict[str, set[str]] = {d.document_id: set() for d in store.documents()}
        for event in store.events():
            stored[event.document_id].add(event.event_id)
        n_events = store.count("events")
        members = sorted(r[0] for r in store.conn.execute("SELECT event_id FROM incident_members"))
        counted = dict(store.conn.execute("SELECT document_id, n_events FROM documents").fetchall())
    assert stored == model
    assert n_events == sum(len(v) for v in model.values())
    assert members == sorted(e for v in model.values() for e in v)
    assert counted == {k: len(v) for k, v in model.items()}


@settings(max_examples=25, deadline=None)
@given(writes)
def test_the_store_holds_exactly_the_last_write_of_each_document(sequence: list) -> None:
    with sqlite_target() as target:
        check_last_write(sequence, target)


@pytest.mark.postgres
@settings(max_examples=15, deadline=None)
@given(sequence=writes)
def test_a_postgresql_store_holds_exactly_the_last_write_of_each_document(
    postgres_server: PostgresServer, sequence: list
) -> None:
    with postgres_target(postgres_server) as target:
        check_last_write(sequence, target)


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(["attack", "clash", "arrest"]),
    st.lists(
        st.tuples(st.text(max_size=8), st.sampled_from(["perpetrator", "target", "victim"])), max_size=3
    ),
    st.lists(st.sampled_from(["firearm", "knife", "explosive"]), max_size=2),
    st.text(max_size=30),
    st.none() | st.integers(0, 500),
)
def test_the_fast_record_dict_equals_to_dict(
    kind: str, actors: list, weapons: list, text: str, killed
) -> None:
    event = make_event(
        "a.txt", kind=kind, actors=tuple(actors), weapons=tuple(weapons), text=text, killed=killed
    )
    assert event_dict(event) == event.to_dict()


def python_filter(e, q: Query) -> bool:
    """The filters of `Query`, written again in plain Python, to check the SQL against."""
    if q.kinds and e.kind not in q.kinds:
        return False
    if q.country and q.country.casefold() not in {
        (e.country or "").casefold(),
        (e.country_code or "").casefold(),
    }:
        return False
    if q.admin1 and q.admin1.casefold() != (e.admin1 or "").casefold():
        return False
    if q.since and (e.date_end is None or e.date_end < q.since.isoformat()):
        return False
    if q.until and (e.date_start is None or e.date_start > q.until.isoformat()):
        return False
    if q.actor and not any(
        q.actor.casefold() in (n or "").casefold() for a in e.actors for n in (a.name, a.canonical)
    ):
        return False
    if q.bbox and (
        e.latitude is None
        or not (
            q.bbox.min_lon <= e.longitude <= q.bbox.max_lon and q.bbox.min_lat <= e.latitude <= q.bbox.max_lat
        )
    ):
        return False
    return e.confidence >= q.min_confidence


PLACES = [
    ("Mosul", "Nineveh", "Iraq", "IQ", 36.34, 43.13),
    ("Kirkuk", "Kirkuk", "Iraq", "IQ", 35.47, 44.39),
    ("Gao", "Gao", "Mali", "ML", 16.27, -0.04),
    (None, None, None, None, None, None),
]
queries = st.builds(
    Query,
    kinds=st.lists(st.sampled_from(["attack", "clash", "arrest"]), max_size=2).map(tuple),
    country=st.none() | st.sampled_from(["iraq", "ML", "Mali", "France"]),
    admin1=st.none() | st.sampled_from(["nineveh", "Gao"]),
    since=st.none() | st.dates(date(2019, 1, 1), date(2021, 1, 1)),
    until=st.none() | st.dates(date(2019, 1, 1), date(2021, 1, 1)),
    actor=st.none() | st.sampled_from(["islamic", "State", "police", "qaeda"]),
    bbox=st.none() | st.sampled_from([BBox(40, 30, 50, 40), BBox(-5, 10, 5, 20), BBox(43, 36, 44, 37)]),
    min_confidence=st.sampled_from([0.0, 0.5, 0.8]),
)
stored_events = st.lists(
    st.tuples(
        st.sampled_from(["attack", "clash", "arrest"]),
        st.sampled_from(PLACES),
        st.none() | st.dates(date(2019, 1, 1), date(2021, 1, 1)),
        st.integers(0, 40),
        st.lists(
            st.sampled_from(
                [("Islamic State", "perpetrator"), ("al-Qaeda", "claimant"), ("police", "security_force")]
            ),
            max_size=2,
            unique=True,
        ),
        st.sampled_from([0.3, 0.5, 0.9]),
    ),
    max_size=10,
)


def check_filters(specs: list, query: Query, target: str) -> None:
    events = []
    for i, (kind, (place, admin1, country, code, lat, lon), day, width, actors, conf) in enumerate(specs):
        end = (day + timedelta(days=width)).isoformat() if day else None
        events.append(
            make_event(
                "d.txt",
                kind=kind,
                place=place,
                admin1=admin1,
                country=country,
                code=code,
                lat=lat,
                lon=lon,
                day=day.isoformat() if day else None,
                end=end,
                actors=tuple(actors),
                confidence=conf,
                salt=str(i),
            )
        )
    with Store(target) as store:
        store.put_document(
            StoredDocument("d.txt", "d.txt", "0", "x", None, "t", "v", "text", len(events)), events
        )
        got = sorted(e.event_id for e in store.events(query))
    assert got == sorted(e.event_id for e in events if python_filter(e, query))


@settings(max_examples=40, deadline=None)
@given(stored_events, queries)
def test_sql_filters_agree_with_their_plain_python_meaning(specs: list, query: Query) -> None:
    with sqlite_target() as target:
        check_filters(specs, query, target)


@pytest.mark.postgres
@settings(max_examples=25, deadline=None)
@given(specs=stored_events, query=queries)
def test_postgresql_filters_agree_with_their_plain_python_meaning(
    postgres_server: PostgresServer, specs: list, query: Query
) -> None:
    with postgres_target(postgres_server) as target:
        check_filters(specs, query, target)
