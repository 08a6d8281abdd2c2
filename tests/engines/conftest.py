"""A small mixed batch of documents every engine must handle the same way."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika.engines import Source
from tests.store.generate import write_corpus


def mixed_sources(folder: Path, n: int = 24) -> list[Source]:
    """Generated reports (some HTML) from files and from bytes, a binary file, a missing file."""
    paths = write_corpus(folder / "corpus", n, seed=11, html=0.3)
    sources = [Source(p.name, path=str(p), size=p.stat().st_size) for p in paths]
    binary = folder / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    sources.insert(3, Source("image.txt", path=str(binary)))
    sources.insert(7, Source("gone.txt", path=str(folder / "gone.txt")))
    sources.append(Source("inline", data=b"Troops shelled a village near Gao on 4 June 2019, killing three."))
    return sources


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[Source]:
    return mixed_sources(tmp_path_factory.mktemp("engines"))
