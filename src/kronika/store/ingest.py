"""Ingest: files and folders in, documents and events stored, incidents rebuilt.

A document is its content (the sha256 of its bytes). Whether one needs extracting is
decided from its bytes *before* extraction: content already stored by the same extractor
version is skipped (under another name, the name is recorded as an alias of it), so
re-ingesting a folder costs one read and one hash a file. A changed file replaces its own
events only. Each document is one transaction; the incidents are rebuilt (one transaction) at
the end of a run that changed anything, or whose incident configuration changed.

Document ids: a file given by itself is known by its file name; a file found under a
folder by ``<folder name>/<path inside the folder>`` (``/``-separated), so
``kronika ingest wires/ ngo/`` keeps ``wires/a.txt`` and ``ngo/a.txt`` apart.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from kronika import api
from kronika.errors import InputError
from kronika.load import read_bytes
from kronika.provenance import extractor_version
from kronika.record import Event
from kronika.store.backend import StoreError
from kronika.store.database import Store, StoredDocument
from kronika.store.incidents import IncidentConfig

if TYPE_CHECKING:
    from kronika.engines import Source

#: a document stored by another version (or other data files) is extracted again
EXTRACTOR_VERSION = f"kronika {extractor_version()}"


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extraction gives the store for one document (small enough to pass between processes).

    `sha256` is the content hash that identifies the document in the store: the hash of
    the file's bytes, or of the text's UTF-8 for a document that never was a file (a
    table row)."""

    sha256: str
    text: str
    published: str | None
    source_format: str
    events: list[Event]


@dataclass(frozen=True, slots=True)
class IngestItem:
    """One file to ingest (`path` set), one document already extracted (`extracted` set, by
    an engine or from a table corpus), one input that cannot be (`error`), or one file
    passed over (`note`)."""

    document_id: str
    path: Path | None = None
    error: InputError | None = None
    note: str | None = None
    extracted: Extracted | None = None
    #: a row of a table corpus (`path` is then the table file): its text and metadata;
    #: rows are extracted by an engine (`kronika.engines`), which reads their date and title
    row: Source | None = None


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _walk(paths: Iterable[str | os.PathLike[str]]) -> Iterator[IngestItem]:
    for raw in paths:
        name = str(raw)
        p = Path(name)
        if name == "-":
            yield IngestItem(
                name, error=InputError(name, "ingest reads files and folders, not standard input")
            )
        elif p.is_dir():
            root = p.resolve().name or "root"
            try:
                found = sorted(f for f in p.rglob("*") if f.is_file() and not _hidden(f.relative_to(p)))
            except OSError as exc:
                yield IngestItem(name, error=InputError(name, exc.strerror or str(exc)))
                continue
            for f in found:
                doc_id = f"{root}/{f.relative_to(p).as_posix()}"
                if f.suffix.lower() in api.TEXT_SUFFIXES:
                    yield IngestItem(doc_id, path=f)
                else:
                    yield IngestItem(doc_id, path=f, note=f"{f}: skipped (not a text or HTML file)")
        elif p.is_file():
            yield IngestItem(p.name, path=p)
        else:
            yield IngestItem(name, error=InputError(name, "no such file or folder"))


def plan(paths: Iterable[str | os.PathLike[str]]) -> Iterator[IngestItem]:
    """Expand files and folders (walked recursively, sorted, hidden entries left out).

    Two inputs of one run with the same document id (two single files both called
    `a.txt`) would overwrite each other: the second is refused with an error instead.
    """
    seen: dict[str, str] = {}
    for item in _walk(paths):
        if item.path is not None and item.note is None:
            where = os.path.abspath(item.path)
            first = seen.setdefault(item.document_id, where)
            if first != where:
                reason = (
                    f"same document id {item.document_id!r} as {first}; "
                    "ingest their folders instead to keep them apart"
                )
                item = IngestItem(item.document_id, error=InputError(str(item.path), reason))
        yield item


@dataclass(slots=True)
class IngestSummary:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    #: inputs whose content was stored already under another name (now an alias of it)
    aliased: int = 0
    passed_over: int = 0
    failed: int = 0
    events: int = 0
    words: int = 0
    incidents: int | None = None
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.added + self.replaced

    def line(self) -> str:
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        parts = [
            f"{self.added} added",
            f"{self.replaced} replaced",
            f"{self.unchanged} unchanged",
            *([f"{self.aliased} same content as a stored document"] if self.aliased else []),
            f"{self.failed} failed",
            f"{self.passed_over} passed over",
            f"{self.events} events found",
        ]
        incidents = "incidents unchanged" if self.incidents is None else f"{self.incidents} incidents"
        return f"ingested: {', '.join(parts)}; {incidents}; {self.seconds:.1f}s ({rate:.1f} docs/s)"


