"""Writing stored events or incidents: jsonl, csv, geojson (kronika.export), acled, parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, TYPE_CHECKING, Any

from kronika.errors import KronikaError, RunError
from kronika.export import CSV_COLUMNS, Writer, atomic_path, csv_row, geojson_feature
from kronika.store.acled import AcledWriter
from kronika.store.incidents import INCIDENT_FIELDS, Incident
from kronika.store.query import Query

if TYPE_CHECKING:
    from kronika.store.database import Store

STORE_FORMATS = ("jsonl", "csv", "geojson", "acled", "text", "parquet")
INCIDENT_COLUMNS = INCIDENT_FIELDS


def incident_csv_row(incident: Incident) -> dict[str, Any]:
    row = csv_row(incident.record)
    extra = incident.to_dict()
    for name in INCIDENT_COLUMNS:
        value = extra[name]
        row[name] = "; ".join(value) if isinstance(value, list) else ("" if value is None else value)
    return row


def _latest(times: dict[str, str], documents: Iterable[str]) -> str | None:
    found = [times[d] for d in documents if d in times]
    return max(found) if found else None


def write_records(store: Store, query: Query, fmt: str, out: IO[str], incidents: bool = False) -> int:
    """Write the events (or incidents) matching `query` to a text stream; return how many."""
    if fmt == "parquet":
        raise KronikaError("parquet is a binary format: give an output file with -o")
    if fmt not in STORE_FORMATS:
        raise KronikaError(f"unknown format {fmt!r}; choose one of {', '.join(STORE_FORMATS)}")
    if fmt == "text" or (not incidents and fmt in ("jsonl", "csv", "geojson")):
        writer = Writer(out, fmt)
        try:
            records = (inc.record for inc in store.incidents(query)) if incidents else store.events(query)
            writer.write(records)
        finally:
            writer.close()
        return writer.count
    if fmt == "acled":
        return _write_acled(store, query, out, incidents)
    count = 0
    if fmt == "csv":
        table = csv.DictWriter(out, fieldnames=[*INCIDENT_COLUMNS, *CSV_COLUMNS], lineterminator="\n")
        table.writeheader()
        for inc in store.incidents(query):
            table.writerow(incident_csv_row(inc))
            count += 1
    elif fmt == "jsonl":
        for inc in store.incidents(query):
            out.write(json.dumps(inc.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    else:
        out.write('{"type": "FeatureCollection", "features": [\n')
        for inc in store.incidents(query):
            feature = geojson_feature(inc.record)
            feature["id"] = inc.incident_id
            feature["properties"] = inc.to_dict()
            out.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
            count += 1
        out.write("\n]}\n")
    out.flush()
    return count


def _outlets(store: Store) -> dict[str, list[str]]:
    """document_id → the outlets its records name."""
    return store.outlets()


def _write_acled(store: Store, query: Query, out: IO[str], incidents: bool) -> int:
    """ACLED rows of the events (or incidents): one a day for several-day events, no summaries."""
    times = store.ingest_times()
    writer = AcledWriter(out)
    try:
        if incidents:
            outlets = _outlets(store)
            for inc in store.incidents(query):
                sources = [o for d in inc.sources for o in outlets.get(d, [])]
                writer.write(inc.record, sources, _latest(times, inc.sources), inc.incident_id)
        else:
            for event in store.events(query):
                writer.write(event, None, times.get(event.document_id))
    finally:
        writer.close()
    return writer.count


def write_parquet(store: Store, query: Query, path: str, incidents: bool = False) -> int:
    """Write a Parquet file (needs pandas and pyarrow: ``pip install 'kronika[data]'``)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise KronikaError(
            "parquet output needs pyarrow; install it with: pip install 'kronika[data]'"
        ) from None
    frame = store.incidents_df(query) if incidents else store.events_df(query)
    with atomic_path(path) as tmp:
        try:
            frame.to_parquet(tmp, index=False)
        except OSError as exc:
            raise RunError(f"cannot write {path}: {exc.strerror or exc}") from None
    return len(frame)
