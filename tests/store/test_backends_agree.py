"""SQLite and PostgreSQL stores of one corpus hold the same records and answer every query
alike: incident matching, filters, ordering and counts do not depend on the backend."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika.store import BBox, Query, Store, ingest, plan
from tests.store.conftest import PostgresServer
from tests.store.generate import write_corpus
from tests.store.test_ingest import store_state

QUERIES = [
    Query(),
    Query(kinds=("attack", "clash")),
    Query(country="nigeria"),
    Query(country="IQ"),
    Query(admin1="Borno"),
    Query(since=date(2019, 1, 1)),
    Query(until=date(2018, 12, 31)),
    Query(since=date(2016, 1, 1), until=date(2020, 12, 31), kinds=("arrest",)),
    Query(actor="boko"),
    Query(actor="taliban"),
    Query(actor="%"),
    Query(bbox=BBox(0.0, 0.0, 30.0, 20.0)),
    Query(bbox=BBox(40.0, 30.0, 75.0, 45.0)),
    Query(min_confidence=0.5),
]


@pytest.mark.postgres
def test_sqlite_and_postgresql_stores_agree(postgres_server: PostgresServer, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 40, seed=17, html=0.25)
    targets = [str(tmp_path / "k.db"), postgres_server.create()]
    for target in targets:
        with Store(target) as store:
            ingest(store, plan([corpus]))
    assert store_state(targets[0]) == store_state(targets[1])
    with Store(targets[0], readonly=True) as lite, Store(targets[1], readonly=True) as pg:
        assert lite.count("incidents") > 0
        answered = 0
        for query in QUERIES:
            found = [e.event_id for e in lite.events(query)]
            answered += bool(found)
            assert found == [e.event_id for e in pg.events(query)], query
            assert [i.incident_id for i in lite.incidents(query)] == [
                i.incident_id for i in pg.incidents(query)
            ], query
            for incidents in (False, True):
                assert lite.stats(query, incidents) == pg.stats(query, incidents), query
        assert _without_times(lite.documents()) == _without_times(pg.documents())
    assert answered >= len(QUERIES) - 3, "most queries should find something, or agreement proves little"


def _without_times(documents: list) -> list:
    return [(d.document_id, d.sha256, d.text, d.published, d.aliases) for d in documents]
