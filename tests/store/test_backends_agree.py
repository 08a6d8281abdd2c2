"""SQLite and PostgreSQL stores of one corpus hold the same records and answer every query
alike: incident matching, filters, ordering and counts do not depend on the backend."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika.store import BBox, Query, Store, ingest, plan
from tests.store.generate import write_corpus
from tests.store.pgserver import PostgresServer
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
        # a read may run while a large export streams its rows (the server keeps the cursor)
        streamed = [(e.event_id, pg.count("documents")) for e in pg.events()]
        assert [e for e, _ in streamed] == [e.event_id for e in lite.events()]
    assert answered >= len(QUERIES) - 3, "most queries should find something, or agreement proves little"


def _without_times(documents: list) -> list:
    return [(d.document_id, d.sha256, d.text, d.published, d.aliases) for d in documents]


@pytest.mark.postgres
def test_postgis_answers_the_bounding_box_where_it_is_installed(
    postgres_server: PostgresServer, tmp_path: Path
) -> None:
    import psycopg

    with psycopg.connect(postgres_server.url()) as conn:
        available = conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").fetchone()
    if not available:
        pytest.skip("PostGIS is not installed on this server (apt-get install postgresql-15-postgis-3)")
    plain, spatial = postgres_server.create(), postgres_server.create()
    with psycopg.connect(spatial, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION postgis")
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 30, seed=5)
    for target in (plain, spatial):
        with Store(target) as store:
            ingest(store, plan([corpus]))
    with Store(plain, readonly=True) as a, Store(spatial, readonly=True) as b:
        assert (a.spatial, b.spatial) == (False, True)
        boxes = [q for q in QUERIES if q.bbox is not None]
        assert any(list(a.events(q)) for q in boxes)
        for query in boxes:
            assert [e.event_id for e in a.events(query)] == [e.event_id for e in b.events(query)]
            assert [i.incident_id for i in a.incidents(query)] == [i.incident_id for i in b.incidents(query)]
        plan_text = " ".join(
            r[0] for r in b.conn.execute("EXPLAIN " + _bbox_sql(b, boxes[0])[0], _bbox_sql(b, boxes[0])[1])
        )
    assert "geom" in plan_text


def _bbox_sql(store: Store, query: Query) -> tuple[str, list]:
    where, params = query.where(spatial=store.spatial)
    return f"SELECT event_id FROM events WHERE {where}", params


TEAM_SETUP = """
CREATE ROLE kronika_ingest LOGIN;
CREATE ROLE kronika_analyst LOGIN;
CREATE ROLE kronika_reviewer LOGIN;
CREATE SCHEMA kronika AUTHORIZATION kronika_ingest;
GRANT USAGE ON SCHEMA kronika TO kronika_analyst, kronika_reviewer;
ALTER DEFAULT PRIVILEGES FOR ROLE kronika_ingest IN SCHEMA kronika
    GRANT SELECT ON TABLES TO kronika_analyst;
ALTER DEFAULT PRIVILEGES FOR ROLE kronika_ingest IN SCHEMA kronika
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kronika_reviewer;
"""


@pytest.mark.postgres
def test_the_team_roles_of_the_docs(postgres_server: PostgresServer, tmp_path: Path, run_cli) -> None:
    """docs/store.md's roles: the ingest role creates and fills the store in its schema, the
    analyst reads it and cannot write it (one line, exit 1), the reviewer role (what `kronika
    serve` connects as) opens it for writing and changes rows, never the schema."""
    import psycopg

    database = postgres_server.new_database()
    with psycopg.connect(postgres_server.url(database), autocommit=True) as conn:
        for statement in TEAM_SETUP.split(";"):
            if statement.strip():
                conn.execute(statement)

    def url(role: str) -> str:
        return postgres_server.url(database, role) + "&options=-csearch_path%3Dkronika%2Cpublic"

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 8, seed=12)
    assert run_cli("ingest", str(corpus), "--db", url("kronika_ingest"), "-q").code == 0
    events = run_cli("events", "--db", url("kronika_analyst"))
    assert events.code == 0 and len(events.out.splitlines()) > 0
    assert run_cli("stats", "--db", url("kronika_analyst"), "--incidents").code == 0
    with psycopg.connect(postgres_server.url(database), autocommit=True) as conn:
        postgis = conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").fetchone()
        if postgis:  # installed after the store was made: only its owner may add the column
            conn.execute("CREATE EXTENSION postgis")
    with Store(url("kronika_reviewer")) as store:
        assert not store.spatial
        with store.transaction():
            store.conn.execute("UPDATE meta SET value = value WHERE key = 'events_generation'")
    if postgis:
        assert run_cli("ingest", str(corpus), "--db", url("kronika_ingest"), "-q").code == 0
        with Store(url("kronika_analyst"), readonly=True) as store:
            assert store.spatial
        # a session without PostGIS's schema on its path still answers, from the plain columns
        narrow = postgres_server.url(database, "kronika_analyst") + "&options=-csearch_path%3Dkronika"
        box = run_cli("events", "--db", narrow, "--bbox", "-180,-90,180,90")
        wide = run_cli("events", "--db", url("kronika_analyst"), "--bbox", "-180,-90,180,90")
        located = [line for line in events.out.splitlines() if '"latitude": null' not in line]
        assert box.code == wide.code == 0 and box.out == wide.out
        assert len(box.out.splitlines()) == len(located) > 0, (box.err, len(events.out.splitlines()))

    # last: a run stopped by its store silences stdout for the rest of this (in-test) process
    write_corpus(tmp_path / "more", 2, seed=99)
    refused = run_cli("ingest", str(tmp_path / "more"), "--db", url("kronika_analyst"), "-q")
    errors = [line for line in refused.err.splitlines() if "error" in line]
    assert refused.code == 1 and len(errors) == 1, refused.err
    assert "kronika_analyst" in errors[0] and "permission denied" in errors[0]
    assert "Traceback" not in refused.err
