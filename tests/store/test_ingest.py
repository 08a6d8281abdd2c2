"""Ingest: idempotent, incremental, one transaction a document, bad inputs reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from kronika import api
from kronika.document import Document
from kronika.record import Event, Evidence, stable_id
from kronika.store import Store, StoredDocument, ingest, plan
from tests.store.generate import make_event, write_corpus


def paragraph_events(doc: Document) -> list[Event]:
    """A stand-in extractor: one event a paragraph, so store mechanics can be tested while
    the real extraction stages are still being built."""
    events, start = [], 0
    for block in doc.text.split("\n\n"):
        begin = doc.text.index(block, start)
        start = begin + len(block)
        if block.strip():
            ev = Evidence(doc.document_id, begin, start, block)
            events.append(
                Event(stable_id(doc.document_id, begin, block), doc.document_id, "attack", evidence=[ev])
            )
    return events


@pytest.fixture
def fake_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    real = api.process_loaded  # the path `ingest` and `extract` share

    def process(*args, **kwargs) -> Document:
        doc = real(*args, **kwargs)
        doc.events = paragraph_events(doc)
        return doc

    monkeypatch.setattr(api, "process_loaded", process)


def store_state(db: str | Path) -> dict[str, object]:
    """Everything a store (SQLite or PostgreSQL) holds except when it was written."""
    queries = {
        "documents": "SELECT document_id, sha256, text, published, source_format, n_events "
        "FROM documents ORDER BY 1",
        "names": "SELECT name, document_id FROM document_names ORDER BY 1",
        "events": "SELECT event_id, document_id, record FROM events ORDER BY 1",
        "incidents": "SELECT incident_id, record FROM incidents ORDER BY 1",
        "members": "SELECT incident_id, event_id, document_id FROM incident_members ORDER BY 1, 2",
    }
    with Store(db, readonly=True) as store:
        return {k: [tuple(r) for r in store.conn.execute(sql).fetchall()] for k, sql in queries.items()}


def test_put_document_replaces_only_its_own_events(store_target: str) -> None:
    with Store(store_target) as store:
        for doc_id, n in (("a.txt", 3), ("b.txt", 2)):
            doc = StoredDocument(
                doc_id, doc_id, f"sha-{doc_id}", "text", None, "2024-01-01T00:00:00", "v", "text", n
            )
            store.put_document(doc, [make_event(doc_id, salt=str(i)) for i in range(n)])
        changed = StoredDocument(
            "a.txt", "a.txt", "sha2", "text", None, "2024-01-02T00:00:00", "v", "text", 1
        )
        store.put_document(changed, [make_event("a.txt", salt="new")])
        by_doc = dict(store.conn.execute("SELECT document_id, count(*) FROM events GROUP BY 1").fetchall())
    assert by_doc == {"a.txt": 1, "b.txt": 2}


def test_ingest_is_idempotent_and_incremental(
    store_target: str, tmp_path: Path, fake_extraction: None
) -> None:
    corpus = tmp_path / "reports"
    paths = write_corpus(corpus, 40, seed=3)
    db = store_target
    with Store(db) as store:
        first = ingest(store, plan([corpus]))
    assert (first.added, first.failed, first.unchanged) == (40, 0, 0)
    assert first.events > 40
    state = store_state(db)
    with Store(db) as store:
        again = ingest(store, plan([corpus]))
    assert (again.added, again.replaced, again.unchanged, again.events, again.incidents) == (
        0,
        0,
        40,
        0,
        None,
    )
    assert store_state(db) == state

    paths[5].write_text("Gunmen attacked a village.\n\nTwo people died.\n\nA third paragraph.\n")
    with Store(db) as store:
        third = ingest(store, plan([corpus]))
    assert (third.added, third.replaced, third.unchanged) == (0, 1, 39)
    after = store_state(db)
    changed_id = f"reports/{paths[5].relative_to(corpus).as_posix()}"
    untouched = [e for e in state["events"] if e[1] != changed_id]  # type: ignore[union-attr]
    assert [e for e in after["events"] if e[1] != changed_id] == untouched  # type: ignore[union-attr]
    assert len([e for e in after["events"] if e[1] == changed_id]) == 3  # type: ignore[union-attr]


def test_same_file_names_in_two_folders_do_not_collide(tmp_path: Path) -> None:
    for folder in ("wires", "ngo"):
        (tmp_path / folder / "2024").mkdir(parents=True)
        (tmp_path / folder / "2024" / "a.txt").write_text(f"A report from {folder}.\n")
    single = tmp_path / "single.txt"
    single.write_text("One file.\n")
    ids = [item.document_id for item in plan([tmp_path / "wires", tmp_path / "ngo", single])]
    assert ids == ["wires/2024/a.txt", "ngo/2024/a.txt", "single.txt"]


def test_bad_inputs_are_reported_and_the_rest_ingested(store_target: str, tmp_path: Path, run_cli) -> None:
    corpus = tmp_path / "mixed"
    write_corpus(corpus, 5, seed=1)
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02 binary garbage")
    (corpus / ".hidden").mkdir()
    (corpus / ".hidden" / "x.txt").write_text("hidden folders are not walked")
    db = store_target
    result = run_cli("ingest", str(corpus), str(tmp_path / "missing.txt"), "--db", str(db))
    assert result.code == 1
    errors = [line for line in result.err.splitlines() if line.startswith("kronika: error:")]
    # PDFs are read now: a damaged one fails on its own line like any other bad input
    assert len(errors) == 3
    assert any("broken.txt" in line for line in errors) and any("missing.txt" in line for line in errors)
    assert any("scan.pdf" in line and "PDF" in line for line in errors)
    assert "5 added" in result.err and "3 failed" in result.err
    with Store(db) as store:
        assert store.count("documents") == 5


def test_quiet_ingest_prints_nothing_on_success(tmp_path: Path, run_cli) -> None:
    write_corpus(tmp_path / "c", 4, seed=2)
    result = run_cli("ingest", str(tmp_path / "c"), "--db", str(tmp_path / "k.db"), "--quiet")
    assert (result.code, result.out, result.err) == (0, "", "")


def test_incidents_are_rebuilt_when_the_config_changes(tmp_path: Path, run_cli) -> None:
    write_corpus(tmp_path / "c", 4, seed=2)
    db = str(tmp_path / "k.db")
    run_cli("ingest", str(tmp_path / "c"), "--db", db, "--quiet")
    with Store(db) as store:
        built = store.incidents_state()[1]
    config = tmp_path / "k.toml"
    config.write_text("[incidents]\nkm_place = 5.0\n")
    result = run_cli("ingest", str(tmp_path / "c"), "--db", db, "--config", str(config))
    assert result.code == 0
    assert "4 unchanged" in result.err and "incidents unchanged" not in result.err
    with Store(db) as store:
        assert store.incidents_state()[1] != built


def test_the_real_pipeline_end_to_end(tmp_path: Path) -> None:
    """No stand-in: whatever the extraction finds today, ingest stores it consistently."""
    corpus = tmp_path / "c"
    write_corpus(corpus, 12, seed=5)
    db = tmp_path / "k.db"
    with Store(db) as store:
        summary = ingest(store, plan([corpus]))
        n_events = store.count("events")
        members = store.count("incident_members")
    assert summary.added == 12
    assert n_events == summary.events == members


def test_html_documents_are_ingested(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 20, seed=4, html=0.5)
    with Store(tmp_path / "k.db") as store:
        summary = ingest(store, plan([tmp_path / "c"]))
        formats = dict(
            store.conn.execute("SELECT source_format, count(*) FROM documents GROUP BY 1").fetchall()
        )
    assert (summary.added, summary.failed) == (20, 0)
    assert formats.get("html", 0) > 0


def test_two_single_files_with_one_name_are_not_merged_silently(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"Report {folder}.\n")
    items = list(plan([tmp_path / "x" / "a.txt", tmp_path / "y" / "a.txt", tmp_path / "x" / "a.txt"]))
    assert [i.error is None for i in items] == [True, False, True]
    assert "same document id" in str(items[1].error)


def test_force_re_extracts_unchanged_documents(store_target: str, tmp_path: Path, run_cli) -> None:
    write_corpus(tmp_path / "c", 3, seed=2)
    db = store_target
    run_cli("ingest", str(tmp_path / "c"), "--db", db, "--quiet")
    result = run_cli("ingest", str(tmp_path / "c"), "--db", db, "--force")
    assert result.code == 0 and "3 replaced" in result.err and "0 unchanged" in result.err


def test_parallel_extraction_gives_the_same_store(
    store_target: str, new_store_target, tmp_path: Path, run_cli
) -> None:
    corpus = tmp_path / "c"
    paths = write_corpus(corpus, 24, seed=8)
    (corpus / "outlet0" / "broken.txt").write_bytes(b"\x00\x01 not text")
    serial, parallel = store_target, new_store_target()
    one = run_cli("ingest", str(corpus), "--db", str(serial))
    many = run_cli("ingest", str(corpus), "--db", str(parallel), "--jobs", "3")
    assert one.code == many.code == 1
    assert "24 added" in many.err and "1 failed" in many.err and "broken.txt" in many.err
    assert store_state(serial) == store_state(parallel)
    paths[0].write_text("A changed report.\n")
    again = run_cli("ingest", str(corpus), "--db", str(parallel), "--jobs", "3")
    assert "1 replaced" in again.err and "23 unchanged" in again.err


def drop_copies(folder: Path) -> None:
    seen: set[bytes] = set()
    for path in sorted(folder.rglob("*.txt")):
        content = path.read_bytes()
        if content in seen:
            path.unlink()
        seen.add(content)


def test_ingest_order_does_not_change_the_store(store_target: str, new_store_target, tmp_path: Path) -> None:
    write_corpus(tmp_path / "wires", 12, seed=21)
    write_corpus(tmp_path / "ngo", 12, seed=21, wording=1)  # the same stories, told in other words
    drop_copies(tmp_path)  # a copy is one document known by its first name: order decides that name
    together, apart = store_target, new_store_target()
    with Store(together) as store:
        ingest(store, plan([tmp_path / "wires", tmp_path / "ngo"]))
    with Store(apart) as store:
        ingest(store, plan([tmp_path / "ngo"]))
        ingest(store, plan([tmp_path / "wires"]))
    assert store_state(together) == store_state(apart)
    with Store(together) as store:
        shared = [i for i in store.incidents() if {s.split("/")[0] for s in i.sources} == {"wires", "ngo"}]
    assert shared, "the same report in two folders should make cross-folder incidents"


def test_an_engine_and_pre_extracted_items_give_the_same_store(
    store_target: str, new_store_target, tmp_path: Path
) -> None:
    """The two ways other engines feed ingest: an `engine` that extracts the files ingest
    hands it, and items extracted beforehand (a table row has no file: no path at all)."""
    from kronika.store import Extracted, IngestItem, extract_bytes, extract_task

    corpus = tmp_path / "c"
    write_corpus(corpus, 10, seed=6)
    calls: list[int] = []

    def in_process(tasks):
        calls.append(len(tasks))
        return map(extract_task, tasks)

    by_engine, by_items, plain = store_target, new_store_target(), new_store_target()
    with Store(plain) as store:
        ingest(store, plan([corpus]))
    with Store(by_engine) as store:
        summary = ingest(store, plan([corpus]), engine=in_process)
    assert calls == [10] and summary.added == 10
    items = [
        IngestItem(i.document_id, extracted=extract_bytes(i.document_id, i.path.read_bytes(), None))
        for i in plan([corpus])
    ]
    with Store(by_items) as store:
        assert ingest(store, items).added == 10
    assert store_state(by_engine) == store_state(plain)
    assert store_state(by_items)["events"] == store_state(plain)["events"]
    assert store_state(by_items)["incidents"] == store_state(plain)["incidents"]
    row = Extracted(
        sha256="f" * 64, text="A row of a table corpus.", published=None, source_format="text", events=[]
    )
    with Store(by_items) as store:
        assert ingest(store, [IngestItem("table.jsonl#1", extracted=row)]).added == 1
        assert ingest(store, [IngestItem("table.jsonl#9", extracted=row)]).aliased == 1
        assert {d.document_id: d.aliases for d in store.documents()}["table.jsonl#1"] == ("table.jsonl#9",)
