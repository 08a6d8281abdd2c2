"""Screenshots of the web page for docs/, and the review loop done in a real browser.

Starts `kronika serve --db DB` on 127.0.0.1 with a write token, drives Debian's headless
chromium (through Playwright, every request beyond the server aborted and listed), saves
docs/serve-map.png, serve-table.png (sorted by fatalities), serve-timeline.png (a period
brushed) and serve-evidence.png (EVENT's evidence view after a reviewer, signed in through
the page, corrected its actors with ACTORS_JSON and confirmed it).

Usage: python benchmarks/serve_screens.py DB OUT_DIR EVENT_ID [ACTORS_JSON]
Then `kronika events --db DB -f acled` and `kronika review export --db DB` show the review.
"""

import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.serve.chromium import launch

DB, DOCS = sys.argv[1], Path(sys.argv[2])
EVENT = sys.argv[3]
ACTORS = (
    json.loads(sys.argv[4])
    if len(sys.argv) > 4
    else [
        {"name": "Unidentified Armed Group (Burkina Faso)", "role": "perpetrator", "certainty": "suspected"},
        {"name": "Civilians (Burkina Faso)", "role": "victim"},
        {"name": "Military Forces of Burkina Faso", "role": "security_force"},
    ]
)

TOKEN = "ana-acceptance-token-42"
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
base = f"http://127.0.0.1:{port}"
server = subprocess.Popen(
    [
        sys.executable,
        "-m",
        "kronika",
        "serve",
        "--db",
        DB,
        "--port",
        str(port),
        "--token",
        f"ana:{TOKEN}",
        "--log-level",
        "warning",
    ]
)
outside = []
try:
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            break
        except OSError:
            time.sleep(0.3)
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        ctx = launch(p, profile, height=900)
        page = ctx.new_page()

        def gate(route):
            if route.request.url.startswith(base) or route.request.url.startswith("data:"):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", gate)
        page.goto(base + "/")
        page.wait_for_selector("body[data-ready='1']", timeout=30000)
        page.wait_for_timeout(1500)
        print(
            "markers:",
            page.get_attribute("body", "data-markers"),
            "rows:",
            page.locator("#events tbody tr").count(),
        )
        page.screenshot(path=str(DOCS / "serve-map.png"))
        # the table, sorted by fatalities
        page.click("#events th[data-sort='fatalities']")
        page.wait_for_timeout(800)
        page.locator("#timeline-box").scroll_into_view_if_needed()
        page.evaluate("window.scrollTo(0, document.querySelector('#timeline-box').offsetTop - 10)")
        page.wait_for_timeout(300)
        page.screenshot(path=str(DOCS / "serve-table.png"))
        # brush the timeline: a stretch in the middle
        page.evaluate("window.scrollTo(0, 0)")
        box = page.locator("#timeline").bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.55, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.78, y, steps=8)
        page.mouse.up()
        page.wait_for_timeout(1500)
        print(
            "after brushing:",
            page.inner_text("#timeline-label"),
            "|",
            page.inner_text("#table-count"),
            "markers:",
            page.get_attribute("body", "data-markers"),
        )
        page.evaluate("window.scrollTo(0, 120)")
        page.wait_for_timeout(300)
        page.screenshot(path=str(DOCS / "serve-timeline.png"))
        # sign in, open the event, correct its actors in the page
        page.dblclick("#timeline")
        page.fill("#token", TOKEN)
        page.click("#token-form button")
        page.wait_for_timeout(500)
        print("whoami:", page.inner_text("#whoami"))
        page.goto(base + f"/#/event/{EVENT}")
        page.wait_for_selector("mark.evidence")
        page.wait_for_selector("#review-controls:not([hidden])")
        page.select_option("#correct-field", "actors")
        page.fill("#correct-value textarea", json.dumps(ACTORS))
        page.fill("#correct-note", "ACLED actor names")
        page.click("#correct-form button[type=submit]")
        page.wait_for_selector("#record td.reviewed[data-field='actors']")
        page.click("#confirm")
        page.wait_for_selector("#event-status.confirmed")
        page.wait_for_timeout(800)
        page.screenshot(path=str(DOCS / "serve-evidence.png"))
        print("marks:", page.locator("mark.evidence").count(), "status:", page.inner_text("#event-status"))
        ctx.close()
finally:
    server.send_signal(signal.SIGINT)
    server.wait(15)
print("requests beyond the server:", outside)
