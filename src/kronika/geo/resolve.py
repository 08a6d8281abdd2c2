"""Roles and resolution of toponym candidates, consistent with the document.

Roles come from the words around a candidate (cues of cues.json): "in the town of X" is a
location, "a resident of X" an origin, "Islamic State – X Province" a group's name,
"the United States designated" an agent (role "other").

Resolution scores each gazetteer entry of a candidate: the kind of place (country, region,
city), the document's context (countries and regions named without ambiguity, weighted
up in the same section and paragraph, and in a section heading), the pattern "X, Y"
where Y contains X, and population.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from kronika.geo import lexicon
from kronika.geo.gazetteer import Entry, Gazetteer
from kronika.geo.recognize import (
    Candidate,
    ends_with_phrase,
    following_words,
    per_list,
    preceding_words,
    sentence_initial,
    starts_with_phrase,
)
from kronika.geo.text import fold
from kronika.geo.types import Place
from kronika.record import GeoPrecision

_DIRECTION_CANON = {
    "northeastern": "north-eastern",
    "northeast": "north-eastern",
    "north-east": "north-eastern",
    "north-west": "north-western",
    "south-east": "south-eastern",
    "south-west": "south-western",
    "northwestern": "north-western",
    "northwest": "north-western",
    "southeastern": "south-eastern",
    "southeast": "south-eastern",
    "southwestern": "south-western",
    "southwest": "south-western",
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "far north": "northern",
    "far northern": "northern",
    "far south": "southern",
    "far southern": "southern",
}
_YEAR_BEFORE = re.compile(r"\b(1[89]\d\d|20\d\d)\s*$")


def classify(text: str, cand: Candidate) -> None:
    """Set the candidate's designator, direction, role and cue from the words around it."""
    cues = lexicon.cues()
    before = preceding_words(text, cand.start, 5)

    # designators: "Qusar district", "Borno State"
    head = _head_after(text, cand.end, cues["district_after"])
    if head:
        cand.designator = "district"
        cand.end += 1 + len(head)
    else:
        head = _head_after(text, cand.end, cues["admin1_after"])
        if head and (any(e.kind == "admin1" for e in cand.entries) or head in ("province", "region")):
            cand.designator = "admin1"
            cand.end += 1 + len(head)
    cand.text = text[cand.start : cand.end]

    # directions: "southern Dagestan", "Northern Azerbaijan"
    direction = ends_with_phrase(before, cues["directions"])
    if direction and not before.endswith(("of " + direction, "to the " + direction)):
        gap_start = cand.start - len(direction) - 1
        if gap_start >= 0 and text[gap_start : cand.start - 1].lower() == direction:
            if direction in ("north", "south", "east", "west") and text[gap_start].islower():
                pass  # "south Dagestan" lower-case rarely; "10 km south X" is relative
            else:
                cand.direction = _DIRECTION_CANON.get(direction, direction)
                cand.start = gap_start
                cand.text = text[cand.start : cand.end]
                before = preceding_words(text, cand.start, 5)

    after = following_words(text, cand.end, 3)
    raw_after = text[cand.end : cand.end + 40]

    # inside a name: group prefixes before, group heads after, "2018 X collapse";
    # "Khorasan Province", "West Africa Province": a province that is no region is a group's
    group_province = (
        cand.designator == "admin1"
        and cand.text.lower().endswith(("province", "wilayah", "wilayat"))
        and not any(e.kind == "admin1" for e in cand.entries)
        and any(e.kind in ("macro", "country") for e in cand.entries)
    )
    if (
        group_province
        or (ends_with_phrase(before, cues["group_prefixes"]) and _group_prefix_adjacent(text, cand.start))
        or _capitalised_head(raw_after, cues["group_heads"])
    ):
        cand.role, cand.name_of = "in_name", "group"
    elif _YEAR_BEFORE.search(text[max(0, cand.start - 8) : cand.start]) and (
        starts_with_phrase(after, cues["event_nouns"])
        or starts_with_phrase(after.partition(" ")[2], cues["event_nouns"])
    ):
        cand.role, cand.name_of = "in_name", "event"
    elif (
        _capitalised_head(raw_after, cues["landmark_heads"])
        or starts_with_phrase(_after_possessive(raw_after), cues["landmark_heads"])
        or (raw_after.startswith(" ") and starts_with_phrase(after, cues["landmark_heads"]))
    ):
        cand.role, cand.name_of = "location", "landmark"

    if cand.role == "location":
        of_head = _of_head(text, cand.start)
        if of_head in cues["event_of_heads"]:
            cand.role, cand.name_of = "in_name", "event"
        elif of_head in cues["org_of_heads"]:
            cand.role, cand.name_of = "in_name", "agency"

    if cand.role == "location":
        origin = ends_with_phrase(before, cues["origin_before"])
        if re.match(r"-(?:based|led|backed|funded|style|made|linked|bound|era|area)\b", raw_after):
            cand.role = "other"  # "a Britain-based monitor", "U.S.-led coalition"
        elif raw_after.startswith(" ") and starts_with_phrase(after, cues["attributive_after"]):
            cand.role, cand.name_of = "in_name", "attribute"  # "the US dollar": a currency's name
        elif origin or raw_after.lower().startswith(cues["origin_after"]):
            cand.role, cand.cue = "origin", origin or "born"
        else:
            cand.cue = ends_with_phrase(_unfilled(before), _location_cues(cues))
            if not cand.cue and raw_after.startswith(" "):
                cand.cue = starts_with_phrase(after, cues["locality_after"])  # "Rawda village"
            if not cand.cue and _agent(text, cand, after):
                cand.role = "other"
            elif re.search(r"\bby(?: the)?$", before) and any(e.kind == "country" for e in cand.entries):
                cand.role, cand.cue = "other", "by"  # "designated by Turkey and the United States"


