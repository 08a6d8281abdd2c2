"""The news/background filter: what a text tells in passing is no event.

Inside a clause (`scope_clause`): a relative aside about a group ("X, which has killed thousands
since 2009") hides its triggers and actors; an aggregate ("attacks this year killed 300") and a
group's history give no violent, arrest or organisational event; a happening remembered ("the
anniversary of the attack") is not told; a comparison ("the deadliest since
2019, when ...") cuts the clause where the old happening begins; generic plurals ("Islamist
attacks") are attacks in general. Across a document (used by clustering): an old attack a report
only cites (`old_reference`, `cited_background`) and a reference to an arrest never told
(`orphan_reference`) are not news.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kronika.actors import ActorMention
from kronika.document import Document
from kronika.events import lexicon
from kronika.events.clauses import Clause
from kronika.events.splits import listed_sites
from kronika.events.triggers import Hit
from kronika.events.types import EventMention


def generic_plural(text: str, hit: Hit) -> bool:
    """Violence in general: 'Islamist attacks', 'carried out bombings', 'frequent drone attacks'."""
    if not hit.reference and lexicon.cue("habitual_before").search(text[max(0, hit.start - 60) : hit.start]):
        return True  # a habit, not a happening
    word = text[hit.start : hit.end]
    nominal = hit.trigger.form == "noun" or word.lower().endswith("ings")  # "kidnappings for ransom"
    if " " in word or not word.lower().endswith("s") or not nominal or hit.reference:
        return False
    if listed_sites(text, hit) or lexicon.cue("plural_specific_after").match(text[hit.end :]):
        return False  # "airstrikes hit the village": these strikes, not strikes in general
    return not lexicon.cue("plural_specific_before").search(text[max(0, hit.start - 40) : hit.start])


def old_reference(doc: Document, m: EventMention) -> bool:
    """'the deadliest since the 2008 Mumbai attacks': a past event a news report compares with."""
    if m.family != "violent" or not m.reference or m.counts or doc.published is None:
        return False
    if not (m.own_date and m.date is not None):
        return False
    return (doc.published - m.date.date_end).days > 180


def cited_background(mentions: list[EventMention], m: EventMention) -> bool:
    """An old attack named in an arrest or a sentence ("jailed for a 2021 attack"): not news here."""
    if m.family != "violent" or m.clause is None:
        return False
    if (
        m.reference
        and not m.counts
        and any(other.clause == m.clause and other.family == "legal" for other in mentions)
    ):
        return True  # "extradited over the 2016 bombings": the happening the ruling is about
    if m.date is None:
        return False
    return any(
        other.clause == m.clause
        and other.family in ("arrest", "legal")
        and other.date is not None
        and (other.date.date_start - m.date.date_end).days > 30
        for other in mentions
    )


def orphan_reference(m: EventMention) -> bool:
    """'the arrests had prevented a tragedy' with no arrest told before: a quote, not a happening;
    'blamed the rebels for that riot' after a riot only compared with: no new riot."""
    return (
        m.family in ("arrest", "legal", "seizure", "riot", "protest")
        and m.reference
        and not m.counts
        and not m.own_date
    )


@dataclass(slots=True)
class ClauseScope:
    """What of a clause is told as news: its triggers and actors, outside asides and comparisons."""

    hits: list[Hit]
    #: (start, end) of relative asides about a group, clause-relative
    asides: list[tuple[int, int]]
    #: where a comparison with an old happening begins ("the deadliest since 2019, when ...")
    compared: re.Match[str] | None
    actors: list[ActorMention]

    def told(self, at: int) -> bool:
        """The clause-relative offset `at` lies before the comparison, if any."""
        return self.compared is None or at < self.compared.end()


def scope_clause(doc: Document, clause: Clause, text: str, hits: list[Hit]) -> ClauseScope:
    """The clause's triggers and actors once asides, aggregates, history and comparisons are set aside."""
    asides = [(m.start(), m.end()) for m in lexicon.cue("relative_aside").finditer(text)]
    told = text
    for s, e in asides:
        told = told[:s] + " " * (e - s) + told[e:]  # "X, which has killed thousands since 2009, ...": about X
    if lexicon.cue("clause_aggregate").search(told):
        hits = [h for h in hits if h.trigger.family not in ("violent", "arrest", "develop")]
    if lexicon.cue("clause_background").search(text):
        hits = [h for h in hits if h.trigger.family not in ("org", "designation")]
    # "al-Shabaab, which is designated a terrorist group by the US, ...": about the group, not the happening
    hits = [
        h
        for h in hits
        if h.trigger.family not in ("designation", "org", "legal", "arrest")
        or not any(s <= h.start < e for s, e in asides)
    ]  # "X, who was jailed in 2017, ...": his past, not news
    # "to mark the anniversary of the school attack", "a memorial for the victims of the bombing":
    # a happening remembered, not told
    remembered = lexicon.cue("commemorated_before")
    if lexicon.cue("definition_clause").search(text):
        hits = []  # "the ministry uses the term to mean killed or captured": a word explained, no happening
    hits = [h for h in hits if not remembered.search(text[max(0, h.start - 80) : h.start])]
    compared = lexicon.cue("comparison_since").search(text)
    if compared:
        # "the deadliest since 2019, when 21 people were killed": an old happening it is compared with
        hits = [h for h in hits if h.start < compared.end()]
    actors = [
        a
        for a in doc.starting_in("actors", doc.actors, clause.start, clause.end)
        if clause.start <= a.start
        and a.end <= clause.end
        and not any(s <= a.start - clause.start < e for s, e in asides)
        and not (compared and a.start - clause.start >= compared.end())
    ]
    return ClauseScope(hits, asides, compared, actors)
