"""The incidents after one review: re-clustering the correction's block against a full rebuild
(not a test; kronika.store.incremental).

A store of generated events (records built directly, no extraction: several outlets telling
stories in many towns over a year) gets its incidents built once; then each of `--reviews`
corrections (a date moved, a count changed, an event rejected) is followed by
`update_after_correction`, timed, and by a full rebuild of the same store, timed, and the two
results compared. The machine is shared: quote medians and the CPU count.

Usage: python benchmarks/review_incidents.py [--events 10000] [--reviews 20] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from kronika.record import Event  # noqa: E402
from kronika.store import IncidentConfig, Store, StoredDocument, update_incidents  # noqa: E402
from kronika.store import review as rv  # noqa: E402
from kronika.store.incremental import before_correction, update_after_correction  # noqa: E402
from tests.store.generate import PLACES, make_event  # noqa: E402

SITES = ("market", "checkpoint", "army base", "school", "mosque", "bus station")


def events(n: int, seed: int = 7) -> list[Event]:
    """`n` records: stories in the generator's towns, each told by one to three outlets."""
    rng = random.Random(seed)
    out: list[Event] = []
    story = 0
    while len(out) < n:
        place, admin1, country = PLACES[rng.randrange(len(PLACES))]
        lat, lon = 10 + rng.random() * 30, rng.random() * 60
        day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = f"Gunmen attacked the {rng.choice(SITES)} in {place}."
        killed = rng.choice([None, 1, 2, 3, 5, 8])
        for outlet in range(rng.randint(1, 3)):
            out.append(
                make_event(
                    f"outlet{outlet}/s{story}.txt",
                    "attack",
                    day,
                    None,
                    "day",
                    place,
                    lat,
                    lon,
                    "place",
                    admin1,
                    country,
                    None,
                    (),
                    killed,
                    None,
                    (),
                    text,
                    0.7,
                    salt=str(story),
                )
            )
        story += 1
    return out[:n]


def build(path: Path, records: list[Event]) -> None:
    with Store(path) as store:
        by_doc: dict[str, list[Event]] = {}
        for e in records:
            by_doc.setdefault(e.document_id, []).append(e)
        for doc, evs in by_doc.items():
            text = "\n".join(e.evidence[0].text for e in evs)
            sha = hashlib.sha256(f"{doc}\n{text}".encode()).hexdigest()
            store.put_document(
                StoredDocument(
                    doc, doc, sha, text, None, "2024-01-01T00:00:00+00:00", "bench", "text", len(evs)
                ),
                evs,
            )
        update_incidents(store, IncidentConfig())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--reviews", type=int, default=20)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    config = IncidentConfig()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "k.db"
        records = events(args.events)
        build(path, records)
        incremental: list[float] = []
        full: list[float] = []
        same = 0
        with Store(path) as store:
            ids = sorted(e.event_id for e in store.events())
            for k in range(args.reviews):
                event_id = ids[rng.randrange(len(ids))]
                field, value = [
                    ("date", {"date_start": "2023-06-15", "date_end": "2023-06-15"}),
                    ("killed", rng.randint(0, 9)),
                    ("status", "rejected"),
                ][k % 3]
                before = before_correction(store, [event_id])
                generation, _ = store.incidents_state()
                try:
                    rv.write(store, event_id, "bench", field, value, None)
                except rv.ReviewError:
                    continue
                t0 = time.perf_counter()
                update_after_correction(store, config, before, generation)
                incremental.append(time.perf_counter() - t0)
                after = sorted(i.incident_id for i in store.incidents())
                t0 = time.perf_counter()
                update_incidents(store, config, force=True)
                full.append(time.perf_counter() - t0)
                same += after == sorted(i.incident_id for i in store.incidents())
        result = {
            "events": args.events,
            "reviews": len(incremental),
            "incremental_ms_median": round(statistics.median(incremental) * 1000, 1),
            "full_rebuild_ms_median": round(statistics.median(full) * 1000, 1),
            "equal_to_full_rebuild": f"{same}/{len(incremental)}",
            "cpus": os.cpu_count(),
        }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:24} {value}")


if __name__ == "__main__":
    main()