_OF_BEFORE = re.compile(r"\b([A-Za-z][a-z]+)(?:\s+of\s+[A-Z][a-z]+)?\s+(of|in|for)\s+(?:the\s+)?$")
#: armed bodies said to be "in" a place are there ("Armed Forces in X"), not named after it
_STATIONED = frozenset({"forces", "army", "police", "guard", "guards"})


def _of_head(text: str, start: int) -> str:
    """The capitalised noun of "Security Service of X", "Battle of X", "Church of Christ in the X"."""
    m = _OF_BEFORE.search(text[max(0, start - 40) : start])
    if not m:
        return ""
    word = m.group(1)
    if m.group(2) == "in" and word.lower() in _STATIONED:
        return ""
    if word[0].islower() and word not in (
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "officials",
        "official",
    ):
        return ""  # "the city of X", "the south of X" are no organisations
    return word.lower()


def _unfilled(before: str) -> str:
    """The words before a name without trailing adjectives: "in neighbouring" → "in"."""
    fillers, cue_phrases = _filler_sets(lexicon.cues())
    words = before.split()
    kept = list(words)
    while kept and kept[-1] in fillers and len(kept) > 1:
        kept.pop()
    # keep a cue that ends in a filler word itself ("the city of", "the capital"): `before` is
    # one of the cues or ends with one after a space, one set lookup per word boundary
    parts = before.split(" ")
    if any(" ".join(parts[i:]) in cue_phrases for i in range(len(parts))):
        return before
    return " ".join(kept)


def _filler_sets(cues: dict[str, tuple[str, ...]]) -> tuple[frozenset[str], frozenset[str]]:
    """The filler words and the location and locality cues, as sets (built once per cue table)."""
    global _fillers_of
    if _fillers_of[0] is not cues:
        cue_phrases = frozenset(cues["location_before"]) | frozenset(cues["locality_before"])
        _fillers_of = (cues, (frozenset(cues["cue_fillers"]), cue_phrases))
    return _fillers_of[1]


_fillers_of: tuple[object, tuple[frozenset[str], frozenset[str]]] = (None, (frozenset(), frozenset()))


