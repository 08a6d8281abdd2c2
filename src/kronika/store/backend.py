"""The two databases a store can live in, behind one small connection interface.

`open_backend(target)` gives an SQLite connection for a file path (the embedded default)
or a PostgreSQL one for a libpq URL (``postgresql://user@/dbname?host=/run/postgresql``).
Both take the same SQL: `?` placeholders, portable statements (``INSERT ... ON CONFLICT``),
explicit write transactions that serialise writers (SQLite's write lock, a PostgreSQL
advisory lock), and both turn the database's failures into one-line `StoreError`s that
name the real cause (a full disk, a read-only or damaged store, a missing permission)
instead of a driver traceback.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from kronika.errors import StoreError

#: how long a writer waits for another process's lock before it gives up
LOCK_WAIT_S = 60.0

Dialect = Literal["sqlite", "postgresql"]

#: the advisory lock every PostgreSQL writer of a store takes for its transaction ("kronika")
_PG_WRITE_LOCK = 0x6B726F6E696B61


def is_postgres_url(target: str | os.PathLike[str]) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """A libpq URL without its password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


class Cursor:
    """Rows of one statement; a driver failure while fetching becomes a `StoreError`."""

    def __init__(self, backend: Backend, cursor: Any) -> None:
        self._backend, self._cursor = backend, cursor

    def fetchone(self) -> Any:
        with self._backend.errors():
            return self._cursor.fetchone()

    def fetchall(self) -> list[Any]:
        with self._backend.errors():
            return list(self._cursor.fetchall())

    def __iter__(self) -> Iterator[Any]:
        while True:
            with self._backend.errors():
                rows = self._cursor.fetchmany(500)
            if not rows:
                return
            yield from rows


class Backend:
    """A connection to a store's database. Subclasses set `dialect` and `name`."""

    dialect: Dialect
    name: str
    readonly: bool

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        with self.errors():
            return Cursor(self, self._execute(sql, params))

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        """The rows of a query, fetched in batches: a large export never holds them all."""
        yield from self.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self.errors():
                self._executemany(sql, rows)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Backend]:
        """One write transaction; writers of the same store run one at a time."""
        self._begin_write()
        try:
            yield self
        except BaseException:
            with contextlib.suppress(Exception):
                self._raw_execute("ROLLBACK")
            raise
        with self.errors():
            self._raw_execute("COMMIT")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._conn.close()

    # --- what each database does its own way --------------------------------------------

    _conn: Any

    def _execute(self, sql: str, params: Sequence[Any]) -> Any:
        raise NotImplementedError

    def _executemany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _raw_execute(self, sql: str) -> None:
        self._execute(sql, ())

    def _begin_write(self) -> None:
        raise NotImplementedError

    def errors(self) -> contextlib.AbstractContextManager[None]:
        raise NotImplementedError

    def tables(self) -> set[str]:
        raise NotImplementedError

    def columns(self, table: str) -> set[str]:
        raise NotImplementedError

    def has_postgis(self) -> bool:
        return False

    def json_field(self, column: str, key: str) -> str:
        """SQL for the text of a top-level field of a JSON text column."""
        return f"json_extract({column}, '$.{key}')"

    def setup(self) -> None:
        """Settings a writer gives the database once it is known to be a store."""


# --- SQLite ---------------------------------------------------------------------------------


