"""The speed gates of `kronika.prefilter` change no record: every document extracted with the gates
and without them (`prefilter.ungated`, the slow exhaustive scans) gives byte-identical records.

The whole development corpus is the slow test; the default run checks written texts of each kind
(news, encyclopedia, bulletin, Russian) and that the switch really turns every gate off: with it
off, every pattern of each gated family is scanned (counted through the profiler's C-call events),
with it on, some are skipped.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika import actors, prefilter
from kronika.api import process
from kronika.events import claims, counts, lexicon, triggers

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SNAPSHOT = ROOT / "benchmarks" / "records_snapshot.py"


@pytest.fixture(scope="module")
def snapshot() -> Any:
    spec = importlib.util.spec_from_file_location("records_snapshot", SNAPSHOT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# Written for this test (no corpus sentence): each kind of document the pipeline reads, with
# triggers, groups, forces, demonyms, claims with and without a group, figures in digits and in
# words, clauses with no figure and clauses with no trigger.
TEXTS = {
    "news": (
        "en",
        "2025-03-14",
        "MAIDUGURI, March 13 (Staff) - Gunmen suspected to be Boko Haram fighters attacked a market in "
        "Konduga on Wednesday, killing at least twelve traders and wounding 9 others, police said.\n\n"
        "No group has claimed the attack. Nigerian troops later clashed with the insurgents near the "
        "town, and three soldiers were killed, the army said in a statement on Thursday.\n\n"
        "Residents said the market had reopened only last month. Islamic State West Africa Province "
        "said its fighters had killed 20 soldiers, a figure the military denied.",
    ),
    "encyclopedia": (
        "en",
        None,
        "The Lakeside raids were a series of attacks carried out in 2019 in the Lake Chad region.\n\n"
        "Background\n\nThe region has seen an insurgency since 2009. Thousands have been displaced.\n\n"
        "Attacks\n\nOn 4 June 2019, al-Shabaab militants stormed a police post in Mandera County, "
        "killing four officers. The group claimed responsibility through its radio station. On "
        "7 June, a roadside bomb struck a convoy of Kenyan soldiers, wounding two dozen of them; "
        "officials blamed the militants. Protesters marched through Garissa on 9 June to demand "
        "better security; police fired tear gas and arrested 15 people.",
    ),
    "bulletin": (
        "en",
        "2024-11-02",
        "Weekly security update, 26 October - 1 November 2024\n\n"
        "- 28 Oct: Airstrikes hit two villages in Idlib governorate; 7 civilians killed, including "
        "3 children (local sources).\n"
        "- 30 Oct: Unidentified armed men abducted a aid worker near Goma, North Kivu.\n"
        "- 31 Oct: M23 rebels seized the town of Rubaya after heavy fighting with the FARDC.\n"
        "- 1 Nov: Demonstrators in Khartoum rallied peacefully against the war; no injuries reported.",
    ),
    "russian": (
        "ru",
        "2024-05-20",
        "В Белгородской области в результате обстрела погибли два человека, ещё пятеро получили "
        "ранения, сообщил губернатор.\n\nВ Дагестане боевики напали на пост полиции; трое полицейских "
        "погибли. Ответственность за нападение взяло на себя «Исламское государство».",
    ),
}


def _records(text: str, language: str, published: str | None) -> str:
    del language  # the pipeline tells the language from the text
    doc = process(text, "text", published=published)
    return "\n".join(
        json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True, default=str) for e in doc.events
    )


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_written_texts_give_the_same_records_without_the_gates(kind: str) -> None:
    language, published, text = TEXTS[kind]
    gated = _records(text, language, published)
    with prefilter.ungated():
        ungated = _records(text, language, published)
    assert gated, f"the {kind} text gives no record: it checks nothing"
    assert ungated == gated
    assert _records(text, language, published) == gated  # and nothing of the ungated run stays


# pieces that each wake some gate (trigger words, cue words, figures, group and force names,
# demonyms, generic actors) and pieces that wake none; joined at random into a short report
_PIECES = (
    "Gunmen",
    "al-Shabaab fighters",
    "the Taliban",
    "ISWAP",
    "Ukrainian forces",
    "police",
    "protesters",
    "a Russian drone",
    "attacked",
    "killed",
    "opened fire on",
    "were wounded",
    "abducted",
    "claimed responsibility for",
    "denied",
    "was blamed for",
    "no group has claimed",
    "at least 12",
    "two dozen",
    "three of them",
    "civilians",
    "a village near Goma",
    "on Tuesday",
    "the attack",
    "the weather",
    "and",
    ",",
    ".",
    "said",
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=3, max_size=30))
def test_generated_reports_give_the_same_records_without_the_gates(pieces: list[str]) -> None:
    text = " ".join(pieces) + "."
    gated = _records(text, "en", "2025-01-10")
    with prefilter.ungated():
        assert _records(text, "en", "2025-01-10") == gated


def _dev_documents(snapshot: Any) -> list[tuple[Path, str | None]]:
    folders = [SHARED / name for name in ("corpus", "corpus2", "corpus-ru")]
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"the shared development corpora are not beside this checkout ({SHARED})")
    return list(snapshot.documents(folders))


def test_a_few_dev_documents_give_the_same_records_without_the_gates(snapshot: Any) -> None:
    """The fast twin of the whole-corpus test: the shortest document of each corpus."""
    docs = _dev_documents(snapshot)
    for folder in {p.parent for p, _ in docs}:
        path, published = min(
            ((p, d) for p, d in docs if p.parent == folder), key=lambda x: x[0].stat().st_size
        )
        gated = snapshot.records(path, published)
        with prefilter.ungated():
            assert snapshot.records(path, published) == gated, path.name


@pytest.mark.slow
def test_every_dev_document_gives_the_same_records_without_the_gates(snapshot: Any) -> None:
    different = []
    _dev_documents(snapshot)  # skips without the shared corpora
    for path, published in snapshot.documents():  # and benchmarks/heldout*/corpus
        gated = snapshot.records(path, published)
        with prefilter.ungated():
            if snapshot.records(path, published) != gated:
                different.append(path.name)
    assert not different, f"the gates change the records of {different}"


_SCANS = frozenset({"search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"})


@contextmanager
def _scans() -> Iterator[list[Any]]:
    """The compiled patterns whose scans run inside, one entry per scan (C-call profile events)."""
    seen: list[Any] = []

    def profile(_frame: Any, event: str, arg: Any) -> None:
        if event == "c_call" and getattr(arg, "__name__", "") in _SCANS:
            owner = getattr(arg, "__self__", None)
            if hasattr(owner, "pattern") and hasattr(owner, "flags"):
                seen.append(owner)

    sys.setprofile(profile)
    try:
        yield seen
    finally:
        sys.setprofile(None)


def _triggers() -> list[Any]:
    return [t.regex for t in lexicon.triggers()]


def _attribution() -> list[Any]:
    return [p for _, p in lexicon.attribution_cues(claims._NO_GROUP)]


def _counts() -> list[Any]:
    return [counts._patterns()[n] for n in ("split_fatal", "split_fatal_passive", "wounded_died")]


def _actor_aliases() -> list[Any]:
    return [e.regex for t in (actors.group_entries("en"), actors._force_table("en")) for e in t]


def _long_cues() -> list[Any]:
    cues = [lexicon.cue(name) for name, v in lexicon.cues().items() if isinstance(v, str)]
    return [c.regex for c in cues if isinstance(c, prefilter.GatedPattern)]


def _scan_long_cues(text: str) -> None:
    for name, v in lexicon.cues().items():
        if isinstance(v, str):
            lexicon.cue(name).search(text)


def _actor_patterns() -> list[Any]:
    return [e.regex for t in (actors.force_entries("en"), actors.generic_entries("en")) for e in t]


# what runs a gated family on one clause, and the patterns the gates may skip
GATED: dict[str, tuple[Callable[[str], object], Callable[[], list[Any]]]] = {
    "trigger words": (triggers.find_hits, _triggers),
    "long cue patterns": (_scan_long_cues, _long_cues),
    "attribution cues, group-less": (lambda t: claims.attribution_cues(t, []), _attribution),
    "count patterns and the figure gate": (counts.find_counts, _counts),
    "actor alias start positions": (actors.find_actors, _actor_aliases),
    "actor patterns by leading or required words": (actors.find_actors, _actor_patterns),
}

#: a clause with no trigger, cue, figure, group or force word: every gate can skip
PLAIN = "The weather stayed mild over the hills while the shops opened late."


@pytest.mark.parametrize("family", sorted(GATED))
def test_the_switch_turns_every_gate_off(family: str) -> None:
    run, patterns = GATED[family]
    with lexicon.language("en"):
        wanted = {id(p) for p in patterns()}
        assert wanted, family
        with _scans() as on:
            run(PLAIN)
        with prefilter.ungated(), _scans() as off:
            run(PLAIN)  # the same clause: a cache of the gated run must not answer
        with _scans() as again:
            run(PLAIN)
    scanned_on = wanted & {id(p) for p in on}
    scanned_off = wanted & {id(p) for p in off}
    assert scanned_off == wanted, (
        f"{len(wanted - scanned_off)} patterns of {family} skipped with the gates off"
    )
    assert scanned_on < wanted, f"no pattern of {family} skipped with the gates on: the test tells nothing"
    assert wanted & {id(p) for p in again} == scanned_on  # the gates are back on after the switch
    assert len(off) > len(on)


def test_the_environment_turns_the_gates_off() -> None:
    """``KRONIKA_PREFILTER=off`` is read at import: a fresh interpreter starts ungated."""
    import subprocess

    code = "from kronika import prefilter; print(prefilter.gated())"
    for value, expected in (("off", "False"), ("on", "True"), ("0", "False")):
        out = subprocess.run(
            [sys.executable, "-c", code],
            env={"KRONIKA_PREFILTER": value, "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        )
        assert out.stdout.strip() == expected, value
