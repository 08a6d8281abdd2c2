"""Argument attachment for time and place: the date and place of the happening told at a trigger.

`attach_date` and `attach_place` start from what the time and geo stages say governs the trigger
(`kronika.time.event_date`, `kronika.geo.event_place`) and keep it only when the clause of the
trigger states it for this happening: a dateline's date and city date and place the report; a
speech date ("police said on Monday") dates the statement; a reference ("the attack") is dated and
placed only by its own modifier ("the Friday attack", "the attack in Kabul"). Each returns the value
and whether the clause states it itself (``own``), which clustering uses to tell events apart.
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from datetime import timedelta

from kronika import geo, time
from kronika.actors import ActorMention
from kronika.document import Document, Span
from kronika.events import lexicon
from kronika.events.clauses import Clause
from kronika.geo.types import Place, PlaceMention
from kronika.time.resolve import with_publication
from kronika.time.types import Timex

WORD = re.compile(r"[A-Za-z][\w’'-]{2,}")


def _modifies(doc: Document, t: Timex, trigger: Span) -> bool:
    """A date inside the trigger's own noun phrase ("a 2021 attack", "the 2018 collapse") dates it."""
    between = doc.text[t.end : trigger.start]
    if 0 <= trigger.start - t.end <= 40 and not re.search(r"[,.;:()]|\b(?:and|or|when|as)\b", between):
        return True
    # "who had been arrested in August 2021", "the attack of 1978": the date right after its word
    after = doc.text[trigger.end : t.start]
    if 0 <= t.start - trigger.end <= 40 and re.fullmatch(
        r"\s+(?:[\w-]+\s+){0,3}?(?:in|on|during|of)\s+", after
    ):
        return True
    # "after clashes between A and B in a village on 16 November": the date ends the trigger's own
    # phrase (its parties and its place), inside an aside the time stage sets apart
    if 0 <= t.start - trigger.end <= 100 and lexicon.cue("own_phrase_date_gap").fullmatch(after):
        return True
    # "claimed an ambush that killed three soldiers in X on Sunday": the date ends the noun's own
    # restrictive relative clause, whatever the main verb's tense
    return 0 <= t.start - trigger.end <= 120 and bool(lexicon.cue("own_relative_date_gap").fullmatch(after))


def local_timexes(doc: Document, clause: Clause, trigger: Span) -> list[Timex]:
    """Date expressions of the clause that may date a happening told at `trigger`."""
    series = lexicon.cue("series_before")
    out = []
    for t in doc.starting_in("timexes", doc.timexes, clause.start, clause.end):
        if not (clause.start <= t.start and t.end <= clause.end):
            continue
        if t.kind == "publication":
            continue  # the page's own date line
        if re.fullmatch(r",?\s+when\s+[^;.:()]{0,120}", doc.text[t.end : trigger.start]):
            out.append(t)  # "since August 2023, when fighters took several towns": the when-clause's date
            continue
        if not t.governing and not _modifies(doc, t, trigger):
            continue  # the time stage's asides, reporting and header dates
        lead = "this " if t.text.lower().startswith("this ") else ""  # "the third such killing this year"
        if series.search(doc.text[max(clause.start, t.start - 80) : t.start] + lead):
            continue  # "the fifth such killing in 2022": the series' year, not the happening's date
        possessive = t.text.endswith(("'s", "’s")) or re.match(r"(?:'s|’s)\b", doc.text[t.end :])
        if possessive and not 0 <= trigger.start - t.end <= 25:
            continue  # "Monday night's attack" dates the attack, not an arrest told beside it
        if re.search(
            r"\b(?:since|until|till|before|after|prior to|as of|by)\s+(?:the\s+)?$",
            doc.text[t.start - 12 : t.start],
        ):
            continue  # "since February 2020", "until 2019": a bound of something else
        out.append(t)
    return out


