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

import bisect
import dataclasses
import itertools
import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kronika import morph
from kronika.actors import ActorMention, acled_country
from kronika.document import Document, Span
from kronika.events import typing as acled_typing
from kronika.events.clauses import _is_title
from kronika.events.counts import CountFact
from kronika.events.types import EventMention
from kronika.geo.types import PlaceMention
from kronika.language import resource_dir
from kronika.record import INTER_CODES, Actor, Role
from kronika.time.resolve import with_publication
from kronika.time.types import Timex

_W = r"(?<![\w-])"
_E = r"(?![\w])"
_NUMBER_WORD = re.compile(r"\d+|[А-Яа-яЁё]+")
_MILITANT = ("generic_armed", "armed_group")
_PLACE_RANK = {"place": 0, "district": 1, "admin1": 2, "region": 3, "country": 4, "unknown": 5}


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resource_dir("ru", "events") / name).read_text(encoding="utf-8"))
    return data


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"{_W}(?:{pattern}){_E}", re.I)


@dataclass(frozen=True, slots=True)
class Trigger:
    phrases: tuple[morph.Phrase, ...]
    regex: re.Pattern[str] | None
    kind: str
    family: str
    strength: str
    needs: tuple[morph.Phrase, ...]
    blocks: tuple[morph.Phrase, ...]
    sub: str | None
    target_armed: bool | None
    side: str | None
    #: a development told only where no violence is told in its paragraph (a КТО regime)
    alone: bool = False


def _phrases(specs: list[str] | None) -> tuple[morph.Phrase, ...]:
    return tuple(morph.phrase(s) for s in specs or ())


@cache
def triggers() -> tuple[Trigger, ...]:
    return tuple(
        Trigger(
            _phrases(row.get("phrases")),
            _rx(row["pattern"]) if row.get("pattern") else None,
            row["kind"],
            row["family"],
            row.get("strength", "strong"),
            _phrases(row.get("needs")),
            _phrases(row.get("blocks")),
            row.get("sub"),
            row.get("target_armed"),
            row.get("side"),
            bool(row.get("alone")),
        )
        for row in _load("triggers.json")["triggers"]
    )


@cache
def cues() -> dict[str, Any]:
    """The cue phrase lists (armed targets, intervention, force, crowd violence, background, drones)
    and the cue regular expressions (background openers, another happening, clause breaks)."""
    data = _load("triggers.json")
    out: dict[str, Any] = {
        k: _phrases(data[k])
        for k in (
            "armed_targets",
            "intervention",
            "crowd_violence",
            "background_anywhere",
            "protest_context",
            "crowd_subject",
        )
    }
    out["drone"] = _phrases(data["drone_words"])
    out["background_openers"] = re.compile(data["background_openers"], re.I)
    out["another"] = re.compile(data["another"], re.I)
    out["clause_breaks"] = re.compile(data["clause_breaks"], re.I)
    out["aggregate"] = re.compile(data["aggregate"], re.I)
    out["aggregate_part"] = re.compile(data["aggregate_part"], re.I)
    out["cause_before"] = re.compile(data["cause_before"], re.I)
    return out


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int


