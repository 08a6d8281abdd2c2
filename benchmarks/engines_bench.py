"""Engines side by side: one process, `--jobs N` local processes, a local Dask cluster (not a test).

Generates a corpus of realistic reports (`tests/store/generate.py`, 20,000 by default),
writes it as one JSON Lines table corpus, and times whole `kronika extract` processes
over it (records to a file; never `-o /dev/null`, which a command writing `FILE.part` and
moving it over FILE would replace) on each engine:
  - one process (the default engine);
  - `--jobs N` (local worker processes forked from a warm fork server);
  - `--engine dask --workers N` (a `LocalCluster` started by the command, included in its time);
and, with --ingest, `kronika ingest` into a new store in one process and with `--jobs N`.
Prints wall seconds, documents/s, words/s, the speed-up over one process and the load
average around each run: on a shared machine the load says how much of the cores the run
really had.

--cpu instead counts CPU seconds inside one process (Linux): one process, the `--jobs`
workers (from /proc) and the Dask workers (their own clocks), on the same documents. The
ratio of the single process's CPU to an engine's total is its parallel efficiency, which
other load on a shared machine barely moves: on N idle cores the speed-up is about N times
it, less the start-up.

Usage: python benchmarks/engines_bench.py [--docs 20000] [--workers 2] [--ingest] [--cpu] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(path: Path, n: int) -> tuple[int, int]:
    """Write `n` generated reports as a JSON Lines corpus; return (documents, words)."""
    from tests.store.generate import document_text, stories

    rng = random.Random(7)
    all_stories = stories(max(1, n // 2), 7)
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            story = all_stories[i % len(all_stories)]
            text = document_text(story, i % 3, rng)
            words += len(text.split())
            row = {"id": f"report-{i:06d}", "text": text, "published": story.day.isoformat()}
            fh.write(json.dumps(row) + "\n")
    return n, words


def timed(cmd: list[str]) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return {
        "seconds": round(wall, 2),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }


def cpu_accounting(path: Path, n: int) -> dict[str, float]:
    """CPU seconds of one process, of `n` local workers and of `n` Dask workers on one corpus."""
    from kronika.corpora import read_table
    from kronika.engines import SerialEngine, warm
    from kronika.engines.dask import DaskEngine
    from kronika.engines.local import ProcessEngine

    def proc_cpu(pid: int) -> float:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    sources = list(read_table(path))
    got: dict[str, float] = {}
    warm()  # as the workers of both engines are before their first batch
    start = time.process_time()
    list(SerialEngine().run(sources))
    got["serial"] = time.process_time() - start
    with ProcessEngine(n) as local:
        start = time.process_time()
        list(local.run(sources))
        assert local._pool is not None
        workers = sum(proc_cpu(pid) for pid in local._pool._processes)
        got["jobs"] = time.process_time() - start + workers
    with DaskEngine(workers=n, dashboard=None) as dask:
        before = dask.client.run(time.process_time)
        start = time.process_time()
        list(dask.run(sources))
        after = dask.client.run(time.process_time)
        # the client and the local cluster's scheduler share this process
        got["dask"] = time.process_time() - start + sum(after[w] - before[w] for w in after)
    return {k: round(v, 2) for k, v in got.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2, help="N for --jobs N and the Dask cluster.")
    ap.add_argument("--ingest", action="store_true", help="Also time ingest in one process and --jobs N.")
    ap.add_argument("--skip", nargs="*", default=[], help="Engines to leave out: serial, jobs, dask.")
    ap.add_argument("--cpu", action="store_true", help="Count CPU seconds per engine instead (Linux).")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.cpu:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "corpus.jsonl"
            docs, words = corpus(path, args.docs)
            cpu = cpu_accounting(path, args.workers)
        print(f"{docs} documents, {words} words; CPU seconds (all processes of each engine):")
        for name, seconds in cpu.items():
            print(f"  {name:<8} {seconds:>8.2f} s  efficiency {cpu['serial'] / seconds:.2f}")
        return
    kronika = [sys.executable, "-m", "kronika"]
    n = args.workers
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        docs, words = corpus(path, args.docs)
        # one short run first, so every engine finds the place index built and the code cached
        out = str(Path(tmp) / "records.jsonl")
        warm = Path(tmp) / "warm.jsonl"
        corpus(warm, 20)
        subprocess.run([*kronika, "extract", str(warm), "-q", "-o", out], capture_output=True)
        extract = [*kronika, "extract", str(path), "-q", "-o", out]
        runs: dict[str, list[str]] = {
            "serial": extract,
            "jobs": [*extract, "--jobs", str(n)],
            "dask": [*extract, "--engine", "dask", "--workers", str(n)],
        }
        if args.ingest:
            ingest = [*kronika, "ingest", str(path), "-q", "--db"]
            runs["ingest-serial"] = [*ingest, str(Path(tmp) / "a.db")]
            runs["ingest-jobs"] = [*ingest, str(Path(tmp) / "b.db"), "--jobs", str(n)]
        results: dict[str, dict[str, float]] = {}
        for name, cmd in runs.items():
            if name.removeprefix("ingest-") in args.skip:
                continue
            got = timed(cmd)
            got["docs_per_s"] = round(docs / got["seconds"], 1)
            got["words_per_s"] = round(words / got["seconds"])
            results[name] = got
            print(f"  {name:<14} {got['seconds']:>8.1f} s", file=sys.stderr, flush=True)
    for name, got in results.items():
        base = results.get("ingest-serial" if name.startswith("ingest") else "serial")
        if base is not None:
            got["speedup"] = round(base["seconds"] / got["seconds"], 2)
    report = {"documents": docs, "words": words, "workers": n, "cores": os.cpu_count(), "runs": results}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"{docs} documents, {words} words; N = {n}; {os.cpu_count()} cores")
    print(f"  {'run':<14} {'wall s':>8} {'docs/s':>8} {'words/s':>9} {'speed-up':>8}  load")
    for name, got in results.items():
        print(
            f"  {name:<14} {got['seconds']:>8.1f} {got['docs_per_s']:>8.1f} {got['words_per_s']:>9} "
            f"{got.get('speedup', float('nan')):>8.2f}  "
            f"{got['load_before']:.1f}->{got['load_after']:.1f}"
        )


if __name__ == "__main__":
    main()
