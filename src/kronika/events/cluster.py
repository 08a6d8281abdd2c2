"""Document-level clustering: which mentions tell the same happening.

Mentions are read in text order. A mention joins an earlier draft event when it refers back
to it ("the attack", a claim "for the attack", a count-only clause, "the same day"), or
continues it (no date, place, means or side of its own that disagrees; a background aside
or a section headed by another town breaks the story); it starts a new event when it says
so ("another explosion", "in a separate incident"), is a security action of its own (a
raid), or its date, place, means or side differ. Non-violent mentions merge when they are
adjacent or told twice with the same day. Headlines join the body's events; disputes of a
claim are applied last. Old attacks a report only cites are not news (`kronika.events.background`).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field

from kronika.document import Document, Span
from kronika.events import lexicon
from kronika.events.attach import SPEECH
from kronika.events.background import cited_background, old_reference, orphan_reference
from kronika.events.counts import treated_in_before
from kronika.events.tally import tally
from kronika.events.types import EventMention
from kronika.geo.types import Place

PRECISION = {"place": 0, "district": 1, "admin1": 2, "country": 3, "region": 4, "unknown": 5}


OUTCOME_KINDS = ("arrest", "seizure")
#: families of crowds: a protest and the riot it turns into are one happening
CROWD = ("protest", "riot")


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
        own = [m for m in self.mentions if m.own_date and m.date is not None]
        # a date the happening is told with wins over the day a reporting clause gives
        return next((m for m in own if m.date.kind != SPEECH), own[0] if own else None)  # type: ignore[union-attr]

    def placed(self) -> EventMention | None:
        """The mention with the finest place the happening is told with: a country told first
        ("an armed conflict in Ecuador") holds the towns, but once a town is told, another town
        is another happening."""
        own = [m for m in self.mentions if m.own_place and m.place is not None]
        return min(own, key=lambda m: PRECISION.get(m.place.precision, 5)) if own else None  # type: ignore[union-attr]

    @property
    def side(self) -> str | None:
        """The perpetrator's side: as the clause that dates the happening tells it, else the first.
        A lead that packs the aftermath into one sentence ("forces recovered the bodies of soldiers
        killed in an attack") reads its doers less surely than the clause that tells the attack."""
        sided = [m for m in self.mentions if m.perpetrator_side and not m.reference]
        dated = [m for m in sided if m.own_date and m.date is not None and m.date.kind != SPEECH]
        return (dated or sided)[0].perpetrator_side if sided else None

    @property
    def sub(self) -> str | None:
        return next((m.sub for m in self.mentions if m.sub and not m.reference), None)

    @property
    def words(self) -> set[str]:
        out: set[str] = set()
        for m in self.mentions:
            out |= m.words
        return out

    @property
    def multi(self) -> bool:
        """The happening is spread over several places ("attacks on multiple cities"): a total."""
        return any(m.multi_site for m in self.mentions if not m.title)

    def has_casualties(self) -> bool:
        return any(f.category in ("killed", "injured", "toll") for m in self.mentions for f in m.counts)


def dates_agree(draft: Draft, m: EventMention) -> bool:
    d = draft.dated()
    if m.own_date and m.date is not None and d is None:
        # the draft's date comes from the narrative around it: only a clear gap separates
        told = next((x.date for x in draft.mentions if x.date is not None and not x.title), None)
        if told is not None and told.kind == SPEECH and not m.reference:
            # told only as "..., police said on Thursday": a day or so before the report is the
            # happening's own day; several days before, another one unless it has the same toll
            near = (told.date_start - m.date.date_end).days <= 1 and m.date.date_start <= told.date_end
            return near or _same_toll(draft, m)
        if told is not None and abs((m.date.date_start - told.date_start).days) > 7:
            return m.date.date_start <= told.date_end and told.date_start <= m.date.date_end
        return True
    if not (m.own_date and m.date is not None and d is not None and d.date is not None):
        return True
    a, b = m.date, d.date
    told_apart = not m.reference and m.strength == "strong"
    if b.precision == "year" and a.precision in ("day", "days") and told_apart:
        return False  # "... in 2022" then "On January 31, gunmen shot ...": a happening of its own day
    if a.date_start <= b.date_end and b.date_start <= a.date_end:
        return True
    if m.reference and b.kind == SPEECH and a.date_end <= b.date_end and (b.date_end - a.date_start).days < 8:
        return True  # "the strike late on Sunday" after "..., the group said on Wednesday"
    if m.reference and a.date_start >= b.date_start:
        # what is told about an earlier happening: a claim, a toll, the next morning of a siege
        later = (a.date_start - b.date_end).days
        reported = (
            m.attribution in ("claimed", "denied")
            or m.family in ("claim", "attribution", "dispute")
            or any(f.category == "toll" or f.claimed for f in m.counts)  # a toll, a group's claimed figure
            or any(f.category == "killed" and f.additive for f in m.counts)  # "three more died"
        )
        if reported:
            return later <= 60
        # "into the next morning" continues a siege; a new count on another day is another happening
        return later <= (2 if m.strength != "weak" else 0)
    return False


def _same_toll(draft: Draft, m: EventMention) -> bool:
    """The mention states a death toll the draft states too ("four soldiers were killed")."""
    told = {f.value for x in draft.mentions for f in x.counts if f.category == "killed" and not f.claimed}
    # one death is too common a figure to tell two mentions are one happening
    return any(
        f.category == "killed" and not f.claimed and f.value >= 2 and f.value in told for f in m.counts
    )


def places_agree(draft: Draft, m: EventMention) -> bool:
    if m.family == "violent" and m.strength == "weak" and m.place is not None and m.place.country:
        told = next((x.place for x in draft.mentions if x.place is not None and x.place.country), None)
        if told is not None and told.country != m.place.country:
            return False  # a toll told in another country ("3 died in floods in Vietnam") is not this event's
    d = draft.placed()
    if not (m.own_place and m.place is not None and d is not None and d.place is not None):
        return True
    if m.strength == "weak" and m.family == "violent":
        return True  # "two of the wounded later died in hospital in X": where they died, not the event
    if m.reference and PRECISION.get(m.place.precision, 5) >= 2:
        return True  # "the attack" told with a country or region: no conflict with a town
    a, b = m.place, d.place
    if a.name == b.name:
        return True
    if any(
        PRECISION.get(x.precision, 5) >= 3 and x.country and x.country == y.country
        for x, y in ((a, b), (b, a))
    ):
        return True  # "northern Mali" holds Gao
    return a.name in (b.admin1, b.country) or b.name in (a.admin1, a.country) or district_holds(a, b)


#: how far from a district's point a town may lie and still be read as inside it
DISTRICT_KM = 40.0


def district_holds(a: Place, b: Place) -> bool:
    """One place is a district and the other a town in it or the district's own town ("Imphal" and
    "Imphal East district"): the gazetteer gives a town no district, so nearness in one region tells."""
    if (a.precision == "district") == (b.precision == "district"):
        return False
    if PRECISION.get(a.precision, 5) > 1 or PRECISION.get(b.precision, 5) > 1:
        return False
    if a.country_code != b.country_code or (a.admin1 and b.admin1 and a.admin1 != b.admin1):
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return _km(a.latitude, a.longitude, b.latitude, b.longitude) <= DISTRICT_KM  # type: ignore[arg-type]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _finer_happening(draft: Draft, m: EventMention) -> bool:
    """'On January 31, gunmen shot X in Zitacuaro' after a story placed in a country and a year: the
    dated, placed item of a round-up is a happening of its own, not a detail of the coarse one."""
    if not (
        m.family == "violent" and m.strength == "strong" and not m.reference and m.own_date and m.own_place
    ):
        return False
    if (
        m.date is None
        or m.place is None
        or m.date.precision != "day"
        or PRECISION.get(m.place.precision, 5) > 1
    ):
        return False
    d = draft.dated() or next((x for x in draft.mentions if x.date is not None and not x.title), None)
    p = draft.placed()
    if d is None or p is None or d.date is None or p.place is None:
        return False
    coarse = d.date.precision in ("month", "season", "year") and PRECISION.get(p.place.precision, 5) >= 2
    return coarse and draft.has_casualties() and not _same_toll(draft, m)


def _spread_apart(draft: Draft, m: EventMention) -> bool:
    """A total spread over several places ("attacks on multiple cities overnight") and one of its
    sites ("a strike hit a building in Kherson") are two records: the site never joins the total,
    which would take its place and figures, and a total told after a site opens its own."""
    if m.reference or m.title or m.multi_site == draft.multi:
        return False
    if m.multi_site:
        return True
    return m.own_place and m.place is not None and PRECISION.get(m.place.precision, 5) <= 1


#: a dated stretch at least this many days long is a period, whose dated items are happenings
STRETCH_DAYS = 4


def _item_of_stretch(draft: Draft, m: EventMention) -> bool:
    """'Shelling killed or injured 30 between 17 and 24 April. On 22 April, four civilians were
    killed ...': a day (or a shorter stretch) told with its own figures or its own violence inside
    a period the draft is dated by is a happening of its own, not a detail of the period."""
    if m.family != "violent" or not m.own_date or m.date is None:
        return False
    if m.reference and not any(f.category in ("killed", "injured") for f in m.counts):
        return False
    d = draft.dated()
    if d is None or d.date is None or d.date.precision != "days":
        return False
    period, day = d.date, m.date
    long = (period.date_end - period.date_start).days + 1 >= STRETCH_DAYS
    inside = period.date_start <= day.date_start and day.date_end <= period.date_end
    shorter = (day.date_end - day.date_start) < (period.date_end - period.date_start)
    return long and inside and shorter and day.precision in ("day", "days") and not _same_toll(draft, m)


def _wider_than_toll(draft: Draft, m: EventMention) -> bool:
    """'On 22 April, four civilians were killed. Fighting between 21 and 22 April forced 4,000 to
    flee': a draft told only by figures of one day, and violence told with a longer stretch of its
    own around that day, are two happenings (a same-day account would give the same day)."""
    if m.family != "violent" or m.reference or m.strength != "strong" or not m.own_date or m.date is None:
        return False
    if any(x.family == "violent" and x.strength != "weak" for x in draft.mentions):
        return False
    d = draft.dated()
    if d is None or d.date is None or d.date.precision != "day":
        return False
    day, stretch = d.date, m.date
    return stretch.precision == "days" and stretch.date_start < day.date_start <= stretch.date_end


def compatible(draft: Draft, m: EventMention) -> bool:
    if _spread_apart(draft, m) or _item_of_stretch(draft, m) or _wider_than_toll(draft, m):
        return False
    if m.multi_site and draft.multi:
        return dates_agree(draft, m)  # one total told twice, whatever means each sentence names
    if not (dates_agree(draft, m) and places_agree(draft, m)) or _finer_happening(draft, m):
        return False
    if m.family == "violent" and not m.reference and m.strength == "strong" and not _same_toll(draft, m):
        # one wrong field is tolerated when the toll and the place agree: "forces recovered the bodies
        # of four soldiers killed in an attack" and "the four soldiers were killed when rebels
        # ambushed them" are one happening even if the first reads the forces as its doers
        side = draft.side
        if m.kind == "attack" and m.perpetrator_side and side and side != m.perpetrator_side:
            return False
        if (m.sub == "air") != (draft.sub == "air") and m.sub is not None and draft.sub is not None:
            return False
        if m.sub == "air" and draft.sub != "air" and m.perpetrator_side == "state":
            return False
    return True


def overlap(draft: Draft, m: EventMention) -> int:
    return len(draft.words & m.words)


def _best_reference(drafts: list[Draft], m: EventMention, families: tuple[str, ...]) -> Draft | None:
    """The event a reference points to: the latest one, unless an earlier one shares its names."""
    pool = [d for d in drafts if d.family in families and compatible(d, m)]
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
    if m.family == "violent" and m.strength == "strong":
        # "the attack" does not point to a raid or an operation; a casualty verb alone ("seven
        # rebels were killed") may tell the raid's outcome
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
            and overlap(d, m) >= 1
            and places_agree(d, m)
            and not (m.own_date and any(f.category in ("killed", "injured") for f in m.counts))
        ]
        return max(named, key=lambda d: (overlap(d, m), d.last_sentence)) if named else None
    same_section = [d for d in pool if d.section == m.section]
    if not same_section and said_of:
        return main_event(pool, m)  # a "Responsibility" section speaks of the page's main attack
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
    if overlap(latest, m) == 0:
        sharing = [d for d in pool if overlap(d, m) >= 2]
        if sharing:
            return max(sharing, key=lambda d: (overlap(d, m), d.last_sentence))
    return latest