class _Words:
    """The document's words with their dictionary forms, read once per document."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = morph.tokens(text)
        self.starts = [t.start for t in self.toks]
        self._seen: dict[tuple[int, int], frozenset[str]] = {}

    def _forms(self, i: int, j: int) -> frozenset[str]:
        key = (i, j)
        if key not in self._seen:
            self._seen[key] = frozenset(f for t in self.toks[i:j] for f in t.forms)
        return self._seen[key]

    def _range(self, lo: int, hi: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi)
        while j > i and self.toks[j - 1].end > hi:
            j -= 1
        return i, j

    def find(self, phrases: tuple[morph.Phrase, ...], lo: int, hi: int) -> _Hit | None:
        """The earliest place in [lo, hi) where one of `phrases` is told."""
        if not phrases:
            return None
        i, j = self._range(lo, hi)
        found = morph.find(phrases, self.toks, i, j, self._forms(i, j))
        if found is None:
            return None
        return _Hit(self.toks[found[0]].start, self.toks[found[1] - 1].end)

    def has(self, phrases: tuple[morph.Phrase, ...], lo: int, hi: int) -> bool:
        return self.find(phrases, lo, hi) is not None

    def trigger(self, trig: Trigger, lo: int, hi: int) -> _Hit | None:
        hit = self.find(trig.phrases, lo, hi)
        if trig.regex is not None:
            m = trig.regex.search(self.text, lo, hi)
            if m is not None and (hit is None or m.start() < hit.start):
                hit = _Hit(m.start(), m.end())
        return hit


@cache
def _actor_naming() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resource_dir("ru", "actors") / "naming.json").read_text(encoding="utf-8")
    )
    return data


@cache
def count_data() -> dict[str, Any]:
    data = _load("counts.json")
    for key in ("killed", "injured", "arrested", "people", "at_least", "perpetrators"):
        data[key + "_rx"] = _rx(data[key])
    for key in ("at_least_before", "vague_before", "coordinated", "part_of"):
        data[key + "_rx"] = re.compile(data[key], re.I)
    data["not_counts_rx"] = re.compile(data["not_counts"], re.I)
    data["negation_after_rx"] = re.compile(data["negation_after"], re.I)
    data["all_of_them_rx"] = re.compile(data["all_of_them"], re.I)
    data["they_rx"] = re.compile(data["they"])
    data["negation_before_rx"] = re.compile(data["negation_before"], re.I)
    return data


def number_value(word: str, before: str = "") -> int | None:
    """The value of a Russian number in any case ("двух", "четверо", "22", "десятка"), or None.

    A collective noun in the plural ("десятки", "сотни человек") is no count; where its form may be
    singular or plural ("сотни"), it counts only after a word of quantity ("около сотни")."""
    if word.isdigit():
        return int(word)
    data = count_data()
    table: dict[str, int] = data["numerals"]
    found = morph.readings(word)
    values = [r for r in found if r.lemma in table]
    if not values:
        return None
    value = table[values[0].lemma]
    if values[0].lemma in data["collective_nouns"]:
        own = [r for r in values if r.lemma in data["collective_nouns"]]
        if all("plur" in r.tags for r in own):
            return None  # "десятки раненых"
        if any("plur" in r.tags for r in own) and not data["at_least_before_rx"].search(before):
            return None  # "сотни человек", not "около сотни человек"
    return value


def _number_at(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The value of the number starting at `m` and where it ends, compound numerals read whole
    ("двадцать два", "сто тридцать пять")."""
    value = number_value(m.group(), text[max(0, m.start() - 25) : m.start()])
    if value is None:
        return None
    end = m.end()
    if m.group().isdigit():
        return value, end
    while value % 10 == 0:
        nxt = re.match(r"\s+([А-Яа-яЁё]+)", text[end:])
        if nxt is None:
            break
        more = number_value(nxt.group(1))
        if more is None or more >= value or (value < 100 and more >= 10) or more == 0:
            break
        if value >= 100 and more >= 100:
            break
        value += more
        end += nxt.end()
    return value, end


def _verbs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where the clause's casualty and detention verbs stand."""
    data = count_data()
    return sorted(
        (m.start(), m.end())
        for category in ("killed", "injured", "arrested")
        for m in data[category + "_rx"].finditer(text, lo, hi)
    )


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return a[0] - b[1] if a[0] >= b[1] else b[0] - a[1] if b[0] >= a[1] else 0


def _people_after(text: str, at: int) -> int | None:
    """Where the noun of people a number at `at` counts ends ("трое военных", "5 мирных жителей"):
    the last word of people among the next three, before any punctuation; None if there is none."""
    data = count_data()
    end = None
    for w in itertools.islice(re.finditer(r"[^\s,;:.!?()«»\"—–]+|[,;:.!?()«»\"—–]", text[at : at + 60]), 3):
        if not w.group()[0].isalnum():
            break
        noun = data["people_rx"].match(text, at + w.start())
        if noun is not None and noun.end() >= at + w.end():
            end = noun.end()
        elif end is not None:
            break
    return end


@dataclass(frozen=True, slots=True)
class _Count:
    value: int
    start: int
    end: int


def _chain(
    text: str, first: _Count, verb: tuple[int, int], verbs: list[tuple[int, int]]
) -> tuple[int, int, int]:
    """The numbers coordinated after `first`, each with its noun of people ("четверо военных и двое
    мирных жителей"): (their sum, where the chain ends, how many numbers it holds). A number that
    another casualty verb follows is that verb's ("двое погибли, трое ранены"), and a number of a part
    ("трое из них") is no addend."""
    data = count_data()
    total, end, n = first.value, _people_after(text, first.end) or first.end, 1
    while True:
        nxt = data["coordinated_rx"].match(text, end)
        if nxt is None:
            break
        m = _NUMBER_WORD.match(text, nxt.end())
        if m is None or any(end <= v[0] < m.start() for v in verbs):
            break
        got = _number_at(text, m)
        after = _people_after(text, got[1]) if got is not None else None
        if (
            got is None
            or after is None
            or data["part_of_rx"].match(text, after)
            or data["part_of_rx"].match(text, got[1])
        ):
            break
        follows = re.match(r"\s*(?:\w+\s+){0,1}", text[after:])
        if any(v != verb and after <= v[0] <= after + (follows.end() if follows else 0) for v in verbs):
            break  # "…, один сотрудник ранен": told of another verb
        total, end, n = total + got[0], after, n + 1
    return total, end, n


