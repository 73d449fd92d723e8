"""The extraction job table: one row per ticket to read.

- :func:`enqueue` runs in the transaction that makes a ticket ``stored``, so a
  stored ticket always has its job (or its uploader restricted processing).
- :func:`claim` takes the oldest queued job with a lease: a token and a time. The
  ticket shows ``processing``. On SQLite that is one ``UPDATE … RETURNING`` in a
  write transaction (the file's one writer: two workers never take the same job).
  On PostgreSQL it is ``SELECT … FOR UPDATE SKIP LOCKED`` and an ``UPDATE`` of that
  row in a transaction that does not take the writers' lock (server/db.py): the
  workers of every process claim side by side, each passing over the jobs the
  others are taking, and none waits behind an upload's write (:func:`claim` says
  why that is safe).
- While the worker reads, :func:`heartbeat` renews the lease every
  ``RENEW_EVERY`` seconds (a thread with its own connection: OCR takes seconds).
- :func:`finish` keeps the result only while the worker still holds the lease,
  in one transaction with the values, so a result arrives once or not at all.
- A job whose worker died (a killed service, on this machine or another) is
  claimed again once its lease has run out, by any process's worker: within
  ``LEASE`` of the kill. Nothing is released at start-up, since the workers of
  another service process on the same database may be reading those jobs now.
- A job that failed ``Settings.extraction_attempts`` times is ``failed``, and so
  is its ticket.
"""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta

from ..clock import iso
from ..config import Settings
from ..db import Connection, DatabaseError, Row, connect, transaction

log = logging.getLogger(__name__)

#: How long a claimed job is its worker's without a heartbeat: a killed service's jobs are
#: read again this long after the kill (at most).
LEASE = timedelta(seconds=60)
#: How often a reading worker renews its lease (well inside LEASE, even behind a busy writer lock).
RENEW_EVERY = 15.0

#: Set when a job is queued in this process, so idle workers start at once.
wake = threading.Event()


@dataclass(frozen=True)
class Claimed:
    ticket_id: str
    lease_token: str
    attempts: int


def restricted(conn: Connection, ticket_id: str) -> bool:
    """The uploader asked to restrict processing (a ``restriction`` request): nothing is read."""
    return conn.execute(
        "SELECT 1 FROM tickets t JOIN user_flags f ON f.user_id = t.uploader_id"
        " WHERE t.id = ? AND f.flag = 'restriction'", (ticket_id,)
    ).fetchone() is not None


def enqueue(conn: Connection, settings: Settings, ticket_id: str) -> bool:
    """Queue the ticket for reading (inside the caller's transaction); False
    when its uploader restricted processing (the ticket then stays ``stored``)."""
    if restricted(conn, ticket_id):
        return False
    now = iso(settings.clock.now())
    conn.execute(
        "INSERT INTO extraction_jobs (ticket_id, state, attempts, created_at, updated_at)"
        " VALUES (?, 'queued', 0, ?, ?) ON CONFLICT (ticket_id) DO UPDATE SET state = 'queued', attempts = 0,"
        " lease_token = NULL, lease_until = NULL, last_error = NULL, updated_at = excluded.updated_at",
        (ticket_id, now, now),
    )
    wake.set()
    return True


def claim(conn: Connection, settings: Settings) -> Claimed | None:
    """The oldest job to do, now this worker's; None when there is none.

    On PostgreSQL without the writers' lock (``transaction(writers_lock=False)``): the pick
    locks the job's row and its ticket's, passing over rows another transaction holds, and
    everything written after it (the lease, the ticket's status, a restricted job deleted,
    a job given up) is to those two rows. So a claim never waits for a lock once it has its
    rows: no deadlock with the writers that lock a ticket and then its job (a merge, a
    deletion), which wait at most for its commit. The ticket's row is locked ``FOR NO KEY
    UPDATE``, what the status update takes anyway: an upload adding a page to it (a foreign
    key's share lock) is not held up. The one thing it reads without a lock, the uploader's
    restriction, is written by a transaction that touches no job, so a claim sees it or
    does not as if the two had taken turns. And the writers that read a job and then write
    it keep their turn: :func:`holds` locks the row, :func:`renew` and :func:`enqueue` are
    one statement each, which PostgreSQL re-checks against a claim committed meanwhile."""
    while True:
        now = settings.clock.now()
        token = secrets.token_hex(8)
        with transaction(conn, writers_lock=False):
            row = _take(conn, token, iso(now), iso(now + LEASE))
            if row is None:
                return None
            ticket_id, attempts = row["ticket_id"], row["attempts"]
            if restricted(conn, ticket_id):  # restricted after the upload: not read, the ticket stays stored
                conn.execute("DELETE FROM extraction_jobs WHERE ticket_id = ?", (ticket_id,))
                conn.execute("UPDATE tickets SET status = 'stored' WHERE id = ?", (ticket_id,))
                continue
            if attempts > settings.extraction_attempts:  # its worker died each time (a page that kills OCR)
                _give_up(conn, settings, ticket_id, "It could not be read after several attempts.")
                continue
            conn.execute("UPDATE tickets SET status = 'processing' WHERE id = ?", (ticket_id,))
        return Claimed(ticket_id, token, attempts)


