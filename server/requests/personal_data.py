"""What the privacy requests domain keeps about a person: their requests
(the audit trail holds ids only) and finished access exports."""

from __future__ import annotations

from .. import blobs
from ..config import Settings
from ..db import Connection
from ..personal_data import Erasure, Export
from .exports import export_blob


def export_person(conn: Connection, settings: Settings, user_id: str, export: Export) -> None:
    export.add_json("privacy_requests.json", [dict(r) for r in conn.execute(
        "SELECT id, type, state, note, correction_field, correction_value, created_at, due_at,"
        " completed_at FROM privacy_requests WHERE requester_id = ? ORDER BY created_at",
        (user_id,),
    )])


def erase_person(conn: Connection, settings: Settings, erasure: Erasure) -> None:
    """Their words (notes, correction values) and their exports go; that each
    request existed, and its trail, stay as the organisation's record."""
    user_id = erasure.user_id
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

    def remove_exports() -> None:
        for key in exports:
            blobs.store(settings).delete(export_blob(key))

    erasure.after_commit(remove_exports)
