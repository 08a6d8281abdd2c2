"""ACLED typing: event_type and sub_event_type decided as ACLED's codebook decides them.

ACLED types an event by who acted against whom and how: two organised armed sides fighting
are Battles; one-sided violence against unarmed people is Violence against civilians; remote
means (aircraft, artillery, mines, IEDs) are Explosions/Remote violence whoever the target;
demonstrators are Protests, or Riots when they are violent or a crowd acts without an
organisation behind it; everything else the codebook tracks is a Strategic development.

Two steps use this module:
- `adjust_families` (event detection, per clause): which of a clause's trigger families
  tell its happening when a crowd, a development and violence meet in one clause ("police
  fired tear gas at the protesters" is a protest; "residents burned tyres" a riot; "the
  army defused an IED" a disrupted weapon, not an explosion).
- `decide` (assembly, per event): the kind, event type and sub-event type of an assembled
  event, from its mentions, its counts and the text that tells it.
`acled_actors`, `interaction` and `civilian_targeting` give the actors their ACLED types and
inter codes. The codebook's wording and the cues live in ``data/events/acled.json``.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import sys
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from kronika import dictionary as user_dictionary
from kronika import prefilter
from kronika.actors import acled_actor_name
from kronika.events import lexicon
from kronika.record import INTER_CODES, Actor, Event

if TYPE_CHECKING:
    from kronika.actors import ActorMention
    from kronika.document import Document
    from kronika.events.types import EventMention


class _Hit(Protocol):
    start: int
    end: int
    trigger: lexicon.Trigger


def codebook() -> dict[str, Any]:
    """The codebook of the current language's event data (read once per language)."""
    return lexicon.acled()


def cue(name: str) -> re.Pattern[str]:
    return _cue(lexicon.current(), name)


@cache
def _cue(lang: str, name: str) -> re.Pattern[str]:
    # a long cue tests its words before a scan (most find nothing in most clauses)
    regex = re.compile(codebook()["cues"][name], re.IGNORECASE)
    # the cues `prefilter.gate` would gate, without its per-alternative table: building one adds
    # the cue's words to the scan every gated table shares (and recompiles that scan)
    required = prefilter.required_literals(regex) if len(regex.pattern) >= prefilter.LONG_PATTERN else None
    if required is None or min(len(s) for s in required) < _TELLING:
        return regex
    return _WordGated(regex, required)  # type: ignore[return-value]


#: the shortest required word worth a test, as `prefilter.gate` has it (shorter ones are in
#: nearly every text)
_TELLING = 3


class _WordGated:
    """A cue whose scans (`search`, `finditer`) first test, with a substring test each, the words
    one of which every match holds (`prefilter.required_literals`), and skip the scan when the
    text holds none; everything else is the pattern's own. The typing cues read whole paragraphs,
    where these few tests cost less than the alternative-by-alternative gate of
    `prefilter.GatedPattern` (a scan for every gated word of every table); `prefilter.ungated`
    turns the test off like every gate."""

    __slots__ = ("regex", "required")

    def __init__(self, regex: re.Pattern[str], required: tuple[str, ...]) -> None:
        self.regex = regex
        self.required = required

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        folded = prefilter.fold(text if pos <= 0 and endpos >= len(text) else text[pos:endpos])
        return prefilter.may_match(self.required, folded)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, endpos) if self._may_match(text, pos, endpos) else iter(())

    def __getattr__(self, name: str) -> Any:
        return getattr(self.regex, name)  # match, fullmatch, sub, pattern, flags ...


@cache
def _actor_data() -> dict[str, Any]:
    from kronika.actors import _load

    return _load("acled.json")


@cache
def crowd_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_actor_data()['crowd']})(?![\w-])", re.IGNORECASE)


def crowd_subject(text: str, at: int) -> bool:
    """The doer of the violence at `at` is a crowd: a crowd noun stands shortly before it, as its
    subject ("a group of residents beat up", "the drivers attacked"), not as an object."""
    if cue("passive_hit").match(text[at:]) or cue("passive_before").search(text[:at]):
        return False  # "nine people were shot": the crowd is hit, not hitting
    window_start = max(0, at - 70)
    found = list(crowd_regex().finditer(text, window_start, at))
    if not found:
        return False
    last = found[-1]
    between = text[last.end() : at]
    relative = cue("relative_subject").fullmatch(
        between
    )  # "people who attacked", "men celebrating a wedding beat"
    if not relative and (cue("not_subject").search(between) or len(between.split()) > 3):
        return False  # "people died in the attack": the crowd is not the one who attacked
    head = text[max(0, last.start() - 40) : last.start()]
    return bool(cue("group_of").search(head)) or not cue("object_before").search(head)


def _as(hit: Any, kind: str, family: str, sub: str | None = None) -> Any:
    trigger = dataclasses.replace(hit.trigger, kind=kind, family=family, sub=sub)
    return dataclasses.replace(hit, trigger=trigger)


def _actor_before(
    text: str, offset: int, at: int, actors: Sequence[ActorMention], window: int = 90
) -> ActorMention | None:
    before = [a for a in actors if a.end - offset <= at and at - (a.end - offset) <= window]
    return before[-1] if before else None


def _crowd_before(text: str, at: int) -> bool:
    """A crowd noun stands before `at` in the clause, with no other verb phrase between."""
    window = text[max(0, at - 90) : at]
    found = list(crowd_regex().finditer(window))
    return bool(found) and not re.search(r"[.;]", window[found[-1].end() :])


def _crowd_agent(after: str) -> bool:
    """The doer named in a passive's by-phrase is a crowd: "were injured by the protesters"."""
    by = re.match(r"\s+(?:[\w-]+\s+){0,2}?by\s+(?:an?\s+|the\s+|some\s+)?", after[:60])
    return bool(by) and bool(crowd_regex().match(after, by.end()))


