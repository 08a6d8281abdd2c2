"""The place stage: toponyms → gazetteer candidates → resolved places.

`annotate` fills ``doc.places``; `event_place` tells where the happening told at an event
trigger took place.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter

from kronika.document import Document, Span
from kronika.geo import lexicon
from kronika.geo.gazetteer import Entry, Gazetteer, gazetteer
from kronika.geo.recognize import Candidate, _ends_with_phrase, find, preceding_words
from kronika.geo.resolve import Context, choose, classify, hint_after, is_person, to_place, unambiguous_cc
from kronika.geo.text import name_key
from kronika.geo.types import Place, PlaceMention
from kronika.pipeline import Stage

__all__ = ["STAGE", "annotate", "event_place", "event_places", "recognise"]

#: a small place must be in a country the document names, or follow a cue, below this
_SMALL_PLACE = 50_000
_LOCALITY = re.compile(
    r"\b(?:village|town|settlement|hamlet|city|township|locality|aul|stanitsa) of "
    r"([A-Z][\w'’]+(?:[ \-][A-Z][\w'’]+){0,3})"
)
_BIG_PLACE = 100_000
#: "claimed the 2018 X collapse": an event's name near the trigger tells its place
_NEAR_EVENT_NAME = 80
_TINY_PLACE = 20_000
_WORD = re.compile(r"\b[A-Z][a-z]+s?\b")
#: "in X, Region": a capitalised name right before a comma and a known coarser place
_IN_X_COMMA = re.compile(
    r"\b(?:in|at|near|outside|around)\s+([A-Z][a-z'’]+(?:[ \-][A-Z][a-z'’]+){0,2})(?=,\s)"
)
#: "Kursky district", "Tsuntinsky District": a district the gazetteer may lack
_DISTRICT = re.compile(
    r"\b([A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?) (?:[Dd]istrict|rayon|raion|[Cc]ounty|[Pp]rovince|LGA|[Rr]egion)\b"
)
#: subordinate phrases that need no comma: "sentenced X for helping plan a bombing in Y"
_INNER_SUBORDINATE = re.compile(r"\s(?=(?:for|of|with)\s+[a-z]+ing\b|(?:because|although|while|since)\b)")
_GERUND_PHRASE = re.compile(r"^(?:for|of|with)\s+[a-z]+ing\b")
_COORDINATED = re.compile(r",\s*|\s+and\s+|\s+or\s+|,\s+and\s+")
_PRECISION_RANK = {"place": 0, "district": 1, "admin1": 2, "country": 3, "region": 4, "unknown": 5}


def _where(doc: Document, offset: int) -> tuple[int, int]:
    i = doc.sentence_at(offset)
    if i is None:
        return (0, -1)
    s = doc.sentences[i]
    return (s.section, s.paragraph)


def _strong(c: Candidate) -> bool:
    """A mention that may set the document's context: a country, region or big city."""
    return any(e.kind in ("country", "admin1") or e.pop >= _BIG_PLACE for e in c.entries)


def _context(doc: Document, cands: list[Candidate]) -> Context:
    ctx = Context(Counter(), Counter(), {}, {}, {}, {})
    for start, cc in _demonym_hints(doc.text):
        section, paragraph = _where(doc, start)
        ctx.doc[cc] += 1
        ctx.by_paragraph.setdefault(paragraph, Counter())[cc] += 1
    for c in cands:
        cc = unambiguous_cc(c)
        if cc is None or not _strong(c) or c.role == "origin" or c.name_of in ("group", "event"):
            continue
        section, paragraph = _where(doc, c.start)
        ctx.doc[cc] += 1
        ctx.by_key.setdefault(c.key, Counter())[cc] += 1
        ctx.by_section.setdefault(section, Counter())[cc] += 1
        ctx.by_paragraph.setdefault(paragraph, Counter())[cc] += 1
        if len(c.entries) == 1 and c.entries[0].kind in ("admin1", "city"):
            ctx.regions[(cc, c.entries[0].a1)] += 1
    for index, section in enumerate(doc.sections):
        if section.heading_span is None:
            continue
        for c in cands:
            if section.heading_span.start <= c.start < section.heading_span.end:
                cc = unambiguous_cc(c)
                if cc:
                    ctx.heading_cc.setdefault(index, Counter())[cc] += 1
    return ctx


def _demonym_hints(text: str) -> list[tuple[int, str]]:
    """Nationality words ("Mozambican", "Chechen") and the country each hints at."""
    table = lexicon.demonyms()
    return [(m.start(), table[m.group().lower()]) for m in _WORD.finditer(text) if m.group().lower() in table]


