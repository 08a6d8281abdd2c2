"""Ingest: files and folders in, documents and events stored, incidents rebuilt.

Whether a document needs extracting is decided from its bytes *before* extraction: the
same document id with the same sha256 and extractor version is skipped, so re-ingesting
a folder costs one read and one hash a file. A changed document replaces its own events
only. Each document is one transaction; the incidents are rebuilt (one transaction) at
the end of a run that changed anything, or whose incident configuration changed.

Document ids: a file given by itself is known by its file name; a file found under a
folder by ``<folder name>/<path inside the folder>`` (``/``-separated), so
``kronika ingest wires/ ngo/`` keeps ``wires/a.txt`` and ``ngo/a.txt`` apart.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from kronika import __version__, api
from kronika.errors import InputError
from kronika.load import read_bytes
from kronika.record import Event
from kronika.store.database import Store, StoredDocument
from kronika.store.incidents import IncidentConfig, build_incidents

EXTRACTOR_VERSION = f"kronika {__version__}"


@dataclass(frozen=True, slots=True)
class IngestItem:
    """One file to ingest (`path` set), one input that cannot be (`error`), or one file
    passed over (`note`)."""

    document_id: str
    path: Path | None = None
    error: InputError | None = None
    note: str | None = None


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
            f"{self.failed} failed",
            f"{self.passed_over} passed over",
            f"{self.events} events found",
        ]
        incidents = "incidents unchanged" if self.incidents is None else f"{self.incidents} incidents"
        return f"ingested: {', '.join(parts)}; {incidents}; {self.seconds:.1f}s ({rate:.1f} docs/s)"


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extraction gives the store for one document (small enough to pass between processes)."""

    sha256: str
    text: str
    published: str | None
    source_format: str
    events: list[Event]


def extract_bytes(document_id: str, data: bytes, published: date | None) -> Extracted:
    # the same path as `extract`: the page's metadata date and title, the budget, the notes
    doc = api.process_bytes(data, document_id, published)
    return Extracted(
        sha256=hashlib.sha256(data).hexdigest(),
        text=doc.text,
        published=doc.published.isoformat() if doc.published else None,
        source_format=doc.source_format,
        events=doc.events,
    )


def _extract_task(task: tuple[str, str, date | None]) -> Extracted | str:
    """Worker side of `--jobs`: extract one file, or say in one line why it failed."""
    from kronika.cli.common import describe_failure

    document_id, path, published = task
    try:
        _, data = read_bytes(path)
        return extract_bytes(document_id, data, published)
    except Exception as exc:
        return describe_failure(path, exc)


def _write(store: Store, item: IngestItem, got: Extracted, before: object) -> tuple[str, int, int]:
    assert item.path is not None
    stored = StoredDocument(
        document_id=item.document_id,
        path=os.path.abspath(item.path),
        sha256=got.sha256,
        text=got.text,
        published=got.published,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        extractor_version=EXTRACTOR_VERSION,
        source_format=got.source_format,
        n_events=len(got.events),
    )
    store.put_document(stored, got.events)
    return ("added" if before is None else "replaced"), len(got.events), len(got.text.split())


def _check(store: Store, item: IngestItem, force: bool) -> tuple[bytes, tuple[str, str] | None] | None:
    """Read a file and compare it with the store: None when it is stored unchanged, else
    (its bytes, the stored state or None when new)."""
    assert item.path is not None
    _, data = read_bytes(item.path)
    before = store.document_state(item.document_id)
    if before == (hashlib.sha256(data).hexdigest(), EXTRACTOR_VERSION) and not force:
        return None
    return data, before


def ingest_one(
    store: Store, item: IngestItem, published: date | None, force: bool = False
) -> tuple[str, int, int]:
    """Ingest one file: ('added'|'replaced'|'unchanged', events, words); `force` re-extracts
    a document even when its content is unchanged."""
    checked = _check(store, item, force)
    if checked is None:
        return "unchanged", 0, 0
    data, before = checked
    return _write(store, item, extract_bytes(item.document_id, data, published), before)


def update_incidents(store: Store, config: IncidentConfig, force: bool = False) -> int | None:
    """Rebuild the incidents when events or the configuration changed since the last build;
    return how many there are, or None when nothing needed rebuilding."""
    generation, built_from = store.incidents_state()
    if not force and built_from == f"{generation}:{config.fingerprint()}":
        return None
    incidents = build_incidents(list(store.events()), config)
    if not store.replace_incidents(incidents, generation, config.fingerprint()):
        # Another ingest wrote documents meanwhile; it rebuilds the incidents when it ends.
        return None
    return len(incidents)


def ingest(
    store: Store,
    items: Iterable[IngestItem],
    *,
    published: date | None = None,
    force: bool = False,
    jobs: int = 1,
    config: IncidentConfig | None = None,
    on_error: Callable[[str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_item: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest every item into `store`; failures are counted and reported, never fatal.

    With `jobs` > 1, extraction runs in that many worker processes while this process
    checks, writes and commits, in input order; the store ends up the same either way.
    """
    import time

    from kronika.cli.common import describe_failure

    summary = IngestSummary()
    started = time.perf_counter()

    def fail(message: str) -> None:
        summary.failed += 1
        summary.errors.append(message)
        if on_error:
            on_error(message)

    def done(outcome: tuple[str, int, int]) -> None:
        name, n_events, n_words = outcome
        setattr(summary, name, getattr(summary, name) + 1)
        summary.events += n_events
        summary.words += n_words

    def attempt(item: IngestItem, step: Callable[[], tuple[str, int, int] | None]) -> bool:
        """Run one step of an item; True when the item is settled (not waiting for a worker)."""
        try:
            if item.error is not None:
                raise item.error
            outcome = step()
        except (KeyboardInterrupt, BrokenPipeError):
            raise
        except Exception as exc:
            fail(describe_failure(str(item.path or item.document_id), exc))
            return True
        if outcome is None:
            return False
        done(outcome)
        return True

    pending: list[tuple[IngestItem, tuple[str, str] | None]] = []

    def queue(item: IngestItem) -> tuple[str, int, int] | None:
        checked = _check(store, item, force)
        if checked is None:
            return "unchanged", 0, 0
        pending.append((item, checked[1]))
        return None

    for item in items:
        settled = True
        if item.note is not None:
            summary.passed_over += 1
            if on_note:
                on_note(item.note)
        elif jobs <= 1:
            settled = attempt(item, partial(ingest_one, store, item, published, force))
        else:
            settled = attempt(item, partial(queue, item))
        if settled and on_item:
            on_item(summary)

    if pending:
        import multiprocessing

        tasks = [(item.document_id, str(item.path), published) for item, _ in pending]
        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            for (item, before), got in zip(
                pending, pool.imap(_extract_task, tasks, chunksize=2), strict=True
            ):
                if isinstance(got, str):
                    fail(got)
                else:
                    attempt(item, partial(_write, store, item, got, before))
                if on_item:
                    on_item(summary)
    summary.incidents = update_incidents(store, config or IncidentConfig())
    summary.seconds = time.perf_counter() - started
    return summary
