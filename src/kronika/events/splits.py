"""One clause, several happenings: lists of sites, coordinated towns, dated stretches, arrest breakdowns.

"explosions at a church, X and the A hotel" is one mention per named site; "struck mosques in Herat
and Kandahar" one per town; "two were kidnapped in A, while a third was taken in B" one per stretch
with its own trigger and town; "killed 12 in A on 3 May, two days after a bomb killed 4 in B" one per
dated stretch, each with the figures told in it; "arrested 12: seven in Kano and five in Kaduna" one
arrest per place with its own figure. Only the first copy keeps a shared toll.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from kronika.actors import ActorMention
from kronika.document import Document, Span
from kronika.events import lexicon
from kronika.events.attach import WORD, local_timexes
from kronika.events.claims import exact_cue
from kronika.events.clauses import Clause
from kronika.events.counts import CountFact, num_pattern, parse_number
from kronika.events.triggers import Hit, in_parens
from kronika.events.types import EventMention
from kronika.geo.types import PlaceMention


def listed_sites(text: str, hit: Hit) -> list[str]:
    """The sites a plural trigger lists: 'explosions at a church, X, and the A and B hotels'."""
    word = text[hit.start : hit.end]
    if hit.reference or hit.trigger.family != "violent" or not word.lower().endswith("s"):
        return []
    if hit.trigger.form != "noun":
        return []  # "suicide bombers struck ...": the attackers, not a list of blasts
    if exact_cue("series_of_before").search(lexicon.before(text, hit.start)):
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
        named = exact_cue("site_name_article").sub("", chunk)[:1].isupper()
        if sites and joined_by_comma and named and exact_cue("site_indefinite").match(sites[-1]):
            sites[-1] = f"{sites[-1]}, {chunk}"  # apposition: "a large church, St Mary's"
        else:
            sites.append(chunk)
    if not all(re.search(r"\b[A-Z]", site) for site in sites):
        return []  # "two churches and a police post": unnamed sites under one toll stay one event
    return sites if 2 <= len(sites) <= 8 else []


def split_sites(
    m: EventMention, text: str, hit: Hit, actors: list[ActorMention], offset: int
) -> list[EventMention]:
    """One mention per site of a list: simultaneous blasts at three sites are three events."""
    sites = listed_sites(text, hit)
    if not sites:
        return [m]
    out = []
    for site in sites:
        copy = dataclasses.replace(m, force_new=True, counts=[] if out else m.counts, site=site)
        copy.words = frozenset(w.lower().removesuffix("’s").removesuffix("'s") for w in WORD.findall(site))
        out.append(copy)
    return out


def dated_segments(doc: Document, clause: Clause, hits: list[Hit]) -> list[tuple[Hit, int, int]]:
    """Stretches of a clause that tell violence on different days, each with its first trigger."""
    groups: list[tuple[tuple[object, object], Hit]] = []
    dateline = lexicon.cue("dateline").match(doc.text[clause.start : clause.end])
    floor = clause.start + (dateline.end() if dateline else 0)
    speech = lexicon.cue("speech_date")
    text = doc.text[clause.start : clause.end]
    for h in sorted(hits, key=lambda x: x.start):
        if in_parens(text, h.start):
            continue  # "(2024 Karabulak clash)": a name, not another happening
        span = Span(clause.start + h.start, clause.start + h.end)
        local = [
            t
            for t in local_timexes(doc, clause, span)
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


def dated_hits(doc: Document, clause: Clause, main: Hit, hits: list[Hit]) -> list[tuple[Hit, bool]]:
    """Arrests told in one clause with their own dates ("his own arrest on Wednesday ... arrested on
    Tuesday") are separate happenings; otherwise the clause tells one."""
    if len(hits) < 2:
        return [(main, False)]
    groups: dict[tuple[object, object], Hit] = {}
    for h in hits:
        span = Span(clause.start + h.start, clause.start + h.end)
        local = local_timexes(doc, clause, span)
        if not local:
            return [(main, False)]
        t = min(local, key=lambda x: abs(x.start - span.start))
        groups.setdefault((t.date_start, t.date_end), h)
    if len(groups) < 2:
        return [(main, False)]
    return [(h, True) for h in groups.values()]


def split_places(doc: Document, m: EventMention, clause: Clause) -> list[EventMention]:
    """One mention per town of a coordinated list: 'struck mosques in Herat and Kandahar' is two."""
    if m.reference or m.strength == "weak":
        return [m]
    if exact_cue("series_of_before").search(doc.text[clause.start : m.trigger.start]):
        return [m]  # "a series of attacks on mosques in A and B": one series, told in passing
    towns = [
        p
        for p in doc.starting_in("places", doc.places, m.trigger.end, clause.end)
        if m.trigger.end <= p.start
        and p.end <= clause.end
        and p.role == "location"
        and p.place.precision in ("place", "district")
    ]
    towns = [p for p in towns if not lexicon.cue("admin_after").match(doc.text[p.end :])]
    chain = towns[:1]
    for p in towns[1:]:
        if exact_cue("place_list_join").fullmatch(doc.text[chain[-1].end : p.start]):
            chain.append(p)
        elif len(chain) < 2 and not re.search(r"[,;]", doc.text[chain[-1].end : p.start]):
            chain = [p]
        elif len(chain) < 2:
            # "fighting in A forced people to flee, as did displacement in B and C": the trigger is
            # placed in A; the list after the comma belongs to another noun
            return [m]
        else:
            break
    names = {p.place.name for p in chain}
    joined = doc.text[chain[0].start : chain[-1].end] if chain else ""
    if (
        len(chain) < 2
        or len(names) < len(chain)
        or not exact_cue("place_list_and").search(joined)  # "Djibo, Soum" names one place and its region
        or exact_cue("place_list_between_before").search(
            doc.text[max(clause.start, chain[0].start - 20) : chain[0].start]
        )
    ):
        return [m]
    return [at_place(m, p, m.counts if i == 0 else []) for i, p in enumerate(chain)]


def placed_segments(
    doc: Document, clause: Clause, hits: list[Hit]
) -> list[tuple[Hit, int, int, PlaceMention]]:
    """Stretches of a clause joined by 'while', 'whereas' or ', and' that each tell violence of
    their own in a town of their own ("three officers were kidnapped in A, while a fourth was
    taken by gunmen in B"), each with its first trigger, its bounds and its town; [] when any
    stretch lacks its own trigger or town, or two stretches share a town."""
    text = doc.text[clause.start : clause.end]
    joins = list(lexicon.cue("contrast_join").finditer(text))
    if not joins:
        return []
    bounds = [0, *(j.start() for j in joins), len(text)]
    parts: list[tuple[Hit, int, int, PlaceMention]] = []
    for lo, hi in itertools.pairwise(bounds):
        told = [h for h in hits if lo <= h.start < hi and h.trigger.strength == "strong" and not h.reference]
        start, end = clause.start + lo, clause.start + hi
        towns = [
            p
            for p in doc.starting_in("places", doc.places, start, end)
            if start <= p.start
            and p.end <= end
            and p.role == "location"
            and p.place.precision in ("place", "district")
        ]
        if not told or not towns:
            return []
        parts.append((told[0], lo, hi, towns[0]))
    names = [p.place.name for *_, p in parts]
    return parts if len(set(names)) == len(names) else []


def at_place(m: EventMention, p: PlaceMention, counts: list[CountFact]) -> EventMention:
    """A copy of `m` told at place `p` alone: its own happening, with `counts` as its figures."""
    name = p.place.name
    copy = dataclasses.replace(m, force_new=True, counts=counts, site=name, place=p.place, own_place=True)
    copy.words = frozenset({name.lower()})
    return copy


@lexicon.per_language
def _breakdown_item() -> re.Pattern[str]:
    """'seven in ', 'two suspects from the ': a number told for the place that follows."""
    place = lexicon.cues()["breakdown_place_before"]
    return re.compile(rf"(?P<num>{num_pattern()})\s+(?:[\w-]+\s+){{0,3}}?{place}", re.I)


def split_arrest_places(doc: Document, m: EventMention, clause: Clause) -> list[EventMention]:
    """One arrest per place of a breakdown: 'arrested 12: seven in Kano and five in Kaduna' is two."""
    item = _breakdown_item()
    items: list[tuple[PlaceMention, CountFact]] = []
    floor = m.trigger.end
    for p in doc.starting_in("places", doc.places, floor, clause.end):
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
    return [at_place(m, p, [fact]) for p, fact in items]
