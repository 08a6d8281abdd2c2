"""`--engine dask`: extraction on a Dask cluster (an existing one, or a local one).

`--scheduler ADDRESS` connects to a running cluster (`dask scheduler` and `dask worker`
processes, each worker with ``pip install 'kronika[dask]'``); `--workers N` starts a
`LocalCluster` of N single-threaded worker processes on this machine. The client reads
the inputs (workers need not see its files), cuts them into batches of about
`BATCH_BYTES`, and keeps a bounded number of batches in flight, so a corpus of any size
streams through without being held in memory. Each worker loads the language resources
once, when the `KronikaWorker` plugin sets it up. Outcomes come back in input order:
the records are the same, in the same order, as a single-process run.

A worker that dies mid-batch (killed, out of memory, its machine gone) has its batches
run again elsewhere by the scheduler (Dask's own retry, up to
``distributed.scheduler.allowed-failures`` times); a batch that kills workers every time
is reported document by document and the run goes on. Progress: Dask's dashboard (its
address is printed) shows the task stream and the workers; the command's own bar counts
documents.
"""

from __future__ import annotations

import contextlib
import itertools
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from kronika.engines.base import (
    BatchEngine,
    Failed,
    Outcome,
    Source,
    run_batch,
    warm,
)
from kronika.errors import KronikaError

#: batches in flight per worker thread
IN_FLIGHT_PER_THREAD = 3
#: how long to try reaching a scheduler before giving up
CONNECT_TIMEOUT = "20s"
#: A local cluster's housekeeping, set for long CPU-bound tasks on the cores extraction needs.
#: With Dask's defaults an idle two-worker cluster takes ~66 ms of CPU a second (the
#: scheduler, the nannies and each worker waking every 20 ms to check their event loops,
#: polling memory every 100 ms and the system every 500 ms); with these, ~17 ms. The
#: workers' statistical profiler (every thread sampled every 10 ms) would add a fifth to
#: this pure-Python work; the dashboard works without it. A cluster given by --scheduler
#: keeps its own configuration.
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.admin.system-monitor.gil.enabled": False,
}
INSTALL_HINT = "the dask engine needs dask and distributed: pip install 'kronika[dask]'"


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise KronikaError(INSTALL_HINT) from None
    return distributed


def worker_plugin() -> Any:
    """A WorkerPlugin that loads kronika's resources once in each worker as it starts."""
    distributed = _distributed()

    class KronikaWorker(distributed.WorkerPlugin):
        name = "kronika-resources"

        def setup(self, worker: Any) -> None:
            # A worker that cannot warm up still takes work: the cause then shows per
            # document, in one line each, instead of failing the plugin's registration.
            with contextlib.suppress(Exception):
                warm()

    return KronikaWorker()


class DaskEngine(BatchEngine):
    """Extraction on a Dask cluster; outcomes in input order."""

    name = "dask"

    def __init__(
        self,
        scheduler: str | None = None,
        workers: int | None = None,
        dashboard: str | None = ":0",
        on_note: Callable[[str], None] | None = None,
        batch_bytes: int | None = None,
        batch_documents: int | None = None,
    ) -> None:
        super().__init__(batch_bytes, batch_documents)
        distributed = _distributed()
        self._cluster = None
        if scheduler:
            try:
                self.client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise KronikaError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
        else:
            import dask

            with dask.config.set(LOCAL_CLUSTER_CONFIG):
                self._cluster = distributed.LocalCluster(
                    n_workers=workers or 2,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=dashboard,
                )
                # Results come straight from the workers, not relayed through the scheduler
                # (a remote cluster's workers may not be reachable from here: not there).
                self.client = distributed.Client(self._cluster, direct_to_workers=True)
        self.client.register_plugin(worker_plugin())
        self._keys = (f"kronika-extract-{uuid.uuid4().hex[:8]}-{i}" for i in itertools.count())
        if on_note is not None:
            link = self.client.dashboard_link if dashboard is not None or scheduler else None
            on_note(
                f"Dask: {len(self.client.scheduler_info()['workers'])} workers, {self.threads()} threads"
                + (f"; dashboard at {link}" if link else "")
            )

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def window(self) -> int:
        return self.threads() * IN_FLIGHT_PER_THREAD

    def submit(self, batch: list[Source], published: date | None, keep_text: bool) -> Any:
        from kronika.cli.common import describe_failure

        # Workers may be on other machines: the client reads the files and ships the bytes.
        early: list[Outcome | None] = []
        ready: list[Source] = []
        for source in batch:
            try:
                ready.append(source.loaded())
                early.append(None)
            except Exception as exc:
                early.append(Failed(describe_failure(source.where, exc)))
        future = None
        if ready:
            future = self.client.submit(
                run_batch, ready, published, keep_text, key=next(self._keys), pure=False
            )
        return future, early, ready

    def result(
        self, batch: list[Source], sent: Any, published: date | None, keep_text: bool
    ) -> list[Outcome]:
        future, early, ready = sent
        got: Iterator[Outcome] = iter(())
        if future is not None:
            try:
                got = iter(future.result())
            except _distributed().KilledWorker:
                got = iter(
                    Failed(f"{s.where}: Dask workers kept dying while extracting its batch") for s in ready
                )
            finally:
                future.release()
        return [outcome if outcome is not None else next(got) for outcome in early]

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


__all__ = ["DaskEngine", "worker_plugin"]
