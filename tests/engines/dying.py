"""Workers that die on cue, for the tests of `--jobs` surviving a dead worker.

A document with a file `<its path>.die` beside it kills the worker that meets it, once
(the worker takes the file away before dying; the next worker extracts the document);
with `<its path>.poison` beside it, every worker that meets it dies. The cue is a file,
not a flag, because workers come from a fork server that started before the test.
"""

from __future__ import annotations

import contextlib
import os
import signal
from datetime import date
from pathlib import Path

from kronika.engines.base import Outcome, Source, run_batch
from kronika.engines.local import ProcessEngine


def die_once(source: Source) -> None:
    """Mark `source` to kill the first worker that extracts it."""
    Path(f"{source.path}.die").touch()


def poison(source: Source) -> None:
    """Mark `source` to kill every worker that extracts it."""
    Path(f"{source.path}.poison").touch()


def run_batch_or_die(batch: list[Source], published: date | None, keep_text: bool) -> list[Outcome]:
    for source in batch:
        dies = os.path.exists(f"{source.path}.poison")
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{source.path}.die")  # only one worker gets to remove it
            dies = True
        if dies:
            os.kill(os.getpid(), signal.SIGKILL)
    return run_batch(batch, published, keep_text)


class DyingEngine(ProcessEngine):
    """The local engine, with workers that die on the cues above."""

    work = staticmethod(run_batch_or_die)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        #: every pool this engine started, to tell whether a broken one was replaced
        self.pools: list[object] = []

    def _executor(self):
        pool = super()._executor()
        if not self.pools or self.pools[-1] is not pool:
            self.pools.append(pool)
        return pool