def attach_date(
    doc: Document, clause: Clause, trigger: Span, toll: bool, reference: bool = False, nearest: bool = False
) -> tuple[Timex | None, bool]:
    when, own = _clause_date(doc, clause, trigger, toll, reference, nearest)
    if (
        not own
        and not reference
        and doc.published is not None
        and when is not None
        and when.kind != "publication"
        and _present(doc, clause, trigger)
    ):
        # "X and Y are being sanctioned": told in the present, it happens on the report's day, not on
        # the date the paragraphs before told of someone's past
        return with_publication(doc.published), False
    if own or toll or reference:
        return when, own
    said = _speech_range(doc, clause)
    if said is None or (when is not None and when.kind != "publication" and when.date_end < said.date_start):
        return when, own  # the narrative tells an earlier day ("entered the village late on Wednesday")
    return said, False


def _present(doc: Document, clause: Clause, trigger: Span) -> bool:
    """The trigger's verb is in the present ("are being sanctioned", "is now designated")."""
    return bool(
        lexicon.cue("present_before").search(doc.text[max(clause.start, trigger.start - 40) : trigger.start])
    )


#: the kind of a date taken from a reporting clause: the report's day, a weak date of the happening
SPEECH = "speech"


def _speech_range(doc: Document, clause: Clause) -> Timex | None:
    """'..., the army said on Thursday' and no other date in the sentence: that day or the day before."""
    speech = lexicon.cue("speech_date")
    sent = doc.sentences[clause.sentence]
    said: Timex | None = None
    dateline = lexicon.cue("dateline").match(doc.text[sent.start : sent.end])
    floor = sent.start + (dateline.end() if dateline else 0)
    for t in doc.timexes:
        if t.end <= floor or t.start >= sent.end or t.kind == "publication":
            continue
        if t.precision != "day" or not speech.search(doc.text[max(sent.start, t.start - 20) : t.end]):
            return None  # the sentence dates something itself ("who stabbed ... on Saturday")
        if clause.start <= t.start and t.end <= clause.end:
            said = t
    if said is None:
        return None
    day_before = said.date_start - timedelta(days=1)
    return dataclasses.replace(said, date_start=day_before, precision="days", kind=SPEECH)


def _clause_date(
    doc: Document, clause: Clause, trigger: Span, toll: bool, reference: bool = False, nearest: bool = False
) -> tuple[Timex | None, bool]:
    when = time.event_date(doc, trigger)
    local = local_timexes(doc, clause, trigger)
    dateline = lexicon.cue("dateline").match(doc.text[clause.start : clause.end])
    if dateline:
        # the filing date in a dateline dates the report, not the happening
        local = [t for t in local if t.start >= clause.start + dateline.end()]
        if when is not None and clause.start <= when.start < clause.start + dateline.end() and local:
            when = min(local, key=lambda t: abs(t.start - trigger.start))
    if local and nearest:
        when = min(local, key=lambda t: abs(t.start - trigger.start))
    adjacent = [
        t
        for t in local
        if 0 <= t.start - trigger.end <= 40
        and re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}?(?:in|on|during|since)\s+", doc.text[trigger.end : t.start])
    ]
    if adjacent and not toll:
        when = adjacent[0]  # "who had been arrested in August 2021": the date right after its verb
    if local and (when is None or not (clause.start <= when.start and when.end <= clause.end)):
        # the clause states its own date: take the expression nearest the trigger
        when = min(local, key=lambda t: abs(t.start - trigger.start))
    if when is None:
        return None, False
    inside = clause.start <= when.start and when.end <= clause.end
    is_local = any(t.start == when.start and t.end == when.end for t in local)
    if inside and not is_local and not dateline:
        # the expression dates another noun ("Monday night's attack") or bounds ("since 2020")
        if not local:
            return when, False
        when = min(local, key=lambda t: abs(t.start - trigger.start))
    finer = [
        t for t in local if when.date_start <= t.date_start and t.date_end <= when.date_end and t is not when
    ]
    if inside and finer and when.precision == "year":
        # "the 2022 market bombing ... on 12 May 2022": the most precise expression of that time
        when = min(finer, key=lambda t: ((t.date_end - t.date_start).days, abs(t.start - trigger.start)))
    dateline = lexicon.cue("dateline").match(doc.text[clause.start : clause.end])
    if inside and dateline and when.end <= clause.start + dateline.end():
        inside = False  # the date the report was filed
    if inside and toll:
        inside = False
    if inside and reference:
        # a reference is dated only by its own modifier: "the Friday attack", "the attack of 1978"
        between = (
            doc.text[when.end : trigger.start]
            if when.end <= trigger.start
            else doc.text[trigger.end : when.start]
        )
        inside = bool(lexicon.cue("reference_date_gap").match(between))
    if inside and lexicon.cue("speech_date").search(doc.text[max(clause.start, when.start - 20) : when.end]):
        inside = False
    return when, inside