def _group(text: str, first: _Count, verb: tuple[int, int], verbs: list[tuple[int, int]], lo: int) -> _Count:
    """The number a verb counts, with the numbers coordinated with it, before or after it."""
    for m in _NUMBER_WORD.finditer(text, max(lo, first.start - 80), first.start):
        got = _number_at(text, m)
        if got is None or _people_after(text, got[1]) is None:
            continue
        start = _Count(got[0], m.start(), got[1])
        total, end, n = _chain(text, start, verb, verbs)
        owned = any(v != verb and v[1] <= m.start() and not text[v[1] : m.start()].strip() for v in verbs)
        if owned:
            continue  # "уничтожены двое боевиков, один сотрудник ранен": the first number is another verb's
        if n > 1 and end >= first.end and re.fullmatch(r"\s*(?:был[иоа]?\s+)?", text[end : verb[0]]):
            return _Count(total, start.start, end)  # "четверо военных и двое мирных жителей погибли"
    total, end, _ = _chain(text, first, verb, verbs)
    return _Count(total, first.start, end)


def _count_near(text: str, start: int, end: int, lo: int, hi: int) -> _Count | None:
    """The number of people a verb at [start, end) is about: a numeral before or after it that
    no other casualty verb of the clause stands nearer to ("…уничтожены, один полицейский ранен"),
    with the numbers coordinated with it; None when the nearest number is vague ("почти 30")."""
    data = count_data()
    best: tuple[int, _Count] | None = None
    verbs = _verbs(text, lo, hi)
    others = [v for v in verbs if not (v[0] < end and start < v[1])]
    active = _active(text[start:end])
    for m in _NUMBER_WORD.finditer(text, max(lo, start - 60), min(hi, end + 45)):
        if start <= m.start() < end or (active and m.start() < start):
            continue  # "двое боевиков убили полицейского": the number before an active verb is its doers
        here = _gap((m.start(), m.end()), (start, end))
        if any(
            _gap((m.start(), m.end()), v) < here
            and not (m.start() >= v[1] and re.search(r"[,;:—–]", text[v[1] : m.start()]))
            for v in others
        ):
            continue  # nearer to another verb that it may count (not one it stands after a comma from)
        if m.start() >= end and re.search(r"[,;:—–]", text[end : m.start()]):
            continue  # "…уничтожены, один полицейский ранен": the number opens the next clause
        got = _number_at(text, m)
        if got is None:
            continue
        value, num_end = got
        if m.group().isdigit():
            tail = text[m.start() : m.start() + 25]
            if data["not_counts_rx"].match(tail):
                continue
            adjacent = not (text[num_end:start] if m.start() < start else text[end : m.start()]).strip()
            if not adjacent and _people_after(text, num_end) is None:
                continue
        elif not set(morph.lemmas(m.group())) & set(data["collective"]):
            # "три жилых дома": a number word counts people only with a noun of people
            # ("двое", "трое" are people by themselves), or as "ещё один"
            another = "ещ" in text[max(0, m.start() - 5) : m.start()].lower()
            adjacent = not (text[num_end:start] if m.start() < start else text[end : m.start()]).strip()
            if not another and not adjacent and _people_after(text, num_end) is None:
                continue  # "более ста получили ранения": a number right at the verb counts people
        distance = m.start() - end if m.start() >= end else start - num_end
        count = _Count(value, m.start(), num_end)
        if data["vague_before_rx"].search(text[max(0, m.start() - 25) : m.start()]):
            count = _Count(-1, m.start(), num_end)  # "почти 30", "до 10": no count
        if best is None or distance < best[0]:
            best = (distance, count)
    if best is None or best[1].value < 0:
        return None
    return _group(text, best[1], (start, end), verbs, lo)


def _singular(word: str) -> bool:
    found = morph.readings(word.split()[0])
    if not found or "PRTF" in found[0].pos:
        return False  # "арестованного губернатора": a participle that names someone, no count
    return "sing" in found[0].tags and "plur" not in found[0].tags


def _person(word: str) -> bool:
    """A participle that names one person, in the nominative ("пострадавший", "раненая")."""
    found = morph.readings(word.split()[0])
    return bool(found) and found[0].pos == "PRTF" and {"sing", "nomn"} <= found[0].tags


def _active(word: str) -> bool:
    """An active transitive verb ("убил", "ранили"): the number it counts is its object, after it."""
    if len(word.split()) > 1:
        return False  # "получил ранение": the one who got it is its subject
    found = morph.readings(word)
    return bool(found) and found[0].pos == "VERB" and "tran" in found[0].tags


