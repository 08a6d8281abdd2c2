"""Which date governs an event trigger: the date of the happening a mention tells.

Order of evidence:
1. a date in the trigger's own clause (the main clause, or the aside the trigger sits in);
   a finer date that refines a coarser one wins ("4 months later … on 29 November"),
   otherwise the nearest; a year inside a name dates only that name's own noun phrase;
2. for a main-clause trigger, a sentence-opening time frame ("Before dawn on 3 May, …");
3. the discourse anchor: the last governing date told before it in its paragraph;
4. a source's date in the same sentence: a citation in brackets ("(Agency website, March 10,
   2021)") or a speech date ("…, police said on Saturday"), which never wins over 1–3; a
   speech date gives way to a date the next two sentences tell that is not later than it;
5. the last governing date told before it in its section;
6. in news, the last governing day told before it anywhere, if within a week of publication;
7. before any date is told (a headline, a lead's first sentence), the first day the opening
   paragraphs tell (in news, within a week before publication);
8. the publication date (news), else None.
"X lasted three days" in the trigger's sentence widens a day date to that many days.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import timedelta
from functools import cache

from kronika.document import Document, Sentence, Span
from kronika.time.clauses import Aside, asides, dates_main_event, region, speech_after, speech_before
from kronika.time.grammar import alternation, count_value, vocab
from kronika.time.lexicon import lexicon
from kronika.time.resolve import sequel_verb, with_publication
from kronika.time.types import FINENESS, Timex

_NAME_GAP = re.compile(r"^[\s\w'’.-]{0,60}$")


@cache
def _duration() -> re.Pattern[str]:
    lex = lexicon()
    numbers = alternation(list(vocab().numbers))
    count = rf"(?i:{numbers})|[0-9]{{1,2}}"
    return re.compile(
        # "the siege lasted three days", "a three-day siege"
        rf"(?i:{alternation(lex.duration_verbs)})\s+(?:(?i:for)\s+)?(?P<n>{count})\s+(?i:days)\b"
        rf"|(?P<n2>{count})-day\s+(?i:{alternation(lex.span_nouns)})\b"
    )


def _speech_date(doc: Document, timex: Timex, span: Span) -> bool:
    """The date tells when something was said ("police said on Saturday"), not the trigger's happening."""
    if timex.kind == "name":
        return False
    m = speech_before().search(doc.text, max(0, timex.start - 40), timex.start)
    if m is None:
        m = speech_after().match(doc.text, timex.end)
        return m is not None and not (m.start() <= span.start < m.end())
    return not (span.start <= m.start() <= span.end)


def _sentence(doc: Document, offset: int) -> Sentence:
    i = doc.sentence_at(offset)
    if i is not None:
        return doc.sentences[i]
    para = next((p for p in doc.paragraphs if p.start <= offset < p.end), None)
    if para is not None:
        return Sentence(para.start, para.end, doc.paragraphs.index(para), 0)
    return Sentence(0, len(doc.text), 0, 0)


_STARTS: list[object] = [None, []]


def _starts(doc: Document) -> list[int]:
    """Start offsets of `doc.timexes` (sorted), kept while the layer is the same list."""
    if _STARTS[0] is not doc.timexes or len(_STARTS[1]) != len(doc.timexes):  # type: ignore[arg-type]
        _STARTS[0], _STARTS[1] = doc.timexes, [t.start for t in doc.timexes]
    return _STARTS[1]  # type: ignore[return-value]


def _in_sentence(doc: Document, sent: Sentence) -> list[Timex]:
    starts = _starts(doc)
    return doc.timexes[bisect.bisect_left(starts, sent.start) : bisect.bisect_left(starts, sent.end)]


def _modifies_a_noun(timex: Timex) -> bool:
    """A name year ("the 2018 X collapse") or a possessive ("Monday night's attack") dates
    only the noun it modifies."""
    return timex.kind == "name" or timex.text.endswith(("'s", "’s"))


def _names_trigger(doc: Document, timex: Timex, span: Span) -> bool:
    """The trigger is the noun phrase the date modifies ("the 2018 X collapse", "Monday's raid")."""
    return timex.end <= span.start and bool(_NAME_GAP.match(doc.text[timex.end : span.start]))


_BOUNDARY = re.compile(r";|,\s+(?:and|but|while|whereas|then)\b|\s(?:and\s+then|whereupon)\b")