def _crowd_violence(text: str, offset: int, hit: _Hit, actors: Sequence[ActorMention], protest: bool) -> bool:
    """The violence at `hit` is the crowd's: no armed actor or state force does it, and it is
    not the cause the crowd protests against."""
    if _crowd_agent(text[hit.end :]):
        return True  # "four guards were injured by the demonstrators"
    passive = cue("passive_before").search(text[: hit.start]) or cue("passive_hit").match(text[hit.start :])
    if hit.trigger.strength == "weak" or passive:
        return False  # "a protester was shot dead by the police": done to the crowd
    if cue("cause_before").search(text[max(0, hit.start - 80) : hit.start]):
        return False
    who = _actor_before(text, offset, hit.start, actors)
    if who is not None and who.category in ("state_force", "armed_group", "generic_armed"):
        if hit.trigger.kind == "clash" and (protest or _crowd_before(text, who.start - offset)):
            return True  # "protesters clashed with the police"
        return bool(_crowd_before(text, hit.start) and who.start - offset < 0)
    if hit.trigger.kind == "clash":
        return protest or _crowd_before(text, hit.start)
    return protest or _crowd_before(text, hit.start)


@cache
def _people_regex() -> re.Pattern[str]:
    names = sorted({k for k in _actor_data()["demonyms"] if k[:1].isupper()}, key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{body})s(?![\w-])")


def _crowd_against_forces(text: str, at: int, actors: Sequence[ActorMention]) -> bool:
    """A clash whose only organised side is the state's, fought with a crowd: "youths clashed
    with police", "clashes broke out between Palestinians and soldiers"."""
    if not any(a.category == "state_force" for a in actors):
        return False
    if any(a.category in ("armed_group", "generic_armed") for a in actors):
        return False
    sides = [*crowd_regex().finditer(text), *_people_regex().finditer(text)]
    return any(
        not cue("not_crowd_side").fullmatch(m.group())
        and (
            cue("side_before").search(text[max(0, m.start() - 40) : m.start()])
            or (m.start() < at and not cue("object_before").search(text[max(0, m.start() - 40) : m.start()]))
        )
        for m in sides
    )


def _crowd_destruction(text: str, offset: int, crowd: Sequence[_Hit], actors: Sequence[ActorMention]) -> bool:
    """The demonstrators themselves burn, barricade, fire in the air or break in: no state
    force is the doer named last before the act (whose shots would be an intervention)."""
    for m in cue("crowd_destruction").finditer(text):
        doers = [
            a
            for a in actors
            if a.end - offset <= m.start()
            and not cue("place_before").search(text[max(0, a.start - offset - 20) : a.start - offset])
        ]
        last = doers[-1] if doers else None
        armed = last is not None and last.category in ("state_force", "armed_group", "generic_armed")
        if armed and not any(last.end - offset <= p.start < m.start() for p in crowd):  # type: ignore[union-attr]
            continue  # their shots, not the crowd's; unless they are the ones demonstrating
        if not cue("cause_right_before").search(text[max(0, m.start() - 40) : m.start()]):
            return True  # not "against the burning of"
    return False


def harm_told(text: str) -> bool:
    """The text tells of people killed, hurt, abducted or abused; "no one was injured" and
    "neither fatalities nor injuries" tell no harm."""
    return bool(cue("people_harm").search(cue("harm_denied").sub(" ", text)))


def _property_object(text: str, hit: _Hit) -> bool:
    """Property is what the act at `hit` hits: its object after it ("set fire to three trucks"),
    or its subject before a passive ("two buses were torched")."""
    if cue("property_only").search(text[hit.end :]):
        return True
    before = text[max(0, hit.start - 80) : hit.start]
    return bool(cue("passive_before").search(before) and cue("property_only").search(before))


def _damage_without_crowd(text: str, riot: Sequence[_Hit]) -> bool:
    """A riot trigger that is only a thrown fire-bomb or a fire ("threw Molotov cocktails at a
    store") with no crowd, mob or demonstration told, no one hurt and property as its object."""
    return (
        all(cue("damage_act").fullmatch(text[h.start : h.end]) for h in riot)
        and not cue("crowd_told").search(text)
        and not cue("demonstration").search(text)
        and not cue("mob").search(text)
        and not harm_told(text)
        and any(_property_object(text, h) for h in riot)
    )


def _past_deed(text: str, hit: _Hit) -> bool:
    """The demonstration at `hit` is what people are held for, not a happening of the clause:
    "arrested for participating in protests", "protesters who had been detained"."""
    return bool(
        cue("deed_before").search(text[max(0, hit.start - 80) : hit.start])
        or cue("crowd_described").match(text[hit.end :])
    )


#: means of violence done to a person even when no one is killed or hurt
_ON_PERSONS = ("abduction", "sexual")

#: weapons no unorganised crowd uses: a group that shoots or bombs is an armed group
_ARMS = ("firearm", "explosive", "grenade")


