"""The place stage: toponyms → gazetteer candidates → resolved places.

`annotate` fills ``doc.places``; `event_place` tells where the happening told at an event
trigger took place.
"""

from __future__ import annotations

import re
from collections import Counter

from kronika.document import Document, Span
from kronika.geo import lexicon
from kronika.geo.gazetteer import Entry, Gazetteer, gazetteer
from kronika.geo.recognize import Candidate, find
from kronika.geo.resolve import Context, choose, classify, hint_after, is_person, to_place, unambiguous_cc
from kronika.geo.types import Place, PlaceMention
from kronika.pipeline import Stage

__all__ = ["STAGE", "annotate", "event_place", "recognise"]

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
        if cc is None or not _strong(c) or c.role in ("origin", "in_name"):
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
    ctx = _context(doc, cands)
    mentions: list[PlaceMention] = []
    resolved: dict[int, Place] = {}
    # resolve right to left so that "X, Y" can use Y's resolution for X
    chosen = {}
    for i in range(len(cands) - 1, -1, -1):
        c = cands[i]
        section, paragraph = _where(doc, c.start)
        hint_cand = hint_after(text, c, cands[i + 1] if i + 1 < len(cands) else None)
        hint = chosen.get(i + 1) if hint_cand is not None else None
        entry = choose(c, ctx, section, paragraph, hint)
        if not _credible(c, entry, ctx, hint is not None):
            continue
        chosen[i] = entry
    # one sense per discourse: a name means the same place throughout the document
    senses: dict[str, Counter] = {}
    for i, entry in chosen.items():
        senses.setdefault(cands[i].key, Counter())[entry] += 2 if cands[i].cue else 1
    for i, entry in list(chosen.items()):
        best = senses[cands[i].key].most_common(1)[0][0]
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
    mentions.extend(_unknown_localities(text, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


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


def _credible(c: Candidate, entry: Entry, ctx: Context, hinted: bool) -> bool:
    """Small towns need support: a cue ("in", "village of"), "X, Region", or the country in context."""
    in_context = ctx.doc[entry.cc] - ctx.by_key.get(c.key, Counter())[entry.cc] > 0
    if c.name_of == "landmark" and entry.kind == "city" and entry.pop < 2 * _BIG_PLACE and not in_context:
        return False  # "the Reina nightclub": the venue's name, not a town
    if entry.kind != "city" or hinted or c.designator or c.role == "in_name":
        return True
    if entry.pop >= _BIG_PLACE:
        # a foreign city named without a cue in a document about another country: a venue's
        # or a person's name ("the Shangri-La", "Mr Paris")
        elsewhere = max(ctx.doc.values(), default=0) >= 3
        return bool(c.cue) or in_context or not elsewhere or entry.pop >= 1_000_000
    if entry.pop < _TINY_PLACE:
        locality = any(c.cue.endswith(x) for x in lexicon.cues()["locality_before"])
        unique = entry.main and not any(o.main for o in c.entries if o is not entry)
        return bool(c.cue) and (in_context or locality or unique)
    return bool(c.cue) or in_context


def _unknown_localities(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "the village of X of the Y Republic": X is not in the gazetteer; place it at Y."""
    out = []
    for m in _LOCALITY.finditer(text):
        start, end = m.span(1)
        if any(p.start < end and start < p.end for p in mentions):
            continue
        after = [p for p in mentions if end <= p.start <= end + 80 and p.role == "location"]
        gap_ok = after and not re.search(r"[.;!?]", text[end : after[0].start])
        if not gap_ok:
            continue
        region = after[0].place
        precision = region.precision if region.precision != "place" else "district"
        place = Place(
            name=m.group(1),
            admin1=region.admin1,
            country=region.country,
            country_code=region.country_code,
            latitude=region.latitude,
            longitude=region.longitude,
            precision=precision,
        )
        out.append(PlaceMention(start, end, m.group(1), place, "location", "", "village of"))
    return out


def annotate(doc: Document) -> None:
    doc.places = recognise(doc.text, doc)


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
    index, sent_start, sent_end, paragraph = _sentence_bounds(doc, span)
    in_sentence = [m for m in places if sent_start <= m.start < sent_end]
    locations = [m for m in in_sentence if m.role == "location"]
    if _is_designation(doc.text[span.start : span.end]):
        best = _best([m for m in locations if m.cue], span.start)
        return best.place if best else None
    section = doc.section_at(span.start)

    # 1. the locations of the trigger's clause (or before it), or the event's name near the trigger
    c_start, c_end = _clause(doc.text, sent_start, sent_end, span)
    own = [m for m in locations if c_start <= m.start < c_end or m.end <= span.start]
    named = [m for m in in_sentence if m.name_of == "event"]
    near_name = [m for m in named if abs(m.start - span.start) <= _NEAR_EVENT_NAME]
    best = _best(own, span.start) or _best(near_name, span.start)
    agency = _best(
        [m for m in in_sentence if m.name_of == "agency" and m.place.precision != "region"], span.start
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
    if index is not None:
        for k in range(index - 1, max(-1, index - 4), -1):
            prev = doc.sentences[k]
            if prev.paragraph != paragraph:
                break
            found = [m for m in places if prev.start <= m.start < prev.end and m.role == "location"]
            best = _best(found, prev.end)
            if best:
                if heading is not None and _refines(heading.place, best.place):
                    return heading.place
                return best.place
    best = _best(named, span.start) or _best(locations, span.start)
    if best:
        return best.place
    if heading is not None:
        return heading.place
    origin = _best([m for m in in_sentence if m.role == "origin"], span.start)
    if origin:
        return origin.place
    return dominant_place(doc)


def _clause(text: str, start: int, end: int, span: Span) -> tuple[int, int]:
    """The clause of the sentence [start, end) that holds the trigger: cut at ";" and at
    subordinating openers after a comma or a space ("…, saying", "because", "after")."""
    openers = "|".join(re.escape(w) for w in lexicon.cues()["clause_openers"])
    cut = re.compile(rf";|[,(—–]\s*(?:{openers})\b|\s(?:because|after|while|since|although)\b")
    c_start, c_end = start, end
    for m in cut.finditer(text, start, end):
        if m.end() <= span.start:
            c_start = m.end()
        elif m.start() >= span.end:
            c_end = m.start()
            break
    return c_start, c_end


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
