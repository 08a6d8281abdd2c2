"""Fuzz benchmark: generated mutations of invented report sentences through `kronika.extract`.

Checks, on every input: no exception but a one-line KronikaError; invariants of the records
(evidence offsets index the cleaned text, ISO dates with start <= end, enums of the schema,
unique ids, counts bounded and killed_perpetrators <= killed); CPU seconds per input (none
under 100 KB above 1 s); and the cost per word as inputs double (flat means linear).

Usage: python benchmarks/fuzz_bench.py [--inputs N] [--seed S] [--json]
(not part of the test run; tests/api/test_fuzz_twin.py runs a small twin of it)
"""

from __future__ import annotations

import argparse
import json
import random
import re
import signal
import statistics
import sys
import time
from collections.abc import Iterator
from typing import Any

SENTENCES = [
    "Gunmen killed three villagers in Kowara on 3 March 2025.",
    "A roadside bomb struck a bus near Dalmaro on Monday, killing six passengers and wounding 12.",
    "Police arrested 14 protesters in the capital on 5 May.",
    "Two soldiers and a militant were killed when fighters attacked a checkpoint outside Tessanu.",
    "The group claimed responsibility for the attack in a statement on Tuesday.",
    "At least 20 people were injured in clashes between rival militias on 8 June 2024.",
    "Officials said the death toll had risen to 31.",
    "A suicide bomber blew himself up at a mosque in Kabul, killing 9 worshippers.",
    "Thousands marched peacefully through the city centre on Friday.",
    "Security forces shot dead two suspected insurgents in the north of the province.",
]
PIECES = [
    "",
    ".",
    "...",
    "." * 30,
    " " * 300,
    "\n",
    "\n\n",
    "\t",
    "==",
    "# ",
    "- ",
    "(",
    ")",
    "[1]",
    "{{",
    "}}",
    "<p>",
    "</p>",
    "<div>",
    "&amp;",
    "“",
    "”",
    "'",
    "—",
    "Al-",
    "99999999999999999999999",
    "5 killed ",
    "killed 5, ",
    "between 3 and ",
    "U.S. ",
    "Mr. ",
    "on 31 February 2025 ",
    "in 1990s ",
    "\u00a0",
    "\u00ad",
    "\ufffd",
    "ж",
    "é",
    "0",
    ",",
    ":",
    "|",
    "=" * 40,
]
COUNT_FIELDS = ("killed", "killed_perpetrators", "injured", "arrested")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def mutate(rng: random.Random, base: str) -> str:
    out = base
    for _ in range(rng.randint(0, 6)):
        op = rng.random()
        pos = rng.randint(0, len(out))
        if op < 0.45:
            out = out[:pos] + rng.choice(PIECES) * rng.choice((1, 1, 2, 5, 50)) + out[pos:]
        elif op < 0.6:
            end = min(len(out), pos + rng.randint(1, 12))
            out = out[:pos] + out[end:]
        elif op < 0.75:
            out = out[:pos] + rng.choice(SENTENCES) + " " + out[pos:]
        elif op < 0.85:
            out = out[:pos] + chr(rng.randint(1, 0x2FFF)) + out[pos:]
        else:
            words = out.split(" ")
            rng.shuffle(words)
            out = " ".join(words)
    return out


def inputs(n: int, seed: int) -> Iterator[str | bytes]:
    rng = random.Random(seed)
    for i in range(n):
        text = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 4)))
        text = mutate(rng, text)
        form = i % 10
        if form == 7:
            yield f"<html><body><p>{text}</p></body></html>"
        elif form == 8:
            yield text.encode(rng.choice(("utf-8", "utf-16", "utf-8-sig")))
        elif form == 9:
            yield text.encode("utf-8", errors="replace") + bytes(rng.randint(0, 255) for _ in range(3))
        else:
            yield text


def violations(doc: Any) -> list[str]:
    from typing import get_args, get_type_hints

    from kronika.record import Event

    hints = get_type_hints(Event)

    def literal_values(hint: Any) -> set[Any]:
        args = get_args(hint)
        return {a for arg in args for a in (literal_values(arg) if get_args(arg) else [arg])}

    enums = {
        name: literal_values(hints[name])
        for name in ("kind", "date_precision", "geo_precision", "attribution")
    }
    bad: list[str] = []
    ids = [e.event_id for e in doc.events]
    if len(ids) != len(set(ids)):
        bad.append("duplicate event ids")
    for e in doc.events:
        for ev in e.evidence:
            if not (0 <= ev.start <= ev.end <= len(doc.text)) or doc.text[ev.start : ev.end] != ev.text:
                bad.append(f"evidence offsets {ev.start}:{ev.end}")
        for field in ("date_start", "date_end"):
            value = getattr(e, field)
            if value is not None and not _DATE.fullmatch(value):
                bad.append(f"{field} {value!r}")
        if e.date_start and e.date_end and e.date_start > e.date_end:
            bad.append("date_start after date_end")
        for field, allowed in enums.items():
            if allowed and getattr(e, field) not in allowed:
                bad.append(f"{field} {getattr(e, field)!r}")
        for field in COUNT_FIELDS:
            value = getattr(e, field)
            if value is not None and not 0 <= value <= 10_000_000:
                bad.append(f"{field} {value}")
        if e.killed_perpetrators is not None and (e.killed is None or e.killed_perpetrators > e.killed):
            bad.append("killed_perpetrators > killed")
    return bad


