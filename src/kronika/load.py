"""Bytes to text: encoding detection, HTML to text, the raw text a document starts from."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from kronika.errors import InputError

#: inputs larger than this are refused rather than read into memory
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class LoadedText:
    document_id: str
    text: str
    source_format: str  # "text" or "html"
    encoding: str


def read_bytes(path: str | os.PathLike[str]) -> tuple[str, bytes]:
    """Read one input; `-` is standard input. Returns (document_id, bytes)."""
    name = str(path)
    if name == "-":
        return "stdin", sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(name, "no such file")
    if p.is_dir():
        raise InputError(name, "is a directory (pass its files, or the directory to a command that walks it)")
    try:
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


def decode(data: bytes, source: str = "input") -> tuple[str, str]:
    """Decode bytes to text with a BOM check, strict UTF-8, then charset detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(source, "binary or undecodable content, not text")
    return str(best), best.encoding


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    return b"\x00" in head


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head or "<p>" in head)


def html_to_text(html: str) -> str:
    from selectolax.parser import HTMLParser

    tree = HTMLParser(html)
    for node in tree.css("script, style, noscript, nav, footer, header, aside, form, iframe, svg"):
        node.decompose()
    body = tree.body or tree.root
    if body is None:
        return ""
    blocks: list[str] = []
    for node in body.css("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dt, dd, figcaption"):
        text = " ".join(node.text(separator=" ").split())
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def load_bytes(data: bytes, document_id: str) -> LoadedText:
    if not data.strip():
        return LoadedText(document_id, "", "text", "utf-8")
    if looks_binary(data):
        raise InputError(document_id, "binary content, not text or HTML")
    text, encoding = decode(data, document_id)
    if looks_like_html(text):
        return LoadedText(document_id, html_to_text(text), "html", encoding)
    return LoadedText(document_id, text, "text", encoding)


def load_path(path: str | os.PathLike[str]) -> LoadedText:
    document_id, data = read_bytes(path)
    return load_bytes(data, document_id)
