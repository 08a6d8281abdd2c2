"""The event stage's data files load, compile and agree with the record contract."""

from __future__ import annotations

import re

from kronika.events import lexicon
from kronika.record import KINDS


def test_triggers_load_with_valid_kinds_and_families() -> None:
    triggers = lexicon.triggers()
    assert len(triggers) > 20
    kinds = {t.kind for t in triggers}
    # every kind but "other" has a trigger, and no trigger invents a kind
    # (protest and riot: the codebook work of issue 10 adds their triggers and removes them from here)
    assert kinds == set(KINDS) - {"other", "protest", "riot"}


def test_every_cue_compiles() -> None:
    for name, value in lexicon.cues().items():
        if isinstance(value, str) and not name.startswith("_"):
            assert lexicon.cue(name).pattern == value
    assert lexicon.attribution_cues("ISIS")


def test_acled_covers_every_kind() -> None:
    table = lexicon.acled()
    for kind in KINDS:
        assert kind in ("attack", "protest", "riot") or kind in table["kinds"], kind
    for event_type, sub_type in table["attack_by_sub"].values():
        assert event_type and sub_type


def test_count_words_and_weapons_load() -> None:
    assert lexicon.numbers()["units"]["five"] == 5
    assert all(isinstance(r, re.Pattern) for r, _ in lexicon.weapons())
    assert {"armed", "civilian"} <= set(lexicon.targets())
    assert "attack" in lexicon.stopwords()