def run(n: int, seed: int, report_every: int = 0, part: int = 0, parts: int = 1) -> dict[str, Any]:
    """Check inputs 0..n-1 (those with index % parts == part)."""
    from kronika.api import process_input
    from kronika.errors import KronikaError

    process_input("warm up.", "w")
    stats: dict[str, Any] = {"inputs": 0, "errors": 0, "exceptions": 0, "violations": 0, "over_1s": 0}
    examples: list[str] = []
    slowest = (0.0, "")
    started = time.time()
    for i, data in enumerate(inputs(n, seed)):
        if i % parts != part:
            continue
        t0 = time.process_time()
        try:
            doc = process_input(data, f"fuzz-{i}")
        except KronikaError as exc:
            stats["errors"] += 1
            if "\n" in str(exc):
                stats["violations"] += 1
                examples.append(f"{i}: multi-line error")
            continue
        except Exception as exc:
            stats["exceptions"] += 1
            examples.append(f"{i}: {type(exc).__name__}: {exc}"[:200])
            continue
        finally:
            spent = time.process_time() - t0
            stats["inputs"] += 1
            size = len(data if isinstance(data, bytes) else data.encode("utf-8", "replace"))
            if spent > 1.0 and size < 100_000:
                stats["over_1s"] += 1
            if spent > slowest[0]:
                slowest = (spent, repr(data[:80]))
        problems = violations(doc)
        if problems:
            stats["violations"] += 1
            examples.append(f"{i}: {problems[:3]}")
        if report_every and stats["inputs"] % report_every == 0:
            # a checkpoint line per part, so a run cut short still tells what it checked
            so_far = {k: stats[k] for k in ("inputs", "errors", "exceptions", "violations", "over_1s")}
            so_far.update(part=part, seconds=round(time.time() - started), slowest_cpu_s=round(slowest[0], 3))
            print(json.dumps(so_far), file=sys.stderr, flush=True)
    stats["slowest_cpu_s"] = round(slowest[0], 3)
    stats["slowest_input"] = slowest[1]
    stats["examples"] = examples[:10]
    return stats


def scaling(repeats: int = 3) -> list[dict[str, float]]:
    """CPU microseconds per word as a report doubles (each doubling of the same prose)."""
    from kronika.api import extract

    base = " ".join(SENTENCES) + "\n\n"
    rows = []
    for doublings in range(0, 7):
        text = base * (2**doublings)
        words = len(text.split())
        best = min(_timed(extract, text) for _ in range(repeats))
        rows.append({"words": words, "us_per_word": round(best / words * 1e6, 1)})
    return rows


def _timed(fn: Any, text: str) -> float:
    t0 = time.process_time()
    fn(text, document_id="scale")
    return time.process_time() - t0


def _run_part(task: tuple[int, int, int, int]) -> dict[str, Any]:
    n, seed, part, parts = task
    return run(n, seed, report_every=1_000, part=part, parts=parts)


def run_parallel(n: int, seed: int, workers: int) -> dict[str, Any]:
    if workers <= 1:
        return run(n, seed, report_every=10_000)
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        results = pool.map(_run_part, [(n, seed, k, workers) for k in range(workers)])
    total: dict[str, Any] = {
        key: sum(r[key] for r in results)
        for key in ("inputs", "errors", "exceptions", "violations", "over_1s")
    }
    slow = max(results, key=lambda r: r["slowest_cpu_s"])
    total["slowest_cpu_s"], total["slowest_input"] = slow["slowest_cpu_s"], slow["slowest_input"]
    total["examples"] = [e for r in results for e in r["examples"]][:10]
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    # a stopped run stops its workers too (the pool is closed on the way out)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    t0 = time.time()
    stats = run_parallel(args.inputs, args.seed, args.workers)
    stats["scaling"] = scaling()
    stats["wall_s"] = round(time.time() - t0, 1)
    if args.json:
        print(json.dumps(stats, indent=2))
        return
    for key, value in stats.items():
        print(f"{key:15} {value}")
    per_word = [r["us_per_word"] for r in stats["scaling"]]
    print(f"per-word cost from smallest to largest: x{per_word[-1] / statistics.mean(per_word[:1]):.2f}")


if __name__ == "__main__":
    main()
