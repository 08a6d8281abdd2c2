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
    ctx = Context(Counter(), Counter(), {}, {}, {})
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
        if i in resolved:
            mentions.append(PlaceMention(c.start, c.end, c.text, resolved[i], c.role, c.name_of, c.cue))
    mentions.extend(_unknown_localities(text, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


def _credible(c: Candidate, entry: Entry, ctx: Context, hinted: bool) -> bool:
    """Small towns need support: a cue ("in", "village of"), "X, Region", or the country in context."""
    in_context = ctx.doc[entry.cc] > 0
    if c.name_of == "landmark" and entry.kind == "city" and entry.pop < 2 * _BIG_PLACE and not in_context:
        return False  # "the Reina nightclub", "the Shangri-La hotel": the venue's name, not a town
    if entry.kind != "city" or entry.pop >= _BIG_PLACE or hinted or c.designator or c.role == "in_name":
        return True
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


def event_place(doc: Document, span: Span) -> Place | None:
    """Where the happening told at `span` (an event mention's trigger) took place."""
    places = doc.places
    if not places:
        return None
    index = doc.sentence_at(span.start)
    if index is None:
        sent_start, sent_end = span.start, span.end
        paragraph = -1
    else:
        sentence = doc.sentences[index]
        sent_start, sent_end, paragraph = sentence.start, sentence.end, sentence.paragraph
    in_sentence = [m for m in places if sent_start <= m.start < sent_end]
    locations = [m for m in in_sentence if m.role == "location"]
    if _is_designation(doc.text[span.start : span.end]):
        cued = [m for m in locations if m.cue]
        best = _best(cued, span.start)
        return best.place if best else None
    named = [m for m in in_sentence if m.name_of == "event"]
    near_name = [m for m in named if abs(m.start - span.start) <= _NEAR_EVENT_NAME]
    best = _best(locations, span.start) or _best(near_name, span.start)
    if best:
        return best.place
    # earlier sentences of the same paragraph, nearest first
    if index is not None:
        for k in range(index - 1, max(-1, index - 4), -1):
            prev = doc.sentences[k]
            if prev.paragraph != paragraph:
                break
            best = _best(
                [m for m in places if prev.start <= m.start < prev.end and m.role == "location"], prev.end
            )
            if best:
                return best.place
    best = _best(named, span.start)
    if best:
        return best.place
    # the section heading
    section = doc.section_at(span.start)
    if section is not None and section.heading_span is not None:
        hs = section.heading_span
        best = _best([m for m in places if hs.start <= m.start < hs.end and m.role != "in_name"], hs.end)
        if best:
            return best.place
    origin = _best([m for m in in_sentence if m.role == "origin"], span.start)
    if origin:
        return origin.place
    return dominant_place(doc)


def dominant_place(doc: Document) -> Place | None:
    """The place the document is most about: the most frequent location, the title's first."""
    counts: Counter[Place] = Counter()
    first: dict[Place, int] = {}
    for m in doc.places:
        if m.role != "location":
            continue
        counts[m.place] += 2 if m.place.precision == "place" else 1
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
