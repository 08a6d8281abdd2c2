"""How well incidents group reports of the same event (not a test; needs the extraction).

Generates a corpus where each real-world event ("story") is told by one to three outlets
in different words, ingests it, and scores the "same incident" relation between the
documents' attack/clash/arrest events pairwise against the stories: precision (pairs put
together that are one story), recall (pairs of one story put together), and how many
incidents there are against how many stories were told.

Usage: python benchmarks/incident_quality.py [--docs 1000] [--seed 2026]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()

    from kronika.store import Store, ingest, plan
    from tests.store.generate import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        truth: dict[Path, int] = {}
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.docs, seed=args.seed, truth=truth)
        story_of = {f"corpus/{p.relative_to(corpus).as_posix()}": s for p, s in truth.items()}
        with Store(Path(tmp) / "k.db") as store:
            ingest(store, plan([corpus]))
            incident_of = {m: inc.incident_id for inc in store.incidents() for m in inc.members}
            events = [e for e in store.events() if e.kind in ("attack", "clash", "arrest")]

    by_doc = defaultdict(list)
    for e in events:
        by_doc[e.document_id].append(e)
    # One event a document: its first violent or arrest event in text order.
    chosen = [sorted(v, key=lambda e: e.evidence[0].start if e.evidence else 0)[0] for v in by_doc.values()]
    tp = fp = fn = 0
    for a, b in itertools.combinations(chosen, 2):
        same_story = story_of[a.document_id] == story_of[b.document_id]
        same_incident = incident_of[a.event_id] == incident_of[b.event_id]
        tp += same_story and same_incident
        fp += same_incident and not same_story
        fn += same_story and not same_incident
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    stories = len({story_of[e.document_id] for e in chosen})
    incidents = len({incident_of[e.event_id] for e in chosen})
    print(f"{len(story_of)} documents, {len(chosen)} with an event; {stories} stories, {incidents} incidents")
    print(f"same-incident pairs: precision {precision:.3f}, recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
