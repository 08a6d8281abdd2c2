"""The event store: documents and events in SQLite, incidents across sources, queries.

from kronika.store import Store
with Store("kronika.db") as store:
    df = store.events_df(country="Russia", kinds=("attack",))
    incidents = store.incidents_df()
"""

from __future__ import annotations

from kronika.store.database import Stats, Store, StoredDocument
from kronika.store.incidents import Incident, IncidentConfig, build_incidents
from kronika.store.ingest import EXTRACTOR_VERSION, IngestSummary, ingest, plan, update_incidents
from kronika.store.query import BBox, Query
from kronika.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "EXTRACTOR_VERSION",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "BBox",
    "Incident",
    "IncidentConfig",
    "IngestSummary",
    "Query",
    "Stats",
    "Store",
    "StoredDocument",
    "build_incidents",
    "ingest",
    "plan",
    "update_incidents",
]