def recognise(text: str, doc: Document | None = None, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every toponym of `text` (the cleaned text of `doc` when given), resolved."""
    gaz = gaz or gazetteer()
    doc = doc or Document(document_id="", raw=text)
    cands = find(text, gaz)
    for c in cands:
        classify(text, c)
    cands = [c for c in cands if not is_person(text, c, gaz)]
    # a direction or designator may have grown a candidate over its neighbour: keep the longer
    cands = [
        c
        for c in cands
        if not any(
            o is not c and o.start <= c.start and c.end <= o.end and len(o.text) > len(c.text) for o in cands
        )
    ]
    ctx = _context(doc, cands)
    mentions: list[PlaceMention] = []
    resolved: dict[int, Place] = {}
    # resolve right to left so that "X, Y" can use Y's resolution for X
    chosen = {}
    hints: dict[int, Entry | None] = {}
    for i in range(len(cands) - 1, -1, -1):
        c = cands[i]
        section, paragraph = _where(doc, c.start)
        hint_cand = hint_after(text, c, cands[i + 1] if i + 1 < len(cands) else None)
        hint = chosen.get(i + 1) if hint_cand is not None else None
        if hint is None and i + 1 < len(cands) and _COORDINATED.fullmatch(text[c.end : cands[i + 1].start]):
            hint = hints.get(i + 1)  # "between Boni and Houndé, Tuy province"
        hints[i] = hint
        entry = choose(c, ctx, section, paragraph, hint)
        if not _credible(c, entry, ctx, hint is not None) or _outside(entry, hint, cands, i):
            continue
        chosen[i] = entry
    # "Atlanta, Georgia": a region named right after a place is the region that holds it
    for i in sorted(chosen):
        j = i + 1
        if j in chosen and hint_after(text, cands[i], cands[j]) is not None:
            x, y = chosen[i], chosen[j]
            if y.cc != x.cc and x.kind == "city":
                inner = [e for e in cands[j].entries if e.cc == x.cc and e.kind == "admin1" and e.a1 == x.a1]
                if inner:
                    chosen[j] = inner[0]
    # one sense per discourse: a name means the same place throughout the document
    senses: dict[tuple[str, str], Counter] = {}
    for i, entry in chosen.items():
        senses.setdefault((cands[i].key, cands[i].designator), Counter())[entry] += 2 if cands[i].cue else 1
    for i, entry in list(chosen.items()):
        best = senses[(cands[i].key, cands[i].designator)].most_common(1)[0][0]
        if best != entry and entry not in (chosen.get(i + 1),):
            chosen[i] = best
        resolved[i] = to_place(gaz, chosen[i], cands[i])
    for i, c in enumerate(cands):
        if i not in resolved:
            continue
        entry = chosen[i]
        if c.name_of == "landmark" and entry.kind != "city":
            c.role, c.name_of = "in_name", "facility"  # "Mindanao State University"
        if entry.kind == "country":
            capital = _capital(text, c, entry, gaz)
            if capital is not None:
                mentions.append(capital)
                continue
        mentions.append(PlaceMention(c.start, c.end, c.text, resolved[i], c.role, c.name_of, c.cue))
    mentions.extend(_demonym_capitals(text, mentions, gaz))
    mentions = _refine_macros(mentions)
    mentions = _possessive_qualifiers(text, mentions)
    mentions = _group_chains(text, mentions)
    mentions.extend(_unknown_localities(text, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _refine_macros(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "the Sinai region" in a document that names North Sinai: the region it names."""
    regions = list({m.place for m in mentions if m.place.precision == "admin1" and m.role != "origin"})
    out = []
    for m in mentions:
        if m.place.precision == "region":
            finer = [p for p in regions if p.name.lower().endswith(" " + m.place.name.lower())]
            if len(finer) == 1:
                m = dataclasses.replace(m, place=finer[0])
        out.append(m)
    return out


def _group_chains(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Islamic State in Iraq and the Levant": a place joined by "and" to a group's place is in the name."""
    out = list(mentions)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.role == "in_name"
            and a.name_of == "group"
            and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.end : b.start])
        ):
            out[i] = dataclasses.replace(b, role="in_name", name_of="group")
    return out


