"""The word lists and patterns of data/clean/ load, compile and hold no duplicates."""

from __future__ import annotations

from importlib import resources

import pytest

from kronika.clean.resources import json_table, pattern_list, sectioned_list, word_list

DATA = resources.files("kronika").joinpath("data", "clean")
TEXT_LISTS = sorted(p.name for p in DATA.iterdir() if p.name.endswith(".txt"))
PATTERN_LISTS = [
    "boilerplate_lines.txt",
    "navigation_lines.txt",
    "reference_markers.txt",
    "caption_prefixes.txt",
    "credit_suffixes.txt",
]


@pytest.mark.parametrize("name", TEXT_LISTS)
def test_text_list_loads_without_duplicates(name: str) -> None:
    entries = [
        line.strip().casefold()
        for line in DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert entries, name
    assert word_list(name)
    if name != "sentence_openers.txt":
        assert len(entries) == len(set(entries)), name


@pytest.mark.parametrize("name", PATTERN_LISTS)
def test_pattern_list_compiles(name: str) -> None:
    assert all(p.pattern for p in pattern_list(name))


def test_abbreviation_sections() -> None:
    sections = sectioned_list("abbreviations.txt")
    assert set(sections) == {"title", "number", "other"}
    assert {"mr", "lt", "col", "gen", "st"} <= sections["title"]
    assert {"jan", "feb", "no"} <= sections["number"]
    assert {"u.s", "a.m"} <= sections["other"]


@pytest.mark.parametrize(
    "name, keys",
    [
        ("infobox.json", {"markup_keys", "residue_tokens"}),
        ("html.json", {"drop_tags", "drop_class_words", "block_tags", "title_meta", "date_meta"}),
    ],
)
def test_json_tables(name: str, keys: set[str]) -> None:
    table = json_table(name)
    assert keys <= set(table)
    for key in keys:
        assert table[key] and all(isinstance(v, str) for v in table[key])
