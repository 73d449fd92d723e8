"""The runner's controls never wait for a worker: the GUI thread calls them (real service, real files)."""

from __future__ import annotations

import sqlite3
import time

import pytest

from api_client.uploads import ItemState, QueueRunner, UploadQueue
from tests.support.uploads import MiB, big_pdf, signed_in

# Measures how long pause_all takes: run alone (./dev test's second pass).
pytestmark = pytest.mark.timing

KiB = 1024


def _rows(db) -> dict[int, tuple[str, int]]:
    """The queue as another process sees it (the runner's own connection may be the busy one)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, state, offset FROM items")}
    finally:
        conn.close()


def _wait(predicate, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_pause_all_returns_at_once_while_a_worker_waits_for_the_queue_file(service, tmp_path):
    db = tmp_path / "q" / "queue.sqlite3"
    pdf = big_pdf(tmp_path / "scan.pdf", 2 * MiB)
    with signed_in(service.url) as client, UploadQueue(db, tmp_path / "q" / "staging") as queue:
        # Small chunks: the uploading worker records its offset in the file many times a second,
        # and the idle worker looks for work every 50 ms.
        runner = QueueRunner(queue, client, concurrency=2, chunk_size=64 * KiB, rate_limit=512 * KiB,
                             poll_interval=0.05, lookup=lambda sha: [])
        (item,) = queue.add([pdf])
        runner.start()
        blocker = sqlite3.connect(db, isolation_level=None, timeout=10)
        try:
            _wait(lambda: _rows(db)[item.id] == ("uploading", _rows(db)[item.id][1]) and _rows(db)[item.id][1] > 0)
            # Another process holds the file: the next offset write waits (busy_timeout), holding
            # the store's lock, and the idle worker's next claim waits behind it.
            blocker.execute("BEGIN EXCLUSIVE")
            held_at = _rows(db)[item.id][1]
            time.sleep(0.4)
            assert _rows(db)[item.id][1] == held_at  # the worker is stuck on the file
            started = time.perf_counter()
            runner.pause_all()
            stalled = time.perf_counter() - started
            assert runner.paused
        finally:
            blocker.execute("ROLLBACK")
            blocker.close()
        print(f"pause_all returned in {stalled * 1000:.2f} ms while a worker waited on the queue file")
        assert stalled < 0.05
        # ... and the upload does pause once the file is free again.
        _wait(lambda: not runner._busy and _rows(db)[item.id][0] == "queued")
        paused_at = _rows(db)[item.id][1]
        time.sleep(0.3)
        assert _rows(db)[item.id][1] == paused_at and paused_at < pdf.stat().st_size

        started = time.perf_counter()
        runner.resume_all()
        assert time.perf_counter() - started < 0.05
        try:
            assert runner.wait_idle(20)
        finally:
            runner.stop()
        done = queue.get(item.id)
        assert done.state is ItemState.DONE and done.attempts == 0
        assert client.tickets.get(done.ticket_id).files[0].size == pdf.stat().st_size
