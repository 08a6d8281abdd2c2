"""The event stage's data files load, compile and agree with the record contract."""

from __future__ import annotations

import re

from kronika.events import lexicon
from kronika.record import KINDS


def test_triggers_load_with_valid_kinds_and_families() -> None:
    triggers = lexicon.triggers()
    assert len(triggers) > 20
    kinds = {t.kind for t in triggers}
    # every kind has a trigger, and no trigger invents a kind
    assert kinds == set(KINDS)


def test_every_cue_compiles() -> None:
    for name, value in lexicon.cues().items():
        if isinstance(value, str) and not name.startswith("_"):
            assert lexicon.cue(name).pattern == value
    assert lexicon.attribution_cues("ISIS")


def test_acled_covers_every_kind() -> None:
    table = lexicon.acled()
    for kind in KINDS:
        assert kind == "attack" or kind in table["kinds"], kind


def test_acled_tables_use_the_codebook_wording() -> None:
    table = lexicon.acled()
    codebook = table["event_types"]
    assert sum(len(subs) for subs in codebook.values()) == 25
    rows = [
        *table["kinds"].values(),
        *table["attack_by_sub"].values(),
        *table["clash_by_sub"].values(),
        *table["develop_by_sub"].values(),
        table["attack_armed_target"],
        table["attack_default"],
    ]
    for event_type, sub_type in rows:
        assert sub_type in codebook[event_type], (event_type, sub_type)
    assert set(table["protest_subs"].values()) == set(codebook["Protests"])
    assert set(table["riot_subs"].values()) == set(codebook["Riots"])


def test_count_words_and_weapons_load() -> None:
    assert lexicon.numbers()["units"]["five"] == 5
    assert all(isinstance(r, re.Pattern) for r, _ in lexicon.weapons())
    assert {"armed", "civilian"} <= set(lexicon.targets())
    assert "attack" in lexicon.stopwords()
