"""The ASGI application: the JSON API over the store, the review endpoint and the web page.

`create_app(db)` returns a FastAPI app; `kronika serve` runs it under uvicorn. The app
holds no state of its own beyond one store connection per thread: everything it shows is
in the store, and every review it takes is written there (kronika.store.review).
pydantic is used here, at the HTTP edge, and nowhere else.
"""

from __future__ import annotations

import io
import json
import logging
import re
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from os import PathLike
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kronika import __version__
from kronika import dictionary as user_dictionary
from kronika.api import extract as extract_text
from kronika.dictionary import UserDictionary
from kronika.errors import KronikaError
from kronika.export import geojson_feature
from kronika.record import ATTRIBUTIONS, DATE_PRECISIONS, GEO_PRECISIONS, KINDS, ROLES, WEAPONS, Event
from kronika.serve import facets
from kronika.serve.auth import reviewer_for
from kronika.store import BBox, IncidentConfig, Store
from kronika.store import Query as StoreQuery
from kronika.store import review as rv
from kronika.store.acled import AcledWriter
from kronika.store.backend import is_postgres_url
from kronika.store.incidents import Incident, event_dict
from kronika.store.incremental import before_correction, update_after_correction
from kronika.store.query import parse_date

STATIC = Path(__file__).parent / "static"
MAX_LIMIT = 5000
DEFAULT_LIMIT = 100
MAX_BODY = 64 * 1024
CONTEXT_CHARS = 1500
MAX_CONTEXT = 40_000
ID_PATTERN = r"^[0-9A-Za-z_-]{1,64}$"
log = logging.getLogger("kronika.serve")

Format = Literal["json", "geojson", "acled"]
SortName = Literal[
    "date", "-date", "fatalities", "-fatalities", "confidence", "-confidence", "country", "-country",
    "admin1", "-admin1", "kind", "-kind", "event_type", "-event_type",
]  # fmt: skip
StatsBy = Literal["day", "week", "month", "year", "country", "admin1", "type", "sub_event_type", "kind"]

Text = Annotated[str | None, Query(max_length=200)]
Kinds = Annotated[list[str] | None, Query(max_length=len(KINDS), description=f"one of {', '.join(KINDS)}")]
Day = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]
BBoxParam = Annotated[str | None, Query(max_length=100, description="minlon,minlat,maxlon,maxlat")]
Confidence = Annotated[float, Query(ge=0, le=1, allow_inf_nan=False)]
Fatalities = Annotated[int | None, Query(ge=0, le=rv.MAX_COUNT)]


def store_query(
    kind: Kinds = None,
    country: Text = None,
    admin1: Text = None,
    actor: Text = None,
    since: Day = None,
    until: Day = None,
    bbox: BBoxParam = None,
    min_confidence: Confidence = 0.0,
) -> StoreQuery:
    """The filters of `kronika events`, under the same names."""
    unknown = [k for k in kind or () if k not in KINDS]
    if unknown:
        raise KronikaError(f"kind {unknown[0]!r} is not one of {', '.join(KINDS)}")
    return StoreQuery(
        kinds=tuple(kind or ()),
        country=country or None,
        admin1=admin1 or None,
        since=parse_date(since or None, "since"),
        until=parse_date(until or None, "until"),
        actor=actor or None,
        bbox=BBox.parse(bbox) if bbox else None,
        min_confidence=min_confidence,
    )


def event_filter(
    query: Annotated[StoreQuery, Depends(store_query)],
    event_type: Text = None,
    sub_event_type: Text = None,
    min_fatalities: Fatalities = None,
    q: Text = None,
) -> facets.EventFilter:
    """The store's filters plus ACLED's types, a fatalities floor and text search."""
    return facets.EventFilter(query, event_type or None, sub_event_type or None, min_fatalities, q or None)


EventFilterParam = Annotated[facets.EventFilter, Depends(event_filter)]
QueryParam = Annotated[StoreQuery, Depends(store_query)]


_STATS_SQL = {
    "day": "substr(date_start, 1, 10)",
    "week": "substr(date_start, 1, 10)",
    "month": "substr(date_start, 1, 7)",
    "year": "substr(date_start, 1, 4)",
    "country": "country",
    "admin1": "admin1",
    "type": "f_event_type",
    "sub_event_type": "f_sub_event_type",
    "kind": "kind",
}


