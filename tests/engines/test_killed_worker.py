"""A worker process that dies at any moment: its work is run again and the result is still
complete; a document that kills every worker it meets is reported alone.

Workers die on cue (`tests.engines.dying`), not by a kill from the test, so that what
each test checks does not depend on where the workers happen to be when the kill lands."""

from __future__ import annotations

import os
import signal
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from kronika.engines import Failed, SerialEngine, Source
from kronika.engines.local import ProcessEngine
from tests.engines.dying import DyingEngine, die_once, poison
from tests.store.generate import write_corpus


def corpus(folder: Path, n: int) -> list[Source]:
    return [Source(p.name, path=str(p)) for p in write_corpus(folder, n, seed=5)]


def events_of(pairs) -> list[tuple[str, list]]:
    return [(s.document_id, o.events) for s, o in pairs]


@pytest.mark.parametrize("dies", [0, 13, 29], ids=["first batch", "a middle batch", "last batch"])
def test_a_worker_that_dies_mid_batch_has_its_batches_run_again(tmp_path: Path, dies: int) -> None:
    sources = corpus(tmp_path, 30)
    expected = events_of(SerialEngine().run(sources))
    die_once(sources[dies])
    with DyingEngine(2, batch_documents=3) as engine:
        got = list(engine.run(sources))
        assert len(engine.pools) > 1, "the broken pool was replaced"
    assert events_of(got) == expected


def test_a_worker_that_dies_between_two_batches_does_not_stop_the_next(tmp_path: Path) -> None:
    sources = corpus(tmp_path, 6)
    first, second = sources[:3], sources[3:]
    with ProcessEngine(2) as engine:
        got = engine.result(first, engine.submit(first, None, True), None, True)
        pool = engine._pool
        assert pool is not None
        with pytest.raises(BrokenProcessPool):  # a worker dies with none of the engine's work
            pool.submit(os._exit, 1).result()
        got += engine.result(second, engine.submit(second, None, True), None, True)
        assert engine._pool is not pool, "the broken pool was replaced"
    assert events_of(zip(sources, got, strict=True)) == events_of(SerialEngine().run(sources))


def test_a_document_that_kills_every_worker_is_reported_alone_and_the_rest_extracted(tmp_path: Path) -> None:
    sources = corpus(tmp_path, 12)
    killer = sources[4]
    poison(killer)
    with DyingEngine(2, batch_documents=3) as engine:
        got = list(engine.run(sources))
    failed = [(s, o.message) for s, o in got if isinstance(o, Failed)]
    assert [s for s, _ in failed] == [killer]
    assert failed[0][1].startswith(f"{killer.path}: a worker process died")
    rest = [s for s in sources if s is not killer]
    assert events_of((s, o) for s, o in got if s is not killer) == events_of(SerialEngine().run(rest))


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
