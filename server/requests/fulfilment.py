"""Carrying out approved requests: approved → in_progress → completed.

Runs in the request that approved (or filed, for owners) right after that
decision is committed, so the reply already shows the outcome and tests are
deterministic. A failure leaves the request ``in_progress`` with an audit row
and is logged; nothing is half-done because each outcome is one transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import secrets
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

from ..auth.service import throttle_key
from ..clock import iso
from ..config import Settings
from ..db import connect, transaction
from ..privacy.service import erase_usage
from .exports import discard_export, export_expired, exports_dir
from .service import transition, validate_correction

log = logging.getLogger(__name__)

CHUNK = 1024 * 1024

#: Other domains that keep personal information about a user add an eraser
#: here: ``fn(conn, user_id)``, called inside the deletion transaction.
ERASERS: list[Callable[[sqlite3.Connection, str], None]] = []


def resume_unfinished(settings: Settings) -> None:
    """At start-up: finish requests the service stopped working on (approved
    but not done) and remove access exports past their retention."""
    conn = connect(settings.db_path)
    try:
        for (request_id,) in conn.execute(
            "SELECT id FROM privacy_requests WHERE state IN ('approved', 'in_progress')"
        ).fetchall():
            log.info("resuming privacy request %s", request_id)
            fulfil(conn, settings, request_id)
        for row in conn.execute("SELECT * FROM privacy_requests WHERE export_key IS NOT NULL").fetchall():
            if export_expired(settings, row):
                discard_export(conn, settings, row)
    finally:
        conn.close()


def fulfil(conn: sqlite3.Connection, settings: Settings, request_id: str) -> None:
    """Fulfil an ``approved`` request, or finish one left ``in_progress`` (the
    service stopped half-way); never raises: the decision is already kept."""
    with transaction(conn):
        state = conn.execute("SELECT state FROM privacy_requests WHERE id = ?", (request_id,)).fetchone()[0]
        if state == "approved":
            transition(
                conn,
                settings,
                request_id,
                "in_progress",
                actor_id=None,
                actor_kind="service",
                note="Ticket Pros started work on the request.",
            )
        elif state != "in_progress":
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
            conn.execute(
                "INSERT INTO privacy_request_events (request_id, at, actor_kind, from_state, to_state, note)"
                " VALUES (?, ?, 'service', 'in_progress', 'in_progress', ?)",
                (
                    request_id,
                    iso(settings.clock.now()),
                    "Ticket Pros could not finish the request yet and has been alerted.",
                ),
            )


# -- access ------------------------------------------------------------------------------


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[:80]
    return cleaned or "file"


class _ExportWriter:
    """Writes entries into the ZIP one at a time, hashing while it writes."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.entries: list[dict] = []

    def add_json(self, name: str, data: object) -> None:
        payload = json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
        self.archive.writestr(name, payload)
        self.entries.append(
            {"path": name, "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)}
        )

    def add_file(self, name: str, source: Path) -> None:
        digest, size = hashlib.sha256(), 0
        # Streamed from disk chunk by chunk: an export is never held in memory.
        with source.open("rb") as src, self.archive.open(name, "w", force_zip64=True) as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        self.entries.append({"path": name, "sha256": digest.hexdigest(), "size": size})


def write_export(conn: sqlite3.Connection, settings: Settings, request: sqlite3.Row, target: Path) -> int:
    """Write the access export of the request's requester to ``target``; returns its size."""
    user_id = request["requester_id"]
    user = conn.execute(
        "SELECT u.id, u.name, u.email, u.phone, u.role, u.created_at, c.name AS company FROM users u"
        " JOIN customers c ON c.id = u.customer_id WHERE u.id = ?",
        (user_id,),
    ).fetchone()
    partial = target.with_suffix(".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        out = _ExportWriter(archive)
        out.add_json(
            "profile.json",
            {
                "id": user["id"],
                "name": user["name"],
                "email": user["email"],
                "phone": user["phone"],
                "role": user["role"],
                "company": user["company"],
                "created_at": user["created_at"],
            },
        )
        out.add_json(
            "sign_in_history.json",
            {
                "events": [
                    dict(r)
                    for r in conn.execute(
                        "SELECT at, kind, success, ip, user_agent, detail FROM security_events"
                        " WHERE user_id = ? ORDER BY at",
                        (user_id,),
                    )
                ],
                "sessions": [
                    dict(r)
                    for r in conn.execute(
                        "SELECT created_at, last_seen_at, expires_at, revoked_at, ip, user_agent FROM sessions"
                        " WHERE user_id = ? ORDER BY created_at",
                        (user_id,),
                    )
                ],
            },
        )
        tickets = []
        for ticket in conn.execute(
            "SELECT id, ticket_number, job, ticket_date, notes, status, created_at FROM tickets"
            " WHERE uploader_id = ? ORDER BY created_at",
            (user_id,),
        ).fetchall():
            files = []
            for f in conn.execute(
                "SELECT page, original_name, mime, size, sha256, storage_key FROM ticket_files"
                " WHERE ticket_id = ? ORDER BY page",
                (ticket["id"],),
            ).fetchall():
                entry = f"files/{ticket['id']}/{f['page']}-{_safe_name(f['original_name'])}"
                source = settings.files_dir / f["storage_key"]
                info = {
                    "page": f["page"],
                    "name": f["original_name"],
                    "mime": f["mime"],
                    "size": f["size"],
                    "sha256": f["sha256"],
                }
                if source.is_file():
                    out.add_file(entry, source)
                    info["path"] = entry
                else:
                    log.error(
                        "export %s: stored file of ticket %s page %s is missing",
                        request["id"],
                        ticket["id"],
                        f["page"],
                    )
                    info["path"] = None
                    info["unavailable"] = True
                files.append(info)
            values = {
                r["name"]: r["value"]
                for r in conn.execute(
                    "SELECT name, value FROM extracted_values WHERE ticket_id = ? ORDER BY name",
                    (ticket["id"],),
                )
            }
            tickets.append({**dict(ticket), "files": files, "extracted_values": values})
        out.add_json("tickets.json", tickets)
        out.add_json(
            "support_messages.json",
            [
                dict(r)
                for r in conn.execute(
                    "SELECT id, subject, body, created_at FROM support_messages WHERE user_id = ? ORDER BY created_at",
                    (user_id,),
                )
            ],
        )
        out.add_json(
            "privacy_requests.json",
            [
                dict(r)
                for r in conn.execute(
                    "SELECT id, type, state, note, correction_field, correction_value, created_at, due_at,"
                    " completed_at FROM privacy_requests WHERE requester_id = ? ORDER BY created_at",
                    (user_id,),
                )
            ],
        )
        manifest = {
            "format": 1,
            "request_id": request["id"],
            "subject_user_id": user_id,
            "generated_at": iso(settings.clock.now()),
            "entries": out.entries,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, sort_keys=True))
    partial.replace(target)
    return target.stat().st_size


def _access(conn: sqlite3.Connection, settings: Settings, row: sqlite3.Row) -> None:
    directory = exports_dir(settings)
    directory.mkdir(parents=True, exist_ok=True)
    key = f"{row['id']}-{secrets.token_hex(8)}.zip"
    size = write_export(conn, settings, row, directory / key)
    with transaction(conn):
        transition(
            conn,
            settings,
            row["id"],
            "completed",
            actor_id=None,
            actor_kind="service",
            note="The export is ready; the requester downloads it in the app.",
            extra={"export_key": key, "export_size": size},
        )


# -- correction, restriction, objection --------------------------------------------------


def _correction(conn: sqlite3.Connection, settings: Settings, row: sqlite3.Row) -> None:
    with transaction(conn):
        value = validate_correction(
            conn, row["requester_id"], row["correction_field"], row["correction_value"]
        )
        column = {"name": "name", "phone": "phone", "email": "email"}[row["correction_field"]]
        conn.execute(f"UPDATE users SET {column} = ? WHERE id = ?", (value, row["requester_id"]))
        transition(
            conn,
            settings,
            row["id"],
            "completed",
            actor_id=None,
            actor_kind="service",
            note=f"Your {row['correction_field']} was corrected.",
        )


def _flag(conn: sqlite3.Connection, settings: Settings, row: sqlite3.Row) -> None:
    note = {
        "restriction": "Processing restricted: no usage analytics and no value extraction.",
        "objection": "Objection recorded: no usage analytics.",
    }[row["type"]]
    with transaction(conn):
        conn.execute(
            "INSERT INTO user_flags (user_id, flag, set_at, request_id, note) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(user_id, flag) DO UPDATE SET set_at = excluded.set_at,"
            " request_id = excluded.request_id, note = excluded.note",
            (row["requester_id"], row["type"], iso(settings.clock.now()), row["id"], note),
        )
        transition(conn, settings, row["id"], "completed", actor_id=None, actor_kind="service", note=note)


# -- deletion ----------------------------------------------------------------------------


def _deletion(conn: sqlite3.Connection, settings: Settings, row: sqlite3.Row) -> None:
    user_id = row["requester_id"]
    removed_files: list[str] = []
    with transaction(conn):
        now = iso(settings.clock.now())
        old_email = conn.execute("SELECT email FROM users WHERE id = ?", (user_id,)).fetchone()["email"]
        conn.execute(
            "UPDATE users SET name = 'Deleted user', email = ?, phone = NULL, password_hash = ?,"
            " status = 'deleted' WHERE id = ?",
            (f"deleted-{secrets.token_hex(8)}@invalid", "!erased$" + secrets.token_hex(32), user_id),
        )
        conn.execute("DELETE FROM login_failures WHERE email_key = ?", (throttle_key(old_email),))
        sessions = [r[0] for r in conn.execute("SELECT id FROM sessions WHERE user_id = ?", (user_id,))]
        for session_id in sessions:
            conn.execute("DELETE FROM access_tokens WHERE session_id = ?", (session_id,))
            conn.execute("DELETE FROM refresh_tokens WHERE session_id = ?", (session_id,))
        conn.execute(
            "UPDATE sessions SET revoked_at = COALESCE(revoked_at, ?), revoked_reason = COALESCE(revoked_reason,"
            " 'erased'), ip = NULL, user_agent = NULL WHERE user_id = ?",
            (now, user_id),
        )
        conn.execute("UPDATE security_events SET ip = NULL, user_agent = NULL WHERE user_id = ?", (user_id,))
        erase_usage(conn, user_id)  # usage data and acknowledgement addresses (privacy dashboard)
        # That a message existed is the organisation's record; what it said was theirs.
        conn.execute(
            "UPDATE support_messages SET user_id = NULL, subject = '(erased)', body = '' WHERE user_id = ?",
            (user_id,),
        )
        if row["delete_tickets"]:
            keys = [
                r[0]
                for r in conn.execute(
                    "SELECT f.storage_key FROM ticket_files f JOIN tickets t ON t.id = f.ticket_id"
                    " WHERE t.uploader_id = ?",
                    (user_id,),
                )
            ]
            conn.execute("DELETE FROM tickets WHERE uploader_id = ?", (user_id,))
            # Content-addressed: a file another ticket still uses stays.
            removed_files = [
                k
                for k in set(keys)
                if conn.execute("SELECT 1 FROM ticket_files WHERE storage_key = ?", (k,)).fetchone() is None
            ]
        else:
            conn.execute("UPDATE tickets SET uploader_id = NULL WHERE uploader_id = ?", (user_id,))
        conn.execute("DELETE FROM user_flags WHERE user_id = ?", (user_id,))
        exports = [
            r[0]
            for r in conn.execute(
                "SELECT export_key FROM privacy_requests WHERE requester_id = ? AND export_key IS NOT NULL",
                (user_id,),
            )
        ]
        conn.execute(
            "DELETE FROM export_links WHERE request_id IN (SELECT id FROM privacy_requests WHERE requester_id = ?)",
            (user_id,),
        )
        conn.execute(
            "UPDATE privacy_requests SET note = NULL, correction_value = NULL, export_key = NULL,"
            " export_size = NULL WHERE requester_id = ?",
            (user_id,),
        )
        for eraser in ERASERS:
            eraser(conn, user_id)
        outcome = "Personal information erased and every session ended."
        outcome += (
            " Their tickets were deleted."
            if row["delete_tickets"]
            else " Their tickets stay with the organisation, uploader anonymised."
        )
        transition(conn, settings, row["id"], "completed", actor_id=None, actor_kind="service", note=outcome)
    for key in removed_files:
        (settings.files_dir / key).unlink(missing_ok=True)
    for key in exports:
        (exports_dir(settings) / key).unlink(missing_ok=True)
    # Move the erased rows out of the write-ahead log into the (secure_delete)
    # database file and empty the log, so no old copy lingers on disk.
    # (TRUNCATE waits for readers through the busy timeout; if one outlasts it the
    # log is emptied by the next checkpoint instead: say so in the log.)
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        log.warning("erasure of request %s: write-ahead log still in use, not yet truncated", row["id"])
