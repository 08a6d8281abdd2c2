"""The one document type that flows through the pipeline.

A `Document` holds the raw text, the cleaned text every offset refers to, a map from
cleaned offsets back to raw offsets, and one typed layer per stage. Offsets are
half-open ``[start, end)`` character offsets into ``Document.text`` (spaCy's
``Span.start_char``/``end_char`` convention). Stages add their layer and never
rewrite another stage's layer.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kronika.actors import ActorMention
    from kronika.events.types import EventMention
    from kronika.geo.types import PlaceMention
    from kronika.record import Event
    from kronika.time.types import Timex


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range of the cleaned text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Section:
    """A stretch of text under one heading; `heading` is empty before the first heading."""

    start: int
    end: int
    heading: str = ""
    heading_span: Span | None = None
    level: int = 1


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    section: int


class OffsetMap:
    """Maps offsets of the cleaned text back to the raw text.

    Stored as sorted runs ``(clean_start, raw_start, length)``: each run is a stretch
    copied verbatim from raw to clean. Characters the cleaner inserted (a joining
    space) belong to no run and map to the raw offset where the next run starts.
    """

    __slots__ = ("_clean_starts", "_runs")

    def __init__(self, runs: list[tuple[int, int, int]] | None = None) -> None:
        merged: list[tuple[int, int, int]] = []
        for clean_start, raw_start, length in sorted(runs or []):
            if length <= 0:
                continue
            if merged:
                c, r, n = merged[-1]
                if c + n == clean_start and r + n == raw_start:
                    merged[-1] = (c, r, n + length)
                    continue
            merged.append((clean_start, raw_start, length))
        self._runs: list[tuple[int, int, int]] = merged
        self._clean_starts = [r[0] for r in self._runs]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self._runs == other._runs

    def __hash__(self) -> int:
        return hash(tuple(self._runs))

    def __repr__(self) -> str:
        return f"OffsetMap({self._runs!r})"

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, 0, length)] if length else [])

    @property
    def runs(self) -> list[tuple[int, int, int]]:
        return list(self._runs)

    def to_raw(self, clean_offset: int) -> int:
        if not self._runs:
            return clean_offset
        i = bisect.bisect_right(self._clean_starts, clean_offset) - 1
        if i < 0:
            return self._runs[0][1]
        clean_start, raw_start, length = self._runs[i]
        if clean_offset <= clean_start + length:
            return raw_start + (clean_offset - clean_start)
        if i + 1 < len(self._runs):
            return self._runs[i + 1][1]
        return raw_start + length

    def to_raw_end(self, clean_offset: int) -> int:
        """Map an exclusive end offset: just after the raw character of ``clean_offset - 1``."""
        if clean_offset <= 0 or not self._runs:
            return self.to_raw(clean_offset)
        last = clean_offset - 1
        i = bisect.bisect_right(self._clean_starts, last) - 1
        if i < 0:
            return self._runs[0][1]
        clean_start, raw_start, length = self._runs[i]
        if last < clean_start + length:
            return raw_start + (last - clean_start) + 1
        return raw_start + length

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the cleaned text to the raw text it came from."""
        raw_start = self.to_raw(start)
        if end <= start:
            return raw_start, raw_start
        return raw_start, max(raw_start, self.to_raw_end(end))

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """`self` maps C→B and `inner` maps B→A: return the map C→A.

        Used when cleaning happens in passes: each pass maps its output to its
        input, and the composition maps the final text to the raw text.
        """
        runs: list[tuple[int, int, int]] = []
        for clean_start, mid_start, length in self._runs:
            pos = 0
            while pos < length:
                mid = mid_start + pos
                j = bisect.bisect_right(inner._clean_starts, mid) - 1
                if j < 0 or mid >= inner._runs[j][0] + inner._runs[j][2]:
                    # This character was inserted by the inner pass: skip it.
                    nxt = inner._clean_starts[j + 1] if j + 1 < len(inner._runs) else mid_start + length
                    pos += max(1, min(nxt, mid_start + length) - mid)
                    continue
                in_clean, in_raw, in_len = inner._runs[j]
                take = min(length - pos, in_clean + in_len - mid)
                runs.append((clean_start + pos, in_raw + (mid - in_clean), take))
                pos += take
        return OffsetMap(runs)


@dataclass
class Document:
    """One input and every layer the pipeline adds to it."""

    document_id: str
    raw: str
    text: str = ""
    offsets: OffsetMap = field(default_factory=lambda: OffsetMap())
    published: date | None = None
    #: where `published` came from: "argument", "dateline", "metadata" or "" when unknown
    published_source: str = ""
    title: str = ""
    source_format: str = "text"  # "text", "html", "pdf" or "docx"
    #: ISO 639-1 code of the text's language, set by the language stage
    language: str = "en"
    #: the outlet that published it (a page's site name), "" when the input does not say
    source: str = ""
    #: what kronika tells the user about this document, one line each: an unread language, what
    #: the reader left out or could not read (tables, annexes, scanned pages)
    notes: list[str] = field(default_factory=list)

    # segment
    paragraphs: list[Span] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # time
    timexes: list[Timex] = field(default_factory=list)
    # places
    places: list[PlaceMention] = field(default_factory=list)
    # actors
    actors: list[ActorMention] = field(default_factory=list)
    # events
    mentions: list[EventMention] = field(default_factory=list)
    # assemble
    events: list[Event] = field(default_factory=list)

    #: names of the stages that have run, in order
    layers: list[str] = field(default_factory=list)
    _start_cache: dict[str, tuple[tuple[int, int], list[int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self.text and self.raw and not self.layers:
            self.text = self.raw
            self.offsets = OffsetMap.identity(len(self.raw))

    def span_text(self, span: Span | Sentence | Section) -> str:
        return self.text[span.start : span.end]

    def _starts(self, name: str, items: list[Sentence] | list[Section]) -> list[int]:
        # cached per list object and length, so a stage that replaces or extends the
        # layer gets fresh starts
        key = (id(items), len(items))
        cached = self._start_cache.get(name)
        if cached is None or cached[0] != key:
            cached = (key, [item.start for item in items])
            self._start_cache[name] = cached
        return cached[1]

    def starting_in(self, name: str, items: list[Any], start: int, end: int) -> list[Any]:
        """The items of a layer (actors, timexes, places...) that may start in [start, end]: a
        slice found by bisection when the layer is in text order, else the whole layer, so a
        per-clause scan reads its clause's items, not the document's (callers still filter)."""
        starts = self._starts(name, items)
        cached = self._start_cache.get(name + ":sorted")
        if cached is None or cached[0] != (id(items), len(items)):
            cached = (
                (id(items), len(items)),
                [int(all(a <= b for a, b in itertools.pairwise(starts)))],
            )
            self._start_cache[name + ":sorted"] = cached
        if not cached[1][0]:
            return items
        return items[bisect.bisect_left(starts, start) : bisect.bisect_right(starts, end)]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing `offset`, or None."""
        i = bisect.bisect_right(self._starts("sentences", self.sentences), offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def section_at(self, offset: int) -> Section | None:
        i = bisect.bisect_right(self._starts("sections", self.sections), offset) - 1
        if i >= 0 and offset < self.sections[i].end:
            return self.sections[i]
        return None
