"""Imported once by the fork server of `--jobs`: load the resources its workers inherit.

Importing this module warms the pipeline (lexicons, compiled patterns, the place index,
built on disk if missing), then lets go of the place index's database connection: a
SQLite connection must not cross a fork, so each worker opens its own on first use
(a millisecond; the index file is already there).
"""

from __future__ import annotations

import contextlib

_ready = False


def ready() -> None:
    """Warm this process once (a no-op after the first call, and in a forked child)."""
    global _ready
    if _ready:
        return
    from kronika.engines.base import warm
    from kronika.geo.gazetteer import gazetteer

    warm()
    gazetteer.cache_clear()
    _ready = True


# A fork server that cannot warm up still serves: each worker tries again, and a failure
# shows per document, in one line each, when the documents are extracted.
with contextlib.suppress(Exception):
    ready()