def main_event(pool: list[Draft], m: EventMention) -> Draft:
    """The event a text is chiefly about: the one the mention names, else the deadliest, else the first."""

    def weight(d: Draft) -> tuple[int, int, int]:
        killed, _, injured, _ = tally(d)
        return (overlap(d, m), (killed or 0) + (injured or 0), -d.first.sentence)

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
    if m.family in OUTCOME_KINDS and m.clause is not None and m.evidence:
        frames = [
            d for d in drafts if d.family == "violent" and not d.has_casualties() and d.section == m.section
        ]
        if frames and text_cue.search(doc.text[m.clause.start : m.clause.end]):
            return frames[-1]
    trigger_text = doc.text[m.trigger.start : m.trigger.end].lower()
    if m.family == "seizure" and not m.own_date and lexicon.cue("haul_trigger").match(trigger_text):
        # "police arrested two men ... Officers said they recovered a grenade": the arrest's haul
        arrests = [d for d in drafts if d.family == "arrest" and m.sentence - d.last_sentence <= 1]
        if arrests and compatible(arrests[-1], m):
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
    displaced = _displaced_by(doc, drafts, m)
    if displaced is not None:
        return displaced
    if _count_only(m):
        decided, counted = _count_target(doc, drafts, m)
        if decided:
            return counted
    if m.reference:
        return _best_reference(drafts, m, (m.family,))
    # a demonstration and its turning violent are one happening (ACLED codes one event per interaction)
    kin = CROWD if m.family in CROWD else (m.family,)
    same = [d for d in drafts if d.family in kin]
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
    if crossing or not compatible(prev, m):
        return _same_day(same, m) if m.family != "violent" else None
    if m.family == "violent":
        return prev  # no date, place, means or side of its own that disagrees: the same happening
    if m.sentence - prev.last_sentence > 2 and not (m.family in CROWD and not (m.own_date or m.own_place)):
        # a crowd told again with no day or place of its own ("two injured protesters") is the same crowd
        return _same_day(same, m)
    return prev