def _plural(word: str) -> bool:
    found = morph.readings(word.split()[0])
    return bool(found) and "plur" in found[0].tags


def _subject_count(text: str, lo: int, at: int) -> _Count | None:
    """The number of the clause's subject, when the clause opens with one ("Затем двое вооруженных
    мужчин …"): the people a later plural verb with no number of its own is about."""
    for i, w in enumerate(itertools.islice(_NUMBER_WORD.finditer(text, lo, at), 4)):
        got = _number_at(text, w)
        if got is not None and _people_after(text, got[1]) is not None:
            return _Count(got[0], w.start(), got[1])
        if i >= 3:
            break
    return None


def _told_before(text: str, lo: int) -> int | None:
    """The last number of people told in the 200 characters before the clause."""
    value = None
    for m in _NUMBER_WORD.finditer(text, max(0, lo - 200), lo):
        got = _number_at(text, m)
        if got is not None and _people_after(text, got[1]) is not None:
            value = got[0]
    return value


def _perpetrators(text: str, lo: int, verb: tuple[int, int], count: _Count | None) -> bool:
    """The dead a verb counts are the attackers or militants ("сам нападавший был ликвидирован",
    "уничтожены трое боевиков"): the noun counted, else the noun next to the verb, is theirs."""
    data = count_data()
    if count is not None:
        noun = _people_after(text, count.end) or count.end
        return bool(data["perpetrators_rx"].search(text, count.start, noun))
    after = " ".join(re.split(r"[,;.]", text[verb[1] : verb[1] + 40])[0].split()[:2])
    if data["people_rx"].search(after):
        return bool(data["perpetrators_rx"].search(after))  # "погибла мирная жительница"
    subject = data["people_rx"].search(text, lo, verb[0])
    # the clause's first noun of people, its subject: "сам нападавший был ликвидирован", "боевик
    # застрелил прохожего и был уничтожен"
    return subject is not None and bool(data["perpetrators_rx"].match(text, subject.start()))


def counts(text: str, lo: int, hi: int, category: str) -> list[CountFact]:
    """What the clause [lo, hi) says about how many were killed / injured / arrested: the largest
    figure of the people hit, and for the dead also the largest figure of the attackers killed
    (the gold counts both: "killed two policemen … the attacker was killed" is three)."""
    data = count_data()
    facts: list[CountFact] = []
    for m in data[category + "_rx"].finditer(text, lo, hi):
        if data["negation_after_rx"].match(text, m.end()) or data["negation_before_rx"].search(
            text, max(lo, m.start() - 40), m.start()
        ):
            continue  # "пострадавших нет", "никто не пострадал"
        near = _count_near(text, m.start(), m.end(), lo, hi)
        n = near.value if near is not None else None
        if _active(m.group()):
            if n is None and _people_after(text, m.end()) is not None:
                n = 1  # "застрелил прохожего": one, the object the verb names
            if n is not None:
                facts.append(CountFact(category, n, m.start(), m.end(), perpetrator=False))
            continue
        if n is None and (
            data["all_of_them_rx"].search(text, max(lo, m.start() - 30), m.start())
            or (_plural(m.group()) and data["they_rx"].match(text, lo))
        ):
            n = _told_before(text, lo)  # "трое боевиков … все они были уничтожены", "Они … нейтрализованы"
        if n is None and _plural(m.group()):
            subject = _subject_count(text, lo, m.start())
            if subject is not None:
                near, n = (
                    subject,
                    subject.value,
                )  # "двое мужчин … ранили двух сотрудников, после чего были застрелены"
        if n is None and _singular(m.group()):
            n = 1  # "погибла мирная жительница", "нападавший был застрелен"
        elif n is None and category == "injured" and _person(m.group()):
            n = 1  # "Пострадавший доставлен в больницу": the one hurt, named by the participle
        if n is not None:
            perp = category == "killed" and _perpetrators(text, lo, (m.start(), m.end()), near)
            facts.append(CountFact(category, n, m.start(), m.end(), perpetrator=perp))
    if not any(f.perpetrator for f in facts) or all(f.perpetrator for f in facts):
        # the attackers' dead are told apart only beside other dead of the same clause; alone they are
        # the clause's dead (a later sentence may count the same people without saying whose they are)
        facts = [dataclasses.replace(f, perpetrator=False) for f in facts]
    out = []
    for perp in (False, True):
        best = max((f for f in facts if f.perpetrator == perp), key=lambda f: f.value, default=None)
        if best is not None:
            out.append(best)
    return out


def _sentence_actors(doc: Document, lo: int, hi: int) -> list[ActorMention]:
    return [a for a in doc.actors if lo <= a.start < hi]


