"""How documents reach the pipeline: in this process, in local worker processes, or on Dask.

Every engine takes `Source`s (a file, or a row of a table corpus) and yields each with its
`Outcome` (`Extracted` or a one-line `Failed`) in input order, so the records are the same,
in the same order, whichever engine made them.

    from kronika.engines import Source, make_engine
    with make_engine(jobs=2) as engine:
        for source, outcome in engine.run(sources):
            ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from kronika.engines.base import (
    Engine,
    Extracted,
    Failed,
    Outcome,
    SerialEngine,
    Source,
    extract_bytes,
    extract_source,
    run_batch,
    warm,
)
from kronika.errors import KronikaError

ENGINES = ("local", "dask")


def make_engine(
    engine: str = "local",
    jobs: int = 1,
    workers: int | None = None,
    scheduler: str | None = None,
    on_note: Callable[[str], None] | None = None,
) -> Engine:
    """The engine the options name: `local` with `jobs` processes (1: this process), or
    `dask` on the cluster at `scheduler` or on a local cluster of `workers` processes."""
    if engine == "dask":
        from kronika.engines.dask import DaskEngine

        return DaskEngine(scheduler=scheduler, workers=workers, on_note=on_note)
    if engine != "local":
        raise KronikaError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if jobs > 1:
        from kronika.engines.local import ProcessEngine

        return ProcessEngine(jobs)
    return SerialEngine()


def store_engine(engine: Engine, close: bool = False) -> Callable[[Sequence[Any]], Iterator[Any]]:
    """The ingest side's view of an engine (`kronika.store.ingest.Engine`): tasks of (the id
    to extract under, a path or a table row, --published) in; each document's store
    `Extracted`, or its one-line error, out, in order. `close`: close the engine after."""
    from kronika.store.ingest import Extracted as Stored

    def sources(tasks: Sequence[Any]) -> Iterator[Source]:
        for document_id, where, published in tasks:
            if isinstance(where, Source):
                yield replace(where, document_id=document_id, published=where.published or published)
            else:
                yield Source(document_id, path=where, published=published)

    def run(tasks: Sequence[Any]) -> Iterator[Any]:
        try:
            for _, got in engine.run(sources(tasks)):
                if isinstance(got, Failed):
                    yield got.message
                else:
                    yield Stored(got.sha256, got.text, got.published, got.source_format, got.events)
        finally:
            if close:
                engine.close()

    return run


__all__ = [
    "ENGINES",
    "Engine",
    "Extracted",
    "Failed",
    "Outcome",
    "SerialEngine",
    "Source",
    "extract_bytes",
    "extract_source",
    "make_engine",
    "run_batch",
    "store_engine",
    "warm",
]
