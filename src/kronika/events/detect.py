"""Event detection: triggers in clauses → `EventMention`s with kind, counts, actors, attribution.

Each sentence is cut into clauses at semicolons; headings, infobox lines, link lists and
back-matter sections give none. In a clause the trigger lexicon
(``data/events/triggers.json``) finds verbal and nominal triggers; negated, planned, modal,
generic ("attacks in general") and non-event uses ("controlled explosion", "bomb plot") are
dropped by the cues of ``data/events/cues.json``. The triggers of one family make one
mention; a nominal trigger after a determiner refers back ("the attack"). Claims, arrests,
seizures and an attacker's pledge told inside an attack clause become part of the attack.
Blasts at a list of named sites, or an attack on a list of towns, become one mention each.
Each mention records what assembly needs: its own date and place (a dateline's date and city
date and place the report, not the happening), the perpetrator's side, the means, the count
facts of ``kronika.events.counts`` and the attribution cues.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from kronika import geo, time
from kronika.actors import ActorMention, parents_of
from kronika.document import Document, Span
from kronika.events import lexicon
from kronika.events.counts import CountFact, find_counts, num_pattern, parse_number
from kronika.events.types import EventMention
from kronika.geo.types import Place, PlaceMention
from kronika.record import Actor
from kronika.time.types import Timex

_STRENGTH_RANK = {"strong": 2, "frame": 1, "weak": 0}
_ATTRIBUTION_ORDER = ("claimed", "denied", "suspected", "alleged", "confirmed")
_WORD = re.compile(r"[A-Za-z][\w’'-]{2,}")


@dataclass(frozen=True, slots=True)
class Hit:
    """One trigger match inside a clause."""

    start: int
    end: int
    trigger: lexicon.Trigger
    reference: bool
    force_new: bool


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    sentence: int
    paragraph: int
    section: int
    title: bool
    background: bool


# --- clauses --------------------------------------------------------------------------


def _heading_of(doc: Document, offset: int, own_headings: list[tuple[int, str]]) -> str:
    section = doc.section_at(offset)
    heading = section.heading if section else ""
    for start, text in own_headings:
        if start <= offset:
            heading = text
    return heading.strip().strip("=").strip().lower()


def _own_headings(doc: Document) -> list[tuple[int, str]]:
    """Heading-like paragraphs: '== Background ==' or a short line without final punctuation."""
    out = []
    for para in doc.paragraphs:
        text = doc.text[para.start : para.end].strip()
        if "\n" in text or not text:
            continue
        if re.fullmatch(r"=+[^=]+=+", text) or (len(text.split()) <= 5 and not re.search(r"[.!?:;,]$", text)):
            out.append((para.start, text))
    return out


def _is_title(doc: Document, index: int, text: str) -> bool:
    """A headline: the document's title, or a short unpunctuated line before the body starts."""
    if doc.title and text.strip() and text.strip() in doc.title:
        return True
    if index > 2 or re.search(r"[.!?]\s*$", text) or len(text) > 160:
        return False
    return all(
        re.search(r"[.!?][\"”’']?\s*$", doc.text[s.start : s.end]) is None for s in doc.sentences[:index]
    )


def clauses(doc: Document) -> list[Clause]:
    own = _own_headings(doc)
    skip = lexicon.cue("skip_headings")
    background = lexicon.cue("background_headings")
    out: list[Clause] = []
    for i, sent in enumerate(doc.sentences):
        heading = _heading_of(doc, sent.start, own)
        if skip.match(heading):
            continue
        text = doc.text[sent.start : sent.end]
        is_heading = any(start == sent.start and text.strip() == h.strip() for start, h in own) or any(
            sec.heading_span is not None and sec.heading_span.start <= sent.start < sec.heading_span.end
            for sec in doc.sections
        )
        if is_heading and i > 0:
            continue
        line = doc.text[doc.text.rfind("\n", 0, sent.start) + 1 : sent.end]
        if lexicon.cue("infobox_line").match(line) or lexicon.cue("junk_line").search(text):
            continue
        title = _is_title(doc, i, text)
        pos = sent.start
        for part in re.split(r"(;)", text):
            if part == ";":
                pos += 1
                continue
            lead = len(part) - len(part.lstrip())
            body = part.strip()
            if body:
                out.append(
                    Clause(
                        pos + lead,
                        pos + lead + len(body),
                        i,
                        sent.paragraph,
                        sent.section,
                        title,
                        bool(background.match(heading)),
                    )
                )
            pos += len(part)
    return out


# --- triggers ---------------------------------------------------------------------------


def _blocked(before: str) -> bool:
    words = before.split()
    window = " ".join(words[-int(lexicon.cues()["before_window_words"]) :])
    return bool(lexicon.cue("before_negation").search(window) or lexicon.cue("before_plan").search(window))


def _has_weapon(text: str) -> bool:
    return any(regex.search(text) for regex, _ in lexicon.weapons())


