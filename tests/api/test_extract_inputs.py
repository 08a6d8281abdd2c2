"""`kronika.extract` takes what the CLI takes: text, HTML as a string, the bytes of a file."""

from __future__ import annotations

import pytest

from kronika import api
from kronika.errors import BudgetError, KronikaError

TEXT = "Gunmen killed three people in Kabul on 2 May 2021. Police said the attackers fled."
HTML = (
    "<html><head><title>Attack | Site</title><meta property='article:published_time' content='2021-05-03'>"
    "</head><body><nav><ul><li><a href='/a'>Most read</a></li><li><a href='/b'>Other</a></li></ul></nav>"
    f"<article><p>{TEXT}</p></article></body></html>"
)


def _key(events: list) -> list[tuple]:
    return [(e.kind, e.date_start, e.place, e.killed) for e in events]


@pytest.mark.parametrize(
    "data",
    [TEXT, TEXT.encode("utf-8"), TEXT.encode("utf-16"), HTML, HTML.encode("utf-8"), HTML.encode("cp1252")],
    ids=["str", "utf-8 bytes", "utf-16 bytes", "html str", "html bytes", "html cp1252"],
)
def test_every_form_gives_the_same_records(data: str | bytes) -> None:
    events = api.extract(data, document_id="doc")
    assert _key(events) == _key(api.extract(TEXT, document_id="doc"))
    for e in events:
        assert not e.evidence[0].text.startswith("<")


def test_html_string_is_cleaned_and_dated_from_its_metadata() -> None:
    doc = api.process_input(HTML, "page.html")
    assert doc.source_format == "html" and "<" not in doc.text and "Most read" not in doc.text
    assert doc.published is not None and doc.published.isoformat() == "2021-05-03"


def test_extract_refuses_other_types_in_one_line() -> None:
    with pytest.raises(KronikaError, match=r"text \(str\) or bytes, not int"):
        api.extract(42, document_id="n")  # type: ignore[arg-type]


def test_size_budget_skips_with_one_line() -> None:
    with pytest.raises(BudgetError, match="over the budget of 100") as err:
        api.extract(TEXT * 10, document_id="big", budget=api.Budget(max_chars=100))
    assert "\n" not in str(err.value)


def test_time_budget_interrupts_and_the_next_document_runs() -> None:
    slow = "Gunmen killed five people. " * 4000
    with pytest.raises(BudgetError, match="time budget"):
        api.extract(slow, document_id="slow", budget=api.Budget(max_seconds=0.05))
    assert api.extract(TEXT, document_id="next")


@pytest.mark.parametrize(("name", "value"), [("KRONIKA_MAX_CHARS", "lots"), ("KRONIKA_MAX_SECONDS", "-1")])
def test_bad_budget_in_the_environment_is_named(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(KronikaError, match=name):
        api.extract(TEXT, document_id="x")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 99999999999999999999999 people in Kabul on 2 May 2021.",
        "Gunmen killed " + "9" * 5000 + " people in Kabul on 2 May 2021.",
        "Two gunmen were killed after they killed one guard in Kabul on 2 May 2021.",
        "On 2 May 2021 gunmen killed three people in Kabul. "
        "On 9 May 2021 gunmen killed three people in Kabul.",
    ],
)
def test_counts_bounded_consistent_and_ids_unique(text: str) -> None:
    events = api.extract(text, document_id="c")
    ids = [e.event_id for e in events]
    assert len(ids) == len(set(ids))
    for e in events:
        for value in (e.killed, e.injured, e.arrested, e.killed_perpetrators):
            assert value is None or 0 <= value <= 10_000_000
        if e.killed_perpetrators is not None:
            assert e.killed is not None and e.killed_perpetrators <= e.killed


def test_reading_counts_against_the_time_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    from kronika import load

    def slow_read(data: bytes, document_id: str) -> load.LoadedText:
        deadline = __import__("time").process_time() + 5
        while __import__("time").process_time() < deadline:
            pass
        raise AssertionError("the budget should have stopped the read")

    monkeypatch.setattr(api, "load_bytes", slow_read)
    with pytest.raises(BudgetError, match="reading it took over"):
        api.process_bytes(b"x", "slow.pdf", budget=api.Budget(max_seconds=0.05))