class ReviewIn(BaseModel):
    """A correction (`field` and `value`) or a verdict (`action`), with an optional note."""

    model_config = ConfigDict(extra="forbid")
    field: str | None = Field(None, max_length=64, description="a record field, `date` or `location`")
    value: Any = Field(None, description="the corrected value (null clears a field)")
    action: Literal["confirm", "reject", "split"] | None = None
    note: str | None = Field(None, max_length=rv.MAX_NOTE)


class ExtractIn(BaseModel):
    """A text to extract records from (not stored), read with the server's user dictionary."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(..., min_length=1, description="the report: plain text or an HTML page")
    published: date | None = Field(None, description="publication date that anchors relative dates")
    document_id: str = Field("text", min_length=1, max_length=200, description="the records' document_id")


@dataclass
class Settings:
    db: str | Path
    tokens: Mapping[str, str] = field(default_factory=dict)
    incident_config: IncidentConfig = field(default_factory=IncidentConfig)
    cors_origins: Sequence[str] = ()
    allowed_hosts: Sequence[str] | None = None
    max_body: int = MAX_BODY
    #: the user dictionary every extraction and place search of the server reads (None: none)
    dictionary: UserDictionary | None = None


class _Stores(threading.local):
    store: Store | None = None


class LimitBody:
    """ASGI middleware: refuse request bodies over `limit` bytes (declared or streamed)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _send_json(send, 413, f"request body over {self.limit} bytes")
            return
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise HTTPException(413, f"request body over {self.limit} bytes")
            return message

        await self.app(scope, limited, send)


class SecurityHeaders:
    """ASGI middleware: a strict content security policy (the page loads nothing from
    elsewhere), no sniffing, no framing, no referrer."""

    HEADERS: ClassVar[list[tuple[bytes, bytes]]] = [
        (b"x-content-type-options", b"nosniff"),
        (b"x-frame-options", b"DENY"),
        (b"referrer-policy", b"no-referrer"),
        (
            b"content-security-policy",
            b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            b"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
        ),
    ]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)


