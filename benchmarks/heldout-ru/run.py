"""Score kronika on the Russian held-out set: each report is extracted with its publication date
from SOURCES.tsv (one `kronika extract` call per date, as the dev sets are run), then scored with
kronika's scorer (the rules of shared/eval/score.py).

Usage: python benchmarks/heldout-ru/run.py [--show] [--json]
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from kronika.evaluate import score

HERE = Path(__file__).resolve().parent
KRONIKA = Path(sys.executable).with_name("kronika")


def predictions() -> list[dict]:
    calls: dict[str, list[str]] = {}
    with (HERE / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            calls.setdefault((r.get("published") or "").strip(), []).append(str(HERE / "corpus" / r["file"]))
    rows = []
    for day, files in sorted(calls.items()):
        cmd = [str(KRONIKA), "extract", *files, "--format", "jsonl", "--quiet"]
        out = subprocess.run(cmd + (["--published", day] if day else []), capture_output=True, text=True)
        rows += [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="list misses, wrong fields and extras")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    gold = [
        json.loads(line) for line in (HERE / "gold.events.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    result = score(predictions(), gold)
    if args.json:
        print(json.dumps(asdict(result), ensure_ascii=False, indent=1))
        return
    if args.show:
        for d in result.detail:
            if not d["matched"]:
                print(f"MISS  {d['doc']} {d['gid']}")
            elif d["wrong"]:
                pred = json.dumps(d["pred"], ensure_ascii=False)
                print(f"WRONG {d['doc']} {d['gid']} {','.join(d['wrong'])}: {pred}")
        for e in result.extras:
            print(f"EXTRA {json.dumps(e, ensure_ascii=False)}")
    fields = " ".join(f"{k} {v:.2f}" if v is not None else f"{k} -" for k, v in result.fields.items())
    print(
        f"events F1 {result.f1:.3f} (P {result.precision:.3f} R {result.recall:.3f}, "
        f"{result.matched}/{result.required} gold, {result.unmatched_predictions} extra) | {fields}"
    )


if __name__ == "__main__":
    main()
