"""A store that cannot be read or written says why in one line, exit 1, no traceback; read
commands never create, migrate or write a store, and a read-only store can be queried."""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kronika.cli import main as cli_main
from kronika.store import SCHEMA_VERSION, Store, ingest, plan
from kronika.store.backend import SQLiteBackend
from tests.store.generate import write_corpus
from tests.store.test_schema import old_store

NOBODY = 65534


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    @property
    def errors(self) -> list[str]:
        return [line for line in self.err.splitlines() if "kronika: error:" in line]

    def one_clear_line(self, cause: str) -> None:
        assert self.code == 1, self.err
        assert len(self.errors) == 1, self.err
        assert cause in self.errors[0], self.err
        assert (
            "Traceback" not in self.err
            and "internal error" not in self.err
            and "please report" not in self.err
        )


def run_unprivileged(tmp_path: Path, *args: str) -> Result:
    """Run `kronika ARGS` in a forked child that cannot override file permissions: as
    `nobody` when the tests run as root (root writes through any mode bit)."""
    out_path, err_path = tmp_path / "child.out", tmp_path / "child.err"
    out_fd = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    err_fd = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        code = 1
        try:
            os.dup2(out_fd, 1)
            os.dup2(err_fd, 2)
            sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
            sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(NOBODY)
                os.setuid(NOBODY)
            cli_main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    os.close(out_fd)
    os.close(err_fd)
    _, status = os.waitpid(pid, 0)
    return Result(os.waitstatus_to_exitcode(status), out_path.read_text(), err_path.read_text())


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A folder everyone may enter (pytest's own tmp_path is private to its user), so an
    unprivileged child is refused only by the mode bits under test."""
    folder = Path(tempfile.mkdtemp(prefix="kronika-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


@pytest.fixture
def stored(open_tmp: Path) -> Path:
    """A small store in its own folder."""
    folder = open_tmp / "stores"
    folder.mkdir(mode=0o755)
    write_corpus(open_tmp / "corpus", 6, seed=4)
    db = folder / "k.db"
    with Store(db) as store:
        ingest(store, plan([open_tmp / "corpus"]))
    return db


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_a_read_only_store_is_queryable(stored: Path, tmp_path: Path, locked: str) -> None:
    before = stored.read_bytes()
    stored.chmod(0o444)
    if locked == "folder":
        stored.parent.chmod(0o555)
    try:
        events = run_unprivileged(tmp_path, "events", "--db", str(stored))
        incidents = run_unprivileged(tmp_path, "events", "--db", str(stored), "--incidents")
        stats = run_unprivileged(tmp_path, "stats", "--db", str(stored))
    finally:
        stored.parent.chmod(0o755)
    assert events.code == incidents.code == stats.code == 0, events.err + incidents.err + stats.err
    with Store(stored, readonly=True) as store:
        assert len(events.out.splitlines()) == store.count("events") > 0
        assert len(incidents.out.splitlines()) == store.count("incidents")
    assert stats.out.startswith(f"{len(events.out.splitlines())} events from 6 documents")
    assert stored.read_bytes() == before


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_ingest_into_a_read_only_store_is_one_line(
    stored: Path, open_tmp: Path, tmp_path: Path, locked: str
) -> None:
    write_corpus(open_tmp / "more", 3, seed=9)
    if locked == "file":
        stored.chmod(0o444)
    else:
        stored.parent.chmod(0o555)
    try:
        result = run_unprivileged(tmp_path, "ingest", str(open_tmp / "more"), "--db", str(stored), "-q")
    finally:
        stored.parent.chmod(0o755)
    result.one_clear_line("read-only")


def test_a_full_disk_is_one_line(tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up mid-ingest (SQLite's page limit stands in for the disk)."""
    setup = SQLiteBackend.setup

    def small_disk(self: SQLiteBackend) -> None:
        setup(self)
        pages = self._conn.execute("PRAGMA page_count").fetchone()[0]
        self._conn.execute(f"PRAGMA max_page_count = {pages + 40}")

    db = tmp_path / "k.db"
    Store(db).close()
    write_corpus(tmp_path / "c", 60, seed=3)
    monkeypatch.setattr(SQLiteBackend, "setup", small_disk)
    result = run_cli("ingest", str(tmp_path / "c"), "--db", str(db), "-q")
    Result(result.code, result.out, result.err).one_clear_line("the disk is full")


def damage(db: Path) -> None:
    """Overwrite every page but the first (the schema) with garbage."""
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for start in range(page, len(data), page):
        data[start : start + page] = bytes((i * 37 + 11) % 256 for i in range(page))
    db.write_bytes(bytes(data))


@pytest.mark.parametrize("command", [["events"], ["events", "--incidents"], ["stats"], ["ingest", "CORPUS"]])
def test_a_damaged_store_is_one_line(stored: Path, open_tmp: Path, run_cli, command: list[str]) -> None:
    damage(stored)
    args = [str(open_tmp / "corpus") if a == "CORPUS" else a for a in command]
    result = run_cli(*args, "--db", str(stored), *(["-q"] if command[0] == "ingest" else []))
    Result(result.code, result.out, result.err).one_clear_line("damaged")


@pytest.mark.parametrize(
    "content",
    [b"", b"Notes for the weekly meeting.\n" * 20, b"SQLite format 3\x00" + bytes(range(256)) * 4],
    ids=["empty", "text", "bad-header"],
)
@pytest.mark.parametrize("command", ["events", "stats"])
def test_a_read_command_on_a_file_that_is_not_a_store_leaves_it_untouched(
    tmp_path: Path, run_cli, content: bytes, command: str
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    result = run_cli(command, "--db", str(path))
    Result(result.code, result.out, result.err).one_clear_line("not a kronika store")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_read_commands_never_migrate_an_older_store(tmp_path: Path, run_cli) -> None:
    db = tmp_path / "old.db"
    old_store(db, 3).close()
    before = db.read_bytes()
    for command in (["events"], ["events", "--incidents"], ["stats"], ["stats", "--incidents"]):
        assert run_cli(*command, "--db", str(db)).code == 0
    assert db.read_bytes() == before
    versions = sqlite3.connect(db).execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
    assert versions == 3 < SCHEMA_VERSION


@pytest.mark.parametrize(
    ("url", "cause"),
    [
        ("postgresql://analyst:s3cret@/conflict?host=/nonexistent/socket", "cannot connect"),
        ("postgresql://analyst@/conflict?hots=/tmp", "invalid URI query parameter"),
    ],
)
@pytest.mark.parametrize("command", ["events", "stats", "ingest"])
def test_an_unreachable_postgresql_store_is_one_line(
    tmp_path: Path, run_cli, url: str, cause: str, command: str
) -> None:
    pytest.importorskip("psycopg")
    args = [command, *([str(tmp_path)] if command == "ingest" else []), "--db", url]
    done = run_cli(*args)
    result = Result(done.code, done.out, done.err)
    result.one_clear_line(cause)
    assert "s3cret" not in result.err


def test_a_postgresql_store_without_its_driver_says_what_to_install(
    run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    result = run_cli("events", "--db", "postgresql://analyst@/conflict?host=/tmp")
    Result(result.code, result.out, result.err).one_clear_line("kronika[postgres]")
