"""Load on `kronika serve` over loopback: latency, no server errors, memory that stays flat.

Builds a store of synthetic events (100,000 by default: records written straight into the
store, no extraction), starts `kronika serve` on 127.0.0.1 as its own process and sends it
a fixed number of requests (10,000 by default) over one keep-alive connection: filtered
pages (with cursors followed), sorted pages, stats, event and document views, GeoJSON
and ACLED pages, and 5% malformed requests (bad types, huge numbers, unicode, SQL and
path injection strings). The request mix is drawn from a seeded generator, so two runs
send the same requests.

Acceptance: no 5xx answer; p95 of a filtered page <= 100 ms; the server's peak RSS grows
less than 10% from the first thousand requests to the last.

Usage: python benchmarks/serve_load.py [--events 100000] [--requests 10000] [--seed 7] [--json]
Only loopback is ever contacted; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kronika.record import Actor, Event, Evidence, stable_id  # noqa: E402
from kronika.store import Store, StoredDocument  # noqa: E402

HOST = "127.0.0.1"
MAX_SECONDS = 1800  # the whole request loop stops after this, whatever is left

PLACES = (
    ("Gao", "Gao", "Mali", "ML", 16.27, -0.04),
    ("Mopti", "Mopti", "Mali", "ML", 14.49, -4.2),
    ("Maiduguri", "Borno", "Nigeria", "NG", 11.85, 13.16),
    ("Diffa", "Diffa", "Niger", "NE", 13.31, 12.61),
    ("Kandahar", "Kandahar", "Afghanistan", "AF", 31.61, 65.71),
    ("Mosul", "Nineveh", "Iraq", "IQ", 36.34, 43.13),
    ("Beni", "North Kivu", "Democratic Republic of the Congo", "CD", 0.49, 29.47),
    ("Mogadishu", "Banaadir", "Somalia", "SO", 2.04, 45.34),
    ("Quetta", "Balochistan", "Pakistan", "PK", 30.18, 66.99),
    ("Makhachkala", "Dagestan", "Russia", "RU", 42.98, 47.5),
    ("Marawi", "Lanao del Sur", "Philippines", "PH", 8.0, 124.29),
    ("Cabo Delgado", "Cabo Delgado", "Mozambique", "MZ", -12.33, 39.32),
)
TYPES = (
    ("attack", "Violence against civilians", "Attack", "Armed men raided {p} and shot {n} residents."),
    ("clash", "Battles", "Armed clash", "Troops and fighters clashed outside {p}; {n} were killed."),
    ("attack", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "A bomb exploded in {p}, killing {n}."),
    ("arrest", "Strategic developments", "Arrests", "Security forces detained {n} suspects in {p}."),
    ("protest", "Protests", "Peaceful protest",
     "Hundreds marched through {p} to demand the release of {n} men."),
    ("riot", "Riots", "Violent demonstration", "Rioters set fire to shops in {p}; {n} people were hurt."),
)  # fmt: skip
GROUPS = ("Boko Haram", "al-Shabaab", "Islamic State", "Taliban", "JNIM", "ADF", "unidentified gunmen")


def build_store(path: Path, n_events: int, seed: int, per_doc: int = 50) -> None:
    rng = random.Random(seed)
    with Store(path) as store:
        for d in range(0, n_events, per_doc):
            doc_id = f"synthetic/report-{d // per_doc:06d}.txt"
            text, events = f"Synthetic bulletin {doc_id}.\n\n", []
            for i in range(min(per_doc, n_events - d)):
                kind, etype, sub, template = rng.choice(TYPES)
                place, admin1, country, code, lat, lon = rng.choice(PLACES)
                n = rng.randint(0, 40)
                sentence = template.format(p=place, n=n)
                start = len(text)
                text += sentence + "\n"
                day = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                events.append(
                    Event(
                        event_id=stable_id(doc_id, i, sentence),
                        document_id=doc_id,
                        kind=kind,  # type: ignore[arg-type]
                        event_type=etype,
                        sub_event_type=sub,
                        date_start=day,
                        date_end=day,
                        date_precision="day",
                        place=place,
                        admin1=admin1,
                        country=country,
                        country_code=code,
                        latitude=lat + rng.uniform(-0.3, 0.3),
                        longitude=lon + rng.uniform(-0.3, 0.3),
                        geo_precision="place",
                        actors=[Actor(g, g, "perpetrator") for g in rng.sample(GROUPS, 1)],
                        killed=n if kind in ("attack", "clash") else None,
                        evidence=[Evidence(doc_id, start, start + len(sentence), sentence)],
                        confidence=round(rng.uniform(0.2, 0.95), 2),
                    )
                )
            stored = StoredDocument(
                doc_id,
                doc_id,
                hashlib.sha256(text.encode()).hexdigest(),
                text,
                None,
                "2026-01-01T00:00:00+00:00",
                "bench",
                "text",
                len(events),
            )
            store.put_document(stored, events)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (from /proc): what a request costs the
    server, whatever else the machine is doing."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss(pid: int) -> tuple[int, int]:
    """(current RSS, peak RSS) of a process in KiB, from /proc."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values["VmRSS"], values["VmHWM"]


