"""Assembly: merge the mentions of one happening into event records.

Mentions are read in text order. A mention joins an earlier draft event when it refers back
to it ("the attack", a claim "for the attack", a count-only clause, "the same day"), or
continues it (no date, place, means or side of its own that disagrees; a background aside
or a section headed by another town breaks the story); it starts a new event when it says
so ("another explosion", "in a separate incident"), is a security action of its own (a
raid), or its date, place, means or side differ. Non-violent mentions merge when they are
adjacent or told twice with the same day. Headlines join the body's events; disputes of a
claim are applied last. Old attacks a report only cites are not news.

Then each draft gets its kind (a raid becomes a clash when militants die, an arrest or a
seizure when that is its outcome), counts (per clause summed, across clauses the highest;
additions such as "another attacker" or "the wounded who later died" added; a group's
claimed toll yields to any other), attribution, ACLED types, date, most precise place,
evidence, confidence and a stable id. Records under `REPORT_FLOOR` are not reported.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from kronika.actors import primary_group
from kronika.document import Document
from kronika.events import lexicon
from kronika.events.counts import num_pattern, parse_number
from kronika.events.types import EventMention
from kronika.pipeline import Stage
from kronika.record import Actor, Event, Evidence, consistent_counts, stable_id, unique_events
from kronika.time.types import Timex

#: records less certain than this are not reported: told only in passing, undated, in a background aside
REPORT_FLOOR = 0.4
_ATTRIBUTION_ORDER = ("claimed", "denied", "suspected", "alleged", "confirmed")
_OUTCOME_KINDS = ("arrest", "seizure")


_PRECISION = {"place": 0, "district": 1, "admin1": 2, "country": 3, "region": 4, "unknown": 5}


@dataclass
class Draft:
    family: str
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    @property
    def last_sentence(self) -> int:
        return max(m.sentence for m in self.mentions)

    @property
    def section(self) -> int:
        return self.first.section

    def dated(self) -> EventMention | None:
        return next((m for m in self.mentions if m.own_date and m.date is not None), None)

    def placed(self) -> EventMention | None:
        return next((m for m in self.mentions if m.own_place and m.place is not None), None)

    @property
    def side(self) -> str | None:
        return next(
            (m.perpetrator_side for m in self.mentions if m.perpetrator_side and not m.reference), None
        )

    @property
    def sub(self) -> str | None:
        return next((m.sub for m in self.mentions if m.sub and not m.reference), None)

    @property
    def words(self) -> set[str]:
        out: set[str] = set()
        for m in self.mentions:
            out |= m.words
        return out

    def has_casualties(self) -> bool:
        return any(f.category in ("killed", "injured", "toll") for m in self.mentions for f in m.counts)


# --- compatibility --------------------------------------------------------------------


def _dates_agree(draft: Draft, m: EventMention) -> bool:
    d = draft.dated()
    if m.own_date and m.date is not None and d is None:
        # the draft's date comes from the narrative around it: only a clear gap separates
        told = next((x.date for x in draft.mentions if x.date is not None and not x.title), None)
        if told is not None and abs((m.date.date_start - told.date_start).days) > 7:
            return m.date.date_start <= told.date_end and told.date_start <= m.date.date_end
        return True
    if not (m.own_date and m.date is not None and d is not None and d.date is not None):
        return True
    a, b = m.date, d.date
    if a.date_start <= b.date_end and b.date_start <= a.date_end:
        return True
    if m.reference and a.date_start >= b.date_start:
        # what is told about an earlier happening: a claim, a toll, the next morning of a siege
        later = (a.date_start - b.date_end).days
        reported = (
            m.attribution in ("claimed", "denied")
            or m.family in ("claim", "attribution", "dispute")
            or any(f.category == "toll" for f in m.counts)
            or any(f.category == "killed" and f.additive for f in m.counts)  # "three more died"
        )
        if reported:
            return later <= 60
        # "into the next morning" continues a siege; a new count on another day is another happening
        return later <= (2 if m.strength != "weak" else 0)
    return False


def _places_agree(draft: Draft, m: EventMention) -> bool:
    d = draft.placed()
    if not (m.own_place and m.place is not None and d is not None and d.place is not None):
        return True
    if m.strength == "weak" and m.family == "violent":
        return True  # "two of the wounded later died in hospital in X": where they died, not the event
    if m.reference and _PRECISION.get(m.place.precision, 5) >= 2:
        return True  # "the attack" told with a country or region: no conflict with a town
    a, b = m.place, d.place
    if a.name == b.name:
        return True
    return a.name in (b.admin1, b.country) or b.name in (a.admin1, a.country)


def _compatible(draft: Draft, m: EventMention) -> bool:
    if not (_dates_agree(draft, m) and _places_agree(draft, m)):
        return False
    if m.family == "violent" and not m.reference and m.strength == "strong":
        side = draft.side
        if m.kind == "attack" and m.perpetrator_side and side and side != m.perpetrator_side:
            return False
        if (m.sub == "air") != (draft.sub == "air") and m.sub is not None and draft.sub is not None:
            return False
        if m.sub == "air" and draft.sub != "air" and m.perpetrator_side == "state":
            return False
    return True


def _overlap(draft: Draft, m: EventMention) -> int:
    return len(draft.words & m.words)


# --- merging --------------------------------------------------------------------------


def _best_reference(drafts: list[Draft], m: EventMention, families: tuple[str, ...]) -> Draft | None:
    """The event a reference points to: the latest one, unless an earlier one shares its names."""
    pool = [d for d in drafts if d.family in families and _compatible(d, m)]
    said_of = m.family in ("claim", "attribution") or (
        m.reference and m.attribution != "unknown" and not m.counts
    )
    if said_of:
        # a group claims (or is blamed for) its own violence, not the security forces' raid
        pool = [
            d
            for d in pool
            if d.side != "state" or any(x.kind == "attack" for x in d.mentions if x.family == "violent")
        ] or pool
    if m.family == "violent" and m.strength != "frame":
        # "the attack" does not point to a raid or an operation
        pool = [
            d
            for d in pool
            if d.has_casualties() or any(x.strength != "frame" for x in d.mentions if x.family == "violent")
        ]
    if not pool:
        # a reference that names the place or site of an earlier event, with another date nearby
        named = [
            d
            for d in drafts
            if d.family in families
            and _overlap(d, m) >= 1
            and _places_agree(d, m)
            and not (m.own_date and any(f.category in ("killed", "injured") for f in m.counts))
        ]
        return max(named, key=lambda d: (_overlap(d, m), d.last_sentence)) if named else None
    same_section = [d for d in pool if d.section == m.section]
    if not same_section and said_of:
        return _main_event(pool, m)  # a "Responsibility" section speaks of the page's main attack
    same_section = same_section or pool
    if m.sub and m.reference:
        # "the bombing" points to an event with explosives rather than to the latest shooting
        means = [
            d
            for d in same_section
            if any(x.sub == m.sub or set(x.weapons) & set(m.weapons) for x in d.mentions)
        ]
        same_section = means or same_section
    latest = max(same_section, key=lambda d: d.last_sentence)
    if _overlap(latest, m) == 0:
        sharing = [d for d in pool if _overlap(d, m) >= 2]
        if sharing:
            return max(sharing, key=lambda d: (_overlap(d, m), d.last_sentence))
    return latest


def _main_event(pool: list[Draft], m: EventMention) -> Draft:
    """The event a text is chiefly about: the one the mention names, else the deadliest, else the first."""

    def weight(d: Draft) -> tuple[int, int, int]:
        killed, _, injured, _ = _counts(d)
        return (_overlap(d, m), (killed or 0) + (injured or 0), -d.first.sentence)

    return max(pool, key=weight)


def _target(doc: Document, drafts: list[Draft], m: EventMention) -> Draft | None:
    text_cue = lexicon.cue("anaphoric_outcome")
    if m.family == "dispute":
        claims = [d for d in drafts if d.family == "claim"]
        claimed = claims or [d for d in drafts if any(x.attribution == "claimed" for x in d.mentions)]
        if not claimed and m.attribution != "unknown":
            return _best_reference(drafts, m, ("violent",))  # "X distanced itself from it": a denial
        return claimed[-1] if claimed else None
    if m.family == "attribution":
        return _best_reference(drafts, m, ("violent",))
    if m.family == "claim":
        if m.claim_object_other:
            return None
        return _best_reference(drafts, m, ("violent",))
    if m.family in _OUTCOME_KINDS and m.clause is not None and m.evidence:
        frames = [
            d for d in drafts if d.family == "violent" and not d.has_casualties() and d.section == m.section
        ]
        if frames and text_cue.search(doc.text[m.clause.start : m.clause.end]):
            return frames[-1]
    trigger_text = doc.text[m.trigger.start : m.trigger.end].lower()
    if (
        m.family == "seizure"
        and not m.own_date
        and trigger_text.startswith(("recover", "found", "discover", "uncover"))
    ):
        # "police arrested two men ... Officers said they recovered a grenade": the arrest's haul
        arrests = [d for d in drafts if d.family == "arrest" and m.sentence - d.last_sentence <= 1]
        if arrests and _compatible(arrests[-1], m):
            return arrests[-1]
    if (
        m.family == "arrest"
        and not m.own_date
        and lexicon.cue("attacker_arrested_before").search(
            doc.text[max(0, m.trigger.start - 60) : m.trigger.start]
        )
    ):
        # "the attacker was later arrested": the end of the attack told just before
        attacks = [d for d in drafts if d.family == "violent" and m.sentence - d.last_sentence <= 2]
        if attacks:
            return attacks[-1]
    if m.family == "violent" and m.force_new:
        return None
    if m.reference:
        return _best_reference(drafts, m, (m.family,))
    same = [d for d in drafts if d.family == m.family]
    if not same:
        return None
    # a background aside does not interrupt the story: continue the last event of the same kind of text
    prev = next((d for d in reversed(same) if d.first.background == m.background), same[-1])
    crossing = prev.section != m.section and (
        m.family != "violent"
        or prev.first.background != m.background
        or _place_heading(doc, m.section)
        or _place_heading(doc, prev.section)
    )
    if crossing or not _compatible(prev, m):
        return _same_day(same, m) if m.family != "violent" else None
    if m.family == "violent":
        return prev  # no date, place, means or side of its own that disagrees: the same happening
    if m.sentence - prev.last_sentence > 2:
        return _same_day(same, m)
    return prev


def _same_day(drafts: list[Draft], m: EventMention) -> Draft | None:
    """A non-violent happening told twice with the same day (a lead and a later paragraph)."""
    if not (m.own_date and m.date is not None and m.date.precision == "day"):
        return None
    for d in reversed(drafts):
        first = d.dated()
        if (
            first is not None
            and first.date is not None
            and first.date.precision == "day"
            and first.date.date_start == m.date.date_start
            and d.first.kind == m.kind
            and _places_agree(d, m)
        ):
            return d
    return None


def _place_heading(doc: Document, index: int) -> bool:
    """The section is headed by a place name ("Colombo", "Negombo"): its events are its own."""
    if not 0 <= index < len(doc.sections):
        return False
    span = doc.sections[index].heading_span
    return span is not None and any(span.start <= p.start and p.end <= span.end for p in doc.places)


def _same_day_as_last(drafts: list[Draft], m: EventMention) -> None:
    """'In a separate incident the same day': the day of the happening told just before."""
    if not (m.own_date and m.date is not None and lexicon.cue("same_day").search(m.date.text)):
        return
    told = [d.dated() for d in drafts if d.family == m.family and d.dated() is not None]
    if told and told[-1] is not None and told[-1].date is not None:
        last = told[-1].date
        m.date = dataclasses.replace(
            m.date, date_start=last.date_start, date_end=last.date_end, precision=last.precision
        )


def _old_reference(doc: Document, m: EventMention) -> bool:
    """'the deadliest since the 2008 Mumbai attacks': a past event a news report compares with."""
    if m.family != "violent" or not m.reference or m.counts or doc.published is None:
        return False
    if not (m.own_date and m.date is not None):
        return False
    return (doc.published - m.date.date_end).days > 180


def _cited_background(mentions: list[EventMention], m: EventMention) -> bool:
    """An old attack named in an arrest or a sentence ("jailed for a 2021 attack"): not news here."""
    if m.family != "violent" or m.clause is None:
        return False
    if (
        m.reference
        and not m.counts
        and any(other.clause == m.clause and other.family == "legal" for other in mentions)
    ):
        return True  # "extradited over the 2016 bombings": the happening the ruling is about
    if m.date is None:
        return False
    return any(
        other.clause == m.clause
        and other.family in ("arrest", "legal")
        and other.date is not None
        and (other.date.date_start - m.date.date_end).days > 30
        for other in mentions
    )


def _orphan_reference(m: EventMention) -> bool:
    """'the arrests had prevented a tragedy' with no arrest told before: a quote, not a happening."""
    return m.family in ("arrest", "legal", "seizure") and m.reference and not m.counts and not m.own_date


def build_drafts(doc: Document) -> list[Draft]:
    drafts: list[Draft] = []
    titles: list[EventMention] = []
    disputes: list[EventMention] = []
    for m in doc.mentions:
        if m.title:
            titles.append(m)
            continue
        if m.family == "dispute":
            disputes.append(m)  # applied once the titles have joined their events
            continue
        _same_day_as_last(drafts, m)
        target = _target(doc, drafts, m)
        if target is not None:
            target.mentions.append(m)
        elif (
            m.family in ("dispute", "attribution")
            or _orphan_reference(m)
            or _cited_background(doc.mentions, m)
            or _old_reference(doc, m)
        ):
            continue
        elif m.family == "claim" and not m.claim_object_other:
            drafts.append(Draft("claim", [m]))
        else:
            if m.reference and not m.own_date and m.date is not None and m.clause is not None:
                # a reference that opens an event ("its first attack, ... on 2 May") is dated by its clause
                m.own_date = (
                    m.trigger.end <= m.date.start
                    and m.date.end <= m.clause.end
                    and not any(f.category == "toll" for f in m.counts)
                )
            drafts.append(Draft(m.family, [m]))
    for m in titles:
        pool = [
            d
            for d in drafts
            if d.family == m.family or (m.family in ("claim", "attribution") and d.family == "violent")
        ]
        if pool:
            best = max(pool, key=lambda d: (_overlap(d, m), -d.first.sentence))
            best.mentions.append(m)
        elif m.family not in ("dispute", "attribution"):
            drafts.append(Draft(m.family, [m]))
    for m in disputes:
        target = _target(doc, drafts, m)
        if target is not None:
            target.mentions.append(m)
    return drafts


# --- resolution -----------------------------------------------------------------------


def _counts(draft: Draft) -> tuple[int | None, int | None, int | None, int | None]:
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
            cat = "perp" if f.category == "killed" and f.perpetrator else f.category
            if (f.start, f.end) in seen or (f.claimed and (cat in official or "killed" in official)):
                continue
            if (f.quoted or m.title) and cat in reported:
                continue
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


def _kind(draft: Draft) -> str | None:
    if draft.family != "violent":
        if draft.family == "claim":
            return "claim"
        return draft.first.kind
    strong = [m for m in draft.mentions if m.family == "violent" and m.strength == "strong" and not m.title]
    if strong:
        return strong[0].kind
    outcomes = [m for m in draft.mentions if m.family in _OUTCOME_KINDS]
    perps_only = all(f.perpetrator for m in draft.mentions for f in m.counts if f.category == "killed")
    if (
        draft.has_casualties()
        and perps_only
        and not any(f.category == "injured" for m in draft.mentions for f in m.counts)
    ):
        return "clash"
    if draft.has_casualties():
        frames = [m for m in draft.mentions if m.family == "violent" and m.strength == "frame"]
        perps_dead = any(f.perpetrator for m in draft.mentions for f in m.counts if f.category == "killed")
        if draft.side == "state" or (frames and perps_dead):
            return "clash"  # a raid or operation in which militants die
        if draft.side == "nonstate":
            return "attack"  # militants raiding a village and killing its people
        if frames and all(m.kind != "attack" for m in frames):
            return "clash"
        return draft.first.kind
    if outcomes:
        return outcomes[0].kind
    if any(m.strength == "strong" for m in draft.mentions if m.family == "violent"):
        return next(m.kind for m in draft.mentions if m.family == "violent" and m.strength == "strong")
    return None


def _acled(kind: str, draft: Draft) -> tuple[str, str]:
    table = lexicon.acled()
    if kind == "clash" and draft.sub in table["clash_by_sub"]:
        event_type, sub_type = table["clash_by_sub"][draft.sub]
        return event_type, sub_type
    if kind != "attack":
        event_type, sub_type = table["kinds"].get(kind, table["kinds"]["other"])
        return event_type, sub_type
    sub = draft.sub
    if sub is None and all(m.reference or m.title for m in draft.mentions if m.family == "violent"):
        subs = [m.sub for m in draft.mentions if m.sub]
        sub = subs[0] if subs else None
    if sub in table["attack_by_sub"]:
        event_type, sub_type = table["attack_by_sub"][sub]
        return event_type, sub_type
    armed = next((m.target_armed for m in draft.mentions if m.target_armed is not None), None)
    event_type, sub_type = table["attack_armed_target"] if armed else table["attack_default"]
    return event_type, sub_type


def _attribution(draft: Draft) -> str:
    values = {m.attribution for m in draft.mentions}
    return next((v for v in _ATTRIBUTION_ORDER if v in values), "unknown")


def _kin(a: str, b: str) -> bool:
    """One group or its branch: 'Islamic State' and 'Islamic State West Africa Province'."""
    return a.startswith(b) or b.startswith(a) or a.split()[:2] == b.split()[:2]


def _claim_disputed(draft: Draft) -> bool:
    """The claim is contested: dismissed in words, met by a rival claim or by blame on another
    group, or its figure contradicted by a stated one. A claim that merely 'could not be
    verified' is unverified, not contested, and stays undisputed."""
    if not any(m.attribution == "claimed" for m in draft.mentions):
        return False  # no claim, nothing to dispute
    if any(m.claim_disputed for m in draft.mentions):
        return True
    facts = [f for m in draft.mentions for f in m.counts if f.category in ("killed", "injured")]
    stated = {f.category for f in facts if not f.claimed}
    killed, perp, injured, _ = _counts(draft)
    told = {"killed": {killed, (killed or 0) - (perp or 0)}, "injured": {injured}}
    if any(f.claimed and f.category in stated and f.value not in told[f.category] for f in facts):
        return True  # the claimed figure is contradicted by a stated one
    # the groups each mention names as claimant or blamed ("claimed by A and B" is one joint claim)
    claims = [
        {a.canonical for a in m.actors if a.canonical and a.role in ("claimant", "perpetrator")}
        for m in draft.mentions
        if m.attribution == "claimed"
    ]
    if not any(claims):
        return False
    blamed = [
        {a.canonical for a in m.actors if a.canonical and a.role == "perpetrator"}
        for m in draft.mentions
        if m.attribution == "suspected"
    ]
    return any(
        not any(_kin(a, b) for a in mine for b in theirs)
        for i, mine in enumerate(claims)
        if mine
        for j, theirs in enumerate(claims + blamed)
        if theirs and i != j
    )  # two groups claim it apart, or officials blame another group


