"""The place stage: toponyms → gazetteer candidates → resolved places.

Placeholder until issue 5 lands: finds no places.
"""

from __future__ import annotations

from kronika.document import Document, Span
from kronika.geo.types import Place
from kronika.pipeline import Stage


def annotate(doc: Document) -> None:
    doc.places = []


def event_place(doc: Document, span: Span) -> Place | None:
    """Where the happening told at `span` (an event mention's trigger) took place."""
    return None


STAGE = Stage(name="places", requires=("segment",), run=annotate)
