"""A real PostgreSQL for the suite's PostgreSQL run (``./dev test --backend postgres``).

With ``TICKETPROS_TEST_BACKEND=postgres`` every service the tests start
(``tests.support.service``) keeps its database in PostgreSQL instead of the SQLite
file of its data dir. Each test process starts its own cluster on first use:
Debian's ``postgresql-15`` binaries, ``initdb`` in a temporary folder, a free port on
127.0.0.1 (as root, the server runs as the ``postgres`` user, else ``nobody``: it
refuses to run as root), durability off (``fsync``: a test database outlives no crash).

Each data dir gets a database of its own, made in milliseconds as a copy
(``CREATE DATABASE … TEMPLATE``) of one migrated once per cluster, or of a seeded
one (``seeded_copy``); :func:`drop_test_databases` removes a test's databases when
it ends (the ``postgres_databases`` fixture of tests/conftest.py).
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

BACKEND_ENV = "TICKETPROS_TEST_BACKEND"
#: Where initdb, pg_ctl and postgres are (default: Debian's newest /usr/lib/postgresql/N/bin).
BIN_ENV = "TICKETPROS_PG_BIN"
#: What the cluster's databases sort and compare text as: bytes, as SQLite's BINARY collation.
LOCALE = "C.UTF-8"


def enabled() -> bool:
    return os.environ.get(BACKEND_ENV, "sqlite") == "postgres"


def _bin_dir() -> Path:
    if os.environ.get(BIN_ENV):
        return Path(os.environ[BIN_ENV])
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: ./dev test --backend postgres installs postgresql-15")
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """One PostgreSQL server in a temporary folder, stopped and removed at exit."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="ticketpros-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.user = None
        if os.geteuid() == 0:
            self.user = "postgres" if _user_exists("postgres") else "nobody"
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                  f"--locale={LOCALE}", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300 "
                   "-c shared_buffers=64MB")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-o", options, "-w", "start")
        atexit.register(self.stop)
        self.migrated = self._migrated_template()

    def _run(self, program: str, *args: str) -> None:
        done = subprocess.run([str(self.bin / program), *args], check=False, user=self.user, capture_output=True,
                              text=True, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stdout}{done.stderr}")

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def create(self, name: str, template: str) -> str:
        """A new database, a copy of ``template`` (which must have no connection open)."""
        import psycopg

        deadline = time.monotonic() + 10
        while True:
            try:
                self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
                return self.url(name)
            except psycopg.errors.ObjectInUse:
                # A connection just closed may not have ended on the server yet.
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def drop(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _migrated_template(self) -> str:
        from server.db import initialise

        self.admin('CREATE DATABASE "tp_migrated"')
        initialise(self.url("tp_migrated"))
        return "tp_migrated"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        except RuntimeError:
            pass
        shutil.rmtree(self.root, ignore_errors=True)


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


_cluster: Cluster | None = None
_lock = threading.RLock()
_counter = 0
#: data dir (resolved) -> its database's name
_databases: dict[Path, str] = {}
#: databases made and not yet dropped (templates are not in it)
_made: list[str] = []
#: data dirs (resolved) with a service running on them (a module's service outlives a test)
_in_use: dict[Path, int] = {}


def cluster() -> Cluster:
    global _cluster
    with _lock:
        if _cluster is None:
            _cluster = Cluster()
        return _cluster


def _new_name(prefix: str) -> str:
    global _counter
    _counter += 1
    return f"{prefix}_{os.getpid()}_{_counter}"


def database_for(data_dir: Path, *, template: str | None = None) -> str:
    """The URL of ``data_dir``'s database, made (a copy of ``template``, else of the
    migrated one) the first time it is asked for."""
    key = data_dir.resolve()
    with _lock:
        pg = cluster()
        if key not in _databases:
            name = _new_name("t")
            pg.create(name, template or pg.migrated)
            _databases[key] = name
            _made.append(name)
        return pg.url(_databases[key])


def new_template(source: str | None = None) -> str:
    """A database to seed and copy from (kept until the cluster stops or it is dropped)."""
    with _lock:
        pg = cluster()
        name = _new_name("seed")
        pg.create(name, source or pg.migrated)
        return name


def template_url(name: str) -> str:
    return cluster().url(name)


def drop_template(name: str) -> None:
    with _lock:
        cluster().drop(name)


def in_use(data_dir: Path, delta: int) -> None:
    """A service started (+1) or stopped (-1) on ``data_dir``."""
    key = data_dir.resolve()
    with _lock:
        _in_use[key] = max(0, _in_use.get(key, 0) + delta)


def drop_test_databases() -> None:
    """Drop every database made for a data dir that no running service uses (a test ended)."""
    with _lock:
        if _cluster is None:
            return
        busy = {_databases[k] for k, n in _in_use.items() if n and k in _databases}
        names = [name for name in _made if name not in busy]
        for name in names:
            _cluster.drop(name)
            _made.remove(name)
        for key in [k for k, v in _databases.items() if v in names]:
            del _databases[key]
            _in_use.pop(key, None)
