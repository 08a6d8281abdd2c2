"""A worker process killed mid-job: its work is run again and the result is still complete."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from kronika.engines import SerialEngine, Source
from kronika.engines.local import ProcessEngine
from tests.store.generate import write_corpus


def corpus(folder: Path, n: int) -> list[Source]:
    return [Source(p.name, path=str(p)) for p in write_corpus(folder, n, seed=5)]


def events_of(pairs) -> list[tuple[str, list]]:
    return [(s.document_id, o.events) for s, o in pairs]


def test_a_killed_local_worker_has_its_batches_run_again(tmp_path: Path) -> None:
    sources = corpus(tmp_path, 30)
    expected = events_of(SerialEngine().run(sources))
    with ProcessEngine(2, batch_documents=3) as engine:
        run = engine.run(sources)
        got = [next(run)]
        pool = engine._pool
        assert pool is not None
        victim = next(iter(pool._processes))  # a worker that has batches in flight
        os.kill(victim, signal.SIGKILL)
        got.extend(run)
        assert engine._pool is not pool, "the broken pool was replaced"
    assert events_of(got) == expected


@pytest.mark.slow
def test_a_killed_dask_worker_has_its_partition_retried(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from kronika.engines.dask import DaskEngine

    sources = corpus(tmp_path, 80)
    expected = events_of(SerialEngine().run(sources))
    with DaskEngine(workers=2, dashboard=None, batch_documents=4) as engine:
        pids = engine.client.run(os.getpid)
        run = engine.run(sources)
        got = [next(run)]
        busy = [w for w, keys in engine.client.processing().items() if keys]
        assert busy, "the workers hold batches when one is killed"
        os.kill(pids[busy[0]], signal.SIGKILL)
        got.extend(run)
        assert set(engine.client.run(os.getpid).values()) != set(pids.values()), "a worker was replaced"
    assert events_of(got) == expected
