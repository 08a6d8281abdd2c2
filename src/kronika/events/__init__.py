"""The event stage: clauses → triggers → event mentions with kind, counts, actors, attribution.

`kronika.events.detect` runs the named steps (clauses, triggers, background filter, argument
attachment, frames, splits); `kronika.events.assemble` clusters the mentions
(`kronika.events.cluster`), adds up casualties (`kronika.events.tally`) and writes records.
The language data lives in ``data/events/``, keyed by language. See ``docs/events.md``.
"""

from __future__ import annotations

from kronika.document import Document
from kronika.pipeline import Stage


def annotate(doc: Document) -> None:
    from kronika.events.detect import annotate as detect

    detect(doc)


STAGE = Stage(name="events", requires=("segment", "time", "places", "actors"), run=annotate)