def _location_cues(cues: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The location cues and then the locality cues, one tuple (built once per cue table)."""
    global _location_cues_of
    if _location_cues_of[0] is not cues:
        _location_cues_of = (cues, cues["location_before"] + cues["locality_before"])
    return _location_cues_of[1]


_location_cues_of: tuple[object, tuple[str, ...]] = (None, ())


def _head_after(text: str, end: int, heads: tuple[str, ...]) -> str:
    """The designator word(s) right after `end` ("district", "Province"), or ""."""
    if text[end : end + 1] != " " or text[end + 1 : end + 2].lower()[:1] not in _initials(heads):
        return ""  # no head starts with the next word's letter
    best = ""
    for head in heads:
        got = text[end + 1 : end + 1 + len(head)]
        nxt = text[end + 1 + len(head) : end + 2 + len(head)]
        if got.lower() == head and not nxt.isalnum() and len(head) > len(best):
            best = head
    return best


@per_list
def _initials(heads: tuple[str, ...]) -> frozenset[str]:
    """The first letters of the heads (lower case as they are written)."""
    return frozenset(head[0] for head in heads if head)


def _group_prefix_adjacent(text: str, start: int) -> bool:
    """The group prefix ends right before the toponym (only spaces, dashes, "'s" between)."""
    gap = text[max(0, start - 12) : start]
    return bool(re.search(r"(?:[A-Za-z]|'s|’s)\s*[–—\-]?\s*(?:in\s+(?:the\s+)?)?$", gap))


def _after_possessive(raw_after: str) -> str:
    m = re.match(r"^(?:'s|’s)\s+([A-Za-z ]+)", raw_after)
    return m.group(1).lower() if m else ""


def _capitalised_head(raw_after: str, heads: tuple[str, ...]) -> bool:
    """A capitalised name head follows: "X Jamaat", "X Province", "X International Airport"."""
    m = re.match(r"^[ \-–]+((?:[A-Z][A-Za-z]*\.?\s?){1,4})", raw_after)
    if not m:
        return False
    words = m.group(1).lower().split()
    for k in range(len(words), 0, -1):
        for skip in range(k):
            if " ".join(words[skip:k]) in heads:
                return True
    return False


def _agent(text: str, cand: Candidate, after: str) -> bool:
    """A country or region as the doer: "the United States designated", "Kenya began"."""
    if not any(e.kind == "country" for e in cand.entries) or cand.designator:
        return False
    raw_after = text[cand.end : cand.end + 3]
    if raw_after.startswith(("'s", "’s")):
        return True
    first = after.split(" ", 1)[0] if after else ""
    return bool(first) and first in lexicon.cues()["agent_verbs"] and not raw_after.startswith(",")


def _name_heads(cues: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The words that may follow a place inside a longer name or a designator, and the first
    word of each (built once per cue table)."""
    global _heads_of
    if _heads_of[0] is not cues:
        heads = set(cues["group_heads"]) | set(cues["landmark_heads"]) | set(cues["event_nouns"])
        heads |= set(cues["district_after"]) | set(cues["admin1_after"])
        heads |= {h.split()[0] for h in heads}
        _heads_of = (cues, frozenset(heads))
    return _heads_of[1]


_heads_of: tuple[object, frozenset[str]] = (None, frozenset())


def is_person(text: str, cand: Candidate, gaz: Gazetteer) -> bool:
    """The candidate is part of a person's name: "Jordan Peterson", "Mr Georgia", "Ramadan Abedi"."""
    cues = lexicon.cues()
    before = preceding_words(text, cand.start, 2)
    if ends_with_phrase(before, cues["person_titles"]) and text[cand.start - 2 : cand.start] != ", ":
        return True
    article = cand.text[:3].lower() in ("al-", "el-", "ar-", "as-", "ad-", "an-", "at-", "az-")
    if (" " in cand.key and not article) or cand.designator or cand.direction:
        return False
    nxt = re.match(r"^ ([A-Z][a-z]+)\b", text[cand.end : cand.end + 30])
    if nxt:
        word = nxt.group(1).lower()
        if word not in _name_heads(cues) and not _notable(gaz, word):
            return True
    prev = re.search(r"(?<![^\W\d_])([^\W\d_a-z][^\W\d_]*) $", text[max(0, cand.start - 30) : cand.start])
    if prev and not prev.group(1)[0].isupper():
        prev = None
    if prev and prev.group(1).lower() in lexicon.given_names():
        return True  # "Michael Jordan", "Omar Maute"
    if prev and not sentence_initial(text, cand.start - len(prev.group(1)) - 1):
        word = prev.group(1).lower()
        if (
            word not in cues["location_before"]
            and word not in cues["directions"]
            and word not in cues["name_connectors"]
            and not _notable(gaz, word)
            and word not in ("greater", "upper", "lower", "old", "new", "downtown", "central")
        ):
            return True
    return False


def _notable(gaz: Gazetteer, key: str) -> bool:
    """The word names a country, region or big city (so it is no surname)."""
    return any(e.kind != "city" or e.pop >= 100_000 for e in gaz.lookup(key))


@dataclass(slots=True)
class Context:
    """Countries and regions the document names without ambiguity, by where they are said."""

    doc: Counter[str]
    regions: Counter[tuple[str, str]]
    by_section: dict[int, Counter[str]]
    by_paragraph: dict[int, Counter[str]]
    heading_cc: dict[int, Counter[str]]
    #: what each name key itself added to `doc` (a name does not vouch for itself)
    by_key: dict[str, Counter[str]]
    #: what each name key itself added to `regions`
    regions_by_key: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)


