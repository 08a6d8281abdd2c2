"""The store's schema: named migrations, applied in order, each in its own transaction.

Every migration is recorded in `schema_migrations` (version, name, applied_at). Opening a
store applies the migrations it lacks; a store written by a newer kronika (a version
this code does not know) is refused rather than silently misread.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from kronika.errors import KronikaError


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
    # Portable SQL (SQLite and PostgreSQL): no AUTOINCREMENT, ISO-8601 text times.
    Migration(
        4,
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
        5,
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
)

SCHEMA_VERSION = MIGRATIONS[-1].version


def applied_versions(conn: sqlite3.Connection) -> dict[int, str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    return dict(conn.execute("SELECT version, name FROM schema_migrations").fetchall())


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the missing migrations, each in one transaction; return the names applied.

    The connection must be in autocommit mode (``isolation_level=None``) so that the
    explicit BEGIN/COMMIT here are the only transaction boundaries.
    """
    done = applied_versions(conn)
    unknown = sorted(v for v in done if v > SCHEMA_VERSION)
    if unknown:
        raise KronikaError(
            f"the store has schema version {unknown[-1]}, newer than this kronika knows "
            f"({SCHEMA_VERSION}); upgrade kronika to open it"
        )
    applied: list[str] = []
    for migration in MIGRATIONS:
        if migration.version in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            if conn.execute(
                "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
            ).fetchone():
                conn.execute("COMMIT")
                continue
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.name)
    return applied


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]
