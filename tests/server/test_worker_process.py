"""``python -m server worker``: extraction in a process of its own, beside an API node that reads
nothing (``--extraction-workers 0``), on the same database and file store."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from server.db import connect
from tests.support.service import ServiceProcess
from tests.support.waiting import wait_until

pytestmark = pytest.mark.postgres_ci

ROOT = Path(__file__).resolve().parents[2]


def job_states(node: ServiceProcess) -> dict[str, int]:
    conn = connect(node.database_url or node.data_dir / "ticketpros.sqlite3")
    try:
        return {row[0]: row[1] for row in conn.execute("SELECT state, count(*) FROM extraction_jobs GROUP BY state")}
    finally:
        conn.close()


def worker(node: ServiceProcess, *extra: str) -> subprocess.Popen:
    args = [sys.executable, "-m", "server", "worker", "--data-dir", str(node.data_dir), *extra]
    if node.database_url:
        args += ["--database-url", node.database_url]
    if node.storage_url is not None:
        args += ["--storage-url", node.storage_url]
    return subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONUNBUFFERED": "1"})


@pytest.mark.slow
def test_a_worker_process_reads_what_an_api_node_queued_and_stops_on_sigterm_with_nothing_in_hand(tmp_path):
    node = ServiceProcess(tmp_path / "service").start()  # --extraction-workers 0: the node reads nothing
    proc = None
    try:
        time.sleep(2.5)  # longer than a worker's idle poll: the node's own workers would have claimed one
        before = job_states(node)
        assert set(before) == {"queued"} and before["queued"] >= 2, before  # the demo seed's tickets

        proc = worker(node)
        done = wait_until(lambda: job_states(node).get("done"), timeout=180, step=0.1)
        assert done >= 1
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(150) == 0, proc.stderr.read().decode()
        stderr = proc.stderr.read().decode()
        assert "Ticket Pros extraction worker" in stderr and "Traceback" not in stderr

        after = job_states(node)
        assert "running" not in after, after  # the ticket in hand was finished before it stopped
        assert sum(after.values()) == sum(before.values())  # no job lost or added
        conn = connect(node.database_url or node.data_dir / "ticketpros.sqlite3")
        try:
            values = [(r[0], r[1]) for r in conn.execute("SELECT ticket_id, name FROM extracted_values")]
            statuses = {r[0] for r in conn.execute(
                "SELECT t.status FROM tickets t JOIN extraction_jobs j ON j.ticket_id = t.id WHERE j.state = 'done'")}
        finally:
            conn.close()
        assert values and len(values) == len(set(values))  # read once each
        assert statuses <= {"extracted", "needs_review"}
    finally:
        if proc is not None:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
            proc.stderr.close()
        node.stop()


def test_a_worker_with_no_threads_is_refused_in_one_sentence(tmp_path):
    result = subprocess.run([sys.executable, "-m", "server", "worker", "--data-dir", str(tmp_path), "--threads", "0"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2
    assert "--threads takes a number of 1 or more" in result.stderr and "Traceback" not in result.stderr
