"""`Store`: the one module that talks to a store's database, SQLite or PostgreSQL.

`Store("kronika.db")` is an SQLite file (the embedded default); `Store("postgresql://...")`
a PostgreSQL database shared by a team. Both hold the same schema (the named migrations
of `schema.py`) and answer the same calls.

SQLite runs in WAL mode with ``synchronous=NORMAL``: every committed transaction survives
the process being killed (the WAL is in the operating system's hands once COMMIT
returns); only a power cut can lose the last commits, never half of one. Each document
with its events is written in one transaction, and the incidents table is rebuilt in one
transaction, so a reader never sees half of either.

A document is its content: documents are keyed by the sha256 of their bytes, so the same
text reached through another path or under another name is one document. Its
`document_id` is the name it was first stored under; every name it arrived under is kept
in `document_names` (its aliases). Writers re-read what they replace inside their write
transaction, so several ingests at once (processes, or machines sharing a PostgreSQL
store) neither lose nor duplicate a document.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from kronika.errors import KronikaError
from kronika.record import Event
from kronika.store.backend import Backend, StoreError, is_postgres_url, open_backend
from kronika.store.incidents import INCIDENT_FIELDS, Incident, event_dict
from kronika.store.query import Query
from kronika.store.schema import add_postgis, applied_versions, check_version, migrate

if TYPE_CHECKING:
    import pandas as pd

#: what writing a document did: a new document, one replaced, content already stored under
#: this name, or content already stored under another name (this name becomes an alias)
WriteOutcome = Literal["added", "replaced", "unchanged", "aliased"]

_EVENT_COLUMNS = (
    "event_id, document_id, kind, date_start, date_end, country, country_code, admin1, "
    "latitude, longitude, confidence, actors, record"
)
_INCIDENT_COLUMNS = (
    "incident_id, kind, date_start, date_end, country, country_code, admin1, "
    "latitude, longitude, confidence, actors, n_sources, record"
)


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
    #: the other names the same content arrived under
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ContentState:
    """What a store knows of one content hash: the document holding it and its extractor."""

    document_id: str
    extractor_version: str


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


def _insert_incidents(db: Any, incidents: Sequence[Incident]) -> None:
    db.executemany(
        f"INSERT INTO incidents({_INCIDENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        "INSERT INTO incident_members(incident_id, event_id, document_id) VALUES (?, ?, ?)",
        [
            (i.incident_id, m, d)
            for i in incidents
            for m, d in zip(i.members, i.member_documents, strict=True)
        ],
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An event store: an SQLite file, or a PostgreSQL database given by a libpq URL.

    Opening for writing creates and migrates the store. `readonly=True` (every query
    command) never creates, migrates or writes it: a missing store, or a file or database
    that is not a kronika store, is an error rather than an empty result, and a store in
    a read-only file or folder (or behind a role that may only SELECT) can be queried.
    """

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        self.url = str(path) if is_postgres_url(path) else None
        self.path = Path(path) if self.url is None else None
        self.readonly = readonly
        self.conn: Backend = open_backend(path, readonly)
        try:
            if readonly:
                done = applied_versions(self.conn)
                if not done:
                    raise StoreError(
                        f"{self.conn.name} is not a kronika store; create one with "
                        f"`kronika ingest PATH --db {self.conn.name}`"
                    )
                check_version(done)
            else:
                migrate(self.conn)
                add_postgis(self.conn)
            self.schema_version = max(applied_versions(self.conn))
            # PostGIS answers the bounding box when the column exists and its functions are
            # on this session's search path
            self.spatial = (
                self.conn.dialect == "postgresql"
                and "geom" in self.conn.columns("events")
                and self.conn.has_postgis()
            )
        except BaseException:
            self.conn.close()
            raise

    @property
    def name(self) -> str:
        """The store as messages name it (a URL without its password)."""
        return self.conn.name

    # --- plumbing --------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> Any:
        """A write transaction (writers of one store take turns)."""
        return self.conn.transaction()

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def _bump_generation(self) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES ('events_generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)"
        )

    def migrations(self) -> list[tuple[int, str, str]]:
        rows = self.conn.execute(
            "SELECT version, name, applied_at FROM schema_migrations ORDER BY version"
        ).fetchall()
        return [tuple(r) for r in rows]  # type: ignore[misc]

    # --- documents and events --------------------------------------------------------

    def content_state(self, sha256: str) -> ContentState | None:
        """The document holding this content, or None."""
        row = self.conn.execute(
            "SELECT document_id, extractor_version FROM documents WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return ContentState(row[0], row[1]) if row else None

    def name_target(self, name: str) -> str | None:
        """The document a name (a document id or an alias) stands for now, or None."""
        if self.schema_version < 4:
            row = self.conn.execute(
                "SELECT document_id FROM documents WHERE document_id = ?", (name,)
            ).fetchone()
        else:
            row = self.conn.execute(
                "SELECT document_id FROM document_names WHERE name = ?", (name,)
            ).fetchone()
        return row[0] if row else None

    def document_state(self, document_id: str) -> tuple[str, str] | None:
        """(sha256, extractor_version) of the document a name stands for, or None."""
        target = self.name_target(document_id)
        if target is None:
            return None
        row = self.conn.execute(
            "SELECT sha256, extractor_version FROM documents WHERE document_id = ?", (target,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _drop_document(self, document_id: str) -> None:
        self.conn.execute("DELETE FROM events WHERE document_id = ?", (document_id,))
        self.conn.execute("DELETE FROM document_names WHERE document_id = ?", (document_id,))
        self.conn.execute("DELETE FROM documents WHERE document_id = ?", (document_id,))

    def _point_name(self, name: str, path: str, document_id: str) -> bool:
        """Make `name` stand for `document_id`. A name that was the id of another content
        (its file changed) takes that document with it. True when events went away."""
        current = self.name_target(name)
        if current == document_id:
            self.conn.execute(
                "UPDATE document_names SET path = ? WHERE name = ? AND path <> ?", (path, name, path)
            )
            return False
        dropped = False
        if current is not None and current == name:
            self._drop_document(current)
            dropped = True
        self.conn.execute(
            "INSERT INTO document_names(name, document_id, path, named_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET document_id = excluded.document_id, path = excluded.path, "
            "named_at = excluded.named_at",
            (name, document_id, path, _now()),
        )
        return dropped

    def add_name(self, name: str, path: str, sha256: str) -> WriteOutcome | None:
        """Record that `name` (at `path`) holds content already stored. Returns 'unchanged'
        (the name already stood for it), 'aliased', or None when the content is not (or no
        longer) in the store. A re-ingest of unchanged files only reads: no write
        transaction when the name already stands for the content at the same path."""
        state = self.content_state(sha256)
        if state is not None and self.schema_version >= 4:
            row = self.conn.execute(
                "SELECT document_id, path FROM document_names WHERE name = ?", (name,)
            ).fetchone()
            if row is not None and tuple(row) == (state.document_id, path):
                return "unchanged"
        with self.transaction():
            state = self.content_state(sha256)
            if state is None:
                return None
            return self._alias(name, path, state.document_id)

    def _alias(self, name: str, path: str, document_id: str) -> WriteOutcome:
        known = self.name_target(name) == document_id
        if self._point_name(name, path, document_id):
            self._bump_generation()
        return "unchanged" if known else "aliased"

    def put_document(
        self,
        doc: StoredDocument,
        events: Sequence[Event],
        name: str | None = None,
        *,
        if_absent: bool = False,
    ) -> WriteOutcome:
        """Store a document and its events, in one transaction.

        `doc.document_id` is the id the events were extracted under; `name` (default: the
        same) the input's name. New content under a name replaces what that name held. Content
        already stored replaces its events when it is stored under `doc.document_id` (a
        re-extraction), and otherwise only gains `name` as an alias (another writer stored
        it first, under its own name): either way one document, never two. With
        `if_absent` (the writer saw no such content before extracting), content another
        writer stored meanwhile by the same extractor is left as it is: 'unchanged' or 'aliased'.
        """
        name = name or doc.document_id
        unique = {e.event_id: e for e in events}
        with self.transaction():
            state = self.content_state(doc.sha256)
            outcome: WriteOutcome
            current = state is not None and state.extractor_version == doc.extractor_version
            if state is not None and (state.document_id != doc.document_id or (if_absent and current)):
                return self._alias(name, doc.path, state.document_id)
            before = self.name_target(name)
            row = (
                doc.document_id,
                doc.path,
                doc.sha256,
                doc.text,
                doc.published,
                doc.ingested_at,
                doc.extractor_version,
                doc.source_format,
                len(unique),
            )
            if state is not None:
                self.conn.execute("DELETE FROM events WHERE document_id = ?", (doc.document_id,))
                self.conn.execute(
                    # re-extracted (perhaps through an alias): the document keeps its own path
                    "UPDATE documents SET sha256 = ?, text = ?, published = ?, ingested_at = ?, "
                    "extractor_version = ?, source_format = ?, n_events = ? WHERE document_id = ?",
                    (*row[2:], row[0]),
                )
                outcome = "replaced"
            else:
                outcome = "added" if before is None else "replaced"
                # What this name's file held before goes; so does a document already under the
                # id (a name always stands for the document of its own id, so one lookup finds it).
                held = before if doc.document_id == name else self.name_target(doc.document_id)
                for stale in {before, held} & {doc.document_id, name}:
                    self._drop_document(stale)  # type: ignore[arg-type]
                self.conn.execute(
                    "INSERT INTO documents(document_id, path, sha256, text, published, ingested_at, "
                    "extractor_version, source_format, n_events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    row,
                )
                self._point_name(doc.document_id, doc.path, doc.document_id)
            if name != doc.document_id:
                self._point_name(name, doc.path, doc.document_id)
            self.conn.executemany(
                f"INSERT INTO events({_EVENT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            self._bump_generation()
        return outcome

    def documents(self) -> list[StoredDocument]:
        rows = self.conn.execute(
            "SELECT document_id, path, sha256, text, published, ingested_at, extractor_version, "
            "source_format, n_events FROM documents ORDER BY document_id"
        ).fetchall()
        aliases: dict[str, list[str]] = {}
        if self.schema_version >= 4:
            for name, target in self.conn.execute(
                "SELECT name, document_id FROM document_names WHERE name <> document_id ORDER BY name"
            ):
                aliases.setdefault(target, []).append(name)
        return [StoredDocument(*row, aliases=tuple(aliases.get(row[0], ()))) for row in rows]

    def outlets(self) -> dict[str, list[str]]:
        """document_id → the outlets (`source`) its records name."""
        source = self.conn.json_field("record", "source")
        found: dict[str, list[str]] = {}
        rows = self.conn.execute(
            f"SELECT DISTINCT document_id, {source} FROM events WHERE {source} IS NOT NULL ORDER BY 1, 2"
        )
        for document_id, outlet in rows:
            found.setdefault(document_id, []).append(outlet)
        return found

    def ingest_times(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT document_id, ingested_at FROM documents").fetchall())

    def events(self, query: Query | None = None) -> Iterator[Event]:
        where, params = (query or Query()).where(spatial=self.spatial)
        sql = f"SELECT record FROM events WHERE {where} ORDER BY date_start IS NULL, date_start, event_id"
        for (record,) in self.conn.stream(sql, params):
            yield Event.from_dict(json.loads(record))

    def rows_in(self, sql: str, values: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """The rows of `sql`, whose ``{marks}`` stands for an ``IN`` list of `values` (asked 500
        at a time: SQLite caps the parameters of one statement)."""
        for start in range(0, len(values), 500):
            chunk = list(values[start : start + 500])
            yield from self.conn.execute(sql.format(marks=", ".join("?" for _ in chunk)), chunk)

    def count(self, table: str = "events") -> int:
        if table not in ("events", "documents", "incidents", "incident_members", "document_names"):
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
            _insert_incidents(db, incidents)
            self._set_meta("incidents_built_from", f"{generation}:{fingerprint}")
        return True

    def swap_incidents(
        self,
        removed: Iterable[str],
        added: Sequence[Incident],
        built_from: str,
        generation: str,
        fingerprint: str,
    ) -> bool:
        """Replace the incidents `removed` names with `added`, in one transaction, when the stored
        incidents were built from generation `built_from` and the events are at `generation` (a
        correction re-clustered its block, kronika.store.incremental); False (and no change)
        otherwise."""
        with self.transaction() as db:
            if (self.meta("events_generation") or "0") != generation or (
                self.meta("incidents_built_from") or ""
            ) != f"{built_from}:{fingerprint}":
                return False
            ids = sorted(set(removed))
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                db.execute(f"DELETE FROM incident_members WHERE incident_id IN ({marks})", chunk)
                db.execute(f"DELETE FROM incidents WHERE incident_id IN ({marks})", chunk)
            _insert_incidents(db, added)
            self._set_meta("incidents_built_from", f"{generation}:{fingerprint}")
        return True

    def incidents(self, query: Query | None = None) -> Iterator[Incident]:
        where, params = (query or Query()).where(spatial=self.spatial)
        sql = (
            f"SELECT record FROM incidents WHERE {where} ORDER BY date_start IS NULL, date_start, incident_id"
        )
        for (record,) in self.conn.stream(sql, params):
            yield Incident.from_dict(json.loads(record))

    # --- summaries and data frames ---------------------------------------------------

    def stats(self, query: Query | None = None, incidents: bool = False) -> Stats:
        table = "incidents" if incidents else "events"
        where, params = (query or Query()).where(spatial=self.spatial)

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
