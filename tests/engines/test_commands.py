"""The engine options of `kronika extract` and `kronika ingest`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.store.generate import write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cmd") / "reports"
    write_corpus(folder, 16, seed=3, html=0.25)
    (folder / "outlet0" / "broken.txt").write_bytes(b"%PDF-1.7 not text")
    return folder


def stored(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as con:
        docs = con.execute("SELECT document_id, sha256, text FROM documents ORDER BY 1").fetchall()
        events = con.execute("SELECT * FROM events ORDER BY 1").fetchall()
    return [*docs, *events]


@pytest.mark.parametrize("engine", [["--jobs", "2"], ["--engine", "local", "-j", "3"]])
def test_extract_on_local_processes_writes_what_one_process_writes(
    corpus: Path, run_cli, engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kronika.engines.base.BATCH_DOCUMENTS", 3)  # several batches: workers start
    one = run_cli("extract", str(corpus), "-q")
    many = run_cli("extract", str(corpus), "-q", *engine)
    assert one.code == many.code == 1
    assert many.out == one.out and one.out
    assert many.err == one.err and "broken.txt" in one.err


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--engine", "local", "--workers", "2"], "options of --engine dask"),
        (["--workers", "2", "--scheduler", "tcp://127.0.0.1:1"], "not both"),
        (["--engine", "dask", "--jobs", "2"], "--jobs is the local engine's"),
    ],
)
def test_engine_options_that_contradict_each_other_are_usage_errors(
    corpus: Path, run_cli, options: list[str], message: str
) -> None:
    for command in (["extract", str(corpus)], ["ingest", str(corpus), "--db", str(corpus.parent / "x.db")]):
        result = run_cli(*command, *options)
        assert result.code == 2 and message in result.err


def test_an_unreachable_scheduler_is_one_line(corpus: Path, run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr("kronika.engines.dask.CONNECT_TIMEOUT", "1s")
    result = run_cli("extract", str(corpus), "-q", "--scheduler", "tcp://127.0.0.1:9")
    assert result.code == 1
    assert result.err.startswith("kronika: error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(result.err.strip().splitlines()) == 1


def test_ingest_on_local_processes_stores_what_one_process_stores(
    corpus: Path, run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kronika.engines.base.BATCH_DOCUMENTS", 3)
    one, many = tmp_path / "one.db", tmp_path / "many.db"
    assert run_cli("ingest", str(corpus), "--db", str(one), "-q").code == 1
    assert run_cli("ingest", str(corpus), "--db", str(many), "-q", "-j", "2").code == 1
    assert stored(many) == stored(one)


@pytest.mark.slow
def test_ingest_and_extract_on_a_local_dask_cluster_match_one_process(
    corpus: Path, run_cli, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    one, dask = tmp_path / "one.db", tmp_path / "dask.db"
    assert run_cli("ingest", str(corpus), "--db", str(one), "-q").code == 1
    result = run_cli("ingest", str(corpus), "--db", str(dask), "--engine", "dask", "--workers", "2")
    assert result.code == 1 and "Dask: 2 workers" in result.err and "dashboard at http" in result.err
    assert stored(dask) == stored(one)
    assert (
        run_cli("extract", str(corpus), "-q", "--workers", "2").out
        == run_cli("extract", str(corpus), "-q").out
    )
