"""The schema: named migrations recorded in the database, each applied in one transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kronika.errors import KronikaError
from kronika.store import MIGRATIONS, SCHEMA_VERSION, Store
from kronika.store import schema as schema_module
from kronika.store.schema import Migration, migrate


def test_a_new_store_records_every_migration_by_name(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        recorded = store.migrations()
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert [(v, n) for v, n, _ in recorded] == [(m.version, m.name) for m in MIGRATIONS]
    assert recorded[-1][0] == SCHEMA_VERSION
    assert mode == "wal"


def test_reopening_applies_nothing(tmp_path: Path) -> None:
    Store(tmp_path / "k.db").close()
    conn = sqlite3.connect(tmp_path / "k.db", isolation_level=None)
    assert migrate(conn) == []


def test_a_failing_migration_leaves_no_trace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(tmp_path / "k.db").close()
    broken = Migration(
        SCHEMA_VERSION + 1, "broken", "CREATE TABLE half_done (x INTEGER); SELECT * FROM nowhere"
    )
    monkeypatch.setattr(schema_module, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(schema_module, "SCHEMA_VERSION", broken.version)
    conn = sqlite3.connect(tmp_path / "k.db", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    versions = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
    assert "half_done" not in tables
    assert broken.version not in versions


def test_a_store_from_a_newer_kronika_is_refused(tmp_path: Path) -> None:
    Store(tmp_path / "k.db").close()
    conn = sqlite3.connect(tmp_path / "k.db", isolation_level=None)
    conn.execute("INSERT INTO schema_migrations VALUES (?, 'future', '2999-01-01')", (SCHEMA_VERSION + 5,))
    conn.close()
    with pytest.raises(KronikaError, match="newer"):
        Store(tmp_path / "k.db")


@pytest.mark.parametrize(
    "content", [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 200]
)
def test_a_file_that_is_not_a_store_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(KronikaError, match="not a usable kronika store"):
        Store(path)


def test_readonly_open_of_a_missing_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KronikaError, match="no store"):
        Store(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()


def test_a_store_in_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KronikaError, match="does not exist"):
        Store(tmp_path / "no" / "such" / "k.db")
