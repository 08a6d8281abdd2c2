"""The event stage: triggers → event mentions with kind, counts, actors, attribution.

Placeholder until issue 6 lands: finds no mentions.
"""

from __future__ import annotations

from kronika.document import Document
from kronika.pipeline import Stage


def annotate(doc: Document) -> None:
    doc.mentions = []


STAGE = Stage(name="events", requires=("segment", "time", "places", "actors"), run=annotate)
