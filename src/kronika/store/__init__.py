"""The event store: documents and events in SQLite or PostgreSQL, incidents across sources, queries.

from kronika.store import Store
with Store("kronika.db") as store:            # or Store("postgresql://user@/dbname?host=/run/postgresql")
    df = store.events_df(country="Russia", kinds=("attack",))
    incidents = store.incidents_df()
"""

from __future__ import annotations

from kronika.store.backend import StoreError
from kronika.store.database import Stats, Store, StoredDocument
from kronika.store.incidents import Incident, IncidentConfig, build_incidents
from kronika.store.ingest import (
    EXTRACTOR_VERSION,
    Engine,
    Extracted,
    IngestItem,
    IngestSummary,
    extract_bytes,
    extract_task,
    ingest,
    plan,
    update_incidents,
)
from kronika.store.query import BBox, Query
from kronika.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "EXTRACTOR_VERSION",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "BBox",
    "Engine",
    "Extracted",
    "Incident",
    "IncidentConfig",
    "IngestItem",
    "IngestSummary",
    "Query",
    "Stats",
    "Store",
    "StoreError",
    "StoredDocument",
    "build_incidents",
    "extract_bytes",
    "extract_task",
    "ingest",
    "plan",
    "update_incidents",
]