def extract_bytes(document_id: str, data: bytes, published: date | None) -> Extracted:
    """Extract one document from its bytes exactly as `kronika extract` does (the page's
    metadata date, title and outlet included): the single point where ingest extracts."""
    doc = api.process_bytes(data, document_id, published)
    return Extracted(
        sha256=hashlib.sha256(data).hexdigest(),
        text=doc.text,
        published=doc.published.isoformat() if doc.published else None,
        source_format=doc.source_format,
        events=doc.events,
    )


#: one document for an engine to extract: (the id to extract it under, its path or its table
#: row, --published)
ExtractTask = tuple[str, "str | Source", "date | None"]
#: an engine extracts tasks, in order, giving each document's `Extracted` or a one-line error
Engine = Callable[[Sequence[ExtractTask]], Iterable["Extracted | str"]]


def extract_task(task: ExtractTask) -> Extracted | str:
    """Extract one file, or say in one line why it failed (what an engine runs per document)."""
    from kronika.cli.common import describe_failure

    document_id, path, published = task
    try:
        _, data = read_bytes(path)
        return extract_bytes(document_id, data, published)
    except Exception as exc:
        return describe_failure(path, exc)


def process_pool(jobs: int) -> Engine:
    """The local engine of `--jobs N`: N worker processes, results in input order."""
    from kronika.engines import store_engine
    from kronika.engines.local import ProcessEngine

    return store_engine(ProcessEngine(jobs), close=True)


def _source(item: IngestItem) -> str:
    if item.row is not None:
        return item.row.where
    return os.path.abspath(item.path) if item.path is not None else item.document_id


def write_extracted(store: Store, item: IngestItem, got: Extracted, extract_as: str | None = None) -> Outcome:
    """Store one extracted document under `item.document_id`; ('added'|'replaced'|
    'unchanged'|'aliased', events, words). `extract_as`: the stored document's id this
    one re-extracts (its content was stored before); None for content new to the store,
    which another writer may have stored meanwhile (then it is left as that writer stored it)."""
    stored = StoredDocument(
        document_id=extract_as or item.document_id,
        path=_source(item),
        sha256=got.sha256,
        text=got.text,
        published=got.published,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        extractor_version=EXTRACTOR_VERSION,
        source_format=got.source_format,
        n_events=len(got.events),
    )
    outcome = store.put_document(stored, got.events, name=item.document_id, if_absent=extract_as is None)
    if outcome in ("unchanged", "aliased"):
        return outcome, 0, 0
    return outcome, len(got.events), len(got.text.split())


Outcome = tuple[str, int, int]


def _check(store: Store, item: IngestItem, force: bool) -> tuple[bytes, str | None] | Outcome:
    """Read a file and compare its content with the store: an outcome when it is stored
    already (under this name or, now recorded as an alias, another), else its bytes and
    the stored document's id when it is re-extracted (None for content new to the store)."""
    assert item.path is not None
    data = item.row.data if item.row is not None and item.row.data is not None else read_bytes(item.path)[1]
    sha = hashlib.sha256(data).hexdigest()
    state = store.content_state(sha)
    if state is not None and state.extractor_version == EXTRACTOR_VERSION and not force:
        outcome = store.add_name(item.document_id, _source(item), sha)
        if outcome is not None:
            return outcome, 0, 0
        state = None
    return data, (state.document_id if state else None)


def ingest_one(store: Store, item: IngestItem, published: date | None, force: bool = False) -> Outcome:
    """Ingest one file or extracted document: ('added'|'replaced'|'unchanged'|'aliased',
    events, words); `force` re-extracts a document even when its content is unchanged."""
    if item.extracted is not None:
        return write_extracted(store, item, item.extracted)
    checked = _check(store, item, force)
    if isinstance(checked[0], str):
        return checked  # type: ignore[return-value]
    data, extract_as = checked
    got = extract_bytes(extract_as or item.document_id, data, published)  # type: ignore[arg-type]
    return write_extracted(store, item, got, extract_as)  # type: ignore[arg-type]


