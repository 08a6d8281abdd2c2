"""Writers for event records: JSON Lines, CSV and GeoJSON."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable
from typing import IO, Any

from kronika.record import Event

FORMATS = ("jsonl", "csv", "geojson")

#: list fields and how CSV flattens them into one cell each
_CSV_LISTS = ("actors", "weapons", "evidence")
CSV_COLUMNS: tuple[str, ...] = (
    *(f.name for f in dataclasses.fields(Event) if f.name not in _CSV_LISTS),
    "actors",
    "actor_roles",
    "weapons",
    "evidence_offsets",
    "evidence_text",
)


def event_json(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=False)


def csv_row(event: Event) -> dict[str, Any]:
    row = {k: v for k, v in event.to_dict().items() if k not in _CSV_LISTS}
    row["actors"] = "; ".join(a.canonical or a.name for a in event.actors)
    row["actor_roles"] = "; ".join(f"{a.canonical or a.name}={a.role}" for a in event.actors)
    row["weapons"] = "; ".join(event.weapons)
    row["evidence_offsets"] = "; ".join(f"{e.start}-{e.end}" for e in event.evidence)
    row["evidence_text"] = " | ".join(e.text for e in event.evidence)
    return {k: ("" if v is None else v) for k, v in row.items()}


def geojson_feature(event: Event) -> dict[str, Any]:
    props = event.to_dict()
    geometry = None
    if event.latitude is not None and event.longitude is not None:
        geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
    return {"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": props}


class Writer:
    """Streams records to a file object in one format; `close()` finishes the output."""

    def __init__(self, out: IO[str], fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.out, self.fmt, self.count = out, fmt, 0
        self._csv: csv.DictWriter[str] | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
            self._csv.writeheader()
        elif fmt == "geojson":
            out.write('{"type": "FeatureCollection", "features": [\n')

    def write(self, events: Iterable[Event]) -> None:
        for event in events:
            if self.fmt == "jsonl":
                self.out.write(event_json(event) + "\n")
            elif self._csv is not None:
                self._csv.writerow(csv_row(event))
            else:
                sep = ",\n" if self.count else ""
                self.out.write(sep + json.dumps(geojson_feature(event), ensure_ascii=False))
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "geojson":
            self.out.write("\n]}\n")
        self.out.flush()
