"""Store fixtures: a real PostgreSQL server for the session, and a store target per backend.

`store_target` runs a test once against SQLite (a file in the test's folder) and once
against PostgreSQL (a fresh database on the session's server). The PostgreSQL runs carry
the `postgres` mark: left out of the default run, they are a stage of `.ci/run`
(``pytest -m postgres``). The server (tests/store/pgserver.py) is Debian's, started in a
temporary folder as the `postgres` user, on a Unix socket only.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.store.pgserver import PostgresServer, postgres_bindir, running_server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    pytest.importorskip(
        "psycopg", reason="the PostgreSQL tests need psycopg: pip install 'kronika[postgres]'"
    )
    if postgres_bindir() is None:
        pytest.fail("no PostgreSQL server installed (apt-get install postgresql); .ci/run installs it")
    with running_server() as server:
        yield server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a test's store lives: an SQLite file, or a fresh PostgreSQL database's URL."""
    if request.param == "sqlite":
        return str(tmp_path / "k.db")
    server: PostgresServer = request.getfixturevalue("postgres_server")
    return server.create()


@pytest.fixture
def new_store_target(request: pytest.FixtureRequest, store_target: str, tmp_path: Path):
    """Another empty store on the same backend as `store_target`, for comparisons."""
    counter = itertools.count()

    def make() -> str:
        if store_target.startswith("postgresql://"):
            server: PostgresServer = request.getfixturevalue("postgres_server")
            return server.create()
        return str(tmp_path / f"other-{next(counter)}.db")

    return make
