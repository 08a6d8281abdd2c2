"""`kronika serve` as a process: binds to loopback, answers, refuses foreign Host headers."""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")

from tests.serve.storefix import TOKEN, build


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str, headers: dict[str, str] | None = None, method: str = "GET", body: bytes = b""):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request(method, path, body=body or None, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_kronika_serve_runs_on_loopback(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    build(db)
    port = _free_port()
    env = dict(os.environ, KRONIKA_SERVE_TOKENS=f"alice:{TOKEN}")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kronika",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        # up to two minutes while the server lives: on a loaded machine its start (imports,
        # opening the store) can take far longer than on an idle one
        for _ in range(1200):
            try:
                status, _, body = _get(port, "/api/meta")
                break
            except OSError:
                assert server.poll() is None, (
                    server.stderr.read().decode() if server.stderr else "server exited"
                )
                time.sleep(0.1)
        else:
            raise AssertionError("kronika serve did not answer")
        assert status == 200 and json.loads(body)["writable"] is True
        assert "server" not in {k.lower() for k in _get(port, "/api/meta")[1]}
        assert _get(port, "/api/meta", {"Host": "attacker.example"})[0] == 400  # DNS rebinding
        some = json.loads(_get(port, "/api/events?limit=1")[2])["events"][0]["event_id"]
        review = json.dumps({"action": "confirm"}).encode()
        headers = {"Content-Type": "application/json"}
        assert _get(port, f"/api/events/{some}/review", headers, "POST", review)[0] == 401
        headers["Authorization"] = f"Bearer {TOKEN}"
        status, _, body = _get(port, f"/api/events/{some}/review", headers, "POST", review)
        assert status == 200 and json.loads(body)["entry"]["reviewer"] == "alice"
        listening = [
            line.split()[1]
            for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
            if line.split()[3] == "0A"
        ]
        assert f"0100007F:{port:04X}" in listening  # 127.0.0.1, not 0.0.0.0
    finally:
        server.terminate()
        server.wait(10)
