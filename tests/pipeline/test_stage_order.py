from __future__ import annotations

import pytest

from kronika.pipeline import Pipeline, PipelineError, Stage


def _noop(doc) -> None:
    return None


def test_default_pipeline_runs_every_stage_in_order() -> None:
    assert Pipeline.default().names == [
        "clean",
        "language",
        "segment",
        "time",
        "places",
        "actors",
        "events",
        "assemble",
    ]


def test_a_stage_before_what_it_needs_is_refused() -> None:
    with pytest.raises(PipelineError, match="needs segment"):
        Pipeline([Stage("clean", (), _noop), Stage("time", ("segment",), _noop)])


@pytest.mark.parametrize("until, last", [("clean", "clean"), ("segment", "segment"), ("places", "places")])
def test_pipeline_can_stop_after_a_stage(until: str, last: str) -> None:
    assert Pipeline.default(until=until).names[-1] == last
