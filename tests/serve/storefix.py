"""A small store of invented events for the API and browser tests (no corpus text)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from kronika.record import Event, Evidence, stable_id
from kronika.store import IncidentConfig, Store, StoredDocument, update_incidents
from tests.store.generate import make_event

TOKEN = "alice-token-0123456789"
OTHER_TOKEN = "bruno-token-9876543210"
TOKENS = {TOKEN: "alice", OTHER_TOKEN: "bruno"}

#: (document, sentence, kind, event_type, sub_event_type, day, place, admin1, country, code, lat, lon, killed)
ROWS = (
    ("wire/a.txt", "Gunmen fired on a bus at the northern checkpoint, killing six passengers.",
     "attack", "Violence against civilians", "Attack", "2023-03-06", "Gao", "Gao", "Mali", "ML",
     16.27, -0.04, 6),
    ("wire/a.txt", "Soldiers and insurgents fought for hours near the river crossing; eleven died.",
     "clash", "Battles", "Armed clash", "2023-03-20", "Mopti", "Mopti", "Mali", "ML", 14.49, -4.2, 11),
    ("wire/b.txt", "A car bomb exploded outside the provincial council building in the city centre.",
     "attack", "Explosions/Remote violence", "Remote explosive/landmine/IED", "2023-03-06", "Gao", "Gao",
     "Mali", "ML", 16.28, -0.05, 3),
    ("ngo/c.txt", "Police detained nine organisers of the night vigil outside the ministry.",
     "arrest", "Strategic developments", "Arrests", "2023-05-14", "Tbilisi", "Tbilisi", "Georgia", "GE",
     41.72, 44.79, None),
    ("wire/e.txt", "Nine people who had organised a vigil were held by police outside the ministry.",
     "arrest", "Strategic developments", "Arrests", "2023-05-14", "Tbilisi", "Tbilisi", "Georgia", "GE",
     41.72, 44.79, None),
    ("ngo/c.txt", "Thousands marched peacefully through the capital demanding fair elections.",
     "protest", "Protests", "Peaceful protest", "2023-05-15", "Tbilisi", "Tbilisi", "Georgia", "GE",
     41.69, 44.8, None),
    ("ngo/d.txt", "Artillery shelled the outskirts of the border town overnight, wounding two farmers.",
     "attack", "Explosions/Remote violence", "Shelling/artillery/missile attack", "2022-11-02", "Kharkiv",
     "Kharkiv", "Ukraine", "UA", 49.99, 36.23, 0),
    ("ngo/d.txt", "An earlier report mentioned unrest somewhere in the region at an unknown date.",
     "riot", None, None, None, None, None, None, None, None, None, None),
)  # fmt: skip


def build(path: Path, extra: int = 0) -> dict[str, Event]:
    """Write the store; `extra` adds that many generated attacks for paging tests."""
    texts: dict[str, str] = {}
    events: dict[str, list[Event]] = {}
    for doc, sentence, *_ in ROWS:
        texts[doc] = texts.get(doc, f"Report {doc}.\n\n") + sentence + "\n\n"
    by_id: dict[str, Event] = {}
    for doc, sentence, kind, etype, sub, day, place, admin1, country, code, lat, lon, killed in ROWS:
        start = texts[doc].index(sentence)
        event = replace(
            make_event(
                doc, kind, day, None, "day", place, lat, lon, "place" if place else "unknown", admin1,
                country, code, (("Gunmen", "perpetrator"),) if kind == "attack" else (), killed, None, (),
                sentence, 0.8 if killed else 0.4,
            ),
            event_id=stable_id(doc, sentence),
            event_type=etype,
            sub_event_type=sub,
            evidence=[Evidence(doc, start, start + len(sentence), sentence)],
        )  # fmt: skip
        events.setdefault(doc, []).append(event)
        by_id[event.event_id] = event
    if extra:
        doc = "bulk/generated.txt"
        line = "Unknown attackers raided a village and burned several houses."
        texts[doc] = "\n".join([line] * extra)
        events[doc] = []
        for i in range(extra):
            start = i * (len(line) + 1)
            event = Event(
                event_id=stable_id(doc, i),
                document_id=doc,
                kind="attack",
                event_type="Violence against civilians",
                sub_event_type="Attack",
                date_start=f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}",
                date_end=f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}",
                date_precision="day",
                country="Niger",
                country_code="NE",
                latitude=13.5 + (i % 50) / 100,
                longitude=2.1,
                geo_precision="place",
                place="Niamey",
                killed=i % 7 if i % 5 else None,
                evidence=[Evidence(doc, start, start + len(line), line)],
                confidence=0.5,
            )
            events[doc].append(event)
            by_id[event.event_id] = event
    with Store(path) as store:
        for doc, evs in events.items():
            sha = hashlib.sha256(texts[doc].encode()).hexdigest()
            stored = StoredDocument(
                doc, f"/in/{doc}", sha, texts[doc], "2023-06-01", "2024-01-01T00:00:00+00:00", "test", "text",
                len(evs),
            )  # fmt: skip
            store.put_document(stored, evs)
        update_incidents(store, IncidentConfig())
    return by_id


def find(events: dict[str, Event], fragment: str) -> Event:
    return next(e for e in events.values() if fragment in e.evidence[0].text)