class SQLiteBackend(Backend):
    """One SQLite file in WAL mode; a read-only open never writes to it (nor creates it)."""

    dialect: Dialect = "sqlite"

    def __init__(self, path: str | os.PathLike[str], readonly: bool = False) -> None:
        self.path = Path(path)
        self.name = str(self.path)
        self.readonly = readonly
        if readonly:
            if not self.path.exists():
                raise StoreError(
                    f"no store at {self.path}; create it with `kronika ingest PATH --db {self.path}`"
                )
            self._conn = self._open_readonly()
            return
        if not self.path.parent.is_dir():
            raise StoreError(f"cannot create the store {self.path}: folder {self.path.parent} does not exist")
        with self.errors():
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=LOCK_WAIT_S)
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA synchronous=NORMAL")

    def setup(self) -> None:
        """WAL mode, once the file is known to be a store (or empty): set only by a writer.

        Switching the journal mode needs the file to itself, and SQLite answers "busy" at once
        there rather than waiting through the connection's timeout; two writers starting on a new
        store meet exactly here, so the switch is retried (the other may have made it already)
        for as long as any other lock is waited for."""
        deadline = time.monotonic() + LOCK_WAIT_S
        delay = 0.01
        with self.errors():
            while True:
                try:
                    if self._conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                        self._conn.execute("PRAGMA journal_mode=WAL")
                    return
                except sqlite3.OperationalError as exc:
                    busy = (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_BUSY")
                    if not busy or time.monotonic() >= deadline:
                        raise
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    def _open_readonly(self) -> sqlite3.Connection:
        """`mode=ro`, and `immutable=1` when the folder does not let SQLite make the WAL's
        shared-memory file (a read-only folder or medium): nobody can write there anyway."""
        uri = f"file:{_uri_path(self.path)}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=LOCK_WAIT_S)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY")):
                with self.errors():
                    conn = sqlite3.connect(f"{uri}&immutable=1", uri=True, isolation_level=None)
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    return conn
            raise self._translate(exc) from None

    def _execute(self, sql: str, params: Sequence[Any]) -> Any:
        return self._conn.execute(sql, params)

    def _executemany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        self._conn.executemany(sql, rows)

    def _begin_write(self) -> None:
        with self.errors():
            self._conn.execute("BEGIN IMMEDIATE")

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._translate(exc) from None

    def _translate(self, exc: sqlite3.Error) -> StoreError:
        code = getattr(exc, "sqlite_errorname", "") or ""
        where = self.name
        if code.startswith("SQLITE_FULL"):
            return StoreError(f"cannot write the store {where}: the disk is full")
        if code.startswith("SQLITE_READONLY"):
            return StoreError(
                f"cannot write the store {where}: it is read-only (check the permissions of the "
                "file and its folder); queries still work"
            )
        if code.startswith("SQLITE_CORRUPT"):
            return StoreError(
                f"the store {where} is damaged ({exc}); restore it from a backup, or ingest the "
                "documents again into a new store"
            )
        if code.startswith("SQLITE_NOTADB"):
            return StoreError(f"{where} is not a kronika store (not an SQLite database); give another --db")
        if code.startswith("SQLITE_CANTOPEN"):
            return StoreError(f"cannot open the store {where} ({exc}); check the file and its folder")
        if code.startswith("SQLITE_IOERR"):
            return StoreError(f"cannot read or write the store {where}: input/output error ({exc})")
        if code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            waited = f"{LOCK_WAIT_S:g} s"
            return StoreError(f"the store {where} stayed locked by another process for {waited} ({exc})")
        return StoreError(f"the store {where} failed: {exc}")

    def tables(self) -> set[str]:
        rows = self.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        return {r[0] for r in rows}

    def columns(self, table: str) -> set[str]:
        return {r[1] for r in self.execute(f"PRAGMA table_info({table})").fetchall()}


def _uri_path(path: Path) -> str:
    from urllib.parse import quote

    return quote(str(path.absolute()))


# --- PostgreSQL -----------------------------------------------------------------------------