MALFORMED = (
    "/api/events?limit=ten",
    "/api/events?limit=99999999999999999999999999",
    "/api/events?min_fatalities=" + "9" * 60,
    "/api/events?min_confidence=NaN",
    "/api/events?since=2024-02-31",
    "/api/events?bbox=1,2,3,4,5",
    "/api/events?kind=%27%20OR%201%3D1%20--",
    "/api/events?country=" + quote("'; DROP TABLE events; --"),
    "/api/events?q=" + quote("%' UNION SELECT * FROM documents --"),
    "/api/events?q=" + quote("\u202e\u0000\U0001f4a5" * 30),
    "/api/events?q=" + "x" * 3000,
    "/api/events?sort=" + quote("date; DELETE FROM events"),
    "/api/events?cursor=" + quote("../../etc/passwd"),
    "/api/events?format=" + quote("<script>"),
    "/api/events/" + quote("../../../etc/passwd", safe=""),
    "/api/events/" + "f" * 500,
    "/api/documents/" + quote("../../../../etc/shadow", safe=""),
    "/static/" + quote("../../../etc/passwd", safe=""),
    "/static/..%2f..%2fapp.py",
    "/api/stats?by=" + quote("country) FROM events; --"),
    "/api/incidents?offset=-5",
    "/api/places?q=",
    "/api/events?actor=" + quote("Ω≈ç√∫˜µ≤≥÷" * 10),
)


def request_mix(rng: random.Random, ids: list[str], docs: list[str]) -> tuple[str, str]:
    """(kind, path) of one request: 'filtered' pages are what the p95 criterion measures."""
    roll = rng.random()
    if roll < 0.05:
        return "malformed", rng.choice(MALFORMED)
    place = rng.choice(PLACES)
    year = rng.randint(2015, 2025)
    if roll < 0.55:
        params: dict[str, object] = {"limit": rng.choice((25, 50, 100))}
        choice = rng.randrange(6)
        if choice == 0:
            params.update(country=place[2], since=f"{year}-01-01", until=f"{year}-12-31")
        elif choice == 1:
            params.update(kind=rng.choice(TYPES)[0], admin1=place[1])
        elif choice == 2:
            params.update(event_type=rng.choice(TYPES)[1], min_fatalities=rng.randint(1, 30))
        elif choice == 3:
            params.update(q=place[0].lower(), sort="-fatalities")
        elif choice == 4:
            lat, lon = place[4], place[5]
            params.update(bbox=f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}", sort="date")
        else:
            params.update(actor=rng.choice(GROUPS), min_confidence=0.5, sort="-confidence")
        return "filtered", "/api/events?" + urlencode(params)
    if roll < 0.65:
        return "sorted", "/api/events?" + urlencode(
            {"sort": rng.choice(("-date", "fatalities", "country")), "limit": 100}
        )
    if roll < 0.75:
        by = rng.choice(("day", "week", "month", "country", "admin1", "type"))
        return "stats", "/api/stats?" + urlencode({"by": by, "country": place[2]})
    if roll < 0.88:
        return "event", "/api/events/" + rng.choice(ids)
    if roll < 0.92:
        return "document", "/api/documents/" + quote(rng.choice(docs))
    if roll < 0.96:
        return "geojson", "/api/events?" + urlencode({"format": "geojson", "country": place[2], "limit": 500})
    return "acled", "/api/events?" + urlencode({"format": "acled", "admin1": place[1], "limit": 200})


