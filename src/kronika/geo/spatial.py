"""Relative, linear and unknown places, read after the gazetteer's places are resolved.

- distances with a bearing: "about 60 km south of X" moves X's point by 60 km to the south;
- roads between two towns: "the A–B road", "the road between A and B" sit at the midpoint of
  the two towns (precision "district");
- a locality the gazetteer lacks (or only knows abroad) after a location cue ("insurgents
  occupied X", "the village of X") is placed at the region or country the text is about,
  with a precision that says so, rather than left to inherit a neighbour sentence's town.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from functools import cache

from kronika.document import Document
from kronika.geo import lexicon
from kronika.geo.gazetteer import Entry, Gazetteer
from kronika.geo.spans import SpanIndex
from kronika.geo.text import name_key
from kronika.geo.types import PRECISION_RANK, Place, PlaceMention

_EARTH_KM = 6371.0
_NAME = r"[^\W\d_a-z][\w'’]*(?:[ ][^\W\d_a-z][\w'’]*){0,2}"


def offset_point(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point `km` kilometres from (lat, lon) towards `bearing` (degrees from north)."""
    d = km / _EARTH_KM
    b = math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    lon2 = (math.degrees(l2) + 540.0) % 360.0 - 180.0
    return round(math.degrees(p2), 4), round(lon2, 4)


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(r"\-", r"[\-–]?\s?") for w in ordered)


@cache
def _distance_before() -> re.Pattern[str]:
    sp = lexicon.spatial()
    return re.compile(
        rf"(\d+(?:[.,]\d+)?|\b(?:{_alternation(list(sp.numbers))}))\s*-?\s*({_alternation(list(sp.units))})\.?\s+"
        r"(?:\(\d+(?:[.,]\d+)?\s*\w+\)\s+)?"
        rf"(?:to\s+the\s+|due\s+)?({_alternation(list(sp.bearings))})\s+of\s+"
        r"(?:the\s+(?:town|city|village|settlement|regional\s+capital|capital)\s+(?:of\s+)?)?$",
        re.IGNORECASE,
    )