def update_incidents(store: Store, config: IncidentConfig, force: bool = False) -> int | None:
    """Rebuild the incidents when events or the configuration changed since the last build;
    return how many there are, or None when nothing needed rebuilding."""
    generation, built_from = store.incidents_state()
    if not force and built_from == f"{generation}:{config.fingerprint()}":
        return None
    from kronika.store.review import build_reviewed_incidents

    incidents = build_reviewed_incidents(store, list(store.events()), config)  # splits and merges kept
    if not store.replace_incidents(incidents, generation, config.fingerprint()):
        # Another ingest wrote documents meanwhile; it rebuilds the incidents when it ends.
        return None
    return len(incidents)


def _reconcile_reviews(store: Store, on_note: Callable[[str], None] | None) -> None:
    """Lay reviews over re-extracted records again (kronika.store.review) and say which
    reviewed events re-extraction lost."""
    from kronika.store.review import reconcile

    done = reconcile(store)
    if on_note:
        for old, new in done.moved:
            on_note(f"reviews of event {old} moved to {new} (same document, evidence and kind)")
        for event_id in done.unplaced:
            on_note(
                f"reviews of event {event_id} cannot be placed: re-extraction found no event with its "
                "evidence and kind (kept in the log; `kronika review list --unplaced`)"
            )


def ingest(
    store: Store,
    items: Iterable[IngestItem],
    *,
    published: date | None = None,
    force: bool = False,
    jobs: int = 1,
    engine: Engine | None = None,
    config: IncidentConfig | None = None,
    on_error: Callable[[str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_item: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest every item into `store`; failures of an input are counted and reported, never
    fatal. A store that cannot be written (a full disk, a read-only or damaged store, a
    refused permission) stops the run with that one `StoreError`: it would fail every
    document alike.

    Items are files (read, hashed and compared with the store here) or documents already
    extracted. With an `engine` (or `jobs` > 1: a local process pool), the files that need
    extracting go to the engine while this process checks, writes and commits, in input
    order; the store ends up the same either way.
    """
    import time

    from kronika.cli.common import describe_failure

    if engine is None and jobs > 1:
        engine = process_pool(jobs)
    summary = IngestSummary()
    started = time.perf_counter()

    def fail(message: str) -> None:
        summary.failed += 1
        summary.errors.append(message)
        if on_error:
            on_error(message)

    def done(outcome: Outcome) -> None:
        name, n_events, n_words = outcome
        setattr(summary, name, getattr(summary, name) + 1)
        summary.events += n_events
        summary.words += n_words

    def attempt(item: IngestItem, step: Callable[[], Outcome | None]) -> bool:
        """Run one step of an item; True when the item is settled (not waiting for a worker)."""
        try:
            if item.error is not None:
                raise item.error
            outcome = step()
        except (KeyboardInterrupt, BrokenPipeError, StoreError):
            raise
        except Exception as exc:
            fail(describe_failure(str(item.path or item.document_id), exc))
            return True
        if outcome is None:
            return False
        done(outcome)
        return True

    pending: list[tuple[IngestItem, str | None]] = []

    def queue(item: IngestItem) -> Outcome | None:
        if item.extracted is not None:
            return write_extracted(store, item, item.extracted)
        checked = _check(store, item, force)
        if isinstance(checked[0], str):
            return checked  # type: ignore[return-value]
        pending.append((item, checked[1]))  # type: ignore[arg-type]
        return None

    for item in items:
        settled = True
        if item.note is not None:
            summary.passed_over += 1
            if on_note:
                on_note(item.note)
        elif engine is None:
            settled = attempt(item, partial(ingest_one, store, item, published, force))
        else:
            settled = attempt(item, partial(queue, item))
        if settled and on_item:
            on_item(summary)

    if pending and engine is not None:
        tasks = [
            (extract_as or item.document_id, item.row or str(item.path), published)
            for item, extract_as in pending
        ]
        for (item, extract_as), got in zip(pending, engine(tasks), strict=True):
            if isinstance(got, str):
                fail(got)
            else:
                attempt(item, partial(write_extracted, store, item, got, extract_as))
            if on_item:
                on_item(summary)
    _reconcile_reviews(store, on_note)
    summary.incidents = update_incidents(store, config or IncidentConfig())
    summary.seconds = time.perf_counter() - started
    return summary
