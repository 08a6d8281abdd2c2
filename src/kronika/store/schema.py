"""The store's schema: named migrations, applied in order, each in its own transaction.

Every migration is recorded in `schema_migrations` (version, name, applied_at). Opening a
store for writing applies the migrations it lacks; opening it for reading never does (a
read command leaves the store as it found it). A store written by a newer kronika (a
version this code does not know) is refused rather than silently misread.

One list of migrations serves SQLite and PostgreSQL. Write them in portable SQL: types
TEXT, INTEGER, REAL, BLOB, ``INTEGER PRIMARY KEY`` (with or without AUTOINCREMENT) for a
key SQLite assigns when an insert leaves it out,
``INSERT ... ON CONFLICT (...) DO NOTHING/UPDATE`` rather than ``INSERT OR ...``, no
``PRAGMA``. `translate` turns them into PostgreSQL: REAL is double precision (coordinates
keep their digits), TEXT columns compare bytewise (``COLLATE "C"``, SQLite's order, so
both stores sort and group alike), BLOB is bytea, an integer primary key an identity
column (assigned when left out, as SQLite's rowid key is; explicit values still allowed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime

from kronika.errors import KronikaError
from kronika.store.backend import Backend, Dialect, StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "documents_and_events",
        """
        CREATE TABLE documents (
            document_id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            text TEXT NOT NULL,
            published TEXT,
            ingested_at TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            source_format TEXT NOT NULL,
            n_events INTEGER NOT NULL
        );
        CREATE TABLE events (
            event_id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            country TEXT,
            country_code TEXT,
            admin1 TEXT,
            latitude REAL,
            longitude REAL,
            confidence REAL NOT NULL,
            actors TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX events_document ON events(document_id);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    ),
    Migration(
        2,
        "incidents",
        """
        CREATE TABLE incidents (
            incident_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            country TEXT,
            country_code TEXT,
            admin1 TEXT,
            latitude REAL,
            longitude REAL,
            confidence REAL NOT NULL,
            actors TEXT NOT NULL,
            n_sources INTEGER NOT NULL,
            record TEXT NOT NULL
        );
        CREATE TABLE incident_members (
            incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
            event_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (incident_id, event_id)
        );
        CREATE INDEX incident_members_event ON incident_members(event_id);
        """,
    ),
    Migration(
        3,
        "query_indexes",
        """
        CREATE INDEX events_date ON events(date_start);
        CREATE INDEX events_country ON events(country, admin1);
        CREATE INDEX events_kind ON events(kind);
        CREATE INDEX incidents_date ON incidents(date_start);
        CREATE INDEX incidents_country ON incidents(country, admin1);
        """,
    ),
    Migration(
        4,
        "documents_by_content",
        # A document is its content: one row per sha256, every name it arrived under kept
        # in document_names. Stores written before this kept a copy per name; the copies
        # fold into the first name (by id) and the incidents are rebuilt on the next ingest.
        """
        CREATE TABLE document_names (
            name TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(document_id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            named_at TEXT NOT NULL
        );
        CREATE INDEX document_names_document ON document_names(document_id);
        UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            WHERE key = 'events_generation'
            AND EXISTS (SELECT 1 FROM documents GROUP BY sha256 HAVING count(*) > 1);
        INSERT INTO document_names (name, document_id, path, named_at)
            SELECT d.document_id,
                   (SELECT min(k.document_id) FROM documents k WHERE k.sha256 = d.sha256),
                   d.path, d.ingested_at
            FROM documents d;
        DELETE FROM events
            WHERE document_id NOT IN (SELECT min(document_id) FROM documents GROUP BY sha256);
        DELETE FROM documents
            WHERE document_id NOT IN (SELECT min(document_id) FROM documents GROUP BY sha256);
        CREATE UNIQUE INDEX documents_content ON documents(sha256);
        """,
    ),
    # Portable SQL (SQLite and PostgreSQL): no AUTOINCREMENT, ISO-8601 text times.
    Migration(
        5,
        "reviews",
        """
        CREATE TABLE reviews (
            seq INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL,
            reviewed_event_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            anchor_kind TEXT NOT NULL,
            anchor_evidence TEXT NOT NULL,
            reviewer TEXT NOT NULL,
            reviewed_at TEXT NOT NULL,
            field TEXT NOT NULL,
            before_value TEXT,
            after_value TEXT,
            note TEXT
        );
        CREATE INDEX reviews_event ON reviews(event_id);
        CREATE INDEX reviews_document ON reviews(document_id);
        CREATE TABLE reviews_rejected (
            event_id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            record TEXT NOT NULL
        );
        """,
    ),
    Migration(
        6,
        "api_facets",
        """
        CREATE TABLE api_facets (
            event_id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            country TEXT,
            country_code TEXT,
            admin1 TEXT,
            latitude REAL,
            longitude REAL,
            confidence REAL NOT NULL,
            actors TEXT NOT NULL,
            f_event_type TEXT,
            f_sub_event_type TEXT,
            f_fatalities INTEGER,
            f_stamp TEXT NOT NULL
        );
        CREATE INDEX api_facets_date ON api_facets(date_start, date_end);
        CREATE INDEX api_facets_kind ON api_facets(kind, date_start, date_end);
        CREATE INDEX api_facets_country ON api_facets(lower(country), date_start, date_end);
        CREATE INDEX api_facets_country_code ON api_facets(lower(country_code), date_start, date_end);
        CREATE INDEX api_facets_admin1 ON api_facets(lower(admin1), date_start, date_end);
        CREATE INDEX api_facets_type ON api_facets(lower(f_event_type), f_fatalities);
        CREATE INDEX api_facets_sub_type ON api_facets(lower(f_sub_event_type), f_fatalities);
        CREATE INDEX api_facets_fatalities ON api_facets(f_fatalities);
        CREATE INDEX api_facets_confidence ON api_facets(confidence);
        CREATE INDEX api_facets_actors ON api_facets(actors, confidence);
        CREATE INDEX api_facets_lonlat ON api_facets(longitude, latitude);
        CREATE INDEX api_facets_document ON api_facets(document_id);
        CREATE TABLE api_text (event_id TEXT PRIMARY KEY, f_text TEXT NOT NULL);
        """,
    ),
    Migration(
        7,
        "api_actor_names",
        """
        CREATE TABLE api_actor_names (name TEXT PRIMARY KEY);
        CREATE TABLE api_actor_events (
            name TEXT NOT NULL,
            event_id TEXT NOT NULL,
            PRIMARY KEY (name, event_id)
        );
        CREATE INDEX api_actor_events_event ON api_actor_events(event_id);
        DELETE FROM api_facets;
        DELETE FROM meta WHERE key = 'api_facets_generation';
        """,
    ),
)

