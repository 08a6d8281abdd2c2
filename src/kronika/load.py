"""Bytes to text: encoding detection, HTML to text, the raw text a document starts from.

Plain text: a byte-order mark decides (UTF-8, UTF-16, UTF-32); UTF-16 without a mark
is recognised by its zero bytes; then strict UTF-8; a mostly-UTF-8 file with stray
legacy bytes decodes those bytes as cp1252; anything else goes to charset-normalizer
(cp1251, latin-1, cp1252...). Binary content is refused with a one-line `InputError`
that names what the file is (an image, an archive, an executable).
HTML is parsed with selectolax (lexbor): page furniture is dropped, headings become
markdown-style "#" lines and blocks are separated by blank lines, so segmentation sees
the structure; the title and publication date come from <title>/<meta>/<time>.
PDF (its text layer) and Word (.docx) reports are read by `kronika.formats`: their prose
in reading order without page furniture, tables or annexes, and the date in their header.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from kronika.errors import InputError

#: inputs larger than this are refused rather than read into memory
MAX_BYTES = 50 * 1024 * 1024

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or an office document); extract the text first"),
    (b"\x1f\x8b", "a gzip archive; decompress it first"),
    (b"BZh", "a bzip2 archive; decompress it first"),
    (b"\xfd7zXZ\x00", "an xz archive; decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; extract it first"),
    (b"Rar!\x1a\x07", "a RAR archive; extract it first"),
    (b"\x28\xb5\x2f\xfd", "a zstd archive; decompress it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office file (.doc/.xls); save it as DOCX or text first"),
    (b"{\\rtf", "an RTF document; save it as DOCX or text first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\x7fELF", "an executable, not text"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_TEXT = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_FALLBACK = "kronika-cp1252"
#: a list of at least this many items whose words are at least this share link text is dropped
LINK_LIST_ITEMS = 2
LINK_DENSITY = 0.8
#: a page nested deeper than this is refused (no real page comes near it)
MAX_HTML_DEPTH = 3000


@dataclass(frozen=True, slots=True)
class LoadedText:
    document_id: str
    text: str
    source_format: str  # "text", "html", "pdf" or "docx"
    encoding: str
    #: from HTML <title>/og:title, else ""
    title: str = ""
    #: from HTML <meta> (article:published_time, date, pubdate...) or <time datetime>
    published: date | None = None
    #: the publishing site from HTML <meta> (og:site_name...), else ""
    outlet: str = ""
    #: one line each about what was left out or could not be read (scanned pages, tables...)
    notes: tuple[str, ...] = ()
    #: (start, end) of each page in `text` (PDF)
    pages: tuple[tuple[int, int], ...] = ()


def read_bytes(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """Read one input; `-` is standard input. Returns (document_id, bytes)."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError("stdin", f"input is over the {MAX_BYTES // (1024 * 1024)} MiB limit")
        return "stdin", data
    p = Path(path)
    try:
        if not p.exists():
            raise InputError(name, "no such file")
        if p.is_dir():
            raise InputError(
                name, "is a directory (pass its files, or the directory to a command that walks it)"
            )
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                name, f"file is {size / 1e6:.0f} MB, over the {MAX_BYTES // (1024 * 1024)} MiB limit"
            )
        with p.open("rb") as fh:
            return p.name, fh.read()
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return bytes(bad).decode("cp1252", errors="replace"), exc.end


codecs.register_error(_FALLBACK, _cp1252_fallback)


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the zero bytes say so (mostly-ASCII UTF-16), else None."""
    head = data[:4096]
    if len(head) < 4:
        return None
    head = head[: len(head) // 2 * 2]
    pairs = len(head) // 2
    even_zeros = head[0::2].count(0)
    odd_zeros = head[1::2].count(0)
    if odd_zeros >= 0.4 * pairs and even_zeros <= 0.05 * pairs:
        return "utf-16-le"
    if even_zeros >= 0.4 * pairs and odd_zeros <= 0.05 * pairs:
        return "utf-16-be"
    return None


def binary_reason(data: bytes) -> str | None:
    """Why `data` is not text (after BOM and UTF-16 checks), or None."""
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            return reason
    if data[257:262] == b"ustar":
        return "a tar archive; extract it and give kronika the files inside"
    head = data[:8192]
    if b"\x00" in head:
        return "binary content (zero bytes), not text or HTML"
    if head and len(_CONTROL.findall(head)) > 0.05 * len(head):
        return "binary content (control bytes), not text or HTML"
    return None


def decode(data: bytes, source: str = "input") -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding name). Never raises on text input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, reason)
    if data[257:262] == b"ustar":
        raise InputError(source, "a tar archive; extract it and give kronika the files inside")
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        text = data.decode(utf16, errors="replace")
        if len(_CONTROL_TEXT.findall(text[:4096])) <= 0.05 * min(len(text), 4096):
            return text, utf16
    reason = binary_reason(data)
    if reason is not None:
        raise InputError(source, reason)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    invalid = lenient.count("\ufffd")
    multibyte = sum(1 for ch in lenient if ord(ch) > 127) - invalid
    if multibyte > 0 and multibyte * 4 >= invalid:
        # UTF-8 with stray legacy bytes (a pasted cp1252 quote): keep both
        return data.decode("utf-8", errors=_FALLBACK), "utf-8+cp1252"
    return _detect_legacy(data)


def _detect_legacy(data: bytes) -> tuple[str, str]:
    """charset-normalizer's cleanest decodings; among equally clean ones, the usual code page."""
    from charset_normalizer import from_bytes

    from kronika.clean.resources import ordered_list

    matches = list(from_bytes(data))
    if not matches:
        return data.decode("cp1252", errors="replace"), "cp1252"
    lowest = min(m.chaos for m in matches)
    near = {m.encoding: m for m in matches if m.chaos <= lowest + 0.02}
    for encoding in ordered_list("encodings.txt"):
        if encoding in near:
            return str(near[encoding]), encoding
    best = matches[0]
    return str(best), best.encoding


