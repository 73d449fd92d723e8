"""Tickets: who may see them, listing and search, attaching uploaded pages, deletion.

Visibility is one rule, applied in every query through :func:`_visible`:
an Account Owner sees the organisation's tickets, a member only their own,
nobody another Customer's. A ticket the caller may not see answers exactly
like one that does not exist.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from .. import blobs
from .. import sentences as S
from ..auth import tokens
from ..auth.service import Principal
from ..clock import iso
from ..config import Settings
from ..db import Connection, Row, transaction
from ..errors import Conflict, Invalid, NotFound, UnsupportedType, forbidden, not_found
from ..extraction import jobs
from . import storage

STATUSES = ("uploading", "stored", "processing", "extracted", "needs_review", "failed")
MAX_LIMIT = 200
#: SQLite integers stop at 2**63 - 1; an offset past any real list is refused (422), not a 500.
MAX_OFFSET = 10**9

_EXTENSIONS = {
    "image/jpeg": (".jpg", ".jpeg", ".jpe"),
    "image/png": (".png",),
    "image/heif": (".heic", ".heif", ".hif"),
    "image/tiff": (".tif", ".tiff"),
    "image/webp": (".webp",),
    "application/pdf": (".pdf",),
}

_SUMMARY_COLUMNS = """
    t.id, t.ticket_number, t.job, t.ticket_date, t.notes, t.status, t.created_at, t.reviewed_at, t.customer_id,
    t.quality_warning,
    t.uploader_id, u.name AS uploader_name,
    (SELECT count(*) FROM ticket_files f WHERE f.ticket_id = t.id) AS page_count,
    (SELECT coalesce(sum(f.size), 0) FROM ticket_files f WHERE f.ticket_id = t.id) AS total_bytes,
    (SELECT f.id FROM ticket_files f WHERE f.ticket_id = t.id ORDER BY f.page LIMIT 1) AS first_file_id,
    EXISTS (SELECT 1 FROM extracted_values e WHERE e.ticket_id = t.id) AS has_extracted_values
"""


@dataclass(frozen=True)
class TicketQuery:
    scope: str | None = None  # "mine" | "organisation"; None: the caller's default
    q: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    offset: int = 0
    limit: int = 50


def _visible(principal: Principal, scope: str) -> tuple[str, list]:
    if scope == "organisation":
        return "t.customer_id = ?", [principal.customer_id]
    return "t.customer_id = ? AND t.uploader_id = ?", [principal.customer_id, principal.user_id]


def resolve_scope(principal: Principal, scope: str | None) -> str:
    if scope is None:
        return "organisation" if principal.is_owner else "mine"
    if scope == "organisation" and not principal.is_owner:
        raise forbidden(S.TICKETS_OWNER_SCOPE())
    return scope


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def conditions(principal: Principal, query: TicketQuery) -> tuple[str, list]:
    """The WHERE of the ticket list (``tickets t``), shared by the list, its totals and the exports."""
    scope = resolve_scope(principal, query.scope)
    where, params = _visible(principal, scope)
    clauses = [where]
    if query.q and query.q.strip():
        pattern = _like(query.q.strip())
        clauses.append(
            "(t.ticket_number LIKE ? ESCAPE '\\' OR t.job LIKE ? ESCAPE '\\' OR t.notes LIKE ? ESCAPE '\\'"
            " OR EXISTS (SELECT 1 FROM ticket_files f WHERE f.ticket_id = t.id"
            " AND f.original_name LIKE ? ESCAPE '\\')"
            " OR EXISTS (SELECT 1 FROM extracted_values e WHERE e.ticket_id = t.id AND e.value LIKE ? ESCAPE '\\'))"
        )
        params += [pattern] * 5
    if query.status:
        clauses.append("t.status = ?")
        params.append(query.status)
    # A ticket's date is the one read from it, else the one typed at upload, else the upload day.
    day = ("coalesce((SELECT e.value FROM extracted_values e WHERE e.ticket_id = t.id AND e.name = 'date'),"
           " t.ticket_date, substr(t.created_at, 1, 10))")
    if query.date_from:
        clauses.append(f"{day} >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to:
        clauses.append(f"{day} <= ?")
        params.append(query.date_to.isoformat())
    return " AND ".join(clauses), params


def list_tickets(conn: Connection, principal: Principal, query: TicketQuery) -> tuple[list[Row], int]:
    condition, params = conditions(principal, query)
    total = conn.execute(f"SELECT count(*) FROM tickets t WHERE {condition}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM tickets t LEFT JOIN users u ON u.id = t.uploader_id"
        f" WHERE {condition} ORDER BY t.created_at DESC, t.id DESC LIMIT ? OFFSET ?",
        [*params, query.limit, query.offset],
    ).fetchall()
    return rows, total


def values_of(conn: Connection, ticket_ids: list[str]) -> dict[str, dict[str, str]]:
    """name → value of each ticket's values (for list rows)."""
    out: dict[str, dict[str, str]] = {t: {} for t in ticket_ids}
    for start in range(0, len(ticket_ids), 500):
        chunk = ticket_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT ticket_id, name, value FROM extracted_values WHERE ticket_id IN ({marks})",
                              chunk):
            out[r["ticket_id"]][r["name"]] = r["value"]
    return out