def attach_place(
    doc: Document, clause: Clause, trigger: Span, reference: bool = False, family: str = "violent"
) -> tuple[Place | None, bool]:
    if not reference and lexicon.cue("here_locative").search(doc.text[clause.start : clause.end]):
        filed = dateline_place(doc)
        if filed is not None:
            return filed, True  # "arrested two smugglers here on Saturday": in the dateline's city
    return _clause_place(doc, clause, trigger, reference, family)


def dateline_place(doc: Document) -> Place | None:
    """The city of the document's dateline ("RAWALPINDI, (Agency) ...", "KABUL, Nov 3 (Reuters) -")."""
    dateline = lexicon.cue("dateline")
    for sent in doc.sentences[:6]:
        found = dateline.match(doc.text[sent.start : sent.end])
        if found is None:
            continue
        end = sent.start + found.end()
        named = [p for p in doc.places if sent.start <= p.start and p.end <= end]
        if named:
            return named[0].place
    return None


#: (document, its text) -> the round-up's paragraph heads: (paragraph start, end, head place)
_HEADS: list[tuple[weakref.ref[Document], str, list[tuple[int, int, Place]]]] = []


def paragraph_heads(doc: Document) -> list[tuple[int, int, Place]]:
    """The paragraphs of a round-up that each open with their own town ("KASESE - Police ...",
    "GULU - A military court ..."): two or more such heads naming different towns make each the
    place of its paragraph's happenings, as a place heading does for its section."""
    for ref, text, heads in _HEADS:
        if ref() is doc and text is doc.text:
            return heads
    dateline = lexicon.cue("dateline")
    heads: list[tuple[int, int, Place]] = []
    for para in doc.paragraphs:
        found = dateline.match(doc.text[para.start : para.end])
        if found is None:
            continue
        end = para.start + found.end()
        named = [
            p
            for p in doc.starting_in("places", doc.places, para.start, end)
            if para.start <= p.start and p.end <= end and PLACE_FINE.get(p.place.precision, 9) <= 1
        ]
        if named:
            heads.append((para.start, para.end, named[0].place))
    if len({h[2].name for h in heads}) < 2:
        heads = []
    _HEADS[:] = [(weakref.ref(doc), doc.text, heads)]
    return heads


#: place precisions a paragraph head may name: a town or a district, not a region or country
PLACE_FINE = {"place": 0, "district": 1}


def _head_place(doc: Document, clause: Clause, where: Place | None) -> Place | None:
    """The round-up paragraph head that places the clause, unless the clause names a town itself."""
    head = next((h[2] for h in paragraph_heads(doc) if h[0] <= clause.start < h[1]), None)
    if head is None or where is None or where.name == head.name:
        return head
    named = [
        p
        for p in doc.starting_in("places", doc.places, clause.start, clause.end)
        if clause.start <= p.start
        and p.end <= clause.end
        and p.place.name == where.name
        and p.role == "location"
        and PLACE_FINE.get(where.precision, 9) <= 1
    ]
    return None if named else head


