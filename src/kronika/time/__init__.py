"""The temporal stage: temporal expressions → intervals with precision, anchored.

Placeholder until issue 4 lands: finds no expressions.
"""

from __future__ import annotations

from kronika.document import Document, Span
from kronika.pipeline import Stage
from kronika.time.types import Timex


def annotate(doc: Document) -> None:
    doc.timexes = []


def event_date(doc: Document, span: Span) -> Timex | None:
    """The expression that dates the happening told at `span` (an event mention's trigger)."""
    return None


STAGE = Stage(name="time", requires=("segment",), run=annotate)