def _place_of(places: list[PlaceMention], lo: int, hi: int) -> PlaceMention | None:
    inside = [p for p in places if lo <= p.start < hi and p.role == "location" and p.name_of != "dateline"]
    if not inside:
        return None
    return min(inside, key=lambda p: (_PLACE_RANK.get(p.place.precision, 5), not p.cue, p.start))


def _date_of(doc: Document, lo: int, hi: int) -> Timex | None:
    inside = [t for t in doc.timexes if lo <= t.start < hi and t.governing and t.kind != "name"]
    if not inside:
        return None
    return min(inside, key=lambda t: (t.date_end - t.date_start, t.start))


@dataclass(slots=True)
class _Context:
    """What the discourse carries from sentence to sentence."""

    publication: Timex | None
    fallback_place: PlaceMention | None
    adjectives: list[PlaceMention]
    last_date: Timex | None = None
    #: the last date told anywhere before: what a background sentence ("Напомним, …") refers to
    told_date: Timex | None = None
    last_place: PlaceMention | None = None
    #: who carried out the last attack told: a later strike with no actor of its own is theirs
    perpetrators: list[Actor] = field(default_factory=list)
    #: the sentence tells a total over a span ("за неделю погибли …"), or breaks the total told just
    #: before down ("Среди погибших …", whose casualty words make no mention): a total, never one of
    #: the happenings it sums
    aggregate: bool = False
    #: the day the paragraph before told last: a paragraph that goes on about its happening keeps it
    paragraph_date: Timex | None = None


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentence cut where it tells another happening ("…, и ещё один ранен …")."""
    cuts = [m.start() for m in cues()["clause_breaks"].finditer(text, lo, hi)]
    bounds = [lo, *cuts, hi]
    return [(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _background_date(doc: Document, lo: int, hi: int) -> Timex | None:
    """A background sentence's own date, even one said as when it was reported ("5 июля сообщалось")."""
    inside = [t for t in doc.timexes if lo <= t.start < hi and t.kind not in ("name", "publication")]
    return inside[0] if inside else None


def _clause_hits(
    words: _Words, lo: int, hi: int, sent_lo: int, sent_hi: int
) -> dict[str, tuple[Trigger, _Hit]]:
    """The first trigger of each family the clause [lo, hi) tells (in the rows' order), with the
    families that tell one happening together folded into one: a crowd carries the force used on it,
    its detentions and its own violence (a demonstration that turns violent is a riot)."""
    found: dict[str, tuple[Trigger, _Hit]] = {}
    for trig in triggers():
        if trig.family in found:
            continue
        hit = words.trigger(trig, lo, hi)
        if hit is None:
            continue
        if trig.needs and not words.has(trig.needs, sent_lo, sent_hi):
            continue
        if trig.blocks and words.has(trig.blocks, sent_lo, sent_hi):
            continue
        if trig.family == "violent" and (
            "seizure" in found or ("arrest" in found and trig.strength == "weak")
        ):
            continue
        found[trig.family] = (trig, hit)
    if "violent" in found and "protest" not in found and "riot" not in found:
        trig, hit = found["violent"]
        if trig.kind == "attack" and trig.sub is None and trig.strength == "strong" and _mob(words, lo, hit):
            found["riot"] = (dataclasses.replace(trig, kind="riot", family="riot", sub="mob", side=None), hit)
    if "violent" in found and "develop" in found and found["develop"][0].sub == "looting":
        text = words.text
        if counts(text, lo, hi, "killed") or counts(text, lo, hi, "injured"):
            found.pop("develop")  # "подожгли дом, погибли двое детей": the attack, not the damage
        elif found["violent"][0].strength == "weak":
            found.pop("violent")  # "подожгли здание, пострадавших нет": the damage alone
    if "arrest" in found and "seizure" in found:
        found.pop("seizure")  # "задержан …, при обыске изъяли СВУ": the arrest carries what was found
    crowd_told = "protest" in found or "riot" in found
    if "arrest" in found and not crowd_told and words.has(cues()["protest_context"], sent_lo, sent_hi):
        trig, hit = found.pop("arrest")  # "задержаны 40 участников акции": the protest's intervention
        found["protest"] = (
            dataclasses.replace(trig, kind="protest", family="protest", sub="intervention"),
            hit,
        )
    if "protest" in found and "riot" not in found and words.has(cues()["crowd_violence"], lo, hi):
        trig, hit = found.pop("protest")
        found["riot"] = (dataclasses.replace(trig, kind="riot", family="riot", sub=None), hit)
    if "protest" in found or "riot" in found:
        for family in ("violent", "arrest", "seizure", "legal", "develop"):
            found.pop(family, None)  # the force used on the crowd, its detentions, its damage: one event
    return found


