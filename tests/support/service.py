"""A real reference service on 127.0.0.1 for tests and benchmarks.

In-process (a uvicorn thread) so tests can move the service's clock and read
its database; ``ServiceProcess`` runs it as a separate process for trials
that kill it. The database is SQLite in the data dir, or, in the PostgreSQL run
(``./dev test --backend postgres``), a fresh PostgreSQL database per data dir
(``tests.support.postgres``).
"""

from __future__ import annotations

import asyncio
import atexit
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx
import uvicorn

from server.config import Settings
from server.db import POSTGRESQL, Connection, connect, initialise
from server.main import create_app
from server.seed import seed_demo
from tests.support import postgres, s3

DEMO_PASSWORD = "demo-password"  # the documented demo seed password


class PromptServer(uvicorn.Server):
    """uvicorn's server, whose main loop sees ``should_exit`` within 10 ms, not 100 ms
    (the suite stops some hundreds of services); what it does each tick is uvicorn's."""

    async def main_loop(self) -> None:
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            for _ in range(10):  # uvicorn's tick is 0.1 s
                await asyncio.sleep(0.01)
                if self.should_exit:
                    break
            counter = (counter + 1) % 864000
            should_exit = await self.on_tick(counter)


@dataclass
class ServiceThread:
    settings: Settings
    url: str = ""
    #: (certificate, key) PEM files: the service then answers on https.
    tls: tuple[Path, Path] | None = None
    _server: uvicorn.Server | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self) -> ServiceThread:
        app = create_app(self.settings)
        certificate, key = self.tls or (None, None)
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off",
                                ssl_certfile=certificate, ssl_keyfile=key)
        self._server = PromptServer(config)
        self._thread = threading.Thread(target=self._server.run, name="service", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the reference service did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"{'https' if self.tls else 'http'}://127.0.0.1:{port}"
        postgres.in_use(self.settings.data_dir, +1)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
            postgres.in_use(self.settings.data_dir, -1)
            self._thread = None

    def dump(self) -> str:
        """Every row the database holds, as text (SQLite: its ``iterdump``)."""
        if not self.settings.database_url:
            conn = sqlite3.connect(self.settings.db_path)
            try:
                return "\n".join(conn.iterdump())
            finally:
                conn.close()
        conn = connect(self.settings.database_url)
        try:
            tables = [r[0] for r in conn.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                " ORDER BY table_name")]
            return "\n".join(f"{table}: {tuple(row)!r}" for table in tables
                             for row in conn.execute(f'SELECT * FROM "{table}"'))
        finally:
            conn.close()

    @property
    def clock(self):
        return self.settings.clock

    def read_tickets(self) -> int:
        """Read every queued ticket now, in this thread (the in-process service runs
        no extraction workers: tests decide when tickets are read)."""
        from server.extraction.pipeline import run_pending
        from tests.support.ocr import RememberingEngine

        return run_pending(self.settings, RememberingEngine())

    def db(self) -> sqlite3.Connection:
        """A connection on the service's real database, for assertions: the SQLite file
        itself, or (PostgreSQL) the service's own ``server.db.Connection`` (``?``
        placeholders, rows by index and name, ``with`` commits, as sqlite3's)."""
        if self.settings.database_url:
            return _ClosingConnection(connect(self.settings.database_url).raw, POSTGRESQL)
        conn = sqlite3.connect(self.settings.database)
        conn.row_factory = sqlite3.Row
        return conn


class _ClosingConnection(Connection):
    """The service's PostgreSQL connection for a test's assertions, closed as a test's
    ``with service.db() as db:`` block ends (or when dropped), so none is left open."""

    def __exit__(self, kind: object, exc: object, traceback: object) -> None:
        super().__exit__(kind, exc, traceback)
        self.close()

    def __del__(self) -> None:
        if not self.raw.closed:
            self.raw.close()


def test_settings(data_dir: Path, **overrides) -> Settings:
    # A cheaper scrypt cost keeps the suite fast (every sign-in hashes; 2**10 takes a quarter of
    # 2**12's time); the format and code path are the product's, and lockouts count attempts, not
    # time. tests/server/test_auth.py checks the production cost.
    defaults = {"scrypt_n": 2**10, "lockout": timedelta(minutes=5), "extraction_workers": 0}
    if postgres.enabled() and "database_url" not in overrides:
        defaults["database_url"] = postgres.database_for(data_dir)
    if s3.tests_on_s3():  # ./dev test --storage s3: every service keeps its files in a bucket of its own
        defaults["storage_url"] = None if "storage_url" in overrides else s3.new_bucket()
    defaults.update(overrides)
    return Settings(data_dir=data_dir, **defaults)


