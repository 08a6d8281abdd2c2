"""Several ingest processes at once (standing in for several machines) equal one clean run:
no document lost, none stored twice, the same events and incidents."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kronika.store import Store
from tests.store.generate import write_corpus
from tests.store.test_ingest import drop_copies, store_state

ROOT = Path(__file__).resolve().parents[2]


def start_ingest(db: str, *folders: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(
        [sys.executable, "-m", "kronika", "ingest", *map(str, folders), "--db", db],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def finish(proc: subprocess.Popen[bytes]) -> dict[str, int]:
    """Wait for an ingest; the counts of its summary line."""
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    line = err.decode().strip().splitlines()[-1].split(";")[0].removeprefix("ingested: ")
    return {part.split(" ", 1)[1]: int(part.split(" ", 1)[0]) for part in line.split(", ")}


# the same order races for every document (the harder case, in the default run); opposite
# orders meet in the middle (slow on SQLite, run in PostgreSQL's stage)
@pytest.mark.parametrize("order", ["same", pytest.param("opposite", marks=pytest.mark.slow)])
def test_two_concurrent_ingests_equal_one_clean_run(
    store_target: str, new_store_target, tmp_path: Path, order: str
) -> None:
    wires, ngo = tmp_path / "wires", tmp_path / "ngo"
    write_corpus(wires, 15, seed=31)
    write_corpus(ngo, 15, seed=31, wording=2, html=0.3)
    drop_copies(tmp_path)
    n_files = sum(1 for p in tmp_path.rglob("*") if p.is_file())

    clean = new_store_target()
    finish(start_ingest(clean, wires, ngo))

    # Both start on an empty store (both race to create the schema), and walk the folders in
    # opposite orders (they meet in the middle) or the same order (they race for every document).
    first = start_ingest(store_target, wires, ngo)
    second = start_ingest(store_target, *((ngo, wires) if order == "opposite" else (wires, ngo)))
    one, two = finish(first), finish(second)
    print(f"first ingest: {one}; second: {two}")
    # Every document written by exactly one of them; what the other found stored is unchanged.
    assert one["added"] + two["added"] == n_files
    assert one["replaced"] == two["replaced"] == 0 and one["failed"] == two["failed"] == 0

    expected, got = store_state(clean), store_state(store_target)
    assert len(got["documents"]) == n_files  # type: ignore[arg-type]
    assert got == expected
    with Store(store_target, readonly=True) as store:
        generation, built_from = store.incidents_state()
        names = store.count("document_names")
    assert built_from.split(":")[0] == generation, "the incidents must cover every document"
    assert names == n_files