def _intervention(words: _Words, lo: int, hi: int) -> bool:
    """The sentence tells force or detentions used on the crowd, not a cause it stands for
    ("пикет в поддержку задержанных", "за освобождение арестованных")."""
    while (hit := words.find(cues()["intervention"], lo, hi)) is not None:
        if not cues()["cause_before"].search(words.text, max(lo, hit.start - 30), hit.start):
            return True
        lo = hit.end
    return False


def _mob(words: _Words, lo: int, hit: _Hit) -> bool:
    """A crowd with no arms is the doer of the violence at `hit`: a crowd noun stands just before
    the verb, as its subject ("местные жители избили мужчину"), and no armed actor is named there."""
    start = max(lo, hit.start - 60)
    crowd = words.find(cues()["crowd_subject"], start, hit.start)
    near = crowd is not None and len(words.text[crowd.end : hit.start].split()) <= 2
    if not near:
        # the crowd opens the clause as its subject, the verb further on with no break between
        # ("Несколько десятков жителей посёлка вечером окружили дом и избили его")
        opening = words.text[lo : hit.start]
        head = len(opening) - len(opening.lstrip(' \n«"')) + lo
        crowd = words.find(cues()["crowd_subject"], head, min(hit.start, head + 30))
        if crowd is None or crowd.start - head > 12 or len(words.text[crowd.end : hit.start].split()) > 14:
            return False
    if crowd is None or re.search(r"[,;:—–]", words.text[crowd.end : hit.start]):
        return False
    return not count_data()["perpetrators_rx"].search(words.text, start, hit.end)


def annotate(doc: Document) -> None:
    text = doc.text
    words = _Words(text)
    c = cues()
    mentions: list[EventMention] = []
    ctx = _Context(
        with_publication(doc.published) if doc.published else None,
        _place_of(doc.places, 0, len(text)),
        [p for p in doc.places if p.cue == "adj" and p.place.precision in ("admin1", "region")],
    )
    last_paragraph = -1
    alone: list[EventMention] = []
    for index, sent in enumerate(doc.sentences):
        body = text[sent.start : sent.end]
        if sent.paragraph != last_paragraph:
            # a new paragraph: the day is told again or is the report's, unless the paragraph goes
            # on about the last happening (no place of its own, or the same place)
            ctx.paragraph_date, ctx.last_date = ctx.last_date, None
            last_paragraph = sent.paragraph
        background = bool(
            c["background_openers"].search(body.lstrip())
            or words.has(c["background_anywhere"], sent.start, sent.end)
        )
        sent_date = _date_of(doc, sent.start, sent.end)
        if background and sent_date is None:
            sent_date = _background_date(doc, sent.start, sent.end)
        sent_place = _place_of(doc.places, sent.start, sent.end)
        breakdown = ctx.aggregate and bool(c["aggregate_part"].match(body.lstrip()))
        ctx.aggregate = bool(c["aggregate"].search(body)) or breakdown
        for lo, hi in _clauses(text, sent.start, sent.end):
            own_date = _date_of(doc, lo, hi) or sent_date
            own_place = _place_of(doc.places, lo, hi) or sent_place
            found = _clause_hits(words, lo, hi, sent.start, sent.end)
            for family, (trig, hit) in found.items():
                if background and family != "violent":
                    continue  # "как писал …", "ранее …": told as background, not reported here
                if breakdown and family == "violent" and trig.strength == "weak":
                    continue  # "Среди погибших …" after a total: its parts, not a happening
                mention = _mention(
                    doc, words, index, (lo, hi), hit, trig, own_date, own_place, ctx, background
                )
                if family == "violent" and found.keys() & {"legal", "arrest"} and not mention.counts:
                    continue  # "приговорил … за теракт", "задержан участник нападения": what it is for
                _carry_perpetrators(mention, ctx)
                _join_riot(mention, mentions)
                mentions.append(mention)
                if trig.alone:
                    alone.append(mention)
        if sent_date is not None:
            ctx.last_date = ctx.told_date = sent_date
        if sent_place is not None:
            ctx.last_place = sent_place
    violent_paragraphs = {m.paragraph for m in mentions if m.family == "violent"}
    doc.mentions = [m for m in mentions if not (m in alone and m.paragraph in violent_paragraphs)]


def _dated_and_placed(own_date: Timex | None, own_place: PlaceMention | None) -> bool:
    """A clause with its own day and its own town or district tells a happening of its own
    (the items of a round-up: "17 января около Гичи-Гамри …", "В ночь на 15 января в …", a night
    being two days)."""
    return (
        own_date is not None
        and (own_date.precision == "day" or (own_date.date_end - own_date.date_start).days <= 1)
        and own_place is not None
        and own_place.place.precision in ("place", "district")
    )


