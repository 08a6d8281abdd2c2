"""A document is its content: one document however many names it arrives under, and
ingest extracts it exactly as `kronika extract` does."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kronika import api
from kronika.store import Store, ingest, plan

REPORT = (
    "Gunmen attacked a police checkpoint in Maiduguri on 14 March 2023, killing four officers, "
    "police said.\n\nNo group has claimed the attack.\n"
)
OTHER = "Militants stormed an army base near Gao on 3 June 2022 and killed two soldiers, the army said.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_text_in_two_folders_is_one_document_with_an_alias(
    store_target: str, tmp_path: Path
) -> None:
    write(tmp_path / "wires" / "a.txt", REPORT)
    write(tmp_path / "mirror" / "deep" / "copy.txt", REPORT)
    write(tmp_path / "wires" / "b.txt", OTHER)
    with Store(store_target) as store:
        summary = ingest(store, plan([tmp_path / "wires", tmp_path / "mirror"]))
        documents = {d.document_id: d.aliases for d in store.documents()}
        sources = [i.sources for i in store.incidents()]
        n_events = store.count("events")
    assert (summary.added, summary.aliased, summary.failed) == (2, 1, 0)
    assert "1 same content as a stored document" in summary.line()
    assert documents == {"wires/a.txt": ("mirror/deep/copy.txt",), "wires/b.txt": ()}
    assert all(len(s) == 1 for s in sources), "a copy must not count as a second source"
    assert n_events == summary.events


def test_a_copy_ingested_later_adds_no_events_and_a_changed_copy_becomes_its_own_document(
    store_target: str, tmp_path: Path
) -> None:
    original = write(tmp_path / "a.txt", REPORT)
    copy = write(tmp_path / "later" / "b.txt", REPORT)
    with Store(store_target) as store:
        ingest(store, plan([original]))
        before = sorted(e.event_id for e in store.events())
        again = ingest(store, plan([copy]))
        assert (again.added, again.aliased, again.events) == (0, 1, 0)
        assert sorted(e.event_id for e in store.events()) == before
        assert ingest(store, plan([copy])).unchanged == 1  # the alias is known now
        write(copy, OTHER)
        changed = ingest(store, plan([copy]))
        documents = {d.document_id: d.aliases for d in store.documents()}
    assert changed.replaced == 1  # the name held other content before
    assert documents == {"a.txt": (), "b.txt": ()}


def test_a_file_whose_content_changes_to_another_stored_text_drops_its_old_content(
    store_target: str, tmp_path: Path
) -> None:
    a, b = write(tmp_path / "a.txt", REPORT), write(tmp_path / "b.txt", OTHER)
    with Store(store_target) as store:
        ingest(store, plan([a, b]))
        write(a, OTHER)  # a.txt now holds b.txt's text: its old report is gone
        ingest(store, plan([a]))
        documents = {d.document_id: d.aliases for d in store.documents()}
        owners = {e.document_id for e in store.events()}
    assert documents == {"b.txt": ("a.txt",)}
    assert owners <= {"b.txt"}


# --- ingest extracts as extract does --------------------------------------------------------

SENTENCES = (
    "Gunmen attacked a police checkpoint in Maiduguri on Tuesday, killing four officers.",
    "A car bomb exploded near a market in Mogadishu on Sunday, wounding twelve people.",
    "Security forces arrested three suspected militants in Peshawar last week.",
    "Fighters clashed with soldiers outside Gao on Friday; two soldiers died.",
    "The governor condemned the violence.",
)
DATES = ("2021-02-03", "2019-11-30", "2024-07-15")


def as_page(body: str, date_markup: str, title: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (
        f"<html><head><title>{title}</title>{date_markup}</head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


DATE_MARKUP = {
    "meta": lambda d: f'<meta property="article:published_time" content="{d}T08:00:00Z">',
    "json-ld": lambda d: (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": "Report", "datePublished": d})
        + "</script>"
    ),
    "time": lambda d: f'<time datetime="{d}">then</time>',
    "none": lambda d: "",
}

documents = st.builds(
    lambda sentences, markup, day, html, name: (sentences, markup, day, html, name),
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3),
    st.sampled_from(sorted(DATE_MARKUP)),
    st.sampled_from(DATES),
    st.booleans(),
    st.sampled_from(["report", "page", "bulletin"]),
)


def records(events: list) -> list[dict]:
    return sorted((e.to_dict() for e in events), key=lambda r: r["event_id"])


@settings(max_examples=12, deadline=None)
@given(documents)
def test_ingest_and_extract_give_the_same_records(doc: tuple) -> None:
    sentences, markup, day, html, name = doc
    body = "\n\n".join(sentences)
    with tempfile.TemporaryDirectory() as tmp:
        if html:
            path = write(Path(tmp) / f"{name}.html", as_page(body, DATE_MARKUP[markup](day), "A report"))
        else:
            path = write(Path(tmp) / f"{name}.txt", body + "\n")
        extracted = records(api.extract_file(path))
        with Store(Path(tmp) / "k.db") as store:
            ingest(store, plan([path]))
            stored = records(list(store.events()))
            published = {d.published for d in store.documents()}
    assert stored == extracted
    if html and markup != "none":
        assert published == {day}, "the page's own publication date is the document's"


def test_the_page_date_decides_the_event_date_in_both_commands(tmp_path: Path, run_cli) -> None:
    page = write(
        tmp_path / "page.html",
        as_page(SENTENCES[0], DATE_MARKUP["meta"]("2023-03-14"), "Checkpoint attacked"),
    )
    out = run_cli("extract", str(page), "--format", "jsonl")
    db = str(tmp_path / "k.db")
    assert run_cli("ingest", str(page), "--db", db, "--quiet").code == 0
    stored = run_cli("events", "--db", db)
    assert out.code == stored.code == 0
    extracted = [json.loads(line) for line in out.out.splitlines()]
    assert extracted and extracted == [json.loads(line) for line in stored.out.splitlines()]
    assert extracted[0]["date_start"] == "2023-03-14"  # the Tuesday before publication is the 14th


def test_forcing_a_copy_re_extracts_the_one_document_under_its_own_id(
    store_target: str, tmp_path: Path
) -> None:
    original, copy = write(tmp_path / "a.txt", REPORT), write(tmp_path / "copies" / "b.txt", REPORT)
    with Store(store_target) as store:
        ingest(store, plan([original, copy]))
        before = store.documents()
        forced = ingest(store, plan([copy]), force=True)
        after = store.documents()
        owners = {e.document_id for e in store.events()}
    assert forced.replaced == 1
    assert (
        [(d.document_id, d.path, d.aliases) for d in after]
        == [(d.document_id, d.path, d.aliases) for d in before]
        == [("a.txt", str(original.resolve()), ("b.txt",))]
    )
    assert owners == {"a.txt"}