def _choose(candidates: list[Timex], span: Span, text: str) -> Timex | None:
    """The finest of nested candidates, else the nearest not across a clause boundary."""
    if not candidates:
        return None
    kept = [
        c
        for c in candidates
        if not any(
            o is not c and c.contains(o) and FINENESS[o.precision] < FINENESS[c.precision] for o in candidates
        )
    ]

    def distance(t: Timex) -> int:
        lo, hi = (t.end, span.start) if t.end <= span.start else (span.end, t.start)
        crossings = len(_BOUNDARY.findall(text, lo, max(lo, hi)))
        return max(0, hi - lo) + 10_000 * crossings

    return min(kept, key=lambda t: (distance(t), t.start > span.start))


def _in_sentence_date(doc: Document, sent: Sentence, span: Span) -> Timex | None:
    found: list[Aside] = asides(doc.text, sent.start, sent.end)
    where = region(found, span.start)
    timexes = _in_sentence(doc, sent)
    usable = [
        t
        for t in timexes
        if (t.kind != "publication" and not _modifies_a_noun(t)) or _names_trigger(doc, t, span)
    ]
    usable = [t for t in usable if not _speech_date(doc, t, span)]
    # "The raid came a week after bandits shot …": that shift dates the shooting, not the raid
    sequels = [
        t
        for t in usable
        if t.kind == "anaphoric"
        and not t.governing
        and t.start > span.end
        and sequel_verb().search(doc.text, max(sent.start, t.start - 80), t.start)
    ]
    same = [t for t in usable if region(found, t.start) == where and t not in sequels]
    chosen = _choose(same, span, doc.text)
    if chosen is not None:
        return chosen
    if where >= 0:  # a trigger in an aside without its own date: the main clause dates it
        chosen = _choose([t for t in usable if region(found, t.start) == -1], span, doc.text)
        if chosen is not None:
            return chosen
    frames = [
        t
        for t in usable
        if region(found, t.start) >= 0 and dates_main_event(doc.text, found[region(found, t.start)])
    ]
    return _choose(frames, span, doc.text)


def _anchor(doc: Document, before: int, lo: int) -> Timex | None:
    """The last governing date starting in [lo, before)."""
    for i in range(bisect.bisect_left(_starts(doc), before) - 1, -1, -1):
        t = doc.timexes[i]
        if t.start < lo:
            break
        if t.governing:
            return t
    return None


def _lead(doc: Document, before: int) -> Timex | None:
    """Across sections: the last governing day told before, when it is the news of the day.

    A news story under sub-headings ("Colombo", "Negombo") keeps telling the day its lead
    told; an encyclopedia section does not inherit another section's last date.
    """
    last = _anchor(doc, before, 0)
    if last is None or last.precision not in ("day", "days") or doc.published is None:
        return None
    if timedelta(0) <= doc.published - last.date_end <= timedelta(days=7):
        return last
    return None


#: how many paragraphs of the opening a headline looks ahead into
LEAD_PARAGRAPHS = 3


def _headline(doc: Document, sent: Sentence) -> Timex | None:
    """Before any date is told (a headline, a lead's first sentence): the lead's first day.

    "Gunmen kill four at market" above "… on Monday, killing four civilians": the headline
    tells the lead's happening. Only a day told in the opening paragraphs, and in news only
    one within a week before publication.
    """
    if _anchor(doc, sent.start, 0) is not None:
        return None
    starts = _starts(doc)
    limit = sent.paragraph + LEAD_PARAGRAPHS
    for t in doc.timexes[bisect.bisect_left(starts, sent.end) :]:
        para = next((i for i, p in enumerate(doc.paragraphs) if p.start <= t.start < p.end), limit + 1)
        if para > limit:
            return None
        if not t.governing or t.precision not in ("day", "days"):
            continue
        if doc.published is None or timedelta(0) <= doc.published - t.date_end <= timedelta(days=7):
            return t
        return None
    return None


def _told_next(doc: Document, sent: Sentence, bound: Timex) -> Timex | None:
    """The next governing date of the same paragraph (within two sentences), if not after `bound`."""
    i = doc.sentence_at(sent.start)
    if i is None:
        return None
    following = [s for s in doc.sentences[i + 1 : i + 3] if s.paragraph == sent.paragraph]
    if not following:
        return None
    for t in doc.timexes[bisect.bisect_left(_starts(doc), sent.end) :]:
        if t.start >= following[-1].end:
            break
        if t.governing and t.kind != "publication" and t.date_end <= bound.date_end:
            return t
    return None


