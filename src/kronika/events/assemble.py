"""Assembly: merge mentions of one happening into event records.

Placeholder until issue 6 lands: one record per mention.
"""

from __future__ import annotations

from kronika import geo, time
from kronika.document import Document
from kronika.pipeline import Stage
from kronika.record import Event, Evidence, stable_id


def annotate(doc: Document) -> None:
    events: list[Event] = []
    for mention in doc.mentions:
        spans = mention.evidence or [mention.trigger]
        evidence = [Evidence(doc.document_id, s.start, s.end, doc.text[s.start : s.end]) for s in spans]
        when = time.event_date(doc, mention.trigger)
        where = geo.event_place(doc, mention.trigger)
        events.append(
            Event(
                event_id=stable_id(doc.document_id, mention.kind, mention.trigger.start),
                document_id=doc.document_id,
                kind=mention.kind,
                date_start=when.date_start.isoformat() if when else None,
                date_end=when.date_end.isoformat() if when else None,
                date_precision=when.precision if when else "unknown",
                date_text=when.text if when else None,
                place=where.name if where else None,
                admin1=where.admin1 if where else None,
                country=where.country if where else None,
                country_code=where.country_code if where else None,
                latitude=where.latitude if where else None,
                longitude=where.longitude if where else None,
                geo_precision=where.precision if where else "unknown",
                actors=list(mention.actors),
                killed=mention.killed,
                killed_perpetrators=mention.killed_perpetrators,
                injured=mention.injured,
                arrested=mention.arrested,
                attribution=mention.attribution,
                claim_disputed=mention.claim_disputed,
                weapons=list(mention.weapons),
                evidence=evidence,
                confidence=mention.confidence,
            )
        )
    doc.events = events


STAGE = Stage(name="assemble", requires=("events",), run=annotate)
