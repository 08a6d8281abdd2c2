"""The words splits and claims read (series, site lists, town lists, claim objects) are cues of
``cues.json``, compiled as written: each one the code names exists and keeps its case."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kronika.events import claims, lexicon, splits

SOURCES = [Path(module.__file__).read_text(encoding="utf-8") for module in (claims, splits)]
NAMED = sorted({name for text in SOURCES for name in re.findall(r'exact_cue\(\s*"([a-z_]+)"', text)})


def test_the_code_names_its_cues() -> None:
    assert len(NAMED) >= 8, NAMED


@pytest.mark.parametrize("name", NAMED)
def test_every_named_cue_is_data_and_compiles_as_written(name: str) -> None:
    pattern = claims.exact_cue(name)
    assert pattern.pattern == lexicon.cues()[name]
    assert not pattern.flags & re.IGNORECASE


@pytest.mark.parametrize(
    ("text", "told_in_passing"),
    [
        ("a series of ", True),
        ("a wave of deadly ", True),
        ("the campaign of ", True),
        ("the army said ", False),
        ("A Series of ", False),  # read as written: a title, not a series told in passing
    ],
)
def test_a_series_told_in_passing(text: str, told_in_passing: bool) -> None:
    assert bool(claims.exact_cue("series_of_before").search(text)) == told_in_passing
