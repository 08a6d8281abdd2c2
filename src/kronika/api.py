"""The public library API: text or files in, event records out."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from kronika.document import Document
from kronika.errors import InputError, KronikaError, UnreadLanguageWarning
from kronika.load import load_bytes, load_path
from kronika.pipeline import Pipeline
from kronika.record import Event

#: file endings `iter_inputs` picks up when it walks a directory
TEXT_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ".md"})


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
) -> Document:
    """Run the pipeline (up to and including stage `until`) and return the annotated document."""
    doc = make_document(text, document_id, published, source_format, title, metadata_published)
    return default_pipeline(until)(doc)


def events_of(doc: Document) -> list[Event]:
    """The document's records; a note the pipeline left (an unread language) becomes a warning."""
    for note in doc.notes:
        warnings.warn(f"{doc.document_id}: {note}", UnreadLanguageWarning, stacklevel=3)
    return doc.events


def extract(text: str, document_id: str = "text", published: date | str | None = None) -> list[Event]:
    """Extract the event records a text reports (none, with a warning, for an unread language)."""
    return events_of(process(text, document_id, published))


def process_file(
    path: str | os.PathLike[str], published: date | str | None = None, until: str | None = None
) -> Document:
    loaded = load_path(path)
    return process(
        loaded.text,
        loaded.document_id,
        published,
        until,
        loaded.source_format,
        loaded.title,
        loaded.published,
    )


def extract_file(path: str | os.PathLike[str], published: date | str | None = None) -> list[Event]:
    """Extract the event records of one file (plain text or HTML); `-` reads stdin."""
    return events_of(process_file(path, published))


def process_bytes(data: bytes, document_id: str, published: date | str | None = None) -> Document:
    loaded = load_bytes(data, document_id)
    return process(
        loaded.text, loaded.document_id, published, None, loaded.source_format, loaded.title, loaded.published
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