class PostgresBackend(Backend):
    """A PostgreSQL database reached by a libpq URL, with psycopg 3.

    The store's tables live in the connection's current schema (set one with
    ``?options=-csearch_path%3Dkronika`` in the URL). Writers take one advisory lock for
    each transaction, so concurrent ingests serialise their short writes exactly as
    SQLite's write lock does while their extraction runs in parallel; the unique keys
    are the backstop. A read-only open makes the session read-only, so a read command can
    never write, and works for a role that may only SELECT.
    """

    dialect: Dialect = "postgresql"

    def __init__(self, url: str, readonly: bool = False) -> None:
        self.url, self.name, self.readonly = url, redact(url), readonly
        self._streams = 0
        try:
            import psycopg
        except ImportError:
            raise StoreError(
                "a PostgreSQL store needs the psycopg driver: pip install 'kronika[postgres]'"
            ) from None
        self._psycopg = psycopg
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=30)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to the store {self.name}: {_first_line(exc)}") from None
        except Exception as exc:  # a malformed URL is a ProgrammingError or ValueError
            raise StoreError(f"cannot connect to the store {self.name}: {_first_line(exc)}") from None
        with self.errors():
            if readonly:
                self._conn.execute("SET default_transaction_read_only = on")
            self._conn.execute("SET lock_timeout = '60s'")

    def _execute(self, sql: str, params: Sequence[Any]) -> Any:
        if not params:
            return self._conn.execute(sql)
        return self._conn.execute(_pg_sql(sql), tuple(params))

    def _executemany(self, sql: str, rows: list[Sequence[Any]]) -> None:
        with self._conn.cursor() as cur:
            cur.executemany(_pg_sql(sql), rows)

    def stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[Any]:
        """A server-side cursor (WITH HOLD, as the connection autocommits): the rows stay on
        the server until fetched, and other queries may run between batches."""
        self._streams += 1
        with self.errors():
            cursor = self._conn.cursor(name=f"kronika_stream_{self._streams}", withhold=True)
            cursor.execute(_pg_sql(sql) if params else sql, tuple(params) or None)
        try:
            while True:
                with self.errors():
                    rows = cursor.fetchmany(500)
                if not rows:
                    return
                yield from rows
        finally:
            with contextlib.suppress(Exception):
                cursor.close()

    def _begin_write(self) -> None:
        with self.errors():
            self._conn.execute("BEGIN")
            try:
                self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_WRITE_LOCK,))
            except BaseException:
                with contextlib.suppress(Exception):
                    self._conn.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        psycopg = self._psycopg
        try:
            yield
        except psycopg.Error as exc:
            raise self._translate(exc) from None

    def _translate(self, exc: Exception) -> StoreError:
        errors = self._psycopg.errors
        where = self.name
        if isinstance(exc, errors.InsufficientPrivilege):
            user = self._conn.info.user if not self._conn.closed else "this role"
            return StoreError(f"the store {where} refused role {user!r}: {_first_line(exc)}")
        if isinstance(exc, errors.ReadOnlySqlTransaction):
            return StoreError(f"cannot write the store {where}: the connection is read-only")
        if isinstance(exc, errors.DiskFull):
            return StoreError(f"cannot write the store {where}: the server's disk is full")
        if isinstance(exc, errors.DataCorrupted | errors.IndexCorrupted):
            return StoreError(f"the store {where} is damaged: {_first_line(exc)}")
        if isinstance(exc, self._psycopg.OperationalError):
            return StoreError(f"lost the store {where}: {_first_line(exc)}")
        return StoreError(f"the store {where} failed: {_first_line(exc)}")

    def tables(self) -> set[str]:
        # an extension's own tables (PostGIS's spatial_ref_sys) are no one's data
        rows = self.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT EXISTS "
            "(SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid "
            "AND d.deptype = 'e')"
        ).fetchall()
        return {r[0] for r in rows}

    def columns(self, table: str) -> set[str]:
        rows = self.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ?",
            (table,),
        ).fetchall()
        return {r[0] for r in rows}

    def json_field(self, column: str, key: str) -> str:
        return f"({column}::json ->> '{key}')"

    def has_postgis(self) -> bool:
        """PostGIS is installed in the database and its schema is on the search path (its
        types and functions are then usable by their plain names)."""
        row = self.execute(
            "SELECT 1 FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'postgis' AND n.nspname = ANY(current_schemas(false))"
        ).fetchone()
        return row is not None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


_PLACEHOLDER = re.compile(r"\?")


def _pg_sql(sql: str) -> str:
    """`?` placeholders as psycopg's `%s` (a literal `%` doubled); kronika's SQL never puts
    a `?` inside a string literal."""
    return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))


def open_backend(target: str | os.PathLike[str], readonly: bool = False) -> Backend:
    if is_postgres_url(target):
        return PostgresBackend(str(target), readonly)
    return SQLiteBackend(target, readonly)