def distances(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "60 km south of X": X's point moved by the distance along the bearing."""
    sp = lexicon.spatial()
    out = []
    for m in mentions:
        found = _distance_before().search(text[max(0, m.start - 90) : m.start])
        place = m.place
        if found and place.latitude is not None and place.longitude is not None and m.role != "in_name":
            amount = found.group(1).lower()
            number = sp.numbers.get(amount) or float(amount.replace(",", "."))
            km = number * sp.units[found.group(2).lower()]
            bearing = sp.bearings[re.sub(r"[\s–]+", " ", found.group(3).lower()).replace("- ", "-")]
            lat, lon = offset_point(place.latitude, place.longitude, km, bearing)
            precision = place.precision if place.precision in ("place", "district") else "district"
            place = dataclasses.replace(
                place, latitude=lat, longitude=lon, precision=precision, geonameid=None
            )
            m = dataclasses.replace(m, place=place, role="location")
        out.append(m)
    return out


@cache
def _road_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    sp = lexicon.spatial()
    hyphenated = re.compile(rf"\b({_NAME})\s?[-–—/]\s?({_NAME})\s+(?i:{_alternation(sp.road_heads)})\b")
    between = re.compile(
        rf"\b(?i:{_alternation(sp.road_between)})\s+(?:the\s+(?:towns?|cities|villages?)\s+(?:of\s+)?)?"
        rf"({_NAME})\s+(?:and|to)\s+(?:the\s+)?({_NAME})"
    )
    return hyphenated, between


def _entry_for(gaz: Gazetteer, name: str, near: Entry | None, ccs: Counter[str]) -> Entry | None:
    """The town a road names: in the other end's country, then the document's, then the biggest."""
    entries = [e for e in gaz.lookup(name_key(name)) if e.kind == "city"]
    if not entries:
        return None
    return max(
        entries,
        key=lambda e: (
            near is not None and e.cc == near.cc,
            ccs[e.cc],
            e.pop,
            -e.id,
        ),
    )


def roads(text: str, mentions: list[PlaceMention], gaz: Gazetteer, ccs: Counter[str]) -> list[PlaceMention]:
    """ "the Ouallam–Niamey road", "the road between A and B": one mention at the midpoint."""
    hyphenated, between = _road_patterns()
    out = list(mentions)
    for pattern in (hyphenated, between):
        for m in pattern.finditer(text):
            a_name, b_name = m.group(1), m.group(2)
            if not (a_name[0].isupper() and b_name[0].isupper()):
                continue
            a_name, b_name = _last_words(a_name), b_name
            a_start = m.start(1) + len(m.group(1)) - len(a_name)
            b_end = m.end(2)
            b_name = _first_known(gaz, b_name)
            if not b_name:
                continue
            b_end = m.start(2) + len(b_name)
            first = _entry_for(gaz, a_name, None, ccs)
            second = _entry_for(gaz, b_name, first, ccs)
            if first is not None and second is not None:
                first = _entry_for(gaz, a_name, second, ccs) or first
            if first is None or second is None or first.cc != second.cc or first.id == second.id:
                continue
            inside = [p for p in out if a_start <= p.start and p.end <= b_end]
            if any(p.role == "in_name" for p in inside) or any(
                p.start < b_end and a_start < p.end and p not in inside for p in out
            ):
                continue
            lat = round((first.lat + second.lat) / 2, 4)
            lon = round((first.lon + second.lon) / 2, 4)
            region = gaz.region(first.cc, first.a1) if first.a1 == second.a1 else None
            country = gaz.country(first.cc)
            place = Place(
                name=f"{first.name}–{second.name} road",
                admin1=region.name if region else None,
                country=country.name if country else None,
                country_code=first.cc,
                latitude=lat,
                longitude=lon,
                precision="district",
            )
            out = [p for p in out if p not in inside]
            out.append(PlaceMention(a_start, b_end, text[a_start:b_end], place, "location", "", "road"))
    out.sort(key=lambda p: (p.start, p.end))
    return out


def _last_words(name: str) -> str:
    """ "Borno's Maiduguri" → the name itself: drop leading words that are no place words."""
    words = name.split(" ")
    while len(words) > 1 and words[0].lower() in lexicon.spatial().not_localities | {"on", "the", "along"}:
        words = words[1:]
    return " ".join(words)


def _first_known(gaz: Gazetteer, name: str) -> str:
    """The longest leading run of `name`'s words that the gazetteer knows."""
    words = name.split(" ")
    for k in range(len(words), 0, -1):
        if gaz.lookup(name_key(" ".join(words[:k]))):
            return " ".join(words[:k])
    return ""


@cache
def _unknown_pattern() -> re.Pattern[str]:
    sp = lexicon.spatial()
    return re.compile(
        rf"(?<![\w-])(?i:(?:{_alternation(sp.unknown_before)}))[ \t]+(?:the[ \t]+)?"
        r"([^\W\d_a-z][\w'’]*(?:[ \-][^\W\d_a-z][\w'’]*)?)(?![\w'’\-])(?:(?:'s|’s)\b)?"
    )


def unknown_localities(
    doc: Document, mentions: list[PlaceMention], gaz: Gazetteer, hints: list[tuple[int, str]]
) -> list[PlaceMention]:
    """Capitalised names after a location cue that no known place covers: placed at the region
    named before them in the paragraph, else the country the paragraph or document is about."""
    text = doc.text
    sp = lexicon.spatial()
    stop, demonyms, given = lexicon.stopwords(), lexicon.demonyms(), lexicon.given_names()
    hints = [(at, cc) for at, cc in hints if not _strikes_from_abroad(text, at)]
    out: list[PlaceMention] = []
    found = [
        (m.start(1), m.end(1), m.end(), m.group(0)[: m.start(1) - m.start()])
        for m in _unknown_pattern().finditer(text)
    ]
    # "in Niono and Nampala": a name coordinated with a town named as a location
    for p in mentions:
        if p.role == "location" and p.place.precision in ("place", "district") and p.cue != "road":
            c = _COORDINATED_NAME.match(text, p.end)
            if c:
                found.append((c.start(1), c.end(1), c.end(), p.cue or "and"))
    known = SpanIndex(mentions)
    reach = -1  # the largest end among `out`, all of which start at or before this name
    for start, end, stop_at, cue in sorted(set(found)):
        name = text[start:end]
        words = name.replace("-", " ").split()
        low = [w.lower() for w in words]
        if (
            any(w in sp.not_localities for w in low)
            or name_key(name) in stop
            or name_key(name) in demonyms
            or low[0] in given
            or (name.isupper() and len(name) <= 6)
            or known.overlaps(start, end)
            or reach > start
        ):
            continue
        follow = re.match(r"\s*([A-Za-z]*)", text[stop_at : stop_at + 30])
        next_word = follow.group(1) if follow else ""
        if next_word[:1].isupper() or next_word.lower() not in sp.unknown_after:
            continue
        place = _apposed(text, mentions, end) or _container(doc, mentions, start, hints, gaz)
        if place is None:
            continue
        out.append(PlaceMention(start, end, name, place, "location", "unknown", cue.strip().lower()))
        reach = max(reach, end)
    return out


_COORDINATED_NAME = re.compile(
    r"(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
    r"([^\W\d_a-z][\w'’]*(?:[ \-][^\W\d_a-z][\w'’]*)?)(?![\w'’\-])"
)


def _strikes_from_abroad(text: str, at: int) -> bool:
    """ "Turkish drones struck …": the nationality of the weapon says nothing of the place."""
    m = re.match(r"[^\W\d_]+\s+((?:[a-z]+\s?){1,2})", text[at : at + 40])
    if not m:
        return False
    words = m.group(1).strip()
    return any(words == n or words.startswith(n + " ") for n in lexicon.spatial().force_nouns)


#: what may stand between an unknown locality and the place that locates it: ", a town in",
#: ", in the eastern department of", ", about 60 km west of", " near", " (Y district)"
_APPOSED_GAP = re.compile(
    r"^(?:\s+(?:village|town|city|settlement|hamlet|locality|area|neighbou?rhood|suburb|camp))?"
    r"(?:\s*,\s*|\s+\(|\s+(?=in\b|near\b|outside\b|of\b))(?:[\w'’\-]+,?\s+){0,9}$"
)


#: "near the border with X": X is the country across the border, not the one that holds the place
_ACROSS = re.compile(r"\b(?:border|borders|frontier)\b", re.IGNORECASE)


def _apposed(text: str, mentions: list[PlaceMention], end: int) -> Place | None:
    """ "X, a town in Y district", "X, about 60 km west of Y": the place named right after X."""
    after = [p for p in mentions if end <= p.start <= end + 80 and p.role != "in_name" and p.cue != "road"]
    if (
        not after
        or not _APPOSED_GAP.match(text[end : after[0].start])
        or _ACROSS.search(text[end : after[0].start])
    ):
        return None
    place = after[0].place
    return dataclasses.replace(place, precision="district") if place.precision == "place" else place


def _container(
    doc: Document, mentions: list[PlaceMention], start: int, hints: list[tuple[int, str]], gaz: Gazetteer
) -> Place | None:
    """The region named earlier in the paragraph in the paragraph's country, else that country."""
    para = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
    if para is not None:
        lo, hi = para.start, para.end
    else:  # no segmentation (a bare text): the blank-line paragraph
        text = doc.text
        lo = text.rfind("\n\n", 0, start) + 1
        hi = text.find("\n\n", start)
        hi = len(text) if hi < 0 else hi
    located = [
        p for p in mentions if p.role in ("location", "other") and p.place.country_code and p.cue != "road"
    ]
    local = Counter(p.place.country_code for p in located if lo <= p.start < hi)
    local.update(cc for at, cc in hints if lo <= at < hi)
    overall = Counter(p.place.country_code for p in located)
    overall.update(cc for _, cc in hints)
    pool = local or overall
    if not pool:
        return None
    cc = max(pool, key=lambda k: (pool[k], overall[k], k))
    regions = [
        p
        for p in located
        if lo <= p.start < start
        and p.place.country_code == cc
        and PRECISION_RANK[p.place.precision] in (PRECISION_RANK["district"], PRECISION_RANK["admin1"])
    ]
    if regions:
        return regions[-1].place
    # the one district the whole document names in that country ("X local government area")
    districts = {p.place for p in located if p.place.country_code == cc and p.place.precision == "district"}
    if len(districts) == 1:
        return next(iter(districts))
    city = _metropolis([p for p in located if p.name_of != "dateline"], cc, gaz)
    if city is not None:
        return city
    # the one region the whole document names in that country
    named = {p.place for p in located if p.place.country_code == cc and p.place.precision == "admin1"}
    if len(named) == 1:
        return next(iter(named))
    # the area of a mission that reports from that country ("the OSCE SMM": Donbas)
    area = next((p.place for p in located if p.name_of == "theatre" and p.place.country_code == cc), None)
    if area is not None and area.precision == "region":
        return area
    country = gaz.country(cc)
    if country is None:
        return None
    cname = country.name
    return Place(cname, None, cname, cc, round(country.lat, 4), round(country.lon, 4), "country")


#: a city this big has neighbourhoods and suburbs the gazetteer lacks
_METROPOLIS = 500_000


def _metropolis(located: list[PlaceMention], cc: str, gaz: Gazetteer) -> Place | None:
    """The big city the document is about (named at least twice): an unknown name there is
    most likely one of its neighbourhoods ("a housing scheme in X" in a report on a capital)."""
    counts = Counter(p.place for p in located if p.place.country_code == cc and p.place.precision == "place")
    if not counts:
        return None
    place, n = counts.most_common(1)[0]
    if n < 2 or place.geonameid is None:
        return None
    entries = [e for e in gaz.lookup(name_key(place.name)) if e.geonameid == place.geonameid]
    return place if entries and entries[0].pop >= _METROPOLIS else None
