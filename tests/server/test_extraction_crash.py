"""SIGKILL the service while its worker reads a ticket, restart it on the same
data dir: the job is claimed again (once its lease ran out, ``jobs.LEASE``) and
finished once, the values read before the kill stay as they were, and no ticket
holds a value twice."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import httpx
import pytest

from server.db import Connection, connect
from server.extraction import jobs
from tests.server.tus_raw import sign_in
from tests.support.service import ServiceProcess

# Part of the bounded PostgreSQL run CI makes (./dev test --backend postgres --bounded).
pytestmark = pytest.mark.postgres_ci


def db(data_dir: Path) -> Connection:
    """The database of the service on ``data_dir`` (its SQLite file, or its PostgreSQL one)."""
    return connect(ServiceProcess(data_dir).database_url or data_dir / "ticketpros.sqlite3")


def snapshot(data_dir: Path) -> dict:
    conn = db(data_dir)
    try:
        return {
            "jobs": {r["ticket_id"]: dict(r) for r in conn.execute(
                "SELECT ticket_id, state, attempts, lease_token FROM extraction_jobs")},
            "values": sorted(tuple(r) for r in conn.execute(
                "SELECT ticket_id, name, value, confidence, source, page FROM extracted_values")),
            "status": {r["id"]: r["status"] for r in conn.execute("SELECT id, status FROM tickets")},
        }
    finally:
        conn.close()


def wait_for(data_dir: Path, condition, timeout: float, step: float = 0.02) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = snapshot(data_dir)
        if condition(state):
            return state
        time.sleep(step)
    raise AssertionError(f"not reached in {timeout} s: {snapshot(data_dir)['jobs']}")


@pytest.mark.slow
def test_sigkill_while_reading_then_restart_reads_the_ticket_once(tmp_path):
    data_dir = tmp_path / "service"
    service = ServiceProcess(data_dir)
    # The demo seed's seven tickets are queued at start; the one worker reads them oldest first.
    service.start("--extraction-workers", "1")
    try:
        wait_for(data_dir, lambda s: any(j["state"] == "done" for j in s["jobs"].values())
                 and any(j["state"] == "running" for j in s["jobs"].values()), timeout=120)
        service.kill()
        assert service.proc.returncode == -signal.SIGKILL
        service.proc.stderr.close()  # start() below makes a new process and pipe
        killed = snapshot(data_dir)
        running = [t for t, j in killed["jobs"].items() if j["state"] == "running"]
        assert len(running) == 1 and killed["status"][running[0]] == "processing"
        (victim,) = running
        done = {t for t, j in killed["jobs"].items() if j["state"] == "done"}
        # Claimed once when it was killed (read from the killed state: the worker may have finished
        # the job running when the wait ended and taken the next before the kill landed).
        assert done and killed["jobs"][victim]["attempts"] == 1
        # What was being read left nothing behind: its values come in the finishing transaction.
        assert not [v for v in killed["values"] if v[0] == victim and v[4] != "person"]
        before = [v for v in killed["values"] if v[0] in done]

        service.start("--extraction-workers", "1")  # same data dir; the seed sees it is seeded
        # Nothing is released at start-up (another node may be reading it): its lease runs out first.
        after = wait_for(data_dir, lambda s: s["jobs"][victim]["state"] == "done",
                         timeout=jobs.LEASE.total_seconds() + 120, step=0.1)
        job = after["jobs"][victim]
        assert job["attempts"] == 2 and job["lease_token"] is None
        assert after["status"][victim] in ("extracted", "needs_review")
        assert [v for v in after["values"] if v[0] in done] == before  # read once: untouched
        names = [(v[0], v[1]) for v in after["values"]]
        assert len(names) == len(set(names))  # no ticket holds a value twice
        assert [v for v in after["values"] if v[0] == victim and v[4] in ("ocr", "pdf_text")]  # read this time

        # Its history says it was read, once; over HTTP it shows its values.
        token = sign_in(service.url, "owner@demo.example")
        headers = {"Authorization": f"Bearer {token}"}
        history = httpx.get(f"{service.url}/api/v1/tickets/{victim}/history", headers=headers)
        if history.status_code == 404:  # the other organisation's ticket
            token = sign_in(service.url, "owner@other.example")
            headers = {"Authorization": f"Bearer {token}"}
            history = httpx.get(f"{service.url}/api/v1/tickets/{victim}/history", headers=headers)
        assert [e["kind"] for e in history.json()["events"]] == ["read"]
        body = httpx.get(f"{service.url}/api/v1/tickets/{victim}", headers=headers).json()
        assert {f["name"] for f in body["fields"]} == {v[1] for v in after["values"] if v[0] == victim}
    finally:
        service.stop()