def _displaced_by(doc: Document, drafts: list[Draft], m: EventMention) -> Draft | None:
    """'Some 20,000 people were displaced as the camp was burnt' right after an attack told at the
    same place: the people the attack drove out, part of it, not a happening of its own."""
    if m.family != "develop" or not lexicon.cue("displacement").search(
        doc.text[m.trigger.start : m.trigger.end]
    ):
        return None
    violent = [d for d in drafts if d.family == "violent" and d.section == m.section]
    if not violent:
        return None
    attack = max(violent, key=lambda d: d.last_sentence)
    if m.sentence - attack.last_sentence > 1 or not (dates_agree(attack, m) and places_agree(attack, m)):
        return None
    return attack


def _count_only(m: EventMention) -> bool:
    """A clause that only states figures ("seven people were injured, the mayor said")."""
    return m.family == "violent" and m.strength == "weak" and bool(m.counts)


def _stated_place(doc: Document, m: EventMention) -> Place | None:
    """The place a count-only clause names itself ("Kyiv's mayor said seven were injured")."""
    if m.place is None or m.clause is None or PRECISION.get(m.place.precision, 5) > 2:
        return None
    text = doc.text[m.clause.start : m.clause.end]
    spans = [
        (p.start - m.clause.start, p.end - m.clause.start)
        for p in doc.places
        if m.clause.start <= p.start and p.end <= m.clause.end and p.place.name == m.place.name
    ] or [n.span() for n in re.finditer(rf"\b{re.escape(m.place.name)}\b", text)]  # "the Kyiv mayor said"
    treated = treated_in_before()
    named = [s for s, _ in spans if not treated.search(lexicon.before(text, s))]
    return m.place if named else None