def adjust_families(
    text: str,
    offset: int,
    by_family: dict[str, list[Any]],
    actors: Sequence[ActorMention],
    has_casualties: bool,
) -> dict[str, list[Any]]:
    """Which trigger families of one clause tell its happening, as ACLED codes one event per
    clause: a crowd absorbs the force used against it and its own violence; a development
    with no one hurt absorbs the violent words that describe it."""
    fam = {k: list(v) for k, v in by_family.items()}
    if fam.get("arrest"):
        # "inside the Preventive Detention Centre": a place's name, no one detained
        kept = [h for h in fam["arrest"] if not cue("detention_place_after").match(text[h.end :])]
        if kept:
            fam["arrest"] = kept
        else:
            fam.pop("arrest")
    if fam.get("violent"):
        # "a man suspected of kidnapping a child was beaten by locals": the deed someone is
        # accused of is not the happening the clause tells
        accused = cue("accused_of")
        told = [h for h in fam["violent"] if not accused.search(text[max(0, h.start - 60) : h.start])]
        if told:
            fam["violent"] = told
        elif any(fam.get(k) for k in fam if k != "violent"):
            fam.pop("violent")
    for family in ("protest", "riot"):
        if fam.get(family) and any(fam.get(k) for k in fam if k not in ("protest", "riot")):
            # "arrested for taking part in the protests", "demonstrators who had been detained
            # were beaten": a demonstration named as people's past deed, not the happening told
            told = [h for h in fam[family] if not _past_deed(text, h)]
            if told:
                fam[family] = told
            else:
                fam.pop(family)
    if fam.get("violent") and fam.get("seizure"):
        # "seized an assault rifle": a weapon's name, not an assault
        kept = [h for h in fam["violent"] if not cue("weapon_name_after").match(text[h.end :])]
        if not has_casualties and not harm_told(text) and all(h.trigger.strength == "frame" for h in kept):
            kept = []  # "weapons found during a military operation": the seizure is what happened
        if kept:
            fam["violent"] = kept
        else:
            fam.pop("violent")
    protest, riot = fam.get("protest", []), fam.get("riot", [])
    violent = fam.get("violent", [])
    if not protest and not riot and violent:
        # "a group of villagers beat the suspect to death": a crowd without an organisation
        first = next((h for h in violent if h.trigger.strength != "weak"), None)
        armed_before = first is not None and any(
            a.start - offset < first.start and a.category in ("state_force", "armed_group", "generic_armed")
            for a in actors
        )
        armed_any = any(a.category in ("state_force", "armed_group", "generic_armed") for a in actors)
        if any(
            h.trigger.weapon in _ARMS and not cue("cause_before").search(text[max(0, h.start - 80) : h.start])
            for h in violent
            if h.trigger.strength != "weak"
        ):
            first = None  # "a group of men stormed the village and opened fire": guns make it no mob
        if (
            first is not None
            and first.trigger.kind == "clash"
            and not any(a.category == "state_force" for a in actors)
            and cue("communal_sides").search(text)
            and not cue("communal_split").search(text)  # "two groups of one clan": a brawl, a riot
        ):
            # "men of one clan clashed with a neighbouring community": communal militias
            # fighting, ACLED's battle between identity militias, no crowd's riot
            first = None
        if first is not None and not armed_before and crowd_subject(text, first.start):
            riot = [_as(first, "riot", "riot")]
        elif first is not None and not armed_any and cue("crowd_agent").match(text[first.end :]):
            riot = [_as(first, "riot", "riot")]  # "fatally assaulted by community members"
        elif (
            first is not None
            and not armed_any
            and first.trigger.kind == "clash"
            and cue("unarmed_sides").search(text)
        ):
            riot = [_as(first, "riot", "riot")]  # "two groups of party supporters clashed"
        elif (
            first is not None
            and first.trigger.kind == "clash"
            and _crowd_against_forces(text, first.start, actors)
        ):
            riot = [_as(first, "riot", "riot")]  # "youths clashed with the police"
    if not protest and not riot:
        seized = next((h for h in fam.get("arrest", []) if cue("crowd_agent").match(text[h.end :])), None)
        if seized is not None:
            riot = [_as(seized, "riot", "riot")]  # "two men were held by villagers": a crowd arrests no one
    strong = [h for h in violent if h.trigger.strength != "weak"]
    if (riot or protest) and strong:
        doers = [
            a
            for a in actors
            if a.category in ("armed_group", "generic_armed")
            and not cue("cause_before").search(text[max(0, a.start - offset - 80) : a.start - offset])
            and not re.search(r"\b(?:on|at|against|targeting)\s+(?:the\s+)?$", text[: a.start - offset])
        ]
        bombed = any(h.trigger.weapon == "explosive" for h in strong)
        at_crowd = protest and all(
            cue("site_before").search(text[max(0, h.start - 40) : h.start]) for h in protest
        )
        if (doers or (bombed and at_crowd)) and not riot:
            # "gunmen fired on the marchers", "a bomb went off at a rally": the crowd is the target
            fam.pop("protest", None)
            return fam
    if protest and not riot and any(h.trigger.sub == "looting" for h in fam.get("develop", [])):
        riot = [_as(protest[0], "riot", "riot")]  # "demonstrators vandalised the police station"
    if protest and not riot and _crowd_destruction(text, offset, protest, actors):
        riot = [_as(protest[0], "riot", "riot")]  # "marchers set tyres on fire", "fired shots in the air"
    if riot and not protest and not has_casualties and _damage_without_crowd(text, riot):
        # "two men threw petrol bombs at a shop at night": no crowd, no demonstration, no one
        # hurt: the destruction of property, not a riot
        fam.pop("riot")
        fam["develop"] = [_as(riot[0], "other", "develop", "looting")]
        fam.pop("violent", None)
        return fam
    if riot or protest:
        crowd_violent = [h for h in violent if _crowd_violence(text, offset, h, actors, bool(protest))]
        if riot or crowd_violent:
            fam["riot"] = riot or [_as(crowd_violent[0], "riot", "riot")]
            fam.pop("protest", None)
        for family in ("violent", "arrest", "develop", "seizure", "legal"):
            fam.pop(family, None)  # the force used on the crowd, its arrests, its damage: one event
        return fam
    if fam.get("develop"):
        # "prevented a foreign patrol from entering", "fired at guards patrolling the border":
        # a patrol named as a thing is no movement of forces told; what befalls it is another
        # development
        fam["develop"] = [
            _as(h, "other", "develop", "other")
            if h.trigger.sub == "change"
            and cue("patrol_named").fullmatch(text[h.start : h.end])
            and cue("patrol_named_before").search(text[max(0, h.start - 40) : h.start])
            and not cue("patrol_done_before").search(text[max(0, h.start - 60) : h.start])
            else h
            for h in fam["develop"]
        ]
    develop = fam.get("develop", [])
    disrupted = [h for h in fam.get("seizure", []) if h.trigger.sub == "disrupted"]
    if disrupted and (not has_casualties or cue("premature").search(text)):
        fam.pop("violent", None)  # "an IED was found and defused": the bomb never went off
        return fam
    if not has_casualties and violent:
        strong = [h for h in violent if h.trigger.strength != "weak"]
        arson = bool(strong) and all(h.trigger.weapon == "fire" for h in strong)
        if arson and not strong[0].reference and _property_object(text, strong[0]) and not harm_told(text):
            # the attackers' fires (a reference) belong to their attack; ACLED codes them inside it
            develop = [*develop, _as(strong[0], "other", "develop", "looting")]
            fam["develop"] = develop
        if any(h.trigger.sub in _ON_PERSONS for h in strong) and not any(h.reference for h in strong):
            # "abducted a herder and stole his goats": the abduction, its theft part of it
            fam.pop("develop", None)
            develop = []
        if any(h.trigger.sub in ("looting", "transfer") for h in develop):
            fam.pop("violent", None)  # "raided houses, taking away food": looting, no one hurt
    if develop and any(h.trigger.sub == "looting" for h in develop):
        fam.pop("arrest", None)  # "seized a ton of cannabis; two men were arrested"
        fam.pop("seizure", None)
    weak_subs = ("change", "other")
    others = [h for k, v in fam.items() if k != "develop" for h in v]
    if (
        any(h.trigger.sub == "change" for h in develop)
        and others
        and not has_casualties
        and all(h.reference and h.trigger.form == "noun" for h in others)
    ):
        # "reinforcements were sent in connection with the ongoing clashes": the fighting is
        # told as known, the movement of forces is the happening
        return {"develop": develop}
    if any(h.trigger.sub in weak_subs for h in develop) and others:
        kept = [h for h in develop if h.trigger.sub not in weak_subs]
        if kept:
            fam["develop"] = kept
        else:
            fam.pop("develop", None)  # "troops were deployed after the attack": part of the attack
    elif len({h.trigger.sub for h in develop}) > 1:
        fam["develop"] = [max(develop, key=lambda h: (h.trigger.priority, -h.start))]
    return fam


