"""Every engine gives the records a single process gives, in the same order, failures included."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kronika.engines import Extracted, Failed, SerialEngine, Source, make_engine
from kronika.engines.local import ProcessEngine


def flat(pairs: Iterator[tuple[Source, Extracted | Failed]]) -> list[tuple[str, object]]:
    return [(s.document_id, o) for s, o in pairs]


@pytest.fixture(scope="module")
def serial(sources: list[Source]) -> list[tuple[str, object]]:
    return flat(SerialEngine().run(sources, published=None))


def test_the_batch_exercises_records_and_failures(serial: list[tuple[str, object]]) -> None:
    outcomes = [o for _, o in serial]
    assert sum(len(o.events) for o in outcomes if isinstance(o, Extracted)) > len(outcomes) // 2
    failed = {d: o.message for d, o in serial if isinstance(o, Failed)}
    assert set(failed) == {"image.txt", "gone.txt"}
    assert "PNG" in failed["image.txt"] and "no such file" in failed["gone.txt"]


@pytest.mark.parametrize(
    ("jobs", "batch_documents"),
    [(2, 8), (2, 1), (3, 5)],
    ids=["two-workers", "one-document-batches", "three-workers"],
)
def test_local_processes_match_one_process(
    sources: list[Source], serial: list[tuple[str, object]], jobs: int, batch_documents: int
) -> None:
    with ProcessEngine(jobs, batch_documents=batch_documents) as engine:
        assert flat(engine.run(sources)) == serial
        assert engine._pool is not None, "the workers did the work"


def test_an_input_of_one_batch_starts_no_workers(
    sources: list[Source], serial: list[tuple[str, object]]
) -> None:
    with ProcessEngine(2) as engine:
        assert flat(engine.run(sources)) == serial
        assert engine._pool is None


@pytest.fixture(scope="module")
def dask_engine() -> Iterator[object]:
    pytest.importorskip("distributed")
    from kronika.engines.dask import DaskEngine

    with DaskEngine(workers=2, dashboard=None, batch_documents=4) as engine:
        yield engine


def test_dask_local_cluster_of_two_workers_matches_one_process(
    dask_engine: Any, sources: list[Source], serial: list[tuple[str, object]]
) -> None:
    assert len(dask_engine.client.nthreads()) == 2
    assert flat(dask_engine.run(sources)) == serial


def _housekeeping() -> dict[str, Any]:
    import dask

    from kronika.engines.dask import LOCAL_CLUSTER_CONFIG

    return {key: dask.config.get(key) for key in LOCAL_CLUSTER_CONFIG}


def test_a_local_clusters_workers_run_with_its_quiet_housekeeping(dask_engine: Any) -> None:
    from kronika.engines.dask import LOCAL_CLUSTER_CONFIG

    seen = dask_engine.client.run(_housekeeping)
    assert len(seen) == 2
    assert all(config == LOCAL_CLUSTER_CONFIG for config in seen.values())
    assert dask_engine.client.direct_to_workers is True


def test_text_can_be_left_on_the_worker(sources: list[Source], serial: list[tuple[str, object]]) -> None:
    lean = flat(SerialEngine().run(sources, keep_text=False))
    assert [(d, o.events if isinstance(o, Extracted) else o) for d, o in lean] == [
        (d, o.events if isinstance(o, Extracted) else o) for d, o in serial
    ]
    assert all(o.text == "" for _, o in lean if isinstance(o, Extracted))


@pytest.mark.parametrize(
    ("options", "kind"),
    [({}, "serial"), ({"jobs": 1}, "serial"), ({"jobs": 2}, "local")],
)
def test_make_engine_picks_the_engine_the_options_name(options: dict[str, int], kind: str) -> None:
    with make_engine(**options) as engine:
        assert engine.name == kind
