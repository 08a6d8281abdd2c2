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

from collections.abc import Callable

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
    "warm",
]
