"""A writer that opens a new SQLite store while another process holds it waits its turn.

Switching to WAL needs the file to itself, and SQLite answers "busy" at once there instead of
waiting through the connection's timeout: two ingests started together on a new store used to
fail in that moment ("stayed locked ... for 60 s" after a few milliseconds)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from kronika.store.backend import SQLiteBackend


@pytest.mark.parametrize("lock", ["BEGIN IMMEDIATE", "BEGIN EXCLUSIVE"])
def test_the_wal_switch_waits_for_another_writer(tmp_path: Path, lock: str) -> None:
    path = tmp_path / "k.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE t (x)")
    other.execute(lock)
    other.execute("INSERT INTO t VALUES (1)")
    release = threading.Timer(0.3, lambda: other.execute("COMMIT"))
    release.start()
    try:
        backend = SQLiteBackend(path)
        backend.setup()  # busy until the other commits; before the fix this raised at once
        assert backend.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert backend.execute("SELECT x FROM t").fetchall() == [(1,)]
    finally:
        release.join()
        other.close()


def test_a_store_already_in_wal_needs_no_switch(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    first = SQLiteBackend(path)
    first.setup()
    second = SQLiteBackend(path)
    second.setup()
    assert second.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
