"""Event frames: the mentions one clause yields, with their slots filled.

`analyse_clause` reads a clause once (`read_clause`: its triggers, the actors and figures it tells
as news, its attribution cues) and builds, in this order:

1. the violent frame (`violent_frames`): the main violent trigger sets the kind (clash over attack
   when both are told), the means, the perpetrator's side, the target, the figures, the weapons,
   the attribution and the roles; a claim told with it is folded in. One clause telling several
   dated stretches, named sites or coordinated towns yields one frame each (`kronika.events.splits`).
2. the frames of the other families (`family_frames`): arrests, rulings, seizures, group changes,
   designations, claims; one told inside an attack (its arrests at the scene, the weapons it took,
   the attacker's pledge) is part of that attack and yields none (`_part_of_attack`).
3. an attribution or dispute frame (`attribution_frame`) for a clause that only blames, claims,
   disputes or confirms a figure: it attaches to an event told elsewhere.

Dates and places come from `kronika.events.attach`, roles from `kronika.events.roles`, claims
from `kronika.events.claims`; what is told in passing is set aside by `kronika.events.background`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from kronika.actors import ActorMention
from kronika.document import Document, Span
from kronika.events import lexicon
from kronika.events import typing as acled_typing
from kronika.events.attach import (
    attach_date,
    attach_place,
    clause_words,
    local_timexes,
    multi_site,
    spread_place,
)
from kronika.events.background import generic_plural, scope_clause
from kronika.events.claims import claim_other, clause_attribution, generic_claim, mark_claimed, unclaimed
from kronika.events.clauses import Clause
from kronika.events.counts import CountFact, find_counts, hazard_context
from kronika.events.roles import (
    assign_roles,
    attacker_hit_by_forces,
    implicit_authority,
    implicit_striker,
    perpetrator_side,
    target_armed,
    weapons_of,
)
from kronika.events.splits import (
    at_place,
    dated_hits,
    dated_segments,
    placed_segments,
    split_arrest_places,
    split_places,
    split_sites,
)
from kronika.events.triggers import Hit, find_hits, has_weapon, in_parens
from kronika.events.types import EventMention

_STRENGTH_RANK = {"strong": 2, "frame": 1, "weak": 0}
#: the non-violent families, in the order their frames are built
OTHER_FAMILIES = ("arrest", "legal", "seizure", "org", "designation", "claim", "protest", "riot", "develop")
#: families whose mentions carry all the clause's counts (a riot's dead, a protest's wounded)
_COUNTING_FAMILIES = ("protest", "riot", "develop")
#: families whose happening a clause may spread over several places ("protests across the country")
_SPREADING_FAMILIES = ("violent", "protest", "riot")


@dataclass(slots=True)
class ClauseReading:
    """One clause read once: what every frame builder of the clause needs."""

    doc: Document
    clause: Clause
    text: str
    actors: list[ActorMention]
    groups: list[ActorMention]
    facts: list[CountFact]
    attribution: str
    disputed: bool
    by_family: dict[str, list[Hit]]
    compared: re.Match[str] | None
    #: killings told as a crowd's cause with their own day and town, and the stretch each spans
    causes: list[tuple[Hit, int, int]] = dataclasses.field(default_factory=list)

    @property
    def has_casualties(self) -> bool:
        return any(f.category in ("killed", "injured", "toll") for f in self.facts)


def read_clause(doc: Document, clause: Clause) -> ClauseReading:
    text = doc.text[clause.start : clause.end]
    scope = scope_clause(doc, clause, text, find_hits(text))
    actors, compared = scope.actors, scope.compared
    groups = [a for a in actors if a.category == "armed_group"]
    armed_names = tuple(a.text for a in actors if a.category == "armed_group")
    dateline = lexicon.cue("dateline").match(text)
    skip = dateline.end() if dateline else 0
    facts = find_counts(text[skip:], clause.start + skip, armed_names)
    bare = all(h.trigger.strength == "weak" for h in scope.hits if h.trigger.family == "violent")
    if facts and not groups and bare and hazard_context(doc, clause):
        facts = [f for f in facts if f.category == "arrested"]  # "floods ... three have died": no conflict's
    attribution = clause_attribution(text, groups)
    facts = mark_claimed(text, clause.start, groups, facts)
    if compared:
        facts = [f for f in facts if f.start < clause.start + compared.end()]
    disputed = bool(lexicon.cue("disputed").search(text))
    by_family: dict[str, list[Hit]] = {}
    for h in scope.hits:
        if h.trigger.family == "claim" and (
            unclaimed(lexicon.before(text, h.start)) or generic_claim(text[h.end :])
        ):
            continue
        by_family.setdefault(h.trigger.family, []).append(h)
    causes = crowd_causes(doc, clause, text, by_family)
    if causes:
        told = {id(h) for h, _, _ in causes}
        by_family["violent"] = [h for h in by_family.get("violent", []) if id(h) not in told]
        facts = [
            f
            for f in facts
            if not any(clause.start + lo <= f.start < clause.start + hi for _, lo, hi in causes)
        ]
    casualties = any(f.category in ("killed", "injured", "toll") for f in facts)
    by_family = acled_typing.adjust_families(text, clause.start, by_family, actors, casualties)
    reading = ClauseReading(
        doc, clause, text, actors, groups, facts, attribution, disputed, by_family, compared
    )
    reading.causes = causes
    return reading


def crowd_causes(
    doc: Document, clause: Clause, text: str, by_family: dict[str, list[Hit]]
) -> list[tuple[Hit, int, int]]:
    """'Riots broke out after the death of a teenager, shot dead by a policeman in A on Tuesday': the
    killing that set off a crowd, told with its own day and town between it and the crowd's
    trigger, is a happening of its own (a killing the report only names as the cause, with no day
    or town of its own, stays part of the crowd's story)."""
    crowd = sorted(by_family.get("riot", []) + by_family.get("protest", []), key=lambda h: h.start)
    out: list[tuple[Hit, int, int]] = []
    for h in by_family.get("violent", []):
        if h.trigger.strength != "strong" or h.reference:
            continue
        floor = max(0, h.start - 120)
        cause = lexicon.cue("crowd_cause_before").search(text[floor : h.start])
        after = [c for c in crowd if c.start > h.end]
        if cause is None or not after:
            continue
        lo, hi = floor + cause.start(), after[0].start
        dated = any(
            clause.start + lo <= t.start and t.end <= clause.start + hi and t.kind != "publication"
            for t in doc.starting_in("timexes", doc.timexes, clause.start + lo, clause.start + hi)
        )
        placed = any(
            clause.start + lo <= p.start
            and p.end <= clause.start + hi
            and p.role == "location"
            and p.place.precision in ("place", "district")
            for p in doc.starting_in("places", doc.places, clause.start + lo, clause.start + hi)
        )
        if dated and placed:
            out.append((h, lo, hi))
    return out


def base_mention(r: ClauseReading, hit: Hit, kind: str, family: str, nearest: bool = False) -> EventMention:
    """A mention at `hit` with the clause's own date and place attached."""
    doc, clause, text = r.doc, r.clause, r.text
    span = Span(clause.start + hit.start, clause.start + hit.end)
    toll = bool(lexicon.cue("toll_update").search(text))
    # a counter-attack or rescue is dated by its own clause ("On 8 March, troops freed them")
    when, own_date = attach_date(doc, clause, span, toll, hit.reference and not hit.trigger.responds, nearest)
    where, own_place = attach_place(doc, clause, span, hit.reference, family)
    spread = None
    if family in _SPREADING_FAMILIES and not hit.reference and multi_site(doc, clause, span):
        # "aerial attacks on multiple cities": a total told beside its sites, placed in none of them
        spread = spread_place(doc, where, own_place)
        if spread is not None:
            where, own_place = spread
    return EventMention(
        trigger=span,
        sentence=clause.sentence,
        kind=kind,  # type: ignore[arg-type]
        evidence=[Span(clause.start, clause.end)],
        family=family,
        strength=hit.trigger.strength,
        reference=hit.reference,
        force_new=(
            not hit.reference
            and (
                (hit.trigger.strength != "weak" and hit.force_new)
                or bool(family == "violent" and lexicon.cue("clause_new").search(text))
            )
        )
        # "the vessel had earlier been hit": an earlier happening, though its subject refers back
        or bool(family == "violent" and lexicon.cue("clause_earlier").search(text))
        # "also accused of the murder of two other soldiers ... last Friday": other victims, another day
        or bool(
            own_date and family == "violent" and lexicon.cue("other_victims_after").match(text[hit.end :])
        ),
        clause=Span(clause.start, clause.end),
        paragraph=clause.paragraph,
        section=clause.section,
        title=clause.title,
        background=clause.background,
        date=when,
        own_date=own_date,
        place=where,
        own_place=own_place,
        words=clause_words(text, r.actors, clause.start),
        multi_site=spread is not None,
    )


# --- the violent frame ------------------------------------------------------------------


def violent_hits(r: ClauseReading) -> tuple[list[Hit], Hit | None]:
    """The clause's violent triggers that tell a happening, and the one that heads its frame."""
    text = r.text
    violent = r.by_family.get("violent", [])
    if not r.has_casualties:
        # "Islamist attacks", "carried out bombings": attacks in general, not a happening; plurals
        # told with their own day ("clashes in Tripoli on 26-27 August") are these happenings
        violent = [h for h in violent if not generic_plural(text, h) or _dated_to_days(r, h)]
    if violent:
        # "charged two soldiers with murder over the death of a driver": the deed they are charged
        # over is told elsewhere (or before); the clause tells the charge
        grounds = lexicon.cue("charge_grounds_before")
        violent = [h for h in violent if not grounds.search(text[max(0, h.start - 140) : h.start])]
    if not violent:
        return violent, None
    main = max(
        violent,
        key=lambda h: (
            not in_parens(text, h.start),
            not lexicon.cue("aside_before").search(lexicon.before(text, h.start)),
            not h.reference,
            _STRENGTH_RANK[h.trigger.strength],
            h.trigger.priority,
            -h.start,
        ),
    )
    if (
        main.trigger.strength == "frame"
        and not r.has_casualties
        and ("arrest" in r.by_family or "seizure" in r.by_family)
    ) or (main.trigger.strength == "weak" and not r.has_casualties):
        return violent, None  # a raid that only frames an arrest, a casualty verb without a figure
    return violent, main


def _dated_to_days(r: ClauseReading, hit: Hit) -> bool:
    """A day (or a few days) follows the trigger in its own phrase ("attacks on 2 and 3 June",
    "clashes in central Tripoli on 26-27 August"), not a since/until bound or a series' year."""
    start = r.clause.start + hit.end
    trigger = Span(r.clause.start + hit.start, start)
    return any(
        t.precision in ("day", "days")
        and 0 <= t.start - start <= 70
        and not re.search(r"[,;:.()]", r.doc.text[start : t.start])
        for t in local_timexes(r.doc, r.clause, trigger)
    )


def _violent_kind(violent: list[Hit], main: Hit) -> str:
    kinds = {
        h.trigger.kind for h in violent if h.trigger.strength == "strong" and h.trigger.sub != "territory"
    }
    if not kinds and any(h.trigger.sub == "territory" for h in violent):
        return "clash"  # "captured the town of X": a group overtakes territory
    if "clash" in kinds:
        return "clash"
    if "attack" in kinds:
        return "attack"
    return "clash" if main.trigger.kind == "clash" else "attack"


def _means(violent: list[Hit], text: str) -> str | None:
    """The means the triggers tell (an abduction yields to any other), else the clause's words."""
    subs = sorted((h for h in violent if h.trigger.sub), key=lambda h: -h.trigger.priority)
    non_abduct = [h for h in subs if h.trigger.sub != "abduction"]
    sub = (non_abduct or subs)[0].trigger.sub if subs else None
    if sub in (None, "remote"):
        sub = next((s for s, regex in lexicon.sub_cues() if regex.search(text)), sub)
    return sub


def violent_frames(r: ClauseReading, violent: list[Hit], main: Hit) -> tuple[list[EventMention], bool]:
    """The violent mentions of the clause, and whether a claim told in it was folded into them."""
    doc, clause, text, actors = r.doc, r.clause, r.text, r.actors
    claim_hits = r.by_family.get("claim", [])
    claim_folded = False
    kind = _violent_kind(violent, main)
    m = base_mention(r, main, kind, "violent")
    m.strength = main.trigger.strength
    if main.trigger.strength == "frame" and any(
        h.reference and h.trigger.strength == "strong" and h.start < main.start for h in violent
    ):
        # "the Beni attack took place on 2 July, when rebels raided a village": the raid tells the attack
        m.strength, m.force_new = "strong", False
    if main.trigger.strength == "weak" or all(h.reference for h in violent if h.trigger.strength != "weak"):
        m.reference = True
    m.sub = _means(violent, text)
    first = next((h for h in violent if h.trigger.strength == "strong" and not h.reference), main)
    m.perpetrator_side = perpetrator_side(text, clause.start, first, actors)
    # "X launched airstrikes ... were the target of an airstrike": X struck (its side is not the
    # clause's: it does not change the kind or the grouping)
    striker = implicit_striker(doc, clause, actors) if m.sub == "air" and m.perpetrator_side is None else None
    m.target_armed = target_armed(text, main)
    m.counts = [f for f in r.facts]
    m.weapons = weapons_of(text, violent)  # type: ignore[assignment]
    m.attribution = r.attribution  # type: ignore[assignment]
    if claim_hits and not claim_other(text, claim_hits[0]):
        m.attribution = "claimed"
        claim_folded = True
    m.claim_disputed = r.disputed
    if kind == "attack" and m.strength != "strong" and m.perpetrator_side == "state" and r.has_casualties:
        m.kind = "clash"
    if attacker_hit_by_forces(text, clause.start, first, actors):
        # "one gunman was shot dead by soldiers": the forces' answer, part of the attack it ends
        m.kind, m.perpetrator_side = "clash", None
    m.actors = assign_roles(
        "violent",
        m.perpetrator_side,
        claim_folded or (m.attribution == "claimed" and m.reference),  # "X took credit for the blast"
        m.attribution,
        actors,
        text,
        clause.start,
        main.end,
    )
    if striker is not None:
        side = "state" if striker.category == "state_force" else "nonstate"
        m.actors += assign_roles("violent", side, False, m.attribution, [striker])
    segments = dated_segments(doc, clause, [h for h in violent if not h.reference])
    if len(segments) > 1:
        # "gunmen killed 12 in A on 3 May, two days after a bomb killed 4 near B": two happenings
        parts = []
        for hit, lo, hi in segments:
            part = dataclasses.replace(m, force_new=True, reference=False, strength=hit.trigger.strength)
            part.trigger = Span(clause.start + hit.start, clause.start + hit.end)
            part.date, part.own_date = attach_date(doc, clause, part.trigger, False, False, True)
            part.place, part.own_place = attach_place(doc, clause, part.trigger, False, "violent")
            part.counts = [f for f in r.facts if clause.start + lo <= f.start < clause.start + hi]
            parts.append(part)
        return parts, claim_folded
    placed = placed_segments(doc, clause, [h for h in violent if not h.reference])
    if len(placed) > 1:
        # "three were kidnapped in A, while a fourth was taken by gunmen in B": two happenings
        parts = []
        for hit, lo, hi, town in placed:
            part = at_place(m, town, [f for f in r.facts if clause.start + lo <= f.start < clause.start + hi])
            part.trigger = Span(clause.start + hit.start, clause.start + hit.end)
            part.reference, part.strength = False, hit.trigger.strength
            own = [h for h in violent if lo <= h.start < hi]
            part.kind = _violent_kind(own, hit)  # type: ignore[assignment]
            part.sub = _means(own, text[lo:hi])
            part.target_armed = target_armed(text, hit)
            parts.append(part)
        return parts, claim_folded
    split = split_sites(m, text, main, actors, clause.start)
    return (split if len(split) > 1 else split_places(doc, m, clause)), claim_folded


# --- the other families -------------------------------------------------------------------


def _part_of_attack(
    r: ClauseReading,
    family: str,
    fam_hits: list[Hit],
    mentions: list[EventMention],
    main_violent: Hit | None,
    claim_folded: bool,
) -> bool:
    """The family's triggers tell part of another happening of the clause, or no happening at all."""
    doc, clause, text = r.doc, r.clause, r.text
    claim_hits = r.by_family.get("claim", [])
    violent_is_frame = main_violent is not None and main_violent.trigger.strength == "frame"
    if family == "claim" and claim_folded:
        return True
    if family in ("legal", "arrest") and all(
        lexicon.cue("grounds_before").search(text[max(0, h.start - 50) : h.start]) for h in fam_hits
    ):
        return True  # "based on an extradition warrant": the grounds of another action, no happening
    if family == "org" and all(
        h.trigger.kind == "allegiance"
        and lexicon.cue("individual_before").search(text[max(0, h.start - 40) : h.start])
        for h in fam_hits
    ):
        return True  # one attacker's pledge is part of his story, not a change in a group
    if family == "org" and mentions and all(h.trigger.kind == "allegiance" for h in fam_hits):
        return True  # an attacker's pledge told with the attack: part of its story
    if family == "arrest" and all(lexicon.cue("arrest_at_scene").match(text[h.end :]) for h in fam_hits):
        return True  # arrested at the scene: the end of the attack, not an arrest of its own
    if family == "seizure" and any(h.trigger.needs != "person" for h in r.by_family.get("arrest", [])):
        return True  # arrested with their weapons: one arrest
    if family == "arrest" and all(
        h.trigger.needs == "person"
        and any(0 <= p.start - (clause.start + h.end) <= 2 for p in doc.places)  # "captured Mosul"
        for h in fam_hits
    ):
        return True
    if family == "arrest" and all(h.trigger.needs == "person" for h in fam_hits) and has_weapon(text):
        return True  # weapons captured, not people
    if (
        family in ("arrest", "seizure")
        and main_violent is not None
        and not (violent_is_frame and not r.has_casualties)
        and not (mentions and mentions[0].reference and not r.has_casualties)
    ):
        return True  # told inside an attack: part of it (its arrests, the weapons it took)
    hit = max(fam_hits, key=lambda h: (h.trigger.priority, -h.start))
    if (
        family == "org"
        and hit.trigger.kind == "statement"
        and (claim_hits or claim_folded or r.attribution == "claimed")
    ):
        return True  # "claimed responsibility in a statement": the statement carries the claim
    if family == "org" and hit.trigger.kind == "statement" and not r.groups:
        return True  # the police released a photo: a statement is a group's message
    if (
        family == "org"
        and hit.trigger.kind == "group_change"
        and not r.groups
        and not lexicon.cue("organisation_words").search(text)
    ):
        return True  # "the new leader" of a country or a club is not a change in an armed group
    return (
        family == "seizure"
        and hit.trigger.sub != "disrupted"
        and not any(a.category == "state_force" for a in r.actors)
        and not re.search(r"\b(?:was|were|been|had been)\s+(?:\w+\s+)?$", lexicon.before(text, hit.start))
    )  # attackers looting weapons: part of their attack, not a seizure


def family_frames(
    r: ClauseReading, mentions: list[EventMention], main_violent: Hit | None, claim_folded: bool
) -> None:
    """Add the arrest, ruling, seizure, organisation, designation and claim mentions to `mentions`."""
    doc, clause, text = r.doc, r.clause, r.text
    for family in OTHER_FAMILIES:
        fam_hits = r.by_family.get(family, [])
        if not fam_hits or _part_of_attack(r, family, fam_hits, mentions, main_violent, claim_folded):
            continue
        hit = max(fam_hits, key=lambda h: (h.trigger.priority, -h.start))
        told_dated = fam_hits if family in ("arrest", "legal") else []
        for dated, nearest in dated_hits(doc, clause, hit, told_dated):
            m = base_mention(r, dated, dated.trigger.kind, family, nearest)
            m.counts = [f for f in r.facts if family in _COUNTING_FAMILIES or f.category == "arrested"]
            m.sub = dated.trigger.sub
            m.attribution = r.attribution if family == "claim" else "unknown"  # type: ignore[assignment]
            if family == "claim":
                m.attribution = "claimed"
                m.claim_object_other = claim_other(text, dated)
                m.claim_disputed = r.disputed
                m.reference = not m.claim_object_other
            m.weapons = weapons_of(text, fam_hits) if family == "seizure" else []  # type: ignore[assignment]
            named = implicit_authority(doc, clause, r.actors) if family in ("arrest", "seizure") else r.actors
            m.actors = assign_roles(family, None, family == "claim", m.attribution, named)
            mentions.extend(
                split_arrest_places(doc, m, clause) if family == "arrest" and not nearest else [m]
            )


# --- attribution only ---------------------------------------------------------------------


def attribution_frame(r: ClauseReading) -> EventMention | None:
    """A clause that only claims, blames, disputes or confirms a figure: said of an event told elsewhere."""
    clause, text = r.clause, r.text
    confirmed_figure = [f for f in r.facts if f.category in ("killed", "injured") and not f.claimed]
    if confirmed_figure and not lexicon.cue("figure_confirmed").search(text):
        confirmed_figure = []
    if not (r.disputed or r.attribution != "unknown" or confirmed_figure):
        return None
    span = Span(clause.start, clause.end)
    return EventMention(
        trigger=span,
        sentence=clause.sentence,
        kind="claim",
        evidence=[span],
        family="dispute" if r.disputed else "attribution",
        attribution=r.attribution,  # type: ignore[arg-type]
        claim_disputed=r.disputed,
        clause=span,
        paragraph=clause.paragraph,
        section=clause.section,
        title=clause.title,
        reference=True,
        words=clause_words(text, r.actors, clause.start),
        actors=assign_roles("violent", None, r.attribution == "claimed", r.attribution, r.actors),
        counts=confirmed_figure,  # "local sources confirmed four deaths": the stated figure
    )


def analyse_clause(doc: Document, clause: Clause) -> list[EventMention]:
    """The event mentions one clause yields."""
    r = read_clause(doc, clause)
    mentions: list[EventMention] = []
    claim_folded = False
    violent, main_violent = violent_hits(r)
    if main_violent is not None:
        mentions, claim_folded = violent_frames(r, violent, main_violent)
    family_frames(r, mentions, main_violent, claim_folded)
    for hit, lo, hi in r.causes:
        # the killing that set the crowd off: its own happening, with its own figures
        cause = base_mention(r, hit, "attack", "violent", nearest=True)
        cause.strength = hit.trigger.strength
        cause.sub = _means([hit], r.text[lo:hi])
        cause.counts = [f for f in find_counts(r.text[lo:hi], clause.start + lo, ())]
        cause.perpetrator_side = perpetrator_side(r.text, clause.start, hit, r.actors)
        cause.actors = assign_roles(
            "violent",
            cause.perpetrator_side,
            False,
            "unknown",
            [a for a in r.actors if clause.start + lo <= a.start < clause.start + hi],
            r.text,
            clause.start,
            hit.end,
        )
        mentions.append(cause)
    if not mentions:
        only = attribution_frame(r)
        if only is not None:
            mentions.append(only)
    if r.compared:
        cut = clause.start + r.compared.end()
        for m in mentions:
            if m.place is not None and not any(
                clause.start <= p.start < cut and p.place.name == m.place.name for p in doc.places
            ):
                m.place, m.own_place = None, False  # the town of the old happening it is compared with
    return mentions
