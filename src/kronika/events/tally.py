"""Casualty arithmetic for one event: its killed, perpetrators killed, injured and arrested.

Figures of one clause are added (victim groups: "four civilians and two soldiers" is 6); across
clauses the highest figure of each category wins (the lead and the body tell the same toll);
additions ("another attacker", "three more died") are added; the wounded who later died leave the
injured count; a stated toll ("the death toll rose to 12") is a floor. A group's claimed figure
yields to any other figure of its kind, and a figure in a quotation or a headline to the body's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kronika.events.cluster import Draft


def tally(draft: Draft) -> tuple[int | None, int | None, int | None, int | None]:
    per_clause: dict[int, dict[str, int]] = {}
    additive: dict[str, int] = {}
    toll = 0
    moved = 0  # the wounded who died: they leave the wounded count
    seen: set[tuple[int, int]] = set()
    # a group's claimed figure gives way to any other figure of the same kind (the conservative count)
    official = {
        ("perp" if f.category == "killed" and f.perpetrator else f.category)
        for m in draft.mentions
        for f in m.counts
        if not f.claimed
    }
    # a figure in a quotation or a headline gives way to the body's own figure of the same kind
    reported = {
        ("perp" if f.category == "killed" and f.perpetrator else f.category)
        for m in draft.mentions
        for f in m.counts
        if not f.claimed and not f.quoted and not m.title
    }
    for m in draft.mentions:
        for f in m.counts:
            if not f.governs(m.trigger.start):
                continue  # told of another happening in the same clause ("two days after gunmen killed nine")
            if f.category == "arrested" and m.family == "violent" and m.reference and m.strength != "weak":
                continue  # "two men arrested over Monday's attack": the arrest's figure, not the attack's
            cat = "perp" if f.category == "killed" and f.perpetrator else f.category
            if (f.start, f.end) in seen or (f.claimed and (cat in official or "killed" in official)):
                continue
            if (f.quoted or m.title) and cat in reported:
                continue
            if m.title and cat in ("killed", "perp") and {"killed", "perp"} & reported:
                continue  # "Strikes kill 10 fighters" over "10 fighters were killed": the body tells who died
            seen.add((f.start, f.end))
            if f.category == "toll":
                toll = max(toll, f.value)
                continue
            cat = "perp" if f.category == "killed" and f.perpetrator else f.category
            moved += f.value if f.from_injured else 0
            if f.additive:
                additive[cat] = additive.get(cat, 0) + f.value
            else:
                key = m.clause.start if m.clause else m.trigger.start
                bucket = per_clause.setdefault(key, {})
                bucket[cat] = bucket.get(cat, 0) + f.value
    best: dict[str, int] = {}
    for bucket in per_clause.values():
        for cat, value in bucket.items():
            best[cat] = max(best.get(cat, 0), value)
    total = {
        cat: best.get(cat, 0) + additive.get(cat, 0) for cat in ("killed", "perp", "injured", "arrested")
    }
    stated = {cat for cat in total if cat in best or cat in additive}
    killed = total["killed"] + total["perp"] if {"killed", "perp"} & stated else None
    if toll:
        killed = max(killed or 0, toll)
    perp = total["perp"] if "perp" in stated else None
    injured = max(total["injured"] - moved, 0) if "injured" in stated else None
    arrested = total["arrested"] if "arrested" in stated else None
    return killed, perp, injured, arrested
