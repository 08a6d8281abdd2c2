"""`Store`: the one module that talks to the SQLite database.

The database runs in WAL mode with ``synchronous=NORMAL``: every committed transaction
survives the process being killed (the WAL is in the operating system's hands once
COMMIT returns); only a power cut can lose the last commits, never half of one.
Each document with its events is written in one transaction, and the incidents table is
rebuilt in one transaction, so a reader never sees half of either.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kronika.errors import KronikaError
from kronika.record import Event
from kronika.store.incidents import INCIDENT_FIELDS, Incident, event_dict
from kronika.store.query import Query
from kronika.store.schema import migrate

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True, slots=True)
class StoredDocument:
    document_id: str
    path: str
    sha256: str
    text: str
    published: str | None
    ingested_at: str
    extractor_version: str
    source_format: str
    n_events: int


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts of events (or incidents) by year of their start date, country and kind."""

    total: int
    by_year: list[tuple[str, int]]
    by_country: list[tuple[str, int]]
    by_kind: list[tuple[str, int]]


def _actor_key(actors: Sequence[Any]) -> str:
    names = {n.casefold() for a in actors for n in (a.name, a.canonical) if n}
    return "\n".join(sorted(names))


def _loc_columns(e: Event) -> tuple[Any, ...]:
    return (
        e.kind,
        e.date_start,
        e.date_end,
        e.country,
        e.country_code,
        e.admin1,
        e.latitude,
        e.longitude,
        e.confidence,
        _actor_key(e.actors),
    )


class Store:
    """An event store in one SQLite file; created and migrated on first open.

    `readonly=True` refuses to create a missing store (for queries), so a typo in
    ``--db`` is an error rather than an empty result.
    """

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly and not self.path.exists():
            raise KronikaError(
                f"no store at {self.path}; create it with `kronika ingest PATH --db {self.path}`"
            )
        if not self.path.parent.is_dir():
            raise KronikaError(
                f"cannot create the store {self.path}: folder {self.path.parent} does not exist"
            )
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn)
        except sqlite3.DatabaseError as exc:
            raise KronikaError(f"{self.path} is not a usable kronika store: {exc}") from None

    # --- plumbing --------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def migrations(self) -> list[tuple[int, str, str]]:
        return self.conn.execute(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"
        ).fetchall()

    # --- documents and events --------------------------------------------------------

    def document_state(self, document_id: str) -> tuple[str, str] | None:
        """(sha256, extractor_version) of a stored document, or None."""
        row = self.conn.execute(
            "SELECT sha256, extractor_version FROM documents WHERE document_id = ?", (document_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def put_document(self, doc: StoredDocument, events: Sequence[Event]) -> None:
        """Store a document and its events, replacing what it had before: one transaction."""
        unique = {e.event_id: e for e in events}
        with self.transaction() as db:
            db.execute("DELETE FROM events WHERE document_id = ?", (doc.document_id,))
            db.execute(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.document_id,
                    doc.path,
                    doc.sha256,
                    doc.text,
                    doc.published,
                    doc.ingested_at,
                    doc.extractor_version,
                    doc.source_format,
                    len(unique),
                ),
            )
            db.executemany(
                "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.event_id,
                        doc.document_id,
                        *_loc_columns(e),
                        json.dumps(event_dict(e), ensure_ascii=False),
                    )
                    for e in unique.values()
                ],
            )
            db.execute(
                "INSERT INTO meta(key, value) VALUES ('events_generation', '1') "
                "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
            )

    def documents(self) -> list[StoredDocument]:
        rows = self.conn.execute("SELECT * FROM documents ORDER BY document_id").fetchall()
        return [StoredDocument(*row) for row in rows]

    def ingest_times(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT document_id, ingested_at FROM documents").fetchall())

    def events(self, query: Query | None = None) -> Iterator[Event]:
        where, params = (query or Query()).where()
        sql = f"SELECT record FROM events WHERE {where} ORDER BY date_start IS NULL, date_start, event_id"
        for (record,) in self.conn.execute(sql, params):
            yield Event.from_dict(json.loads(record))

    def count(self, table: str = "events") -> int:
        if table not in ("events", "documents", "incidents", "incident_members"):
            raise ValueError(table)
        return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    # --- incidents -------------------------------------------------------------------

    def incidents_state(self) -> tuple[str, str]:
        """(the events' generation now, the generation:config the incidents were built from)."""
        return self.meta("events_generation") or "0", self.meta("incidents_built_from") or ""

    def replace_incidents(self, incidents: Sequence[Incident], generation: str, fingerprint: str) -> bool:
        """Swap in a new set of incidents, in one transaction. Returns False (and changes
        nothing) when documents were written since `generation` was read."""
        with self.transaction() as db:
            if (self.meta("events_generation") or "0") != generation:
                return False
            db.execute("DELETE FROM incident_members")
            db.execute("DELETE FROM incidents")
            db.executemany(
                "INSERT INTO incidents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        i.incident_id,
                        *_loc_columns(i.record),
                        len(i.sources),
                        json.dumps(i.to_dict(), ensure_ascii=False),
                    )
                    for i in incidents
                ],
            )
            db.executemany(
                "INSERT INTO incident_members VALUES (?, ?, ?)",
                [
                    (i.incident_id, m, d)
                    for i in incidents
                    for m, d in zip(i.members, i.member_documents, strict=True)
                ],
            )
            self._set_meta("incidents_built_from", f"{generation}:{fingerprint}")
        return True

    def incidents(self, query: Query | None = None) -> Iterator[Incident]:
        where, params = (query or Query()).where()
        sql = (
            f"SELECT record FROM incidents WHERE {where} ORDER BY date_start IS NULL, date_start, incident_id"
        )
        for (record,) in self.conn.execute(sql, params):
            yield Incident.from_dict(json.loads(record))

    # --- summaries and data frames ---------------------------------------------------

    def stats(self, query: Query | None = None, incidents: bool = False) -> Stats:
        table = "incidents" if incidents else "events"
        where, params = (query or Query()).where()

        def group(expr: str) -> list[tuple[str, int]]:
            sql = (
                f"SELECT coalesce({expr}, '(unknown)') AS k, count(*) FROM {table} WHERE {where} "
                "GROUP BY k ORDER BY k"
            )
            return [(str(k), int(n)) for k, n in self.conn.execute(sql, params)]

        total = int(self.conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])
        return Stats(total, group("substr(date_start, 1, 4)"), group("country"), group("kind"))

    def events_df(self, query: Query | None = None, **filters: Any) -> pd.DataFrame:
        """The events matching `query` (or `Query(**filters)`) as a pandas DataFrame, one row
        an event, columns as in the record (actors, weapons, evidence as lists)."""
        pd = _pandas()
        rows = [event_dict(e) for e in self.events(query or Query(**filters))]
        columns = list(Event.__dataclass_fields__)
        return pd.DataFrame(rows, columns=columns)

    def incidents_df(self, query: Query | None = None, **filters: Any) -> pd.DataFrame:
        """The incidents as a DataFrame: the record columns plus incident_id, n_sources,
        sources, members, count_rule and the min/max range of each count."""
        pd = _pandas()
        rows = [i.to_dict() for i in self.incidents(query or Query(**filters))]
        columns = [*Event.__dataclass_fields__, *INCIDENT_FIELDS]
        return pd.DataFrame(rows, columns=columns)


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:
        raise KronikaError("pandas is not installed; install it with: pip install 'kronika[data]'") from None
    return pd