#: What the list adds up, and the value that gives each sum its unit.
TOTALLED = (("gross_weight", "weight_unit"), ("tare_weight", "weight_unit"), ("net_weight", "weight_unit"),
            ("quantity", "quantity_unit"), ("total", "currency"))


def totals(conn: Connection, principal: Principal, query: TicketQuery) -> list[dict]:
    """Sums over every ticket the list's filters select (not only one page of it), one per field and unit."""
    condition, params = conditions(principal, query)
    names = [n for pair in TOTALLED for n in pair]
    marks = ",".join("?" * len(names))
    per_ticket: dict[str, dict[str, str]] = {}
    for r in conn.execute(
        f"SELECT e.ticket_id, e.name, e.value FROM extracted_values e JOIN tickets t ON t.id = e.ticket_id"
        f" WHERE {condition} AND e.name IN ({marks})", [*params, *names],
    ):
        per_ticket.setdefault(r["ticket_id"], {})[r["name"]] = r["value"]
    sums: dict[tuple[str, str], tuple[Decimal, int]] = {}
    for values in per_ticket.values():
        for name, unit_name in TOTALLED:
            try:
                amount = Decimal(values[name])
            except (KeyError, ArithmeticError):
                continue
            key = (name, values.get(unit_name, ""))
            total, count = sums.get(key, (Decimal(0), 0))
            sums[key] = (total + amount, count + 1)
    order = {name: i for i, (name, _) in enumerate(TOTALLED)}
    return [{"field": name, "unit": unit or None, "tickets": count,
             "sum": format(total.quantize(Decimal("0.01")), "f") if name == "total" else _plain(total)}
            for (name, unit), (total, count) in sorted(sums.items(), key=lambda kv: (order[kv[0][0]], kv[0][1]))]