def looks_binary(data: bytes) -> bool:
    if data.startswith(tuple(bom for bom, _ in _BOMS)) or _utf16_without_bom(data):
        return False
    return binary_reason(data) is not None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return "<html" in text[:4096].lower() or "<body" in text[:8192].lower() or "<p" in head
    return "<body" in head or "<p>" in head or "<article" in head or "<div" in head[:64]


@cache
def _html_table() -> dict[str, Any]:
    from kronika.clean.resources import json_table

    return json_table("html.json")


_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextBuilder:
    """Collects inline text into blocks; block elements flush the current block."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self._inline: list[str] = []
        self._prefix = ""
        self._last_item = False

    def text(self, value: str) -> None:
        self._inline.append(value)

    def flush(self) -> None:
        raw = "".join(self._inline)
        lines = [_SPACES.sub(" ", line).strip() for line in raw.split("\n")]
        body = "\n".join(line for line in lines if line)
        if body:
            item = self._prefix == "- "
            if self.blocks:
                self.blocks.append("\n" if item and self._last_item else "\n\n")
            self.blocks.append(self._prefix + body)
            self._last_item = item
        self._inline = []
        self._prefix = ""

    def start(self, prefix: str) -> None:
        self.flush()
        self._prefix = prefix


@dataclass(frozen=True, slots=True)
class _HtmlRules:
    drop_tags: frozenset[str]
    drop_words: frozenset[str]
    block_tags: frozenset[str]


@cache
def _rules() -> _HtmlRules:
    table = _html_table()
    return _HtmlRules(
        frozenset(table["drop_tags"]),
        frozenset(w.casefold() for w in table["drop_class_words"]),
        frozenset(table["block_tags"]),
    )


def _dropped(node: Any, rules: _HtmlRules) -> bool:
    if node.tag in rules.drop_tags:
        return True
    attrs = node.attributes or {}
    if attrs.get("hidden") is not None or attrs.get("aria-hidden") == "true":
        return True
    words = set(re.split(r"[\s_]+", f"{attrs.get('class') or ''} {attrs.get('id') or ''}".casefold()))
    return bool(words & rules.drop_words)


def _is_link_list(node: Any) -> bool:
    """A list whose words are nearly all link text: a menu or a list of related links."""
    items = node.css("li")
    if len(items) < LINK_LIST_ITEMS:
        return False
    total = len(node.text(deep=True).split())
    linked = sum(len(a.text(deep=True).split()) for a in node.css("a"))
    return total > 0 and linked >= LINK_DENSITY * total


def _walk(root: Any, out: _TextBuilder, rules: _HtmlRules, in_article: bool = False) -> None:
    """The page's text in document order. A stack of child iterators, not recursion, so any
    depth the parser accepts is walked; each entry's closer runs when its children are done."""
    stack: list[tuple[Iterator[Any], bool, Callable[[], None] | None]] = [
        (iter(root.iter(include_text=True)), in_article, None)
    ]
    while stack:
        children, in_article, closer = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if closer is not None:
                closer()
            continue
        tag = child.tag
        if tag == "-text":
            out.text(child.text(deep=False).replace("\n", " "))
        elif tag == "br":
            out.text("\n")
        elif not isinstance(tag, str) or tag.startswith("-") or _dropped(child, rules):
            continue
        elif (tag == "header" and not in_article) or (tag in ("ul", "ol") and _is_link_list(child)):
            continue  # the site's header (logo, menus; an article's own is kept), lists of links
        elif tag in _HEADINGS:
            out.start("#" * _HEADINGS[tag] + " ")
            out.text(child.text(deep=True, separator=" ").replace("\n", " "))
            out.flush()
        elif tag == "li":
            out.start("- ")
            stack.append((iter(child.iter(include_text=True)), in_article, out.flush))
        elif tag in rules.block_tags:
            out.flush()
            inner = in_article or tag in ("article", "main")
            stack.append((iter(child.iter(include_text=True)), inner, out.flush))
        else:
            stack.append((iter(child.iter(include_text=True)), in_article, None))


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    m = _ISO_DATE.search(value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _linked_data(tree: Any) -> tuple[str, date | None]:
    """headline and datePublished from schema.org JSON-LD blocks, if any."""
    import json

    def objects(value: Any) -> list[dict[str, Any]]:
        if isinstance(value, list):
            return [o for v in value for o in objects(v)]
        if isinstance(value, dict):
            return [value, *objects(value.get("@graph", []))]
        return []

    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "null")
        except ValueError:
            continue
        for obj in objects(data):
            published = _parse_date(str(obj.get("datePublished") or ""))
            if published:
                return str(obj.get("headline") or ""), published
    return "", None


