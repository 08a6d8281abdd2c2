"""The offset map: identity, composition, and cleaned offsets that always land in the raw text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.clean import clean_text
from kronika.clean.edits import Edit, apply_edits
from kronika.document import OffsetMap


@pytest.mark.parametrize(
    "runs, offset, raw",
    [
        ([(0, 0, 5)], 3, 3),
        ([(0, 0, 5), (5, 10, 5)], 5, 10),  # a start on a seam maps into the next run
        ([(0, 0, 5), (6, 10, 5)], 5, 5),  # the end of a run, before an inserted character
        ([(0, 0, 5), (6, 10, 5)], 6, 10),
        ([(0, 4, 3)], 0, 4),
        ([(0, 4, 3)], 3, 7),
    ],
)
def test_to_raw(runs: list[tuple[int, int, int]], offset: int, raw: int) -> None:
    assert OffsetMap(runs).to_raw(offset) == raw


@pytest.mark.parametrize(
    "runs, span, raw_span",
    [
        ([(0, 0, 5), (5, 10, 5)], (2, 5), (2, 5)),  # an end on a seam stays before the gap
        ([(0, 0, 5), (5, 10, 5)], (3, 7), (3, 12)),
        ([(0, 0, 5), (6, 10, 5)], (0, 6), (0, 5)),  # an inserted joining space adds nothing
        ([(0, 0, 5)], (4, 4), (4, 4)),
    ],
)
def test_span_to_raw(
    runs: list[tuple[int, int, int]], span: tuple[int, int], raw_span: tuple[int, int]
) -> None:
    assert OffsetMap(runs).span_to_raw(*span) == raw_span


def test_adjacent_runs_merge() -> None:
    assert OffsetMap([(0, 0, 3), (3, 3, 4)]).runs == [(0, 0, 7)]


text_chars = st.text(alphabet="ab c\n.", max_size=40)


@st.composite
def edits_of(draw: st.DrawFn, text: str) -> list[Edit]:
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append(Edit(a, b, draw(st.sampled_from(["", " ", "xy"]))))
    return edits


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_composition_equals_one_step(data: st.DataObject) -> None:
    raw = data.draw(text_chars)
    first = data.draw(edits_of(raw))
    mid, m1 = apply_edits(raw, first)
    second = data.draw(edits_of(mid))
    final, m2 = apply_edits(mid, second)
    composed = m2.compose(m1)
    for clean_start, raw_start, length in composed.runs:
        assert final[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
    # every verbatim character of the final text is found by composing the two maps
    for clean_start, mid_start, length in m2.runs:
        for k in range(length):
            mid_offset = mid_start + k
            inner = [r for r in m1.runs if r[0] <= mid_offset < r[0] + r[2]]
            if inner:
                assert composed.to_raw(clean_start + k) == m1.to_raw(mid_offset)


@settings(max_examples=100, deadline=None)
@given(text_chars)
def test_identity_composes_to_itself(raw: str) -> None:
    identity = OffsetMap.identity(len(raw))
    assert identity.compose(identity) == identity
    _, step = apply_edits(raw, [])
    assert step == identity


sentences = st.sampled_from(
    [
        "Gunmen attacked a police post on 4 May 2019, killing two officers.",
        "The army said it had arrested three suspects.",
        "Residents fled the town",
        "In Sampletown, a bomb exploded near the market.",
    ]
)
debris = st.sampled_from(
    [
        "[12]",
        "[citation needed]",
        "{{cite news|x=1}}",
        "\nAdvertisement\n",
        "\nShare this article\n",
        "\nSampletown Sampletown is a town invented for this test, with a gloss long enough"
        " to look real ...\n",
        "\u00a0",
        "\r\n",
        " x v t",
        "\n\n\n",
        "  ",
    ]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(sentences, debris), max_size=14).map(" ".join))
def test_cleaned_offsets_map_into_the_raw_text(raw: str) -> None:
    text, offsets = clean_text(raw)
    for clean_start, raw_start, length in offsets.runs:
        assert raw_start >= 0 and raw_start + length <= len(raw)
        assert text[clean_start : clean_start + length] == raw[raw_start : raw_start + length]
    previous = 0
    for offset in range(len(text) + 1):
        mapped = offsets.to_raw(offset)
        assert 0 <= mapped <= len(raw)
        assert mapped >= previous  # the map never goes backwards
        previous = mapped
    # what is not in a run was inserted by the cleaner: only joining whitespace or a heading
    covered = set()
    for clean_start, _, length in offsets.runs:
        covered.update(range(clean_start, clean_start + length))
    inserted = "".join(ch for i, ch in enumerate(text) if i not in covered)
    assert set(inserted) <= set(" \nInfobx")