SCHEMA_VERSION = MIGRATIONS[-1].version

_MIGRATIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
)


#: column types (in a column definition, after the column's name) and what PostgreSQL calls them
_PG_TYPES = {"REAL": "DOUBLE PRECISION", "BLOB": "BYTEA", "TEXT": 'TEXT COLLATE "C"'}


def translate(sql: str, dialect: Dialect) -> str:
    """One portable statement in the dialect of a database (see the module's notes)."""
    if dialect == "sqlite":
        return sql
    sql = re.sub(
        r"\bINTEGER\s+PRIMARY\s+KEY(?:\s+AUTOINCREMENT)?\b",
        "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
        sql,
        flags=re.IGNORECASE,
    )
    if re.match(r"\s*(CREATE\s+TABLE|ALTER\s+TABLE)", sql, re.IGNORECASE):
        for portable, postgres in _PG_TYPES.items():
            sql = re.sub(
                rf"((?:^|[,(]|\bADD\s+COLUMN)\s*\"?\w+\"?\s+){portable}\b",
                rf"\g<1>{postgres}",
                sql,
                flags=re.IGNORECASE,
            )
    return sql


def applied_versions(conn: Backend) -> dict[int, str]:
    """The migrations recorded in a store; {} when it has no migrations table (not a store)."""
    if "schema_migrations" not in conn.tables():
        return {}
    return {int(v): n for v, n in conn.execute("SELECT version, name FROM schema_migrations").fetchall()}


def check_version(done: dict[int, str]) -> None:
    unknown = sorted(v for v in done if v > SCHEMA_VERSION)
    if unknown:
        raise KronikaError(
            f"the store has schema version {unknown[-1]}, newer than this kronika knows "
            f"({SCHEMA_VERSION}); upgrade kronika to open it"
        )


def migrate(conn: Backend) -> list[str]:
    """Apply the missing migrations, each in one write transaction; return the names applied.

    A database that holds tables but no kronika migrations is someone else's: refused,
    never written into.
    """
    tables = conn.tables()
    if "schema_migrations" not in tables:
        if tables - {"sqlite_sequence"}:
            raise StoreError(f"{conn.name} holds tables of its own but no kronika store; give another --db")
        conn.setup()
        with conn.transaction():
            conn.execute(_MIGRATIONS_TABLE)
    else:
        conn.setup()
    done = applied_versions(conn)
    check_version(done)
    applied: list[str] = []
    for migration in MIGRATIONS:
        if migration.version in done:
            continue
        with conn.transaction():
            # Another process may have migrated while we waited for the write lock.
            if conn.execute(
                "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
            ).fetchone():
                continue
            for statement in statements(migration.sql):
                conn.execute(translate(statement, conn.dialect))
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        applied.append(migration.name)
    return applied


#: PostGIS, where the database has the extension: a point column derived from the
#: coordinates (generated, so writers need not know it) and a GiST index on it.
_POSTGIS = (
    "ALTER TABLE {table} ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS "
    "(CASE WHEN longitude IS NULL OR latitude IS NULL THEN NULL "
    "ELSE ST_SetSRID(ST_MakePoint(longitude, latitude), 4326) END) STORED",
    "CREATE INDEX {table}_geom ON {table} USING GIST (geom)",
)


def add_postgis(conn: Backend) -> bool:
    """Give the located tables a PostGIS point column when the extension is installed in
    the database; True when the store has (or now has) it. Only the tables' owner (the
    ingest role) adds it: a role that may only change rows (`kronika serve`'s) leaves the
    columns as they are, and the plain columns answer until the owner's next ingest."""
    if conn.dialect != "postgresql" or not conn.has_postgis():
        return False
    missing = [t for t in ("events", "incidents") if "geom" not in conn.columns(t)]
    if not missing:
        return True
    owner = conn.execute(
        "SELECT bool_and(pg_has_role(tableowner, 'USAGE')) FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename IN ('events', 'incidents')"
    ).fetchone()[0]
    if not owner:
        return False
    with conn.transaction():
        for table in missing:
            if "geom" not in conn.columns(table):
                for statement in _POSTGIS:
                    conn.execute(statement.format(table=table))
    return True


def statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
