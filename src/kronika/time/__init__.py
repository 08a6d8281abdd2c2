"""The temporal stage: temporal expressions → intervals with precision, anchored.

`annotate` fills `doc.timexes` (sorted by start) and, when the caller gave none, sets
`doc.published` from the document's header. `event_date` says which expression dates an
event trigger. The grammar is compiled regular expressions over data-file vocabularies
(see `grammar.py`); the discourse (year completion, relative dates) is `resolve.py`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from kronika.document import Document, Sentence
from kronika.pipeline import Stage
from kronika.time import dateline
from kronika.time.clauses import asides, dates_main_event, region, speech_after, speech_before
from kronika.time.govern import event_date
from kronika.time.grammar import YEAR, alternation, scan
from kronika.time.lexicon import lexicon
from kronika.time.resolve import Place, Resolver
from kronika.time.types import Timex

__all__ = ["STAGE", "Timex", "annotate", "event_date"]


def annotate(doc: Document) -> None:
    text = doc.text
    parsed = list(scan(text))
    header = dateline.find(text, parsed, doc.published)
    if header is not None and doc.published is None:
        doc.published = header.published
        doc.published_source = "dateline"
    sentences = doc.sentences or [Sentence(0, len(text), 0, 0)]
    starts = [s.start for s in sentences]
    reference = header.written if header is not None and header.written else doc.published
    resolver = Resolver(text, reference, _title_year(doc), [(s.start, s.end) for s in sentences])
    cached: tuple[int, list] = (-1, [])
    for p in parsed:
        i = max(0, bisect.bisect_right(starts, p.start) - 1)
        sent = sentences[i]
        aside = -1
        if header is not None and p.start in header.spans:
            governing = False  # the header's dates tell when the text was written, not events
        elif not sent.start <= p.start < sent.end:
            governing = True
        else:
            if cached[0] != i:
                cached = (i, asides(text, sent.start, sent.end))
            found = cached[1]
            where = region(found, p.start)
            governing = where < 0 or dates_main_event(text, found[where])
            if governing and (
                speech_before().search(text, max(sent.start, p.start - 40), p.start)
                or speech_after().match(text, p.end)
            ):
                governing = False  # "…, the army said on Tuesday": when it was said
            aside = found[where].start if where >= 0 else -1
            if (
                governing
                and p.kind == "deictic"
                and _frame().search(text, max(sent.start, p.start - 30), p.start)
            ):
                governing = False  # "the deadliest this year": the frame of a comparison
        section = doc.section_at(p.start)
        resolver.add(p, Place(sent.paragraph, i, governing, aside, section.start if section else 0))
    timexes = resolver.finish()
    if header is not None:
        timexes = [
            replace(t, governing=False, kind="publication") if t.start in header.spans else t for t in timexes
        ]
    doc.timexes = timexes


@cache
def _frame() -> re.Pattern[str]:
    words = alternation(lexicon().comparison_frames)
    # "the deadliest (raid) this year", "so far this month", "the third attack this week"
    return re.compile(rf"(?<![\w'’])(?i:{words})(?:\s+[a-z]+){{0,2}}\s+(?:(?i:in|for)\s+)?$")


_YEAR = re.compile(rf"(?<![0-9]){YEAR}(?![0-9])")


def _title_year(doc: Document) -> int | None:
    """The year in the document's title (or first line), if it names exactly one."""
    title = doc.title or doc.text.lstrip()[:200].split("\n", 1)[0]
    years = set(_YEAR.findall(title))
    return int(years.pop()) if len(years) == 1 else None


STAGE = Stage(name="time", requires=("segment",), run=annotate)