def _where_antecedent(doc: Document, clause: Clause, trigger: Span) -> Place | None:
    """ "... shut across X, the regional capital, where thousands marched": the town a relative
    "where" hangs on places the happening told inside it."""
    before = [
        p
        for p in doc.starting_in("places", doc.places, clause.start, trigger.start)
        if clause.start <= p.start and p.end <= trigger.start and p.role == "location"
    ]
    for p in reversed(before):
        if PLACE_FINE.get(p.place.precision, 9) > 1:
            continue
        if WHERE_GAP.fullmatch(doc.text[p.end : trigger.start]):
            return p.place
        break
    return None


def _crowd_home(doc: Document, clause: Clause, trigger: Span) -> Place | None:
    """ "Residents of Wum protested outside the divisional office": a crowd named by its town
    gathers there, when the clause names no other place for it."""
    in_clause = [
        p
        for p in doc.starting_in("places", doc.places, clause.start, clause.end)
        if clause.start <= p.start and p.end <= clause.end
    ]
    if any(
        p.role == "location" and not TOWARDS.search(doc.text[max(clause.start, p.start - 30) : p.start])
        for p in in_clause
    ):
        return None
    for p in in_clause:
        if (
            p.role == "origin"
            and p.end <= trigger.start
            and PLACE_FINE.get(p.place.precision, 9) <= 1
            and CROWD_OF.search(doc.text[max(clause.start, p.start - 30) : p.start])
        ):
            return p.place
    return None


#: the words that name a crowd by its town ("residents of", "hundreds of villagers from")
CROWD_OF = re.compile(
    r"\b(?i:residents|inhabitants|villagers|people|traders|youths?|farmers|women|students|families)"
    r"\s+(?:of|from)\s+(?:the\s+)?$"
)


#: "the road to X": X is where the road leads, not where the crowd stands
TOWARDS = re.compile(r"\b(?i:road|highway|route|motorway)\s+(?:leading\s+)?(?:to|towards)\s+$")

#: a town, an optional apposition ("the regional capital"), then "where" and the clause's words
WHERE_GAP = re.compile(r"(?:,\s*(?:the\s+)?[\w’' -]{1,40})?,?\s+where\s+[^,;.:()]{0,80}")


