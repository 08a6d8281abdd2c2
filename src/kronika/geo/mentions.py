"""Toponym mentions of a document: recognised, given roles, resolved consistently.

`recognise` runs recognition (`recognize.find`), roles (`resolve.classify`), person-name
filters, document context, resolution (`resolve.choose`) and the fallbacks for places the
gazetteer lacks; `annotate` is the stage's run function.
"""

from __future__ import annotations

import bisect
import dataclasses
import difflib
import functools
import itertools
import math
import re
from collections import Counter

from kronika.dictionary import gazetteer_for
from kronika.document import Document, Span
from kronika.geo import lexicon, spatial, variants
from kronika.geo.gazetteer import Entry, Gazetteer, gazetteer
from kronika.geo.recognize import Candidate, ends_with_phrase, find, preceding_words, sentence_initial
from kronika.geo.resolve import (
    Context,
    choose,
    classify,
    hint_after,
    is_person,
    score,
    to_place,
    unambiguous_cc,
)
from kronika.geo.spans import SpanIndex
from kronika.geo.text import name_key
from kronika.geo.types import PRECISION_RANK, Place, PlaceMention

_BIG_PLACE = 100_000
_TINY_PLACE = 20_000

_LOCALITY = re.compile(
    r"\b(?:village|town|settlement|hamlet|city|township|locality|aul|stanitsa) of "
    r"([A-Z][\w'’]+(?:[ \-][A-Z][\w'’]+){0,3})"
)
_WORD = re.compile(r"\b[A-Z][a-z]+s?\b")
_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)\b")
#: "in X, Region": a capitalised name right before a comma and a known coarser place
_IN_X_COMMA = re.compile(
    r"\b(?:in|at|near|outside|around)\s+([A-Z][a-z'’]+(?:[ \-][A-Z][a-z'’]+){0,2})(?=,\s)"
)
#: "Kursky district", "Tsuntinsky District": a district the gazetteer may lack
_DISTRICT = re.compile(
    r"\b([A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?) (?:[Dd]istrict|rayon|raion|[Cc]ounty|[Pp]rovince|LGA|[Rr]egion)\b"
)
COORDINATED = re.compile(r",\s*|\s+and\s+|\s+or\s+|,\s+and\s+")


def _where(doc: Document, offset: int) -> tuple[int, int]:
    i = doc.sentence_at(offset)
    if i is None:
        return (0, -1)
    s = doc.sentences[i]
    return (s.section, s.paragraph)


def _strong(c: Candidate) -> bool:
    """A mention that may set the document's context: a country, region or big city."""
    return any(e.kind in ("country", "admin1", "admin2") or e.pop >= _BIG_PLACE for e in c.entries)


def _context(doc: Document, cands: list[Candidate]) -> Context:
    ctx = Context(Counter(), Counter(), {}, {}, {}, {})
    headline = _headline_end(doc)
    for start, cc in [*demonym_hints(doc.text), *theatre_hints(doc.text)]:
        section, paragraph = _where(doc, start)
        ctx.doc[cc] += 1
        ctx.by_paragraph.setdefault(paragraph, Counter())[cc] += 1
    for c in cands:
        cc = unambiguous_cc(c)
        if cc is None or not _strong(c) or c.role == "origin" or c.name_of in ("group", "event", "attribute"):
            continue
        section, paragraph = _where(doc, c.start)
        ctx.doc[cc] += 2 if c.start < headline else 1  # the headline says what the story is about
        ctx.by_key.setdefault(c.key, Counter())[cc] += 2 if c.start < headline else 1
        ctx.by_section.setdefault(section, Counter())[cc] += 1
        ctx.by_paragraph.setdefault(paragraph, Counter())[cc] += 1
        area = None
        if len(c.entries) == 1 and c.entries[0].kind in ("admin1", "admin2", "city"):
            area = (cc, c.entries[0].a1)
        else:
            # "Kashmir": a region of that country among small namesakes elsewhere (the biggest)
            regions = [e for e in c.entries if e.kind == "admin1" and e.cc == cc]
            if regions:
                area = (cc, max(regions, key=lambda e: (e.pop, -e.id)).a1)
        if area is not None:
            ctx.regions[area] += 1
            ctx.regions_by_key.setdefault(c.key, Counter())[area] += 1
    by_start = sorted(range(len(cands)), key=lambda k: cands[k].start)
    starts = [cands[k].start for k in by_start]
    for index, section in enumerate(doc.sections):
        if section.heading_span is None:
            continue
        lo = bisect.bisect_left(starts, section.heading_span.start)
        hi = bisect.bisect_left(starts, section.heading_span.end)
        for k in sorted(by_start[lo:hi]):  # in the candidates' order, as before
            cc = unambiguous_cc(cands[k])
            if cc:
                ctx.heading_cc.setdefault(index, Counter())[cc] += 1
    return ctx


