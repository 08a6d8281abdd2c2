"""kronika: conflict reporting in, structured event records out."""

from __future__ import annotations

from kronika.api import clean, extract, extract_file, process, process_file
from kronika.document import Document, Span
from kronika.errors import InputError, KronikaError
from kronika.record import Actor, Event, Evidence, json_schema
from kronika.version import __version__

__all__ = [
    "Actor",
    "Document",
    "Event",
    "Evidence",
    "InputError",
    "KronikaError",
    "Span",
    "__version__",
    "clean",
    "extract",
    "extract_file",
    "json_schema",
    "process",
    "process_file",
]
