"""What the tickets domain keeps about a person: the tickets they uploaded
(Customer Data of their organisation), with their pages and extracted values."""

from __future__ import annotations

import logging
import re

from .. import blobs
from ..config import Settings
from ..db import Connection
from ..personal_data import Erasure, Export
from . import storage

log = logging.getLogger(__name__)


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")[:80]
    return cleaned or "file"


def export_person(conn: Connection, settings: Settings, user_id: str, export: Export) -> None:
    """``tickets.json`` and every stored page under ``files/<ticket>/``; a page
    missing from storage is listed as unavailable rather than failing the export."""
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
            info = {"page": f["page"], "name": f["original_name"], "mime": f["mime"], "size": f["size"],
                    "sha256": f["sha256"]}
            try:
                # Streamed into the archive piece by piece, from disk or from object storage.
                export.add_stream(entry, blobs.store(settings).iter_bytes(storage.content_blob(f["storage_key"])))
                info["path"] = entry
            except FileNotFoundError:
                log.error("export %s: stored file of ticket %s page %s is missing",
                          export.request_id, ticket["id"], f["page"])
                info["path"] = None
                info["unavailable"] = True
            files.append(info)
        values = {
            r["name"]: r["value"]
            for r in conn.execute(
                "SELECT name, value FROM extracted_values WHERE ticket_id = ? ORDER BY name", (ticket["id"],)
            )
        }
        tickets.append({**dict(ticket), "files": files, "extracted_values": values})
    export.add_json("tickets.json", tickets)


def erase_person(conn: Connection, settings: Settings, erasure: Erasure) -> None:
    """Their tickets are deleted when the owner chose so; otherwise they stay
    with the organisation and only the uploader is forgotten."""
    user_id = erasure.user_id
    if not erasure.delete_tickets:
        conn.execute("UPDATE tickets SET uploader_id = NULL WHERE uploader_id = ?", (user_id,))
        return
    keys = [
        r[0]
        for r in conn.execute(
            "SELECT f.storage_key FROM ticket_files f JOIN tickets t ON t.id = f.ticket_id WHERE t.uploader_id = ?",
            (user_id,),
        )
    ]
    conn.execute("DELETE FROM tickets WHERE uploader_id = ?", (user_id,))

    def remove_files() -> None:
        # Content-addressed: a file another ticket still uses stays (checked in a write
        # transaction, so an upload of the same content completing now keeps its file).
        storage.remove_unreferenced(conn, settings, keys)

    erasure.after_commit(remove_files)
