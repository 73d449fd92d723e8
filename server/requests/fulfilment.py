"""Carrying out approved requests: approved → in_progress → completed.

Runs in the request that approved (or filed, for owners) right after that
decision is committed, so the reply already shows the outcome and tests are
deterministic. A failure leaves the request ``in_progress`` with an audit row
and is logged; nothing is half-done because each outcome is one transaction.

The other domains' records are read and changed only through what each
offers for it (``<domain>/personal_data.py``, see ``server.personal_data``).
"""

from __future__ import annotations

import json
import logging
import secrets
import zipfile
from pathlib import Path

from .. import blobs
from .. import sentences as S
from ..auth import personal_data as auth_data
from ..clock import iso
from ..config import Settings
from ..db import Connection, Row, connect, transaction
from ..extraction import personal_data as extraction_data
from ..personal_data import Erasure, Export
from ..privacy import personal_data as privacy_data
from ..tickets import personal_data as tickets_data
from ..uploads import personal_data as uploads_data
from . import personal_data as requests_data
from .exports import discard_export, export_blob, export_expired, exports_dir
from .service import RequestState, record_event, transition, validate_correction

log = logging.getLogger(__name__)

#: What an access export holds, in this order (each domain's own entries).
EXPORTERS = (auth_data.export_person, privacy_data.export_person, tickets_data.export_person,
             extraction_data.export_person, requests_data.export_person)
#: Everything a deletion request erases, in one transaction.
# The extraction domain forgets who corrected before the tickets domain may delete the tickets.
ERASERS = (auth_data.erase_person, privacy_data.erase_person, extraction_data.erase_person, tickets_data.erase_person,
           uploads_data.erase_person, requests_data.erase_person)


def resume_unfinished(settings: Settings) -> None:
    """At start-up: finish requests the service stopped working on (approved
    but not done) and remove access exports past their retention."""
    conn = connect(settings.database)
    try:
        for (request_id,) in conn.execute(
            "SELECT id FROM privacy_requests WHERE state IN (?, ?)",
            (RequestState.APPROVED, RequestState.IN_PROGRESS),
        ).fetchall():
            log.info("resuming privacy request %s", request_id)
            fulfil(conn, settings, request_id)
        for row in conn.execute("SELECT * FROM privacy_requests WHERE export_key IS NOT NULL").fetchall():
            if export_expired(settings, row):
                discard_export(conn, settings, row)
    finally:
        conn.close()


def fulfil(conn: Connection, settings: Settings, request_id: str) -> None:
    """Fulfil an ``approved`` request, or finish one left ``in_progress`` (the
    service stopped half-way); never raises: the decision is already kept."""
    with transaction(conn):
        state = conn.execute("SELECT state FROM privacy_requests WHERE id = ?", (request_id,)).fetchone()[0]
        if state == RequestState.APPROVED:
            transition(
                conn,
                settings,
                request_id,
                RequestState.IN_PROGRESS,
                actor_id=None,
                actor_kind="service",
                note=S.NOTE_STARTED(),
            )
        elif state != RequestState.IN_PROGRESS:
            return
    row = conn.execute("SELECT * FROM privacy_requests WHERE id = ?", (request_id,)).fetchone()
    try:
        handler = {
            "access": _access,
            "correction": _correction,
            "deletion": _deletion,
            "restriction": _flag,
            "objection": _flag,
        }[row["type"]]
        handler(conn, settings, row)
    except Exception:
        log.exception("fulfilment of %s failed", request_id)
        with transaction(conn):
            record_event(conn, request_id, settings.clock.now(), None, "service", RequestState.IN_PROGRESS,
                         RequestState.IN_PROGRESS, S.NOTE_NOT_FINISHED())


# -- access ------------------------------------------------------------------------------


def write_export(conn: Connection, settings: Settings, request: Row, target: Path) -> int:
    """Write the access export of the request's requester to ``target``; returns its size."""
    user_id = request["requester_id"]
    partial = target.with_suffix(".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        export = Export(archive, request["id"])
        for exporter in EXPORTERS:
            exporter(conn, settings, user_id, export)
        manifest = {
            "format": 1,
            "request_id": request["id"],
            "subject_user_id": user_id,
            "generated_at": iso(settings.clock.now()),
            "entries": export.entries,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, sort_keys=True))
    partial.replace(target)
    return target.stat().st_size


def _access(conn: Connection, settings: Settings, row: Row) -> None:
    directory = exports_dir(settings)
    directory.mkdir(parents=True, exist_ok=True)
    key = f"{row['id']}-{secrets.token_hex(8)}.zip"
    size = write_export(conn, settings, row, directory / key)
    if blobs.on_object_storage(settings):
        blobs.store(settings).move_in(export_blob(key), directory / key)  # streamed to the bucket, then gone here
    with transaction(conn):
        transition(
            conn,
            settings,
            row["id"],
            RequestState.COMPLETED,
            actor_id=None,
            actor_kind="service",
            note=S.NOTE_EXPORT_READY(),
            extra={"export_key": key, "export_size": size},
        )


# -- correction, restriction, objection --------------------------------------------------


def _correction(conn: Connection, settings: Settings, row: Row) -> None:
    with transaction(conn):
        value = validate_correction(
            conn, row["requester_id"], row["correction_field"], row["correction_value"]
        )
        auth_data.correct(conn, row["requester_id"], row["correction_field"], value)
        transition(
            conn,
            settings,
            row["id"],
            RequestState.COMPLETED,
            actor_id=None,
            actor_kind="service",
            note=S.NOTE_CORRECTED(field=row["correction_field"]),
        )


def _flag(conn: Connection, settings: Settings, row: Row) -> None:
    note = {"restriction": S.NOTE_RESTRICTED, "objection": S.NOTE_OBJECTION}[row["type"]]()
    with transaction(conn):
        auth_data.set_flag(conn, row["requester_id"], row["type"], at=settings.clock.now(),
                           request_id=row["id"], note=str(note))
        transition(conn, settings, row["id"], RequestState.COMPLETED, actor_id=None, actor_kind="service", note=note)


# -- deletion ----------------------------------------------------------------------------


def _deletion(conn: Connection, settings: Settings, row: Row) -> None:
    erasure = Erasure(row["requester_id"], delete_tickets=bool(row["delete_tickets"]))
    with transaction(conn):
        for eraser in ERASERS:
            eraser(conn, settings, erasure)
        outcome = S.NOTE_ERASED_DELETED() if erasure.delete_tickets else S.NOTE_ERASED_KEPT()
        transition(conn, settings, row["id"], RequestState.COMPLETED, actor_id=None, actor_kind="service", note=outcome)
    erasure.committed()
    # Move the erased rows out of the write-ahead log into the (secure_delete)
    # database file and empty the log, so no old copy lingers on disk.
    # (TRUNCATE waits for readers through the busy timeout; if one outlasts it the
    # log is emptied by the next checkpoint instead: say so in the log.)
    # PostgreSQL: its (auto)vacuum reclaims the dead rows and it recycles its own
    # WAL; nothing to do per erasure (server/db.py).
    if conn.is_postgres:
        return
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("erasure of request %s: write-ahead log still in use, not yet truncated", row["id"])
