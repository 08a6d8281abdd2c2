"""Debian's headless Chromium as the browser tests and `benchmarks/serve_screens.py` launch
it (through Playwright; no browser is downloaded). Not a test module."""

from __future__ import annotations

import os
import shutil
from typing import Any

#: the browser: $KRONIKA_CHROMIUM, else `chromium` on the PATH, else Debian's
CHROMIUM = os.environ.get("KRONIKA_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"

#: headless, unsandboxed (containers run as root), and quiet on the network: no GPU, no
#: QUIC, no first-run pages, no background updates or sync
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright: Any, profile: str, height: int) -> Any:
    """A persistent browser context on a fresh `profile` folder, 1400 pixels wide."""
    return playwright.chromium.launch_persistent_context(
        profile,
        executable_path=CHROMIUM,
        headless=True,
        args=FLAGS,
        viewport={"width": 1400, "height": height},
    )
