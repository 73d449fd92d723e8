"""A real reference service on 127.0.0.1 for tests and benchmarks.

In-process (a uvicorn thread) so tests can move the service's clock and read
its SQLite file; ``ServiceProcess`` runs it as a separate process for trials
that kill it.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx
import uvicorn

from server.config import Settings
from server.main import create_app
from server.seed import seed_demo

DEMO_PASSWORD = "demo-password"  # the documented demo seed password


@dataclass
class ServiceThread:
    settings: Settings
    url: str = ""
    _server: uvicorn.Server | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    def start(self) -> ServiceThread:
        app = create_app(self.settings)
        config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="service", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the reference service did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

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
        """A read connection on the service's real SQLite file, for assertions."""
        conn = sqlite3.connect(self.settings.db_path)
        conn.row_factory = sqlite3.Row
        return conn


def test_settings(data_dir: Path, **overrides) -> Settings:
    # A cheaper scrypt cost keeps the suite fast; the format and code path are the product's.
    defaults = {"scrypt_n": 2**12, "lockout": timedelta(minutes=5), "extraction_workers": 0}
    defaults.update(overrides)
    return Settings(data_dir=data_dir, **defaults)


def start_service(data_dir: Path, *, seed: bool = True, demo_tickets: bool = False,
                  **overrides) -> ServiceThread:
    """The demo seed (accounts, sign-ins, billing, the pending request); the
    demo tickets only when asked, so tests count Customer Data from zero."""
    settings = test_settings(data_dir, **overrides)
    handle = ServiceThread(settings).start()
    if seed:
        seed_demo(settings, tickets=demo_tickets)
        if demo_tickets:
            handle.read_tickets()
    return handle


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

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, *extra: str, seed: bool = True) -> ServiceProcess:
        # No extraction workers unless a test asks for them (extra "--extraction-workers N" wins, being
        # later): every child would otherwise OCR the demo tickets beside the tests, on their two cores.
        args = [sys.executable, "-m", "server", "--port", str(self.port), "--data-dir", str(self.data_dir),
                "--extraction-workers", "0"]
        if seed:
            # What --seed-demo does (server/seed.py, the service's own settings), done here: the demo
            # tickets' pages are drawn once per test process instead of once per service started.
            from server.db import initialise

            settings = Settings(data_dir=self.data_dir.resolve())
            initialise(settings.db_path)
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
