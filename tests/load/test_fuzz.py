"""Fuzzing the loader: any bytes give text or a one-line InputError, nothing else."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kronika.api import process_bytes
from kronika.errors import InputError
from kronika.load import load_bytes

pieces = st.one_of(
    st.binary(max_size=40),
    st.text(max_size=40).map(lambda t: t.encode("utf-8")),
    st.text(alphabet="абвгдежзийклмнопрстуфхцчшщэюя ", max_size=40).map(lambda t: t.encode("cp1251")),
    st.sampled_from(
        [b"<html><body><p>", b"</p>", b"<h2>Head</h2>", b"\xef\xbb\xbf", b"\xff\xfe", b"\r\n", b"{{", b"[1]"]
    ),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, max_size=8).map(b"".join))
def test_any_bytes_load_or_fail_with_one_line(data: bytes) -> None:
    try:
        loaded = load_bytes(data, "fuzz.txt")
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(loaded.text, str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, max_size=6).map(b"".join))
def test_any_loadable_bytes_clean_and_segment(data: bytes) -> None:
    try:
        doc = process_bytes(data, "fuzz.txt")
    except InputError:
        return
    for run_start, raw_start, length in doc.offsets.runs:
        assert doc.text[run_start : run_start + length] == doc.raw[raw_start : raw_start + length]
    for sentence in doc.sentences:
        assert 0 <= sentence.start < sentence.end <= len(doc.text)