def run(n_events: int, n_requests: int, seed: int, workdir: Path) -> dict[str, object]:
    db = workdir / "load.db"
    t0 = time.perf_counter()
    build_store(db, n_events, seed)
    built = time.perf_counter() - t0
    with Store(db, readonly=True) as store:
        rng_ids = random.Random(seed)
        ids = [r[0] for r in store.conn.execute("SELECT event_id FROM events")]
        ids = rng_ids.sample(ids, min(2000, len(ids)))
        docs = [r[0] for r in store.conn.execute("SELECT document_id FROM documents LIMIT 500")]
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen(
        [sys.executable, "-m", "kronika", "serve", "--db", str(db), "--host", HOST, "--port", str(port),
         "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        started = time.perf_counter()
        conn = None
        for _ in range(1200):  # wait for it to listen (the facets of a new store are built first)
            try:
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                conn.request("GET", "/api/meta")
                conn.getresponse().read()
                break
            except OSError:
                conn = None
                if server.poll() is not None:
                    raise RuntimeError(
                        server.stderr.read().decode() if server.stderr else "server died"
                    ) from None
                time.sleep(0.5)
        if conn is None:
            raise RuntimeError("the server did not start")
        startup = time.perf_counter() - started
        rng = random.Random(seed)
        latencies: dict[str, list[float]] = {}
        statuses: dict[int, int] = {}
        errors_5xx: list[str] = []
        cursors: list[str] = []
        rss_after_first = None
        cpu_start = _cpu_seconds(server.pid)
        load_start = os.getloadavg()[0]
        loop_start = time.perf_counter()
        for i in range(n_requests):
            if time.perf_counter() - loop_start > MAX_SECONDS:
                break
            kind, path = request_mix(rng, ids, docs)
            if kind == "filtered" and cursors and rng.random() < 0.3:
                path = cursors.pop()
            t = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                body = response.read()
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(HOST, port, timeout=30)
                statuses[-1] = statuses.get(-1, 0) + 1
                continue
            elapsed = (time.perf_counter() - t) * 1000
            latencies.setdefault(kind, []).append(elapsed)
            statuses[response.status] = statuses.get(response.status, 0) + 1
            if response.status >= 500:
                errors_5xx.append(f"{response.status} {path[:120]}")
            if kind == "filtered" and response.status == 200 and path.startswith("/api/events?"):
                following = json.loads(body).get("next")
                if following and len(cursors) < 100:
                    base = path.split("&cursor=")[0]
                    cursors.append(base + "&cursor=" + quote(following))
            if i + 1 == 1000:
                rss_after_first = _rss(server.pid)
        rss_end = _rss(server.pid)
        cpu_used = _cpu_seconds(server.pid) - cpu_start
        loop_seconds = time.perf_counter() - loop_start
        load_end = os.getloadavg()[0]
        conn.close()
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()

    def p(values: list[float], q: float) -> float:
        ordered = sorted(values)
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1) if ordered else 0.0

    assert rss_after_first is not None, "fewer than 1000 requests were sent"
    peak_growth = (rss_end[1] - rss_after_first[1]) / rss_after_first[1]
    by_kind = {
        k: {"n": len(v), "p50_ms": p(v, 0.5), "p95_ms": p(v, 0.95), "max_ms": round(max(v), 1)}
        for k, v in sorted(latencies.items())
    }
    result = {
        "events": n_events,
        "requests": sum(len(v) for v in latencies.values()) + statuses.get(-1, 0),
        "seed": seed,
        "store_build_s": round(built, 1),
        "server_ready_s": round(startup, 1),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "server_errors": errors_5xx[:20],
        "latency": by_kind,
        "rss_kib_after_1000": {"rss": rss_after_first[0], "peak": rss_after_first[1]},
        "rss_kib_at_end": {"rss": rss_end[0], "peak": rss_end[1]},
        "peak_rss_growth": round(peak_growth, 4),
        "mean_ms": round(statistics.mean(x for v in latencies.values() for x in v), 1),
        "server_cpu_ms_per_request": round(
            1000 * cpu_used / max(1, sum(len(v) for v in latencies.values())), 2
        ),
        "loop_seconds": round(loop_seconds, 1),
        "load_average_1min": [round(load_start, 1), round(load_end, 1)],
    }
    result["ok"] = (
        not errors_5xx
        and -1 not in statuses
        and by_kind.get("filtered", {}).get("p95_ms", 1e9) <= 100
        and peak_growth < 0.10
    )
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.requests < 1000:
        parser.error("--requests must be at least 1000 (memory is compared after the first thousand)")
    with tempfile.TemporaryDirectory(prefix="kronika-serve-load-") as tmp:
        result = run(args.events, args.requests, args.seed, Path(tmp))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['requests']} requests against {result['events']} events (seed {result['seed']})")
        print(f"store built in {result['store_build_s']} s; server ready in {result['server_ready_s']} s")
        print(
            f"loop {result['loop_seconds']} s; "
            f"server CPU {result['server_cpu_ms_per_request']} ms a request; "
            f"machine load average {result['load_average_1min'][0]} -> {result['load_average_1min'][1]}"  # type: ignore[index]
        )
        print(f"statuses: {result['statuses']}; 5xx: {len(result['server_errors'])}")
        for kind, row in result["latency"].items():  # type: ignore[union-attr]
            print(
                f"  {kind:<10} n={row['n']:<5} p50={row['p50_ms']:>7} ms  p95={row['p95_ms']:>7} ms  "
                f"max={row['max_ms']} ms"
            )
        first, end = result["rss_kib_after_1000"], result["rss_kib_at_end"]
        print(
            f"peak RSS after 1000 requests {first['peak'] / 1024:.1f} MiB, "  # type: ignore[index]
            f"at the end {end['peak'] / 1024:.1f} MiB (growth {result['peak_rss_growth']:.1%})"  # type: ignore[index]
        )
        print("PASS" if result["ok"] else "FAIL")
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