_RESPONSE_ROLES = {"perpetrator": "security_force", "target": "perpetrator"}
#: when one actor is told in several roles, the weightiest one stands for it
_ROLE_RANK = {
    role: i
    for i, role in enumerate(
        ("claimant", "perpetrator", "security_force", "target", "victim", "subject", "authority", "other")
    )
}
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _actor_key(actor: Actor) -> str:
    """One key per actor: its canonical name, else its surface name without article or case."""
    return (actor.canonical or _ARTICLE.sub("", actor.name)).lower().strip()


def _actors(draft: Draft, topic: str | None, attribution: str) -> list[Actor]:
    merged: dict[str, Actor] = {}
    told = draft.side or next((m.perpetrator_side for m in draft.mentions if m.perpetrator_side), None)
    attacked_by = told if draft.family == "violent" else None
    for m in draft.mentions:
        # "soldiers killed two of the attackers" after a militant attack: the forces' answer, so the
        # forces are security_force and the attackers they killed stay the attack's perpetrators
        response = attacked_by == "nonstate" and m.perpetrator_side == "state"
        for a in m.actors:
            if draft.family == "violent" and m.family == "arrest" and a.role == "subject":
                # "the attacker was later arrested": the one arrested is the attack's perpetrator
                a = Actor(a.name, a.canonical, "perpetrator", a.certainty)
            elif response and a.role in _RESPONSE_ROLES:
                a = Actor(a.name, a.canonical, _RESPONSE_ROLES[a.role], a.certainty)  # type: ignore[arg-type]
            if a.canonical and a.role == "perpetrator" and attribution in ("suspected", "alleged", "denied"):
                a = Actor(a.name, a.canonical, a.role, attribution)  # type: ignore[arg-type]
            key = _actor_key(a)
            if key not in merged:
                merged[key] = a
                continue
            # "the army", "Army", "army": one actor, the most specific name, the weightiest role
            old = merged[key]
            name = max((old.name, a.name), key=lambda n: len(_ARTICLE.sub("", n)))
            best = old if _ROLE_RANK[old.role] <= _ROLE_RANK[a.role] else a
            merged[key] = Actor(name, old.canonical or a.canonical, best.role, best.certainty)
    out = list(merged.values())
    if topic and not any(a.canonical == topic for a in out):
        out.append(Actor(name=topic, canonical=topic, role="other", certainty="unknown"))
    return out