def _title_element(tree: Any) -> str:
    """The <title>, without a site name after " | " (the longest part is the headline)."""
    node = tree.css_first("title")
    text = node.text(deep=True) if node is not None else ""
    parts = [p.strip() for p in re.split(r"\s+[|–—]\s+", text) if p.strip()]
    return max(parts, key=len) if parts else ""


def _metadata(tree: Any) -> tuple[str, date | None]:
    table = _html_table()
    metas: dict[str, str] = {}
    for meta in tree.css("meta"):
        attrs = meta.attributes or {}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").casefold()
        if key and key not in metas and attrs.get("content"):
            metas[key] = attrs["content"] or ""
    title = next((metas[k] for k in table["title_meta"] if metas.get(k)), "")
    published = next((d for d in (_parse_date(metas.get(k)) for k in table["date_meta"]) if d), None)
    if published is None or not title:
        ld_title, ld_published = _linked_data(tree)
        title = title or ld_title
        published = published or ld_published
    if published is None:
        times = (_parse_date((n.attributes or {}).get("datetime")) for n in tree.css("time[datetime]"))
        published = next((d for d in times if d), None)
    return " ".join((title or _title_element(tree)).split()), published


def html_to_text(html: str) -> str:
    return parse_html(html)[0]


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})(?:\s[^<>]{0,2000})?(/?)>")


def html_depth(html: str) -> int:
    """How deep the page's elements nest, counted on its tags in one pass (the parser takes
    time quadratic in the depth; a page 100,000 deep is not a page)."""
    table = _html_table()
    uncounted = frozenset(table["optional_end_tags"]) | frozenset(table["void_tags"])
    depth = deepest = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in uncounted or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def parse_html(html: str, source: str = "input") -> tuple[str, str, date | None]:
    """(text, title, publication date) of an HTML page."""
    from selectolax.lexbor import LexborHTMLParser

    depth = html_depth(html)
    if depth > MAX_HTML_DEPTH:
        raise InputError(
            source, f"HTML nested {depth:,} elements deep (more than {MAX_HTML_DEPTH:,}); not a page"
        )
    tree = LexborHTMLParser(html)
    title, published = _metadata(tree)
    root = tree.body or tree.root
    if root is None:
        return "", title, published
    out = _TextBuilder()
    _walk(root, out, _rules())
    out.flush()
    return "".join(out.blocks), title, published


def load_bytes(data: bytes, document_id: str) -> LoadedText:
    if len(data) > MAX_BYTES:
        raise InputError(document_id, f"input is over the {MAX_BYTES // (1024 * 1024)} MiB limit")
    if data.startswith(b"%PDF") or data[:1024].lstrip().startswith(b"%PDF"):
        from kronika.formats.pdf import read_pdf

        pdf = read_pdf(data, document_id)
        return LoadedText(
            document_id, pdf.text, "pdf", "pdf", pdf.title, pdf.published, notes=pdf.notes, pages=pdf.pages
        )
    if data.startswith(b"PK\x03\x04"):
        from kronika.formats.office import read_docx, zip_kind

        if zip_kind(data, document_id) == "docx":
            word = read_docx(data, document_id)
            return LoadedText(
                document_id, word.text, "docx", "docx", word.title, word.published, notes=word.notes
            )
    if not data.strip():
        return LoadedText(document_id, "", "text", "utf-8")
    text, encoding = decode(data, document_id)
    if looks_like_html(text):
        from kronika.provenance import page_outlet

        body, title, published = parse_html(text, document_id)
        return LoadedText(document_id, body, "html", encoding, title, published, page_outlet(text) or "")
    return LoadedText(document_id, text, "text", encoding)


def load_string(text: str, document_id: str) -> LoadedText:
    """A text given as a string: HTML is detected and cleaned as a file's would be."""
    if looks_like_html(text):
        from kronika.provenance import page_outlet

        body, title, published = parse_html(text, document_id)
        return LoadedText(document_id, body, "html", "str", title, published, page_outlet(text) or "")
    return LoadedText(document_id, text, "text", "str")


def load_path(path: str | os.PathLike[str]) -> LoadedText:
    document_id, data = read_bytes(path)
    return load_bytes(data, document_id)