def _headline_end(doc: Document) -> int:
    """The end of a headline opening the text (a short first line without a full stop), or 0."""
    first = doc.text.split("\n", 1)[0]
    if 0 < len(first.strip()) <= 150 and not first.rstrip().endswith((".", "!", "?")) and "\n" in doc.text:
        return len(first)
    return 0


def demonym_hints(text: str) -> list[tuple[int, str]]:
    """Nationality words ("Mozambican", "South Sudanese") and the country each hints at."""
    global _last_hints
    table = lexicon.demonyms()
    last_text, last_table, last_out = _last_hints
    if text is last_text and table is last_table:  # the stage asks about the whole text twice
        return list(last_out)
    firsts = _first_words(table)
    out: list[tuple[int, str]] = []
    taken = -1
    for m in _WORD.finditer(text):
        if m.start() < taken:
            continue
        word = m.group().lower()
        # a two-word name starts with a first word of one: most capitalised words start none
        pair = _NEXT_WORD.match(text, m.end()) if firsts is None or word in firsts else None
        two = f"{m.group()} {pair.group(1)}".lower() if pair else ""
        if two in table:  # "South Sudanese" before "Sudanese"
            out.append((m.start(), table[two]))
            taken = pair.end() if pair else m.end()
        elif word in table:
            out.append((m.start(), table[word]))
    _last_hints = (text, table, tuple(out))
    return out


def theatre_hints(text: str) -> list[tuple[int, str]]:
    """Missions named in the text ("the OSCE SMM", "MINUSMA") and the country each reports from."""
    if not any(t.phrase[:4] in text for t in lexicon.theatres()):
        return []
    by_phrase = {t.phrase: t for t in lexicon.theatres()}
    return [(m.start(), by_phrase[m.group()].country_code) for m in lexicon.theatre_pattern().finditer(text)]


def _theatres(text: str, gaz: Gazetteer) -> list[PlaceMention]:
    """The missions named in the text as mentions of their area of operations (role "other",
    name_of "theatre"): never an event's place themselves, they locate the localities the
    gazetteer lacks ("the OSCE SMM observed explosions near X": X is in Donbas)."""
    if not theatre_hints(text):
        return []
    by_phrase = {t.phrase: t for t in lexicon.theatres()}
    out = []
    for m in lexicon.theatre_pattern().finditer(text):
        t = by_phrase[m.group()]
        country = gaz.country(t.country_code)
        if country is None:
            continue
        if t.area is not None:
            lat, lon, name, precision = t.area.latitude, t.area.longitude, t.area.name, "region"
        else:
            lat, lon, name, precision = country.lat, country.lon, country.name, "country"
        place = Place(name, None, country.name, t.country_code, round(lat, 4), round(lon, 4), precision)
        out.append(PlaceMention(m.start(), m.end(), m.group(), place, "other", "theatre", ""))
    return out


def _off_theatre(entry: Entry, theatres: list[PlaceMention]) -> PlaceMention | None:
    """The mission area a small town of that country lies outside of: "near X" in a report of a
    mission in Donbas is not a namesake hamlet at the other end of Ukraine."""
    if entry.kind != "city" or entry.pop >= _TINY_PLACE:
        return None
    for t in theatres:
        area = next((a for a in lexicon.macro_regions() if a.name == t.place.name), None)
        if area is None or t.place.country_code != entry.cc:
            continue
        dlat = entry.lat - area.latitude
        dlon = (entry.lon - area.longitude) * math.cos(math.radians(area.latitude))
        if 111.0 * math.hypot(dlat, dlon) > area.radius_km:
            return t
    return None


#: the last text `demonym_hints` read, the table it read it with, and its answer
_last_hints: tuple[str | None, object, tuple[tuple[int, str], ...]] = (None, None, ())


def _first_words(table: dict[str, str]) -> frozenset[str] | None:
    """The first words of the table's names of several words (kept per table); None when the
    table holds the empty name, which a word with no capitalised word after it looks up."""
    global _firsts_of
    if _firsts_of[0] is not table:
        firsts = None if "" in table else frozenset(k.split(" ", 1)[0] for k in table if " " in k)
        _firsts_of = (table, firsts)
    return _firsts_of[1]