def entry_precision(entry: Entry, cand: Candidate) -> GeoPrecision:
    if entry.kind == "macro":
        return "region"
    if entry.kind == "country":
        return "country"
    if entry.kind == "admin1":
        return "district" if cand.designator == "district" else "admin1"
    if entry.kind == "admin2":
        return "district"
    return "district" if cand.designator == "district" else "place"


_KIND_SCORE = {"country": 10.0, "macro": 12.0, "admin1": 4.0, "admin2": 3.0, "city": 0.0}
#: the count of anything a context has not seen (read, never written: a Counter answers 0 for a
#: missing key without adding it)
_NONE: Counter = Counter()


def score(
    entry: Entry, cand: Candidate, ctx: Context, section: int, paragraph: int, hint: Entry | None
) -> float:
    s = _KIND_SCORE[entry.kind]
    if entry.kind == "city" and entry.main:
        s += 3.0 if entry.pop >= 100_000 else 2.0
    if entry.kind == "city" and entry.pop < 5000:
        s -= 1.0
    if cand.designator == "admin1" and entry.kind == "admin1":
        s += 6.0
    if cand.designator == "district" and entry.kind in ("admin1", "city"):
        s += 2.0
    if cand.designator and entry.kind == "admin2":
        s += 5.0  # "Bukidnon province", "Dima Hasao district": the unit, not a namesake town
    if entry.kind != "macro":
        s += math.log10(max(entry.pop, 1000)) * (0.8 if entry.kind == "city" else 0.5)
    if entry.cc:
        # a name does not vouch for itself: leave out what this name added to the context
        bonus = 2.0 * math.log2(1 + ctx.doc[entry.cc] - ctx.by_key.get(cand.key, _NONE)[entry.cc])
        bonus += 2.0 * math.log2(1 + ctx.by_section.get(section, _NONE)[entry.cc])
        bonus += 2.0 * math.log2(1 + ctx.by_paragraph.get(paragraph, _NONE)[entry.cc])
        bonus += 4.0 * min(1, ctx.heading_cc.get(section, _NONE)[entry.cc])
        s += min(bonus, 8.0)
        own = ctx.regions_by_key.get(cand.key, _NONE)[(entry.cc, entry.a1)]
        if entry.kind == "city" and ctx.regions[(entry.cc, entry.a1)] - own > 0:
            s += 4.0  # the document names the region this town lies in
    if hint is not None:
        if hint.kind == "country" and entry.cc == hint.cc:
            s += 10.0
        elif hint.kind == "admin1" and (entry.cc, entry.a1) == (hint.cc, hint.a1):
            s += 12.0
        elif hint.kind == "city" and (entry.cc, entry.a1) == (hint.cc, hint.a1):
            s += 6.0  # "Devsar, Kulgam": the town next to it is in the same region
    return s


