"""kronika benchmarks (not part of the test suite).

Measures, on this machine:
  - throughput: words per second of the whole pipeline in one process (warm), over the
    bundled sample and the dev corpus if it sits beside the checkout, repeated;
  - whole-process wall time of `kronika extract` on one short document (cold process,
    warm caches), median of several runs;
  - peak memory (max RSS) of that process.

Usage: python benchmarks/run.py [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "sample-report.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_texts() -> list[tuple[str, str]]:
    from kronika.load import load_path

    paths = [SAMPLE, *sorted(CORPUS.glob("*.txt"))] if CORPUS.exists() else [SAMPLE]
    return [(p.name, load_path(p).text) for p in paths]


def throughput(repeat: int) -> dict[str, float]:
    from kronika.api import process

    texts = corpus_texts()
    process(texts[0][1], texts[0][0])  # load resources once, as a long run would
    words = sum(len(t.split()) for _, t in texts) * repeat
    chars = sum(len(t) for _, t in texts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for name, text in texts:
            process(text, name)
    elapsed = time.perf_counter() - start
    return {
        "documents": len(texts) * repeat,
        "words": words,
        "seconds": round(elapsed, 3),
        "words_per_second": round(words / elapsed),
        "chars_per_second": round(chars / elapsed),
    }


def whole_process(runs: int) -> dict[str, float]:
    cmd = [sys.executable, "-m", "kronika", "extract", str(SAMPLE), "--quiet"]
    subprocess.run(cmd, capture_output=True, check=True)  # warm caches (gazetteer index)
    times, peaks = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - start)
        peaks.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    return {
        "runs": runs,
        "median_seconds": round(statistics.median(times), 3),
        "max_seconds": round(max(times), 3),
        "peak_rss_mb": round(max(peaks) / 1024, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    result = {
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "throughput": throughput(a.repeat),
        "whole_process_one_document": whole_process(a.runs),
    }
    if a.json:
        print(json.dumps(result, indent=2))
        return
    t, w = result["throughput"], result["whole_process_one_document"]
    print(
        f"throughput:     {t['words_per_second']:,} words/s ({t['chars_per_second']:,} chars/s) "
        f"over {t['documents']} documents, {t['words']:,} words, {t['seconds']} s"
    )
    print(
        f"whole process:  kronika extract of one document: median {w['median_seconds']} s, "
        f"max {w['max_seconds']} s over {w['runs']} runs"
    )
    print(f"peak memory:    {w['peak_rss_mb']} MB max RSS")


if __name__ == "__main__":
    main()
