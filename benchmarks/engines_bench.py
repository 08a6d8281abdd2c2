"""Engines side by side: one process, `--jobs N` local processes, a local Dask cluster (not a test).

Generates a corpus of realistic reports (`tests/store/generate.py`, 20,000 by default),
writes it as one JSON Lines table corpus and measures, in four parts:

1. Commands. Whole `kronika extract` processes over the corpus (records to a file; never
   `-o /dev/null`, which a command writing `FILE.part` and moving it over FILE would
   replace) on each engine: one process, `--jobs N` (workers forked from a warm fork
   server) and `--engine dask --workers N` (a `LocalCluster` started by the command,
   included in its time). For each: wall seconds, documents/s, the wall speed-up over one
   process, and the CPU seconds of all its processes (workers, fork server, scheduler
   included: the benchmark runs each command under a child subreaper, so every
   descendant's CPU is counted when it is reaped). The ratio of one process's CPU to an
   engine's is its CPU efficiency, which other load on a shared machine barely moves; on
   N idle cores the wall speed-up is about N x efficiency, less start-up and the last batch.
2. Dask, stage by stage (in this process, on the first --breakdown-docs documents): the
   cluster's start (wall; each worker's CPU to import and load the resources once), the
   workers' CPU per document inside their tasks against one process's, the time a task's
   thread waited (for a core or the GIL), the workers' CPU outside tasks, their idle share,
   the client's CPU (its main thread: reading, sending, receiving, writing; its other
   threads: the scheduler and the comms), bytes per batch each way, and the close.
3. With --ingest: `kronika ingest --engine dask --workers N` of the first --ingest-docs
   documents into a new SQLite store and into a new PostgreSQL database (the server given
   by --pg, else a throwaway one started like the tests': fsync off, so not durable),
   documents/s each, then query latency on both (`benchmarks/store_bench.py`'s queries,
   median of --repeat).

The full run (`--docs 20000 --workers 2 --ingest`) takes about 8 minutes on two idle
cores. Quote the CPU count and the load averages printed beside each command.

Usage: python benchmarks/engines_bench.py [--docs 20000] [--workers 2] [--ingest]
           [--breakdown-docs 2000] [--ingest-docs 5000] [--pg URL] [--skip serial jobs dask]
           [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

#: Runs a command as a child subreaper (Linux): every descendant that outlives its parent
#: (a fork server, a Dask worker) is re-parented here and reaped, so RUSAGE_CHILDREN ends
#: up holding the CPU of the whole process tree. argv: OUT.json CMD...
REAPER = r"""
import ctypes, json, os, resource, sys
ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
code = 1
while True:
    try:
        got, status, _ = os.wait4(-1, 0)
    except ChildProcessError:
        break
    if got == pid:
        code = os.waitstatus_to_exitcode(status)
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as fh:
    json.dump({"cpu": ru.ru_utime + ru.ru_stime, "max_rss_kb": ru.ru_maxrss}, fh)
sys.exit(code)
"""


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


def head(path: Path, out: Path, n: int) -> Path:
    """The first `n` rows of a JSON Lines corpus, as a corpus of their own."""
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, n))
    return out


def measured(cmd: list[str]) -> dict[str, float]:
    """Run `cmd`; its wall seconds, the CPU seconds of its whole process tree, the load."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    with tempfile.NamedTemporaryFile(suffix=".json") as usage:
        load_before = os.getloadavg()[0]
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", REAPER, usage.name, *cmd], env=env, capture_output=True, text=True
        )
        wall = time.perf_counter() - start
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stderr[-2000:]}")
        got = json.loads(Path(usage.name).read_text())
    return {
        "seconds": round(wall, 2),
        "cpu_s": round(got["cpu"], 2),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }


