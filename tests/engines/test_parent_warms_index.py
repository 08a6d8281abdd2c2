"""`--jobs N`: the parent makes sure the place index exists before any worker starts."""

from __future__ import annotations

import pytest

from kronika.engines import local
from kronika.geo import gazetteer as gz

calls: list[str] = []


class _Pool:
    """Stands in for the process pool: records when it is made."""

    def __init__(self, *args, **kwargs) -> None:
        calls.append("pool")


@pytest.mark.parametrize("fails", [False, True])
def test_the_index_is_ready_before_the_pool_starts(monkeypatch: pytest.MonkeyPatch, fails: bool) -> None:
    calls.clear()

    def index() -> None:
        calls.append("index")
        if fails:  # a cache that cannot be written: the workers report it per document
            raise OSError("read-only")

    monkeypatch.setattr(gz, "gazetteer", index)
    monkeypatch.setattr(local, "ProcessPoolExecutor", _Pool)
    engine = local.ProcessEngine(2)
    engine._executor()
    engine._executor()  # the pool is made once, and so is the check
    assert calls == ["index", "pool"]
