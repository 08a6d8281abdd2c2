"""`--jobs N`: extraction in N local worker processes.

Workers are forked from a fork server that loaded the language resources once
(``forkserver`` where the platform has it, ``spawn`` elsewhere), so a worker starts warm
in milliseconds instead of importing and loading everything itself; the server holds no
threads and no open database, which makes forking it safe. The parent process keeps
reading inputs and writing results while the workers extract: work goes out in batches
of about `BATCH_BYTES`, a bounded number of them in flight, and comes back in input order.

An input that fits in one batch is extracted in the parent process: starting workers would
cost more than it saves.

A worker process that dies (killed, out of memory) breaks the pool, at any moment: while
batches are in flight (each of them then fails) or between two submissions (the pool
then refuses new work). Either way the pool is replaced and the work goes to the fresh
one, so a death never stops the run and never loses a document. A batch that fails
`ATTEMPTS` times is split and its documents are tried one by one, so a document that
kills every worker it meets (out of memory) is reported alone, in one line, and the rest
of its batch is extracted.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date

from kronika.engines.base import BatchEngine, Failed, Outcome, Source, run_batch

#: batches in flight per worker: enough that no worker waits for the parent
IN_FLIGHT_PER_WORKER = 3
#: times a batch (then each of its documents alone) is sent before a worker death is its fault
ATTEMPTS = 3
#: imported by the fork server before it forks any worker (see `kronika.engines.preload`)
PRELOAD = "kronika.engines.preload"

Sent = tuple[ProcessPoolExecutor, "Future[list[Outcome]]"]


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([PRELOAD])
        return ctx
    return multiprocessing.get_context("spawn")


def _init_worker() -> None:
    from kronika.engines.preload import ready

    # A worker that cannot warm up must still start (a failing initializer breaks the
    # whole pool): the cause then shows per document, when extraction meets it.
    with contextlib.suppress(Exception):
        ready()


def _ensure_place_index() -> None:
    """Build the place index in this process, once, before any worker starts: otherwise the
    fork server (or, where workers are spawned, every worker at once) builds it while the
    parent waits, and the line saying so comes from a child. A failure is left for the
    workers to report per document, as with `_init_worker`."""
    from kronika.geo.gazetteer import gazetteer

    with contextlib.suppress(Exception):
        gazetteer()


class ProcessEngine(BatchEngine):
    """Extraction in `jobs` local processes; outcomes in input order."""

    name = "local"
    small_in_process = True
    #: what a worker runs on a batch (a module-level function: it is sent by name)
    work = staticmethod(run_batch)

    def __init__(self, jobs: int, batch_bytes: int | None = None, batch_documents: int | None = None) -> None:
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        super().__init__(batch_bytes, batch_documents)
        self.jobs = jobs
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            _ensure_place_index()
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=_context(), initializer=_init_worker)
        return self._pool

    def window(self) -> int:
        return self.jobs * IN_FLIGHT_PER_WORKER

    def submit(self, batch: list[Source], published: date | None, keep_text: bool) -> Sent:
        # A worker that died since the last submission has left a pool that refuses work:
        # the batch goes to a fresh one. A fresh pool accepts its first batch, so a second
        # refusal cannot happen; were it to, the batch counts it as one failed attempt.
        for _ in range(2):
            pool = self._executor()
            try:
                return pool, pool.submit(self.work, batch, published, keep_text)
            except BrokenProcessPool as exc:
                self._discard(pool)
                refused: Future[list[Outcome]] = Future()
                refused.set_exception(exc)
        return pool, refused

    def result(
        self, batch: list[Source], sent: Sent, published: date | None, keep_text: bool
    ) -> list[Outcome]:
        for attempt in range(ATTEMPTS):
            if attempt:
                sent = self.submit(batch, published, keep_text)
            pool, future = sent
            try:
                return future.result()
            except BrokenProcessPool:
                self._discard(pool)
        if len(batch) > 1:
            # every batch in flight fails when one worker dies: find the document at fault
            return [
                outcome
                for source in batch
                for outcome in self.result(
                    [source], self.submit([source], published, keep_text), published, keep_text
                )
            ]
        return [
            Failed(
                f"{batch[0].where}: a worker process died while extracting it, "
                f"{ATTEMPTS} times (out of memory?)"
            )
        ]

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        """Let go of a broken pool; the first batch to find it broken does it, and the
        next submission starts a fresh pool."""
        if self._pool is pool:
            pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