async def _send_json(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": {"status": status, "message": message}}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "message": message}}, status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(
    db: str | Path,
    *,
    tokens: Mapping[str, str] | None = None,
    incident_config: IncidentConfig | None = None,
    cors_origins: Sequence[str] = (),
    allowed_hosts: Sequence[str] | None = None,
    max_body: int = MAX_BODY,
    dictionary: UserDictionary | str | PathLike[str] | None = None,
) -> FastAPI:
    """The app over the store at `db` (a SQLite file or a PostgreSQL URL, which must exist).
    Without `tokens` it is read-only. `dictionary` (a loaded user dictionary or the path of its
    TOML file; default ``$KRONIKA_DICTIONARY``) is read by every extraction and place search;
    a bad one is a `DictionaryError` now, not at the first request."""
    settings = Settings(
        db if is_postgres_url(db) else Path(db),
        dict(tokens or {}),
        incident_config or IncidentConfig(),
        cors_origins,
        allowed_hosts,
        max_body,
        _dictionary(dictionary),
    )
    with Store(settings.db, readonly=True):  # a missing store is an error, never created
        pass
    with Store(settings.db) as store:  # adds the review and API tables to an older store
        rv.reconcile(store)
        facets.refresh(store)
    stores = _Stores()

    def get_store() -> Store:
        if stores.store is None:
            stores.store = Store(settings.db)
        facets.refresh(stores.store)
        return stores.store

    app = FastAPI(
        title="kronika",
        version=__version__,
        description="Conflict event records with their evidence, and the review log that corrects them.",
        docs_url=None,  # Swagger UI would load its assets from a CDN; the page works offline
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.settings = settings

    # --- errors: JSON, never a traceback ----------------------------------------------

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(400, _validation_message(exc))

    @app.exception_handler(KronikaError)
    async def kronika_error(request: Request, exc: KronikaError) -> JSONResponse:
        status = 404 if isinstance(exc, rv.NotFound) else 400
        return _error(status, str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.error(
            "internal error on %s %s: %s: %s", request.method, request.url.path, type(exc).__name__, exc
        )
        return _error(500, "internal error (the server log has the cause)")

    # --- events -----------------------------------------------------------------------

    @app.get("/api/events", summary="Events matching every filter given, one page at a time")
    def list_events(
        flt: EventFilterParam,
        sort: SortName = "-date",
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        cursor: Annotated[str | None, Query(max_length=1000)] = None,
        format: Format = "json",
    ) -> Response:
        """Filters as `kronika events` names them (`kind` repeatable: any of them), plus
        ACLED's `event_type` / `sub_event_type`, `min_fatalities` and `q` (text in the
        evidence, place or actor names). Records carry the reviewed values. Answers
        `{"events": [...], "next": cursor or null, "total": n}`; `format=geojson` gives a
        FeatureCollection (with `next` and `total`), `format=acled` ACLED's CSV columns (the
        next cursor in the `X-Next-Cursor` header)."""
        store = get_store()
        try:
            events, following, total = facets.page(store, flt, sort, limit, cursor)
        except facets.BadCursor as exc:
            raise KronikaError(str(exc)) from None
        headers = {"X-Total-Count": str(total)}
        if following:
            headers["X-Next-Cursor"] = following
        if format == "acled":
            return Response(_acled_csv(store, events), media_type="text/csv; charset=utf-8", headers=headers)
        if format == "geojson":
            body = {
                "type": "FeatureCollection",
                "features": [geojson_feature(e) for e in events],
                "next": following,
                "total": total,
            }
            return JSONResponse(body, headers=headers, media_type="application/geo+json")
        return JSONResponse(
            {"events": [event_dict(e) for e in events], "next": following, "total": total}, headers=headers
        )

    @app.get("/api/events/{event_id}", summary="One event: record, review, evidence in its document")
    def get_event(event_id: Annotated[str, PathParam(pattern=ID_PATTERN)]) -> dict[str, Any]:
        store = get_store()
        found = rv.find_event(store, event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id!r}")
        event, status = found
        log_entries = rv.entries(store, event_id)
        return {
            "event": event_dict(event),
            "review": {
                "status": status,
                "entries": [e.to_dict() for e in log_entries],
                "original": rv.original_values(log_entries),
            },
            "document": _context(store, event),
            "incident": _incident_of(store, event_id),
        }

    @app.post(
        "/api/events/{event_id}/review",
        summary="Correct a field, confirm or reject an event (Bearer token)",
        responses={401: {"description": "no valid write token"}},
    )
    def post_review(
        event_id: Annotated[str, PathParam(pattern=ID_PATTERN)], body: ReviewIn, request: Request
    ) -> dict[str, Any]:
        """`{"field": ..., "value": ..., "note": ...}` corrects one field (`date` and
        `location` set several at once); `{"action": "confirm" | "reject"}` gives a verdict;
        `{"action": "split"}` takes the event out of its incident and
        `{"field": "incident", "value": {"with": EVENT_ID}}` puts it in that event's
        (`"auto"` lets the matcher decide again). Each is one append-only entry in the
        review log under the token's reviewer."""
        reviewer = _reviewer(request)
        if body.action is not None:
            if body.field is not None:
                raise KronikaError("give either an action or a field, not both")
            name, value = {
                "confirm": ("status", "confirmed"),
                "reject": ("status", "rejected"),
                "split": ("incident", "alone"),
            }[body.action]
        elif body.field is None:
            raise KronikaError("give a field and a value, or an action (confirm or reject)")
        elif "value" not in body.model_fields_set:
            raise KronikaError("give the corrected value (null to clear the field)")
        else:
            name, value = body.field, body.value
        store = get_store()
        before = before_correction(store, [event_id])
        generation, _ = store.incidents_state()
        entry, record = rv.write(store, event_id, reviewer, name, value, body.note)
        # only the incidents the corrected event can reach are re-clustered
        update_after_correction(store, settings.incident_config, before, generation)
        return {
            "entry": entry.to_dict(),
            "event": event_dict(record),
            "status": rv.status(rv.entries(store, event_id)),
        }

    @app.get("/api/reviews", summary="The review log, oldest first")
    def list_reviews(
        event_id: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
        reviewer: Text = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 1000,
    ) -> dict[str, Any]:
        store = get_store()
        found = rv.entries(store, event_id, reviewer)
        return {"entries": [e.to_dict() for e in found[-limit:]], "total": len(found)}

    @app.get("/api/reviews/unplaced", summary="Reviewed events re-extraction lost")
    def list_unplaced() -> dict[str, Any]:
        return {"unplaced": [_asdict(u) for u in rv.unplaced(get_store())]}

    @app.get("/api/whoami", summary="The reviewer a token belongs to (401 without one)")
    def whoami(request: Request) -> dict[str, Any]:
        return {"reviewer": _reviewer(request)}

    # --- incidents, documents, stats -----------------------------------------------------

    @app.get("/api/incidents", summary="Incidents across sources matching the filters")
    def list_incidents(
        query: QueryParam,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        store = get_store()
        where, params = query.where()
        rows = store.conn.execute(
            f"SELECT record FROM incidents WHERE {where} ORDER BY date_start IS NULL, date_start DESC, "
            "incident_id LIMIT ? OFFSET ?",
            [*params, limit + 1, offset],
        ).fetchall()
        total = int(store.conn.execute(f"SELECT count(*) FROM incidents WHERE {where}", params).fetchone()[0])
        items = [json.loads(r[0]) for r in rows[:limit]]
        return {"incidents": items, "next": offset + limit if len(rows) > limit else None, "total": total}

    @app.get("/api/incidents/{incident_id}", summary="One incident and its member events from every source")
    def get_incident(incident_id: Annotated[str, PathParam(pattern=ID_PATTERN)]) -> dict[str, Any]:
        store = get_store()
        row = store.conn.execute(
            "SELECT record FROM incidents WHERE incident_id = ?", (incident_id,)
        ).fetchone()
        if row is None:
            raise HTTPException(404, f"no incident {incident_id!r}")
        incident = Incident.from_dict(json.loads(row[0]))
        return {"incident": incident.to_dict(), "members": _members(store, incident.members)}

    @app.get("/api/documents/{document_id:path}", summary="A stored document: its cleaned text and events")
    def get_document(document_id: str) -> dict[str, Any]:
        if len(document_id) > 1000:
            raise HTTPException(400, "document id too long")
        store = get_store()
        row = store.conn.execute(
            "SELECT document_id, sha256, text, published, ingested_at, extractor_version, source_format "
            "FROM documents WHERE document_id = ?",
            (document_id,),
        ).fetchone()
        if row is None:
            raise HTTPException(404, f"no document {document_id!r}")
        ids = [
            r[0]
            for r in store.conn.execute("SELECT event_id FROM events WHERE document_id = ?", (document_id,))
        ]
        keys = (
            "document_id",
            "sha256",
            "text",
            "published",
            "ingested_at",
            "extractor_version",
            "source_format",
        )
        return {**dict(zip(keys, row, strict=True)), "events": ids}

    @app.get("/api/stats", summary="Counts (and fatalities) of the filtered events by one key")
    def stats(flt: EventFilterParam, by: StatsBy = "month") -> dict[str, Any]:
        """`by` = day, week (keyed by its Monday), month, year, country, admin1, type
        (ACLED event_type), sub_event_type or kind. Events without the key count under null."""
        rows = facets.count_by(get_store(), flt, _STATS_SQL[by])
        if by == "week":
            rows = _weeks(rows)
        buckets = [{"key": k, "events": n, "fatalities": f} for k, n, f in rows]
        return {"by": by, "buckets": buckets, "total": sum(n for _, n, _ in rows)}

    @app.get("/api/meta", summary="What the page needs: kinds, types present, fields a review may set")
    def meta(request: Request) -> dict[str, Any]:
        store = get_store()
        types = store.conn.execute(
            "SELECT DISTINCT f_event_type, f_sub_event_type FROM api_facets "
            "ORDER BY f_event_type, f_sub_event_type"
        ).fetchall()
        return {
            "version": __version__,
            "kinds": list(KINDS),
            "event_types": sorted({t for t, _ in types if t}),
            "sub_event_types": [{"event_type": t, "sub_event_type": s} for t, s in types if t and s],
            "countries": [r[0] for r in store.conn.execute(
                "SELECT DISTINCT country FROM events WHERE country IS NOT NULL ORDER BY country")],
            "review_fields": rv.reviewable_fields(),
            "choices": {
                "kind": list(KINDS),
                "date_precision": list(DATE_PRECISIONS),
                "geo_precision": list(GEO_PRECISIONS),
                "attribution": list(ATTRIBUTIONS),
                "weapons": list(WEAPONS),
                "role": list(ROLES),
            },
            "writable": bool(settings.tokens),
            "dictionary": dictionary_dict(settings.dictionary)["name"],
            "events": store.count("events"),
            "documents": store.count("documents"),
            "incidents": store.count("incidents"),
        }  # fmt: skip

    @app.get("/api/places", summary="Gazetteer places by name, for correcting a location")
    def places(q: Annotated[str, Query(min_length=1, max_length=100)]) -> dict[str, Any]:
        """The user dictionary's places come first; its non-places are never offered."""
        return {"places": _places(q, settings.dictionary)}

    # --- the user dictionary -----------------------------------------------------------

    @app.get("/api/dictionary", summary="The user dictionary the server reads: actors, places, non-places")
    def get_dictionary() -> dict[str, Any]:
        return dictionary_dict(settings.dictionary)

    @app.post(
        "/api/extract",
        summary="Extract the records of a posted text, with the user dictionary (Bearer token; not stored)",
        responses={401: {"description": "no valid write token"}},
    )
    def post_extract(body: ExtractIn, request: Request) -> dict[str, Any]:
        """`{"text": ..., "published": "YYYY-MM-DD", "document_id": ...}` gives the records
        `kronika extract` would, read with the server's user dictionary; nothing is stored. It
        costs CPU, so it needs a write token like a review."""
        _reviewer(request)
        events = extract_text(body.text, body.document_id, body.published, dictionary=settings.dictionary)
        return {
            "events": [e.to_dict() for e in events],
            "dictionary": dictionary_dict(settings.dictionary)["name"],
        }

    # --- the page -----------------------------------------------------------------------

    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/event/{event_id}", include_in_schema=False)
    def event_page(event_id: str) -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    def _reviewer(request: Request) -> str:
        name = reviewer_for(settings.tokens, request.headers.get("authorization"))
        if name is None:
            why = "a valid write token" if settings.tokens else "write tokens: this server is read-only"
            raise HTTPException(
                401, f"reviews need {why} (Authorization: Bearer TOKEN)", {"WWW-Authenticate": "Bearer"}
            )
        return name

    app.add_middleware(SecurityHeaders)
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(LimitBody, limit=max_body)
    return app


# --- helpers --------------------------------------------------------------------------


def _asdict(obj: Any) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}


def _acled_csv(store: Store, events: list[Event]) -> str:
    """The page's ACLED rows, written as `kronika events -f acled` writes them (one a day for
    a several-day event, summaries left out)."""
    times = store.ingest_times()
    out = io.StringIO()
    writer = AcledWriter(out)
    for event in events:
        writer.write(event, None, times.get(event.document_id))
    return out.getvalue()


def _context(store: Store, event: Event) -> dict[str, Any] | None:
    """The document text around the event's evidence, with the spans relative to it."""
    row = store.conn.execute(
        "SELECT text, published, source_format FROM documents WHERE document_id = ?", (event.document_id,)
    ).fetchone()
    if row is None:
        return None
    text, published, source_format = row
    spans = [ev for ev in event.evidence if ev.document_id == event.document_id and 0 <= ev.start <= ev.end]
    if spans:
        start = max(0, min(ev.start for ev in spans) - CONTEXT_CHARS)
        end = min(len(text), max(ev.end for ev in spans) + CONTEXT_CHARS)
        if end - start > MAX_CONTEXT:
            end = start + MAX_CONTEXT
        start = _paragraph_start(text, start)
    else:
        start, end = 0, min(len(text), MAX_CONTEXT)
    return {
        "document_id": event.document_id,
        "published": published,
        "source_format": source_format,
        "length": len(text),
        "start": start,
        "end": end,
        "text": text[start:end],
        "evidence": [
            {
                "start": ev.start,
                "end": ev.end,
                "text": ev.text,
                "in_context": start <= ev.start and ev.end <= end,
            }
            for ev in event.evidence
        ],
    }


def _paragraph_start(text: str, start: int) -> int:
    """Move a window's start back to the beginning of its paragraph (at most 500 chars)."""
    if start == 0:
        return 0
    found = text.rfind("\n", max(0, start - 500), start)
    return found + 1 if found >= 0 else start


def _members(store: Store, event_ids: Sequence[str]) -> list[dict[str, Any]]:
    out = []
    for event_id in event_ids:
        found = rv.find_event(store, event_id)
        if found is None:
            continue
        event, status = found
        out.append({**event_dict(event), "review_status": status})
    return out


def _incident_of(store: Store, event_id: str) -> dict[str, Any] | None:
    row = store.conn.execute(
        "SELECT i.record FROM incident_members m JOIN incidents i ON i.incident_id = m.incident_id "
        "WHERE m.event_id = ?",
        (event_id,),
    ).fetchone()
    if row is None:
        return None
    incident = Incident.from_dict(json.loads(row[0]))
    return {
        "incident_id": incident.incident_id,
        "n_sources": len(incident.sources),
        "sources": incident.sources,
        "members": [m for m in _members(store, incident.members) if m["event_id"] != event_id],
    }


def _weeks(rows: list[tuple[str | None, int, int]]) -> list[tuple[str | None, int, int]]:
    """Day counts summed into ISO weeks, keyed by the week's Monday."""
    counts: Counter[str | None] = Counter()
    dead: Counter[str | None] = Counter()
    for key, n, f in rows:
        week = key
        if key and re.fullmatch(r"\d{4}-\d{2}-\d{2}", key):
            day = date.fromisoformat(key)
            week = (day - timedelta(days=day.weekday())).isoformat()
        counts[week] += n
        dead[week] += f
    return sorted(((k, counts[k], dead[k]) for k in counts), key=lambda t: (t[0] is None, t[0] or ""))


def _dictionary(given: UserDictionary | str | PathLike[str] | None) -> UserDictionary | None:
    """The server's user dictionary, read and checked whole now (a place's country too), so that
    a bad file stops the start with one line instead of failing a request."""
    with user_dictionary.use(given):
        loaded = user_dictionary.active()
    return None if loaded is None else user_dictionary.check(loaded)


def dictionary_dict(d: UserDictionary | None) -> dict[str, Any]:
    """The dictionary as the API shows it: its file name (not the server's folders) and entries."""
    if d is None:
        return {"name": None, "actors": [], "places": [], "not_places": []}
    return {
        "name": Path(d.path).name,
        "actors": [{"name": a.name, "aliases": list(a.aliases), "type": a.type} for a in d.actors],
        "places": [
            {
                "name": p.name,
                "aliases": list(p.aliases),
                "latitude": p.lat,
                "longitude": p.lon,
                "admin1": p.admin1,
                "country": p.country,
            }
            for p in d.places
        ],
        "not_places": list(d.not_places),
    }


def _places(q: str, dictionary: UserDictionary | None = None) -> list[dict[str, Any]]:
    """Gazetteer entries named `q`, most populous first (the user dictionary's places before
    all), as the location fields of a record (region and country named as the extractor names
    them)."""
    from kronika.geo.gazetteer import gazetteer
    from kronika.geo.text import name_key

    with user_dictionary.use(dictionary):
        gaz = user_dictionary.gazetteer_for(gazetteer())
    out = []
    for entry in gaz.lookup(name_key(q))[:15]:
        region = gaz.region(entry.cc, entry.a1) if entry.kind in ("city", "admin2") else None
        country = gaz.country(entry.cc) if entry.cc else None
        out.append(
            {
                "place": entry.name if entry.kind in ("city", "admin2", "admin1") else None,
                "admin1": region.name if region else (entry.name if entry.kind == "admin1" else None),
                "country": country.name if country else None,
                "country_code": entry.cc or None,
                "latitude": round(entry.lat, 4),
                "longitude": round(entry.lon, 4),
                "geo_precision": {
                    "city": "place",
                    "admin2": "district",
                    "admin1": "admin1",
                    "country": "country",
                }.get(entry.kind, "region"),
                "population": entry.pop,
            }
        )
    return out


__all__ = ["create_app"]
