"""Participants of a happening: the perpetrator's side, the target, the role of each actor, the weapons.

Argument attachment for actors: an actor after "by" is the agent; one before the trigger is the
perpetrator unless it is the object of violence ("killed three IS members"), a passive victim ("two
soldiers were injured") or the source of the report ("police said").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kronika.actors import ActorMention, _load, parents_of
from kronika.document import Document
from kronika.events import lexicon
from kronika.events import typing as acled_typing
from kronika.events.clauses import Clause
from kronika.events.triggers import Hit
from kronika.record import INTER_CODES, Actor


def weapons_of(text: str, hits: list[Hit]) -> list[str]:
    found = {h.trigger.weapon for h in hits if h.trigger.weapon}
    for regex, weapon in lexicon.weapons():
        if regex.search(text):
            found.add(weapon)
    order = ("firearm", "knife", "explosive", "grenade", "vehicle", "fire", "other")
    return [w for w in order if w in found]


def _side(actor: ActorMention) -> str | None:
    if actor.category in ("armed_group", "generic_armed"):
        return "nonstate"
    if actor.category == "state_force":
        return "state"
    return None


def perpetrator_side(text: str, offset: int, hit: Hit, actors: list[ActorMention]) -> str | None:
    by = re.search(r"\bby\s+(?:the\s+|a\s+|an\s+)?", text[hit.end :])
    if by and by.start() < 40:
        after = [a for a in actors if a.start - offset >= hit.end + by.end() - 1]
        if after:
            return _side(after[0])
    before = [
        a
        for a in actors
        if a.end - offset <= hit.start
        and _side(a)
        and (a.category != "generic_armed" or hit.start - (a.end - offset) <= 30)
        and not object_of_violence(text, offset, 0, a)  # "killed three IS members in an airstrike"
        and not passive_victim(text, offset, a)  # "two soldiers were injured in an IED blast"
        and not speaks(text, offset, a)  # "police said": the source, not a party
    ]
    if before:
        return _side(before[-1])
    return None


def passive_victim(text: str, offset: int, actor: ActorMention) -> bool:
    """'two soldiers were injured', 'a patrol was ambushed by', 'an army vehicle struck an IED':
    the actor suffers the violence told right after it."""
    after = text[actor.end - offset :]
    return bool(
        lexicon.cue("passive_victim_after").match(after)
        or _cue("passive_after").match(after)
        or _cue("struck_device_after").match(after)
    )


def speaks(text: str, offset: int, actor: ActorMention) -> bool:
    """'police said', 'according to the army': the force is the source of the report."""
    return bool(
        lexicon.cue("speech_after").match(text[actor.end - offset :])
        or lexicon.cue("speech_before").search(text[max(0, actor.start - offset - 30) : actor.start - offset])
    )


def attacker_hit_by_forces(text: str, offset: int, hit: Hit, actors: list[ActorMention]) -> bool:
    by = re.match(r"\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+|a\s+|an\s+)?", text[hit.end : hit.end + 40])
    if not by:
        return False
    agents = [a for a in actors if a.start - offset >= hit.end + by.end() - 1]
    if not agents or agents[0].category != "state_force":
        return False
    hit_ones = [
        a for a in actors if a.end - offset <= hit.start and a.category in ("armed_group", "generic_armed")
    ]
    return bool(hit_ones) and passive_victim(text, offset, hit_ones[-1])


def target_armed(text: str, hit: Hit) -> bool | None:
    targets = lexicon.targets()
    after = text[hit.end : hit.end + 70]
    said = re.search(
        r",\s*(?:according to\b|(?:[\w’'-]+\s+){0,4}(?:said|says|say|told|reported|added)\b)", after
    )
    window = after[: said.start()] if said else after  # "police said": the source, not the target
    # "a soldier was killed", "a soldier was shot and killed": the target is the passive's subject
    # the trigger "was shot" with its agent after it ("was shot by gunmen"): its subject is the target
    passive = re.match(r"(?:was|were|been)\b", text[hit.start : hit.end]) and re.match(
        r"\s+(?:[\w-]+,?\s+){0,3}?by\b", after
    )
    if passive or re.search(
        r"\b(?:was|were|been)\s+(?:also\s+)?(?:[\w-]+\s+and\s+)?$", lexicon.before(text, hit.start)
    ):
        window = text[max(0, hit.start - 70) : hit.start]
    armed = targets["armed"].search(window)
    civil = targets["civilian"].search(window)
    if armed and (not civil or armed.start() < civil.start()):
        return True
    if civil:
        return False
    # "killed seven police officers in an ambush": the object of a casualty verb before the trigger
    objects = list(
        re.finditer(
            r"\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|shot|abduct(?:ed|ing)|kidnapp(?:ed|ing))\s+",
            text[max(0, hit.start - 70) : hit.start],
        )
    )
    if objects:
        start = max(0, hit.start - 70) + objects[-1].end()
        obj = text[start : min(hit.start, start + 40)]
        armed, civil = targets["armed"].search(obj), targets["civilian"].search(obj)
        if armed or civil:
            return bool(armed and (not civil or armed.start() < civil.start()))
    return None


def object_of_violence(text: str, offset: int, trigger_end: int, actor: ActorMention) -> bool:
    """'killed two al-Qaeda fighters', 'strikes against ISIS', 'ambushed an IS base': the group
    is on the receiving end."""
    at = actor.start - offset
    if trigger_end < 0:
        return False
    after = object_of_verb(text, offset, trigger_end, actor)
    if after is not None:
        return after
    return bool(
        re.search(
            r"\b(?:killed|killing|kill|targeting|targeted|against|struck|hit|on)\s+(?:[\w’'-]+,?\s+){0,5}$",
            text[max(0, at - 50) : at],
        )
    )


def object_of_verb(text: str, offset: int, trigger_end: int, actor: ActorMention) -> bool | None:
    """True: the actor stands right after the violent verb as what it was done to ('ambushed an
    IS base'); False: it is the doer of its by-phrase ('an attack by ISWAP'); None: neither."""
    at = actor.start - offset
    if trigger_end <= 0 or not 0 <= at - trigger_end <= 40:
        return None
    gap = text[trigger_end:at]
    if re.match(r"\s+(?:[\w-]+\s+){0,3}?by\s+(?:the\s+|an?\s+)?$", gap):
        return False  # "an attack by ISWAP fighters": the doer
    return True if _cue("object_gap").match(gap) else None


@cache
def _data() -> dict[str, Any]:
    return _load("roles.json")


@cache
def _cue(name: str) -> re.Pattern[str]:
    return re.compile(_data()[name], re.IGNORECASE)


def fighting_side(text: str, offset: int, actor: ActorMention) -> bool:
    """'fighting between the federal government and ...': a government named as a side of the
    fighting stands for its forces, not for an authority that speaks or rules."""
    at = actor.start - offset
    return at >= 0 and bool(_cue("side_before").search(text[max(0, at - 60) : at]))


def names_a_site(text: str, offset: int, actor: ActorMention) -> bool:
    """'militant hideouts', '"terrorist" locations': the armed noun qualifies the site struck."""
    end = actor.end - offset
    return 0 <= end <= len(text) and bool(_cue("site_after").match(text[end:]))


def implicit_striker(doc: Document, clause: Clause, actors: list[ActorMention]) -> ActorMention | None:
    """'Egypt's military launched airstrikes near X. Vehicles ... were the target of an airstrike.':
    a strike whose clause names no one who could have made it is the work of the state force or
    armed group named last, as its subject, in the sentences just before (in its section)."""
    doers = [a for a in actors if a.category in _AGENT_CATEGORIES and not names_a_site(doc.text, 0, a)]
    if doers or not doc.sentences:
        return None
    section = doc.section_at(clause.start)
    window = int(_data()["striker_window"])
    since = max(section.start if section else 0, doc.sentences[max(0, clause.sentence - window)].start)
    before = [
        a
        for a in doc.starting_in("actors", doc.actors, since, clause.start)
        if since <= a.start
        and a.end <= clause.start
        and a.category in ("state_force", "armed_group")
        and not passive_victim(doc.text, 0, a)
        and not speaks(doc.text, 0, a)
    ]
    return before[-1] if before else None


#: the actors that can be the agent a clause names for an arrest or a seizure
_AGENT_CATEGORIES = ("state_force", "government", "armed_group", "generic_armed")
_PASSIVE_AFTER = re.compile(r"\s+(?:were|was|have been|has been|had been)\b")


def implicit_authority(doc: Document, clause: Clause, actors: list[ActorMention]) -> list[ActorMention]:
    """'… were also confiscated from them': an arrest or seizure whose clause names no one who
    could have made it is the work of the state force named last in the two sentences before,
    in its section ('Police recovered 50 pistols. Bullets were also confiscated.')."""
    agents = [
        a
        for a in actors
        if a.category in _AGENT_CATEGORIES
        and not _PASSIVE_AFTER.match(doc.text, a.end)  # "five gunmen were arrested": not the agent
    ]
    if agents or not doc.sentences:
        return actors
    section = doc.section_at(clause.start)
    since = max(section.start if section else 0, doc.sentences[max(0, clause.sentence - 2)].start)
    before = [
        a
        for a in doc.starting_in("actors", doc.actors, since, clause.start)
        if since <= a.start and a.end <= clause.start and a.category == "state_force"
    ]
    return [*actors, before[-1]] if before else actors


def assign_roles(
    mention_family: str,
    side: str | None,
    claim_here: bool,
    attribution: str,
    actors: list[ActorMention],
    text: str = "",
    offset: int = 0,
    trigger_end: int = -1,
) -> list[Actor]:
    out: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    named = any(a.category == "armed_group" for a in actors)  # "militants" may be its members
    for a in actors:
        certainty = attribution if attribution in ("suspected", "alleged", "denied") else "confirmed"
        if a.category == "armed_group":
            if claim_here:
                role, certainty = "claimant", "claimed"
            elif mention_family == "violent" and (
                side == "state" or object_of_violence(text, offset, trigger_end, a)
            ):
                role = "target"
            elif mention_family in ("arrest", "legal", "designation"):
                role = "subject"
            else:
                role = "perpetrator"
        elif a.category == "state_force":
            if text and speaks(text, offset, a):
                role = "authority"
            elif mention_family == "violent":
                role = (
                    "perpetrator"
                    if side == "state" and not passive_victim(text, offset, a)
                    else "security_force"
                )
            else:
                role = "authority"
            certainty = "confirmed"
        elif a.category == "government":
            role, certainty = "authority", "confirmed"
            if mention_family == "violent" and text and fighting_side(text, offset, a):
                role = "perpetrator" if side == "state" else "security_force"
        elif a.category == "generic_armed":
            if mention_family != "violent":
                role = "subject"
            elif text and (
                names_a_site(text, offset, a)
                or (side is None and not named and object_of_verb(text, offset, trigger_end, a))
            ):
                role = "target"  # "air strikes on militant hideouts", "killed five militants"
            else:
                role = "target" if side == "state" else "perpetrator"
        elif a.category == "civilian":
            role, certainty = "victim", "confirmed"
        else:
            role = "other"
        key = ((a.canonical or a.text).lower(), role)
        if key in seen:
            continue  # "the National Liberation Army (ELN)": one actor
        seen.add(key)
        kind = acled_typing.actor_type(a)
        chain = parents_of(a)
        above = chain[0][0] if chain else None
        out.append(Actor(a.text, a.canonical, role, certainty, kind, INTER_CODES[kind], above))  # type: ignore[arg-type]
        if a.parent and above is not None and (above.lower(), "other") not in seen:
            # "IS-linked militants": the text names the group above them, an actor of the event too;
            # a parent only the table knows ("ISWAP" → Islamic State) stays their affiliation
            seen.add((above.lower(), "other"))
            sure = "alleged" if chain[0][1] == "alleged" and certainty == "confirmed" else certainty
            grand = chain[1][0] if len(chain) > 1 else None
            out.append(Actor(above, above, "other", sure, affiliation=grand))  # type: ignore[arg-type]
    return out
