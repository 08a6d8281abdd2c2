"""How close `-f acled` rows come to ACLED's own coding, on a one-event-per-note set.

Runs kronika over a set of ACLED coder notes (docs.jsonl + gold.jsonl with acled_* labels,
such as ../shared/external/acled-dev; evaluation only: nothing of it goes into kronika) and
writes each document's records as ACLED rows. For the row of the record that agrees best
with the gold (same event_type first, then sub_event_type), it measures, over the documents
that got a row:

  actor1 type   the inter code of our actor1 equals the type of ACLED's actor1 (read from
                ACLED's generic names: Military/Police Forces 1, Unidentified Armed Group 3,
                ... Militia 4, Rioters 5, Protesters 6, Civilians 7; documents whose actor1 is a
                named group are left out of this one)
  actor1 name   our actor1 equals ACLED's, with ACLED's "(2015-2023)"-style periods dropped
  actor2 type   as actor1 type, for actor2 (no actor2 on both sides counts as agreement)
  interaction   both inter codes agree (only where both ACLED actors have a readable type)
  fatalities    our fatalities equal ACLED's (0 included)
  country       our country equals ACLED's
  crowd size    for protests and riots whose note ends in ACLED's [size=...] tag: our tags
                say "no report" exactly when ACLED's does
and the share of documents with a row at all.

With --given-type, only rows whose event_type is ACLED's are measured: what is left wrong
there is the actors the record names (or fails to name), not the event type.

Usage (from the project root):
  .venv/bin/python benchmarks/acled_export.py [SET_DIR] [--type T] [--given-type]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT.parent / "shared" / "external" / "acled-dev"

#: ACLED's generic actor names and their inter codes
GENERIC = (
    (re.compile(r"^(?:Military|Police) Forces of "), 1),
    (re.compile(r"^Unidentified Armed Group"), 3),
    (re.compile(r"Militia"), 4),
    (re.compile(r"^Rioters"), 5),
    (re.compile(r"^Protesters"), 6),
    (re.compile(r"^Civilians"), 7),
)
PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")
SIZE = re.compile(r"\[size=([^\]]*)\]\s*$")


def acled_type(name: str | None) -> int | None:
    if not name:
        return None
    for pattern, code in GENERIC:
        if pattern.search(name):
            return code
    return None


def plain(name: str | None) -> str:
    return PERIOD.sub("", name or "").strip().casefold()


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def best(rows: list[dict], gold: dict) -> dict | None:
    def agreement(row: dict) -> tuple[bool, bool]:
        return (
            row["event_type"] == gold.get("acled_event_type"),
            row["sub_event_type"] == gold.get("acled_sub_event_type"),
        )

    return max(rows, key=agreement) if rows else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set_dir", nargs="?", default=str(DEFAULT_SET))
    parser.add_argument("--type", default=None, help="only this ACLED event_type")
    parser.add_argument(
        "--given-type",
        action="store_true",
        help="measure only rows whose event_type is ACLED's (the export's part, apart from extraction's)",
    )
    args = parser.parse_args()
    set_dir = Path(args.set_dir)
    if not (set_dir / "gold.jsonl").exists():
        print(f"no gold.jsonl in {set_dir}", file=sys.stderr)
        return 2

    import kronika
    from kronika.store.acled import acled_rows

    texts = {d["doc"]: d for d in load(set_dir / "docs.jsonl")}
    golds = [g for g in load(set_dir / "gold.jsonl") if not args.type or g["acled_event_type"] == args.type]
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    started = time.perf_counter()
    for gold in golds:
        doc = texts[gold["doc"]]
        events = kronika.extract(doc["text"], document_id=gold["doc"], published=doc.get("published"))
        rows = [row for e in events if not e.summary for row in acled_rows(e)]
        for group in (gold["acled_event_type"], "all"):
            t = tally[group]

            def count(measure: str, ok: bool, t: dict = t) -> None:
                t[measure][0] += int(ok)
                t[measure][1] += 1

            count("has a row", bool(rows))
            row = best(rows, gold)
            if row is None or (args.given_type and row["event_type"] != gold["acled_event_type"]):
                continue
            g1, g2 = acled_type(gold.get("acled_actor1")), acled_type(gold.get("acled_actor2"))
            ours1 = int(row["inter1"]) if str(row["inter1"]).isdigit() else None
            ours2 = int(row["inter2"]) if str(row["inter2"]).isdigit() else None
            if g1 is not None:
                count("actor1 type", ours1 == g1)
            count("actor1 name", plain(row["actor1"]) == plain(gold.get("acled_actor1")))
            if g2 is not None or not gold.get("acled_actor2"):
                count("actor2 type", (ours2 or None) == g2)
            if g1 is not None and (g2 is not None or not gold.get("acled_actor2")):
                count("interaction", sorted((ours1 or 0, ours2 or 0)) == sorted((g1, g2 or 0)))
            count("fatalities", int(row["fatalities"]) == int(gold.get("acled_fatalities") or 0))
            count("country", plain(row["country"]) == plain(gold.get("acled_country")))
            size = SIZE.search(doc["text"])
            if size and gold["acled_event_type"] in ("Protests", "Riots"):
                gold_none = size.group(1).strip().casefold() == "no report"
                count("crowd size", row["tags"].endswith("no report") == gold_none)
    seconds = time.perf_counter() - started
    measures = ["has a row", "actor1 type", "actor1 name", "actor2 type", "interaction"]
    measures += ["fatalities", "country", "crowd size"]
    groups = [*sorted(g for g in tally if g != "all"), "all"]
    print(f"{'event_type':<28}" + "".join(f"{m:>14}" for m in measures))
    for group in groups:
        cells = []
        for m in measures:
            ok, n = tally[group][m]
            cells.append(f"{ok / n:>8.2f} {n:>4}" if n else f"{'-':>13}")
        print(f"{group:<28}" + " ".join(cells))
    print(
        f"{len(golds)} documents in {seconds:.0f} s (share right, then how many documents it was measured on)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
