"""The extraction job table: one row per ticket to read.

- :func:`enqueue` runs in the transaction that makes a ticket ``stored``, so a
  stored ticket always has its job (or its uploader restricted processing).
- :func:`claim` takes the oldest queued job with one ``UPDATE … RETURNING``
  (``SELECT … FOR UPDATE SKIP LOCKED`` on PostgreSQL), with a lease: a token
  and a time. The ticket shows ``processing``.
- :func:`finish` keeps the result only while the worker still holds the lease,
  in one transaction with the values, so a result arrives once or not at all.
- A job whose worker died (a killed service) is claimed again when its lease
  has run out; at start-up :func:`recover` releases every lease at once, since
  the only workers are the service's own threads.
- A job that failed ``Settings.extraction_attempts`` times is ``failed``, and so
  is its ticket.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import timedelta

from ..clock import iso
from ..config import Settings
from ..db import Connection, transaction

LEASE = timedelta(minutes=10)

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
    """The oldest job to do, now this worker's; None when there is none."""
    while True:
        now = settings.clock.now()
        token = secrets.token_hex(8)
        with transaction(conn):
            row = conn.execute(
                "UPDATE extraction_jobs SET state = 'running', attempts = attempts + 1, lease_token = ?,"
                " lease_until = ?, updated_at = ?"
                " WHERE ticket_id = (SELECT ticket_id FROM extraction_jobs"
                "   WHERE state = 'queued' OR (state = 'running' AND lease_until < ?)"
                "   ORDER BY created_at, ticket_id LIMIT 1)"
                " RETURNING ticket_id, attempts",
                (token, iso(now + LEASE), iso(now), iso(now)),
            ).fetchone()
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


def holds(conn: Connection, job: Claimed) -> bool:
    """Inside the finishing transaction: the lease is still this worker's."""
    return conn.execute(
        "SELECT 1 FROM extraction_jobs WHERE ticket_id = ? AND state = 'running' AND lease_token = ?",
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


def recover(conn: Connection, settings: Settings) -> int:
    """At start-up: jobs a stopped service was running are queued again."""
    with transaction(conn):
        count = conn.execute(
            "UPDATE extraction_jobs SET state = 'queued', lease_token = NULL, lease_until = NULL, updated_at = ?"
            " WHERE state = 'running'", (iso(settings.clock.now()),)).rowcount
        conn.execute("UPDATE tickets SET status = 'stored' WHERE status = 'processing'"
                     " AND id IN (SELECT ticket_id FROM extraction_jobs WHERE state = 'queued')")
    return count


def pending(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM extraction_jobs WHERE state IN ('queued', 'running')").fetchone()[0]
