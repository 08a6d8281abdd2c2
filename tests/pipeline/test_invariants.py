"""Invariants of the whole pipeline: offsets are sacred, runs are deterministic, records valid."""

from __future__ import annotations

from pathlib import Path

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kronika
from kronika.api import process
from kronika.record import json_schema
from tests.conftest import SAMPLES

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def _check_document(path: Path, run_cli) -> list[dict]:
    cleaned = run_cli("clean", str(path))
    assert cleaned.code == 0, cleaned.err
    text = cleaned.out
    rows = [e.to_dict() for e in kronika.extract_file(path)]
    for row in rows:
        assert VALIDATOR.is_valid(row), row
        assert row["evidence"], row
        for ev in row["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
    return rows


def test_dev_documents_evidence_indexes_clean_output_and_runs_repeat(dev_documents, run_cli) -> None:
    for path in dev_documents:
        first = _check_document(path, run_cli)
        second = [e.to_dict() for e in kronika.extract_file(path)]
        assert first == second, path.name


def test_bundled_sample_offsets_and_ids(run_cli) -> None:
    rows = _check_document(SAMPLES / "sample-report.txt", run_cli)
    ids = [r["event_id"] for r in rows]
    assert len(ids) == len(set(ids))


def test_layers_are_recorded_in_order() -> None:
    doc = process("Police arrested two men in Kano on 3 May 2021.", "t.txt")
    assert doc.layers == ["clean", "language", "segment", "time", "places", "actors", "events", "assemble"]


words = st.sampled_from(
    [
        "On",
        "12",
        "March",
        "2019,",
        "gunmen",
        "attacked",
        "a",
        "police",
        "post",
        "in",
        "Kano",
        "killing",
        "five",
        "people.",
        "The",
        "Islamic",
        "State",
        "claimed",
        "responsibility.",
        "\n\n",
        "[3]",
        "(IS)",
        "Dagestan",
        "injured",
        "at",
        "least",
        "7",
        "officers",
        "were",
        "arrested",
        "—",
        "é",
        "…",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(words, max_size=60).map(" ".join))
def test_every_span_of_every_layer_indexes_the_clean_text(text: str) -> None:
    doc = process(text, "prop.txt")
    for layer in (doc.paragraphs, doc.sentences, doc.timexes, doc.places, doc.actors):
        for span in layer:
            assert 0 <= span.start <= span.end <= len(doc.text)
            if hasattr(span, "text"):
                assert doc.text[span.start : span.end] == span.text
    for event in doc.events:
        for ev in event.evidence:
            assert doc.text[ev.start : ev.end] == ev.text
    for run_start, raw_start, length in doc.offsets.runs:
        assert doc.text[run_start : run_start + length] == doc.raw[raw_start : raw_start + length]
