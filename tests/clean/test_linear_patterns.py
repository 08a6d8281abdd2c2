"""The patterns rewritten to run in linear time match exactly what the backtracking ones did.

Each rewritten pattern is compared, on short strings over the characters it cares about
(where the old one is still quick), with the pattern it replaced; the speed on long runs is
measured in benchmarks/pathological.py.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import segment
from kronika.clean import boilerplate, layout, markup, tail

OLD_AND_NEW = [
    (r"(?:\.{2,}|…|[.!?])+[\"'”’)\]]*(?=\s)", segment._BOUNDARY, ".!?…\"')] \nab"),
    (r"[ \t]+(?=\n)", layout._PATTERNS[0][0], " \t\nab."),
    (r"\s+\Z", layout._TRAIL, " \t\nab."),
    (r"[ \t]*(?<!\S)(?:\d{1,4}px|skin-invert(?:-image)?\]*)(?!\S)", markup._IMAGE_RESIDUE, " \t\n4px]a"),
    (
        r"[ \t]*(?<!\S)(?:x v t(?: e)?|v t e|V T E|V · T · E|v · t · e)(?![^\s,.;:])",
        markup._NAVBOX,
        " \txvteVT·,",
    ),
    (r"^[=#\s]+|[=#\s]+$", tail._MARKERS, "=# \tab"),
    (r"\s*\[\s*edit[^\]]*\]\s*$|\s+edit$", tail._EDIT, " [edit]x"),
]


@pytest.mark.parametrize(
    ("old", "new", "alphabet"), OLD_AND_NEW, ids=[p[1].pattern[:30] for p in OLD_AND_NEW]
)
def test_rewritten_pattern_matches_as_before(old: str, new: re.Pattern[str], alphabet: str) -> None:
    reference = re.compile(old, new.flags)

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=14))
    def same(text: str) -> None:
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in reference.finditer(text)]

    same()


EDIT_OLD = re.compile(r"(?:\s*\[\s*edit(?:\s*\|\s*edit source)?\s*\]|\s+edit)\s*$", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" [edit]|sourcx", max_size=16))
def test_edit_suffix_finds_the_same_suffix(text: str) -> None:
    old, new = EDIT_OLD.search(text), markup._EDIT_SUFFIX.search(text)
    assert (old.span() if old else None) == (new.span() if new else None)


BYLINE_OLD = re.compile(
    r"^(?i:by|written by|reporting by|words by|story by)\s+"
    r"(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s*){1,4})*$"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="By AJo,&and.", max_size=18))
def test_byline_accepts_the_same_lines(text: str) -> None:
    line = "By " + text
    assert bool(boilerplate._BYLINE.match(line)) == bool(BYLINE_OLD.match(line))


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("== Background ==", "Background"),
        ("=== Attacks in the north ===   ", "Attacks in the north"),
        ("# Summary", "Summary"),
        ("## Week 12 ##", "Week 12"),
        ("# C#", "C"),
        ("=" * 5000 + " x", None),
        ("# " + "word " * 200, None),
        ("Plain line", None),
    ],
)
def test_marked_headings(line: str, words: str | None) -> None:
    found = segment._heading_words(line)
    assert (line[found[0] : found[1]] if found else None) == words
