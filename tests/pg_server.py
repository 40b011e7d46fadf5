"""A real, throwaway PostgreSQL server for the tests (a pytest plugin, loaded from tests/conftest.py).

``pg_server`` (session) starts one cluster in a temporary folder with Debian's ``postgresql`` binaries
(``.ci/run`` installs the package when missing), listening on a free loopback port with trust auth and
without fsync (speed; the tests kill clients, never the server). As root the server runs as the
``postgres`` user, since PostgreSQL refuses to run as root. ``pg_url`` gives each test its own fresh
database. ``NARRASCOPE_TEST_PG=postgresql://...`` uses an existing server instead (databases are created
and dropped in it). When no server can be started the tests skip, except under ``CI=true``, where they fail.
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

import pytest


def _bindir() -> Path | None:
    env = os.environ.get("NARRASCOPE_PG_BINDIR")
    if env:
        return Path(env)
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(Path(d).parent.name)
                  if Path(d).parent.name.isdigit() else 0)
    return Path(dirs[-1]) if dirs else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI=true but no PostgreSQL server for the store tests: {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


class PgCluster:
    """A cluster started with initdb + pg_ctl in a temporary folder; ``stop()`` removes it all."""

    def __init__(self, bindir: Path, durable: bool = False):
        self.bindir = bindir
        self.durable = durable  # benchmarks want the default fsync settings; tests do not need them
        self.base = Path(tempfile.mkdtemp(prefix="narrascope-pg-"))
        self.data = self.base / "data"
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # the server refuses root: run it as the postgres user
            import pwd

            pw = pwd.getpwnam("postgres")
            os.chown(self.base, pw.pw_uid, pw.pw_gid)
            self.as_user = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.base, 0o755)

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> None:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--encoding=UTF8", "--no-locale")
        opts = f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l", str(self.base / "server.log"),
                  "-w", "-t", "60", "start")

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except (subprocess.SubprocessError, OSError):
            pass
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server's ``postgres`` database (admin connection)."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'narrascope[postgres]')")
    given = os.environ.get("NARRASCOPE_TEST_PG")
    if given:
        yield given
        return
    bindir = _bindir()
    if bindir is None or not (bindir / "initdb").exists():
        _unavailable("PostgreSQL's initdb not found (apt-get install postgresql, or set NARRASCOPE_PG_BINDIR)")
    cluster = PgCluster(bindir)
    try:
        cluster.start()
    except (subprocess.SubprocessError, OSError, KeyError) as exc:
        detail = getattr(exc, "stderr", "") or ""
        log = cluster.base / "server.log"
        if log.exists():
            detail += log.read_text(errors="replace")[-1500:]
        cluster.stop()
        _unavailable(f"cannot start a throwaway cluster: {exc} {detail}")
    yield cluster.url
    cluster.stop()


def create_database(admin_url: str) -> str:
    """Create a fresh database on the server and return its URL."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + "/" + name


def drop_database(admin_url: str, url: str) -> None:
    """Drop a database made by :func:`create_database` (disconnecting what still uses it)."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as c:
        c.execute(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


@pytest.fixture()
def pg_url(pg_server):
    """A fresh, empty database for one test."""
    url = create_database(pg_server)
    yield url
    drop_database(pg_server, url)