def _count_target(doc: Document, drafts: list[Draft], m: EventMention) -> tuple[bool, Draft | None]:
    """Whether the happening a count-only clause tells the figures of is decided here, and which.
    In a round-up the clause names its town: its figures go to that town's event, never to the last
    event told of another town (a new event when none is told). Right after a riot or a protest
    (no violent event told in the section), its figures are the crowd's. Otherwise the clause
    continues the story as any other."""
    pool = [d for d in drafts if d.family in ("violent", "riot", "protest")]
    if not pool:
        return False, None
    latest = max(pool, key=lambda d: d.last_sentence)
    update = any(f.category == "toll" or f.additive or f.from_injured for f in m.counts)
    town = None if update else _stated_place(doc, m)  # "two of the wounded later died in X": a toll update
    if town is not None and (latest.multi or not _holds(latest, town)):
        # a total over several places ("attacks on multiple cities") holds no town's own figures
        here = [d for d in pool if not d.multi and _holds(d, town) and dates_agree(d, m)]
        m.place, m.own_place = town, True  # the clause names its town: its figures are told there
        return True, (max(here, key=lambda d: d.last_sentence) if here else None)
    crowd = latest.family != "violent" and not any(
        d.family == "violent" and d.section == m.section for d in pool
    )
    if crowd and not m.own_date and m.sentence - latest.last_sentence <= 2 and latest.section == m.section:
        return True, latest  # "at least three people sustained injuries" right after a riot: the riot's
    return False, None


