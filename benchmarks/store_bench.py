"""SQLite against PostgreSQL: ingest throughput and query latency (not a test).

On one generated corpus of realistic reports (two halves, A and B, as two machines would
each have their own folders):

  - store writes: the documents extracted once beforehand, then written into a new store
    (`ingest` of already-extracted items: documents, events, names, and the incident
    rebuild at the end) — what the backend itself costs;
  - end to end, one process: `kronika ingest A B --db NEW` (read, extract, write);
  - end to end, two processes at once: `kronika ingest A` and `kronika ingest B` into the
    same new store, started together (two machines sharing a team store);
  - query latency: each query of QUERIES materialised in full, median of `--repeat` runs,
    through the library (`Store.events`, `Store.incidents`, `Store.stats`).

PostgreSQL is the server given by `--pg URL` (a new database is created on it for each
run: the role needs CREATEDB) or, by default, a throwaway server started like the tests'
(Debian's initdb/pg_ctl, Unix socket only, fsync off: so its writes are not durable, as a
tuned production server's would be; say so when quoting). The machine is usually shared:
wall times move with other load; quote medians and the CPU count.

Usage: python benchmarks/store_bench.py [--docs 2000] [--repeat 5] [--pg URL] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from kronika.store import (  # noqa: E402
    BBox,
    IngestItem,
    Query,
    Store,
    extract_bytes,
    ingest,
    plan,
    update_incidents,
)
from kronika.store.incidents import IncidentConfig  # noqa: E402
from tests.store.generate import write_corpus  # noqa: E402

QUERIES: dict[str, Callable[[Store], Any]] = {
    "events, all": lambda s: list(s.events()),
    "events, one country": lambda s: list(s.events(Query(country="Nigeria"))),
    "events, kind + since": lambda s: list(s.events(Query(kinds=("attack",), since=date(2020, 1, 1)))),
    "events, actor substring": lambda s: list(s.events(Query(actor="taliban"))),
    "events, bbox": lambda s: list(s.events(Query(bbox=BBox(60.0, 25.0, 75.0, 38.0)))),
    "incidents, all": lambda s: list(s.incidents()),
    "stats, events": lambda s: s.stats(),
    "stats, incidents": lambda s: s.stats(incidents=True),
}


def query_latency(store: Store, repeat: int) -> dict[str, float]:
    """Milliseconds each query of QUERIES takes, materialised in full: the median of `repeat` runs."""
    latency: dict[str, float] = {}
    for label, query in QUERIES.items():
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            query(store)
            times.append(time.perf_counter() - start)
        latency[label] = statistics.median(times) * 1000
    return latency


@contextmanager
def postgres(url: str | None) -> Iterator[Callable[[], str]]:
    """A maker of fresh PostgreSQL databases: on the given server, or a throwaway one."""
    import psycopg

    counter = iter(range(10**6))

    def maker(admin_url: str, url_for: Callable[[str], str]) -> Callable[[], str]:
        def make() -> str:
            name = f"kronika_bench_{os.getpid()}_{next(counter)}"
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            return url_for(name)

        return make

    if url:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        yield maker(url, lambda name: parts._replace(path=f"/{name}").geturl())
        return
    from tests.store.pgserver import running_server

    with running_server() as server:
        yield maker(server.url(), server.url)


def run(cmd: list[str]) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait(proc: subprocess.Popen[str]) -> None:
    _, err = proc.communicate()
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed:\n{err}")


def ingest_cmd(db: str, *folders: Path) -> list[str]:
    return [sys.executable, "-m", "kronika", "ingest", *map(str, folders), "--db", db, "--quiet"]


def bench_backend(
    name: str, new_target: Callable[[], str], halves: list[Path], items: list[IngestItem], repeat: int
) -> dict[str, Any]:
    n = len(items)
    out: dict[str, Any] = {"backend": name}

    target = new_target()
    with Store(target) as store:
        start = time.perf_counter()
        summary = ingest(store, items)
        out["store_write_s"] = time.perf_counter() - start
        assert summary.added + summary.aliased == n, summary.line()
        start = time.perf_counter()
        update_incidents(store, IncidentConfig(), force=True)
        out["incident_rebuild_s"] = time.perf_counter() - start
        out["events"] = store.count("events")
        out["incidents"] = store.count("incidents")
        out["query_ms"] = query_latency(store, repeat)
    out["store_write_docs_per_s"] = n / out["store_write_s"]

    one = new_target()
    start = time.perf_counter()
    wait(run(ingest_cmd(one, *halves)))
    out["ingest_1proc_s"] = time.perf_counter() - start

    two = new_target()
    start = time.perf_counter()
    procs = [run(ingest_cmd(two, half)) for half in halves]
    for proc in procs:
        wait(proc)
    out["ingest_2proc_s"] = time.perf_counter() - start
    with Store(one, readonly=True) as a, Store(two, readonly=True) as b:
        same = a.count("documents") == b.count("documents") and a.count("events") == b.count("events")
    out["two_processes_equal_one"] = same
    out["ingest_1proc_docs_per_s"] = n / out["ingest_1proc_s"]
    out["ingest_2proc_docs_per_s"] = n / out["ingest_2proc_s"]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pg", default=None, help="a PostgreSQL server URL (default: a throwaway server)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kronika-store-bench-") as tmp:
        base = Path(tmp)
        halves = [base / "A", base / "B"]
        write_corpus(halves[0], args.docs // 2, seed=41, html=0.2)
        write_corpus(halves[1], args.docs - args.docs // 2, seed=42, html=0.2)
        start = time.perf_counter()
        items = []
        for item in plan(halves):
            if item.path is not None and item.note is None and item.error is None:
                got = extract_bytes(item.document_id, item.path.read_bytes(), None)
                items.append(IngestItem(item.document_id, path=item.path, extracted=got))
        extract_s = time.perf_counter() - start

        counter = iter(range(10**6))
        results = [
            bench_backend("sqlite", lambda: str(base / f"s{next(counter)}.db"), halves, items, args.repeat)
        ]
        with postgres(args.pg) as new_db:
            results.append(bench_backend("postgresql", new_db, halves, items, args.repeat))

    report = {
        "documents": len(items),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "extract_once_s": extract_s,
        "results": results,
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(
        f"{len(items)} documents, {os.cpu_count()} CPUs, load average "
        f"{' '.join(f'{x:.1f}' for x in os.getloadavg())} (a shared machine: wall times move with load)"
    )
    print(f"extraction alone (once, in this process): {extract_s:.1f} s")
    header = f"{'':34}" + "".join(f"{r['backend']:>14}" for r in results)
    print(header)
    rows = [
        ("store writes, docs/s", "store_write_docs_per_s", "{:.0f}"),
        ("incident rebuild, s", "incident_rebuild_s", "{:.2f}"),
        ("ingest end to end, 1 process, docs/s", "ingest_1proc_docs_per_s", "{:.1f}"),
        ("ingest end to end, 2 processes, docs/s", "ingest_2proc_docs_per_s", "{:.1f}"),
        ("2 processes' store = 1 process's", "two_processes_equal_one", "{}"),
        ("events stored", "events", "{}"),
        ("incidents", "incidents", "{}"),
    ]
    for label, key, fmt in rows:
        print(f"{label:34}" + "".join(f"{fmt.format(r[key]):>14}" for r in results))
    print("query latency, ms (median):")
    for label in QUERIES:
        print(f"  {label:32}" + "".join(f"{r['query_ms'][label]:>14.1f}" for r in results))


if __name__ == "__main__":
    main()
