"""The web page in a real headless Chromium (Debian's, driven by Playwright; no browser is
downloaded). Run with `pytest -m browser tests/serve/test_browser.py`; `.ci/run` has a stage
for it. A failing test leaves a screenshot in $KRONIKA_BROWSER_SHOTS (default
`browser-failures/`)."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

playwright_api = pytest.importorskip("playwright.sync_api")
uvicorn = pytest.importorskip("uvicorn")

from kronika.serve import create_app  # noqa: E402
from tests.serve.chromium import CHROMIUM, launch  # noqa: E402
from tests.serve.storefix import TOKEN, TOKENS, build, find  # noqa: E402

SHOTS = Path(os.environ.get("KRONIKA_BROWSER_SHOTS", "browser-failures"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict]]:
    path = tmp_path_factory.mktemp("browser") / "k.db"
    events = build(path)
    port = _free_port()
    config = uvicorn.Config(create_app(path, tokens=TOKENS), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}", events
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser_context() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("KRONIKA_REQUIRE_BROWSER"):
            pytest.fail(f"no chromium at {CHROMIUM}")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with playwright_api.sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = launch(p, profile, height=1000)
        yield context
        context.close()


@pytest.fixture
def page(browser_context, server, request: pytest.FixtureRequest) -> Iterator[object]:
    base, _ = server
    page = browser_context.new_page()
    outside: list[str] = []
    errors: list[str] = []

    def only_loopback(route) -> None:
        if route.request.url.startswith(base) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_loopback)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.context.clear_cookies()
    yield page
    page.evaluate("sessionStorage.clear()")
    page.close()
    assert outside == [], "the page asked for something beyond this server"
    assert errors == [], "the page raised script errors"


@contextlib.contextmanager
def screenshot_on_failure(page, name: str) -> Iterator[None]:
    try:
        yield
    except BaseException:
        SHOTS.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(Exception):
            page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
        raise


def _open(page, base: str) -> None:
    page.goto(base + "/")
    page.wait_for_selector("body[data-ready='1']", timeout=20_000)


def wait_until(page, check, what: str, timeout: float = 15.0) -> None:
    """Poll `check()` from Python (the page's content security policy forbids the string
    evaluation `wait_for_function` would use)."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting until {what}")
        page.wait_for_timeout(100)


def _markers(page) -> str | None:
    return page.get_attribute("body", "data-markers")


def _rows(page) -> int:
    return page.locator("#events tbody tr").count()


def _table_count(page) -> int:
    return int(page.inner_text("#table-count").split()[0])


def test_the_page_shows_markers_timeline_and_table(page, server) -> None:
    base, events = server
    with screenshot_on_failure(page, "markers"):
        _open(page, base)
        located = sum(1 for e in events.values() if e.latitude is not None)
        wait_until(page, lambda: _markers(page) == str(located), f"{located} markers")
        assert page.locator(".ev-marker, .marker-cluster").count() >= 1
        assert page.locator("#timeline rect.bar").count() >= 2
        assert _table_count(page) == len(events)
        assert page.locator("#events tbody tr").count() == len(events)
        outlines = page.locator("svg.leaflet-zoom-animated path")
        assert outlines.count() > 50  # the country outlines


def test_brushing_the_timeline_filters_map_and_table(page, server) -> None:
    base, events = server
    with screenshot_on_failure(page, "brush"):
        _open(page, base)
        box = page.locator("#timeline").bounding_box()
        y = box["y"] + box["height"] / 2
        # from the far right back a fifth of the width: only the latest events
        page.mouse.move(box["x"] + box["width"] - 2, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=5)
        page.mouse.up()
        page.wait_for_selector("#clear-range:not([hidden])")
        label = page.inner_text("#timeline-label")
        since, until = label.split()[1], label.split()[3]
        wanted = [
            e for e in events.values() if e.date_start and since <= e.date_end and e.date_start <= until
        ]
        wait_until(page, lambda: _rows(page) == len(wanted), f"{len(wanted)} rows")
        assert 0 < _table_count(page) == len(wanted) < len(events)
        located = sum(1 for e in wanted if e.latitude is not None)
        wait_until(page, lambda: _markers(page) == str(located), f"{located} markers")
        page.dblclick("#timeline")
        wait_until(page, lambda: _rows(page) == len(events), "all rows again")


def test_an_event_shows_its_evidence_highlighted(page, server) -> None:
    base, events = server
    bus = find(events, "bus at the northern checkpoint")
    with screenshot_on_failure(page, "evidence"):
        _open(page, base)
        page.click(f"#events tbody tr[data-id='{bus.event_id}']")
        page.wait_for_selector("mark.evidence")
        assert page.inner_text("mark.evidence") == bus.evidence[0].text
        assert "Report wire/a.txt." in page.inner_text("#source")
        assert page.inner_text("#record td[data-field='killed']") == str(bus.killed)


def test_a_correction_made_in_the_page_reaches_the_acled_export(page, server) -> None:
    base, events = server
    clash = find(events, "river crossing")
    with screenshot_on_failure(page, "review"):
        _open(page, base)
        page.fill("#token", TOKEN)
        page.click("#token-form button")
        wait_until(page, lambda: "alice" in page.inner_text("#whoami"), "signed in")
        page.goto(base + f"/#/event/{clash.event_id}")
        page.wait_for_selector("#review-controls:not([hidden])")
        page.select_option("#correct-field", "killed")
        page.fill("#correct-value input[name=killed]", "14")
        page.fill("#correct-note", "two more died in hospital")
        page.click("#correct-form button[type=submit]")
        page.wait_for_selector("#record td.reviewed[data-field='killed']")
        assert page.inner_text("#record td[data-field='killed'] del") == "11"
        assert "alice" in page.inner_text("#review-log")
        page.click("#back")
        page.wait_for_selector("#events tbody tr")
        href = page.get_attribute("#export-acled", "href")
        body = page.request.get(base + href).text()
        rows = [r for r in csv.DictReader(io.StringIO(body)) if clash.event_id in r["event_id_cnty"]]
        assert [r["fatalities"] for r in rows] == ["14"]


def test_without_a_token_the_page_does_not_offer_reviews(page, server) -> None:
    base, events = server
    some = next(iter(events))
    with screenshot_on_failure(page, "readonly"):
        page.goto(base + f"/#/event/{some}")
        page.wait_for_selector("#review-hint:has-text('Sign in')")
        assert page.locator("#review-controls").is_hidden()
