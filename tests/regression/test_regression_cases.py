"""Real-looking reports written for kronika, each with the events it should yield.

Each ``cases/NAME.txt`` has ``cases/NAME.expected.json``: the publication date and the
expected events in text order, with the fields that must match. Every expected event must
be found (same kind and start date) and no other event may be reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kronika import api

CASES = Path(__file__).parent / "cases"


def _cases() -> list[Path]:
    return sorted(CASES.glob("*.txt"))


@pytest.mark.parametrize("path", _cases(), ids=lambda p: p.stem)
def test_case(path: Path) -> None:
    spec = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    events = api.extract(path.read_text(encoding="utf-8"), path.name, spec["published"])
    got = [e.to_dict() for e in events]
    summary = [(e["kind"], e["date_start"], e["killed"], e["injured"], e["attribution"]) for e in got]
    assert len(got) == len(spec["events"]), summary
    unused = list(got)
    for want in spec["events"]:
        match = next(
            (e for e in unused if e["kind"] == want["kind"] and e["date_start"] == want["date_start"]), None
        )
        assert match is not None, (want, summary)
        unused.remove(match)
        for key, value in want.items():
            assert match[key] == value, (key, want, summary)


def test_there_are_several_cases() -> None:
    assert len(_cases()) >= 4