# --- per event ---------------------------------------------------------------------------------


#: a report this short (characters) is read whole when it tells one event (an event note)
_SHORT_REPORT = 900


def _one_event(doc: Document) -> bool:
    """Every happening the report tells is told in one run of sentences with no other date."""
    return len({m.date.date_start for m in doc.mentions if m.date is not None}) <= 1


def context(doc: Document, mentions: Sequence[EventMention]) -> str:
    """The text an event's sub-type is read from: the paragraphs of its clauses (a clause alone
    when its paragraph is long); a short report that tells one event, the whole of it."""
    if len(doc.text) <= _SHORT_REPORT and _one_event(doc):
        return doc.text
    spans: set[tuple[int, int]] = set()
    paragraphs = doc.paragraphs
    for m in mentions:
        clause = m.clause or m.trigger
        # the paragraph holding the clause's start (they are in text order, one after another)
        k = bisect.bisect_right(paragraphs, clause.start, key=_start) - 1
        par = paragraphs[k] if k >= 0 and clause.start < paragraphs[k].end else None
        if par is not None and par.end - par.start <= 1500:
            spans.add((par.start, par.end))
        else:
            spans.add((clause.start, clause.end))
    return "\n".join(doc.text[s:e] for s, e in sorted(spans))


def _start(span: Any) -> int:
    return span.start  # type: ignore[no-any-return]


def own_text(doc: Document, mentions: Sequence[EventMention]) -> str:
    """The event's own clauses, without the rest of their paragraphs: what tells how the event
    itself went (both sides fought), where a paragraph may tell other events."""
    spans = sorted({((m.clause or m.trigger).start, (m.clause or m.trigger).end) for m in mentions})
    return "\n".join(doc.text[s:e] for s, e in spans)


def _pair(row: Sequence[str]) -> tuple[str, str]:
    return row[0], row[1]


_ARMED_TYPES = ("rebel group", "political militia", "identity militia", "external/other forces")


def _one_sided(mentions: Sequence[EventMention], text: str) -> bool:
    """Only state forces bear arms, nothing tells of a fight, and the ones hit are unarmed
    people: killings by the state."""
    actors = [a for m in mentions for a in m.actors]
    if not any(a.type == "state forces" and a.role in ("perpetrator", "security_force") for a in actors):
        return False
    if any(a.type in _ARMED_TYPES for a in actors):
        return False
    return not cue("two_sided").search(text) and bool(cue("unarmed").search(text))


def _state_against_armed(mentions: Sequence[EventMention]) -> bool:
    """The state's forces are the only doers and an armed group is their target: an operation
    against it ("police shot dead a militant"), not an attack by it."""
    actors = [a for m in mentions for a in m.actors]
    doers = [a for a in actors if a.role == "perpetrator"]
    return (
        bool(doers)
        and all(m.perpetrator_side != "nonstate" for m in mentions)
        and all(a.type == "state forces" for a in doers)
        and any(a.role == "target" and a.type in _ARMED_TYPES for a in actors)
    )


def _incendiary_only(text: str) -> bool:
    """The only device the text names is a fire-bomb ("a petrol bomb was thrown at the house")."""
    incendiary = cue("incendiary")
    return bool(incendiary.search(text)) and not cue("explosive_told").search(incendiary.sub(" ", text))


def _crowd_did(text: str) -> bool:
    """Demonstrators are the doers of violence the report tells ("the demonstrators then beat a
    guard", "with the marchers, several of them attacked the officers"), not its objects ("fired
    on demonstrators, killing five")."""
    return any(
        m.group("part") or not cue("object_before").search(text[max(0, m.start() - 40) : m.start()])
        for m in cue("crowd_doers").finditer(text)
    )


def _armed_victims(text: str) -> bool:
    """People of an armed force are the ones killed or hurt: "two soldiers were shot"."""
    told = cue("armed_victims")
    return any(told.match(text, m.end()) for m in lexicon.targets()["armed"].finditer(text))