def _holds(draft: Draft, town: Place) -> bool:
    """Whether a place the draft states (else one it is told with) is `town` or a region holding it."""
    told = [x.place for x in draft.mentions if x.place is not None and x.own_place] or [
        x.place for x in draft.mentions if x.place is not None
    ]
    return not told or any(_contains(where, town) for where in told)


def _contains(where: Place, town: Place) -> bool:
    if where.name == town.name or where.name in (town.admin1, town.country) or town.name == where.admin1:
        return True  # the same place, a region holding the town, or the town's region told for it
    return (
        PRECISION.get(where.precision, 5) >= 3 and where.country is not None and where.country == town.country
    )


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
            and (d.first.kind == m.kind or (d.family in CROWD and m.family in CROWD))
            and places_agree(d, m)
        ):
            return d
    return None


def _own_day(m: EventMention) -> bool:
    """The mention states a calendar day of its own ("on July 18, 2024"), not a holiday's name."""
    return (
        m.own_date
        and m.date is not None
        and m.date.precision == "day"
        and m.date.kind in ("absolute", "completed")
    )


def _same_told_day(d: Draft, m: EventMention) -> bool:
    """The draft is told with the mention's day, or with no date of its own that differs."""
    placed = d.placed()
    if (
        m.own_place
        and m.place is not None
        and placed is not None
        and placed.place is not None
        and placed.place.name != m.place.name
    ):
        return False  # the caption's town against another town told in the body
    first = d.dated()
    if first is None or first.date is None:
        return dates_agree(d, m)
    day = first.date
    return day.precision == "day" and day.date_start == m.date.date_start  # type: ignore[union-attr]


def _place_heading(doc: Document, index: int) -> bool:
    """The section is headed by a place name ("Colombo", "Negombo"): its events are its own."""
    if not 0 <= index < len(doc.sections):
        return False
    span = doc.sections[index].heading_span
    return span is not None and any(
        span.start <= p.start and p.end <= span.end
        for p in doc.starting_in("places", doc.places, span.start, span.end)
    )


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


def build_drafts(doc: Document) -> list[Draft]:
    drafts: list[Draft] = []
    titles: list[EventMention] = []
    disputes: list[EventMention] = []
    # the mentions of each clause: a cited happening is read against its own clause's mentions
    by_clause: dict[Span, list[EventMention]] = {}
    for m in doc.mentions:
        if m.clause is not None:
            by_clause.setdefault(m.clause, []).append(m)
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
            or orphan_reference(m)
            or cited_background(by_clause.get(m.clause, []) if m.clause is not None else [], m)
            or old_reference(doc, m)
        ):
            continue
        elif m.family == "claim" and not m.claim_object_other:
            drafts.append(Draft("claim", [m]))
        else:
            if m.reference and not m.own_date and m.date is not None and m.clause is not None:
                # a reference that opens an event ("its first attack, ... on 2 May") is dated by its clause
                m.own_date = (
                    m.date.governing  # not an aside's or a series' date ("the third such killing this year")
                    and m.trigger.end <= m.date.start
                    and m.date.end <= m.clause.end
                    and not any(f.category == "toll" for f in m.counts)
                )
            drafts.append(Draft(m.family, [m]))
    for m in titles:
        pool = [
            d
            for d in drafts
            if d.family == m.family
            or (m.family in CROWD and d.family in CROWD)
            or (m.family in ("claim", "attribution") and d.family == "violent")
        ]
        if _own_day(m):
            # a caption or headline with its own day ("protesters clash with police in Dhaka on July
            # 18") tells that day's happening, not a week's told in the body
            pool = [d for d in pool if _same_told_day(d, m)]
            if not pool:
                drafts.append(Draft(m.family, [m]))
                continue
        if pool:
            best = max(pool, key=lambda d: (overlap(d, m), -d.first.sentence))
            best.mentions.append(m)
        elif m.family not in ("dispute", "attribution"):
            drafts.append(Draft(m.family, [m]))
    for m in disputes:
        target = _target(doc, drafts, m)
        if target is not None:
            target.mentions.append(m)
    return _fold_interceptions(doc, _fold_bare_totals(drafts))


