"""Access exports once made: where they are kept, for how long, and the
short-lived links through which only their requester downloads them."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .. import blobs
from .. import sentences as S
from ..auth import tokens
from ..auth.service import Principal
from ..clock import iso, parse_iso
from ..config import Settings
from ..db import Connection, Row, transaction
from ..errors import Conflict, Gone, not_found
from . import service

#: How long a finished access export stays downloadable (policy §6: no longer than needed).
EXPORT_RETENTION = timedelta(days=30)
LINK_TTL = timedelta(minutes=15)


def exports_dir(settings: Settings) -> Path:
    """Where exports are written: their place on the disk store; on object storage, where
    one is made before it moves to the bucket (``exports/<key>`` in both)."""
    return settings.data_dir / "exports"


def export_blob(export_key: str) -> str:
    return "exports/" + export_key


@dataclass(frozen=True)
class ExportFile:
    """An export in the blob store: its key and size (``local`` when it is a file on disk)."""

    key: str
    size: int
    local: Path | None


def export_expired(settings: Settings, row: Row) -> bool:
    return (
        row["completed_at"] is not None
        and settings.clock.now() - parse_iso(row["completed_at"]) > EXPORT_RETENTION
    )


def discard_export(conn: Connection, settings: Settings, row: Row) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM export_links WHERE request_id = ?", (row["id"],))
        conn.execute(
            "UPDATE privacy_requests SET export_key = NULL, export_size = NULL WHERE id = ?", (row["id"],)
        )
    blobs.store(settings).delete(export_blob(row["export_key"]))


def own_export(conn: Connection, principal: Principal, request_id: str) -> Row:
    """The caller's request whose export is ready; why not, otherwise."""
    row = service.get_visible(conn, principal, request_id)
    if row["requester_id"] != principal.user_id:
        # The owner decides on the request but never receives the person's copy.
        raise not_found(S.NOT_FOUND_EXPORT())
    if row["export_key"] is None:
        if row["state"] == service.RequestState.COMPLETED:
            raise Gone("export_gone", S.EXPORT_GONE())
        raise Conflict("export_not_ready", S.EXPORT_NOT_READY())
    return row


def issue_link(
    conn: Connection, settings: Settings, principal: Principal, request_id: str
) -> tuple[str, datetime]:
    """A new download token for the caller's export (replacing any earlier one) and when it expires."""
    row = own_export(conn, principal, request_id)
    if export_expired(settings, row):
        discard_export(conn, settings, row)
        own_export(conn, principal, request_id)  # now refuses with the reason
    token = secrets.token_urlsafe(32)
    now = settings.clock.now()
    expires = now + LINK_TTL
    with transaction(conn):
        conn.execute("DELETE FROM export_links WHERE request_id = ?", (request_id,))
        conn.execute(
            "INSERT INTO export_links (token_hash, request_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
            (tokens.token_hash(token), request_id, iso(now), iso(expires)),
        )
    return token, expires


def linked_file(
    conn: Connection, settings: Settings, principal: Principal, request_id: str, token: str
) -> ExportFile:
    """The export file a download link leads to, for its requester only."""
    row = own_export(conn, principal, request_id)
    link = conn.execute(
        "SELECT * FROM export_links WHERE token_hash = ? AND request_id = ?",
        (tokens.token_hash(token), request_id),
    ).fetchone()
    if link is None:
        raise not_found(S.NOT_FOUND_LINK())
    if parse_iso(link["expires_at"]) <= settings.clock.now():
        raise Gone("link_expired", S.LINK_EXPIRED())
    key = export_blob(row["export_key"])
    store = blobs.store(settings)
    size = store.size(key)
    if size is None:
        raise Gone("export_gone", S.EXPORT_FILE_GONE())
    return ExportFile(key, size, store.local_path(key))
