"""Whole-process cost of the place stage: cold index build, warm open, and `kronika extract`.

    python benchmarks/geo_bench.py [FILE]

Runs each measurement in a child process and reads its peak memory from
resource.getrusage(RUSAGE_CHILDREN).ru_maxrss, so the numbers include the interpreter,
imports and the gazetteer. Targets: warm extract of a short document <= 1 s, peak <= 250 MB.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHORT = "Gunmen attacked a police checkpoint near Kizlyar, Dagestan, on 3 March 2019, killing two officers.\n"


def child(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak MB of one child process (peak of the largest child so far)."""
    t = time.perf_counter()
    subprocess.run(args, env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    return wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    doc = sys.argv[1] if len(sys.argv) > 1 else None
    kronika = str(Path(sys.executable).with_name("kronika"))
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "KRONIKA_CACHE": cache}
        build = [sys.executable, "-c", "from kronika.geo.gazetteer import gazetteer; gazetteer()"]
        wall, peak = child(build, env)
        print(f"cold index build: {wall:.2f} s (peak so far {peak:.0f} MB)")
        opener = [
            sys.executable,
            "-c",
            "from kronika.geo.gazetteer import gazetteer; gazetteer().lookup('kabul')",
        ]
        wall, _ = child(opener, env)
        print(f"warm open + one lookup (whole process): {wall:.2f} s")
        if doc is None:
            path = Path(cache) / "short.txt"
            path.write_text(SHORT, encoding="utf-8")
            doc = str(path)
        runs = [child([kronika, "extract", doc], env)[0] for _ in range(3)]
        # measure the extract's own peak in a fresh parent so the build's peak does not mask it
        probe = (
            "import resource, subprocess, sys;"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe, kronika, "extract", doc],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        print(
            f"warm kronika extract {Path(doc).name}: best {min(runs):.2f} s, peak {float(out.stdout):.0f} MB"
        )


if __name__ == "__main__":
    main()