_firsts_of: tuple[object, frozenset[str] | None] = (None, None)


def recognise(text: str, doc: Document | None = None, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every toponym of `text` (the cleaned text of `doc` when given), resolved."""
    gaz = gazetteer_for(gaz or gazetteer())  # the user's own places and non-places first
    doc = doc or Document(document_id="", raw=text)
    cands = find(text, gaz)
    for c in cands:
        classify(text, c)
    cands = [c for c in cands if not is_person(text, c, gaz) and not _name_tail(text, c)]
    cands = _drop_name_pairs(text, cands)
    for a, b in itertools.pairwise(cands):
        # "attacked Bria and Obo": a list of places shares the cue of its first item
        if (
            b.role == a.role == "location"
            and a.cue
            and not b.cue
            and COORDINATED.fullmatch(text[a.end : b.start])
        ):
            b.cue = a.cue
    # a direction or designator may have grown a candidate over its neighbour: keep the longer
    spans = SpanIndex(cands)
    cands = [
        c
        for c in cands
        if not any(
            o is not c and o.start <= c.start and c.end <= o.end and len(o.text) > len(c.text)
            for o in spans.around(c.start, c.end)
        )
    ]
    ctx = _context(doc, cands)
    mentions: list[PlaceMention] = []
    resolved: dict[int, Place] = {}
    # resolve right to left so that "X, Y" can use Y's resolution for X
    chosen = {}
    hints: dict[int, Entry | None] = {}
    unknown_in: list[tuple[Candidate, Entry]] = []
    held: set[int] = set()  # candidates resolved within the place named right after them
    holders = {i for i, c in enumerate(cands) if _after_apposition(text, c.start)}
    for i in range(len(cands) - 1, -1, -1):
        c = cands[i]
        section, paragraph = _where(doc, c.start)
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        hint_cand = hint_after(text, c, nxt) or _apposed_container(text, c, nxt)
        hint = chosen.get(i + 1) if hint_cand is not None else None
        if hint is None and nxt is not None and COORDINATED.fullmatch(text[c.end : nxt.start]):
            hint = hints.get(i + 1)  # "between Boni and Houndé, Tuy province"
        hints[i] = hint
        if hint_cand is not None and hint is not None and hint is chosen.get(i + 1):
            # "Celaya, Guanajuato": the name after a town may be its region, not the namesake city
            enclosed = "(" in text[c.end : hint_cand.start]
            entry, hint, outside = _within(c, ctx, section, paragraph, hint, hint_cand, enclosed)
            if outside and not _list_goes_on(text, cands, i + 1):
                # a village the gazetteer knows only in another region of that country: the one
                # meant is unknown, placed at the holder read as a region where it can be
                region = _region_reading(hint_cand, hint)
                chosen[i + 1] = region
                unknown_in.append((c, region))
                continue
            held.add(i)  # "Rio de Janeiro, Rio de Janeiro": the city and its state keep apart
            if hint is not chosen[i + 1]:
                chosen[i + 1] = hint
                if hint_cand.cue == c.cue and not _own_cue(text, hint_cand):
                    hint_cand.cue = ""  # the region holding the town shares no "in" of its own
        else:
            entry = choose(c, ctx, section, paragraph, hint, holder=i in holders)
        if hint_cand is not None and hint is not None and hint_cand.direction:
            entry = _nearest_to_sector(gaz, c, entry, hint, hint_cand.direction)
        supported = hint is not None or (i in holders and _chain_cue(text, c.start) and _plain(c, entry, ctx))
        if not _credible(c, entry, ctx, supported) or _outside(entry, hint, cands, i):
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
        if best != entry and entry not in (chosen.get(i + 1),) and i not in held and i - 1 not in held:
            chosen[i] = best
        resolved[i] = to_place(gaz, chosen[i], cands[i])
    # one sense per discourse for villages the gazetteer lacks too: "near Pisky, Donetsk" then
    # "near Pisky" is the same village, not a namesake elsewhere
    unknown_at = {c.key: region for c, region in unknown_in}
    theatres = _theatres(text, gaz)
    for i, c in enumerate(cands):
        region = unknown_at.get(c.key)
        if i not in resolved:
            if region is not None and c.role == "location" and all(c is not u for u, _ in unknown_in):
                unknown_in.append((c, region))
            continue
        entry = chosen[i]
        if region is not None and i not in held and entry.kind == "city" and not _nests(entry, region):
            unknown_in.append((c, region))
            continue
        off = _off_theatre(entry, theatres) if hints.get(i) is None and c.role == "location" else None
        if off is not None:
            mentions.append(PlaceMention(c.start, c.end, c.text, off.place, c.role, "unknown", c.cue))
            continue
        if c.name_of == "landmark" and entry.kind != "city":
            c.role, c.name_of = "in_name", "facility"  # "Mindanao State University"
        if entry.kind == "country":
            capital = _capital(text, c, entry, gaz)
            if capital is not None:
                mentions.append(capital)
                continue
        mentions.append(PlaceMention(c.start, c.end, c.text, resolved[i], c.role, c.name_of, c.cue))
    for c, region in unknown_in:
        place = to_place(gaz, region, c)
        precision = "district" if place.precision == "place" else place.precision
        place = dataclasses.replace(place, name=c.text, precision=precision, geonameid=None)
        mentions.append(PlaceMention(c.start, c.end, c.text, place, c.role, "unknown", c.cue))
    mentions.extend(theatres)
    mentions.extend(_demonym_capitals(text, mentions, gaz))
    mentions = _refine_macros(mentions)
    mentions = _possessive_qualifiers(text, mentions)
    mentions = _group_chains(text, mentions)
    mentions.extend(_unknown_localities(text, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = _quarters(text, mentions)
    mentions = spatial.roads(text, mentions, gaz, ctx.doc)
    mentions = spatial.distances(text, mentions)
    mentions.extend(spatial.unknown_localities(doc, mentions, gaz, demonym_hints(text) + theatre_hints(text)))
    mentions.sort(key=lambda m: (m.start, m.end))
    return variants.respelt(gaz, mentions)


#: words that may stand between a place and the region holding it: "X (Y LGA, Z)", "X, Y district"
_CONTAINER_GAP = re.compile(
    r"(?:\s+[^\W\d_][\w'’./\-]*){0,3}\s*[,(]\s*(?:[^\W\d_][\w'’./\-]*\)?(?:\s*,\s*|\s+))*"
)


def _apposed_container(text: str, c: Candidate, nxt: Candidate | None) -> Candidate | None:
    """The place after a parenthesis or comma, past names the gazetteer lacks and designator
    words: "Tudun Wada (Kaduna North LGA, Kaduna)" → Kaduna; "Yae Shin village, Myebon
    Township, Rakhine State" → Rakhine; "Wadi al-Rabi (Aljfara)" → Aljfara."""
    if nxt is None:
        return None
    gap = text[c.end : nxt.start]
    if len(gap) > 60 or not _CONTAINER_GAP.fullmatch(gap):
        return None
    words = re.findall(r"[\w'’./\-]+", gap)
    if not words or not all(_name_word(w) for w in words):
        return None
    return nxt


_ARTICLE_WORD = re.compile(r"^(?:al|el|ar|as|ad|an|at|az|ash|ad-|de|da|do|del|la)-?[A-Z]|^(?:al|el)$")


def _name_word(word: str) -> bool:
    """A word of a place name or hierarchy: capitalised ("Djugu"), a designator ("district") or
    an Arabic article joined to a name ("al-Rabi")."""
    return word[0].isupper() or word.lower() in _container_heads() or bool(_ARTICLE_WORD.match(word))


_APPOSITION_BEFORE = re.compile(r"[A-Z][\w'’./\-]*\)?(?:\s+[\w'’./\-]+\)?){0,3}?\s*(?:,|\s\()\s*$")


def _after_apposition(text: str, start: int) -> bool:
    """The name follows another name after a comma or parenthesis ("Famale (Dessa, Tillaberi)",
    "Celaya, Guanajuato"): where a region that holds the first is named."""
    window = text[max(0, start - 60) : start].rsplit("\n", 1)[-1]
    # every capitalised word may start the name before the comma, nearest first: an acronym
    # further back ("a UN convoy in X (Y)") must not hide the name right before
    for m in reversed(list(re.finditer(r"[A-Z]", window))):
        found = _APPOSITION_BEFORE.match(window, m.start())
        if found is not None and all(_name_word(w) for w in re.findall(r"[\w'’./\-]+", found.group())):
            return True
    return False


_CHAIN_TOKEN = re.compile(r"[\w'’./\-]+|[,()]|\S")


def _chain_cue(text: str, start: int) -> str:
    """The location cue before the name chain that the name at `start` closes: "in Bambofa
    (Dori, Seno)" → "in" for Dori and Seno; "" when no cue leads the chain."""
    window = text[max(0, start - 100) : start].rsplit("\n", 1)[-1]
    head, separated = len(window), False
    for m in reversed(list(_CHAIN_TOKEN.finditer(window))):
        tok = m.group()
        if tok in (",", "(", ")"):
            separated = True
        elif tok not in ("and", "or") and not (tok[0].isalpha() and _name_word(tok)):
            break  # "between A and B (C, D)": a pair of names shares the hierarchy
        head = m.start()
    if not separated:
        return ""
    return ends_with_phrase(preceding_words(window, head, 5), lexicon.cues()["location_before"])


def _plain(c: Candidate, entry: Entry, ctx: Context) -> bool:
    """A reading that needs no more support than its place in a chain: a region or district, a
    town under its main name, or any town of a country the document is about."""
    return (
        entry.kind != "city" or entry.main or ctx.doc[entry.cc] > ctx.by_key.get(c.key, Counter())[entry.cc]
    )


@functools.cache
def _container_heads() -> frozenset[str]:
    cues = lexicon.cues()
    return (
        frozenset(cues["district_after"])
        | frozenset(cues["admin1_after"])
        | frozenset(cues["locality_after"])
    )


def _nests(inner: Entry, outer: Entry) -> bool:
    """`inner` lies in `outer` as far as the gazetteer tells (same country, same region)."""
    if outer.kind == "macro":
        return True
    if outer.kind == "country":
        return inner.cc == outer.cc
    return inner.cc == outer.cc and inner.a1 == outer.a1 and inner.kind in ("city", "admin2", "admin1")


def _within(
    c: Candidate, ctx: Context, section: int, paragraph: int, hint: Entry, holder: Candidate, enclosed: bool
) -> tuple[Entry, Entry, bool]:
    """Resolve `c` named right before `holder` ("X, Y", "X (Y)"), whose chosen reading is `hint`:
    the holder may be read as a region of that country instead of a namesake town ("Guanajuato",
    "Luhansk", "Bahia"), whichever holds a reading of `c`. Returns `c`'s entry, the holder's
    reading and whether `c` lies outside every reading of the holder in that country, or in
    another country than the parenthesis names (a small town of the same name elsewhere: the
    gazetteer lacks the one meant). `enclosed`: the holder
    stands in parentheses after `c` ("X (Y, Z)"), which says it holds `c` even as a town."""
    readings = [hint]
    if hint.kind == "city":
        regions = [e for e in holder.entries if e.kind == "admin1" and e.cc == hint.cc]
        readings += sorted(regions, key=lambda e: (e.a1 != hint.a1, -e.pop, e.id))
    best: tuple[float, int, Entry, Entry] | None = None
    for rank, h in enumerate(readings):
        e = choose(c, ctx, section, paragraph, h)
        key = (score(e, c, ctx, section, paragraph, h) + (2.0 if _nests(e, h) else 0.0), -rank)
        if best is None or key > best[:2]:
            best = (*key, e, h)
    assert best is not None
    entry, reading = best[2], best[3]
    nested = _nests(entry, reading)
    if not (nested and reading.kind == "admin1"):
        reading = hint  # the holder keeps its own reading unless it is the region holding the town
    outside = (
        (
            not nested
            and entry.kind == "city"
            and entry.pop < _BIG_PLACE
            and (
                (entry.cc == hint.cc and (enclosed or any(h.kind in ("admin1", "country") for h in readings)))
                or (enclosed and entry.cc != hint.cc)  # "Bule (Djugu, Ituri)" is no Swiss town
            )
        )
        or (
            # "Mandoli (Bandiagara, Mopti)", "Hat district, Borno": a region or town of another
            # country holds it, so the gazetteer lacks the one meant
            not nested
            and entry.kind == "city"
            and entry.cc != hint.cc
            and (enclosed or any(h.kind in ("admin1", "admin2") for h in readings))
            and entry.pop < 1_000_000
        )
        or (
            # "Ermita, Manila", "Arevalo, Iloilo City": a quarter or village of the bigger town named
            # after it, which the gazetteer knows only as a namesake far away or abroad
            not nested
            and reading.kind == "city"
            and entry.kind == "city"
            and entry.pop < min(reading.pop, _BIG_PLACE)
            and (entry.cc != reading.cc or _km(entry, reading) > _HOLDER_KM)
            # "Tulunan, Cotabato", "Iskushuban, Bari": the holder also names a province that holds it
            and not any(_nests(entry, h) for h in holder.entries if h.kind in ("admin1", "admin2"))
        )
    )
    return entry, reading, outside


#: a town this far from the town named right after it ("X, Y") is a namesake, not Y's own
_HOLDER_KM = 60.0


def _km(a: Entry, b: Entry) -> float:
    dlat = a.lat - b.lat
    dlon = (a.lon - b.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 111.0 * math.hypot(dlat, dlon)


def _region_reading(holder: Candidate, hint: Entry) -> Entry:
    """The holder's reading as the region of that name in the hint's country, else the hint."""
    if hint.kind != "city":
        return hint
    regions = [e for e in holder.entries if e.kind == "admin1" and e.cc == hint.cc]
    return min(regions, key=lambda e: (e.a1 != hint.a1, -e.pop, e.id)) if regions else hint


def _own_cue(text: str, c: Candidate) -> bool:
    return bool(ends_with_phrase(preceding_words(text, c.start, 3), lexicon.cues()["location_before"]))


def _list_goes_on(text: str, cands: list[Candidate], j: int) -> bool:
    """ "in Saraqib, Hama and Latakia": the name after the town is one of a list, not its region."""
    if j + 1 >= len(cands):
        return False
    return re.fullmatch(r",?\s+(?:and|or)\s+", text[cands[j].end : cands[j + 1].start]) is not None


#: a quarter this far from its town is a namesake elsewhere, not the town's own quarter
_QUARTER_KM = 40.0


def _quarters(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "in X neighbourhood", "Colonia X", "Barangay X, Y": a quarter of a town (the one it is said
    to be of or in, else the town named last before it) is where that town is; a namesake
    the gazetteer knows elsewhere is not meant."""
    cues = lexicon.cues()
    # the head may close a list whose last items the gazetteer lacks: "A, B and C neighbourhoods"
    after = re.compile(
        r"(?:(?:,\s*|,?\s+and\s+|\s+or\s+)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)*"
        rf"\s+(?i:{'|'.join(map(re.escape, cues['quarter_after']))})\b"
    )
    before = re.compile(rf"\b(?i:{'|'.join(map(re.escape, cues['quarter_before']))})\.?\s+$")
    out = list(mentions)
    listed: dict[int, int] = {}  # "in A, B and C neighbourhoods": every item is a quarter
    for k in range(len(out) - 1, 0, -1):
        head = after.match(text, out[k].end)
        end = head.end() if head else listed.get(k)
        if end is not None and COORDINATED.fullmatch(text[out[k - 1].end : out[k].start]):
            listed[k - 1] = end
    for k, m in enumerate(out):
        if m.role != "location" or m.place.precision not in ("place", "district"):
            continue
        head = after.match(text, m.end)
        head_end = head.end() if head else listed.get(k)
        named_before = before.search(text[max(0, m.start - 12) : m.start]) or re.match(
            rf"(?i:{'|'.join(map(re.escape, cues['quarter_before']))})\s", m.text
        )
        if head_end is None and not named_before:
            continue
        host = _quarter_host(text, out, k, head_end if head_end is not None else m.end)
        if host is None or _near(m.place, host.place):
            continue
        out[k] = dataclasses.replace(m, place=dataclasses.replace(host.place, name=m.text), name_of="unknown")
    return out


def _quarter_host(text: str, mentions: list[PlaceMention], k: int, end: int) -> PlaceMention | None:
    """The town a quarter belongs to: "X neighbourhood of/in Y", "Barangay X, Y", else the last
    town named before it in the paragraph."""
    nxt = mentions[k + 1] if k + 1 < len(mentions) else None
    if nxt is not None and re.fullmatch(r"\s*(?:,|\s+of|\s+in)\s*(?:the\s+)?", text[end : nxt.start]):
        return nxt
    m = mentions[k]
    for prev in reversed(mentions[:k]):
        if m.start - prev.end > 400 or "\n\n" in text[prev.end : m.start]:
            break
        if prev.role == "location" and prev.place.precision == "place" and prev.name_of != "unknown":
            return prev
    return None


def _near(a: Place, b: Place) -> bool:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return False
    dlat = a.latitude - b.latitude
    dlon = (a.longitude - b.longitude) * math.cos(math.radians(a.latitude))
    return 111.0 * math.hypot(dlat, dlon) <= _QUARTER_KM


def _nearest_to_sector(gaz: Gazetteer, c: Candidate, entry: Entry, hint: Entry, direction: str) -> Entry:
    """ "Halle, eastern Germany": of the towns of that name in the region or country, the one in
    the named part of it (a big town there beats a small namesake elsewhere in the country)."""
    point = gaz.sector(hint.id, direction) if hint.kind in ("country", "admin1") else None
    towns = [e for e in c.entries if e.kind == "city" and e.cc == hint.cc]
    if point is None or entry.kind != "city" or entry.cc != hint.cc or len(towns) < 2:
        return entry
    lat, lon = point

    def cost(e: Entry) -> float:
        km = 111.0 * math.hypot(e.lat - lat, (e.lon - lon) * math.cos(math.radians(lat)))
        return km - 50.0 * math.log10(max(e.pop, 1000))

    return min(towns, key=lambda e: (cost(e), e.id))


_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([A-Z][a-z]+) $")


def _name_tail(text: str, c: Candidate) -> bool:
    """ "Pa Kar Chaung Wa village": a village named with more capitalised words before the
    ones the gazetteer knows is another, longer name, not the namesake of its tail."""
    cues = lexicon.cues()
    if not c.cue or c.cue not in cues["locality_after"]:
        return False
    prev = _WORD_BEFORE.search(text, max(0, c.start - 30), c.start)
    if prev is None or sentence_initial(text, prev.start(1)):
        return False
    word = prev.group(1).lower()
    return not any(
        word in cues[k] for k in ("location_before", "locality_before", "directions", "name_connectors")
    ) and word not in ("greater", "upper", "lower", "old", "new", "central")


def _drop_name_pairs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Two one-word toponyms side by side with only a space between ("Jordan Henderson said",
    "Chad Kelly"): a person's given name and surname, not two places."""
    cues = lexicon.cues()
    heads = set(cues["landmark_heads"]) | set(cues["group_heads"]) | set(cues["event_nouns"])
    drop: set[int] = set()
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if (
            text[a.end : b.start] == " "
            and b.text.lower() not in heads
            and preceding_words(text, a.start, 1) != "the"
            and " " not in a.text
            and " " not in b.text
            and not (a.designator or a.direction or b.designator or b.direction)
            and a.text[:1].isupper()
            and not a.text.isupper()
            and not b.text.isupper()
        ):
            drop.update((i, i + 1))
    return [c for i, c in enumerate(cands) if i not in drop]


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


#: what may stand between the items of a list of places: commas, "and", "the", other names
_LIST_GAP = re.compile(
    r"(?:,\s*|\s+and\s+|\s+or\s+)(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:,\s*|\s+and\s+))?(?:the\s+)?"
)


def _group_chains(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Roles that carry along a list: "Islamic State in Iraq and the Levant" (a group's name),
    "citizens of Israel, France and Tunisia" (origins)."""
    out = list(mentions)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if (
            a.role == "in_name"
            and a.name_of == "group"
            and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[a.end : b.start])
        ):
            out[i] = dataclasses.replace(b, role="in_name", name_of="group")
        elif (
            (a.role == "origin" or (a.role == "other" and a.cue == "by"))
            and b.role == "location"
            and not b.cue
            and _LIST_GAP.fullmatch(text[a.end : b.start])
        ):
            # "citizens of Israel, France and Tunisia", "designated by Turkey, the European Union
            # and the United States": the whole list has the first item's role
            out[i] = dataclasses.replace(b, role=a.role, cue=a.cue)
    return out


def _possessive_qualifiers(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Egypt's Sinai region", "Chechnya's capital Grozny": the first name only qualifies the second."""
    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        gap = text[a.end : b.start]
        coarser = (
            PRECISION_RANK[a.place.precision] > PRECISION_RANK[b.place.precision]
            or a.place.precision == "country"
        )
        if re.fullmatch(r"(?:'s|’s|’|')\s+(?:[a-z]+\s+){0,2}", gap) and a.role == "location" and coarser:
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
    if hint.kind not in ("country", "admin1"):
        return False  # "Kiev, Kyiv, Mecca": a list of towns, not a town and its container
    holders = [c for c in cands[i + 1 :] if any(e.id == hint.id for e in c.entries)]
    if not holders:
        return False
    # the holder reads as that country (a hamlet of the same name elsewhere does not matter)
    return hint.kind == "country" or len({e.cc for e in holders[0].entries}) == 1


def _credible(c: Candidate, entry: Entry, ctx: Context, hinted: bool) -> bool:
    """Small towns need support: a cue ("in", "village of"), "X, Region", or the country in context."""
    in_context = ctx.doc[entry.cc] - ctx.by_key.get(c.key, Counter())[entry.cc] > 0
    if c.name_of == "landmark" and entry.kind == "city" and entry.pop < 2 * _BIG_PLACE and not in_context:
        return False  # "the Reina nightclub": the venue's name, not a town
    if entry.kind == "city" and c.designator == "admin1" and not in_context:
        return False  # "Soum province": a province the gazetteer lacks, not a foreign town "Soum"
    own = ctx.by_key.get(c.key, Counter())
    foreign = not in_context and any(n - own[cc] > 0 for cc, n in ctx.doc.items())
    # the document is clearly about another country (named twice or more)
    abroad = not in_context and any(n - own[cc] >= 2 for cc, n in ctx.doc.items())
    if entry.kind == "city" and not entry.main and abroad and entry.pop < 1_000_000:
        return False  # "Boni" is an exonym of Bonn, but this document is about Burkina Faso
    if entry.kind == "city" and _exonym(c, entry) and foreign and not hinted and entry.pop < 1_000_000:
        return False  # "Bala", "Kotwali": another name of a foreign city in a text about elsewhere
    if entry.kind == "city" and c.designator == "district" and foreign and not hinted:
        return False  # "Hat district" in a report on Yemen: a district the gazetteer lacks
    if entry.kind == "admin2":
        # a district or province name: said as a place, with its region, or in its country's text
        return bool(c.cue or c.designator or hinted or in_context)
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
    # a mid-sized town abroad in a document clearly about another country: the document's own
    # village the gazetteer lacks ("the village of Qurayn" in a report on Libya is not Egypt's)
    return (bool(c.cue) and not abroad) or in_context


def _exonym(c: Candidate, entry: Entry) -> bool:
    """The name matched is another name of the place, not a spelling of its main name ("Bala" for
    Basel, "Kotwali" for Rangpur; not "Al-Hasakeh" for Al Hasakah)."""
    if entry.main:
        return False
    return difflib.SequenceMatcher(None, c.key, name_key(entry.name)).ratio() < _SPELLING_RATIO


#: how alike two keys must be to count as spellings of one name
_SPELLING_RATIO = 0.7


def _unknown_localities(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Towns and districts the gazetteer lacks, placed at the place the text puts them in:
    "the village of X of the Y Republic", "in X, Idlib province", "Kursky district, Stavropol",
    "Sernovodskoye (Kursky district)"."""
    out: list[PlaceMention] = []
    stop = lexicon.stopwords()
    cues = lexicon.cues()
    known = SpanIndex(mentions)
    for pattern, cue in ((_LOCALITY, "village of"), (_IN_X_COMMA, "in"), (_DISTRICT, "district")):
        for m in pattern.finditer(text):
            start, end = m.span(1) if cue != "district" else m.span()
            if known.overlaps(start, end) or any(p.start < end and start < p.end for p in out):
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
            role = "origin" if ends_with_phrase(before, cues["origin_before"]) else "location"
            name_of = "" if cue == "district" else "unknown"
            out.append(PlaceMention(start, end, text[start:end], place, role, name_of, cue))
    return out


def _container(text: str, mentions: list[PlaceMention], start: int, end: int, cue: str) -> Place | None:
    """The known place that holds an unknown one: named right after it ("of the Y Republic",
    ", Idlib province"), or for a district, the town named right before it ("X (Y district)")."""
    limit = {"village of": 80, "in": 2, "district": 40}[cue]
    after = [
        p
        for p in mentions
        if end <= p.start <= end + limit
        and p.role != "in_name"
        and not re.search(r"[.;!?]|\bborders?\b|\bfrontier\b", text[end : p.start])
    ]
    coarse_enough = bool(after) and (
        cue != "in" or after[0].place.precision in ("admin1", "country", "district")
    )
    if coarse_enough:
        # "the village of X in Niger's Tillabéri region": the finest container of the first's country
        same = [p for p in after if p.place.country_code == after[0].place.country_code]
        return min(same, key=lambda p: PRECISION_RANK[p.place.precision]).place
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
