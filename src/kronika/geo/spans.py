"""Span queries over a document's place candidates and mentions in logarithmic time (sorted
starts and a running maximum of ends, searched with `bisect`), so that the place stage's cost
per word does not grow with the length of the document."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from typing import Generic, Protocol, TypeVar


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


T = TypeVar("T", bound=_Spanned)


class SpanIndex(Generic[T]):
    """Items with a start and an end (a fixed list), for overlap and cover tests."""

    def __init__(self, items: Iterable[T]) -> None:
        self.items = sorted(items, key=lambda x: (x.start, x.end))
        self.starts = [x.start for x in self.items]
        self.reach: list[int] = []  # reach[i]: the largest end among items[: i + 1]
        top = -1
        for x in self.items:
            top = max(top, x.end)
            self.reach.append(top)
        self.longest = max((x.end - x.start for x in self.items), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some item shares a character with [start, end) (`end` > `start`)."""
        i = bisect.bisect_left(self.starts, end)  # items starting before `end`
        return i > 0 and self.reach[i - 1] > start

    def around(self, start: int, end: int) -> list[T]:
        """The items that may contain [start, end): every item with start <= `start` and
        end >= `end` is among them (a few others too: test exactly)."""
        lo = bisect.bisect_left(self.starts, end - self.longest)
        hi = bisect.bisect_right(self.starts, start)
        return self.items[lo:hi]