def start_service(data_dir: Path, *, seed: bool = True, demo_tickets: bool = False,
                  tls: tuple[Path, Path] | None = None, **overrides) -> ServiceThread:
    """The demo seed (accounts, sign-ins, billing, the pending request); the
    demo tickets only when asked, so tests count Customer Data from zero.

    A new data dir gets a copy of a data dir seeded the same way (see
    ``seeded_copy``); one that already holds a service's data is started as it is."""
    # The copy first: on PostgreSQL it also makes the data dir's database, a copy of the seeded one;
    # on object storage the service's bucket is made first and the template's objects copied in.
    bucket = {"storage_url": s3.new_bucket()} if s3.tests_on_s3() and "storage_url" not in overrides else {}
    copied = seed and seeded_copy(data_dir, demo_tickets, overrides, bucket.get("storage_url"))
    settings = test_settings(data_dir, **overrides, **bucket)
    handle = ServiceThread(settings, tls=tls).start()
    if seed and not copied:
        seed_demo(settings, tickets=demo_tickets)
        if demo_tickets:
            handle.read_tickets()
    return handle


#: How long a seeded data dir is copied before it is seeded again: the seed's times (sign-ins
#: "12 days ago", the request filed "2 days ago") are then at most this much older than a fresh seed's.
TEMPLATE_MAX_AGE = 20.0
_templates: dict[tuple, tuple[float, Path, str | None, str | None]] = {}
_templates_lock = threading.Lock()
_templates_root: Path | None = None


def seeded_copy(data_dir: Path, demo_tickets: bool, overrides: dict, storage_url: str | None = None) -> bool:
    """Fill a new ``data_dir`` with a copy of one seeded with the same settings in this
    process; False (nothing done) when it already holds data or the settings are not
    plain values. Seeding hashes four passwords and (``demo_tickets``) stores and reads
    seven tickets; a copy takes milliseconds. Each copy is a directory of its own: what a
    test changes stays there. The copies share the seed's random ids, as a service
    started again on its own data dir would. On PostgreSQL the template's database is
    copied (``CREATE DATABASE … TEMPLATE``); on object storage (``storage_url``, a bucket of
    the copy's own) the template's objects are copied into that bucket too."""
    global _templates_root
    if data_dir.exists() and any(data_dir.iterdir()):
        return False
    if any(isinstance(value, (Path, str)) for value in overrides.values()):
        return False  # paths (a key file, say) are the test's business
    try:
        key = (demo_tickets, tuple(sorted(overrides.items())), storage_url is not None)
        hash(key)
    except TypeError:
        return False
    with _templates_lock:
        made, template, database, template_url = _templates.get(key, (0.0, None, None, None))
        if template is None or time.monotonic() - made > TEMPLATE_MAX_AGE:
            if _templates_root is None:
                _templates_root = Path(tempfile.mkdtemp(prefix="ticketpros-seeds-"))
                atexit.register(shutil.rmtree, _templates_root, ignore_errors=True)
            if template is not None:
                shutil.rmtree(template, ignore_errors=True)
            if database is not None:
                postgres.drop_template(database)
            template = Path(tempfile.mkdtemp(dir=_templates_root)) / "data"
            template.mkdir()
            database = postgres.new_template() if postgres.enabled() else None
            database_url = {"database_url": postgres.template_url(database)} if database else {}
            settings = test_settings(template, **overrides, **database_url)
            if storage_url is None:
                settings.storage_url = None
            template_url = settings.storage_url
            initialise(settings.database)  # the schema; the two-step key is each service's own
            seed_demo(settings, tickets=demo_tickets)
            if demo_tickets:
                ServiceThread(settings).read_tickets()
            made = time.monotonic()
            _templates[key] = (made, template, database, template_url)
        shutil.copytree(template, data_dir, dirs_exist_ok=True)
        if database is not None:
            postgres.database_for(data_dir, template=database)
        if storage_url is not None:
            s3.copy_bucket(template_url, storage_url)
    return True


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class ServiceProcess:
    """``python -m server`` in a child process, killable with SIGKILL."""

    data_dir: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen | None = None
    #: ``--storage-url``: a fresh bucket when the tests run on object storage, else the data dir's folders.
    storage_url: str | None = field(default_factory=lambda: s3.new_bucket() if s3.tests_on_s3() else None)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def database_url(self) -> str | None:
        """The data dir's PostgreSQL database in the PostgreSQL run, else None (SQLite in it)."""
        return postgres.database_for(self.data_dir) if postgres.enabled() else None

    def start(self, *extra: str, seed: bool = True) -> ServiceProcess:
        # No extraction workers unless a test asks for them (extra "--extraction-workers N" wins, being
        # later): every child would otherwise OCR the demo tickets beside the tests, on their two cores.
        args = [sys.executable, "-m", "server", "--port", str(self.port), "--data-dir", str(self.data_dir),
                "--extraction-workers", "0"]
        if self.database_url:
            args += ["--database-url", self.database_url]
        if self.storage_url is not None:
            args += ["--storage-url", self.storage_url]
        if seed:
            # What --seed-demo does (server/seed.py, the service's own settings), done here: the demo
            # tickets' pages are drawn once per test process instead of once per service started.
            settings = Settings(data_dir=self.data_dir.resolve(), database_url=self.database_url,
                                storage_url=self.storage_url)
            initialise(settings.database)
            seed_demo(settings)
        self.proc = subprocess.Popen(
            [*args, *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            cwd=Path(__file__).resolve().parents[2], env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(self.proc.stderr.read().decode() if self.proc.stderr else "exited")
            try:
                if httpx.get(self.url + "/api/v1/meta", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("the reference service process did not start")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.proc and self.proc.stderr:
            self.proc.stderr.close()