def _plain(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _visible_ticket(conn: Connection, principal: Principal, ticket_id: str) -> Row:
    where, params = _visible(principal, "organisation" if principal.is_owner else "mine")
    row = conn.execute(
        f"SELECT {_SUMMARY_COLUMNS} FROM tickets t LEFT JOIN users u ON u.id = t.uploader_id"
        f" WHERE t.id = ? AND {where}",
        [ticket_id, *params],
    ).fetchone()
    if row is None:
        raise not_found(S.NOT_FOUND_TICKET())
    return row


def get_ticket(
    conn: Connection, principal: Principal, ticket_id: str
) -> tuple[Row, list[Row], dict[str, str]]:
    row = _visible_ticket(conn, principal, ticket_id)
    files = conn.execute(
        "SELECT id, page, mime, size, sha256, original_name, created_at, storage_key, thumbnail_key"
        " FROM ticket_files WHERE ticket_id = ? ORDER BY page",
        (ticket_id,),
    ).fetchall()
    values = {
        r["name"]: r["value"]
        for r in conn.execute("SELECT name, value FROM extracted_values WHERE ticket_id = ? ORDER BY name",
                              (ticket_id,))
    }
    return row, files, values


def get_file(conn: Connection, principal: Principal, ticket_id: str, file_id: str) -> Row:
    _visible_ticket(conn, principal, ticket_id)
    row = conn.execute(
        "SELECT id, page, mime, size, sha256, original_name, storage_key, thumbnail_key"
        " FROM ticket_files WHERE id = ? AND ticket_id = ?",
        (file_id, ticket_id),
    ).fetchone()
    if row is None:
        raise not_found(S.NOT_FOUND_FILE())
    return row


@dataclass(frozen=True)
class StoredBytes:
    """A stored file or preview in the blob store: its key and size (``local`` when it is a file on disk)."""

    key: str
    size: int
    local: Path | None


def _stored(settings: Settings, key: str, what: str) -> StoredBytes:
    store = blobs.store(settings)
    size = store.size(key)
    if size is None:
        raise NotFound("file_missing", (S.PREVIEW_MISSING if what == "preview" else S.FILE_MISSING)())
    return StoredBytes(key, size, store.local_path(key))


def stored_file(settings: Settings, file: Row) -> StoredBytes:
    """Where the stored (cleaned) bytes of a ticket file are."""
    return _stored(settings, storage.content_blob(file["storage_key"]), "file")


def stored_thumbnail(settings: Settings, file: Row) -> StoredBytes:
    if not file["thumbnail_key"]:
        raise not_found(S.NOT_FOUND_PREVIEW())
    return _stored(settings, storage.thumbnail_blob(file["thumbnail_key"]), "preview")


def page_picture(settings: Settings, file: Row, page: int) -> bytes:
    """Page ``page`` (from 1) of a stored PDF drawn as a JPEG, in memory (nothing is kept)."""
    from .. import pdf_pictures

    if file["mime"] != "application/pdf":
        raise UnsupportedType("not_a_pdf", S.NOT_A_PDF())
    stored_file(settings, file)  # 404 file_missing when it is gone
    try:
        # From object storage, PDFium reads a copy in the work dir, removed right after.
        with storage.local_content(settings, file["storage_key"]) as path:
            return pdf_pictures.page_jpeg(path, page - 1)
    except FileNotFoundError:
        raise NotFound("file_missing", S.FILE_MISSING()) from None
    except pdf_pictures.NoSuchPage:
        raise not_found(S.NOT_FOUND_PAGE()) from None
    except ValueError:
        raise Invalid("pdf_not_drawn", S.PDF_NOT_DRAWN()) from None


def lookup(conn: Connection, principal: Principal, sha256: str) -> list[Row]:
    """Visible tickets that already hold a file with this content: stored as
    these bytes, or received as these bytes and stored cleaned."""
    where, params = _visible(principal, "organisation" if principal.is_owner else "mine")
    return conn.execute(
        "SELECT t.id AS ticket_id, t.ticket_number, f.page, t.created_at,"
        " (t.uploader_id = ?) AS uploaded_by_me"
        " FROM ticket_files f JOIN tickets t ON t.id = f.ticket_id"
        " WHERE (f.sha256 = ? OR f.id IN (SELECT file_id FROM ticket_file_received WHERE sha256 = ?))"
        f" AND {where} ORDER BY t.created_at DESC, f.page",
        [principal.user_id, sha256, sha256, *params],
    ).fetchall()


#: SHA-256s one batch look-up takes (the queue asks in pieces of this size).
MAX_LOOKUP = 500


def lookup_many(conn: Connection, principal: Principal, hashes: list[str]) -> dict[str, list[Row]]:
    """:func:`lookup` for many contents in one query (the same visibility): the matches by SHA-256."""
    if not hashes:
        return {}
    where, params = _visible(principal, "organisation" if principal.is_owner else "mine")
    marks = ",".join("?" * len(hashes))
    rows = conn.execute(
        "WITH held(file_id, sha256) AS ("
        f" SELECT id, sha256 FROM ticket_files WHERE sha256 IN ({marks})"
        f" UNION SELECT file_id, sha256 FROM ticket_file_received WHERE sha256 IN ({marks}))"
        " SELECT h.sha256 AS wanted, t.id AS ticket_id, t.ticket_number, f.page, t.created_at,"
        " (t.uploader_id = ?) AS uploaded_by_me"
        " FROM held h JOIN ticket_files f ON f.id = h.file_id JOIN tickets t ON t.id = f.ticket_id"
        f" WHERE {where} ORDER BY t.created_at DESC, f.page",
        [*hashes, *hashes, principal.user_id, *params],
    ).fetchall()
    found: dict[str, list[Row]] = {}
    for row in rows:
        found.setdefault(row["wanted"], []).append(row)
    return found


def delete_ticket(conn: Connection, settings: Settings, principal: Principal, ticket_id: str) -> None:
    """Owners delete any ticket of the organisation, members their own; the
    files go from disk when no other ticket holds the same content."""
    _visible_ticket(conn, principal, ticket_id)
    with transaction(conn):
        keys = [
            r["storage_key"]
            for r in conn.execute("SELECT storage_key FROM ticket_files WHERE ticket_id = ?", (ticket_id,))
        ]
        conn.execute("DELETE FROM tickets WHERE id = ?", (ticket_id,))
    # Its own write transaction: an upload of the same content recording it now keeps the file.
    storage.remove_unreferenced(conn, settings, keys)


def complete_ticket(conn: Connection, settings: Settings, principal: Principal, ticket_id: str) -> None:
    """Finish a ticket with the pages that arrived (some were cancelled on the
    uploader's computer after the pages were numbered): its pages become 1..n
    in their order, it is ``stored`` and queued for reading. Only the
    uploader may; a ticket already finished is left as it is (a retried call)."""
    with transaction(conn):
        row = conn.execute(
            "SELECT status FROM tickets WHERE id = ? AND customer_id = ? AND uploader_id = ?",
            (ticket_id, principal.customer_id, principal.user_id),
        ).fetchone()
        if row is None:
            raise not_found(S.NOT_FOUND_TICKET())
        if row["status"] != "uploading":
            return
        pages = conn.execute("SELECT id FROM ticket_files WHERE ticket_id = ? ORDER BY page", (ticket_id,))
        # In page order each file moves down to a number no other file holds any more (UNIQUE(ticket, page)).
        for number, (file_id,) in enumerate(pages.fetchall(), start=1):
            conn.execute("UPDATE ticket_files SET page = ? WHERE id = ?", (number, file_id))
        conn.execute("UPDATE tickets SET status = 'stored' WHERE id = ?", (ticket_id,))
        jobs.enqueue(conn, settings, ticket_id)


# --- Creating tickets from uploads ----------------------------------------------------------------


@dataclass(frozen=True)
class TicketFields:
    ticket_number: str | None = None
    job: str | None = None
    ticket_date: str | None = None
    notes: str | None = None
    #: What the client's photo check found on the page (``blurred``…), sent anyway.
    quality_warning: str | None = None


def attach_page(
    conn: Connection,
    settings: Settings,
    *,
    customer_id: str,
    uploader_id: str,
    ticket_key: str,
    fields: TicketFields,
    page: int,
    page_count: int,
    original_name: str,
    content: storage.PreparedContent,
) -> tuple[str, str]:
    """Record ``content`` as page ``page`` of the ticket made once per
    (customer, ``ticket_key``); return the ticket id and the page's file id.

    Runs inside the caller's transaction. The same content arriving again for
    the same page is a no-op (a retried completion); other content for a page
    already stored is refused.
    """
    now = iso(settings.clock.now())
    existing = conn.execute(
        "SELECT id, uploader_id FROM tickets WHERE customer_id = ? AND idempotency_key = ?",
        (customer_id, ticket_key),
    ).fetchone()
    if existing is None:
        ticket_id = tokens.new_id("tkt")
        conn.execute(
            "INSERT INTO tickets (id, customer_id, uploader_id, ticket_number, job, ticket_date, notes,"
            " status, idempotency_key, created_at, quality_warning) VALUES (?, ?, ?, ?, ?, ?, ?, 'uploading', ?, ?, ?)",
            (ticket_id, customer_id, uploader_id, fields.ticket_number, fields.job, fields.ticket_date,
             fields.notes, ticket_key, now, fields.quality_warning),
        )
    else:
        ticket_id = existing["id"]
        if existing["uploader_id"] != uploader_id:
            raise Conflict("ticket_key_taken",
                           S.TICKET_KEY_TAKEN())
        # Pages may arrive in any order: fill in what the first one lacked.
        conn.execute(
            "UPDATE tickets SET ticket_number = coalesce(ticket_number, ?), job = coalesce(job, ?),"
            " ticket_date = coalesce(ticket_date, ?), notes = coalesce(notes, ?),"
            " quality_warning = coalesce(quality_warning, ?) WHERE id = ?",
            (fields.ticket_number, fields.job, fields.ticket_date, fields.notes, fields.quality_warning, ticket_id),
        )
    taken = conn.execute(
        "SELECT id, sha256 FROM ticket_files WHERE ticket_id = ? AND page = ?", (ticket_id, page)
    ).fetchone()
    if taken is not None:
        if taken["sha256"] != content.sha256:
            raise Conflict("page_taken",
                           S.PAGE_TAKEN(page=page))
        file_id = taken["id"]
    else:
        file_id = tokens.new_id("fil")
        conn.execute(
            "INSERT INTO ticket_files (id, ticket_id, page, sha256, size, mime, original_name, storage_key,"
            " thumbnail_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (file_id, ticket_id, page, content.sha256, content.size, content.mime,
             original_name, content.storage_key, content.thumbnail_key, now),
        )
    stored = conn.execute("SELECT count(*) FROM ticket_files WHERE ticket_id = ?", (ticket_id,)).fetchone()[0]
    status = conn.execute("SELECT status FROM tickets WHERE id = ?", (ticket_id,)).fetchone()[0]
    if status == "uploading" and stored >= page_count:
        conn.execute("UPDATE tickets SET status = 'stored' WHERE id = ?", (ticket_id,))
        jobs.enqueue(conn, settings, ticket_id)
    return ticket_id, file_id


# --- Download names -------------------------------------------------------------------------------


def download_name(original_name: str, mime: str, page: int) -> str:
    """A harmless file name for a download: no folders, no control characters,
    an extension that matches the stored content."""
    name = original_name.replace("\\", "/")
    name = PurePosixPath(name).name if "/" in name else name
    name = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c)[0] != "C")
    name = name.strip().strip(".").strip()[:200]
    allowed = _EXTENSIONS.get(mime, ())
    _stem, dot, suffix = name.rpartition(".")
    if not name:
        name = f"page-{page}"
    if allowed and ("." + suffix.lower() if dot else "") not in allowed:
        name += allowed[0]
    return name


def content_disposition(name: str) -> str:
    """RFC 6266: an ASCII fallback ``filename`` and the exact UTF-8 ``filename*``."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\%' else "_" for c in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"
