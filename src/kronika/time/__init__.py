"""The temporal stage: temporal expressions → intervals with precision, anchored.

`annotate` fills `doc.timexes` (sorted by start) and, when the caller gave none, sets
`doc.published` from the document's header. `event_date` says which expression dates an
event trigger. The grammar is compiled regular expressions over data-file vocabularies
(see `grammar.py`); the discourse (year completion, relative dates) is `resolve.py`.
"""

from __future__ import annotations

import bisect

from kronika.document import Document, Sentence
from kronika.pipeline import Stage
from kronika.time import dateline
from kronika.time.clauses import asides, dates_main_event, region
from kronika.time.govern import event_date
from kronika.time.grammar import scan
from kronika.time.resolve import Place, Resolver
from kronika.time.types import Timex

__all__ = ["STAGE", "Timex", "annotate", "event_date"]


def annotate(doc: Document) -> None:
    text = doc.text
    parsed = list(scan(text))
    if doc.published is None or not doc.published_source:
        found = dateline.find(text, parsed)
        if found is not None and doc.published is None:
            doc.published = found.published
            doc.published_source = "dateline"
    sentences = doc.sentences or [Sentence(0, len(text), 0, 0)]
    starts = [s.start for s in sentences]
    resolver = Resolver(text, doc.published)
    cached: tuple[int, list] = (-1, [])
    for p in parsed:
        i = max(0, bisect.bisect_right(starts, p.start) - 1)
        sent = sentences[i]
        if not sent.start <= p.start < sent.end:
            governing = True
        else:
            if cached[0] != i:
                cached = (i, asides(text, sent.start, sent.end))
            found = cached[1]
            where = region(found, p.start)
            governing = where < 0 or dates_main_event(text, found[where])
        resolver.add(p, Place(sent.paragraph, i, governing))
    doc.timexes = resolver.timexes


STAGE = Stage(name="time", requires=("segment",), run=annotate)
