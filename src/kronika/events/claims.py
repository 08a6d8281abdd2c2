"""Claims and attribution inside a clause: who claimed, who is blamed, who denies.

The attribution cues of ``data/events/cues.json`` are matched with GROUP standing for the armed
groups the clause names. A claim denied to everyone ("no group has claimed") or a group's record
("has claimed many attacks") is no claim; figures a group states in its claim are marked
``claimed`` so that an official toll wins over them.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from kronika import prefilter
from kronika.actors import ActorMention
from kronika.events import lexicon
from kronika.events.counts import CountFact
from kronika.events.triggers import Hit, blocked

_ATTRIBUTION_ORDER = ("claimed", "denied", "suspected", "alleged", "confirmed")


#: the group alternation of a clause that names no armed group: GROUP matches nothing
_NO_GROUP = r"(?!x)x"


@lexicon.per_language
def exact_cue(name: str) -> re.Pattern[str]:
    """A cue of ``cues.json`` compiled as written (case-sensitive), unlike `lexicon.cue`."""
    return re.compile(lexicon.cues()[name])


def attribution_cues(text: str, groups: list[ActorMention]) -> list[tuple[str, re.Match[str]]]:
    names = sorted({re.escape(g.text) for g in groups}, key=len, reverse=True)
    alternation = "|".join(names) if names else _NO_GROUP
    return list(_attribution_cues_in(lexicon.current(), prefilter.gated(), text, alternation))


@lexicon.per_language
def _alternative_sources() -> tuple[tuple[str, ...], ...]:
    """Per attribution pattern, its top-level alternatives, in order, GROUP still in them."""
    return tuple(tuple(prefilter.alternatives(row["pattern"])) for row in lexicon.cues()["attribution"])


@lexicon.per_language
def _alternative_gates() -> tuple[
    prefilter.GateTable[tuple[int, int]], frozenset[tuple[int, int]], frozenset[tuple[int, int]]
]:
    """Of the alternatives (pattern, alternative) of the attribution patterns: the table of the
    words one of which each one's every match holds (GROUP standing for any word), all of them,
    and those every match of which needs GROUP (they never match a clause without a group)."""
    required, needs_group = {}, set()
    for i, alternatives in enumerate(_alternative_sources()):
        for j, a in enumerate(alternatives):
            any_group = re.compile(a.replace("GROUP", r"(?:the\s+)?(?:\w+)"), re.IGNORECASE)
            required[(i, j)] = prefilter.required_literals(any_group)
            if prefilter.never_matches(a.replace("GROUP", "(?!)"), re.IGNORECASE):
                needs_group.add((i, j))
    return prefilter.GateTable(required), frozenset(required), frozenset(needs_group)


@functools.lru_cache(maxsize=256)
def _kept_alternatives(
    _language: str, index: int, alternation: str, kept: tuple[int, ...]
) -> re.Pattern[str]:
    """The alternatives `kept` of attribution pattern `index`, in their order, GROUP standing for
    `alternation`: where the others cannot match, each match is the one the whole pattern finds."""
    group = f"(?:the\\s+)?(?:{alternation})"
    sources = _alternative_sources()[index]
    return re.compile("|".join(sources[j].replace("GROUP", group) for j in kept), re.IGNORECASE)


def _cue_patterns(alternation: str, folded: str) -> list[tuple[str, re.Pattern[str]]]:
    """The attribution patterns to scan a clause with: with the gates on, each cut down to the
    alternatives whose words the clause holds (and, in a clause without a group, that can match
    without one); with them off, each whole."""
    if not prefilter.gated():
        return list(lexicon.attribution_cues(alternation))
    table, every, needs_group = _alternative_gates()
    kept = every - table.blocked(folded)
    if alternation == _NO_GROUP:
        kept -= needs_group
    by_pattern: dict[int, list[int]] = {}
    for i, j in sorted(kept):
        by_pattern.setdefault(i, []).append(j)
    language, rows = lexicon.current(), lexicon.cues()["attribution"]
    return [
        (rows[i]["value"], _kept_alternatives(language, i, alternation, tuple(js)))
        for i, js in by_pattern.items()
    ]


@functools.lru_cache(maxsize=16)
def _attribution_cues_in(
    _language: str, _gated: bool, text: str, alternation: str
) -> tuple[tuple[str, re.Match[str]], ...]:
    """The cues of one clause, read once though its attribution and its claimed figures both ask
    (`_gated`: the prefilter switch, in the key so one mode's answer never serves the other)."""
    return tuple(
        (value, m)
        for value, regex in _cue_patterns(alternation, prefilter.fold(text))
        for m in regex.finditer(text)
        if not blocked(lexicon.before(text, m.start()))
        and not (
            value == "claimed"
            and (unclaimed(lexicon.before(text, m.start())) or generic_claim(text[m.end() :]))
        )
    )


def mark_claimed(
    text: str, offset: int, groups: list[ActorMention], facts: list[CountFact]
) -> list[CountFact]:
    """Figures a group states in its claim ('said its fighters had killed 30') are claimed figures,
    so that a stated official toll wins; a relative clause on the attack ('which killed 4') or another
    speaker after a 'but' ('but the army said 12 died') breaks the claim."""
    claims = [m for value, m in attribution_cues(text, groups) if value == "claimed"]

    def claimed_by(m: re.Match[str], at: int) -> bool:
        between = text[m.start() : at]
        if at < m.start() or lexicon.cue("claim_figure_break").search(between):
            return False
        # "claimed the attack, killing 5" tells the attack; "said its men attacked X, killing 5" the claim
        return bool(lexicon.cue("claim_speech").search(m.group())) or not lexicon.cue(
            "claim_participle"
        ).search(between)

    return [
        dataclasses.replace(f, claimed=True)
        if not f.claimed and any(claimed_by(m, f.start - offset) for m in claims)
        else f
        for f in facts
    ]


def clause_attribution(text: str, groups: list[ActorMention]) -> str:
    found = [value for value, _ in attribution_cues(text, groups)]
    for value in _ATTRIBUTION_ORDER:
        if value in found:
            return value
    return "unknown"


def unclaimed(before: str) -> bool:
    """'No group has claimed', 'nobody has yet claimed': a claim denied to everyone is no claim."""
    window = " ".join(before.split()[-int(lexicon.cues()["before_window_words"]) :])
    return bool(lexicon.cue("attribution_negation").search(window))


def generic_claim(after: str) -> bool:
    """'has claimed many similar attacks': a group's record, not a claim of this one."""
    return bool(lexicon.cue("claim_generic_after").match(after))


def claim_other(text: str, hit: Hit) -> bool:
    """The claim is for something that is not an attack ('for the building collapse')."""
    own = text[hit.start : hit.end]
    if any(
        t.family == "violent" and t.regex.search(own) for t in lexicon.triggers() if t.strength == "strong"
    ):
        return False
    obj = exact_cue("claim_object_end").split(text[hit.end : hit.end + 90])[0]
    if not exact_cue("claim_object_for").search(obj) or lexicon.cue("claim_violent_object").search(obj):
        return False  # "for the killings", "for the murder of two teachers": violence after all
    return not any(
        t.family == "violent" and t.strength in ("strong", "frame") and t.regex.search(obj)
        for t in lexicon.triggers()
    ) and not exact_cue("claim_object_pronoun").search(obj)