def _confidence(draft: Draft, kind: str, dated: bool, placed: bool) -> float:
    score = 0.45
    told = [m for m in draft.mentions if not m.title and not m.reference]
    if any(m.strength == "strong" or (m.strength == "frame" and m.counts) for m in told):
        score += 0.2  # told as a happening: a verb or noun of violence, or a raid with its dead
    if dated:
        score += 0.15 if draft.dated() is not None else 0.05  # its own date, or only the narrative's
    else:
        score -= 0.2
    if all(m.reference or m.strength == "weak" for m in draft.mentions if m.family == "violent") and any(
        m.family == "violent" for m in draft.mentions
    ):
        score -= 0.1  # only told in passing ("the attack", "were killed")
    if placed:
        score += 0.05
    if len(draft.mentions) > 1:
        score += 0.05
    if all(m.background for m in draft.mentions):
        score -= 0.25
    if all(m.title for m in draft.mentions):
        score -= 0.2
    if kind in ("statement", "other"):
        score -= 0.15
    if kind in ("attack", "clash") and (draft.has_casualties() or draft.sub):
        score += 0.05
    return round(min(0.95, max(0.05, score)), 2)


def _best_place(draft: Draft) -> EventMention | None:
    """The most precise place the mentions give, own places first among equals."""
    body = [m for m in draft.mentions if m.place is not None and not m.title] or [
        m for m in draft.mentions if m.place is not None
    ]
    if not body:
        return None
    order = {id(m): i for i, m in enumerate(draft.mentions)}

    def rank(m: EventMention) -> tuple[int, int, int]:
        fine = _PRECISION.get(m.place.precision, 5) <= 1  # type: ignore[union-attr]
        tier = (0 if m.own_place else 1) if fine else (2 if m.own_place else 3)
        return tier, _PRECISION.get(m.place.precision, 5), order[id(m)]  # type: ignore[union-attr]

    return min(body, key=rank)