def _role(actor: ActorMention, kind: str, sub: str | None) -> Role:
    """The actor's part in a happening of this kind, from what kind of actor it is."""
    if actor.category in _MILITANT:
        return "subject" if kind in ("arrest", "legal_action") else "perpetrator"
    if actor.category == "government":
        return "authority"
    if actor.category != "state_force":
        return "other"
    if kind in ("arrest", "legal_action", "seizure"):
        return "authority"
    if kind in ("protest", "riot"):
        return "security_force"
    if kind == "attack" and sub not in ("air", "shelling"):
        return "target"  # an attack on a post or a patrol; forces that strike are told by air or shelling
    return "perpetrator"


def _typed(actor: Actor, actor_type: str) -> Actor:
    return dataclasses.replace(actor, type=actor_type, inter=INTER_CODES[actor_type])  # type: ignore[arg-type]


def _record_actors(
    actors: list[ActorMention], kind: str, sub: str | None, side: str | None, place: PlaceMention | None
) -> list[Actor]:
    """The sentence's actors as the record names them, with their ACLED type and inter code: a
    named group or force by its own name; a force the text names by its branch alone ("полиция",
    "правительственные войска") as ACLED names it for the country of the place ("Police Forces of
    Russia"); militants no group is named for as an unidentified armed group, people as civilians
    (of that country). The crowd of a demonstration is named by assembly, once."""
    country = acled_country(place.place.country, place.place.country_code) if place is not None else None
    branches: dict[str, str] = _actor_naming()["branches"]
    home: dict[str, str] = _actor_naming()["home"]
    named_armed = any(a.category == "armed_group" for a in actors)
    crowd = kind in ("protest", "riot")
    out: list[Actor] = []
    for a in actors:
        canonical = a.canonical
        if a.category == "protester" or (crowd and a.category == "civilian"):
            continue  # the demonstrators themselves
        if a.category == "generic_armed":
            if named_armed:
                continue  # "боевики ИГ": the group the text names
            canonical = acled_typing.acled_name("unidentified", country)
        elif a.category == "civilian":
            canonical = acled_typing.acled_name("civilians", country)
        elif canonical in home and (country is None or country == home[canonical]):
            pass  # "силовики" in Russia: the Russian security forces
        elif canonical in branches:
            canonical = acled_typing.acled_name(branches[canonical], country)
        elif canonical is None:
            continue
        if any(x.canonical == canonical for x in out):
            continue
        role = _role(a, kind, sub)
        if a.category == "generic_armed" and kind == "clash" and side == "state":
            role = "target"  # militants the forces fight
        elif a.category == "civilian":
            role = (
                "victim" if kind == "attack" else "subject" if kind in ("arrest", "legal_action") else "other"
            )
        actor_type = "civilians" if a.category == "civilian" else acled_typing.actor_type(a)
        out.append(_typed(Actor(name=a.text, canonical=canonical, role=role), actor_type))
    return out


def _force_country(actor: Actor) -> str | None:
    """The state a force belongs to, from its record name ("Military Forces of Russia")."""
    home: dict[str, str] = _actor_naming()["home"]
    name = actor.canonical or ""
    if name in home:
        return home[name]
    m = re.search(r"\bof ([A-Z][\w' -]+?)(?: \(|$)", name)
    return m.group(1) if m else None


def _foreign_army(actors: list[Actor], place: PlaceMention | None) -> bool:
    """The state forces taking the place all belong to another state than the place's: ACLED codes a
    foreign state's capture of ground as it codes a non-state actor's ("Non-state actor overtakes
    territory"); "Government regains territory" is a state taking back its own."""
    if place is None or not place.place.country:
        return False
    here = acled_country(place.place.country, place.place.country_code)
    states = {_force_country(a) for a in actors if a.type == "state forces"} - {None}
    return bool(states) and here not in states


def _join_riot(m: EventMention, before: list[EventMention]) -> None:
    """A protest told just after a riot is the same crowd: it joins the riot; so does a bare
    casualty clause ("пострадали 20 человек") told right after a crowd."""
    recent = [b for b in before[-3:] if m.sentence - b.sentence <= 3]
    last = recent[-1].date if recent else None
    if m.own_date and m.date is not None and last is not None and m.date.date_start != last.date_start:
        return  # "Протесты начались 2 января в …": its own day, an earlier crowd
    if m.kind == "protest" and any(b.kind == "riot" for b in recent):
        m.kind, m.family = "riot", "riot"
    elif m.strength == "weak" and recent and recent[-1].kind in ("riot", "protest"):
        m.kind, m.family = recent[-1].kind, recent[-1].family  # type: ignore[assignment]


def _carry_perpetrators(m: EventMention, ctx: _Context) -> None:
    if m.family != "violent" or m.kind != "attack":
        return
    own = [a for a in m.actors if a.role == "perpetrator"]
    if own:
        ctx.perpetrators = own
    elif ctx.perpetrators:
        m.actors = [*m.actors, *ctx.perpetrators]