def _clause_place(
    doc: Document, clause: Clause, trigger: Span, reference: bool = False, family: str = "violent"
) -> tuple[Place | None, bool]:
    where = geo.event_place(doc, trigger)
    head = _head_place(doc, clause, where)
    if head is not None:
        return head, True
    antecedent = _where_antecedent(doc, clause, trigger)
    if antecedent is not None:
        return antecedent, True
    if family in ("protest", "riot"):
        home = _crowd_home(doc, clause, trigger)
        if home is not None:
            return home, True
    dateline = lexicon.cue("dateline").match(doc.text[clause.start : clause.end])
    floor = clause.start + (dateline.end() if dateline else 0)
    if reference:
        # "the fighting, which broke out on Wednesday in a town in X province": its own relative clause
        # places it, when the geo stage offers no place of this clause (a dateline's city)
        gap = lexicon.cue("reference_place_gap")
        after = [
            p for p in doc.starting_in("places", doc.places, trigger.end, clause.end) if p.end <= clause.end
        ]
        told = [
            p
            for p in after
            if trigger.end <= p.start
            and p.role == "location"
            and gap.fullmatch(doc.text[trigger.end : p.start])
        ]
        offered = where is not None and any(
            clause.start <= p.start and p.place.name == where.name for p in after
        )
        if told and not offered:
            return told[0].place, True
    if (
        family == "legal"
        and dateline
        and not re.search(r"\bcourt\s+(?:in|of|at)\s+[A-Z]", doc.text[clause.start : clause.end])
    ):
        # a ruling happens where the court sits: the dateline city, unless the clause names the court's town
        filed = [
            p
            for p in doc.starting_in("places", doc.places, clause.start, floor)
            if clause.start <= p.start < floor
        ]
        if filed:
            return filed[0].place, True
    if where is None:
        return None, False
    in_clause = doc.starting_in("places", doc.places, clause.start, clause.end)
    here = [
        p for p in in_clause if clause.start <= p.start and p.end <= clause.end and p.place.name == where.name
    ]
    origin = lexicon.cue("origin_after")
    if here and all(origin.match(doc.text[p.end :]) for p in here):
        return None, False  # "a Manchester-born man", "a London-based group": not where it happened
    treated = lexicon.cue("treated_place_before")
    if here and all(treated.search(doc.text[max(clause.start, p.start - 80) : p.start]) for p in here):
        return None, False  # "the wounded are in a hospital in X": where the victims were taken
    means = lexicon.cue("means_modifier_after")
    if here and where.precision == "country" and all(means.match(doc.text[p.end :]) for p in here):
        # "a suspected US drone strike ... in Marib": who struck, not where
        located = [
            p
            for p in in_clause
            if clause.start <= p.start
            and p.end <= clause.end
            and p.role == "location"
            and p.place.name != where.name
            and re.search(
                r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", doc.text[max(0, p.start - 12) : p.start]
            )
        ]
        return (located[0].place, True) if located else (None, False)
    if (
        dateline
        and family in ("violent", "arrest", "seizure")
        and any(clause.start <= p.start < floor and p.place.name == where.name for p in in_clause)
    ):
        return None, False  # the place of the dateline, where the report was filed
    own = [p for p in in_clause if floor <= p.start and p.end <= clause.end and p.place.name == where.name]
    if family != "violent":
        # an arrest or a ruling is placed by a locative ("in Tripoli"), not by a name used as a
        # modifier ("the Manchester bomber")
        own = [
            p
            for p in own
            if re.search(
                r"\b(?i:in|at|near|outside|inside|across|around|covering|throughout|over)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$",
                doc.text[max(clause.start, p.start - 40) : p.start],
            )
        ]
    if reference:
        # a reference is placed only by its own modifier: "the Kabul attack", "the attack in Kabul"
        text = doc.text
        own = [
            p
            for p in own
            if (
                p.start >= trigger.end
                and re.fullmatch(
                    r"\s*(?:in|at|near|outside|on|of)\s+(?:the\s+)?", text[trigger.end : p.start]
                )
            )
            or (
                p.end <= trigger.start
                and re.fullmatch(r"(?:'s|’s)?\s+(?:[\w-]+\s+)?", text[p.end : trigger.start])
            )
        ]
    if not own:
        line_start = doc.text.rfind("\n", 0, clause.start) + 1
        if lexicon.cue("entry_line").match(doc.text[line_start : clause.end]) and not any(
            line_start <= p.start < clause.end and p.place.name == where.name
            for p in doc.starting_in("places", doc.places, line_start, clause.end)
        ):
            return None, False  # "- 9 January: a bomb kills three": the entry before does not place it
    if not own and _only_in_datelines(doc, where.name) and not _told_from_here(doc):
        return None, False  # the city a report was filed from places nothing the text does not put there
    return where, bool(own)


def multi_site(doc: Document, clause: Clause, trigger: Span) -> bool:
    """The trigger's own phrase spreads it over several places: "aerial attacks on multiple cities",
    "a missile attack on the infrastructure of a number of regions", "strikes across Ukraine"."""
    text = doc.text
    cut = re.compile(r"[,;:.()]")
    after = text[trigger.start : clause.end]
    stop = cut.search(after)
    phrase = after[: stop.start()] if stop else after
    head = text[clause.start : trigger.start]
    opener = max((m.end() for m in cut.finditer(head)), default=0)
    phrase = head[opener:] + phrase
    if lexicon.cue("multi_site").search(phrase):
        return True
    lo = clause.start + opener
    hi = trigger.start + len(phrase) - len(head[opener:])
    spread = lexicon.cue("multi_site_country_before")
    return any(
        lo <= p.start
        and p.end <= hi
        and p.place.precision in ("country", "region")
        and bool(spread.search(text[max(lo, p.start - 30) : p.start]))
        for p in doc.starting_in("places", doc.places, lo, hi)
    )


