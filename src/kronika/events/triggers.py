"""Trigger finding: the words of a clause that report a happening.

The trigger lexicon (``data/events/triggers.json``) gives verbal and nominal triggers with their
family, kind, strength and priority. A trigger is dropped when the cues of ``data/events/cues.json``
mark it negated, planned, modal or a non-event use ("controlled explosion", "bomb plot"); a nominal
trigger after a determiner refers back ("the attack"), one after "another" opens a new happening.
Overlapping triggers of one family keep the longest (then the highest priority).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kronika import prefilter
from kronika.events import lexicon


@dataclass(frozen=True, slots=True)
class Hit:
    """One trigger match inside a clause."""

    start: int
    end: int
    trigger: lexicon.Trigger
    reference: bool
    force_new: bool


def blocked(before: str) -> bool:
    """A negation or plan governs the trigger: in the words before it, within its own sub-clause
    ("No one was killed when gunmen opened fire": the negation is the casualty verb's)."""
    cut = list(lexicon.cue("subclause_opener").finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    words = before.split()
    window = " ".join(words[-int(lexicon.cues()["before_window_words"]) :])
    return bool(lexicon.cue("before_negation").search(window) or lexicon.cue("before_plan").search(window))


def has_weapon(text: str) -> bool:
    return any(regex.search(text) for regex, _ in lexicon.weapons())


def in_parens(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


@lexicon.per_language
def _trigger_starts() -> tuple[tuple[str, ...] | None, ...]:
    return tuple(prefilter.required_literals(t.regex) for t in lexicon.triggers())


@lexicon.per_language
def _trigger_gates() -> prefilter.GateTable[int]:
    """The triggers' words (hundreds of them): a clause holds few."""
    return prefilter.GateTable(dict(enumerate(_trigger_starts())))


def _planned_conjunct(before: str, trigger: str) -> bool:
    """A bare verb joined by 'and' to a planned one shares its plan ("announced their intention
    to reduce the force and withdraw it"): no happening, however far the plan stands before it."""
    cut = list(lexicon.cue("subclause_opener").finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    return bool(
        lexicon.cue("bare_conjunct_before").search(before)
        and lexicon.cue("bare_verb").match(trigger)
        and lexicon.cue("before_plan").search(before)
    )


def find_hits(text: str) -> list[Hit]:
    """Triggers of one clause, negated and planned ones removed, overlaps resolved per family."""
    hits: list[Hit] = []
    blocked_triggers = _trigger_gates().blocked(prefilter.fold(text))
    for i, trig in enumerate(lexicon.triggers()):
        if i in blocked_triggers:
            continue  # none of the words its matches start with is in the clause
        for m in trig.regex.finditer(text):
            before = lexicon.before(text, m.start())
            after = text[m.end() : m.end() + 80]
            if trig.needs == "weapon" and not (has_weapon(after) or has_weapon(before[-60:])):
                continue
            if trig.needs == "person" and (
                has_weapon(after[:40]) or lexicon.cue("not_person_after").match(after)
            ):
                continue
            if (
                blocked(before)
                or _planned_conjunct(before, m.group())
                or lexicon.cue("after_negation").match(text[m.end() :])
            ):
                continue
            if lexicon.cue("before_nonevent").search(before) or lexicon.cue("after_nonevent").match(
                text[m.end() :]
            ):
                continue
            nominal = trig.form == "noun" and not re.match(r"\w+ed\b", m.group(), re.IGNORECASE)
            if trig.family in ("arrest", "legal", "seizure") and re.fullmatch(
                r"[a-z]+(?:ions?|ures?|s)", m.group()
            ):
                nominal = True  # "the arrests", "the detention", "the seizure": the noun refers back
            if trig.family in ("riot", "protest") and lexicon.cue("referring_noun").fullmatch(m.group()):
                nominal = True  # "that riot", "the protest": a happening already told
            attributive = trig.family == "arrest" and bool(
                re.fullmatch(r"[a-z]+ed", m.group()) and lexicon.cue("determiner_right_before").search(before)
            )  # "the detained men", "those arrested": people of an arrest already told, not a new one
            # "the attackers then set fire to houses": the arson of the attack already told
            arson = trig.weapon == "fire" and bool(lexicon.cue("attackers_subject_before").search(before))
            reference = (
                trig.responds
                or attributive
                or arson
                or bool(
                    nominal
                    and (
                        lexicon.cue("reference_before").search(before[-60:])
                        or lexicon.cue("predicate_before").search(before[-80:])
                    )
                )
            )
            force_new = (nominal and bool(lexicon.cue("new_before").search(before[-40:]))) or (
                trig.separate and not reference
            )
            if trig.only_reference and not lexicon.cue("reference_before").search(before[-60:]):
                continue
            hits.append(Hit(m.start(), m.end(), trig, reference and not force_new, force_new))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for h in hits:
        clash = [
            k for k in kept if k.trigger.family == h.trigger.family and k.start < h.end and h.start < k.end
        ]
        if not clash:
            kept.append(h)
        elif all(
            (h.end - h.start, h.trigger.priority) > (k.end - k.start, k.trigger.priority) for k in clash
        ):
            for k in clash:
                kept.remove(k)
            kept.append(h)
    legal = [h for h in kept if h.trigger.family == "legal"]
    # "a judge ordered him detained": the ruling, not an arrest of its own
    kept = [
        h
        for h in kept
        if h.trigger.family != "arrest" or not any(g.start <= h.start and h.end <= g.end for g in legal)
    ]
    return sorted(kept, key=lambda h: h.start)
