"""Cleaning: drop page debris from the raw text and keep a map back to it.

Placeholder: normalises nothing yet (the cleaning passes land with issue 3).
"""

from __future__ import annotations

from kronika.document import Document, OffsetMap
from kronika.pipeline import Stage


def clean_text(raw: str) -> tuple[str, OffsetMap]:
    """Return the cleaned text and the map from its offsets to `raw`."""
    return raw, OffsetMap.identity(len(raw))


def annotate(doc: Document) -> None:
    doc.text, doc.offsets = clean_text(doc.raw)


STAGE = Stage(name="clean", requires=(), run=annotate)
