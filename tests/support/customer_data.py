"""Customer Data rows for tests that need tickets before uploads exist here.

In the product, tickets arrive through tus uploads (the uploads feature,
``/api/v1/uploads``); these helpers write the same rows and content-addressed
files straight into the test service's real SQLite file and data dir, so the
privacy dashboard can be tested against real tables.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

from server.db import connect, transaction
from tests.support import stored


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def add_ticket(service, email: str, files: list[tuple[str, bytes]], values: dict[str, str] | None = None,
               *, number: str | None = None) -> str:
    """Store a ticket uploaded by ``email`` with ``files`` [(mime, content)] and extracted ``values``."""
    conn = connect(service.settings.database)
    try:
        user = conn.execute("SELECT id, customer_id FROM users WHERE email = ?", (email,)).fetchone()
        ticket_id = "tkt_" + secrets.token_hex(8)
        with transaction(conn):
            conn.execute(
                "INSERT INTO tickets (id, customer_id, uploader_id, ticket_number, status, created_at)"
                " VALUES (?, ?, ?, ?, 'stored', ?)",
                (ticket_id, user["customer_id"], user["id"], number or ticket_id[-6:], _now()),
            )
            for page, (mime, content) in enumerate(files, start=1):
                sha = hashlib.sha256(content).hexdigest()
                stored.write(service.settings, stored.content_key(sha), content)
                conn.execute(
                    "INSERT INTO ticket_files (id, ticket_id, page, sha256, size, mime, original_name,"
                    " storage_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ("fil_" + secrets.token_hex(8), ticket_id, page, sha, len(content), mime,
                     f"page-{page}", f"{sha[:2]}/{sha}", _now()),
                )
            for name, value in (values or {}).items():
                conn.execute("INSERT INTO extracted_values (ticket_id, name, value, confidence, source)"
                    " VALUES (?, ?, ?, 0.95, 'ocr')",  # as if read from a page
                             (ticket_id, name, value))
        return ticket_id
    finally:
        conn.close()


def delete_ticket(service, ticket_id: str) -> None:
    """Remove a ticket, its files and values (what a deletion does on the service)."""
    conn = connect(service.settings.database)
    try:
        with transaction(conn):
            keys = [r[0] for r in conn.execute("SELECT storage_key FROM ticket_files WHERE ticket_id = ?",
                                               (ticket_id,))]
            conn.execute("DELETE FROM tickets WHERE id = ?", (ticket_id,))
        for key in keys:
            stored.delete(service.settings, "files/" + key)
    finally:
        conn.close()
