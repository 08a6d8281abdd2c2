"""The typing cues test the words their matches hold before a scan: every cue finds what its
pattern finds, in whole texts and in windows of them, with the gates on and off, and a text with
none of the words is not scanned."""

from __future__ import annotations

import contextlib

import pytest

from kronika import prefilter
from kronika.events import lexicon
from kronika.events import typing as acled_typing

# written for this test: paragraphs of the kinds the cues read (attacks, abductions, protests,
# riots, old ordnance, strikes) and one with none of their words
TEXTS = (
    "Gunmen who had abducted two traders in March were killed when soldiers repelled their attack "
    "on the camp; an unexploded shell left over from the civil war later went off nearby.",
    "Hundreds of demonstrators marched to the governor's office demanding the release of detained "
    "students; police fired tear gas and beat several of them, and a car was set on fire.",
    "A drone strike hit a warehouse in the port on Sunday night. Residents said the building had "
    "been used to store fuel; no one was hurt, officials said.",
    "A mob of villagers beat a man accused of stealing cattle to death after he was caught in the "
    "market, witnesses said.",
    "The weather stayed mild over the hills while the shops opened late.",
)


def _cues() -> list[str]:
    with lexicon.language("en"):
        return sorted(acled_typing.codebook()["cues"])


def _raw(name: str):  # the pattern itself, ungated
    cue = acled_typing.cue(name)
    return getattr(cue, "regex", cue)


@pytest.mark.parametrize("name", _cues())
def test_every_cue_finds_what_its_pattern_finds(name: str) -> None:
    with lexicon.language("en"):
        cue, raw = acled_typing.cue(name), _raw(name)
        for text in TEXTS:
            want = [m.span() for m in raw.finditer(text)]
            for switch in (prefilter.ungated, contextlib.nullcontext):
                with switch():
                    assert [m.span() for m in cue.finditer(text)] == want
                    found = cue.search(text)
                    assert (found.span() if found else None) == (want[0] if want else None)
                    # a window of the text, as the cues read "the 60 characters before a trigger"
                    part = raw.search(text, 20, len(text) - 10)
                    got = cue.search(text, 20, len(text) - 10)
                    assert (got.span() if got else None) == (part.span() if part else None)


def test_a_text_without_the_words_is_not_scanned() -> None:
    with lexicon.language("en"):
        gated = [n for n in _cues() if hasattr(acled_typing.cue(n), "required")]
        assert gated, "no typing cue is gated: the test tells nothing"
        plain = TEXTS[-1]
        skipped = [n for n in gated if not prefilter.may_match(acled_typing.cue(n).required, plain.lower())]
        assert skipped
        for name in skipped:
            assert acled_typing.cue(name).search(plain) is None
            assert list(acled_typing.cue(name).finditer(plain)) == []


@pytest.mark.parametrize("name", _cues())
def test_a_cue_is_gated_when_the_prefilter_would_gate_it(name: str) -> None:
    """Same words, same choice as `prefilter.gate` (only without its per-alternative table)."""
    with lexicon.language("en"):
        cue, raw = acled_typing.cue(name), _raw(name)
        by_prefilter = prefilter.gate(raw)
        assert getattr(cue, "required", None) == getattr(by_prefilter, "required", None)
