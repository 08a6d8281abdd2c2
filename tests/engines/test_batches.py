"""Batching and the ordered window: nothing lost, nothing reordered, however work completes."""

from __future__ import annotations

import random
from concurrent.futures import Future, ThreadPoolExecutor

from hypothesis import given, settings
from hypothesis import strategies as st

from kronika.engines import Failed, Source
from kronika.engines.base import batches, ordered_window


@given(
    sizes=st.lists(st.integers(0, 5000), max_size=60),
    max_bytes=st.integers(1, 8000),
    max_docs=st.integers(1, 10),
)
def test_batches_keep_every_source_in_order_within_their_limits(
    sizes: list[int], max_bytes: int, max_docs: int
) -> None:
    sources = [Source(f"d{i}", data=b"x" * n) for i, n in enumerate(sizes)]
    got = list(batches(sources, max_bytes, max_docs))
    assert [s for b in got for s in b] == sources
    for batch in got:
        assert 1 <= len(batch) <= max_docs
        # a batch closes as soon as it reaches the byte budget
        assert sum(len(s.data or b"") for s in batch[:-1]) < max_bytes


@settings(deadline=None, max_examples=30)
@given(n=st.integers(0, 40), window=st.integers(1, 6), seed=st.integers(0, 1000))
def test_the_window_yields_in_input_order_when_work_finishes_out_of_order(
    n: int, window: int, seed: int
) -> None:
    rng = random.Random(seed)
    delays = [rng.random() / 500 for _ in range(n)]
    in_flight = 0
    most = 0

    def work(i: int) -> list[Failed]:
        import time

        time.sleep(delays[i])
        return [Failed(f"item {i}")]

    with ThreadPoolExecutor(4) as pool:

        def submit(i: int) -> Future[list[Failed]]:
            nonlocal in_flight, most
            in_flight += 1
            most = max(most, in_flight)
            return pool.submit(work, i)

        def result(i: int, future: Future[list[Failed]]) -> list[Failed]:
            nonlocal in_flight
            in_flight -= 1
            return future.result()

        got = list(ordered_window(range(n), submit, result, window))
    assert [(i, [o.message for o in outs]) for i, outs in got] == [(i, [f"item {i}"]) for i in range(n)]
    assert most <= window