def _citation(doc: Document, sent: Sentence, span: Span) -> Timex | None:
    """A source's date in the sentence: "(Agency website, March 10, 2021)", "officials said on Monday"."""
    found = asides(doc.text, sent.start, sent.end)
    for t in _in_sentence(doc, sent):
        where = region(found, t.start)
        if t.precision == "day" and (
            (t.start > span.start and where >= 0 and found[where].kind == "paren")
            or _speech_date(doc, t, span)
        ):
            return t
    return None


@cache
def _bounds() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon()
    opener = re.compile(rf"(?<![\w-])(?i:{alternation(lex.range_openers)})\s+$")
    closer = re.compile(rf"(?<![\w-])(?i:{alternation(lex.range_closers)})\s+$")
    return opener, closer


def _stretch(doc: Document, timex: Timex) -> Timex:
    """ "Starting in November 2014 … By February 2015": one happening over the whole span.

    A month (or coarser) date opened by "starting in" and closed, in the same paragraph, by
    the next governing date introduced by "by"/"until" stretches to that date, and back.
    """
    if timex.precision not in ("month", "season", "year") or timex.end <= timex.start:
        return timex
    opener, closer = _bounds()
    para = next((p for p in doc.paragraphs if p.start <= timex.start < p.end), None)
    if para is None:
        return timex
    governing = [t for t in doc.timexes if para.start <= t.start < para.end and t.governing]
    i = governing.index(timex) if timex in governing else -1
    if i < 0:
        return timex
    lo = max(para.start, timex.start - 30)
    if opener.search(doc.text, lo, timex.start) and i + 1 < len(governing):
        nxt = governing[i + 1]
        if (
            nxt.precision == timex.precision
            and nxt.date_end > timex.date_end
            and closer.search(doc.text, max(para.start, nxt.start - 30), nxt.start)
        ):
            return replace(timex, date_end=nxt.date_end, anchored=True)
    if closer.search(doc.text, lo, timex.start) and i > 0:
        prev = governing[i - 1]
        if (
            prev.precision == timex.precision
            and prev.date_start < timex.date_start
            and opener.search(doc.text, max(para.start, prev.start - 30), prev.start)
        ):
            return replace(timex, date_start=prev.date_start, anchored=True)
    return timex


@cache
def _until() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’])(?i:{alternation(lexicon().until_verbs)})\s+$")


def _widen(doc: Document, sent: Sentence, timex: Timex) -> Timex:
    if timex.precision != "day":
        return timex
    for later in _in_sentence(doc, sent):
        # "clashes erupted on 30 December and lasted until 2 January": to that day
        if (
            later.start > timex.end
            and later.precision in ("day", "days")
            and timex.date_start < later.date_end <= timex.date_start + timedelta(days=62)
            and _until().search(doc.text, max(sent.start, later.start - 30), later.start)
        ):
            return replace(timex, date_end=later.date_end, precision="days")
    m = _duration().search(doc.text, sent.start, sent.end)
    if m is None:
        return timex
    n = count_value(m.group("n") or m.group("n2"))
    if n is None or n < 2 or n > 31:
        return timex
    return replace(timex, date_end=timex.date_start + timedelta(days=n - 1), precision="days")


def event_date(doc: Document, span: Span) -> Timex | None:
    """The Timex dating the happening told by the event mention whose trigger is at `span`."""
    sent = _sentence(doc, span.start)
    found = _in_sentence_date(doc, sent, span)
    if found is None:
        para = doc.paragraphs[sent.paragraph] if sent.paragraph < len(doc.paragraphs) else None
        found = _anchor(doc, sent.start, para.start if para else sent.start)
    if found is None:
        found = _citation(doc, sent, span)
        if found is not None and _speech_date(doc, found, span):
            # "X happened, the group confirmed on Thursday. The strike late on Sunday …": the
            # reporting date bounds the happening, which the next sentences may date
            found = _told_next(doc, sent, found) or found
    if found is None:
        section = doc.section_at(span.start)
        found = _anchor(doc, sent.start, section.start if section else 0)
    if found is None:
        found = _lead(doc, sent.start)
    if found is None:
        found = _headline(doc, sent)
    if found is None and doc.published is not None:
        found = with_publication(doc.published)
    if found is None:
        return None
    return _widen(doc, sent, _stretch(doc, found))