def _sides(mentions: Sequence[EventMention]) -> set[str]:
    """The organised armed sides an event's actors stand on: the state's, or each armed group."""
    return {
        "state" if a.type == "state forces" else (a.canonical or a.name).lower()
        for m in mentions
        for a in m.actors
        if a.type == "state forces" or a.type in _ARMED_TYPES
    }


def _rival_states(mentions: Sequence[EventMention]) -> bool:
    """Two state forces of different states or rival governments stand in the event ("GNA forces
    attacked LNA forces", "Armenian troops shelled Azerbaijani positions"): a war between
    armies, each of them armed."""
    named = {
        re.sub(r"^(?:military|police) forces of (?:the )?", "", a.canonical.lower())
        if a.canonical
        else state_country(a.name)
        for m in mentions
        for a in m.actors
        if a.type == "state forces"
    }
    return len(named - {None}) >= 2


def _two_armed_sides(mentions: Sequence[EventMention]) -> bool:
    return len(_sides(mentions)) >= 2


def _nonstate_captor(mentions: Sequence[EventMention], text: str) -> bool:
    """An armed group that is no state force is the one who detains: "the SDF arrested ten
    men" (not "an IS member was arrested")."""
    actors = [a for m in mentions for a in m.actors]
    if any(a.type == "state forces" for a in actors):
        return False
    captor = cue("captor_after")
    return any(
        captor.match(text, m.end())
        for a in actors
        if a.type in _ARMED_TYPES and a.role != "victim"
        for m in re.finditer(rf"(?<![\w-]){re.escape(a.name)}(?![\w-])", text)
    )


def decide(
    kind: str,
    mentions: Sequence[EventMention],
    sub: str | None,
    text: str,
    killed: int | None,
    injured: int | None,
    side: str | None,
    language: str = lexicon.DEFAULT_LANGUAGE,
    own: str | None = None,
) -> tuple[str, str, str]:
    """(kind, event_type, sub_event_type) of one event as ACLED codes it; the cues that read the
    text are English, so a text in another language keeps the sub-type its triggers tell. `own`
    is the text of the event's own clauses (`text` may hold its whole paragraphs)."""
    table = codebook()
    told_sub = next((m.sub for m in mentions if m.family == kind and m.sub), None)
    by_sub = table.get(f"{kind}_by_sub", {}) if kind in ("protest", "riot") else {}
    if told_sub in by_sub:  # the trigger itself says it: "police dispersed the rally"
        return kind, *_pair(by_sub[told_sub])
    if (
        kind in ("protest", "attack")
        and language == lexicon.DEFAULT_LANGUAGE
        and not any(a.role == "perpetrator" for m in mentions for a in m.actors)
        and _crowd_did(text if kind == "protest" else own or text)  # an attack: its own clauses
    ):
        # "the demonstrators then attacked the guards", told apart from the demonstration or
        # from an attack whose doer the clause does not name: the crowd's violence, a riot
        kind = "riot"
    if kind in ("protest", "riot") and language != lexicon.DEFAULT_LANGUAGE:
        return kind, *_pair(table["kinds"][kind])  # the cues below read English
    if kind == "protest" and any(
        not cue("cause_clause_before").search(text[max(0, m.start() - 60) : m.start()])
        for m in cue("passive_destruction").finditer(text)
    ):
        # "inmates demonstrated over food; mattresses were burnt": the crowd's own damage
        return "riot", "Riots", table["riot_subs"]["demonstration"]
    if kind == "protest":
        subs = table["protest_subs"]
        if ((killed or 0) > 0 and not cue("cause_death").search(text)) or any(
            not cue("cause_death").search(m.group()) for m in cue("excessive_force").finditer(text)
        ):  # not "police blocked from taking the body of a man who was killed by police"
            return kind, "Protests", subs["force"]
        if any(
            not cue("cause_of_intervention").search(text[max(0, m.start() - 60) : m.start()])
            and not cue("detention_place_after").match(text[m.end() :])  # "a detention centre"
            for m in cue("intervention").finditer(text)
        ):  # not "protested against the arrest of an activist": the cause, not the response
            return kind, "Protests", subs["intervention"]
        return kind, "Protests", subs["peaceful"]
    if kind == "riot":
        subs = table["riot_subs"]
        if cue("mob").search(text):
            return kind, "Riots", subs["mob"]
        if cue("demonstration").search(text):
            return kind, "Riots", subs["demonstration"]  # demands, marches, roads blocked
        if cue("rioting").search(text) and not cue("crowd_on_people").search(text):
            return kind, "Riots", subs["demonstration"]  # riots against the police, cars and buildings
        return kind, "Riots", subs["mob"]  # a crowd turning on people, with no demonstration
    develop = next((m.sub for m in mentions if m.family == "develop" and m.sub), None)
    if develop is not None and kind in ("other", "group_change", "seizure"):
        event_type, sub_type = _pair(table["develop_by_sub"][develop])
        return table["develop_kinds"].get(develop, "other"), event_type, sub_type
    if (
        kind == "seizure"
        and language == lexicon.DEFAULT_LANGUAGE
        and cue("fight_foiled").search(own or text)
        and harm_told(text)
    ):
        # "thwarted an attack by the rebels, killing several fighters": a fight, not a plot foiled
        return "clash", *_pair(table["kinds"]["clash"])
    if kind == "arrest" and language == lexicon.DEFAULT_LANGUAGE and _nonstate_captor(mentions, own or text):
        # an armed group that is no state holds people by force: ACLED's abduction
        return "attack", *_pair(table["attack_by_sub"]["abduction"])
    if kind == "seizure" and any(m.sub == "disrupted" for m in mentions):
        return kind, *_pair(table["develop_by_sub"]["disrupted"])
    if kind == "clash" and not killed and not injured and cue("displaced_by").search(own or text):
        return "other", *_pair(table["develop_by_sub"]["other"])  # "fighting forced 300 families to flee"
    if kind == "clash" and sub is None and _one_sided(mentions, text):
        return "attack", *_pair(table["attack_default"])  # "a suspect was killed in a police raid"
    if kind == "clash":
        if sub == "territory" or (sub is None and cue("regain").search(text)):
            if side == "state" or (cue("regain").search(text) and side != "nonstate"):
                return kind, *_pair(table["clash_by_sub"]["regain"])
            return kind, *_pair(table["clash_by_sub"]["territory"])
        return kind, *_pair(table["kinds"]["clash"])
    if kind != "attack":
        return kind, *_pair(table["kinds"].get(kind, table["kinds"]["other"]))
    harmed = (killed or 0) > 0 or (injured or 0) > 0
    if cue("remnant").search(text):
        return "other", *_pair(table["develop_by_sub"]["other"])  # a mine left from an old war
    english = language == lexicon.DEFAULT_LANGUAGE
    if (
        english
        and sub == "abduction"
        and not cue("abduction_told").search(cue("abduction_aside").sub(" ", own or text))
    ):
        sub = None  # "soldiers searching for a pilot who was abducted in February were ambushed"
    if (
        english
        and sub == "air"
        and not cue("air_means").search(own or text)
        and cue("gunfire").search(own or text)
    ):
        sub = None  # "Air Force Intelligence officers were shot by gunmen": a name, not the means
    if english and sub == "abduction" and (killed or 0) > 0 and cue("abductees_killed").search(text):
        sub = None  # the abducted killed: ACLED's attack, not a disappearance
    thrown_fire = english and sub == "remote" and _incendiary_only(own or text)
    if thrown_fire:
        sub = None  # "a petrol bomb was hurled into the house": an attack with fire, no explosive
    if english and sub is None and cue("aircraft_downed").search(text):
        sub = "shelling"  # an aircraft shot down: a missile attack
    if sub is None and cue("chemical").search(text):
        sub = "chemical"
    if sub == "remote" and not harmed and cue("disrupted").search(text):
        return "seizure", *_pair(table["develop_by_sub"]["disrupted"])
    if sub is None and cue("sexual").search(text):
        sub = "sexual"
    if sub is None and any("explosive" in m.weapons for m in mentions) and cue("strike").search(own or text):
        # "a strike hit a warehouse": remote violence whose means the report tells elsewhere, if at all
        sub = "shelling" if cue("missile_means").search(text) else "air"
    if sub == "shelling" and cue("small_arms").search(text):
        return "clash", *_pair(table["attack_armed_target"])  # heavy weapons and small arms: a fight
    if sub in table["attack_by_sub"]:
        return kind, *_pair(table["attack_by_sub"][sub])
    armed = next((m.target_armed for m in mentions if m.target_armed is not None), None)
    if armed is None and english and _armed_victims(own or text):
        armed = True  # "two members of the intelligence service were killed when gunmen fired"
    if armed is None and english and cue("exchange").search(own or text) and _two_armed_sides(mentions):
        return "clash", *_pair(table["kinds"]["clash"])  # "a battle of the rebels against the army"
    if armed and _one_sided(mentions, text):
        armed = False  # "police beat a man at the police station": the force's own word, not its target
    if armed and cue("off_duty").search(own or text):
        armed = False  # "gunmen shot an off-duty soldier", "killed a policeman at his home": no armed side
    weapons = {w for m in mentions for w in m.weapons}
    if english and not armed and not harmed and not harm_told(text) and cue("theft").search(own or text):
        # "gunmen stormed the health office, confiscating its equipment": no one hurt, property taken
        return "other", *_pair(table["develop_by_sub"]["looting"])
    if (
        "fire" in weapons
        and not thrown_fire
        and not armed
        and not harmed
        and not harm_told(text)
        and cue("property_only").search(text)
    ):
        return "other", *_pair(table["develop_by_sub"]["looting"])  # damage to property alone
    if armed and (
        _state_against_armed(mentions)
        or _rival_states(mentions)
        or cue("exchange").search(text if own is None else own)
    ):
        # both sides fought ("repelled the attackers", "clashes followed"), or the state's forces
        # went after an armed group (an operation, "police shot dead a militant"): a confrontation
        return "clash", *_pair(table["attack_armed_target"])
    return kind, *_pair(table["attack_armed_target"] if armed else table["attack_default"])


