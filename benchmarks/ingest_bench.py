"""Ingest throughput against bare extraction, and the cost of re-ingesting (not a test).

On the same files (a generated corpus of realistic reports, or folders you give), runs as
whole processes, each repeated and the median kept:
  - bare `kronika extract FOLDER -o /dev/null`;
  - `kronika ingest FOLDER --db NEW.db` into a new store (extraction + SQLite + incidents);
  - the same ingest again into the now complete store (everything unchanged).
Prints documents/s and words/s for extract and ingest, ingest/extract (by wall time and by
CPU time, which other load on a shared machine disturbs less), and re-ingest/ingest.
Acceptance: ingest >= 80% of extract throughput; re-ingest < 10% of the first ingest's time.

Usage: python benchmarks/ingest_bench.py [--docs 2000] [--repeat 3] [--json] [FOLDER ...]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


CPU_SECONDS: dict[str, list[float]] = {}


def timed(cmd: list[str], label: str = "") -> float:
    """Wall seconds of one whole-process run; its CPU seconds (user + system, which other
    load on a shared machine disturbs far less) are kept under `label`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU_SECONDS.setdefault(label, []).append(cpu)
    return elapsed


def count_words(folders: list[Path]) -> tuple[int, int]:
    from kronika.load import load_path
    from kronika.store import plan

    docs = words = 0
    for item in plan(folders):
        if item.path is not None and item.note is None and item.error is None:
            docs += 1
            with contextlib.suppress(Exception):
                words += len(load_path(item.path).text.split())
    return docs, words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--docs", type=int, default=2000, help="Generated documents when no folder is given.")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1, help="Also time `ingest --jobs N` when N > 1.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folders = args.folders
        if not folders:
            from tests.store.generate import write_corpus

            write_corpus(Path(tmp) / "corpus", args.docs, seed=2026)
            folders = [Path(tmp) / "corpus"]
        docs, words = count_words(folders)
        paths = [str(f) for f in folders]
        py = [sys.executable, "-m", "kronika"]
        extract, ingest, again = [], [], []
        for i in range(args.repeat):
            extract.append(timed([*py, "extract", *paths, "--quiet", "-o", os.devnull], "extract"))
            db = str(Path(tmp) / f"bench-{i}.db")
            ingest.append(timed([*py, "ingest", *paths, "--db", db, "--quiet"], "ingest"))
            again.append(timed([*py, "ingest", *paths, "--db", db, "--quiet"], "again"))
        t_extract, t_ingest, t_again = (statistics.median(x) for x in (extract, ingest, again))
        t_jobs = None
        if args.jobs > 1:
            runs = [
                timed(
                    [
                        *py,
                        "ingest",
                        *paths,
                        "--db",
                        str(Path(tmp) / f"jobs-{i}.db"),
                        "--quiet",
                        "-j",
                        str(args.jobs),
                    ]
                )
                for i in range(args.repeat)
            ]
            t_jobs = statistics.median(runs)

    result = {
        "documents": docs,
        "words": words,
        "repeat": args.repeat,
        "extract": {
            "seconds": round(t_extract, 3),
            "docs_per_s": round(docs / t_extract, 1),
            "words_per_s": round(words / t_extract),
        },
        "ingest": {
            "seconds": round(t_ingest, 3),
            "docs_per_s": round(docs / t_ingest, 1),
            "words_per_s": round(words / t_ingest),
        },
        "reingest": {"seconds": round(t_again, 3)},
        "ingest_jobs": None
        if t_jobs is None
        else {"jobs": args.jobs, "seconds": round(t_jobs, 3), "docs_per_s": round(docs / t_jobs, 1)},
        "ingest_vs_extract": round(t_extract / t_ingest, 3),
        "cpu_seconds": {k: round(statistics.median(v), 3) for k, v in CPU_SECONDS.items() if k},
        "ingest_vs_extract_cpu": round(
            statistics.median(CPU_SECONDS["extract"]) / statistics.median(CPU_SECONDS["ingest"]), 3
        ),
        "reingest_vs_ingest": round(t_again / t_ingest, 3),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{docs} documents, {words} words, median of {args.repeat} whole-process runs")
    for name in ("extract", "ingest"):
        r = result[name]
        print(
            f"  {name:<8} {r['seconds']:>8.2f} s  {r['docs_per_s']:>8.1f} docs/s  "
            f"{r['words_per_s']:>9} words/s"
        )
    print(f"  re-ingest {t_again:>7.2f} s  (nothing changed)")
    if t_jobs is not None:
        print(f"  ingest -j{args.jobs} {t_jobs:>6.2f} s  {docs / t_jobs:>8.1f} docs/s")
    cpu = result["cpu_seconds"]
    print(
        f"  CPU seconds: extract {cpu['extract']:.2f}, ingest {cpu['ingest']:.2f}, "
        f"re-ingest {cpu['again']:.2f}"
    )
    print(
        f"ingest throughput = {result['ingest_vs_extract']:.0%} of extract by wall time (acceptance >= 80%)"
    )
    print(
        f"                  = {result['ingest_vs_extract_cpu']:.0%} by CPU time "
        "(steadier on a shared machine)"
    )
    print(f"re-ingest time    = {result['reingest_vs_ingest']:.1%} of the first ingest (acceptance < 10%)")


if __name__ == "__main__":
    main()
