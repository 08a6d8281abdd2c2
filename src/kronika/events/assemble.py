"""Assembly: the clustered mentions of each happening → one event record (the ``assemble`` stage).

`kronika.events.cluster` groups the mentions into drafts. Each draft then gets its kind (a
raid becomes a clash when militants die, an arrest or a seizure when that is its outcome),
counts (`kronika.events.tally`), attribution, ACLED types, date, most precise place,
evidence, confidence and a stable id. Records under `REPORT_FLOOR` are not reported.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta

from kronika.actors import acled_country, primary_group, topic_countries
from kronika.document import Document
from kronika.events import lexicon
from kronika.events import typing as acled_typing
from kronika.events.cluster import CROWD, OUTCOME_KINDS, PRECISION, Draft, build_drafts
from kronika.events.counts import num_pattern, parse_number
from kronika.events.tally import tally
from kronika.events.triggers import has_weapon
from kronika.events.types import EventMention
from kronika.geo.types import Place
from kronika.pipeline import Stage
from kronika.record import Actor, Event, Evidence, consistent_counts, stable_id, unique_events
from kronika.time.types import Timex

__all__ = ["REPORT_FLOOR", "Draft", "annotate", "build_drafts", "resolve"]


REPORT_FLOOR = 0.4
#: kinds whose records carry the dead and wounded
_COUNTED_KINDS = ("attack", "clash", "other", "claim", "protest", "riot")


_ATTRIBUTION_ORDER = ("claimed", "denied", "suspected", "alleged", "confirmed")


def _arms_haul(doc: Document, draft: Draft) -> bool:
    """An arrest told as stopping arms ("foiled a bid to smuggle a consignment of arms and arrested two
    smugglers") that also tells the weapons seized: ACLED codes the seizure, the arrests are part of it.
    An arrest of a person at whose house a pistol was found stays an arrest."""
    first = draft.first
    if first.clause is None or not any(m.family == "seizure" and m.weapons for m in draft.mentions):
        return False
    return has_weapon(doc.text[first.clause.start : first.clause.end])


def _kind(doc: Document, draft: Draft) -> str | None:
    if draft.family != "violent":
        if draft.family == "claim":
            return "claim"
        if draft.family in CROWD and any(m.kind == "riot" for m in draft.mentions):
            return "riot"  # a demonstration that turned violent
        if draft.family == "arrest" and _arms_haul(doc, draft):
            return "seizure"  # smugglers caught with their consignment: the seizure absorbs its arrests
        return draft.first.kind
    strong = [m for m in draft.mentions if m.family == "violent" and m.strength == "strong" and not m.title]
    if strong:
        return strong[0].kind
    outcomes = [m for m in draft.mentions if m.family in OUTCOME_KINDS]
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


def _means(draft: Draft) -> str | None:
    """The means of the draft's happening; a draft told only by references takes theirs."""
    sub = draft.sub
    if sub is None and all(m.reference or m.title for m in draft.mentions if m.family == "violent"):
        subs = [m.sub for m in draft.mentions if m.sub]
        sub = subs[0] if subs else None
    return sub


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
    killed, perp, injured, _ = tally(draft)
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
                a = dataclasses.replace(a, role="perpetrator")
            elif response and a.role in _RESPONSE_ROLES:
                a = dataclasses.replace(a, role=_RESPONSE_ROLES[a.role])
            if a.canonical and a.role == "perpetrator" and attribution in ("suspected", "alleged", "denied"):
                a = dataclasses.replace(a, certainty=attribution)
            key = _actor_key(a)
            if key not in merged:
                merged[key] = a
                continue
            # "the army", "Army", "army": one actor, the most specific name, the weightiest role
            old = merged[key]
            name = max((old.name, a.name), key=lambda n: len(_ARTICLE.sub("", n)))
            best = old if _ROLE_RANK[old.role] <= _ROLE_RANK[a.role] else a
            merged[key] = dataclasses.replace(
                best,
                name=name,
                canonical=old.canonical or a.canonical,
                type=best.type or old.type or a.type,
                inter=best.inter or old.inter or a.inter,
                affiliation=best.affiliation or old.affiliation or a.affiliation,
            )
    out = list(merged.values())
    if topic and not any(a.canonical == topic for a in out):
        out.append(Actor(name=topic, canonical=topic, role="other", certainty="unknown"))
    return out


def _confidence(draft: Draft, kind: str, dated: bool, placed: bool, undated_text: bool = False) -> float:
    """The extractor's own estimate; `undated_text`: the whole text gives no date, so the
    record's missing date is the text's, not a sign that the happening is only cited."""
    score = 0.45
    told = [m for m in draft.mentions if not m.title and not m.reference]
    if any(m.strength == "strong" or (m.strength == "frame" and m.counts) for m in told):
        score += 0.2  # told as a happening: a verb or noun of violence, or a raid with its dead
    if dated:
        score += 0.15 if draft.dated() is not None else 0.05  # its own date, or only the narrative's
    else:
        score -= 0.05 if undated_text else 0.2
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
        fine = PRECISION.get(m.place.precision, 5) <= 1  # type: ignore[union-attr]
        tier = (0 if m.own_place else 1) if fine else (2 if m.own_place else 3)
        return tier, PRECISION.get(m.place.precision, 5), order[id(m)]  # type: ignore[union-attr]

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


#: how far back a news report's undated happening may lie (the gold README: two or three days)
REPORT_DAYS_BACK = 2


def _days_before_report(doc: Document, when: Timex) -> Timex:
    """A news report that never dates its happening, only the year or month it is in: the days
    before the report ("killed a journalist", published 11 February 2022 → 9-11 February)."""
    if (
        doc.published is None
        or doc.published_source == "none"
        or when.precision not in ("month", "season", "year")
    ):
        return when
    if not when.date_start <= doc.published <= when.date_end:
        return when
    start = doc.published - timedelta(days=REPORT_DAYS_BACK)
    return dataclasses.replace(
        when, date_start=max(start, when.date_start), date_end=doc.published, precision="days"
    )


_COARSE_GEO = ("admin1", "country", "region", "unknown")
_VIOLENT = ("attack", "clash", "riot")


def mark_summaries(events: list[Event]) -> list[Event]:
    """A total told beside its parts ("this week's clashes killed 105" and each town's clash) is a
    summary: a coarsely placed violent event whose days hold two or more finer-placed violent events
    of its country, none of them with more dead than it. Summaries stay out of sums."""
    out = []
    for e in events:
        if e.kind not in _VIOLENT or e.geo_precision not in _COARSE_GEO or not e.date_start:
            out.append(e)
            continue
        parts = [
            x
            for x in events
            if x is not e
            and x.kind in _VIOLENT
            and x.geo_precision in ("place", "district")
            and (e.country is None or x.country == e.country)
            and x.date_start is not None
            and e.date_start <= x.date_start
            and (x.date_end or x.date_start) <= (e.date_end or e.date_start)
            and not (e.killed is not None and x.killed is not None and x.killed > e.killed)
        ]
        out.append(dataclasses.replace(e, summary=True) if len(parts) >= 2 else e)
    return out


def _dates_anything(doc: Document) -> bool:
    """The text gives a date to anything. A short note that gives none ("On Tuesday, ..." with no
    publication date to count from) still reports its events: undated, with lower confidence."""
    return any(t.kind != "name" for t in doc.timexes)


def _topic_here(doc: Document, topic: str | None, where: Place | None) -> str | None:
    """The document's group, for an event in a country the text names the group in (or any
    event, when the text names it with no country or the event has none)."""
    if topic is None or where is None or not where.country_code:
        return topic
    countries = topic_countries(doc, topic)
    return topic if not countries or where.country_code in countries else None


def resolve(doc: Document, draft: Draft, topic: str | None) -> Event | None:
    kind = _kind(doc, draft)
    if kind is None:
        return None
    own_date = draft.dated()
    dated = own_date or next((m for m in draft.mentions if m.date is not None and not m.title), None)
    dated = dated or next((m for m in draft.mentions if m.date is not None), None)
    placed = _best_place(draft)
    when = dated.date if dated else _discourse_date(doc, draft)
    if when is None and _dates_anything(doc):
        return None  # an undated aside of a dated report: no use as data
    if own_date is None and when is not None:
        when = _days_before_report(doc, when)
    where = placed.place if placed else None
    killed, perp, injured, arrested = tally(draft)
    attribution = _attribution(draft)
    told = acled_typing.context(doc, draft.mentions)
    kind, event_type, sub_type = acled_typing.decide(
        kind,
        draft.mentions,
        _means(draft),
        told,
        killed,
        injured,
        draft.side,
        doc.language or "en",
        own=acled_typing.own_text(doc, draft.mentions),
    )
    actors = acled_typing.acled_actors(
        _actors(draft, _topic_here(doc, topic, where), attribution),
        kind,
        acled_country(where.country, where.country_code) if where else None,
        acled_typing.crowd_name(told) if kind in ("protest", "riot") else None,
    )
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
            when.date_start if when else None,
            when.date_end if when else None,
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
        actors=actors,
        killed=killed if kind in _COUNTED_KINDS else None,
        killed_perpetrators=perp if kind in _COUNTED_KINDS else None,
        injured=injured if kind in _COUNTED_KINDS else None,
        arrested=arrested,
        attribution=attribution,  # type: ignore[arg-type]
        claim_disputed=_claim_disputed(draft),
        weapons=weapons,  # type: ignore[arg-type]
        evidence=evidence,
        confidence=_confidence(draft, kind, dated is not None, where is not None, when is None),
        interaction=acled_typing.interaction(actors),
        civilian_targeting=acled_typing.civilian_targeting(event_type, sub_type, actors),
        language=doc.language,
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
    with lexicon.language(getattr(doc, "language", None)):
        _annotate(doc)


def _annotate(doc: Document) -> None:
    topic = primary_group(doc)
    found = []
    for draft in build_drafts(doc):
        event = resolve(doc, draft, topic)
        if event is not None and event.confidence >= REPORT_FLOOR:
            found.append((event, draft.family == "develop" and draft.first.sub == "change"))
    found.sort(key=lambda pair: pair[0].evidence[0].start if pair[0].evidence else 0)
    events = acled_typing.prune([e for e, _ in found], [move for _, move in found])
    told = mark_summaries(_infobox_fallback(doc, acled_typing.consolidate(events)))
    doc.events = unique_events([consistent_counts(e) for e in told])


STAGE = Stage(name="assemble", requires=("events",), run=annotate)