def choose(
    cand: Candidate, ctx: Context, section: int, paragraph: int, hint: Entry | None, holder: bool = False
) -> Entry:
    """The entry the candidate names. `holder`: the candidate follows another place after a comma
    or parenthesis ("X, Tillaberi"), where a region is as likely as its namesake town."""
    entries = list(cand.entries)
    # a city and a region of the same name: the city is meant unless "X Province" said so
    if cand.designator != "admin1" and not holder and any(e.kind == "city" for e in entries):
        cities = [e for e in entries if e.kind == "city"]
        entries = [
            e for e in entries if not (e.kind == "admin1" and any(_namesake_seat(c, e) for c in cities))
        ]
    return max(entries, key=lambda e: (score(e, cand, ctx, section, paragraph, hint), e.pop, -e.id))


def _namesake_seat(city: Entry, region: Entry) -> bool:
    """The city lies in the region named after it, and matters there (Kerman, Tripoli, Qusar)."""
    return city.cc == region.cc and (city.pop >= 50_000 or city.pop * 20 >= region.pop)


def hint_after(text: str, cand: Candidate, following: Candidate | None) -> Candidate | None:
    """The candidate right after ", " or " (" or " of the ": "Kizlyar, Dagestan"."""
    if following is None:
        return None
    gap = text[cand.end : following.start]
    # "X in the occupied West Bank", "X in the restive Y province": one adjective may stand between;
    # "the X area of Y district", "X village in Y": the head of X's own name may come first
    if _HINT_GAP.fullmatch(gap):
        return following
    return None


_HINT_GAP = re.compile(
    r",\s*|\s*\(\s*|(?:\s+(?:area|village|town|locality|sector))?"
    r"(?:\s+of\s+(?:the\s+)?|\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?)"
)


def to_place(gaz: Gazetteer, entry: Entry, cand: Candidate, name: str | None = None) -> Place:
    lat, lon = entry.lat, entry.lon
    display = fold(entry.name)
    if cand.direction and entry.kind in ("admin1", "country"):
        point = gaz.sector(entry.id, cand.direction)
        if point is not None:
            lat, lon = point
        display = f"{cand.direction} {entry.name}"
    admin1 = None
    country = None
    if entry.kind in ("city", "admin2"):
        region = gaz.region(entry.cc, entry.a1)
        admin1 = region.name if region else None
    elif entry.kind == "admin1":
        admin1 = entry.name
    if entry.cc:
        c = gaz.country(entry.cc)
        country = c.name if c else None
    return Place(
        name=name or display,
        admin1=admin1,
        country=country,
        country_code=entry.cc or None,
        latitude=round(lat, 4),
        longitude=round(lon, 4),
        precision=entry_precision(entry, cand),
        geonameid=entry.geonameid,
    )


def unambiguous_cc(cand: Candidate) -> str | None:
    ccs = {e.cc for e in cand.entries if e.cc}
    if len(ccs) == 1:
        return next(iter(ccs))
    # one reading dwarfs the others: "Texas", "Dallas", "Florida" (small namesakes abroad)
    top = max((e for e in cand.entries if e.cc), key=lambda e: e.pop, default=None)
    if top is not None and top.pop >= 100_000:
        rest = max((e.pop for e in cand.entries if e.cc and e.cc != top.cc), default=0)
        if top.pop >= 20 * max(rest, 1):
            return top.cc
    return None
