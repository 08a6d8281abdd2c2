"""`-f text`: one readable line per event (kind, date, place, killed, a sentence of evidence)."""

from __future__ import annotations

import json

import pytest

from kronika.export import TEXT_EVIDENCE_CHARS, text_line
from kronika.record import Event, Evidence
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample-report.txt"


def test_one_line_per_event_after_a_header(run_cli) -> None:
    records = [json.loads(line) for line in run_cli("extract", str(SAMPLE)).out.splitlines()]
    result = run_cli("extract", str(SAMPLE), "-f", "text")
    assert result.code == 0, result.err
    header, *lines = result.out.splitlines()
    assert header.split()[:4] == ["kind", "date", "place", "killed"]
    assert len(lines) == len(records)
    for line, record in zip(lines, records, strict=True):
        assert line.startswith(record["kind"]) and (record["date_start"] or "date unknown") in line


@pytest.mark.parametrize(
    "spans, expected",
    [
        (
            ["A headline without a stop", "The whole sentence, with its stop."],
            "The whole sentence, with its stop.",
        ),
        (["Only a fragment"], "Only a fragment"),
        ([], ""),
        (["A  sentence\nacross   lines."], "A sentence across lines."),
    ],
)
def test_the_evidence_shown_is_the_first_whole_sentence(spans: list[str], expected: str) -> None:
    e = Event("id", "doc.txt", "attack", evidence=[Evidence("doc.txt", 0, len(t), t) for t in spans])
    assert text_line(e).endswith(expected)


def test_long_evidence_is_cut_and_unknowns_are_said() -> None:
    long = "word " * 100 + "end."
    e = Event("id", "doc.txt", "clash", killed=None, evidence=[Evidence("doc.txt", 0, len(long), long)])
    line = text_line(e)
    assert "date unknown" in line and "place unknown" in line and " - " in line
    assert line.endswith("…") and len(line.split("  ")[-1]) <= TEXT_EVIDENCE_CHARS + 1
