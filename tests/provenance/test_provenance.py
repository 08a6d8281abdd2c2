"""Every record says which extractor made it and, where the input says, which outlet published it."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from kronika import api
from kronika import provenance as prov
from kronika.version import __version__

REPORT = (
    "Gunmen killed four villagers in Dunmore on Tuesday, police said. "
    "The attackers fled on motorcycles before soldiers arrived.\n"
)


def test_the_version_is_the_release_and_a_hash_of_the_data() -> None:
    version = prov.extractor_version()
    assert re.fullmatch(re.escape(__version__) + r"\+[0-9a-f]{8}", version)
    assert prov.extractor_version() == version


def test_changing_a_data_file_changes_the_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "kronika"
    shutil.copytree(Path(str(resources.files("kronika").joinpath("data"))), package / "data")
    monkeypatch.setattr(prov.resources, "files", lambda name: package)
    same = prov.extractor_version.__wrapped__()
    (package / "data" / "store" / "acled.json").write_text("{}\n", encoding="utf-8")
    assert prov.extractor_version.__wrapped__() == same, "export tables do not change the records"
    (package / "data" / "provenance" / "outlets.json").write_text("{}\n", encoding="utf-8")
    changed = prov.extractor_version.__wrapped__()
    assert same == prov.extractor_version() != changed


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<meta property="og:site_name" content="The Harbour Gazette">', "The Harbour Gazette"),
        ('<meta name="application-name" content="Valley Post">', "Valley Post"),
        ('<meta property="og:site_name" content="https://example.invalid/">', None),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", '
            '"publisher": {"@type": "Organization", "name": "Ridge  Daily"}}</script>',
            "Ridge Daily",
        ),
        ('<meta name="description" content="A page">', None),
    ],
)
def test_page_outlet_from_metadata(head: str, expected: str | None) -> None:
    html = f"<html><head>{head}<title>T</title></head><body><p>Text.</p></body></html>"
    assert prov.page_outlet(html) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("PORTVILLE, June 3 (Reuters) - Two people were hurt.\n", "Reuters"),
        ("Portville, June 3 (AFP) — Two people were hurt.\n", "Agence France-Presse"),
        ("PORTVILLE, June 3. /TASS/. Two people were hurt.\n", "TASS"),
        ("Portville, June 3 (ANI/Xinhua): Two people were hurt.\n", "Asian News International"),
        ("Headline here\nBy Jane Roe, Associated Press\n\nTwo people were hurt.\n", "Associated Press"),
        ("Headline here\nThe Associated Press | Posted: June 3, 2021\n\nText.\n", "Associated Press"),
        ("Two people were hurt.\n\nSource: Reuters\n", "Reuters"),
        ("Headline\nPhoto: AFP\n\nTwo people were hurt, police told Reuters.\n", None),
        ("A Reuters reporter saw two people hurt in Portville.\n", None),
        ("PORTVILLE, June 3 (Staff Correspondent) - Two people were hurt.\n", None),
        ("", None),
    ],
)
def test_wire_credit_in_the_text(text: str, expected: str | None) -> None:
    assert prov.wire_credit(text) == expected


def test_long_runs_stay_fast() -> None:
    text = "(" * 50_000 + "/" * 50_000 + "\n" * 10_000
    assert prov.wire_credit(text) is None


def test_records_carry_version_and_outlet_from_html_and_text() -> None:
    html = (
        '<html><head><meta property="og:site_name" content="Harbour Gazette"><title>Attack</title>'
        f"</head><body><article><p>{REPORT}</p></article></body></html>"
    ).encode()
    from_page = api.process_bytes(html, "page.html", published="2024-05-07").events
    from_wire = api.extract("DUNMORE, May 7 (Reuters) - " + REPORT, "wire.txt", published="2024-05-07")
    plain = api.extract(REPORT, "plain.txt", published="2024-05-07")
    assert from_page and from_wire and plain
    assert {e.source for e in from_page} == {"Harbour Gazette"}
    assert {e.source for e in from_wire} == {"Reuters"}
    assert {e.source for e in plain} == {None}
    for e in [*from_page, *from_wire, *plain]:
        assert e.extractor_version == prov.extractor_version()
