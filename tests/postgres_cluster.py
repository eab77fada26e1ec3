"""A throwaway PostgreSQL cluster on a free loopback port, for the tests and the benchmarks.

Debian's `postgresql` package (installed by .ci/run) puts initdb and pg_ctl in /usr/lib/postgresql/<N>/bin.
PostgreSQL refuses to run as root, so as root the cluster runs as the package's `postgres` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg


class NoPostgres(Exception):
    """PostgreSQL cannot be started here (not installed, or no user to run it as)."""


def _bin(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), "")
    if not found:
        raise NoPostgres(f"{name} not found: install PostgreSQL (apt-get install -y postgresql)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """`Cluster().start()`; `url` is a superuser URL on the `postgres` database; `database()` makes a fresh one."""

    def __init__(self, durable: bool = False):
        self.durable = durable  # fsync on, as a deployment would run; off makes the tests quicker
        self.base = Path(tempfile.mkdtemp(prefix="safeguard-pg-"))
        self.port = _free_port()
        self.url = f"postgresql://safeguard@127.0.0.1:{self.port}/postgres"
        self._as = []
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise NoPostgres("running as root without runuser")
            try:
                shutil.chown(self.base, "postgres")
            except (LookupError, OSError) as exc:
                raise NoPostgres(f"no postgres user to run the cluster as ({exc})") from None
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as, *args], capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise NoPostgres(f"{Path(args[0]).name} failed: {done.stderr.strip()[-400:]}")

    def start(self) -> Cluster:
        data = self.base / "data"
        self._run(_bin("initdb"), "-D", str(data), "-U", "safeguard", "--auth=trust", "-E", "UTF8", "--no-sync")
        options = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(_bin("pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.base / "log"), "-w", "start")
        return self

    def database(self) -> str:
        """A new empty database; returns its URL."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + f"/{name}"

    def stop(self) -> None:
        try:
            self._run(_bin("pg_ctl"), "-D", str(self.base / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)