# --- actors --------------------------------------------------------------------------------------


@cache
def _demonyms() -> tuple[re.Pattern[str], dict[str, str]]:
    table = _actor_data()["demonyms"]
    names = sorted(set(table) | set(table.values()), key=len, reverse=True)
    body = "|".join(re.escape(n) for n in names)
    lookup = {k.lower(): v for k, v in table.items()} | {v.lower(): v for v in table.values()}
    return re.compile(rf"(?<![\w-])(?:{body})(?:['’]s)?(?![\w-])"), lookup


@cache
def _branch_regex() -> tuple[tuple[str, re.Pattern[str]], ...]:
    words = _actor_data()["state_words"]
    return tuple(
        (branch, re.compile(rf"(?<![\w-])(?:{words[branch]})(?![\w-])", re.IGNORECASE))
        for branch in ("police", "military", "government")
    )


@cache
def _generic_names() -> re.Pattern[str]:
    patterns = [re.escape(p).replace(re.escape("{country}"), ".+") for p in _actor_data()["names"].values()]
    bare = [re.sub(r"\\ \\\(\.\+\\\)|\\ of\\ \.\+", "", p) for p in patterns]
    return re.compile(rf"(?:{'|'.join(patterns + bare)})")


def is_generic_name(canonical: str | None) -> bool:
    """An ACLED name that names a class, not a group: "Civilians (Iraq)", "Police Forces of
    Kenya", "Unidentified Armed Group (Mexico)", "Protesters"."""
    return bool(canonical) and bool(_generic_names().fullmatch(canonical or ""))


def state_country(name: str) -> str | None:
    """The state a force's name says it belongs to: 'Nigerian troops' → Nigeria."""
    regex, lookup = _demonyms()
    m = regex.search(name)
    if m is None:
        return None
    word = re.sub(r"['’]s$", "", m.group()).lower()
    return lookup.get(word)


