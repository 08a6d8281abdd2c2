"""Spellings the gazetteer lacks: a locality the text places in a known region or district,
matched to a town or district there whose name is spelled alike.

Reporting transliterates and mistypes place names ("Quamishli" for Al Qamishli, "Kotdiji" for
Kot Diji, "Nabatiyeh" for Nabatiye, a dropped or doubled letter); the gazetteer knows the place
under its GeoNames spellings only. A name the recognisers could place only at its container
(name_of "unknown") is compared, article and spaces aside, with the spellings of that country's
towns and districts of the same initial; the most alike one close enough to the container wins
when it is alike enough (difflib's ratio), so a village the gazetteer truly lacks keeps its
container rather than borrowing a dissimilar neighbour's name.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import re

from kronika.geo import lexicon
from kronika.geo.gazetteer import Entry, Gazetteer
from kronika.geo.recognize import Candidate
from kronika.geo.resolve import to_place
from kronika.geo.text import name_key
from kronika.geo.types import Place, PlaceMention

#: Arabic articles and the like that one spelling writes and another leaves out ("Ash Shaddadah")
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ash|ad|an|at|az|ath|ed|er|es|et|en|ez|ul)[ \-']")
_NOT_LETTER = re.compile(r"[^a-z]")
#: how alike two spellings must be (difflib ratio of the skeletons); a container that is only a
#: country asks for more
_RATIO = {"place": 0.84, "district": 0.84, "admin1": 0.84, "country": 0.9}
#: how far from a town or district container a respelt place may lie
_REACH_KM = {"place": 30.0, "district": 75.0, "country": 5000.0}
#: skeletons shorter than this are too short to tell a typo from another name
_MIN_LETTERS = 5


def skeleton(key: str) -> str:
    """A name key without a leading article, spaces, hyphens or apostrophes: "ash shaddadah" →
    "shaddadah", "kot diji" → "kotdiji"."""
    return _NOT_LETTER.sub("", _ARTICLE.sub("", key))


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = lat1 - lat2
    dlon = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.0 * math.hypot(dlat, dlon)


def respell(gaz: Gazetteer, name: str, container: Place) -> Entry | None:
    """The town or district of `container`'s country, near it, whose spelling is most like
    `name`, when alike enough; else None."""
    cc, precision = container.country_code, container.precision
    if cc is None or container.latitude is None or container.longitude is None or precision not in _RATIO:
        return None
    target = skeleton(name_key(name))
    if len(target) < _MIN_LETTERS:
        return None
    best: tuple[float, int, Entry] | None = None
    matcher = difflib.SequenceMatcher(None, b=target, autojunk=False)
    for key, entry in gaz.spellings_from(cc, target[0]):
        other = skeleton(key)
        if other == target and entry.kind == "city":
            ratio = 1.0
        elif abs(len(other) - len(target)) > 2 or other[:1] != target[:1]:
            continue
        else:
            matcher.set_seq1(other)
            if matcher.real_quick_ratio() < _RATIO[precision] or matcher.quick_ratio() < _RATIO[precision]:
                continue
            ratio = matcher.ratio()
        if ratio < _RATIO[precision]:
            continue
        if not _within(gaz, entry, container, exact=ratio == 1.0):
            continue
        rank = (ratio, entry.pop, entry)
        if best is None or rank[:2] > best[:2] or (rank[:2] == best[:2] and entry.id < best[2].id):
            best = rank
    return best[2] if best else None


def _within(gaz: Gazetteer, entry: Entry, container: Place, exact: bool) -> bool:
    """`entry` may be the place meant inside `container`: in its region when the container is a
    region (or, for the same letters spaced otherwise, when it names one), else near its point."""
    if (exact and container.precision != "place") or container.precision == "admin1":
        if container.admin1 is None:
            return True
        region = gaz.region(entry.cc, entry.a1)
        return region is not None and region.name == container.admin1
    assert container.latitude is not None and container.longitude is not None
    return (
        _km(entry.lat, entry.lon, container.latitude, container.longitude) <= _REACH_KM[container.precision]
    )


def _quarter(name: str) -> bool:
    first = name.split(" ", 1)[0].lower()
    return first in lexicon.cues()["quarter_before"]


def respelt(gaz: Gazetteer, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Unknown localities that are another spelling of a place near their container, resolved."""
    out = []
    for m in mentions:
        # a name the gazetteer knows as it is written was left unknown on purpose (a namesake
        # elsewhere): only a spelling it lacks is looked for
        if (
            m.name_of == "unknown"
            and m.role == "location"
            and not gaz.lookup(name_key(m.text))
            and not _quarter(m.text)  # "Colonia X": a town's quarter, not a town spelt otherwise
        ):
            entry = respell(gaz, m.text, m.place)
            if entry is not None:
                cand = Candidate(m.start, m.end, m.text, name_key(m.text), (entry,))
                m = dataclasses.replace(m, place=to_place(gaz, entry, cand), name_of="")
        out.append(m)
    return out
