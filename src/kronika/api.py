"""The public library API: text or files in, event records out."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from kronika.dictionary import UserDictionary
from kronika.dictionary import use as use_dictionary
from kronika.document import Document
from kronika.errors import BudgetError, InputError, KronikaError, note
from kronika.load import LoadedText, load_bytes, load_path, load_string
from kronika.pipeline import Pipeline
from kronika.provenance import finish
from kronika.record import Event

#: file endings `iter_inputs` picks up when it walks a directory
TEXT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".md", ".pdf", ".docx"})

#: the per-document budget unless the caller or the environment sets another
DEFAULT_MAX_CHARS = 3_000_000
DEFAULT_MAX_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Budget:
    """What one document may cost: characters of text and CPU seconds of the pipeline.

    A document over either is reported on one line (`BudgetError`) and skipped; a run of
    many documents carries on. The environment variables KRONIKA_MAX_CHARS and
    KRONIKA_MAX_SECONDS set the default (0 turns a limit off)."""

    max_chars: int = DEFAULT_MAX_CHARS
    max_seconds: float = DEFAULT_MAX_SECONDS

    @classmethod
    def default(cls) -> Budget:
        return cls(
            int(_env_number("KRONIKA_MAX_CHARS", DEFAULT_MAX_CHARS)),
            _env_number("KRONIKA_MAX_SECONDS", DEFAULT_MAX_SECONDS),
        )


def _env_number(name: str, default: float) -> float:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        raise KronikaError(f"{name}={value!r} is not a number") from None
    if number < 0:
        raise KronikaError(f"{name}={value!r} is negative")
    return number


class _OverTime(BaseException):
    """Raised by the CPU timer inside the pipeline; turned into a BudgetError."""


@contextlib.contextmanager
def _cpu_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` of process CPU time (main thread, POSIX); elsewhere
    the time is checked when the block ends."""
    preemptive = (
        seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    )
    previous: Any = None
    if preemptive:

        def expire(signum: int, frame: object) -> None:
            raise _OverTime

        previous = signal.signal(signal.SIGPROF, expire)
        signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        if preemptive:
            signal.setitimer(signal.ITIMER_PROF, 0)
            signal.signal(signal.SIGPROF, previous)


_warm: set[str | None] = set()


def _warm_up(until: str | None) -> None:
    """Load the pipeline's lazy resources (place index, word lists) once, outside any budget."""
    if until in _warm:
        return
    pipeline = default_pipeline(until)
    if "places" in pipeline.names:
        from kronika.geo.gazetteer import built_meanwhile

        with built_meanwhile() as building:  # a first run: the place index builds in the background
            if building:  # while the other stages load theirs on text that names no place
                pipeline(Document(document_id="warm-up", raw="gunmen killed three people on 2 may 2021."))
    pipeline(Document(document_id="warm-up", raw="Gunmen killed three people in Kabul on 2 May 2021."))
    _warm.add(until)


@lru_cache(maxsize=4)
def default_pipeline(until: str | None = None) -> Pipeline:
    return Pipeline.default(until=until)


