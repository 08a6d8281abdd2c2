"""What the held-out sets' make_gold.py scripts share: the gold row's fields and writer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

#: the fields of a gold row, in the order of ../shared/gold/*.jsonl
KEYS = (
    "gid", "doc", "kind", "date_start", "date_end", "date_precision", "place", "lat", "lon",
    "radius_km", "killed", "injured", "is_actor", "attribution", "claim_disputed", "optional",
    "note", "actors",
)  # fmt: skip


def gold_row(
    places: dict[str, tuple[float, float]],
    gid: str,
    doc: str,
    kind: str,
    start: str,
    end: str | None,
    prec: str,
    place: str | None,
    radius: float | None,
    killed: int | None = None,
    injured: int | None = None,
    is_actor: bool = False,
    attribution: str | None = None,
    disputed: bool = False,
    optional: bool = False,
    note: str = "",
    actors: tuple[str, ...] | list[str] = (),
) -> dict[str, Any]:
    """One gold event; `place` is a key of `places` (its coordinates), or None."""
    lat, lon = places[place] if place else (None, None)
    return {
        "gid": gid, "doc": doc, "kind": kind, "date_start": start, "date_end": end or start,
        "date_precision": prec, "place": place, "lat": lat, "lon": lon,
        "radius_km": radius if place else None, "killed": killed, "injured": injured,
        "is_actor": is_actor, "attribution": attribution, "claim_disputed": disputed,
        "optional": optional, "note": note, "actors": list(actors),
    }  # fmt: skip


def write(rows: list[dict[str, Any]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")
    required = sum(not r["optional"] for r in rows)
    print(f"{len(rows)} rows, {required} required, {len(rows) - required} optional")