def commands(path: Path, docs: int, words: int, n: int, skip: list[str], tmp: Path) -> dict[str, Any]:
    kronika = [sys.executable, "-m", "kronika"]
    out = str(tmp / "records.jsonl")
    # one short run first, so every engine finds the place index built and the code cached
    warm = tmp / "warm.jsonl"
    corpus(warm, 20)
    subprocess.run([*kronika, "extract", str(warm), "-q", "-o", out], capture_output=True)
    extract = [*kronika, "extract", str(path), "-q", "-o", out]
    runs = {
        "serial": extract,
        "jobs": [*extract, "--jobs", str(n)],
        "dask": [*extract, "--engine", "dask", "--workers", str(n)],
    }
    results: dict[str, dict[str, float]] = {}
    for name, cmd in runs.items():
        if name in skip:
            continue
        got = measured(cmd)
        got["docs_per_s"] = round(docs / got["seconds"], 1)
        got["words_per_s"] = round(words / got["seconds"])
        results[name] = got
        line = f"  {name:<8} {got['seconds']:>8.1f} s  {got['cpu_s']:>8.1f} CPU s"
        print(line, file=sys.stderr, flush=True)
    base = results.get("serial")
    if base is not None:
        for got in results.values():
            got["speedup"] = round(base["seconds"] / got["seconds"], 2)
            got["cpu_efficiency"] = round(base["cpu_s"] / got["cpu_s"], 3)
    return results


def _proc_cpu(pid: int) -> float:
    import psutil

    t = psutil.Process(pid).cpu_times()
    return t.user + t.system


def _worker_metrics(dask_worker: Any) -> dict[str, float]:
    """A Dask worker's own accounting of its tasks (fine performance metrics), by activity."""
    out: dict[str, float] = {}
    for key, value in dask_worker.digests_total.items():
        if isinstance(key, tuple) and key[0] in ("execute", "get-data"):
            label = f"{key[0]}:{key[-2]}:{key[-1]}"
            out[label] = out.get(label, 0.0) + value
    return out


def dask_breakdown(path: Path, n: int, docs: int, total: int) -> dict[str, Any]:
    """Where a local Dask cluster's CPU and time go, stage by stage, on the first `docs` rows;
    and the speed-up they imply for `total` documents on `n` idle cores."""
    import io
    import threading

    import psutil

    from kronika.corpora import read_table
    from kronika.engines import Extracted, SerialEngine, warm
    from kronika.engines.base import batches
    from kronika.engines.dask import DaskEngine
    from kronika.export import Writer

    sources = [s for s in itertools.islice(read_table(path), docs)]
    me = psutil.Process()
    got: dict[str, Any] = {"documents": len(sources), "workers": n}

    # one process, as `kronika extract` runs it (resources loaded beforehand, as a worker's are)
    warm()
    start = time.thread_time()
    serial = list(SerialEngine().run(sources, keep_text=False))
    got["serial_ms_per_doc"] = 1000 * (time.thread_time() - start) / len(sources)

    start_wall, start_cpu = time.perf_counter(), _proc_cpu(me.pid)
    engine = DaskEngine(workers=n, dashboard=None)
    client = engine.client
    got["start_s"] = time.perf_counter() - start_wall
    got["start_client_cpu_s"] = _proc_cpu(me.pid) - start_cpu
    ready = client.run(time.process_time)
    got["start_worker_cpu_s"] = statistics.mean(ready.values())

    groups = list(batches(sources, engine.batch_bytes, engine.batch_documents))
    got["tasks"] = len(groups)
    got["docs_per_task"] = len(sources) / len(groups)
    got["bytes_in_per_task"] = statistics.mean(len(pickle.dumps(g)) for g in groups[:20])

    workers_before = client.run(time.process_time)
    metrics_before = client.run(_worker_metrics)
    main_thread = threading.get_ident()
    client_before = _proc_cpu(me.pid)
    wall_start, main_start = time.perf_counter(), time.thread_time()
    writer = Writer(io.StringIO(), "jsonl")
    outcomes = []
    for _, outcome in engine.run(sources, keep_text=False):
        outcomes.append(outcome)
        if isinstance(outcome, Extracted):
            writer.write(outcome.events)
    run_wall = time.perf_counter() - wall_start
    main_cpu = time.thread_time() - main_start
    assert threading.get_ident() == main_thread
    client_cpu = _proc_cpu(me.pid) - client_before
    workers_after = client.run(time.process_time)
    metrics_after = client.run(_worker_metrics)
    assert outcomes == [o for _, o in serial], "the Dask run differs from one process"

    def delta(label: str) -> float:
        after, before = metrics_after, metrics_before
        return sum(after[w].get(label, 0.0) - before[w].get(label, 0.0) for w in after)

    worker_cpu = sum(workers_after[w] - workers_before[w] for w in workers_after)
    task_cpu = delta("execute:thread-cpu:seconds")
    task_wait = delta("execute:thread-noncpu:seconds")
    got.update(
        run_s=run_wall,
        worker_task_ms_per_doc=1000 * task_cpu / len(sources),
        worker_task_wait_s=task_wait,
        worker_executor_s=delta("execute:executor:seconds") + delta("execute:other:seconds"),
        worker_outside_tasks_cpu_s=worker_cpu - task_cpu,
        worker_idle_share=max(0.0, 1 - (task_cpu + task_wait) / (n * run_wall)),
        client_main_ms_per_doc=1000 * main_cpu / len(sources),
        client_other_ms_per_task=1000 * (client_cpu - main_cpu) / len(groups),
    )
    sent, first = [], 0
    for group in groups[:20]:
        sent.append(len(pickle.dumps(outcomes[first : first + len(group)])))
        first += len(group)
    got["bytes_out_per_task"] = statistics.mean(sent)
    close_start = time.perf_counter()
    engine.close()
    got["close_s"] = time.perf_counter() - close_start
    serial_cpu = got["serial_ms_per_doc"] * len(sources) / 1000
    run_cpu = worker_cpu + client_cpu
    got["run_cpu_efficiency"] = serial_cpu / run_cpu
    # On n idle cores, for `total` documents: the run's CPU per document spread over the
    # cores, plus the start (CPU-bound when the cores are free) and the close.
    start = got["start_client_cpu_s"] + got["start_worker_cpu_s"]
    per_doc = run_cpu / len(sources)
    got["idle_estimate_documents"] = total
    got["idle_estimate_speedup"] = (serial_cpu / len(sources) * total) / (
        per_doc * total / n + start + got["close_s"]
    )
    return got