def _possessive_qualifiers(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Egypt's Sinai region", "Chechnya's capital Grozny": the first name only qualifies the second."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        if re.fullmatch(r"(?:'s|’s|’|')\s+(?:[a-z]+\s+){0,2}", gap) and a.role == "location":
            out[i] = dataclasses.replace(a, role="other")
    return out


_DEMONYM_CAPITAL = re.compile(r"\b(?:the|The|THE)? ?([A-Z][a-z]+(?: [A-Z][a-z]+)?) [Cc]apital\b")


def _demonym_capitals(text: str, mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """ "the Afghan capital", "the Somali capital": the capital city of that nationality's country."""
    table = lexicon.demonyms()
    out = []
    for m in _DEMONYM_CAPITAL.finditer(text):
        start, end = m.start(1), m.end()
        cc = table.get(name_key(m.group(1)))
        if cc is None and " " in m.group(1):  # "In Somali Capital": the last word is the nationality
            start = m.start(1) + m.group(1).rindex(" ") + 1
            cc = table.get(name_key(text[start : m.end(1)]))
        city = gaz.capital(cc) if cc else None
        if city is None or any(p.start < end and start < p.end for p in mentions):
            continue
        cand = Candidate(start, end, text[start:end], name_key(city.name), (city,))
        out.append(
            PlaceMention(start, end, text[start:end], to_place(gaz, city, cand), "location", "", "the")
        )
    return out


_CAPITAL_AFTER = re.compile(r"^(?:'s|’s)? capital(?: city)?\b")
_CAPITAL_BEFORE = re.compile(r"\bcapital(?: city)? of (?:the )?$")


def _capital(text: str, c: Candidate, entry: Entry, gaz: Gazetteer) -> PlaceMention | None:
    """ "Sri Lanka's capital", "the capital of Mali", "the Afghan capital": the capital city."""
    after = _CAPITAL_AFTER.match(text[c.end : c.end + 20])
    before = _CAPITAL_BEFORE.search(text[max(0, c.start - 20) : c.start])
    if not (after or before):
        return None
    city = gaz.capital(entry.cc)
    if city is None:
        return None
    start, end = (c.start, c.end + after.end()) if after else (c.start, c.end)
    empty = Candidate(start, end, text[start:end], c.key, (city,))
    return PlaceMention(start, end, text[start:end], to_place(gaz, city, empty), c.role, c.name_of, c.cue)


def _outside(entry: Entry, hint: Entry | None, cands: list[Candidate], i: int) -> bool:
    """A town said to be in a country ("Boni … in Burkina Faso") that the gazetteer only knows
    elsewhere: not that town (the unknown-town fallback may still place it)."""
    if hint is None or not hint.cc or entry.kind not in ("city", "admin1") or entry.cc == hint.cc:
        return False
    holders = [c for c in cands[i + 1 :] if any(e.id == hint.id for e in c.entries)]
    return bool(holders) and len({e.cc for e in holders[0].entries}) == 1


def _credible(c: Candidate, entry: Entry, ctx: Context, hinted: bool) -> bool:
    """Small towns need support: a cue ("in", "village of"), "X, Region", or the country in context."""
    in_context = ctx.doc[entry.cc] - ctx.by_key.get(c.key, Counter())[entry.cc] > 0
    if c.name_of == "landmark" and entry.kind == "city" and entry.pop < 2 * _BIG_PLACE and not in_context:
        return False  # "the Reina nightclub": the venue's name, not a town
    if entry.kind == "city" and c.designator == "admin1" and not in_context:
        return False  # "Soum province": a province the gazetteer lacks, not a foreign town "Soum"
    own = ctx.by_key.get(c.key, Counter())
    foreign = not in_context and any(n - own[cc] > 0 for cc, n in ctx.doc.items())
    if entry.kind == "city" and not entry.main and foreign and entry.pop < 1_000_000:
        return False  # "Boni" is an exonym of Bonn, but this document is about Burkina Faso
    if entry.kind != "city" or hinted or c.designator or c.role == "in_name":
        return True
    if entry.pop >= _BIG_PLACE:
        # a foreign city named without a cue in a document about another country: a venue's
        # or a person's name ("the Shangri-La", "Mr Paris")
        elsewhere = max(ctx.doc.values(), default=0) >= 3
        return bool(c.cue) or in_context or not elsewhere or entry.pop >= 1_000_000
    if entry.pop < _TINY_PLACE:
        cues = lexicon.cues()
        locality = any(c.cue.endswith(x) for x in cues["locality_before"]) or c.cue in cues["locality_after"]
        unique = entry.main and not any(o.main and o.kind == "city" and o.cc != entry.cc for o in c.entries)
        # a foreign hamlet needs its country named ("the Príncipe Alfonso neighbourhood" of Ceuta
        # is no village in the Philippines)
        return bool(c.cue) and (in_context or ((locality or unique) and not foreign))
    return bool(c.cue) or in_context


def _unknown_localities(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Towns and districts the gazetteer lacks, placed at the place the text puts them in:
    "the village of X of the Y Republic", "in X, Idlib province", "Kursky district, Stavropol",
    "Sernovodskoye (Kursky district)"."""
    out: list[PlaceMention] = []
    stop = lexicon.stopwords()
    cues = lexicon.cues()
    for pattern, cue in ((_LOCALITY, "village of"), (_IN_X_COMMA, "in"), (_DISTRICT, "district")):
        for m in pattern.finditer(text):
            start, end = m.span(1) if cue != "district" else m.span()
            if any(p.start < end and start < p.end for p in mentions + out):
                continue
            key = name_key(m.group(1))
            if key in stop or key in lexicon.demonyms():
                continue
            region = _container(text, mentions, start, end, cue)
            if region is None:
                continue
            precision = "district" if cue == "district" or region.precision == "place" else region.precision
            place = dataclasses.replace(region, name=text[start:end], precision=precision, geonameid=None)
            before = preceding_words(text, start, 4)
            role = "origin" if _ends_with_phrase(before, cues["origin_before"]) else "location"
            out.append(PlaceMention(start, end, text[start:end], place, role, "", cue))
    return out


def _container(text: str, mentions: list[PlaceMention], start: int, end: int, cue: str) -> Place | None:
    """The known place that holds an unknown one: named right after it ("of the Y Republic",
    ", Idlib province"), or for a district, the town named right before it ("X (Y district)")."""
    limit = {"village of": 80, "in": 2, "district": 40}[cue]
    after = [p for p in mentions if end <= p.start <= end + limit and p.role != "in_name"]
    coarse_enough = bool(after) and (
        cue != "in" or after[0].place.precision in ("admin1", "country", "district")
    )
    if coarse_enough and not re.search(r"[.;!?]", text[end : after[0].start]):
        return after[0].place
    if cue == "district":
        before = [p for p in mentions if start - 40 <= p.end <= start and p.role != "in_name"]
        if before and not re.search(r"[.;!?]", text[before[-1].end : start]):
            return before[-1].place
    return None


def annotate(doc: Document) -> None:
    doc.places = _mark_datelines(doc, recognise(doc.text, doc))


def _mark_datelines(doc: Document, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Places in a paragraph's dateline ("BEIRUT, Feb 9 (Reuters) - ") tell where the story was
    filed: name_of "dateline"."""
    pattern = lexicon.dateline()
    heads = []
    for para in doc.paragraphs or [Span(0, len(doc.text))]:
        m = pattern.match(doc.text, para.start, para.end)
        if m:
            heads.append((m.start(), m.end()))
    if not heads:
        return mentions
    return [
        dataclasses.replace(m, name_of="dateline") if any(a <= m.start < b for a, b in heads) else m
        for m in mentions
    ]


def _best(mentions: list[PlaceMention], anchor: int) -> PlaceMention | None:
    if not mentions:
        return None
    return min(
        mentions,
        key=lambda m: (
            0 if m.cue or m.name_of == "landmark" else 1,
            _PRECISION_RANK[m.place.precision],
            abs(m.start - anchor),
        ),
    )


def _is_designation(trigger: str) -> bool:
    low = trigger.lower()
    return any(low.startswith(t) or t in low for t in lexicon.cues()["designation_triggers"])


def _sentence_bounds(doc: Document, span: Span) -> tuple[int | None, int, int, int]:
    index = doc.sentence_at(span.start)
    if index is None:
        return None, span.start, span.end, -1
    sentence = doc.sentences[index]
    return index, sentence.start, sentence.end, sentence.paragraph


def _has_anaphor(text: str) -> bool:
    low = text.lower()
    return any(re.search(rf"\b{re.escape(a)}\b(?! of\b)", low) for a in lexicon.cues()["anaphors"])


def _last_locality(doc: Document, before: int, section_start: int) -> PlaceMention | None:
    """The last town or city named as a location before `before` (for "the city")."""
    earlier = [
        m
        for m in doc.places
        if section_start <= m.start < before and m.role == "location" and m.place.precision == "place"
    ]
    return earlier[-1] if earlier else None


def event_place(doc: Document, span: Span) -> Place | None:
    """Where the happening told at `span` (an event mention's trigger) took place."""
    places = doc.places
    if not places:
        return None
    index, sent_start, sent_end, _paragraph = _sentence_bounds(doc, span)
    in_sentence = [m for m in places if sent_start <= m.start < sent_end]
    locations = [m for m in in_sentence if m.role == "location" and m.name_of != "dateline"]
    if _is_designation(doc.text[span.start : span.end]):
        best = _best([m for m in locations if m.cue], span.start)
        return best.place if best else None
    section = doc.section_at(span.start)

    # 1. the locations of the trigger's clause (or before it), or the event's name near the trigger
    pieces = _pieces(doc.text, sent_start, sent_end)
    here = next((p for p in pieces if p[0] <= span.start < p[1]), (sent_start, sent_end, False))
    own = [m for m in locations if here[0] <= m.start < here[1]]
    if not own and not here[2]:
        main = [p for p in pieces if not p[2]]
        own = [m for m in locations if any(a <= m.start < b for a, b, _ in main)]
    named = [m for m in in_sentence if m.name_of == "event"]
    near_name = [m for m in named if abs(m.start - span.start) <= _NEAR_EVENT_NAME]
    best = _best(own, span.start) or _best(near_name, span.start)
    agency = _best(
        [
            m
            for m in in_sentence
            if m.name_of == "agency" and m.place.precision != "region" and _acts(doc.text, m, span)
        ],
        span.start,
    )
    if (
        best is not None
        and agency is not None
        and agency.end <= span.start < best.start
        and best.place.country_code != agency.place.country_code
    ):
        return agency.place  # "Georgia's security service detained X ... for fighting in Syria"
    if best is not None and best.place.precision == "country" and index is not None:
        finer = _next_sentence_refinement(doc, index, best.place)
        if finer is not None:
            return finer
    if (best is None or best.place.precision != "place") and _has_anaphor(doc.text[sent_start:sent_end]):
        # "occupied buildings in the city": the town named last
        town = _last_locality(doc, sent_start, section.start if section else 0)
        if town is not None and (best is None or best.place.country_code in (None, town.place.country_code)):
            return town.place
    if best:
        return best.place
    # 2. the country of an agency that acts in the sentence ("the Security Service of Georgia detained")
    if agency:
        return agency.place
    # 3. earlier sentences of the same paragraph, nearest first; the section heading if more precise
    heading = None
    if section is not None and section.heading_span is not None:
        hs = section.heading_span
        heading = _best([m for m in places if hs.start <= m.start < hs.end and m.role != "in_name"], hs.end)
    subordinate = here[2]
    earlier = _earlier(doc, index, reach=6 if subordinate else 3, crossings=3 if subordinate else 1)
    if earlier is not None:
        if heading is not None and _refines(heading.place, earlier.place):
            return heading.place
        overall = dominant_place(doc)
        if overall is not None and _refines(overall, earlier.place):
            return overall  # "…in Lanao del Sur." then "the deaths of …": the siege's city
        return earlier.place
    filed = [m for m in places if m.name_of == "dateline" and m.start <= span.start]
    if filed:
        return min(
            filed, key=lambda m: (_PRECISION_RANK[m.place.precision], -m.start)
        ).place  # "NAIROBI - A court sentenced …": the court sits where the story was filed
    best = _best(named, span.start) or (None if subordinate else _best(locations, span.start))
    if best:
        return best.place
    if heading is not None:
        return heading.place
    origin = _best([m for m in in_sentence if m.role == "origin"], span.start)
    if origin:
        return origin.place
    return dominant_place(doc)


def _acts(text: str, agency: PlaceMention, span: Span) -> bool:
    """The agency does the happening: no "said"/"stated" between it and the trigger (a spokesman
    for X who *stated* something is no actor)."""
    lo, hi = sorted((agency.end, span.start))
    words = set(re.findall(r"[a-z]+", text[lo:hi].lower()))
    return not words & set(lexicon.cues()["speech_verbs"])


def event_places(doc: Document, span: Span) -> list[Place]:
    """Every place of a happening told at `span` that names several of equal rank: "suicide
    bombers struck mosques in Herat and Kandahar" → [Herat, Kandahar]. Otherwise the one place
    of `event_place` (or none). The events stage may split such a happening per place."""
    first = event_place(doc, span)
    if first is None:
        return []
    _, sent_start, sent_end, _ = _sentence_bounds(doc, span)
    chain = [
        m
        for m in doc.places
        if sent_start <= m.start < sent_end and m.role == "location" and m.place == first
    ]
    if not chain:
        return [first]
    members = [chain[0]]
    ordered = [m for m in doc.places if sent_start <= m.start < sent_end]
    at = ordered.index(chain[0])
    for step in (-1, 1):  # grow the coordination both ways: "in A, B and C"
        k = at
        while 0 <= k + step < len(ordered):
            a, b = (ordered[k], ordered[k + step]) if step == 1 else (ordered[k + step], ordered[k])
            nxt = ordered[k + step]
            same = nxt.role == "location" and nxt.place.precision == first.precision
            if not (same and _COORDINATED.fullmatch(doc.text[a.end : b.start])):
                break
            members.append(nxt)
            k += step
    members.sort(key=lambda m: m.start)
    places: list[Place] = []
    for m in members:
        if m.place not in places:
            places.append(m.place)
    return places


def _earlier(doc: Document, index: int | None, reach: int, crossings: int) -> PlaceMention | None:
    """The best location of the nearest earlier sentence that has one, within `reach` sentences;
    a paragraph boundary is crossed only right away (a one-sentence news paragraph leans on the
    one before) unless `crossings` allows more."""
    if index is None:
        return None
    here = doc.sentences[index]
    paragraph, crossed = here.paragraph, 0
    for k in range(index - 1, max(-1, index - 1 - reach), -1):
        prev = doc.sentences[k]
        if prev.section != here.section:
            break
        if prev.paragraph != paragraph:
            crossed += 1
            if crossed > crossings or (crossings == 1 and k != index - 1):
                break
            paragraph = prev.paragraph
        found = [
            m
            for m in doc.places
            if prev.start <= m.start < prev.end and m.role == "location" and m.name_of != "dateline"
        ]
        best = _best(found, prev.end)
        if best:
            return best
    return None


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The comma/semicolon/dash pieces of the sentence [start, end), each marked subordinate
    when it opens with a subordinator ("as the first bombs went off in X", "saying …")."""
    openers = tuple(lexicon.cues()["clause_openers"])
    cuts = [m.end() for m in re.finditer(r"[,;—–]", text[start:end])]
    cuts += [m.start() + 1 for m in _INNER_SUBORDINATE.finditer(text[start:end])]
    bounds = [start, *sorted(set(start + c for c in cuts)), end]
    out = []
    for a, b in itertools.pairwise(bounds):
        words = text[a:b].strip().lower()
        sub = bool(words) and (_starts_with_any(words, openers) or bool(_GERUND_PHRASE.match(words)))
        out.append((a, b, sub))
    return out


def _starts_with_any(words: str, phrases: tuple[str, ...]) -> bool:
    return any(words == p or words.startswith(p + " ") for p in phrases)


def _next_sentence_refinement(doc: Document, index: int, coarse: Place) -> Place | None:
    """ "…camps in Somalia. Jets bombed the camps in the Gedo region.": the next sentence of the
    paragraph names a finer place in the same country."""
    if index + 1 >= len(doc.sentences):
        return None
    here, nxt = doc.sentences[index], doc.sentences[index + 1]
    if nxt.paragraph != here.paragraph:
        return None
    found = [m for m in doc.places if nxt.start <= m.start < nxt.end and m.role == "location" and m.cue]
    finer = [m for m in found if _refines(m.place, coarse)]
    best = _best(finer, nxt.start)
    return best.place if best else None


def _refines(fine: Place, coarse: Place) -> bool:
    """`fine` is a more precise place within `coarse`'s country."""
    return (
        _PRECISION_RANK[fine.precision] < _PRECISION_RANK[coarse.precision]
        and fine.country_code is not None
        and fine.country_code == coarse.country_code
    )


def dominant_place(doc: Document) -> Place | None:
    """The place the document is most about: its title's, its lead's, its most frequent location."""
    counts: Counter[Place] = Counter()
    first: dict[Place, int] = {}
    lead = doc.paragraphs[0] if doc.paragraphs else None
    for m in doc.places:
        if m.role != "location":
            continue
        counts[m.place] += 1
        if lead is not None and m.start < lead.end + 400:
            counts[m.place] += 1
        first.setdefault(m.place, m.start)
    if doc.title:
        for m in recognise(doc.title):
            if m.role == "location":
                counts[m.place] += 3
                first[m.place] = -1
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], -_PRECISION_RANK[p.precision], -first[p]))


STAGE = Stage(name="places", requires=("segment",), run=annotate)
