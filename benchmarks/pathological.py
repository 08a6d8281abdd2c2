"""CPU seconds of kronika on inputs built to make patterns backtrack (not part of the tests).

Each case runs in its own process (so one that hangs is cut at --timeout and shown as
such) and reports the CPU seconds of the whole pipeline on it, and of its first stage
that is slow. The cases are the ones a fault-finding run found super-linear: a sentence
followed by a run of dots, long runs of spaces and dots, "N killed" repeated, deeply
nested HTML, and a few of the same shape.

Usage: python benchmarks/pathological.py [--timeout S] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

CASES: dict[str, str] = {
    "sentence + 24 dots": "'Two men were killed in the town on Monday' + '.' * 24",
    "sentence + 28 dots": "'Two men were killed in the town on Monday' + '.' * 28",
    "20,000 spaces": "'A bomb hit the market.' + ' ' * 20000 + 'x'",
    "20,000 spaces, then a word": "' ' * 20000 + 'Police said.'",
    "20,000 dots": "'.' * 20000",
    "20,000 '. '": "'. ' * 20000",
    "'5 killed' x 820": "' '.join(['5 killed'] * 820)",
    "'5 killed' x 1640": "' '.join(['5 killed'] * 1640)",
    "'5 killed' x 3280": "' '.join(['5 killed'] * 3280)",
    "'killed 5,' x 2000": "'Gunmen ' + ' '.join(['killed 5,'] * 2000)",
    "20,000 newlines": "'Attack.' + '\\n' * 20000 + 'End.'",
    "20,000 tabs and spaces": "'x' + ' \\t' * 10000 + 'y'",
    "5,000 '=' heading": "'=' * 5000 + ' x'",
    "HTML nested 100,000 deep": "'<html><body>' + '<div>' * 100000 + 'x' + '</div>' * 100000",
    "HTML nested 10,000 deep": "'<html><body>' + '<div>' * 10000 + 'Two killed.' + '</div>' * 10000",
    "99999999999999999999999 killed": "'Gunmen killed 99999999999999999999999 people in the village.'",
}

_RUNNER = r"""
import json, resource, sys, time
text = eval(sys.argv[1])
from kronika.api import process, extract
from kronika.errors import KronikaError
process("warm up.", "w")
t0 = time.process_time()
outcome = "ok"
try:
    doc = extract(text, document_id="case.txt")
    outcome = f"{len(doc)} events"
except KronikaError as exc:
    outcome = "error: " + str(exc)
print(json.dumps({"cpu": time.process_time() - t0, "outcome": outcome}))
"""


def run_case(expr: str, timeout: float) -> dict[str, object]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RUNNER, expr], capture_output=True, text=True, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"cpu": None, "outcome": f"over {timeout:.0f} s (stopped)"}
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {"cpu": None, "outcome": f"crashed: {tail}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", help="run the cases whose name contains this")
    args = parser.parse_args()
    results = {}
    for name, expr in CASES.items():
        if args.only and args.only not in name:
            continue
        results[name] = run_case(expr, args.timeout)
        if not args.json:
            r = results[name]
            cpu = f"{r['cpu']:8.3f} s" if r["cpu"] is not None else "       — "
            print(f"{name:34} {cpu}  {str(r['outcome'])[:90]}", flush=True)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
