"""Speed and memory of the Russian path (not part of the test suite).

Measures, on this machine:
  - peak memory (max RSS) of a cold `kronika extract` process on one Russian report, with
    the Russian models loaded (pymorphy3's dictionary, CLD2, the Cyrillic place index);
  - whole-process wall time of that run;
  - throughput in words per second of the whole pipeline in one warm process, over the
    Russian dev reports beside the checkout (or the invented report below), repeated.

Usage: python benchmarks/russian_bench.py [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus-ru"

# An invented report, so the benchmark runs without the dev corpus.
INVENTED = (
    "НАЛЬЧИК, 14 мар - РИА Новости. В Баксанском районе Кабардино-Балкарии в ходе "
    "контртеррористической операции ликвидированы двое боевиков, оказавших вооруженное "
    "сопротивление, сообщили в НАК.\nНакануне в Нальчике сотрудники ФСБ задержали "
    "сторонника ИГ (запрещена в РФ), в тайнике у него обнаружены две гранаты и патроны.\n"
)


def texts() -> list[tuple[str, str]]:
    if CORPUS.exists():
        return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    return [("invented.txt", INVENTED)]


def throughput(repeat: int) -> dict[str, float]:
    from kronika.api import process

    docs = texts()
    words = sum(len(t.split()) for _, t in docs)
    for name, text in docs:  # warm: load the models once
        process(text, name, published="2024-03-14")
    start = time.perf_counter()
    for _ in range(repeat):
        for name, text in docs:
            process(text, name, published="2024-03-14")
    elapsed = time.perf_counter() - start
    return {"documents": len(docs), "words": words, "words_per_second": round(words * repeat / elapsed)}


def cold_process() -> dict[str, float]:
    kronika = Path(sys.executable).with_name("kronika")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as fh:
        fh.write(texts()[0][1])
    start = time.perf_counter()
    out = subprocess.run(
        ["/usr/bin/time", "-f", "%M", str(kronika), "extract", fh.name, "--published", "2024-03-14", "-q"],
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    Path(fh.name).unlink()
    rss_kb = int(out.stderr.strip().splitlines()[-1])
    return {"peak_rss_mb": round(rss_kb / 1024, 1), "wall_seconds": round(wall, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = {**cold_process(), **throughput(args.repeat)}
    print(json.dumps(result) if args.json else "\n".join(f"{k}: {v}" for k, v in result.items()))


if __name__ == "__main__":
    main()
