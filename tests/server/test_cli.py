"""``python -m server``: the warning about plain HTTP off loopback, and the
demo seed through the real command."""

from __future__ import annotations

import httpx

from server.__main__ import insecure_bind_warning
from tests.support import postgres
from tests.support.service import DEMO_PASSWORD, ServiceProcess


def test_plain_http_off_loopback_warns():
    assert insecure_bind_warning("127.0.0.1", tls=False) is None
    assert insecure_bind_warning("::1", tls=False) is None
    assert insecure_bind_warning("localhost", tls=False) is None
    assert "WARNING" in insecure_bind_warning("0.0.0.0", tls=False)
    assert "WARNING" in insecure_bind_warning("192.168.1.10", tls=False)
    assert insecure_bind_warning("0.0.0.0", tls=True) is None


def test_seed_demo_command_creates_every_demo_account(tmp_path):
    proc = ServiceProcess(tmp_path / "data").start()
    try:
        for email in ("owner@demo.example", "alice@demo.example", "bob@demo.example", "owner@other.example"):
            r = httpx.post(proc.url + "/api/v1/auth/login", json={"email": email, "password": DEMO_PASSWORD})
            assert r.status_code == 200, (email, r.text)
    finally:
        proc.stop()
    # Seeding twice keeps the existing data (and does not fail).
    again = ServiceProcess(tmp_path / "data").start()
    again.stop()
    # The database is the data dir's SQLite file, or (the PostgreSQL run) none is made there.
    assert (tmp_path / "data" / "ticketpros.sqlite3").is_file() != postgres.enabled()