def find_hits(text: str) -> list[Hit]:
    """Triggers of one clause, negated and planned ones removed, overlaps resolved per family."""
    hits: list[Hit] = []
    for trig in lexicon.triggers():
        for m in trig.regex.finditer(text):
            before = lexicon.before(text, m.start())
            after = text[m.end() : m.end() + 80]
            if trig.needs == "weapon" and not (_has_weapon(after) or _has_weapon(before[-60:])):
                continue
            if trig.needs == "person" and (
                _has_weapon(after[:40]) or lexicon.cue("not_person_after").match(after)
            ):
                continue
            if _blocked(before) or lexicon.cue("after_negation").match(text[m.end() :]):
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
            reference = trig.responds or bool(
                nominal
                and (
                    lexicon.cue("reference_before").search(before[-60:])
                    or lexicon.cue("predicate_before").search(before[-80:])
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


# --- clause analysis ----------------------------------------------------------------------


def _attribution_cues(text: str, groups: list[ActorMention]) -> list[tuple[str, re.Match[str]]]:
    names = sorted({re.escape(g.text) for g in groups}, key=len, reverse=True)
    alternation = "|".join(names) if names else r"(?!x)x"
    return [
        (value, m)
        for value, regex in lexicon.attribution_cues(alternation)
        for m in regex.finditer(text)
        if not _blocked(lexicon.before(text, m.start()))
        and not (
            value == "claimed"
            and (_unclaimed(lexicon.before(text, m.start())) or _generic_claim(text[m.end() :]))
        )
    ]


def _mark_claimed(
    text: str, offset: int, groups: list[ActorMention], facts: list[CountFact]
) -> list[CountFact]:
    """Figures a group states in its claim ('said its fighters had killed 30') are claimed figures,
    so that a stated official toll wins; a relative clause on the attack ('which killed 4') or another
    speaker after a 'but' ('but the army said 12 died') breaks the claim."""
    claims = [m for value, m in _attribution_cues(text, groups) if value == "claimed"]

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


def _attribution(text: str, groups: list[ActorMention]) -> str:
    found = [value for value, _ in _attribution_cues(text, groups)]
    for value in _ATTRIBUTION_ORDER:
        if value in found:
            return value
    return "unknown"


def _unclaimed(before: str) -> bool:
    """'No group has claimed', 'nobody has yet claimed': a claim denied to everyone is no claim."""
    window = " ".join(before.split()[-int(lexicon.cues()["before_window_words"]) :])
    return bool(lexicon.cue("attribution_negation").search(window))


def _generic_claim(after: str) -> bool:
    """'has claimed many similar attacks': a group's record, not a claim of this one."""
    return bool(lexicon.cue("claim_generic_after").match(after))


def _weapons(text: str, hits: list[Hit]) -> list[str]:
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


def _perpetrator_side(text: str, offset: int, hit: Hit, actors: list[ActorMention]) -> str | None:
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
        and not _object_of_violence(text, offset, 0, a)  # "killed three IS members in an airstrike"
        and not _passive_victim(text, offset, a)  # "two soldiers were injured in an IED blast"
        and not _speaks(text, offset, a)  # "police said": the source, not a party
    ]
    if before:
        return _side(before[-1])
    return None


def _passive_victim(text: str, offset: int, actor: ActorMention) -> bool:
    return bool(lexicon.cue("passive_victim_after").match(text[actor.end - offset :]))


def _speaks(text: str, offset: int, actor: ActorMention) -> bool:
    """'police said', 'according to the army': the force is the source of the report."""
    return bool(
        lexicon.cue("speech_after").match(text[actor.end - offset :])
        or lexicon.cue("speech_before").search(text[max(0, actor.start - offset - 30) : actor.start - offset])
    )


def _attacker_hit_by_forces(text: str, offset: int, hit: Hit, actors: list[ActorMention]) -> bool:
    by = re.match(r"\s+(?:[\w-]+\s+){0,2}?by\s+(?:the\s+|a\s+|an\s+)?", text[hit.end : hit.end + 40])
    if not by:
        return False
    agents = [a for a in actors if a.start - offset >= hit.end + by.end() - 1]
    if not agents or agents[0].category != "state_force":
        return False
    hit_ones = [
        a for a in actors if a.end - offset <= hit.start and a.category in ("armed_group", "generic_armed")
    ]
    return bool(hit_ones) and _passive_victim(text, offset, hit_ones[-1])


def _target_armed(text: str, hit: Hit) -> bool | None:
    targets = lexicon.targets()
    after = text[hit.end : hit.end + 70]
    said = re.search(
        r",\s*(?:according to\b|(?:[\w’'-]+\s+){0,4}(?:said|says|say|told|reported|added)\b)", after
    )
    window = after[: said.start()] if said else after  # "police said": the source, not the target
    if re.search(r"\b(?:was|were|been)\s+(?:also\s+)?$", lexicon.before(text, hit.start)):
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


def _object_of_violence(text: str, offset: int, trigger_end: int, actor: ActorMention) -> bool:
    """'killed two al-Qaeda fighters', 'strikes against ISIS': the group is on the receiving end."""
    at = actor.start - offset
    if trigger_end < 0:
        return False
    return bool(
        re.search(
            r"\b(?:killed|killing|kill|targeting|targeted|against|struck|hit|on)\s+(?:[\w’'-]+,?\s+){0,5}$",
            text[max(0, at - 50) : at],
        )
    )


def _roles(
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
    for a in actors:
        certainty = attribution if attribution in ("suspected", "alleged", "denied") else "confirmed"
        if a.category == "armed_group":
            if claim_here:
                role, certainty = "claimant", "claimed"
            elif mention_family == "violent" and (
                side == "state" or _object_of_violence(text, offset, trigger_end, a)
            ):
                role = "target"
            elif mention_family in ("arrest", "legal", "designation"):
                role = "subject"
            else:
                role = "perpetrator"
        elif a.category == "state_force":
            if text and _speaks(text, offset, a):
                role = "authority"
            elif mention_family == "violent":
                role = (
                    "perpetrator"
                    if side == "state" and not _passive_victim(text, offset, a)
                    else "security_force"
                )
            else:
                role = "authority"
            certainty = "confirmed"
        elif a.category == "government":
            role, certainty = "authority", "confirmed"
        elif a.category == "generic_armed":
            if mention_family != "violent":
                role = "subject"
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
        out.append(Actor(name=a.text, canonical=a.canonical, role=role, certainty=certainty))  # type: ignore[arg-type]
        for parent, link in parents_of(a):  # "ISWAP", "IS-linked militants": also the Islamic State
            if (parent.lower(), "other") not in seen:
                seen.add((parent.lower(), "other"))
                sure = "alleged" if link == "alleged" and certainty == "confirmed" else certainty
                out.append(Actor(name=parent, canonical=parent, role="other", certainty=sure))  # type: ignore[arg-type]
    return out


def _modifies(doc: Document, t: Timex, trigger: Span) -> bool:
    """A date inside the trigger's own noun phrase ("a 2021 attack", "the 2018 collapse") dates it."""
    between = doc.text[t.end : trigger.start]
    if 0 <= trigger.start - t.end <= 40 and not re.search(r"[,.;:()]|\b(?:and|or|when|as)\b", between):
        return True
    # "who had been arrested in August 2021", "the attack of 1978": the date right after its word
    after = doc.text[trigger.end : t.start]
    return 0 <= t.start - trigger.end <= 40 and bool(
        re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}?(?:in|on|during|of)\s+", after)
    )


def _local_timexes(doc: Document, clause: Clause, trigger: Span) -> list[Timex]:
    """Date expressions of the clause that may date a happening told at `trigger`."""
    out = []
    for t in doc.timexes:
        if not (clause.start <= t.start and t.end <= clause.end):
            continue
        if not t.governing and not _modifies(doc, t, trigger):
            continue  # the time stage's asides, reporting and header dates
        possessive = t.text.endswith(("'s", "’s")) or re.match(r"(?:'s|’s)\b", doc.text[t.end :])
        if possessive and not 0 <= trigger.start - t.end <= 25:
            continue  # "Monday night's attack" dates the attack, not an arrest told beside it
        if re.search(
            r"\b(?:since|until|till|before|after|prior to|as of|by)\s+(?:the\s+)?$",
            doc.text[t.start - 12 : t.start],
        ):
            continue  # "since February 2020", "until 2019": a bound of something else
        out.append(t)
    return out


def _own_date(
    doc: Document, clause: Clause, trigger: Span, toll: bool, reference: bool = False, nearest: bool = False
) -> tuple[Timex | None, bool]:
    when = time.event_date(doc, trigger)
    local = _local_timexes(doc, clause, trigger)
    dateline = lexicon.cue("dateline").match(doc.text[clause.start : clause.end])
    if dateline:
        # the filing date in a dateline dates the report, not the happening
        local = [t for t in local if t.start >= clause.start + dateline.end()]
        if when is not None and clause.start <= when.start < clause.start + dateline.end() and local:
            when = min(local, key=lambda t: abs(t.start - trigger.start))
    if local and nearest:
        when = min(local, key=lambda t: abs(t.start - trigger.start))
    adjacent = [
        t
        for t in local
        if 0 <= t.start - trigger.end <= 40
        and re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}?(?:in|on|during|since)\s+", doc.text[trigger.end : t.start])
    ]
    if adjacent and not toll:
        when = adjacent[0]  # "who had been arrested in August 2021": the date right after its verb
    if local and (when is None or not (clause.start <= when.start and when.end <= clause.end)):
        # the clause states its own date: take the expression nearest the trigger
        when = min(local, key=lambda t: abs(t.start - trigger.start))
    if when is None:
        return None, False
    inside = clause.start <= when.start and when.end <= clause.end
    is_local = any(t.start == when.start and t.end == when.end for t in local)
    if inside and not is_local and not dateline:
        # the expression dates another noun ("Monday night's attack") or bounds ("since 2020")
        if not local:
            return when, False
        when = min(local, key=lambda t: abs(t.start - trigger.start))
    finer = [
        t for t in local if when.date_start <= t.date_start and t.date_end <= when.date_end and t is not when
    ]
    if inside and finer and when.precision == "year":
        # "the 2022 market bombing ... on 12 May 2022": the most precise expression of that time
        when = min(finer, key=lambda t: ((t.date_end - t.date_start).days, abs(t.start - trigger.start)))
    dateline = lexicon.cue("dateline").match(doc.text[clause.start : clause.end])
    if inside and dateline and when.end <= clause.start + dateline.end():
        inside = False  # the date the report was filed
    if inside and toll:
        inside = False
    if inside and reference:
        # a reference is dated only by its own modifier: "the Friday attack", "the attack of 1978"
        between = (
            doc.text[when.end : trigger.start]
            if when.end <= trigger.start
            else doc.text[trigger.end : when.start]
        )
        inside = bool(lexicon.cue("reference_date_gap").match(between))
    if inside and lexicon.cue("speech_date").search(doc.text[max(clause.start, when.start - 20) : when.end]):
        inside = False
    return when, inside


