"""A fast twin of benchmarks/fuzz_bench.py: a few hundred mutated inputs, the same checks."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "fuzz_bench.py"


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("fuzz_bench", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("seed", [1, 2])
def test_mutated_inputs_keep_every_invariant(bench, seed: int) -> None:  # type: ignore[no-untyped-def]
    stats = bench.run(150, seed)
    assert stats["inputs"] == 150
    assert stats["exceptions"] == 0, stats["examples"]
    assert stats["violations"] == 0, stats["examples"]


def test_the_checks_catch_a_broken_record(bench) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    from kronika.api import process_input

    doc = process_input("Gunmen killed three people in Kabul on 2 May 2021.", "t")
    assert bench.violations(doc) == []
    doc.events = [dataclasses.replace(doc.events[0], killed=1, killed_perpetrators=2), doc.events[0]]
    problems = bench.violations(doc)
    assert "duplicate event ids" in problems and "killed_perpetrators > killed" in problems