def _fold_bare_totals(drafts: list[Draft]) -> list[Draft]:
    """A total spread over several places that states no figure of its own ("gangs attacked police
    across Haiti on Tuesday") only introduces its sites: it joins the first of them, which keeps
    its own place. A total with figures stays a record of its own (a summary, see
    `assemble.mark_summaries`)."""
    out = list(drafts)
    for total in [d for d in drafts if d.multi and not d.has_casualties()]:
        kin = CROWD if total.family in CROWD else (total.family,)
        where = total.placed()
        country = where.place.country if where is not None and where.place is not None else None
        sites = [
            d
            for d in out
            if d is not total
            and not d.multi
            and d.family in kin
            and all(dates_agree(d, m) for m in total.mentions if m.own_date)
            and (
                country is None or any(m.place is not None and m.place.country == country for m in d.mentions)
            )
        ]
        if not sites:
            continue
        site = min(sites, key=lambda d: d.first.trigger.start)
        for m in total.mentions:
            m.multi_site = False
        lead = total.first.trigger.start < site.first.trigger.start
        site.mentions = total.mentions + site.mentions if lead else site.mentions + total.mentions
        out.remove(total)
    return out


def _fold_interceptions(doc: Document, drafts: list[Draft]) -> list[Draft]:
    """Air defences shooting down missiles or drones over a town that the same strike hit, told
    beside it ("debris fell on the capital after air defences shot down the missiles"; "seven
    people were injured there"), are part of that strike, not a disrupted weapons use of their
    own. An interception with no strike told at its place stays a record of its own."""
    cue = lexicon.cue("interception_trigger")
    out = list(drafts)
    for caught in [d for d in drafts if d.family == "seizure"]:
        told = [doc.text[m.trigger.start : m.trigger.end] for m in caught.mentions]
        pairs = zip(caught.mentions, told, strict=True)
        if not all(m.sub == "disrupted" and cue.search(t) for m, t in pairs):
            continue
        where = _told_place(caught)
        if where is None:
            continue
        strikes = [
            d
            for d in out
            if d.family == "violent"
            and d.section == caught.section
            and (p := _told_place(d)) is not None
            and p.name == where.name
            and any(abs(x.sentence - m.sentence) <= 2 for x in d.mentions for m in caught.mentions)
            and all(dates_agree(d, m) for m in caught.mentions)
        ]
        if not strikes:
            continue
        strike = min(strikes, key=lambda d: d.first.trigger.start)
        for m in caught.mentions:
            # the interception tells the strike's means: drones are an air strike, missiles a missile attack
            drone = lexicon.cue("interception_drone").search(doc.text[m.trigger.start : m.trigger.end])
            m.family, m.kind, m.strength, m.sub = "violent", "attack", "weak", "air" if drone else "shelling"
        strike.mentions = sorted(strike.mentions + caught.mentions, key=lambda m: m.trigger.start)
        out.remove(caught)
    return out


def _told_place(draft: Draft) -> Place | None:
    """The place a draft states, else the first one its mentions were read at."""
    placed = draft.placed()
    if placed is not None and placed.place is not None:
        return placed.place
    return next((m.place for m in draft.mentions if m.place is not None), None)
