"""A throwaway PostgreSQL server for tests and benchmarks (not a test module).

Debian's `initdb` and `pg_ctl` (from /usr/lib/postgresql/*/bin) make a cluster in a
temporary folder, run as the unprivileged `postgres` system user when we are root
(PostgreSQL refuses to run as root), listening on a Unix socket only.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_counter = itertools.count()


def postgres_bindir() -> Path | None:
    """The newest installed server's bin folder (Debian keeps it off the PATH)."""
    found = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    if found:
        return found[-1]
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _runuser() -> str:
    """util-linux's runuser: on the PATH, else where Debian keeps it (/usr/sbin is not on
    every root PATH)."""
    return shutil.which("runuser") or next(
        (p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.path.exists(p)), "runuser"
    )


class PostgresServer:
    """A throwaway cluster: `url(dbname)` for a database on it, `create()` for a fresh one."""

    def __init__(self, bindir: Path, base: Path) -> None:
        self.bindir, self.base = bindir, base
        self.data, self.socket, self.log = base / "data", base / "socket", base / "server.log"
        self.as_user: list[str] = []
        self.superuser = "postgres"
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            self.as_user = [_runuser(), "-u", "postgres", "--"]
            base.chmod(0o755)
            for folder in (self.data, self.socket):
                folder.mkdir(mode=0o700)
                os.chown(folder, owner.pw_uid, owner.pw_gid)
            self.log.touch()
            os.chown(self.log, owner.pw_uid, owner.pw_gid)
        else:
            self.data.mkdir(mode=0o700)
            self.socket.mkdir(mode=0o700)

    def run(self, tool: str, *args: str) -> None:
        cmd = [*self.as_user, str(self.bindir / tool), *args]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr.strip()}\n{log}")

    def start(self) -> None:
        self.run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            self.superuser,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
        )
        self.run(
            "pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60", "start"
        )

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def url(self, dbname: str = "postgres", user: str | None = None) -> str:
        return f"postgresql://{user or self.superuser}@/{dbname}?host={self.socket}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        """A fresh, empty database; its name."""
        name = f"kronika_{os.getpid()}_{next(_counter)}"
        self.admin(f'CREATE DATABASE "{name}"')
        return name

    def create(self) -> str:
        """A fresh, empty database; its URL."""
        return self.url(self.new_database())


@contextmanager
def running_server() -> Iterator[PostgresServer]:
    """Start a server in a new temporary folder; stop it and remove the folder at the end."""
    bindir = postgres_bindir()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server installed (apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="kronika-pg-"))
    server = PostgresServer(bindir, base)
    try:
        server.start()
        yield server
    finally:
        try:
            if (server.data / "postmaster.pid").exists():
                server.stop()
        finally:
            shutil.rmtree(base, ignore_errors=True)
