"""Reading one ticket, and the workers that read them in the service process.

A worker claims a job (``jobs.claim``), reads the ticket's pages outside any
transaction (OCR takes seconds), then in ONE transaction — only if it still
holds the job's lease — replaces the values it read before (a person's
corrections stay), sets the ticket ``extracted`` or ``needs_review`` and marks
the job done. While it reads, a heartbeat renews the lease. A service killed at
any point leaves either the old state (the job is claimed again once its lease
ran out, by any service process on the database) or the new one, never values twice.

OCR is CPU-bound and runs in the ``tesseract`` program, at a lower priority
and one core per page: the threads here only wait for it, so a small pool of
threads in the service process is enough (``Settings.extraction_workers``).
The same workers run alone in ``python -m server worker``, beside API nodes that
read nothing (``--extraction-workers 0``); a worker process polls the job table
every 2 s, since a job queued by another process does not wake it.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from decimal import Decimal

from ..config import Settings
from ..db import Connection, DatabaseError, connect, transaction
from ..tickets import storage
from . import checks, jobs, parse
from .engine import EngineUnavailableError, OcrEngine, make_engine
from .read import read_file

log = logging.getLogger(__name__)


def run_job(conn: Connection, settings: Settings, engine: OcrEngine, job: jobs.Claimed) -> None:
    files = conn.execute("SELECT page, mime, storage_key FROM ticket_files WHERE ticket_id = ? ORDER BY page",
                         (job.ticket_id,)).fetchall()
    pages: list[parse.Page] = []
    sources: list[str] = []
    try:
        with jobs.heartbeat(settings, job):  # the lease stays this worker's while it reads
            for f in files:
                # On object storage the page is read from a copy in the work dir, removed once read.
                with storage.local_content(settings, f["storage_key"]) as path:
                    for read in read_file(path, f["mime"], engine):
                        pages.append(read.page)
                        sources.append(read.source)
            found = parse.parse(pages)
            amounts = parse.line_amounts(pages)
    except EngineUnavailableError:
        raise
    except Exception as exc:
        log.warning("reading ticket %s failed (attempt %d)", job.ticket_id, job.attempts, exc_info=True)
        jobs.fail(conn, settings, job, f"{type(exc).__name__}: {exc}")
        return
    facts = json.dumps({k: str(v) for k, v in amounts.items()}) if amounts else None
    with transaction(conn):
        if not jobs.holds(conn, job):  # the lease ran out and another worker has it
            return
        ticket = conn.execute("SELECT id, customer_id, ticket_number FROM tickets WHERE id = ?",
                              (job.ticket_id,)).fetchone()
        if ticket is None:
            return
        conn.execute("DELETE FROM extracted_values WHERE ticket_id = ? AND source != 'person'", (job.ticket_id,))
        if ticket["ticket_number"] and "ticket_number" not in found:
            conn.execute(
                "INSERT INTO extracted_values (ticket_id, name, value, confidence, source) VALUES (?, ?, ?, 1, 'person')"
                " ON CONFLICT (ticket_id, name) DO NOTHING", (job.ticket_id, "ticket_number", ticket["ticket_number"]))
        for name, value in found.items():
            source = sources[value.page - 1] if value.page and value.page <= len(sources) else "ocr"
            box = value.box or (None, None, None, None)
            conn.execute(
                "INSERT INTO extracted_values (ticket_id, name, value, confidence, source, page, box_left, box_top,"
                " box_right, box_bottom, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (ticket_id, name) DO NOTHING",  # a person's value stays
                (job.ticket_id, name, value.value, value.confidence, source, value.page, *box, value.raw[:200]),
            )
        jobs.done(conn, settings, job, facts)
        refresh_status(conn, settings, job.ticket_id)


def refresh_status(conn: Connection, settings: Settings, ticket_id: str) -> list[checks.Issue]:
    """``needs_review`` while a check fails and nobody marked it reviewed, else ``extracted``
    (inside the caller's transaction)."""
    ticket = conn.execute("SELECT id, customer_id, status, reviewed_at FROM tickets WHERE id = ?",
                          (ticket_id,)).fetchone()
    values = {r["name"]: (r["value"], r["confidence"], r["source"]) for r in conn.execute(
        "SELECT name, value, confidence, source FROM extracted_values WHERE ticket_id = ?", (ticket_id,))}
    found = checks.issues(conn, ticket, values, today=settings.clock.now().date(),
                          threshold=settings.review_confidence)
    if ticket["status"] in ("processing", "extracted", "needs_review"):
        status = "needs_review" if found and not ticket["reviewed_at"] else "extracted"
        conn.execute("UPDATE tickets SET status = ? WHERE id = ?", (status, ticket_id))
    return found


def run_pending(settings: Settings, engine: OcrEngine | None = None, *, limit: int | None = None) -> int:
    """Read every queued ticket here and now (tests, and ``python -m server``'s tools); return how many."""
    engine = engine or make_engine(settings.ocr_engine)
    conn = connect(settings.database)
    count = 0
    try:
        while limit is None or count < limit:
            job = jobs.claim(conn, settings)
            if job is None:
                break
            run_job(conn, settings, engine, job)
            count += 1
    finally:
        conn.close()
    return count


class ExtractionWorkers:
    """``Settings.extraction_workers`` threads reading queued tickets, started and
    stopped with the app (its lifespan)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self) -> bool:
        """Start the threads; False when none started (none asked for, or no OCR engine here)."""
        # Jobs a killed service was reading are claimed again when their leases run out
        # (jobs.LEASE): another process on this database may be reading them right now.
        if self.settings.extraction_workers <= 0:
            return False
        try:
            engine = make_engine(self.settings.ocr_engine)
        except EngineUnavailableError as exc:
            # One line for the operator; tickets stay stored, their jobs queued for a service that can read.
            print(f"Tickets will not be read: {exc}", file=sys.stderr, flush=True)
            log.error("%s", exc)
            return False
        for number in range(self.settings.extraction_workers):
            thread = threading.Thread(target=self._work, args=(engine,), name=f"extraction-{number}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return True

    def stop(self, timeout: float = 10) -> None:
        self._stop.set()
        jobs.wake.set()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()

    def _work(self, engine: OcrEngine) -> None:
        conn = connect(self.settings.database)
        try:
            while not self._stop.is_set():
                try:
                    job = jobs.claim(conn, self.settings)
                except DatabaseError:
                    log.exception("claiming an extraction job failed")
                    job = None
                if job is None:
                    jobs.wake.wait(2.0)
                    jobs.wake.clear()
                    continue
                try:
                    run_job(conn, self.settings, engine, job)
                except EngineUnavailableError as exc:
                    log.error("%s", exc)
                    jobs.fail(conn, self.settings, job, str(exc))
                except Exception:
                    log.exception("extraction of %s failed", job.ticket_id)
                    jobs.fail(conn, self.settings, job, "internal error")
        finally:
            conn.close()


def decimal_or_none(text: str | None) -> Decimal | None:
    try:
        return Decimal(text) if text else None
    except ArithmeticError:
        return None
