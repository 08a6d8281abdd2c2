"""What every engine shares: the unit of work, the worker-side function, ordered windows.

A `Source` is one document on its way to the pipeline: its id and either its bytes or
the path to read them from, plus what a table row may say about it (publication date,
title, where it came from). The worker side is `run_batch`: it extracts a list of
sources one by one and turns each failure into a one-line `Failed`, so one bad document
never stops a batch. Engines differ only in where `run_batch` runs; each hands the
outcomes back in input order, so every engine writes the same records in the same order.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Protocol, TypeVar

from kronika.record import Event

#: a batch closes when its documents hold this many bytes or this many documents
BATCH_BYTES = 64_000
BATCH_DOCUMENTS = 64

T = TypeVar("T")
F = TypeVar("F")


@dataclass(frozen=True, slots=True)
class Source:
    """One document to extract: `data` (its bytes) or else the file at `path` to read them from."""

    document_id: str
    data: bytes | None = None
    path: str | None = None
    #: the row's own publication date (a table corpus); `--published` fills it in when absent
    published: date | None = None
    title: str = ""
    #: where the document came from, as the store records it: a URL, `FILE#row=N`, a path
    origin: str | None = None
    #: characters or bytes, to size batches without reading the file
    size: int = field(default=0, compare=False)

    def loaded(self) -> Source:
        """This source with its bytes read (engines whose workers may not see local files)."""
        if self.data is not None or self.path is None:
            return self
        from kronika.load import read_bytes

        _, data = read_bytes(self.path)
        return replace(self, data=data, size=len(data))

    @property
    def where(self) -> str:
        return self.origin or self.path or self.document_id


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extraction gives back for one document (small enough to pass between processes)."""

    sha256: str
    text: str
    published: str | None
    source_format: str
    events: list[Event]


@dataclass(frozen=True, slots=True)
class Failed:
    """A document that could not be extracted, and why, in one line."""

    message: str


Outcome = Extracted | Failed


def extract_bytes(
    document_id: str, data: bytes, published: date | None, title: str = "", keep_text: bool = True
) -> Extracted:
    """Extract one document from its bytes as `kronika extract` does a file (the page's
    title, date and outlet included); a table row's own `title` wins over the page's."""
    from kronika import api
    from kronika.load import load_bytes

    loaded = load_bytes(data, document_id)
    if title:
        loaded = replace(loaded, title=title)
    doc = api.process_loaded(loaded, published)
    return Extracted(
        sha256=hashlib.sha256(data).hexdigest(),
        text=doc.text if keep_text else "",
        published=doc.published.isoformat() if doc.published else None,
        source_format=doc.source_format,
        events=doc.events,
    )


def extract_source(source: Source, published: date | None = None, keep_text: bool = True) -> Outcome:
    """Extract one source; any failure becomes a `Failed` line naming the document."""
    from kronika.cli.common import describe_failure

    try:
        loaded = source.loaded()
        assert loaded.data is not None, "a source needs data or a path"
        return extract_bytes(
            source.document_id, loaded.data, source.published or published, source.title, keep_text
        )
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:
        return Failed(describe_failure(source.where, exc))


def run_batch(batch: list[Source], published: date | None, keep_text: bool) -> list[Outcome]:
    """The worker side of every engine: one outcome per source, in order."""
    return [extract_source(s, published, keep_text) for s in batch]


def warm() -> None:
    """Load the language resources of this process now (pipeline, lexicons, place index),
    so the first document does not pay for them; a worker calls it once when it starts."""
    from kronika import api

    api.extract("Gunmen killed two people in Mosul on 3 March 2020.", "warm-up", "2020-03-04")


def batches(sources: Iterable[Source], max_bytes: int = BATCH_BYTES, max_docs: int = BATCH_DOCUMENTS):
    """Group sources into batches of about `max_bytes` (few large documents or many small ones)."""
    batch: list[Source] = []
    size = 0
    for source in sources:
        batch.append(source)
        size += source.size or len(source.data or b"")
        if size >= max_bytes or len(batch) >= max_docs:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def ordered_window(
    items: Iterable[T], submit: Callable[[T], F], result: Callable[[T, F], Iterable[Outcome]], window: int
) -> Iterator[tuple[T, list[Outcome]]]:
    """Keep up to `window` submitted items in flight; yield each item with its outcomes in
    input order. Items are drawn from `items` lazily, in the caller's thread."""
    flight: deque[tuple[T, F]] = deque()
    it = iter(items)
    exhausted = False
    while True:
        while not exhausted and len(flight) < window:
            try:
                item = next(it)
            except StopIteration:
                exhausted = True
                break
            flight.append((item, submit(item)))
        if not flight:
            return
        item, future = flight.popleft()
        yield item, list(result(item, future))


class Engine(Protocol):
    """Runs extraction somewhere; `run` yields every source with its outcome, in input order."""

    name: str

    def run(
        self, sources: Iterable[Source], published: date | None = None, keep_text: bool = True
    ) -> Iterator[tuple[Source, Outcome]]: ...

    def close(self) -> None: ...

    def __enter__(self) -> Engine: ...

    def __exit__(self, *exc: object) -> None: ...


class SerialEngine:
    """Extraction in this process, one document after the other (the default)."""

    name = "serial"

    def run(
        self, sources: Iterable[Source], published: date | None = None, keep_text: bool = True
    ) -> Iterator[tuple[Source, Outcome]]:
        for source in sources:
            yield source, extract_source(source, published, keep_text)

    def close(self) -> None:
        pass

    def __enter__(self) -> SerialEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class BatchEngine:
    """What the parallel engines share: batches out, a bounded window in flight, outcomes
    back in input order. A subclass says how to send a batch and how to wait for it."""

    name = "batch"

    def __init__(self, batch_bytes: int | None = None, batch_documents: int | None = None) -> None:
        self.batch_bytes = batch_bytes or BATCH_BYTES
        self.batch_documents = batch_documents or BATCH_DOCUMENTS

    def window(self) -> int:
        raise NotImplementedError

    def submit(self, batch: list[Source], published: date | None, keep_text: bool) -> Any:
        raise NotImplementedError

    def result(
        self, batch: list[Source], sent: Any, published: date | None, keep_text: bool
    ) -> list[Outcome]:
        raise NotImplementedError

    #: run an input that fits in one batch in this process instead (no workers to start)
    small_in_process = False

    def run(
        self, sources: Iterable[Source], published: date | None = None, keep_text: bool = True
    ) -> Iterator[tuple[Source, Outcome]]:
        groups = batches(sources, self.batch_bytes, self.batch_documents)
        if self.small_in_process:
            first, second = next(groups, None), next(groups, None)
            if second is None:
                yield from SerialEngine().run(first or [], published, keep_text)
                return
            groups = itertools.chain([first, second], groups)
        for batch, outcomes in ordered_window(
            groups,
            lambda batch: self.submit(batch, published, keep_text),
            lambda batch, sent: self.result(batch, sent, published, keep_text),
            self.window(),
        ):
            yield from zip(batch, outcomes, strict=True)

    def close(self) -> None:
        pass

    def __enter__(self) -> BatchEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
