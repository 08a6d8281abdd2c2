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
from pathlib import Path

from kronika import __version__, api
from kronika.errors import InputError
from kronika.load import load_bytes, read_bytes
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


def ingest_one(
    store: Store, item: IngestItem, published: date | None, force: bool = False
) -> tuple[str, int, int]:
    """Ingest one file: ('added'|'replaced'|'unchanged', events, words); `force` re-extracts
    a document even when its content is unchanged."""
    assert item.path is not None
    _, data = read_bytes(item.path)
    sha = hashlib.sha256(data).hexdigest()
    before = store.document_state(item.document_id)
    if before == (sha, EXTRACTOR_VERSION) and not force:
        return "unchanged", 0, 0
    loaded = load_bytes(data, item.document_id)
    doc = api.process(loaded.text, item.document_id, published, None, loaded.source_format)
    stored = StoredDocument(
        document_id=item.document_id,
        path=os.path.abspath(item.path),
        sha256=sha,
        text=doc.text,
        published=doc.published.isoformat() if doc.published else None,
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        extractor_version=EXTRACTOR_VERSION,
        source_format=doc.source_format,
        n_events=len(doc.events),
    )
    store.put_document(stored, doc.events)
    return ("added" if before is None else "replaced"), len(doc.events), len(doc.text.split())


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
    config: IncidentConfig | None = None,
    on_error: Callable[[str], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_item: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Ingest every item into `store`; failures are counted and reported, never fatal."""
    import time

    from kronika.cli.common import describe_failure

    summary = IngestSummary()
    started = time.perf_counter()
    for item in items:
        if item.note is not None:
            summary.passed_over += 1
            if on_note:
                on_note(item.note)
        else:
            try:
                if item.error is not None:
                    raise item.error
                outcome, n_events, n_words = ingest_one(store, item, published, force)
            except (KeyboardInterrupt, BrokenPipeError):
                raise
            except Exception as exc:
                summary.failed += 1
                message = describe_failure(str(item.path or item.document_id), exc)
                summary.errors.append(message)
                if on_error:
                    on_error(message)
            else:
                setattr(summary, outcome, getattr(summary, outcome) + 1)
                summary.events += n_events
                summary.words += n_words
        if on_item:
            on_item(summary)
    summary.incidents = update_incidents(store, config or IncidentConfig())
    summary.seconds = time.perf_counter() - started
    return summary
