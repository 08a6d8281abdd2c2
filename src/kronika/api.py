"""The public library API: text or files in, event records out."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from kronika.document import Document
from kronika.errors import InputError, KronikaError, note
from kronika.load import LoadedText, load_bytes, load_path
from kronika.pipeline import Pipeline
from kronika.provenance import finish
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
    source: str = "",
) -> Document:
    """Run the pipeline (up to and including stage `until`) and return the annotated document.

    Its records are finished here, after the last stage: each carries the extractor version
    and, where the input names it, the outlet (`kronika.provenance`)."""
    doc = make_document(text, document_id, published, source_format, title, metadata_published)
    doc.source = source
    finish(default_pipeline(until)(doc))
    for line in doc.notes:  # a language kronika does not read: said, never silent
        note(f"{document_id}: {line}")
    return doc


def process_loaded(
    loaded: LoadedText, published: date | str | None = None, until: str | None = None
) -> Document:
    """Run the pipeline on a loaded input, with what loading found (title, page date, outlet)."""
    return process(
        loaded.text,
        loaded.document_id,
        published,
        until,
        loaded.source_format,
        loaded.title,
        loaded.published,
        loaded.outlet,
    )


def extract(text: str, document_id: str = "text", published: date | str | None = None) -> list[Event]:
    """Extract the event records a text reports (none, with a note on stderr, for an unread language)."""
    return process(text, document_id, published).events


def process_file(
    path: str | os.PathLike[str], published: date | str | None = None, until: str | None = None
) -> Document:
    return process_loaded(load_path(path), published, until)


def extract_file(path: str | os.PathLike[str], published: date | str | None = None) -> list[Event]:
    """Extract the event records of one file (plain text or HTML); `-` reads stdin."""
    return process_file(path, published).events


def process_bytes(data: bytes, document_id: str, published: date | str | None = None) -> Document:
    return process_loaded(load_bytes(data, document_id), published)


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