def _discourse_date(doc: Document, draft: Draft) -> Timex | None:
    """The date an undated event takes from its discourse: its section's first date, else the document's."""
    at = draft.first.trigger.start
    told = [t for t in doc.timexes if t.governing and t.kind not in ("name", "publication")]
    section = next((s for s in doc.sections if s.start <= at < s.end), None)
    own = [t for t in told if section is not None and section.start <= t.start < section.end]
    for pool in (own, told):
        if pool:
            return next((t for t in pool if t.precision == "day"), pool[0])
    return None


def resolve(doc: Document, draft: Draft, topic: str | None) -> Event | None:
    kind = _kind(draft)
    if kind is None:
        return None
    dated = draft.dated() or next((m for m in draft.mentions if m.date is not None and not m.title), None)
    dated = dated or next((m for m in draft.mentions if m.date is not None), None)
    placed = _best_place(draft)
    when = dated.date if dated else _discourse_date(doc, draft)
    if when is None:
        return None  # a record without a date is no use as data
    where = placed.place if placed else None
    killed, perp, injured, arrested = _counts(draft)
    event_type, sub_type = _acled(kind, draft)
    spans = sorted({(s.start, s.end) for m in draft.mentions for s in (m.evidence or [m.trigger])})
    evidence = [Evidence(doc.document_id, s, e, doc.text[s:e]) for s, e in spans]
    weapons: list[str] = []
    for m in draft.mentions:
        for w in m.weapons:
            if w not in weapons:
                weapons.append(w)
    first = min(s for s, _ in spans) if spans else draft.first.trigger.start
    return Event(
        # what tells two records of one document apart: kind, first evidence, site, dates, place
        event_id=stable_id(
            doc.document_id,
            kind,
            first,
            *[m.site for m in draft.mentions if m.site][:1],
            when.date_start,
            when.date_end,
            where.name if where else None,
        ),
        document_id=doc.document_id,
        kind=kind,  # type: ignore[arg-type]
        event_type=event_type,
        sub_event_type=sub_type,
        date_start=when.date_start.isoformat() if when else None,
        date_end=when.date_end.isoformat() if when else None,
        date_precision=when.precision if when else "unknown",
        date_text=when.text if when else None,
        place=where.name if where else None,
        admin1=where.admin1 if where else None,
        country=where.country if where else None,
        country_code=where.country_code if where else None,
        latitude=where.latitude if where else None,
        longitude=where.longitude if where else None,
        geo_precision=where.precision if where else "unknown",
        actors=_actors(draft, topic, _attribution(draft)),
        killed=killed if kind in ("attack", "clash", "other", "claim") else None,
        killed_perpetrators=perp if kind in ("attack", "clash", "other", "claim") else None,
        injured=injured if kind in ("attack", "clash", "other", "claim") else None,
        arrested=arrested,
        attribution=_attribution(draft),  # type: ignore[arg-type]
        claim_disputed=_claim_disputed(draft),
        weapons=weapons,  # type: ignore[arg-type]
        evidence=evidence,
        confidence=_confidence(draft, kind, dated is not None, where is not None),
    )