def store_comparison(path: Path, n: int, pg: str | None, repeat: int, tmp: Path) -> dict[str, Any]:
    """`kronika ingest --engine dask` into SQLite and into PostgreSQL; then query latency."""
    from benchmarks.store_bench import postgres, query_latency
    from kronika.store import Store

    docs = sum(1 for _ in path.open(encoding="utf-8"))
    results: dict[str, Any] = {}
    with postgres(pg) as new_database:
        for backend, target in (("sqlite", str(tmp / "ingest.db")), ("postgresql", new_database())):
            cmd = [sys.executable, "-m", "kronika", "ingest", str(path), "-q", "--db", target]
            got: dict[str, Any] = measured([*cmd, "--engine", "dask", "--workers", str(n)])
            got["docs_per_s"] = round(docs / got["seconds"], 1)
            print(f"  ingest {backend:<10} {got['seconds']:>8.1f} s", file=sys.stderr, flush=True)
            with Store(target, readonly=True) as store:
                got["documents"] = store.count("documents")
                got["events"] = store.count("events")
                got["query_ms"] = query_latency(store, repeat)
            results[backend] = got
    return results


def print_report(report: dict[str, Any]) -> None:
    print(
        f"{report['documents']} documents, {report['words']} words; N = {report['workers']}; "
        f"{report['cores']} cores"
    )
    runs = report.get("commands") or {}
    if runs:
        print("\n1. kronika extract, whole commands")
        print(f"  {'run':<8} {'wall s':>8} {'docs/s':>8} {'speed-up':>8} {'CPU s':>8} {'CPU eff':>8}  load")
        for name, got in runs.items():
            print(
                f"  {name:<8} {got['seconds']:>8.1f} {got['docs_per_s']:>8.1f} "
                f"{got.get('speedup', float('nan')):>8.2f} {got['cpu_s']:>8.1f} "
                f"{got.get('cpu_efficiency', float('nan')):>8.2f}  "
                f"{got['load_before']:.1f}->{got['load_after']:.1f}"
            )
    b = report.get("breakdown")
    if b:
        print(f"\n2. Dask stage by stage ({b['documents']} documents, {b['workers']} workers)")
        lines = [
            ("cluster start (wall)", f"{b['start_s']:.2f} s"),
            ("  client CPU to start it", f"{b['start_client_cpu_s']:.2f} s"),
            ("  each worker's CPU to import + load resources", f"{b['start_worker_cpu_s']:.2f} s"),
            ("one process, CPU per document", f"{b['serial_ms_per_doc']:.2f} ms"),
            ("workers, CPU per document inside tasks", f"{b['worker_task_ms_per_doc']:.2f} ms"),
            ("tasks x documents per task", f"{b['tasks']} x {b['docs_per_task']:.1f}"),
            ("bytes per task in / out", f"{b['bytes_in_per_task']:.0f} / {b['bytes_out_per_task']:.0f}"),
            ("task threads waiting for a core or the GIL", f"{b['worker_task_wait_s']:.2f} s"),
            ("workers' executor overhead", f"{b['worker_executor_s']:.3f} s"),
            ("workers' CPU outside tasks", f"{b['worker_outside_tasks_cpu_s']:.2f} s"),
            ("workers idle (share of run wall)", f"{100 * b['worker_idle_share']:.1f} %"),
            ("client main thread CPU per document", f"{b['client_main_ms_per_doc']:.3f} ms"),
            ("client's other threads (scheduler, comms) per task", f"{b['client_other_ms_per_task']:.1f} ms"),
            ("run (wall)", f"{b['run_s']:.2f} s"),
            ("close (wall)", f"{b['close_s']:.2f} s"),
            ("CPU efficiency of the run (one process / all)", f"{b['run_cpu_efficiency']:.3f}"),
            (
                f"estimated speed-up, {b['idle_estimate_documents']} docs on {b['workers']} idle cores",
                f"{b['idle_estimate_speedup']:.2f}x",
            ),
        ]
        for label, value in lines:
            print(f"  {label:<52} {value:>12}")
    stores = report.get("stores")
    if stores:
        first = next(iter(stores.values()))
        print(f"\n3. kronika ingest --engine dask, {first['documents']} documents, {first['events']} events")
        print(f"  {'backend':<11} {'wall s':>8} {'docs/s':>8} {'CPU s':>8}")
        for backend, got in stores.items():
            print(f"  {backend:<11} {got['seconds']:>8.1f} {got['docs_per_s']:>8.1f} {got['cpu_s']:>8.1f}")
        print("  query latency, ms (median):")
        print(f"  {'query':<26}" + "".join(f" {backend:>11}" for backend in stores))
        for label in first["query_ms"]:
            print(f"  {label:<26}" + "".join(f" {got['query_ms'][label]:>11.2f}" for got in stores.values()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--workers", type=int, default=2, help="N for --jobs N and the Dask cluster.")
    ap.add_argument("--breakdown-docs", type=int, default=2000, help="Documents for part 2 (0: skip it).")
    ap.add_argument("--ingest", action="store_true", help="Also SQLite vs PostgreSQL ingest and queries.")
    ap.add_argument("--ingest-docs", type=int, default=5000, help="Documents ingested into each store.")
    ap.add_argument("--pg", default=None, help="A PostgreSQL server URL (default: a throwaway server).")
    ap.add_argument("--repeat", type=int, default=3, help="Runs of each query (the median is kept).")
    ap.add_argument("--skip", nargs="*", default=[], help="Commands to leave out: serial, jobs, dask.")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    n = args.workers
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        path = tmp / "corpus.jsonl"
        docs, words = corpus(path, args.docs)
        report: dict[str, Any] = {"documents": docs, "words": words, "workers": n, "cores": os.cpu_count()}
        report["commands"] = commands(path, docs, words, n, args.skip, tmp)
        if args.breakdown_docs:
            report["breakdown"] = dask_breakdown(path, n, min(args.breakdown_docs, docs), docs)
        if args.ingest:
            subset = head(path, tmp / "ingest.jsonl", min(args.ingest_docs, docs))
            report["stores"] = store_comparison(subset, n, args.pg, args.repeat, tmp)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print_report(report)


if __name__ == "__main__":
    main()
