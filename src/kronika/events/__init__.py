"""The event stage: triggers → event mentions with kind, counts, actors, attribution.

Detection lives in `kronika.events.detect`, counts in `kronika.events.counts`, the
language data in ``data/events/``; `kronika.events.assemble` merges mentions into events.
"""

from __future__ import annotations

from kronika.document import Document
from kronika.pipeline import Stage


def annotate(doc: Document) -> None:
    from kronika.events.detect import annotate as detect

    detect(doc)


STAGE = Stage(name="events", requires=("segment", "time", "places", "actors"), run=annotate)