def _infobox_figure(value: str) -> tuple[int, int | None] | None:
    """'34 (including four attackers)' → (34, 4); '103 (+2 suicide bombers)' → (105, 2)."""
    head = re.match(
        rf"\s*(?:(?:at least|over|more than|about)\s+)?({num_pattern()})\+?(?![\w-])", value, re.I
    )
    if head is None or (base := parse_number(head.group(1))) is None:
        return None
    note = re.search(lexicon.cues()["infobox_perp_note"].replace("NUM", num_pattern()), value, re.I)
    if note is None:
        return base, None
    perp = 1 if note.group(2).lower() == "the" else parse_number(note.group(2))
    if perp is None:
        return base, None
    return (base + perp if note.group(1) else base), perp


def _infobox_fallback(doc: Document, events: list[Event]) -> list[Event]:
    """The infobox's figures give the page's main attack the killed and injured its prose leaves unstated."""
    boxes = [s for s in doc.sections if s.heading.strip().lower() == "infobox"]
    main = next((e for e in events if e.kind in ("attack", "clash")), None)
    if not boxes or main is None:
        return events
    changes: dict[str, int | None] = {}
    for box in boxes:
        for line in lexicon.cue("infobox_figure").finditer(doc.text, box.start, box.end):
            figure = _infobox_figure(line.group(2))
            if figure is None:
                continue
            if lexicon.cue("infobox_figure_injured").match(line.group(1)):
                if main.injured is None:
                    changes.setdefault("injured", figure[0])
            elif main.killed is None and "killed" not in changes:
                changes["killed"] = figure[0]
                if figure[1] is not None and main.killed_perpetrators is None:
                    changes["killed_perpetrators"] = figure[1]
    if not changes:
        return events
    return [dataclasses.replace(e, **changes) if e is main else e for e in events]  # type: ignore[arg-type]


def annotate(doc: Document) -> None:
    topic = primary_group(doc)
    events = []
    for draft in build_drafts(doc):
        event = resolve(doc, draft, topic)
        if event is not None and event.confidence >= REPORT_FLOOR:
            events.append(event)
    events.sort(key=lambda e: e.evidence[0].start if e.evidence else 0)
    doc.events = unique_events([consistent_counts(e) for e in _infobox_fallback(doc, events)])


STAGE = Stage(name="assemble", requires=("events",), run=annotate)
