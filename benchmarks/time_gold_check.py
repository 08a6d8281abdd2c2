"""Dev check of the temporal stage against gold events, before events exist to score.

    python benchmarks/time_gold_check.py GOLD.jsonl [GOLD.jsonl ...]

For each gold event: is there a Timex in its document whose interval and precision the
scorer's date rule would accept? Prints the misses and the share found.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from kronika.api import process_file
from kronika.time.types import Timex


def accepts(t: Timex, gold: dict[str, str]) -> bool:
    gs, ge, gp = (
        date.fromisoformat(gold["date_start"]),
        date.fromisoformat(gold["date_end"]),
        gold["date_precision"],
    )
    if gp == "day":
        return t.precision == "day" and t.date_start == gs
    if gp == "days":
        return t.precision in ("day", "days") and gs <= t.date_start <= t.date_end <= ge
    return t.precision == gp and gs <= t.date_start <= t.date_end <= ge


def main(paths: list[str]) -> None:
    for gold_path in paths:
        rows = [json.loads(line) for line in Path(gold_path).read_text().splitlines() if line.strip()]
        corpus = Path(gold_path).resolve().parents[1] / "corpus"
        docs = {}
        found = 0
        for row in rows:
            name = row["doc"]
            if name not in docs:
                docs[name] = process_file(corpus / name, until="time")
            doc = docs[name]
            hits = [t for t in doc.timexes if accepts(t, row)]
            if hits:
                found += 1
            else:
                print(
                    f"  MISS {name[:24]:24} {row['date_start']}..{row['date_end']} {row['date_precision']:6} "
                    f"{'(optional) ' if row.get('optional') else ''}{row.get('note', '')[:70]}"
                )
        print(f"{gold_path}: {found}/{len(rows)} gold dates present among the timexes")


if __name__ == "__main__":
    main(sys.argv[1:])
