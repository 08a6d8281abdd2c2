"""Speed of the pipeline, side by side with an earlier commit, in one run.

For this checkout and for ``--against REV`` (a commit checked out into a temporary git worktree),
a fresh child process per checkout measures:

  - steady-state words per second over the English development documents
    (``../shared/corpus`` and ``../shared/corpus2``) through the Python API, after one warm-up
    pass, and the same per stage (clean, segment, time, places, actors, events, assemble);
  - per-word cost at growing document lengths (1k, 10k, 100k words; 1M with ``--full``), the
    long documents built by joining the development documents as paragraphs;
  - the peak resident memory of that process;
  - the first ``kronika extract`` of one document with an empty cache (``--first-run``), wall time.

The ratio of the two checkouts is the change's effect on the same machine, whatever else the
machine is doing (run it on an idle machine all the same: both sides share the noise).

With ``--rounds N`` the steady-state pass of both checkouts is run N-1 times more, alternating
which goes first, and the median of the N ratios is reported beside each one.

Usage: python benchmarks/speed.py [--against 0b77f60] [--repeat 3] [--sizes 1000,10000,100000]
                                  [--full] [--first-run] [--rounds 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = ("corpus", "corpus2")
SAMPLE = ROOT / "samples" / "sample-report.txt"


# --- the measuring child -------------------------------------------------------------------


def _texts() -> list[tuple[str, str]]:
    from kronika.load import load_path

    paths = [p for c in CORPORA for p in sorted((SHARED / c).glob("*.txt"))]
    return [(p.name, load_path(p).text) for p in paths]


def _per_stage(texts: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    from kronika.api import make_document
    from kronika.pipeline import Pipeline

    stages = Pipeline.default().stages
    spent = dict.fromkeys((s.name for s in stages), 0.0)
    for _ in range(repeat):
        for name, text in texts:
            doc = make_document(text, name)
            for stage in stages:
                start = time.process_time()
                stage.run(doc)
                spent[stage.name] += time.process_time() - start
                doc.layers.append(stage.name)
    words = sum(len(t.split()) for _, t in texts) * repeat
    return {name: round(words / s) if s else 0 for name, s in spent.items()}


def _steady(texts: list[tuple[str, str]], repeat: int) -> dict[str, float]:
    from kronika.api import process

    for name, text in texts:  # warm-up pass: resources loaded, caches filled
        process(text, name)
    words = sum(len(t.split()) for _, t in texts) * repeat
    start = time.process_time()
    for _ in range(repeat):
        for name, text in texts:
            process(text, name)
    cpu = time.process_time() - start
    return {
        "documents": len(texts) * repeat,
        "words": words,
        "cpu_seconds": round(cpu, 3),
        "words_per_cpu_second": round(words / cpu),
    }


def _scaling(texts: list[tuple[str, str]], sizes: list[int]) -> dict[str, float]:
    from kronika.api import process

    paragraphs = [p for _, t in texts for p in t.split("\n\n") if p.strip()]
    random.Random(0).shuffle(paragraphs)  # every length gets the same mix of page kinds
    out = {}
    for size in sizes:
        chunks, words, i = [], 0, 0
        while words < size:
            para = paragraphs[i % len(paragraphs)]
            chunks.append(para)
            words += len(para.split())
            i += 1
        text = "\n\n".join(chunks)
        runs, start = 0, time.process_time()
        while runs == 0 or time.process_time() - start < 1.0:  # short documents: repeat for a stable figure
            process(text, f"scaling-{size}.txt")
            runs += 1
        cpu = (time.process_time() - start) / runs
        out[str(size)] = round(cpu / words * 1e6, 2)  # microseconds per word
    return out


def measure(repeat: int, sizes: list[int]) -> dict:
    texts = _texts()
    result = {
        "steady": _steady(texts, repeat),
        "per_stage_words_per_cpu_second": _per_stage(texts, 1),
        "us_per_word_by_length": _scaling(texts, sizes),
    }
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


# --- the driver ----------------------------------------------------------------------------


def _child(checkout: Path, args: list[str], env: dict[str, str] | None = None) -> dict:
    env = dict(os.environ if env is None else env, PYTHONPATH=str(checkout / "src"))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=checkout, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measuring {checkout} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def first_run(checkout: Path) -> dict[str, float]:
    """Wall time of one `kronika extract` with an empty place-index cache, and the CPU time
    of it and the processes it starts (on a shared machine, the figure to compare)."""
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, KRONIKA_CACHE=cache, PYTHONPATH=str(checkout / "src"))
        cmd = [sys.executable, "-m", "kronika", "extract", str(SAMPLE), "--quiet"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env, cwd=checkout, check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        return {"first_extract_seconds": round(wall, 2), "first_extract_cpu_seconds": round(cpu, 2)}


def _worktree(rev: str, where: Path) -> Path:
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(where), rev], check=True)
    return where


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", default="0b77f60", help="the earlier commit to compare with ('' for none)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--full", action="store_true", help="also a 1M-word document")
    ap.add_argument("--first-run", action="store_true", help="also time a first run with an empty cache")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="with --against: this many steady-state comparisons in all (the first that of the "
        "full run, the others steady-state only, alternating which checkout goes first) and the "
        "median of their ratios (a shared machine's load moves one run's ratio by about a tenth)",
    )
    ap.add_argument("--steady-only", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",") if s] + ([1_000_000] if a.full else [])
    if a.measure:
        if a.steady_only:
            print(json.dumps({"steady": _steady(_texts(), a.repeat)}))
        else:
            print(json.dumps(measure(a.repeat, sizes)))
        return
    child_args = ["--repeat", str(a.repeat), "--sizes", ",".join(map(str, sizes))]
    results = {"this": _child(ROOT, child_args)}
    if a.first_run:
        results["this"].update(first_run(ROOT))
    ratios: list[float] = []
    if a.against:
        tmp = Path(tempfile.mkdtemp(prefix="kronika-speed-"))
        try:
            base = _worktree(a.against, tmp / "base")
            results[a.against] = _child(base, child_args)
            if a.first_run:
                results[a.against].update(first_run(base))
            ratios.append(_ratio(results["this"], results[a.against]))
            steady_args = ["--repeat", str(a.repeat), "--steady-only"]
            for i in range(max(0, a.rounds - 1)):
                pair = [ROOT, base] if i % 2 else [base, ROOT]  # the first run above: this first
                done = {str(c): _child(c, steady_args) for c in pair}
                ratios.append(_ratio(done[str(ROOT)], done[str(base)]))
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tmp / "base")],
                check=False,
                capture_output=True,
            )
            shutil.rmtree(tmp, ignore_errors=True)
    if ratios:
        results["ratios"] = [round(r, 3) for r in ratios]  # type: ignore[assignment]
    if a.json:
        print(json.dumps(results, indent=2))
        return
    for label, r in results.items():
        if label == "ratios":
            continue
        s = r["steady"]
        print(
            f"[{label}] steady {s['words_per_cpu_second']:,} words/CPU-s over {s['words']:,} words; "
            f"peak RSS {r['peak_rss_mb']} MB"
            + (
                f"; first run {r['first_extract_seconds']} s wall, {r['first_extract_cpu_seconds']} CPU-s"
                if "first_extract_seconds" in r
                else ""
            )
        )
        print(
            "   per stage (words/CPU-s): "
            + ", ".join(f"{k} {v:,}" for k, v in r["per_stage_words_per_cpu_second"].items())
        )
        costs = r["us_per_word_by_length"]
        print("   µs/word by document length: " + ", ".join(f"{k}: {v}" for k, v in costs.items()))
    if a.against:
        print(f"speed-up against {a.against}: {ratios[0]:.2f}x")
        if len(ratios) > 1:
            listed = ", ".join(f"{r:.2f}x" for r in ratios)
            median = statistics.median(ratios)
            print(f"   steady-state ratio of {len(ratios)} rounds: {listed}; median {median:.2f}x")


def _ratio(this: dict, base: dict) -> float:
    return float(this["steady"]["words_per_cpu_second"] / base["steady"]["words_per_cpu_second"])


if __name__ == "__main__":
    main()
