"""Workers claiming extraction jobs at once, each on its own connection (``jobs.claim``).

On both engines every job is claimed exactly once. On PostgreSQL a claim is
``SELECT … FOR UPDATE SKIP LOCKED`` without the writers' lock: claims run side by
side, they go on while another transaction holds that lock (an upload's write), they
pass over a ticket a writer is changing, and a finishing worker's lease is never taken
over under it."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest

from server import db
from server.clock import iso
from server.config import Settings
from server.extraction import jobs
from tests.support import postgres

pytestmark = pytest.mark.postgres_ci

WORKERS = 6
JOBS = 60

postgres_only = pytest.mark.skipif(
    not postgres.enabled(),
    reason="SQLite has one writer: a claim takes the file's write lock, as every write does"
           " (./dev test --backend postgres runs these)")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """An empty service database (this run's engine) with one customer and its uploader."""
    data_dir = tmp_path / "service"
    data_dir.mkdir()
    url = postgres.database_for(data_dir) if postgres.enabled() else None
    settings = Settings(data_dir=data_dir, database_url=url)
    if url is None:
        db.initialise(settings.database)
    conn = db.connect(settings.database)
    try:
        conn.execute("INSERT INTO customers (id, name, created_at) VALUES ('c', 'C', 'now')")
        conn.execute("INSERT INTO users (id, customer_id, email, name, role, password_hash, created_at)"
                     " VALUES ('u', 'c', 'u@x', 'U', 'owner', 'h', 'now')")
    finally:
        conn.close()
    return settings


def queue(settings: Settings, count: int) -> list[str]:
    """``count`` stored tickets, each with its queued job, oldest first."""
    conn = db.connect(settings.database)
    ids = [f"tkt_{n:03d}" for n in range(count)]
    try:
        with db.transaction(conn):
            for n, ticket_id in enumerate(ids):
                created = iso(settings.clock.now() - timedelta(seconds=count - n))
                conn.execute("INSERT INTO tickets (id, customer_id, uploader_id, status, created_at)"
                             " VALUES (?, 'c', 'u', 'stored', ?)", (ticket_id, created))
                jobs.enqueue(conn, settings, ticket_id)
                conn.execute("UPDATE extraction_jobs SET created_at = ? WHERE ticket_id = ?", (created, ticket_id))
    finally:
        conn.close()
    return ids


def claim_all(settings: Settings, workers: int) -> list[list[str]]:
    """``workers`` threads, each on its own connection, claiming until no job is left."""
    claimed: list[list[str]] = [[] for _ in range(workers)]
    errors: list[BaseException] = []
    start = threading.Barrier(workers)

    def work(mine: list[str]) -> None:
        conn = db.connect(settings.database)
        try:
            start.wait(10)
            while (job := jobs.claim(conn, settings)) is not None:
                mine.append(job.ticket_id)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=work, args=(claimed[n],)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not [t for t in threads if t.is_alive()], "a claim never returned (a deadlock?)"
    assert not errors, errors
    return claimed


def table(settings: Settings) -> tuple[dict, dict]:
    conn = db.connect(settings.database)
    try:
        found = {r["ticket_id"]: (r["state"], r["attempts"]) for r in conn.execute(
            "SELECT ticket_id, state, attempts FROM extraction_jobs")}
        statuses = {r["id"]: r["status"] for r in conn.execute("SELECT id, status FROM tickets")}
    finally:
        conn.close()
    return found, statuses


def test_workers_claiming_at_once_take_every_job_exactly_once(settings):
    ids = queue(settings, JOBS)
    claimed = claim_all(settings, WORKERS)
    every = [ticket_id for mine in claimed for ticket_id in mine]
    assert sorted(every) == ids  # each once: none lost, none twice
    for mine in claimed:  # each worker took the oldest left each time
        assert mine == sorted(mine)
    found, statuses = table(settings)
    assert found == {ticket_id: ("running", 1) for ticket_id in ids}
    assert statuses == {ticket_id: "processing" for ticket_id in ids}


@postgres_only
def test_claims_go_on_while_another_transaction_holds_the_writers_lock(settings):
    ids = queue(settings, JOBS)
    holder, writer = db.connect(settings.database), db.connect(settings.database)
    waited: list[float] = []
    try:
        with db.transaction(holder):  # an upload's write, in progress all along
            # The lock is held: a writer that takes it waits (what a claim did before).
            blocked = threading.Thread(target=lambda: (db.transaction(writer).__enter__(),
                                                       waited.append(time.monotonic())))
            blocked.start()
            began = time.monotonic()
            claimed = claim_all(settings, WORKERS)
            took = time.monotonic() - began
            assert not waited and blocked.is_alive()  # still held when every claim had returned
            assert holder.in_transaction
        blocked.join(10)
        assert waited  # and taken once it was let go
        writer.execute("ROLLBACK")
    finally:
        holder.close()
        writer.close()
    assert sorted(t for mine in claimed for t in mine) == ids
    assert took < 10  # not one lock_timeout (10 s) behind the writer


@postgres_only
def test_a_claim_passes_over_a_ticket_a_writer_is_changing_and_no_one_waits_for_the_other(settings):
    first, second = queue(settings, 2)
    writer, worker = db.connect(settings.database), db.connect(settings.database)
    try:
        with db.transaction(writer):
            # As a merge does: the kept ticket is changed, then its job queued again.
            writer.execute("UPDATE tickets SET status = 'stored' WHERE id = ?", (first,))
            job = jobs.claim(worker, settings)  # does not wait for the writer's row
            assert job is not None and job.ticket_id == second
            jobs.enqueue(writer, settings, first)  # nor the writer for the claim (it committed)
        again = jobs.claim(worker, settings)
        assert again is not None and again.ticket_id == first
    finally:
        writer.close()
        worker.close()


@postgres_only
def test_a_lapsed_lease_is_not_claimed_while_its_worker_finishes(settings):
    (ticket_id,) = queue(settings, 1)
    finishing, other = db.connect(settings.database), db.connect(settings.database)
    try:
        job = jobs.claim(finishing, settings)
        settings.clock.advance(jobs.LEASE + timedelta(seconds=1))  # its lease ran out, no heartbeat
        with db.transaction(finishing):
            assert jobs.holds(finishing, job)  # still its: it keeps its result...
            assert jobs.claim(other, settings) is None  # ...and no claim takes the job meanwhile
            jobs.done(finishing, settings, job, None)
        assert jobs.claim(other, settings) is None  # done: nothing left to claim
        found, _ = table(settings)
        assert found == {ticket_id: ("done", 1)}
    finally:
        finishing.close()
        other.close()