#: A job to do: queued, or running with a lease that ran out (its worker died).
_TO_DO = "(j.state = 'queued' OR (j.state = 'running' AND j.lease_until < ?))"


def _take(conn: Connection, token: str, now: str, lease_until: str) -> Row | None:
    """The oldest job to do, leased with ``token`` (inside claim's transaction): its ticket and attempts."""
    lease = "state = 'running', attempts = attempts + 1, lease_token = ?, lease_until = ?, updated_at = ?"
    if not conn.is_postgres:  # the file's one writer: the job picked is still to do when it is leased
        return conn.execute(
            f"UPDATE extraction_jobs SET {lease} WHERE ticket_id = (SELECT ticket_id FROM extraction_jobs j"
            f"   WHERE {_TO_DO} ORDER BY created_at, ticket_id LIMIT 1) RETURNING ticket_id, attempts",
            (token, lease_until, now, now),
        ).fetchone()
    picked = conn.execute(
        f"SELECT j.ticket_id FROM extraction_jobs j JOIN tickets t ON t.id = j.ticket_id WHERE {_TO_DO}"
        " ORDER BY j.created_at, j.ticket_id LIMIT 1"
        " FOR UPDATE OF j SKIP LOCKED FOR NO KEY UPDATE OF t SKIP LOCKED",
        (now,),
    ).fetchone()
    if picked is None:
        return None
    return conn.execute(
        f"UPDATE extraction_jobs SET {lease} WHERE ticket_id = ? RETURNING ticket_id, attempts",
        (token, lease_until, now, picked["ticket_id"]),
    ).fetchone()


def holds(conn: Connection, job: Claimed) -> bool:
    """Inside the finishing transaction: the lease is still this worker's, and stays so until it
    commits (on PostgreSQL the row is locked: a claim, which takes no writers' lock, passes over
    it, and one that took the lapsed lease first is waited for and seen)."""
    return conn.execute(
        "SELECT 1 FROM extraction_jobs WHERE ticket_id = ? AND state = 'running' AND lease_token = ?"
        + (" FOR UPDATE" if conn.is_postgres else ""),
        (job.ticket_id, job.lease_token),
    ).fetchone() is not None


def done(conn: Connection, settings: Settings, job: Claimed, facts: str | None) -> None:
    conn.execute(
        "UPDATE extraction_jobs SET state = 'done', lease_token = NULL, lease_until = NULL, facts = ?,"
        " updated_at = ? WHERE ticket_id = ?",
        (facts, iso(settings.clock.now()), job.ticket_id),
    )


def fail(conn: Connection, settings: Settings, job: Claimed, error: str, *, final: bool = False) -> None:
    """A failed attempt: queued again (the ticket back to ``stored``) until the last one."""
    with transaction(conn):
        if not holds(conn, job):
            return
        if final or job.attempts >= settings.extraction_attempts:
            _give_up(conn, settings, job.ticket_id, error)
            return
        conn.execute(
            "UPDATE extraction_jobs SET state = 'queued', lease_token = NULL, lease_until = NULL, last_error = ?,"
            " updated_at = ? WHERE ticket_id = ?", (error[:500], iso(settings.clock.now()), job.ticket_id))
        conn.execute("UPDATE tickets SET status = 'stored' WHERE id = ?", (job.ticket_id,))


def _give_up(conn: Connection, settings: Settings, ticket_id: str, error: str) -> None:
    conn.execute(
        "UPDATE extraction_jobs SET state = 'failed', lease_token = NULL, lease_until = NULL, last_error = ?,"
        " updated_at = ? WHERE ticket_id = ?", (error[:500], iso(settings.clock.now()), ticket_id))
    conn.execute("UPDATE tickets SET status = 'failed' WHERE id = ?", (ticket_id,))


def renew(conn: Connection, settings: Settings, job: Claimed) -> bool:
    """The job's lease runs LEASE from now; False when it is no longer this worker's."""
    # One statement, which PostgreSQL re-checks against a claim committed meanwhile (and SQLite's
    # one writer orders): a lease never renews once taken over.
    with transaction(conn):
        return conn.execute(
            "UPDATE extraction_jobs SET lease_until = ? WHERE ticket_id = ? AND state = 'running' AND lease_token = ?",
            (iso(settings.clock.now() + LEASE), job.ticket_id, job.lease_token)).rowcount == 1


@contextmanager
def heartbeat(settings: Settings, job: Claimed) -> Iterator[None]:
    """Renew the job's lease every RENEW_EVERY seconds while the block runs (reading a ticket).

    A thread of its own, with its own connection, so a page that takes long to read never
    lets the lease run out; a killed process stops renewing, and its job is claimed again."""
    stop = threading.Event()

    def beat() -> None:
        conn: Connection | None = None
        try:
            while not stop.wait(RENEW_EVERY):
                try:
                    conn = conn or connect(settings.database)
                    if not renew(conn, settings, job):
                        return  # taken over: the finishing transaction sees it and keeps nothing
                except DatabaseError:
                    log.warning("renewing the lease of %s failed", job.ticket_id, exc_info=True)
        finally:
            if conn is not None:
                conn.close()

    thread = threading.Thread(target=beat, name=f"lease-{job.ticket_id}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(RENEW_EVERY)


def pending(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM extraction_jobs WHERE state IN ('queued', 'running')").fetchone()[0]
