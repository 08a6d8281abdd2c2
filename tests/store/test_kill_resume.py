"""SIGKILL at random moments, then a completing run: the store equals one clean run."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.store.generate import write_corpus
from tests.store.test_ingest import store_state

ROOT = Path(__file__).resolve().parents[2]


def ingest_process(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(
        [sys.executable, "-m", "kronika", "ingest", str(corpus), "--db", str(db), "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def documents_in(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def kill_and_resume(corpus: Path, db: Path, total: int, kills: int, seed: int) -> list[int]:
    """Start ingest, SIGKILL it at a random moment `kills` times, then let a run finish.

    Each moment is random twice over: a random number of documents to wait for (so the
    kill lands mid-run, not before the first commit or after the last), then a random
    delay of up to 2 ms (so it lands anywhere inside a document's read, extraction or
    transaction, or inside the incident rebuild). Returns the documents stored at each kill.
    """
    rng = random.Random(seed)
    stored_at_kill = []
    for _ in range(kills):
        before = documents_in(db)
        target = rng.randint(min(before + 1, total), total)
        proc = ingest_process(corpus, db)
        # no wall-clock limit: on a loaded machine a kill at a deadline could land before the
        # first document, every time; the ingest ends by itself, and then the loop does too
        while proc.poll() is None and documents_in(db) < target:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.002))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        stored_at_kill.append(documents_in(db))
    final = ingest_process(corpus, db)
    _, err = final.communicate(timeout=600)
    assert final.returncode == 0, err.decode()
    return stored_at_kill


def run_kill_test(tmp_path: Path, n_documents: int, seed: int) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n_documents, seed=seed)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    clean = ingest_process(corpus, clean_db)
    _, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err.decode()

    stored_at_kill = kill_and_resume(corpus, killed_db, n_documents, kills=5, seed=seed)
    print(f"documents stored when each SIGKILL landed: {stored_at_kill} of {n_documents}")
    assert any(0 < n < n_documents for n in stored_at_kill), stored_at_kill

    expected, got = store_state(clean_db), store_state(killed_db)
    distinct = {hashlib.sha256(p.read_bytes()).digest() for p in corpus.rglob("*.txt")}
    assert len(got["documents"]) == len(distinct)  # type: ignore[arg-type]
    assert got["documents"] == expected["documents"]
    assert got["events"] == expected["events"]
    assert got["incidents"] == expected["incidents"] and got["members"] == expected["members"]
    conn = sqlite3.connect(killed_db)
    duplicates = conn.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()[0]
    orphans = conn.execute(
        "SELECT count(*) FROM events WHERE document_id NOT IN (SELECT document_id FROM documents)"
    ).fetchone()[0]
    counted = conn.execute(
        "SELECT count(*) FROM documents d WHERE n_events != (SELECT count(*) FROM events e "
        "WHERE e.document_id = d.document_id)"
    ).fetchone()[0]
    conn.close()
    assert (duplicates, orphans, counted) == (0, 0, 0)


def test_sigkill_five_times_then_complete_equals_a_clean_run(tmp_path: Path) -> None:
    run_kill_test(tmp_path, 200, seed=11)


@pytest.mark.slow
def test_sigkill_five_times_on_2000_documents(tmp_path: Path) -> None:
    run_kill_test(tmp_path, 2000, seed=2026)
