"""The event stage for Russian: triggers, counts and arguments from ``data/ru/events/``.

Each sentence is read for triggers (``triggers.json``: КТО outcomes, attacks, shelling,
drone strikes, detentions, sentences, caches, rallies, riots); the first trigger of each
family makes one `EventMention`, with the counts the sentence states (``counts.json``:
numerals in any case through `kronika.morph`), the actors the actor stage found in it,
its own date or the date the discourse carries, and its own place or the place the
paragraph told last. Assembly (`kronika.events.assemble`) merges and types the mentions
as it does for English, so the records are the same contract in both languages.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kronika import morph
from kronika.actors import ActorMention
from kronika.document import Document, Span
from kronika.events.counts import CountFact
from kronika.events.types import EventMention
from kronika.geo.types import PlaceMention
from kronika.language import resource_dir
from kronika.record import Actor
from kronika.time.resolve import with_publication
from kronika.time.types import Timex

_W = r"(?<![\w-])"
_E = r"(?![\w])"
_NUMBER_WORD = re.compile(r"\d+|[А-Яа-яЁё]+")
_PLACE_RANK = {"place": 0, "district": 1, "admin1": 2, "region": 3, "country": 4, "unknown": 5}


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resource_dir("ru", "events") / name).read_text(encoding="utf-8"))
    return data


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"{_W}(?:{pattern}){_E}", re.I)


@dataclass(frozen=True, slots=True)
class Trigger:
    regex: re.Pattern[str]
    kind: str
    family: str
    strength: str
    needs: re.Pattern[str] | None
    blocks: re.Pattern[str] | None
    sub: str | None
    target_armed: bool | None
    side: str | None


@cache
def triggers() -> tuple[Trigger, ...]:
    return tuple(
        Trigger(
            _rx(row["pattern"]),
            row["kind"],
            row["family"],
            row.get("strength", "strong"),
            _rx(row["needs"]) if row.get("needs") else None,
            _rx(row["blocks"]) if row.get("blocks") else None,
            row.get("sub"),
            row.get("target_armed"),
            row.get("side"),
        )
        for row in _load("triggers.json")["triggers"]
    )


@cache
def cues() -> dict[str, re.Pattern[str]]:
    data = _load("triggers.json")
    out = {k: _rx(data[k]) for k in ("armed_targets", "intervention", "aggregate", "background_anywhere")}
    out["background_openers"] = re.compile(data["background_openers"], re.I)
    out["another"] = re.compile(data["another"], re.I)
    return out


@cache
def count_data() -> dict[str, Any]:
    data = _load("counts.json")
    for key in ("killed", "injured", "arrested", "people", "at_least"):
        data[key + "_rx"] = _rx(data[key])
    data["not_counts_rx"] = re.compile(data["not_counts"], re.I)
    return data


def number_value(word: str) -> int | None:
    """The value of a Russian number in any case ("двух", "четверо", "22"), or None."""
    if word.isdigit():
        return int(word)
    table: dict[str, int] = count_data()["numerals"]
    for lemma in morph.lemmas(word):
        if lemma in table:
            return table[lemma]
    return None


def _count_near(text: str, start: int, end: int, lo: int, hi: int) -> int | None:
    """The number of people a verb at [start, end) is about: a numeral before or after it."""
    data = count_data()
    best: tuple[int, int] | None = None
    for m in _NUMBER_WORD.finditer(text, max(lo, start - 60), min(hi, end + 45)):
        if start <= m.start() < end:
            continue
        value = number_value(m.group())
        if value is None:
            continue
        if m.group().isdigit():
            tail = text[m.start() : m.end() + 25]
            if data["not_counts_rx"].match(tail):
                continue
            after = text[m.end() : m.end() + 40]
            if not data["people_rx"].search(" ".join(after.split()[:3])):
                continue
        elif m.group().lower() in ("один", "одна", "одно", "одного", "одной", "одним"):
            after = text[m.end() : m.end() + 30]
            if (
                not data["people_rx"].search(" ".join(after.split()[:2]))
                and "ещ" not in text[m.start() - 5 : m.start()].lower()
            ):
                continue
        distance = m.start() - end if m.start() >= end else start - m.end()
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def _singular(word: str) -> bool:
    found = morph.readings(word.split()[0])
    return bool(found) and "sing" in found[0].tags and "plur" not in found[0].tags


def counts(text: str, lo: int, hi: int, category: str) -> list[CountFact]:
    """What the clause [lo, hi) says about how many were killed / injured / arrested."""
    data = count_data()
    facts: list[CountFact] = []
    for m in data[category + "_rx"].finditer(text, lo, hi):
        n = _count_near(text, m.start(), m.end(), lo, hi)
        if n is None and _singular(m.group()):
            n = 1  # "погибла мирная жительница", "нападавший был застрелен"
        if n is not None:
            facts.append(CountFact(category, n, m.start(), m.end()))
    best = max(facts, key=lambda f: f.value, default=None)
    return [best] if best else []


def _sentence_actors(doc: Document, lo: int, hi: int) -> list[ActorMention]:
    return [a for a in doc.actors if lo <= a.start < hi]


def _place_of(places: list[PlaceMention], lo: int, hi: int) -> PlaceMention | None:
    inside = [p for p in places if lo <= p.start < hi and p.role == "location" and p.name_of != "dateline"]
    if not inside:
        return None
    return min(inside, key=lambda p: (_PLACE_RANK.get(p.place.precision, 5), p.start))


def _date_of(doc: Document, lo: int, hi: int) -> Timex | None:
    inside = [t for t in doc.timexes if lo <= t.start < hi and t.governing and t.kind != "name"]
    if not inside:
        return None
    return min(inside, key=lambda t: (t.date_end - t.date_start, t.start))


def annotate(doc: Document) -> None:
    text = doc.text
    c = cues()
    mentions: list[EventMention] = []
    last_date: Timex | None = None
    last_place: PlaceMention | None = None
    last_paragraph = -1
    publication = with_publication(doc.published) if doc.published else None
    fallback_place = _place_of(doc.places, 0, len(text))
    adjectives = [p for p in doc.places if p.cue == "adj" and p.place.precision == "admin1"]
    for index, sent in enumerate(doc.sentences):
        lo, hi = sent.start, sent.end
        body = text[lo:hi]
        if sent.paragraph != last_paragraph:
            last_date = None  # a new paragraph: the day is told again or is the report's
            last_paragraph = sent.paragraph
        own_date = _date_of(doc, lo, hi)
        own_place = _place_of(doc.places, lo, hi)
        background = bool(
            c["background_openers"].search(body.lstrip()) or c["background_anywhere"].search(body)
        )
        seen: set[str] = set()
        for trig in triggers():
            if trig.family in seen:
                continue
            m = trig.regex.search(text, lo, hi)
            if m is None:
                continue
            if trig.needs is not None and not trig.needs.search(text, lo, hi):
                continue
            if trig.blocks is not None and trig.blocks.search(text, lo, hi):
                continue
            if trig.family == "violent" and (
                "seizure" in seen or ("arrest" in seen and trig.strength == "weak")
            ):
                continue
            seen.add(trig.family)
            mentions.append(
                _mention(
                    doc,
                    index,
                    m,
                    trig,
                    own_date,
                    own_place,
                    last_date,
                    last_place,
                    publication,
                    fallback_place,
                    adjectives,
                    background,
                )
            )
        if own_date is not None:
            last_date = own_date
        if own_place is not None:
            last_place = own_place
    doc.mentions = mentions


def _mention(
    doc: Document,
    index: int,
    m: re.Match[str],
    trig: Trigger,
    own_date: Timex | None,
    own_place: PlaceMention | None,
    last_date: Timex | None,
    last_place: PlaceMention | None,
    publication: Timex | None,
    fallback_place: PlaceMention | None,
    adjectives: list[PlaceMention],
    background: bool,
) -> EventMention:
    text = doc.text
    sent = doc.sentences[index]
    lo, hi = sent.start, sent.end
    c = cues()
    actors = _sentence_actors(doc, lo, hi)
    side = trig.side
    if any(a.category == "state_force" for a in actors) and trig.kind == "clash":
        side = "state"
    facts: list[CountFact] = []
    if trig.family == "violent":
        facts = counts(text, lo, hi, "killed") + counts(text, lo, hi, "injured")
    elif trig.family in ("arrest", "protest"):
        facts = counts(text, lo, hi, "arrested")
    killed = next((f.value for f in facts if f.category == "killed"), None)
    injured = next((f.value for f in facts if f.category == "injured"), None)
    arrested = next((f.value for f in facts if f.category == "arrested"), None)
    kind = trig.kind
    sub = trig.sub
    if kind == "protest" and c["intervention"].search(text, lo, hi):
        sub = "intervention"
    armed = trig.target_armed
    if armed is None and trig.family == "violent":
        armed = bool(c["armed_targets"].search(text, lo, hi)) or None
    place = own_place or last_place
    if place is None:
        adj = [p for p in adjectives if lo <= p.start < hi]
        place = adj[0] if adj else fallback_place
    when = own_date or last_date or publication
    record_actors = [
        Actor(
            name=a.text,
            canonical=a.canonical,
            role="perpetrator" if a.category in ("armed_group", "state_force") else "other",
        )
        for a in actors
        if a.canonical
    ]
    if (
        side == "state"
        and not any(a.canonical == "Russian security forces" for a in record_actors)
        and (
            any(
                a.canonical and a.category == "state_force" and "Russia" in (a.canonical or "")
                for a in actors
            )
            or trig.kind == "clash"
        )
    ):
        record_actors.append(Actor(name="силовики", canonical="Russian security forces", role="perpetrator"))
    mention = EventMention(
        trigger=Span(m.start(), m.end()),
        sentence=index,
        kind=kind,  # type: ignore[arg-type]
        evidence=[Span(lo, hi)],
        actors=record_actors,
        killed=killed,
        injured=injured,
        arrested=arrested,
        family=trig.family if trig.family in ("violent", "arrest", "legal", "seizure") else "violent",
        strength=trig.strength,
        clause=Span(lo, hi),
        paragraph=sent.paragraph,
        section=sent.section,
        background=background,
        sub=sub if sub in ("air", "shelling", "suicide", "remote") else None,
        target_armed=armed,
        perpetrator_side=side,
        date=when,
        own_date=own_date is not None,
        place=place.place if place else None,
        own_place=own_place is not None,
        counts=facts,
        force_new=bool(c["another"].search(text, lo, hi)),
        words=frozenset(w.lower() for w in re.findall(r"\w{4,}", text[lo:hi])),
    )
    return mention