def parse_published(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise KronikaError(f"published date {value!r} is not YYYY-MM-DD") from None


def make_document(
    text: str,
    document_id: str,
    published: date | str | None = None,
    source_format: str = "text",
    title: str = "",
    metadata_published: date | None = None,
) -> Document:
    """A fresh document; an explicit `published` wins over a date from the page's metadata."""
    doc = Document(document_id=document_id, raw=text, source_format=source_format, title=title)
    doc.published = parse_published(published)
    if doc.published is not None:
        doc.published_source = "argument"
    elif metadata_published is not None:
        doc.published = metadata_published
        doc.published_source = "metadata"
    return doc


def process(
    text: str,
    document_id: str = "text",
    published: date | str | None = None,
    until: str | None = None,
    source_format: str = "text",
    title: str = "",
    metadata_published: date | None = None,
    source: str = "",
) -> Document:
    """Run the pipeline (up to and including stage `until`) on plain text, without a budget.

    Its records are finished here, after the last stage: each carries the extractor version
    and, where the input names it, the outlet (`kronika.provenance`)."""
    doc = make_document(text, document_id, published, source_format, title, metadata_published)
    doc.source = source
    finish(default_pipeline(until)(doc))
    for line in doc.notes:  # a language kronika does not read: said, never silent
        note(f"{document_id}: {line}")
    return doc


def process_loaded(
    loaded: LoadedText,
    published: date | str | None = None,
    until: str | None = None,
    budget: Budget | None = None,
) -> Document:
    """Run the pipeline on a loaded input within `budget` (the default when None): every
    entry point (text, bytes, files, `ingest`) goes through here, so all give the same records."""
    budget = budget or Budget.default()
    if budget.max_chars and len(loaded.text) > budget.max_chars:
        raise BudgetError(
            loaded.document_id,
            f"{len(loaded.text):,} characters of text, over the budget of {budget.max_chars:,} "
            "(KRONIKA_MAX_CHARS); skipped",
        )
    doc = make_document(
        loaded.text, loaded.document_id, published, loaded.source_format, loaded.title, loaded.published
    )
    doc.source = loaded.outlet
    # what the reader left out (tables, annexes, scanned pages), beside the pipeline's own notes
    doc.notes.extend(line.removeprefix(f"{loaded.document_id}: ") for line in loaded.notes)
    _warm_up(until)
    pipeline = default_pipeline(until)
    started = time.process_time()
    try:
        with _cpu_limit(budget.max_seconds):
            pipeline(doc)
    except (_OverTime, RecursionError) as exc:
        what = "too deeply nested to process" if isinstance(exc, RecursionError) else ""
        raise BudgetError(
            loaded.document_id,
            what or f"over the time budget of {budget.max_seconds:g} CPU s (KRONIKA_MAX_SECONDS); skipped",
        ) from None
    spent = time.process_time() - started
    if budget.max_seconds and spent > budget.max_seconds:
        raise BudgetError(
            loaded.document_id,
            f"took {spent:.0f} CPU s, over the time budget of {budget.max_seconds:g} (KRONIKA_MAX_SECONDS)",
        )
    finish(doc)
    for line in doc.notes:  # said once each, on the one note channel
        note(f"{doc.document_id}: {line}")
    return doc


def load_input(data: str | bytes | bytearray | memoryview, document_id: str) -> LoadedText:
    """Text (HTML detected and cleaned) or bytes (decoded as a file's would be; PDF, DOCX)."""
    if isinstance(data, str):
        return load_string(data, document_id)
    if isinstance(data, (bytes, bytearray, memoryview)):
        return load_bytes(bytes(data), document_id)
    raise KronikaError(f"{document_id}: extract takes text (str) or bytes, not {type(data).__name__}")


def process_input(
    data: str | bytes,
    document_id: str = "text",
    published: date | str | None = None,
    until: str | None = None,
    budget: Budget | None = None,
) -> Document:
    """The annotated document of a text, an HTML string or the bytes of a file."""
    return process_loaded(
        _load_within(budget, document_id, lambda: load_input(data, document_id)), published, until, budget
    )


def extract(
    data: str | bytes,
    document_id: str = "text",
    published: date | str | None = None,
    budget: Budget | None = None,
    dictionary: UserDictionary | str | os.PathLike[str] | None = None,
) -> list[Event]:
    """Extract the event records of a text, an HTML page (as a string) or a file's bytes
    (text in any encoding, HTML, PDF, DOCX), as the CLI would from a file; `dictionary`: a user
    dictionary (a loaded one or the path of its TOML file) with the analyst's own actors,
    places and non-places."""
    with use_dictionary(dictionary):
        return process_input(data, document_id, published, None, budget).events


def _load_within(budget: Budget | None, source: str, load: Callable[[], LoadedText]) -> LoadedText:
    """Reading a file (a PDF can take long) counts against the time budget too."""
    seconds = (budget or Budget.default()).max_seconds
    try:
        with _cpu_limit(seconds):
            return load()
    except _OverTime:
        raise BudgetError(
            source,
            f"reading it took over the time budget of {seconds:g} CPU s (KRONIKA_MAX_SECONDS); skipped",
        ) from None


def process_file(
    path: str | os.PathLike[str],
    published: date | str | None = None,
    until: str | None = None,
    budget: Budget | None = None,
) -> Document:
    return process_loaded(_load_within(budget, str(path), lambda: load_path(path)), published, until, budget)


def extract_file(
    path: str | os.PathLike[str],
    published: date | str | None = None,
    budget: Budget | None = None,
    dictionary: UserDictionary | str | os.PathLike[str] | None = None,
) -> list[Event]:
    """Extract the event records of one file (text, HTML, PDF, DOCX); `-` reads stdin."""
    with use_dictionary(dictionary):
        return process_file(path, published, None, budget).events


def process_bytes(
    data: bytes, document_id: str, published: date | str | None = None, budget: Budget | None = None
) -> Document:
    return process_loaded(
        _load_within(budget, document_id, lambda: load_bytes(data, document_id)), published, None, budget
    )


def clean(path: str | os.PathLike[str]) -> str:
    """The cleaned text of a file: the text every evidence offset indexes."""
    return process_file(path, until="clean").text


@dataclass(frozen=True, slots=True)
class InputItem:
    """One input to process, or the reason it cannot be."""

    path: str
    error: InputError | None = None


def iter_inputs(paths: Iterable[str | os.PathLike[str]]) -> Iterator[InputItem]:
    """Expand files and directories (walked recursively, sorted) into inputs."""
    for raw in paths:
        name = str(raw)
        if name == "-":
            yield InputItem("-")
            continue
        p = Path(name)
        if p.is_dir():
            try:
                found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
            except OSError as exc:
                yield InputItem(name, InputError(name, exc.strerror or str(exc)))
                continue
            for f in found:
                yield InputItem(str(f))
        else:
            yield InputItem(name)