def _own_place(
    doc: Document, clause: Clause, trigger: Span, reference: bool = False, family: str = "violent"
) -> tuple[Place | None, bool]:
    where = geo.event_place(doc, trigger)
    dateline = lexicon.cue("dateline").match(doc.text[clause.start : clause.end])
    floor = clause.start + (dateline.end() if dateline else 0)
    if (
        family == "legal"
        and dateline
        and not re.search(r"\bcourt\s+(?:in|of|at)\s+[A-Z]", doc.text[clause.start : clause.end])
    ):
        # a ruling happens where the court sits: the dateline city, unless the clause names the court's town
        filed = [p for p in doc.places if clause.start <= p.start < floor]
        if filed:
            return filed[0].place, True
    if where is None:
        return None, False
    here = [
        p
        for p in doc.places
        if clause.start <= p.start and p.end <= clause.end and p.place.name == where.name
    ]
    origin = lexicon.cue("origin_after")
    if here and all(origin.match(doc.text[p.end :]) for p in here):
        return None, False  # "a Manchester-born man", "a London-based group": not where it happened
    means = lexicon.cue("means_modifier_after")
    if here and where.precision == "country" and all(means.match(doc.text[p.end :]) for p in here):
        # "a suspected US drone strike ... in Marib": who struck, not where
        located = [
            p
            for p in doc.places
            if clause.start <= p.start
            and p.end <= clause.end
            and p.role == "location"
            and p.place.name != where.name
            and re.search(
                r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", doc.text[max(0, p.start - 12) : p.start]
            )
        ]
        return (located[0].place, True) if located else (None, False)
    if (
        dateline
        and family in ("violent", "arrest", "seizure")
        and any(clause.start <= p.start < floor and p.place.name == where.name for p in doc.places)
    ):
        return None, False  # the place of the dateline, where the report was filed
    own = [p for p in doc.places if floor <= p.start and p.end <= clause.end and p.place.name == where.name]
    if family != "violent":
        # an arrest or a ruling is placed by a locative ("in Tripoli"), not by a name used as a
        # modifier ("the Manchester bomber")
        own = [
            p
            for p in own
            if re.search(
                r"\b(?:in|at|near|outside|inside|across|around|covering|throughout|over)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$",
                doc.text[max(clause.start, p.start - 40) : p.start],
            )
        ]
    if reference:
        # a reference is placed only by its own modifier: "the Kabul attack", "the attack in Kabul"
        text = doc.text
        own = [
            p
            for p in own
            if (
                p.start >= trigger.end
                and re.fullmatch(
                    r"\s*(?:in|at|near|outside|on|of)\s+(?:the\s+)?", text[trigger.end : p.start]
                )
            )
            or (
                p.end <= trigger.start
                and re.fullmatch(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?", text[p.end : trigger.start])
            )
        ]
    if not own:
        line_start = doc.text.rfind("\n", 0, clause.start) + 1
        if lexicon.cue("entry_line").match(doc.text[line_start : clause.end]) and not any(
            line_start <= p.start < clause.end and p.place.name == where.name for p in doc.places
        ):
            return None, False  # "- 9 January: a bomb kills three": the entry before does not place it
    return where, bool(own)


def _words(text: str, actors: list[ActorMention], offset: int) -> frozenset[str]:
    """Names and site nouns of a clause: what a later reference may share with it."""
    taken = [(a.start - offset, a.end - offset) for a in actors if a.category != "civilian"]
    sites = lexicon.cue("site_nouns")
    out = set()
    for m in _WORD.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or m.group().lower() in lexicon.stopwords():
            continue
        if (m.group()[0].isupper() and m.start() > 0) or sites.fullmatch(m.group()):
            out.add(m.group().lower().removesuffix("’s").removesuffix("'s"))
    return frozenset(out)


def analyse_clause(doc: Document, clause: Clause) -> list[EventMention]:
    text = doc.text[clause.start : clause.end]
    hits = find_hits(text)
    asides = [(m.start(), m.end()) for m in lexicon.cue("relative_aside").finditer(text)]
    told = text
    for s, e in asides:
        told = told[:s] + " " * (e - s) + told[e:]  # "X, which has killed thousands since 2009, ...": about X
    if lexicon.cue("clause_aggregate").search(told):
        hits = [h for h in hits if h.trigger.family not in ("violent", "arrest")]
    if lexicon.cue("clause_background").search(text):
        hits = [h for h in hits if h.trigger.family not in ("org", "designation")]
    # "al-Shabaab, which is designated a terrorist group by the US, ...": about the group, not the happening
    hits = [
        h
        for h in hits
        if h.trigger.family not in ("designation", "org", "legal", "arrest")
        or not any(s <= h.start < e for s, e in asides)
    ]  # "X, who was jailed in 2017, ...": his past, not news
    compared = lexicon.cue("comparison_since").search(text)
    if compared:
        # "the deadliest since 2019, when 21 people were killed": an old happening it is compared with
        hits = [h for h in hits if h.start < compared.end()]
    actors = [
        a
        for a in doc.actors
        if clause.start <= a.start
        and a.end <= clause.end
        and not any(s <= a.start - clause.start < e for s, e in asides)
        and not (compared and a.start - clause.start >= compared.end())
    ]
    groups = [a for a in actors if a.category == "armed_group"]
    armed_names = tuple(a.text for a in actors if a.category == "armed_group")
    dateline = lexicon.cue("dateline").match(text)
    skip = dateline.end() if dateline else 0
    facts = find_counts(text[skip:], clause.start + skip, armed_names)
    attribution = _attribution(text, groups)
    facts = _mark_claimed(text, clause.start, groups, facts)
    if compared:
        facts = [f for f in facts if f.start < clause.start + compared.end()]
    disputed = bool(lexicon.cue("disputed").search(text))
    by_family: dict[str, list[Hit]] = {}
    for h in hits:
        if h.trigger.family == "claim" and (
            _unclaimed(lexicon.before(text, h.start)) or _generic_claim(text[h.end :])
        ):
            continue
        by_family.setdefault(h.trigger.family, []).append(h)

    mentions: list[EventMention] = []
    violent = by_family.get("violent", [])
    claim_hits = by_family.get("claim", [])
    main_violent: Hit | None = None
    has_casualties = any(f.category in ("killed", "injured", "toll") for f in facts)
    if not has_casualties:
        # "Islamist attacks", "carried out bombings": attacks in general, not a happening
        violent = [h for h in violent if not _generic_plural(text, h)]
    if violent:
        main_violent = max(
            violent,
            key=lambda h: (
                not _in_parens(text, h.start),
                not lexicon.cue("aside_before").search(lexicon.before(text, h.start)),
                not h.reference,
                _STRENGTH_RANK[h.trigger.strength],
                h.trigger.priority,
                -h.start,
            ),
        )
        if (
            main_violent.trigger.strength == "frame"
            and not has_casualties
            and ("arrest" in by_family or "seizure" in by_family)
        ) or (main_violent.trigger.strength == "weak" and not has_casualties):
            main_violent = None
    violent_is_frame = main_violent is not None and main_violent.trigger.strength == "frame"

    def base(hit: Hit, kind: str, family: str, nearest: bool = False) -> EventMention:
        span = Span(clause.start + hit.start, clause.start + hit.end)
        toll = bool(lexicon.cue("toll_update").search(text))
        # a counter-attack or rescue is dated by its own clause ("On 8 March, troops freed them")
        when, own_date = _own_date(
            doc, clause, span, toll, hit.reference and not hit.trigger.responds, nearest
        )
        where, own_place = _own_place(doc, clause, span, hit.reference, family)
        return EventMention(
            trigger=span,
            sentence=clause.sentence,
            kind=kind,  # type: ignore[arg-type]
            evidence=[Span(clause.start, clause.end)],
            family=family,
            strength=hit.trigger.strength,
            reference=hit.reference,
            force_new=not hit.reference
            and (
                (hit.trigger.strength != "weak" and hit.force_new)
                or bool(family == "violent" and lexicon.cue("clause_new").search(text))
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
            words=_words(text, actors, clause.start),
        )

    claim_folded = False
    if main_violent is not None:
        kinds = {
            h.trigger.kind for h in violent if h.trigger.strength == "strong" and h.trigger.sub != "territory"
        }
        if not kinds and any(h.trigger.sub == "territory" for h in violent):
            kind = "clash"  # "captured the town of X": a group overtakes territory
        elif "clash" in kinds:
            kind = "clash"
        elif "attack" in kinds:
            kind = "attack"
        else:
            kind = "clash" if main_violent.trigger.kind == "clash" else "attack"
        m = base(main_violent, kind, "violent")
        m.strength = main_violent.trigger.strength
        if main_violent.trigger.strength == "weak" or all(
            h.reference for h in violent if h.trigger.strength != "weak"
        ):
            m.reference = True
        subs = sorted((h for h in violent if h.trigger.sub), key=lambda h: -h.trigger.priority)
        non_abduct = [h for h in subs if h.trigger.sub != "abduction"]
        m.sub = (non_abduct or subs)[0].trigger.sub if subs else None
        if m.sub in (None, "remote"):
            m.sub = next((sub for sub, regex in lexicon.sub_cues() if regex.search(text)), m.sub)
        first = next((h for h in violent if h.trigger.strength == "strong" and not h.reference), main_violent)
        m.perpetrator_side = _perpetrator_side(text, clause.start, first, actors)
        m.target_armed = _target_armed(text, main_violent)
        m.counts = [f for f in facts]
        m.weapons = _weapons(text, violent)  # type: ignore[assignment]
        m.attribution = attribution  # type: ignore[assignment]
        if claim_hits and not _claim_other(text, claim_hits[0]):
            m.attribution = "claimed"
            claim_folded = True
        m.claim_disputed = disputed
        if kind == "attack" and m.strength != "strong" and m.perpetrator_side == "state" and has_casualties:
            m.kind = "clash"
        if _attacker_hit_by_forces(text, clause.start, first, actors):
            # "one gunman was shot dead by soldiers": the forces' answer, part of the attack it ends
            m.kind, m.perpetrator_side = "clash", None
        m.actors = _roles(
            "violent",
            m.perpetrator_side,
            claim_folded or (m.attribution == "claimed" and m.reference),  # "X took credit for the blast"
            m.attribution,
            actors,
            text,
            clause.start,
            main_violent.end,
        )
        segments = _dated_segments(doc, clause, [h for h in violent if not h.reference])
        if len(segments) > 1:
            # "gunmen killed 12 in A on 3 May, two days after a bomb killed 4 near B": two happenings
            for hit, lo, hi in segments:
                part = dataclasses.replace(m, force_new=True, reference=False, strength=hit.trigger.strength)
                part.trigger = Span(clause.start + hit.start, clause.start + hit.end)
                part.date, part.own_date = _own_date(doc, clause, part.trigger, False, False, True)
                part.place, part.own_place = _own_place(doc, clause, part.trigger, False, "violent")
                part.counts = [f for f in facts if clause.start + lo <= f.start < clause.start + hi]
                mentions.append(part)
        else:
            split = _split_sites(m, text, main_violent, actors, clause.start)
            mentions.extend(split if len(split) > 1 else _split_places(doc, m, clause))

    for family in ("arrest", "legal", "seizure", "org", "designation", "claim"):
        fam_hits = by_family.get(family, [])
        if not fam_hits:
            continue
        if family == "claim" and claim_folded:
            continue
        if family == "org" and all(
            h.trigger.kind == "allegiance"
            and lexicon.cue("individual_before").search(text[max(0, h.start - 40) : h.start])
            for h in fam_hits
        ):
            continue  # one attacker's pledge is part of his story, not a change in a group
        if family == "org" and mentions and all(h.trigger.kind == "allegiance" for h in fam_hits):
            continue  # an attacker's pledge told with the attack: part of its story
        if family == "arrest" and all(lexicon.cue("arrest_at_scene").match(text[h.end :]) for h in fam_hits):
            continue  # arrested at the scene: the end of the attack, not an arrest of its own
        if family == "seizure" and any(h.trigger.needs != "person" for h in by_family.get("arrest", [])):
            continue  # arrested with their weapons: one arrest
        if family == "arrest" and all(
            h.trigger.needs == "person"
            and any(0 <= p.start - (clause.start + h.end) <= 2 for p in doc.places)  # "captured Mosul"
            for h in fam_hits
        ):
            continue
        if family == "arrest" and all(h.trigger.needs == "person" for h in fam_hits) and _has_weapon(text):
            continue  # weapons captured, not people
        if (
            family in ("arrest", "seizure")
            and main_violent is not None
            and not (violent_is_frame and not has_casualties)
            and not (mentions and mentions[0].reference and not has_casualties)
        ):
            continue  # told inside an attack: part of it (its arrests, the weapons it took)
        hit = max(fam_hits, key=lambda h: (h.trigger.priority, -h.start))
        if (
            family == "org"
            and hit.trigger.kind == "statement"
            and (claim_hits or claim_folded or attribution == "claimed")
        ):
            continue  # "claimed responsibility in a statement": the statement carries the claim
        if family == "org" and hit.trigger.kind == "statement" and not groups:
            continue  # the police released a photo: a statement is a group's message
        if (
            family == "org"
            and hit.trigger.kind == "group_change"
            and not groups
            and not lexicon.cue("organisation_words").search(text)
        ):
            continue  # "the new leader" of a country or a club is not a change in an armed group
        if (
            family == "seizure"
            and not any(a.category == "state_force" for a in actors)
            and not re.search(r"\b(?:was|were|been|had been)\s+(?:\w+\s+)?$", lexicon.before(text, hit.start))
        ):
            continue  # attackers looting weapons: part of their attack, not a seizure
        dated_hits = fam_hits if family in ("arrest", "legal") else []
        for dated, nearest in _dated_hits(doc, clause, hit, dated_hits):
            m = base(dated, dated.trigger.kind, family, nearest)
            m.counts = [f for f in facts if f.category == "arrested"]
            m.attribution = attribution if family == "claim" else "unknown"  # type: ignore[assignment]
            if family == "claim":
                m.attribution = "claimed"
                m.claim_object_other = _claim_other(text, dated)
                m.claim_disputed = disputed
                m.reference = not m.claim_object_other
            m.weapons = _weapons(text, fam_hits) if family == "seizure" else []  # type: ignore[assignment]
            m.actors = _roles(family, None, family == "claim", m.attribution, actors)
            mentions.extend(
                _split_arrest_places(doc, m, clause) if family == "arrest" and not nearest else [m]
            )

    confirmed_figure = [f for f in facts if f.category in ("killed", "injured") and not f.claimed]
    if confirmed_figure and not lexicon.cue("figure_confirmed").search(text):
        confirmed_figure = []
    if not mentions and (disputed or attribution != "unknown" or confirmed_figure):
        span = Span(clause.start, clause.end)
        mentions.append(
            EventMention(
                trigger=span,
                sentence=clause.sentence,
                kind="claim",
                evidence=[span],
                family="dispute" if disputed else "attribution",
                attribution=attribution,  # type: ignore[arg-type]
                claim_disputed=disputed,
                clause=span,
                paragraph=clause.paragraph,
                section=clause.section,
                title=clause.title,
                reference=True,
                words=_words(text, actors, clause.start),
                actors=_roles("violent", None, attribution == "claimed", attribution, actors),
                counts=confirmed_figure,  # "local sources confirmed four deaths": the stated figure
            )
        )
    if compared:
        cut = clause.start + compared.end()
        for m in mentions:
            if m.place is not None and not any(
                clause.start <= p.start < cut and p.place.name == m.place.name for p in doc.places
            ):
                m.place, m.own_place = None, False  # the town of the old happening it is compared with
    return mentions


def _sites(text: str, hit: Hit) -> list[str]:
    """The sites a plural trigger lists: 'explosions at a church, X, and the A and B hotels'."""
    word = text[hit.start : hit.end]
    if hit.reference or hit.trigger.family != "violent" or not word.lower().endswith("s"):
        return []
    if hit.trigger.form != "noun":
        return []  # "suicide bombers struck ...": the attackers, not a list of blasts
    if re.search(
        r"\b(?:series|wave|string|spate|campaign)\s+of\s+(?:\w+\s+){0,2}$", lexicon.before(text, hit.start)
    ):
        return []  # a series told in passing
    m = lexicon.cue("site_list_after").match(text[hit.end :])
    if not m:
        return []
    listed = lexicon.cue("site_list_end").sub("", m.group("list"))
    parts = re.split(f"({lexicon.cues()['site_split']})", listed)
    sites: list[str] = []
    joined_by_comma = False
    for k, part in enumerate(parts):
        if k % 2 == 1:
            joined_by_comma = part.strip() == ","
            continue
        chunk = part.strip()
        if not chunk:
            continue
        named = re.sub(r"^(?:the|The)\s+", "", chunk)[:1].isupper()
        if sites and joined_by_comma and named and re.match(r"(?:a|an)\s", sites[-1]):
            sites[-1] = f"{sites[-1]}, {chunk}"  # apposition: "a large church, St Mary's"
        else:
            sites.append(chunk)
    if not all(re.search(r"\b[A-Z]", site) for site in sites):
        return []  # "two churches and a police post": unnamed sites under one toll stay one event
    return sites if 2 <= len(sites) <= 8 else []


def _split_sites(
    m: EventMention, text: str, hit: Hit, actors: list[ActorMention], offset: int
) -> list[EventMention]:
    """One mention per site of a list: simultaneous blasts at three sites are three events."""
    sites = _sites(text, hit)
    if not sites:
        return [m]
    out = []
    for site in sites:
        copy = dataclasses.replace(m, force_new=True, counts=[] if out else m.counts, site=site)
        copy.words = frozenset(w.lower().removesuffix("’s").removesuffix("'s") for w in _WORD.findall(site))
        out.append(copy)
    return out


def _generic_plural(text: str, hit: Hit) -> bool:
    word = text[hit.start : hit.end]
    nominal = hit.trigger.form == "noun" or word.lower().endswith("ings")  # "kidnappings for ransom"
    if " " in word or not word.lower().endswith("s") or not nominal or hit.reference:
        return False
    if _sites(text, hit):
        return False
    return not lexicon.cue("plural_specific_before").search(text[max(0, hit.start - 40) : hit.start])


def _dated_segments(doc: Document, clause: Clause, hits: list[Hit]) -> list[tuple[Hit, int, int]]:
    """Stretches of a clause that tell violence on different days, each with its first trigger."""
    groups: list[tuple[tuple[object, object], Hit]] = []
    dateline = lexicon.cue("dateline").match(doc.text[clause.start : clause.end])
    floor = clause.start + (dateline.end() if dateline else 0)
    speech = lexicon.cue("speech_date")
    text = doc.text[clause.start : clause.end]
    for h in sorted(hits, key=lambda x: x.start):
        if _in_parens(text, h.start):
            continue  # "(2024 Karabulak clash)": a name, not another happening
        span = Span(clause.start + h.start, clause.start + h.end)
        local = [
            t
            for t in _local_timexes(doc, clause, span)
            if t.start >= floor and not speech.search(doc.text[max(clause.start, t.start - 20) : t.end])
        ]
        if not local:
            continue
        t = min(local, key=lambda x: abs(x.start - span.start))
        key = (t.date_start, t.date_end)
        if groups and groups[-1][0][0] <= t.date_end and t.date_start <= groups[-1][0][1]:  # type: ignore[operator]
            continue  # overlapping days ("2024" and "March 2-3 2024"): the same time
        if not groups or groups[-1][0] != key:
            if any(g[0] == key for g in groups):
                return []  # the days alternate: not a plain sequence of happenings
            groups.append((key, h))
    if len(groups) < 2:
        return []
    bounds = [0] + [h.start for _, h in groups[1:]] + [clause.end - clause.start]
    return [(h, bounds[i], bounds[i + 1]) for i, (_, h) in enumerate(groups)]


def _dated_hits(doc: Document, clause: Clause, main: Hit, hits: list[Hit]) -> list[tuple[Hit, bool]]:
    """Arrests told in one clause with their own dates ("his own arrest on Wednesday ... arrested on
    Tuesday") are separate happenings; otherwise the clause tells one."""
    if len(hits) < 2:
        return [(main, False)]
    groups: dict[tuple[object, object], Hit] = {}
    for h in hits:
        span = Span(clause.start + h.start, clause.start + h.end)
        local = _local_timexes(doc, clause, span)
        if not local:
            return [(main, False)]
        t = min(local, key=lambda x: abs(x.start - span.start))
        groups.setdefault((t.date_start, t.date_end), h)
    if len(groups) < 2:
        return [(main, False)]
    return [(h, True) for h in groups.values()]


def _split_places(doc: Document, m: EventMention, clause: Clause) -> list[EventMention]:
    """One mention per town of a coordinated list: 'struck mosques in Herat and Kandahar' is two."""
    if m.reference or m.strength == "weak":
        return [m]
    if re.search(
        r"\b(?:series|wave|string|spate|campaign)\s+of\s+(?:\w+\s+){0,2}$",
        doc.text[clause.start : m.trigger.start],
    ):
        return [m]  # "a series of attacks on mosques in A and B": one series, told in passing
    towns = [
        p
        for p in doc.places
        if m.trigger.end <= p.start
        and p.end <= clause.end
        and p.role == "location"
        and p.place.precision in ("place", "district")
    ]
    towns = [p for p in towns if not lexicon.cue("admin_after").match(doc.text[p.end :])]
    chain = towns[:1]
    for p in towns[1:]:
        if re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)\s*", doc.text[chain[-1].end : p.start]):
            chain.append(p)
        elif len(chain) < 2:
            chain = [p]
        else:
            break
    names = {p.place.name for p in chain}
    joined = doc.text[chain[0].start : chain[-1].end] if chain else ""
    if (
        len(chain) < 2
        or len(names) < len(chain)
        or not re.search(r"\band\b", joined)  # "Djibo, Soum" names one place and its region
        or re.search(
            r"\bbetween\s+(?:\w+\s+)?$", doc.text[max(clause.start, chain[0].start - 20) : chain[0].start]
        )
    ):
        return [m]
    return [_at_place(m, p, m.counts if i == 0 else []) for i, p in enumerate(chain)]


def _at_place(m: EventMention, p: PlaceMention, counts: list[CountFact]) -> EventMention:
    """A copy of `m` told at place `p` alone: its own happening, with `counts` as its figures."""
    name = p.place.name
    copy = dataclasses.replace(m, force_new=True, counts=counts, site=name, place=p.place, own_place=True)
    copy.words = frozenset({name.lower()})
    return copy


@cache
def _breakdown_item() -> re.Pattern[str]:
    """'seven in ', 'two suspects from the ': a number told for the place that follows."""
    return re.compile(rf"(?P<num>{num_pattern()})\s+(?:[\w-]+\s+){{0,3}}?(?:in|from|at)\s+(?:the\s+)?$", re.I)


def _split_arrest_places(doc: Document, m: EventMention, clause: Clause) -> list[EventMention]:
    """One arrest per place of a breakdown: 'arrested 12: seven in Kano and five in Kaduna' is two."""
    item = _breakdown_item()
    items: list[tuple[PlaceMention, CountFact]] = []
    floor = m.trigger.end
    for p in doc.places:
        if not (floor <= p.start and p.end <= clause.end and p.role == "location"):
            continue
        found = item.search(doc.text[max(floor, p.start - 60) : p.start])
        value = parse_number(found.group("num")) if found else None
        if found is None or value is None:
            continue
        start = max(floor, p.start - 60) + found.start("num")
        items.append((p, CountFact("arrested", value, start, start + len(found.group("num")))))
        floor = p.end
    names = {p.place.name for p, _ in items}
    if len(items) < 2 or len(names) < len(items):
        return [m]
    return [_at_place(m, p, [fact]) for p, fact in items]


def _in_parens(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _claim_other(text: str, hit: Hit) -> bool:
    """The claim is for something that is not an attack ('for the building collapse')."""
    own = text[hit.start : hit.end]
    if any(
        t.family == "violent" and t.regex.search(own) for t in lexicon.triggers() if t.strength == "strong"
    ):
        return False
    obj = re.split(r",|\band\b|\bwhile\b|\bbut\b", text[hit.end : hit.end + 90])[0]
    if not re.search(r"\b(?:for|of)\b", obj) or lexicon.cue("claim_violent_object").search(obj):
        return False  # "for the killings", "for the murder of two teachers": violence after all
    return not any(
        t.family == "violent" and t.strength in ("strong", "frame") and t.regex.search(obj)
        for t in lexicon.triggers()
    ) and not re.search(r"\b(?:it|them|this|that)\b", obj)


def _infobox_attribution(doc: Document) -> list[EventMention]:
    """'Perpetrators: ISKP (claimed)' in an infobox: the page's attack is claimed (or suspected)."""
    out: list[EventMention] = []
    for line in lexicon.cue("infobox_perpetrator").finditer(doc.text):
        start, end = line.start(1), line.end(1)
        groups = [a for a in doc.actors if start <= a.start and a.end <= end and a.category == "armed_group"]
        attribution = _attribution(doc.text[start:end], groups)
        sentence = next((i for i, s in enumerate(doc.sentences) if s.start <= start < s.end), None)
        if attribution == "unknown" or sentence is None:
            continue
        span = Span(start, end)
        out.append(
            EventMention(
                trigger=span,
                sentence=sentence,
                kind="claim",
                evidence=[span],
                family="attribution",
                attribution=attribution,  # type: ignore[arg-type]
                clause=span,
                paragraph=doc.sentences[sentence].paragraph,
                section=doc.sentences[sentence].section,
                title=True,
                reference=True,
                actors=_roles("violent", None, attribution == "claimed", attribution, groups),
            )
        )
    return out


def annotate(doc: Document) -> None:
    mentions: list[EventMention] = []
    for clause in clauses(doc):
        mentions.extend(analyse_clause(doc, clause))
    doc.mentions = mentions + _infobox_attribution(doc)
