"""Where a happening took place: the place of an event mention's trigger.

`event_place` looks, in order, at the locations of the trigger's own clause and main clause,
an agency acting in the sentence, "the city" anaphora, earlier sentences, the dateline, the
name of the event, the section heading, an origin, and the document's dominant place.
"""

from __future__ import annotations

import functools
import itertools
import re
import weakref
from collections import Counter

from kronika.document import Document, Span
from kronika.geo import lexicon
from kronika.geo.gazetteer import gazetteer
from kronika.geo.mentions import COORDINATED, demonym_hints, recognise
from kronika.geo.recognize import starts_with_any
from kronika.geo.types import PRECISION_RANK, Place, PlaceMention

#: "claimed the 2018 X collapse": an event's name near the trigger tells its place
_NEAR_EVENT_NAME = 80

#: subordinate phrases that need no comma: "sentenced X for helping plan a bombing in Y"
_INNER_SUBORDINATE = re.compile(r"\s(?=(?:for|of|with)\s+[a-z]+ing\b|(?:because|although|while|since)\b)")
_GERUND_PHRASE = re.compile(r"^(?:for|of|with)\s+[a-z]+ing\b")


def _best(mentions: list[PlaceMention], anchor: int) -> PlaceMention | None:
    if not mentions:
        return None
    return min(
        mentions,
        key=lambda m: (
            0 if m.cue or m.name_of == "landmark" else 1,
            PRECISION_RANK[m.place.precision],
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
    return bool(_anaphor(lexicon.cues()["anaphors"]).search(text.lower()))


@functools.cache
def _anaphor(anaphors: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the anaphors as a word not followed by "of" (one pattern, compiled once)."""
    return re.compile(rf"\b(?:{'|'.join(re.escape(a) for a in anaphors)})\b(?! of\b)")


def _last_locality(doc: Document, before: int, section_start: int) -> PlaceMention | None:
    """The last town or city named as a location before `before` (for "the city")."""
    earlier = [
        m
        for m in doc.starting_in("places", doc.places, section_start, before)
        if section_start <= m.start < before and m.role == "location" and m.place.precision == "place"
    ]
    return earlier[-1] if earlier else None


def event_place(doc: Document, span: Span) -> Place | None:
    """Where the happening told at `span` (an event mention's trigger) took place."""
    places = doc.places
    if not places:
        return national_capital(doc, span)
    index, sent_start, sent_end, _paragraph = _sentence_bounds(doc, span)
    in_sentence = [
        m for m in doc.starting_in("places", places, sent_start, sent_end) if sent_start <= m.start < sent_end
    ]
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
        # "the fighting, which broke out in X, lasted an hour": a relative clause right after the
        # trigger noun tells where that happening was
        own = _relative_clause_places(doc.text, pieces, here, span, locations)
    if not own and not here[2]:
        main = [p for p in pieces if not p[2]]
        own = [m for m in locations if any(a <= m.start < b for a, b, _ in main)]
    named = [m for m in in_sentence if m.name_of == "event"]
    near_name = [m for m in named if abs(m.start - span.start) <= _NEAR_EVENT_NAME]
    best = _best(own, span.start) or _best(near_name, span.start)
    if best is not None and best.place.precision in ("country", "region") and not here[2]:
        # "On 5 May, in X, Y district, Z State, Myanmar troops clashed …": the leading place
        # phrase of the main clause, not the country of an attributive name, is the event's
        main = [p for p in pieces if not p[2]]
        finer = [
            m
            for m in locations
            if any(a <= m.start < b for a, b, _ in main)
            and _refines(m.place, best.place)
            and (
                m.cue
                or m.name_of == "unknown"
                or m.end <= best.start
                or any(_parenthesised_after(doc.text, n, m) for n in locations if n.place == best.place)
            )
        ]
        if finer:
            # "X Town, X Township, Y District, Z State": the first of the chain is the finest
            best = min(finer, key=lambda m: (PRECISION_RANK[m.place.precision], m.start))
    if best is not None and best.place.precision in ("admin1", "country"):
        best = _apposed_capital(doc.text, best, locations) or best
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
    # 2. the country of an agency that acts in the sentence ("the Security Service of Georgia detained"),
    # or a place the sentence names in that country ("the X Front of India … at Y (Z, W)")
    if agency:
        finer = _best([m for m in locations if _refines(m.place, agency.place)], span.start)
        return (finer or agency).place
    # 3. earlier sentences of the same paragraph, nearest first; the section heading if more precise
    heading = None
    if section is not None and section.heading_span is not None:
        hs = section.heading_span
        heading = _best(
            [
                m
                for m in doc.starting_in("places", places, hs.start, hs.end)
                if hs.start <= m.start < hs.end and m.role != "in_name"
            ],
            hs.end,
        )
    subordinate = here[2]
    earlier = _earlier(doc, index, reach=6 if subordinate else 3, crossings=3 if subordinate else 1)
    if earlier is not None and not _names_unknown(doc, earlier):
        if heading is not None and _refines(heading.place, earlier.place):
            return heading.place
        overall = dominant_place(doc)
        if overall is not None and _refines(overall, earlier.place):
            return overall  # "…in Lanao del Sur." then "the deaths of …": the siege's city
        return earlier.place
    if earlier is not None:
        return earlier.place  # a village the gazetteer lacks: no other town stands in for it
    filed = [m for m in places if m.name_of == "dateline" and m.start <= span.start]
    if filed:
        return min(
            filed, key=lambda m: (PRECISION_RANK[m.place.precision], -m.start)
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


@functools.cache
def _capital_gap() -> re.Pattern[str]:
    heads = "|".join(
        re.escape(h) for h in sorted(lexicon.cues()["capital_appositions"], key=len, reverse=True)
    )
    return re.compile(rf"(?:'s|’s)?\s+(?:(?:the|its)\s+)?(?:{heads}),?\s+(?:(?:city|town)\s+of\s+)?")


def _apposed_capital(text: str, region: PlaceMention, locations: list[PlaceMention]) -> PlaceMention | None:
    """ "in Tigray's capital, Mekele", "in X, its provincial capital Y": the town apposed to a
    region or country as its capital is the finer place."""
    after = [
        m for m in locations if region.end <= m.start <= region.end + 40 and _refines(m.place, region.place)
    ]
    if not after:
        return None
    m = min(after, key=lambda x: x.start)
    return m if _capital_gap().fullmatch(text[region.end : m.start]) else None


def national_capital(doc: Document, span: Span) -> Place | None:
    """A text that names no place but a nation's body ("Iraqi lawmakers approved a new cabinet"):
    a national-level event, placed at that country's capital as ACLED codes them, with
    precision "country" (only the country is known)."""
    _, sent_start, sent_end, _ = _sentence_bounds(doc, span)
    bodies = lexicon.cues()["national_bodies"]
    for at, cc in demonym_hints(doc.text[sent_start:sent_end]):
        words = " ".join(re.findall(r"[a-z]+", doc.text[sent_start + at : sent_end].lower())[1:4])
        if not starts_with_any(words, bodies) and not any(f" {b}" in f" {words}" for b in bodies):
            continue
        gaz = gazetteer()
        city, country = gaz.capital(cc), gaz.country(cc)
        if city is None or country is None:
            continue
        return Place(city.name, None, country.name, cc, round(city.lat, 4), round(city.lon, 4), "country")
    return None


def _parenthesised_after(text: str, coarse: PlaceMention, m: PlaceMention) -> bool:
    """ "in western Yemen (X, Y)": `m` opens a parenthesis right after the country or region."""
    return m.start > coarse.end and re.fullmatch(r"\s*\(\s*", text[coarse.end : m.start]) is not None


def _relative_clause_places(
    text: str,
    pieces: list[tuple[int, int, bool]],
    here: tuple[int, int, bool],
    span: Span,
    locations: list[PlaceMention],
) -> list[PlaceMention]:
    """The locations of a "which"/"that" clause that opens right after the trigger noun ends its
    piece ("the fighting, which broke out … in X,")."""
    if text[span.end : here[1]].strip(" ,"):
        return []  # the trigger is not the last word before the comma
    nxt = next((p for p in pieces if p[0] == here[1]), None)
    if nxt is None or not re.match(r"[,\s]*(?:which|that)\b", text[nxt[0] : nxt[1]]):
        return []
    return [m for m in locations if nxt[0] <= m.start < nxt[1]]


def _names_unknown(doc: Document, mention: PlaceMention) -> bool:
    """The mention's sentence names a locality the gazetteer lacks ("the town of X in Y region"):
    no better-known town of the document stands in for it."""
    if mention.name_of == "unknown":
        return True
    index = doc.sentence_at(mention.start)
    if index is None:
        return False
    sentence = doc.sentences[index]
    return any(
        m.name_of == "unknown"
        for m in doc.starting_in("places", doc.places, sentence.start, sentence.end)
        if sentence.start <= m.start < sentence.end
    )


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
        for m in doc.starting_in("places", doc.places, sent_start, sent_end)
        if sent_start <= m.start < sent_end and m.role == "location" and m.place == first
    ]
    if not chain:
        return [first]
    members = [chain[0]]
    ordered = [
        m
        for m in doc.starting_in("places", doc.places, sent_start, sent_end)
        if sent_start <= m.start < sent_end
    ]
    at = ordered.index(chain[0])
    for step in (-1, 1):  # grow the coordination both ways: "in A, B and C"
        k = at
        while 0 <= k + step < len(ordered):
            a, b = (ordered[k], ordered[k + step]) if step == 1 else (ordered[k + step], ordered[k])
            nxt = ordered[k + step]
            same = nxt.role == "location" and nxt.place.precision == first.precision
            if not (same and COORDINATED.fullmatch(doc.text[a.end : b.start])):
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
            for m in doc.starting_in("places", doc.places, prev.start, prev.end)
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
    inner = _parenthesised(text, start, end)
    cuts = [m.end() for m in _CUT.finditer(text[start:end]) if start + m.start() not in inner]
    cuts += [m.start() + 1 for m in _INNER_SUBORDINATE.finditer(text[start:end])]
    bounds = [start, *sorted(set(start + c for c in cuts)), end]
    out = []
    for a, b in itertools.pairwise(bounds):
        words = text[a:b].strip().lower()
        sub = bool(words) and (starts_with_any(words, openers) or bool(_GERUND_PHRASE.match(words)))
        out.append((a, b, sub))
    return out


_CUT = re.compile(r"[,;—–]")
_BRACKETED = re.compile(r"\([^()\n]{0,120}\)|\[[^\[\]\n]{0,120}\]")


def _parenthesised(text: str, start: int, end: int) -> set[int]:
    """Offsets inside parentheses or brackets of [start, end): "X (Y district, Z region)" is one
    place, not three clauses."""
    inside: set[int] = set()
    for m in _BRACKETED.finditer(text[start:end]):
        inside.update(range(start + m.start(), start + m.end()))
    return inside


def _next_sentence_refinement(doc: Document, index: int, coarse: Place) -> Place | None:
    """ "…camps in Somalia. Jets bombed the camps in the Gedo region.": the next sentence of the
    paragraph names a finer place in the same country."""
    if index + 1 >= len(doc.sentences):
        return None
    here, nxt = doc.sentences[index], doc.sentences[index + 1]
    if nxt.paragraph != here.paragraph:
        return None
    found = [
        m
        for m in doc.starting_in("places", doc.places, nxt.start, nxt.end)
        if nxt.start <= m.start < nxt.end and m.role == "location" and m.cue
    ]
    finer = [m for m in found if _refines(m.place, coarse)]
    best = _best(finer, nxt.start)
    return best.place if best else None


def _refines(fine: Place, coarse: Place) -> bool:
    """`fine` is a more precise place within `coarse`'s country."""
    return (
        PRECISION_RANK[fine.precision] < PRECISION_RANK[coarse.precision]
        and fine.country_code is not None
        and fine.country_code == coarse.country_code
    )


#: the last document's dominant place, with the layers it was read from: every event of a
#: document may ask, and a long document has hundreds of events and thousands of places
_DOMINANT: list[tuple[weakref.ref[Document], tuple[int, int, int, int, str], Place | None]] = []


def dominant_place(doc: Document) -> Place | None:
    """The place the document is most about: its title's, its lead's, its most frequent location."""
    key = (id(doc.places), len(doc.places), id(doc.paragraphs), len(doc.paragraphs), doc.title)
    for ref, known, place in _DOMINANT:
        if ref() is doc and known == key:
            return place
    place = _dominant_place(doc)
    _DOMINANT[:] = [(weakref.ref(doc), key, place)]
    return place


def _dominant_place(doc: Document) -> Place | None:
    counts: Counter[Place] = Counter()
    first: dict[Place, int] = {}
    lead = doc.paragraphs[0] if doc.paragraphs else None
    for m in doc.places:
        if m.role != "location" or m.name_of == "dateline":
            continue  # where the story was filed is not what it is about
        counts[m.place] += 1
        if lead is not None and m.start < lead.end + 400:
            counts[m.place] += 1
        first.setdefault(m.place, m.start)
    if doc.title:
        for m in _title_places(doc.title):
            if m.role == "location":
                counts[m.place] += 3
                first[m.place] = -1
    if not counts:
        return None
    return max(counts, key=lambda p: (counts[p], -PRECISION_RANK[p.precision], -first[p]))


@functools.lru_cache(maxsize=64)
def _title_places(title: str) -> tuple[PlaceMention, ...]:
    return tuple(recognise(title))
