"""Before/after check for refactors: every record of every dev and held-out document, as JSON lines.

    python benchmarks/records_snapshot.py save /tmp/before.jsonl
    python benchmarks/records_snapshot.py check /tmp/before.jsonl   # exit 1 and a diff when records differ

Documents: ``../shared/corpus``, ``../shared/corpus2`` and ``../shared/corpus-ru`` (each with the
``published`` column of its SOURCES.tsv where filled) and ``benchmarks/heldout*/corpus``. A refactor
that must not change behaviour keeps the file byte-identical. ``KRONIKA_PREFILTER=off`` runs the
slow, ungated scans (`kronika.prefilter.ungated`): ``save`` with it and ``check`` without shows
the speed gates change no record.
"""

from __future__ import annotations

import csv
import difflib
import json
import sys
from pathlib import Path

from kronika.api import process_file

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def corpora() -> list[Path]:
    found = [SHARED / name for name in ("corpus", "corpus2", "corpus-ru")]
    found += sorted(p / "corpus" for p in (ROOT / "benchmarks").glob("heldout*"))
    return [p for p in found if p.is_dir()]


def published_dates(folder: Path) -> dict[str, str]:
    sources = folder / "SOURCES.tsv"
    if not sources.is_file():
        return {}
    with sources.open(encoding="utf-8", newline="") as fh:
        return {r["file"]: (r.get("published") or "").strip() for r in csv.DictReader(fh, delimiter="\t")}


def documents(folders: list[Path] | None = None) -> list[tuple[Path, str | None]]:
    """Every document of the folders (default: `corpora`) with its ``published`` date."""
    out: list[tuple[Path, str | None]] = []
    for folder in corpora() if folders is None else folders:
        dates = published_dates(folder)
        for path in sorted(folder.iterdir()):
            if path.name != "SOURCES.tsv" and path.is_file():
                out.append((path, dates.get(path.name) or None))
    return out


def records(path: Path, published: str | None) -> list[str]:
    """The records of one document, one JSON line each, keys sorted."""
    doc = process_file(path, published=published)
    label = f"{path.parent.parent.name}/{path.parent.name}/{path.name}"
    return [
        json.dumps({"file": label, **event.to_dict()}, ensure_ascii=False, sort_keys=True, default=str)
        for event in doc.events
    ]


def snapshot() -> list[str]:
    return [line for path, published in documents() for line in records(path, published)]


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("save", "check"):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: records_snapshot.py save|check FILE", file=sys.stderr)
        return 2
    mode, target = argv
    lines = snapshot()
    if mode == "save":
        Path(target).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} records saved to {target}")
        return 0
    before = Path(target).read_text(encoding="utf-8").splitlines()
    if before == lines:
        print(f"identical: {len(lines)} records")
        return 0
    for line in difflib.unified_diff(before, lines, "before", "after", lineterm="", n=0):
        print(line)
    print(f"\nDIFFERENT: {len(before)} records before, {len(lines)} after")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