def country_place(doc: Document, place: Place) -> Place | None:
    """The country of `place` as a place: as the text names it, else from the gazetteer."""
    if place.precision in ("country", "region"):
        return place
    if not place.country_code:
        return None
    named = next(
        (
            p.place
            for p in doc.places
            if p.place.precision == "country" and p.place.country_code == place.country_code
        ),
        None,
    )
    if named is not None:
        return named
    from kronika.geo.gazetteer import gazetteer

    entry = gazetteer().country(place.country_code)
    if entry is None:
        return None
    return Place(
        name=entry.name,
        admin1=None,
        country=entry.name,
        country_code=place.country_code,
        latitude=round(entry.lat, 4),
        longitude=round(entry.lon, 4),
        precision="country",
        geonameid=entry.geonameid,
    )


def spread_place(doc: Document, place: Place | None, own: bool) -> tuple[Place | None, bool] | None:
    """The place of a happening spread over several places: its own region or country, else the
    country of the town the narrative gives (a lead over several cities is placed in none of them).
    None when the clause names a town of its own ("several districts of Kharkiv"): one site."""
    if place is None:
        return None, False
    fine = place.precision in ("place", "district")
    if own and fine:
        return None
    if not fine:
        return place, own
    country = country_place(doc, place)
    return (country, True) if country is not None else (None, False)


#: the last document's places by name, with the layer they were read from (each event of a
#: long document asks about its place's name)
_NAMED: list[tuple[weakref.ref[Document], list[PlaceMention], int, dict[str, list[PlaceMention]]]] = []


def _places_named(doc: Document) -> dict[str, list[PlaceMention]]:
    for ref, places, count, by_name in _NAMED:
        if ref() is doc and places is doc.places and count == len(places):
            return by_name
    by_name: dict[str, list[PlaceMention]] = {}
    for p in doc.places:
        by_name.setdefault(p.place.name, []).append(p)
    _NAMED[:] = [(weakref.ref(doc), doc.places, len(doc.places), by_name)]
    return by_name


def _told_from_here(doc: Document) -> bool:
    """A local report whose dateline paragraph says "here" ("RAWALPINDI, (Agency) Police foiled
    a bid here on Saturday"): its dateline city is where the whole story happens."""
    filed = dateline_place(doc)
    if filed is None:
        return False
    first = next((p for p in doc.places if p.name_of == "dateline"), None)
    para = next((p for p in doc.paragraphs if first is not None and p.start <= first.start < p.end), None)
    return para is not None and bool(lexicon.cue("here_locative").search(doc.text[para.start : para.end]))


def _only_in_datelines(doc: Document, name: str) -> bool:
    """Every mention of the place `name` sits in a dateline ("MANILA, Nov 4 (Reuters) -")."""
    named = _places_named(doc).get(name, [])
    if not named:
        return False
    dateline = lexicon.cue("dateline")
    for p in named:
        at = doc.sentence_at(p.start)
        if at is None:
            return False
        sent = doc.sentences[at]
        found = dateline.match(doc.text[sent.start : sent.end])
        if found is None or p.end > sent.start + found.end():
            return False
    return True


def clause_words(text: str, actors: list[ActorMention], offset: int) -> frozenset[str]:
    """Names and site nouns of a clause: what a later reference may share with it."""
    taken = [(a.start - offset, a.end - offset) for a in actors if a.category != "civilian"]
    sites = lexicon.cue("site_nouns")
    stop = lexicon.stopwords()
    out = set()
    for m in WORD.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or m.group().lower() in stop:
            continue
        if (m.group()[0].isupper() and m.start() > 0) or sites.fullmatch(m.group()):
            out.add(m.group().lower().removesuffix("’s").removesuffix("'s"))
    return frozenset(out)