def state_branch(name: str) -> str | None:
    for branch, regex in _branch_regex():
        if regex.search(name):
            return branch
    return None


def acled_name(kind: str, country: str | None) -> str:
    pattern: str = _actor_data()["names"][kind]
    if country:
        return acled_actor_name(pattern, country)
    return re.sub(r"\s*\(\{country\}\)|\s*of \{country\}", "", pattern)


def _typed(actor: Actor, actor_type: str, canonical: str | None = None) -> Actor:
    return dataclasses.replace(
        actor,
        canonical=canonical if canonical is not None else actor.canonical,
        type=actor_type,  # type: ignore[arg-type]
        inter=INTER_CODES[actor_type],
    )


def actor_type(mention: ActorMention) -> str:
    """The ACLED actor type of an actor mention: a group's own type from its alias table row,
    else the type of its category."""
    own = None
    if mention.canonical:
        user = user_dictionary.active()
        own = (user.actor_type(mention.canonical) if user else None) or group_types().get(mention.canonical)
    return own or _actor_data()["types"].get(mention.category, "civilians")


@cache
def group_types() -> dict[str, str]:
    from kronika.actors import group_acled_types

    return group_acled_types()


def acled_actors(
    actors: Sequence[Actor],
    kind: str,
    country: str | None,
    crowd: str | None,
) -> list[Actor]:
    """Each actor with its inter code and named as ACLED names it: "police" in Kenya →
    Police Forces of Kenya, "Nigerian troops" → Military Forces of Nigeria (a state's forces
    outside it are external forces), "gunmen" → Unidentified Armed Group (Country), a crowd
    → "Protesters (Country)" / "Rioters (Country)"."""
    names = _actor_data()["names"]
    out: list[Actor] = []
    for a in actors:
        if a.type is None:
            out.append(a)
            continue
        if a.type == "state forces":
            own = state_country(a.canonical or a.name) or country
            branch = state_branch(a.name)
            if branch == "government" and kind in ("attack", "clash") and a.role != "authority":
                branch = "military"  # "fighting between the government and ...": its forces
            canonical = a.canonical or (acled_actor_name(names[branch], own) if own and branch else None)
            foreign = own is not None and country is not None and own != country
            if foreign:  # "US forces" in Syria: the coalition ACLED codes them as
                canonical = _actor_data()["operations"].get(country, {}).get(own, canonical)
            out.append(_typed(a, "external/other forces" if foreign else "state forces", canonical))
        elif a.type == "political militia" and a.canonical is None:
            if a.affiliation is None and any(
                b.canonical and b.role == a.role and b.type in _ARMED_TYPES for b in actors
            ):
                continue  # "the attackers" beside the group named as doing the same: that group
            out.append(_typed(a, a.type, acled_name("unidentified", country)))
        elif a.type == "civilians" and kind in ("protest", "riot") and _is_crowd(a.name):
            continue  # the crowd itself: named once below
        elif a.type == "civilians":
            out.append(_typed(a, a.type, a.canonical or acled_name("civilians", country)))
        else:
            out.append(_typed(a, a.type))
    if kind in ("protest", "riot"):
        who = "protesters" if kind == "protest" else "rioters"
        role = "subject" if kind == "protest" else "perpetrator"
        out = [
            dataclasses.replace(x, role="security_force")
            if x.type == "state forces" and x.role in ("authority", "perpetrator")
            else x
            for x in out
        ]
        crowd_actor = Actor(name=crowd or who, role=role)  # type: ignore[arg-type]
        out.insert(0, _typed(crowd_actor, who, acled_name(who, country)))
    elif kind in ("attack", "clash") and not any(x.role in ("perpetrator", "claimant") for x in out):
        doer = next(
            (
                i
                for i, x in enumerate(out)
                if x.role == "subject" and (x.type == "state forces" or x.type in _ARMED_TYPES)
            ),
            None,
        )
        if doer is not None:
            # a detention or a foiled attack read as violence: its doer is the violence's
            out[doer] = dataclasses.replace(out[doer], role="perpetrator")
            return out
        # violence whose doer the text does not name: ACLED's "Unidentified Armed Group (Country)",
        # an unknown perpetrator (certainty "unknown"), not a group the text names
        unknown = Actor(name="unidentified armed group", role="perpetrator", certainty="unknown")
        out.insert(0, _typed(unknown, "political militia", acled_name("unidentified", country)))
    return out


def _is_crowd(name: str) -> bool:
    return bool(crowd_regex().fullmatch(re.sub(r"^(?:the|a|an|some|several|many)\s+", "", name, flags=re.I)))


_SIDE_A = ("perpetrator", "claimant", "subject")
_SIDE_B = ("target", "victim", "security_force")


def interaction(actors: Sequence[Actor]) -> str | None:
    """ACLED's interaction: the inter codes of the two sides, the lower first; None if one-sided."""
    first = next((a.inter for a in actors if a.inter and a.role in _SIDE_A), None)
    second = next((a.inter for a in actors if a.inter and a.role in _SIDE_B), None)
    if first is None or second is None:
        return None
    low, high = sorted((first, second))
    return f"{low}{high}"


def civilian_targeting(event_type: str | None, sub_type: str | None, actors: Sequence[Actor]) -> bool:
    """Civilians were the target: violence against civilians, or remote violence or a mob whose
    other side is civilians."""
    if event_type == "Violence against civilians":
        return True
    if event_type in ("Explosions/Remote violence", "Riots") and sub_type != "Violent demonstration":
        return any(a.inter == 7 and a.role in ("victim", "target") for a in actors)
    return False


def crowd_name(text: str) -> str | None:
    """The noun a text uses for the crowd of a demonstration ("taxi drivers", "residents")."""
    m = crowd_regex().search(text)
    return m.group() if m else None


# --- one crowd, one event -------------------------------------------------------------------------

#: how far apart (characters) a crowd event and a happening told with it may be told
_CROWD_REACH = 600
_ORGANISED = ("rebel group", "identity militia", "external/other forces")


