"""Throughput of the temporal stage alone, on one core: MB of text tagged per second.

    python benchmarks/time_bench.py [--mb 2] [--files FILE ...]

Text: the given files (default: the shared dev corpus beside the checkout, else a built-in
invented news paragraph), repeated to about --mb megabytes and split into documents of
~20 KB. Segmentation runs first and is not timed; only `kronika.time.annotate` is timed.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kronika.api import make_document
from kronika.pipeline import Pipeline
from kronika.time import annotate

FALLBACK = (
    "KABALA, March 3 (Wire) - Gunmen attacked a police post late Sunday night, killing two officers, "
    "officials said on Monday. A similar raid on 14 February 2023 left five dead; the group, which was "
    "founded in 2015, claimed both. Between 12 and 14 May, troops arrested 23 suspects, a 22-year-old "
    "among them, and seized AK-47 rifles and 5.56mm rounds. The following day the army said 1,200 people "
    "had fled since early 2022. In the summer of 2021 the town's population was 50,000.\n\n"
)


def corpus(files: list[Path]) -> str:
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files if f.is_file()]
    return "\n\n".join(texts) if texts else FALLBACK


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files
    if files is None:
        shared = Path(__file__).resolve().parents[2] / "shared" / "corpus"
        files = sorted(shared.glob("*.txt"))
    base = corpus(files)
    target = int(args.mb * 1_000_000)
    text = (base * (target // len(base) + 1))[:target]
    chunk = 20_000
    segment = Pipeline.default(until="segment")
    docs = [segment(make_document(text[i : i + chunk], f"bench-{i}")) for i in range(0, len(text), chunk)]
    annotate(docs[0])  # compile the grammar outside the timing
    started = time.perf_counter()
    found = 0
    for doc in docs:
        annotate(doc)
        found += len(doc.timexes)
    elapsed = time.perf_counter() - started
    size = sum(len(d.text.encode("utf-8")) for d in docs) / 1_000_000
    print(f"{size:.2f} MB in {elapsed:.2f} s: {size / elapsed:.2f} MB/s, {found} expressions")


if __name__ == "__main__":
    main()
