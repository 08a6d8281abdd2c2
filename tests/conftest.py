"""Shared fixtures: paths to the development corpus (beside the repo) and a CLI runner."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from kronika.cli import main as cli_main

# On CI the property tests draw the same examples every run, so a landing is never decided by
# a lucky draw; on a developer's machine they keep exploring new examples. Neither profile
# times an example (a deadline) or its data generation (the too_slow health check): on a
# loaded machine those fail a correct test, and speed is measured in benchmarks/ instead.
UNTIMED = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("dev", **UNTIMED)
settings.register_profile("ci", derandomize=True, print_blob=True, **UNTIMED)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"
SAMPLES = ROOT / "samples"

# Tests are imported with --import-mode=importlib; a package marker in a test folder would
# make its name ("time", "store") shadow the standard library module of that name.
_markers = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("__init__.py"))
if _markers:
    raise pytest.UsageError(f"remove the package markers from tests/: {', '.join(_markers)}")


def gold_documents(gold_file: Path) -> list[Path]:
    names = sorted({json.loads(line)["doc"] for line in gold_file.read_text().splitlines() if line.strip()})
    return [CORPUS / n for n in names]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (GOLD / "world-dev.events.jsonl").exists():
        pytest.skip("the shared development corpus is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def dev_documents(shared_dir: Path) -> list[Path]:
    docs = gold_documents(GOLD / "is-caucasus-province.events.jsonl")
    return docs + gold_documents(GOLD / "world-dev.events.jsonl")


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]):
    """Run `kronika ARGS…` in-process and return its exit code, stdout and stderr."""

    def run(*args: str) -> CliResult:
        try:
            cli_main(list(args))
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        else:
            code = 0
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