def _near(a: Event, b: Event) -> bool:
    if a.date_start != b.date_start or a.date_end != b.date_end:
        return False
    if a.place and b.place and a.place != b.place and a.admin1 != b.admin1:
        return False
    return any(
        abs(x.start - y.start) <= _CROWD_REACH or abs(x.end - y.end) <= _CROWD_REACH
        for x in a.evidence
        for y in b.evidence
    )


def _same_place(a: Event, b: Event) -> bool:
    return a.place is None or b.place is None or a.place == b.place


def _cause(e: Event) -> bool:
    """A killing told as what set a crowd off ("after the death of a teenager, shot dead by a
    policeman in A on Tuesday, riots broke out"): a happening before the crowd's, not part of it."""
    return e.kind == "attack" and any(lexicon.cue("crowd_cause").search(x.text) for x in e.evidence)


def _organised(e: Event) -> bool:
    """An organised armed actor does something of its own: not the crowd's event."""
    return any(
        a.type in _ORGANISED
        or (a.type == "political militia" and a.canonical and "Unidentified" not in a.canonical)
        for a in e.actors
        if a.role in ("perpetrator", "claimant")
    )


#: kinds that are news of their own beside which a movement of forces is part of the story
_NEWS_KINDS = ("attack", "clash", "protest", "riot")


def prune(events: list[Event], moves: list[bool]) -> list[Event]:
    """A report of violence or demonstrations that also says reinforcements were sent or troops
    deployed tells those as part of its story; alone, they are the news. `moves[i]` says that
    `events[i]` is such a movement of forces."""
    if not any(e.kind in _NEWS_KINDS for e, move in zip(events, moves, strict=True) if not move):
        return events
    return [e for e, move in zip(events, moves, strict=True) if not move]


def consolidate(events: list[Event]) -> list[Event]:
    """A demonstration and what happens at it are one event, as ACLED codes one event per
    interaction: the police's tear gas or arrests make it a protest with intervention, the
    crowd's stones or fires make it a riot, its dead count in it. Happenings told near a
    protest or riot on the same day and place, with no organised armed actor of their own,
    join it; so does a protest told near a riot of the same day and place (the demonstration
    turned violent)."""
    crowds = [e for e in events if e.kind in ("protest", "riot")]
    if not crowds:
        return events
    joined: dict[int, list[Event]] = {}
    out: list[Event] = []
    for e in events:
        host = None
        if e.kind not in ("protest", "riot") and e.kind in _JOINABLE and not _organised(e) and not _cause(e):
            host = next((c for c in crowds if _near(c, e)), None)
        elif e.kind == "protest":
            # the demonstration the crowd's violence grew out of: one riot
            host = next((c for c in crowds if c.kind == "riot" and _near(c, e) and _same_place(c, e)), None)
        if host is None:
            out.append(e)
        else:
            joined.setdefault(id(host), []).append(e)
    return [_absorb(e, joined.get(id(e), [])) for e in out]


#: what a crowd's sub-type says beyond the other: a protest's intervention and excessive force,
#: a riot's demonstration (a demonstration turned violent is no bare mob)
_SUB_RANK = {
    "Peaceful protest": 0,
    "Protest with intervention": 1,
    "Excessive force against protesters": 2,
    "Mob violence": 0,
    "Violent demonstration": 1,
}
_JOINABLE = ("attack", "clash", "arrest", "other", "group_change", "seizure")


def _absorb(host: Event, parts: list[Event]) -> Event:
    if not parts:
        return host
    kind = host.kind
    for p in parts:
        state_did_it = any(a.type == "state forces" and a.role == "perpetrator" for a in p.actors)
        if p.kind in ("attack", "clash") and not state_did_it:
            kind = "riot"  # "they clashed with the police", "threw stones at the station"
    evidence = sorted(
        {(e.start, e.end): e for x in (host, *parts) for e in x.evidence}.values(), key=lambda e: e.start
    )
    text = "\n".join(e.text for e in evidence)

    def most(field: str) -> int | None:
        values = [getattr(x, field) for x in (host, *parts) if getattr(x, field) is not None]
        return max(values) if values else None

    killed, injured = most("killed"), most("injured")
    kind, event_type, sub_type = decide(kind, [], None, text, killed, injured, None, host.language or "en")
    if kind == host.kind and (host.language or "en") != "en" and host.sub_event_type:
        # the cues read English: a report in another language keeps the sub-type its triggers told
        event_type, sub_type = host.event_type or event_type, host.sub_event_type
    elif kind == host.kind and host.sub_event_type in _SUB_RANK and sub_type in _SUB_RANK:
        # the host read its whole report; the evidence alone may say less ("to demand", tear gas)
        sub_type = max(sub_type, host.sub_event_type, key=_SUB_RANK.__getitem__)
    actors = list(host.actors)
    names = {(a.canonical or a.name).lower() for a in actors}
    crowd_type = "protesters" if kind == "protest" else "rioters"
    crowd_role = "perpetrator" if crowd_type == "rioters" else "subject"
    actors = [
        dataclasses.replace(_typed(a, crowd_type, acled_name(crowd_type, host.country)), role=crowd_role)
        if a.type in ("protesters", "rioters")
        else a
        for a in actors
    ]
    for p in parts:
        for a in p.actors:
            key = (a.canonical or a.name).lower()
            if key in names or (a.type in ("civilians", "protesters", "rioters") and _is_crowd(a.name)):
                continue
            names.add(key)
            if a.type == "state forces":
                a = dataclasses.replace(a, role="security_force")
            actors.append(a)
    return dataclasses.replace(
        host,
        kind=kind,
        event_type=event_type,
        sub_event_type=sub_type,
        killed=killed,
        injured=injured,
        arrested=most("arrested"),
        actors=actors,
        evidence=evidence,
        interaction=interaction(actors),
        civilian_targeting=civilian_targeting(event_type, sub_type, actors),
    )
