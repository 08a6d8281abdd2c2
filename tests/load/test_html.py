"""HTML pages: structure kept, furniture dropped, title and publication date from metadata."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika.api import process_bytes, process_file
from kronika.load import load_bytes

PAGE = """<!DOCTYPE html>
<html><head>
<title>Site name | Blast at a market</title>
<meta property="og:title" content="Blast at a market in Sampletown">
<meta property="article:published_time" content="2023-05-06T08:00:00Z">
<script>var tracking = "script text";</script><style>p { color: red }</style>
</head><body>
<header><a href="/">Front page</a><nav><ul><li><a>World</a></li><li><a>Sport</a></li></ul></nav></header>
<article>
<h1>Blast at a market in Sampletown</h1>
<p class="byline">By Jane Roe</p>
<p>A bomb exploded at a crowded market on Friday, killing <b>four</b> people
and wounding <a href="#">eleven</a>.<sup>[1]</sup></p>
<div class="share-buttons"><a>Share</a><a>Tweet</a></div>
<div class="ad-slot">Buy our product</div>
<h2>Aftermath</h2>
<p>Police said two men were arrested<br>near the bus station.</p>
<figure><img src="x.jpg"><figcaption>The market after the blast.</figcaption></figure>
<aside><p>Related: another story</p></aside>
<ul class="related"><li>Another headline about something</li></ul>
</article>
<ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li><li><a href="/c">Culture</a></li></ul>
<ul><li>Four people were killed in the blast.</li><li>Eleven were wounded.</li></ul>
<footer><p>Copyright 2023 Site name</p></footer>
</body></html>"""


@pytest.fixture(scope="module")
def page_doc():
    return process_bytes(PAGE.encode(), "page.html")


@pytest.mark.parametrize(
    "kept",
    [
        "# Blast at a market in Sampletown",
        "A bomb exploded at a crowded market on Friday, killing four people and wounding eleven.",
        "## Aftermath",
        "Police said two men were arrested\nnear the bus station.",
        "The market after the blast.",
        "- Four people were killed in the blast.\n- Eleven were wounded.",
    ],
)
def test_prose_and_headings_are_kept(page_doc, kept: str) -> None:
    assert kept in page_doc.text


@pytest.mark.parametrize(
    "gone",
    [
        "script text",
        "color",
        "World",
        "Sport",
        "Share",
        "Tweet",
        "Buy our",
        "another story",
        "Another headline",
        "Copyright",
        "Jane Roe",
        "[1]",
        "Politics",
        "Culture",
    ],
)
def test_furniture_is_dropped(page_doc, gone: str) -> None:
    assert gone not in page_doc.text


def test_headings_become_sections(page_doc) -> None:
    assert [s.heading for s in page_doc.sections] == ["Blast at a market in Sampletown", "Aftermath"]


def test_title_and_date_from_metadata(page_doc) -> None:
    assert page_doc.title == "Blast at a market in Sampletown"
    assert page_doc.published == date(2023, 5, 6)
    assert page_doc.published_source == "metadata"
    assert page_doc.source_format == "html"


def test_an_explicit_published_date_wins(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE)
    doc = process_file(path, published="2024-01-02", until="clean")
    assert doc.published == date(2024, 1, 2) and doc.published_source == "argument"


@pytest.mark.parametrize(
    "head, published",
    [
        ('<meta name="date" content="2020-02-03">', date(2020, 2, 3)),
        ('<meta name="pubdate" content="20200203">', date(2019, 7, 8)),  # not ISO: <time> instead
        ('<meta itemprop="datePublished" content="2021-12-31T23:00">', date(2021, 12, 31)),
        ("", date(2019, 7, 8)),  # from <time datetime>
    ],
)
def test_publication_date_sources(head: str, published: date | None) -> None:
    body = "<p>Text <time datetime='2019-07-08'>then</time>.</p>"
    html = f"<html><head><title>T</title>{head}</head><body>{body}</body></html>"
    assert load_bytes(html.encode(), "p.html").published == published


@pytest.mark.parametrize(
    "title, expected",
    [(" A  page ", "A page"), ("Blast kills four in the north | Site News", "Blast kills four in the north")],
)
def test_title_falls_back_to_the_title_element(title: str, expected: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><p>Hi.</p></body></html>"
    assert load_bytes(html.encode(), "p.html").title == expected


def test_title_and_date_from_json_ld() -> None:
    ld = '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",'
    ld += ' "headline": "Raid in the hills",'
    ld += ' "datePublished": "2022-09-14T06:30:00+03:00"}]}'
    html = (
        f'<html><head><script type="application/ld+json">{ld}</script></head><body><p>Hi.</p></body></html>'
    )
    loaded = load_bytes(html.encode(), "p.html")
    assert (loaded.title, loaded.published) == ("Raid in the hills", date(2022, 9, 14))


def test_html_in_a_legacy_encoding() -> None:
    prose = "Взрыв произошёл на рынке в пятницу, погибли четыре человека, сообщила полиция."
    html = f"<html><body><p>{prose}</p></body></html>"
    loaded = load_bytes((html * 2).encode("cp1251"), "p.html")
    assert "Взрыв произошёл на рынке" in loaded.text
