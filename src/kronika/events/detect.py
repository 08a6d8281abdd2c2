"""Event detection: the document's clauses → `EventMention`s (the ``events`` stage).

The stage runs named steps, each a module of its own (``docs/events.md`` describes the model):

| step | module |
|---|---|
| clause finding | `kronika.events.clauses` |
| trigger finding | `kronika.events.triggers` |
| news/background filter | `kronika.events.background` |
| argument attachment (date, place) | `kronika.events.attach` |
| argument attachment (actors, side, target, weapons) | `kronika.events.roles` |
| argument attachment (claims, blame, disputes) | `kronika.events.claims` |
| counts | `kronika.events.counts` |
| event frames | `kronika.events.frames` |
| one clause, several happenings | `kronika.events.splits` |

Assembly (`kronika.events.assemble`) then clusters the mentions (`kronika.events.cluster`),
adds up their casualties (`kronika.events.tally`) and writes the records.
"""

from __future__ import annotations

from kronika.document import Document, Span
from kronika.events import lexicon
from kronika.events.claims import clause_attribution
from kronika.events.clauses import Clause, clauses
from kronika.events.frames import analyse_clause
from kronika.events.roles import assign_roles
from kronika.events.triggers import Hit, find_hits
from kronika.events.types import EventMention

__all__ = ["Clause", "Hit", "analyse_clause", "annotate", "clauses", "find_hits"]


def _infobox_attribution(doc: Document) -> list[EventMention]:
    """'Perpetrators: ISKP (claimed)' in an infobox: the page's attack is claimed (or suspected)."""
    out: list[EventMention] = []
    for line in lexicon.cue("infobox_perpetrator").finditer(doc.text):
        start, end = line.start(1), line.end(1)
        groups = [
            a
            for a in doc.starting_in("actors", doc.actors, start, end)
            if start <= a.start and a.end <= end and a.category == "armed_group"
        ]
        attribution = clause_attribution(doc.text[start:end], groups)
        sentence = next((i for i, s in enumerate(doc.sentences) if s.start <= start < s.end), None)
        if attribution == "unknown" or sentence is None:
            continue
        span = Span(start, end)
        out.append(
            EventMention(
                trigger=span,
                sentence=sentence,
                kind="claim",
                evidence=[span],
                family="attribution",
                attribution=attribution,  # type: ignore[arg-type]
                clause=span,
                paragraph=doc.sentences[sentence].paragraph,
                section=doc.sentences[sentence].section,
                title=True,
                reference=True,
                actors=assign_roles("violent", None, attribution == "claimed", attribution, groups),
            )
        )
    return out


def annotate(doc: Document) -> None:
    """Fill ``doc.mentions`` with the event mentions of every clause, in the document's language."""
    with lexicon.language(getattr(doc, "language", None)):
        mentions: list[EventMention] = []
        for clause in clauses(doc):
            mentions.extend(analyse_clause(doc, clause))
        doc.mentions = mentions + _infobox_attribution(doc)
