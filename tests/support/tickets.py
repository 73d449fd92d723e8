"""Put tickets with real files into a test service, the way the service stores them.

Until the uploads feature lands, tests that need tickets insert rows into the
service's real SQLite file and write real files into its files dir
(content-addressed: ``files/<sha[:2]>/<sha>``, ``ticket_files.storage_key``
holding that relative path).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime

from server.db import connect, transaction
from tests.support import stored


def insert_ticket(
    service,
    uploader_email: str,
    files: list[tuple[str, bytes]],
    *,
    values: dict[str, str] | None = None,
    ticket_number: str = "T-1",
    job: str | None = "Job 7",
    notes: str | None = None,
) -> str:
    settings = service.settings
    conn = connect(settings.database)
    try:
        user = conn.execute("SELECT id, customer_id FROM users WHERE email = ?", (uploader_email,)).fetchone()
        ticket_id = f"tkt_{secrets.token_hex(8)}"
        now = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        with transaction(conn):
            conn.execute(
                "INSERT INTO tickets (id, customer_id, uploader_id, ticket_number, job, ticket_date, notes,"
                " status, created_at) VALUES (?, ?, ?, ?, ?, '2026-11-01', ?, 'extracted', ?)",
                (ticket_id, user["customer_id"], user["id"], ticket_number, job, notes, now),
            )
            for page, (name, data) in enumerate(files, start=1):
                sha = hashlib.sha256(data).hexdigest()
                key = f"{sha[:2]}/{sha}"
                stored.write(settings, "files/" + key, data)
                conn.execute(
                    "INSERT INTO ticket_files (id, ticket_id, page, sha256, size, mime, original_name,"
                    " storage_key, created_at) VALUES (?, ?, ?, ?, ?, 'image/jpeg', ?, ?, ?)",
                    (f"tfl_{secrets.token_hex(8)}", ticket_id, page, sha, len(data), name, key, now),
                )
            for name, value in (values or {}).items():
                conn.execute(
                    "INSERT INTO extracted_values (ticket_id, name, value, confidence, source)"
                    " VALUES (?, ?, ?, 0.95, 'ocr')",  # as if read from a page
                    (ticket_id, name, value),
                )
    finally:
        conn.close()
    return ticket_id


def insert_support_message(service, email: str, subject: str, body: str) -> str:
    conn = connect(service.settings.database)
    try:
        user = conn.execute("SELECT id, customer_id FROM users WHERE email = ?", (email,)).fetchone()
        message_id = f"msg_{secrets.token_hex(8)}"
        with transaction(conn):
            conn.execute(
                "INSERT INTO support_messages (id, customer_id, user_id, subject, body, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    message_id,
                    user["customer_id"],
                    user["id"],
                    subject,
                    body,
                    datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                ),
            )
    finally:
        conn.close()
    return message_id


def bulk_tickets(settings, email: str, count: int, *, job: str = "Bulk", days: int = 730) -> None:
    """``count`` one-page tickets for ``email``, fast enough for 10,000.

    Seven distinct pictures are cleaned and stored once through the service's
    own code path (``storage.write_new`` + ``place``, with thumbnails); every
    ticket is then recorded with ``tickets.attach_page``, as a completed upload
    would be, so the rows (summary columns, extracted values, status) are the
    real thing. Upload times are spread over the last ``days`` days, newest
    first at ticket 0, so the list's order is realistic. One transaction.
    """
    import io
    from datetime import timedelta

    from server.clock import iso
    from server.tickets import service as tickets
    from server.tickets import storage
    from tests.media_samples import picture

    contents = []
    for n in range(7):  # a few different pictures; equal content is stored once
        buffer = io.BytesIO()
        picture((120 + n, 160)).save(buffer, format="JPEG", quality=80)
        contents.append(storage.write_new(settings, buffer.getvalue(), "image/jpeg"))
    conn = connect(settings.database)
    try:
        user_id, customer_id = conn.execute("SELECT id, customer_id FROM users WHERE email = ?", (email,)).fetchone()
        now = settings.clock.now()
        step = timedelta(days=days) / max(count, 1)
        with transaction(conn):
            # Placed inside the write transaction: no deletion decides meanwhile (server/tickets/storage.py).
            for content in contents:
                storage.place(settings, content, durable=False)
            for n in range(count):
                content = contents[n % len(contents)]
                created = now - step * n
                ticket_id, _ = tickets.attach_page(
                    conn, settings, customer_id=customer_id, uploader_id=user_id,
                    ticket_key=f"bulk-{email}-{n}",
                    fields=tickets.TicketFields(ticket_number=f"B-{n:05d}", job=f"{job} {n % 40}",
                                                ticket_date=created.date().isoformat(),
                                                notes="Bulk ticket" if n % 3 == 0 else None),
                    page=1, page_count=1, original_name=f"bulk-{n:05d}.jpg", content=content)
                conn.execute("UPDATE tickets SET created_at = ? WHERE id = ?", (iso(created), ticket_id))
                conn.execute("UPDATE ticket_files SET created_at = ? WHERE ticket_id = ?", (iso(created), ticket_id))
    finally:
        for content in contents:
            storage.discard(content)
        conn.close()