def _strike_means(doc: Document, words: _Words, index: int) -> str:
    """An unnamed strike ("в результате удара") is a drone strike in a paragraph about drones
    (told in its other sentences), else shelling."""
    sent = doc.sentences[index]
    drone = cues()["drone"]
    for other in doc.sentences:
        if (
            other.paragraph == sent.paragraph
            and other is not sent
            and words.has(drone, other.start, other.end)
        ):
            return "air"
    return "shelling"


def _mention(
    doc: Document,
    words: _Words,
    index: int,
    clause: tuple[int, int],
    m: _Hit,
    trig: Trigger,
    own_date: Timex | None,
    own_place: PlaceMention | None,
    ctx: _Context,
    background: bool,
) -> EventMention:
    text = doc.text
    sent = doc.sentences[index]
    lo, hi = clause
    c = cues()
    actors = _sentence_actors(doc, sent.start, sent.end)
    side = trig.side
    state = any(a.category == "state_force" for a in actors)
    if state and trig.kind == "clash":
        side = "state"
    elif (
        state
        and side == "nonstate"
        and not any(a.category in ("generic_armed", "armed_group") for a in actors)
    ):
        side = None  # an attack told between armies or border guards: no militant side
    facts: list[CountFact] = []
    if trig.family == "violent":
        facts = counts(text, lo, hi, "killed") + counts(text, lo, hi, "injured")
    elif trig.family == "arrest":
        facts = counts(text, lo, hi, "arrested")
    elif trig.family in ("protest", "riot"):
        facts = [
            *counts(text, lo, hi, "killed"),
            *counts(text, lo, hi, "injured"),
            *counts(text, lo, hi, "arrested"),
        ]
    killed = next((f.value for f in facts if f.category == "killed"), None)
    injured = next((f.value for f in facts if f.category == "injured"), None)
    arrested = next((f.value for f in facts if f.category == "arrested"), None)
    sub = _strike_means(doc, words, index) if trig.sub == "strike" else trig.sub
    if trig.kind == "protest" and killed:
        sub = "force"  # protesters killed: excessive force against protesters
    elif trig.kind == "protest" and _intervention(words, sent.start, sent.end):
        sub = "intervention"
    armed = trig.target_armed
    if armed is None and trig.family == "violent":
        armed = words.has(c["armed_targets"], lo, hi) or None
    adj = [p for p in ctx.adjectives if sent.start <= p.start < sent.end]
    place = own_place or (adj[0] if adj else None) or ctx.last_place or ctx.fallback_place
    when = own_date or (ctx.told_date if background else ctx.last_date)
    if when is None and ctx.paragraph_date is not None and not background:
        same_place = own_place is None or (
            ctx.last_place is not None and own_place.place.name == ctx.last_place.place.name
        )
        when = ctx.paragraph_date if same_place else None
    when = when or ctx.publication or (ctx.told_date if ctx.aggregate else None)
    record_actors = _record_actors(actors, trig.kind, sub, side, place)
    russian_side = any(a.category == "state_force" and "Russia" in (a.canonical or "") for a in actors)
    if (
        side == "state"
        and (
            russian_side or (trig.kind == "clash" and place is not None and place.place.country_code == "RU")
        )
        and not any(
            a.canonical == "Russian security forces"
            or (a.canonical or "").startswith("Military Forces of Russia")
            for a in record_actors
        )
    ):
        record_actors.append(
            _typed(
                Actor(name="силовики", canonical="Russian security forces", role="perpetrator"),
                "state forces",
            )
        )
    if sub == "territory" and side == "state" and _foreign_army(record_actors, place):
        side = None  # a state's army taking ground abroad: ACLED's "Non-state actor overtakes territory"
    return EventMention(
        trigger=Span(m.start, m.end),
        sentence=index,
        kind=trig.kind,  # type: ignore[arg-type]
        evidence=[Span(lo, hi)],
        actors=record_actors,
        killed=killed,
        injured=injured,
        arrested=arrested,
        family=trig.family,
        strength=trig.strength,
        clause=Span(lo, hi),
        paragraph=sent.paragraph,
        section=sent.section,
        background=background,
        title=_is_title(doc, index, text[sent.start : sent.end]),
        sub=sub,
        target_armed=armed,
        perpetrator_side=side,
        date=when,
        own_date=own_date is not None,
        place=place.place if place else None,
        own_place=own_place is not None,
        counts=facts,
        force_new=bool(c["another"].search(text[lo:hi])) or _dated_and_placed(own_date, own_place),
        multi_site=trig.family == "violent" and ctx.aggregate,
        words=frozenset(w.lower() for w in re.findall(r"\w{4,}", text[lo:hi])),
    )
