"""Merging tickets: pages sent as separate tickets become the pages of one.

Who may: exactly who may change the tickets (``service._visible``): members
their own tickets, the Account Owner any of the organisation's; a ticket the
caller may not see answers as one that does not exist (404), and nothing is
merged. A ticket still being uploaded cannot be merged (409).

What becomes of it, in ONE transaction:

* The first ticket named is kept (its id, its upload time, its uploader); the
  files of the others follow its own, ticket by ticket in the order named, each
  in its page order, and are numbered 1..n. Every file keeps its bytes, its
  SHA-256 and its name: only its ticket and page number change.
* Details typed at upload (number, job, date, notes) and a photo's quality
  warning: the kept ticket's, else the first merged ticket's that has one.
* Values: what people typed or corrected is kept (the kept ticket's first, then
  the others' for fields it lacks) and the history of corrections moves with
  it; values read by the service are dropped and the ticket is read again
  from all its pages (a total or a weight often sits on another page), as a
  new upload is. A person's value still wins over what is read
  (``extraction.pipeline``).
* The merged tickets are gone; the history of the kept one says who merged
  which tickets and when (``ticket_merges``).
"""

from __future__ import annotations

import json

from .. import sentences as S
from ..auth.service import Principal
from ..clock import iso
from ..config import Settings
from ..db import Connection, transaction
from ..errors import Conflict, invalid
from ..extraction import jobs
from .service import _visible_ticket

#: Most tickets one merge takes (a scanned stack split per page and put back together).
MAX_MERGE = 100


def merge(conn: Connection, settings: Settings, principal: Principal, ticket_ids: list[str]) -> str:
    """Merge ``ticket_ids`` into the first of them; returns its id. Raises ``NotFound``,
    ``Conflict`` (one is still uploading) or ``Invalid`` (fewer than two, or one twice)."""
    if len(ticket_ids) < 2:
        raise invalid(S.MERGE_TOO_FEW())
    if len(set(ticket_ids)) != len(ticket_ids):
        raise invalid(S.MERGE_TWICE())
    if len(ticket_ids) > MAX_MERGE:
        raise invalid(S.MERGE_TOO_MANY(count=MAX_MERGE))
    kept, others = ticket_ids[0], ticket_ids[1:]
    with transaction(conn):
        rows = [_visible_ticket(conn, principal, ticket_id) for ticket_id in ticket_ids]
        if any(row["status"] == "uploading" for row in rows):
            raise Conflict("ticket_uploading", S.MERGE_UPLOADING())
        files = [f["id"] for ticket_id in ticket_ids for f in conn.execute(
            "SELECT id FROM ticket_files WHERE ticket_id = ? ORDER BY page", (ticket_id,))]
        # Out of the way of UNIQUE (ticket_id, page) first, then numbered in their new order.
        conn.executemany("UPDATE ticket_files SET ticket_id = ?, page = ? WHERE id = ?",
                         [(kept, -number, file_id) for number, file_id in enumerate(files, start=1)])
        conn.execute("UPDATE ticket_files SET page = -page WHERE ticket_id = ?", (kept,))
        _keep_details(conn, kept, others)
        _keep_people_values(conn, kept, others)
        marks = ",".join("?" * len(others))
        for table in ("field_corrections", "ticket_merges"):
            conn.execute(f"UPDATE {table} SET ticket_id = ? WHERE ticket_id IN ({marks})", (kept, *others))
        conn.execute(f"UPDATE uploads SET ticket_id = ? WHERE ticket_id IN ({marks})", (kept, *others))
        conn.execute(f"DELETE FROM tickets WHERE id IN ({marks})", others)
        conn.execute(
            "INSERT INTO ticket_merges (ticket_id, merged_ids, pages, merged_by, merged_at) VALUES (?, ?, ?, ?, ?)",
            (kept, json.dumps(others), len(files), principal.user_id, iso(settings.clock.now())))
        conn.execute("UPDATE tickets SET status = 'stored' WHERE id = ?", (kept,))
        jobs.enqueue(conn, settings, kept)
    return kept


def _keep_details(conn: Connection, kept: str, others: list[str]) -> None:
    names = ("ticket_number", "job", "ticket_date", "notes", "quality_warning")
    columns = ", ".join(names)
    held = dict(conn.execute(f"SELECT {columns} FROM tickets WHERE id = ?", (kept,)).fetchone())
    for other in others:
        row = conn.execute(f"SELECT {columns} FROM tickets WHERE id = ?", (other,)).fetchone()
        held = {name: held[name] if held[name] is not None else row[name] for name in names}
    conn.execute(f"UPDATE tickets SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                 (*(held[n] for n in names), kept))


def _keep_people_values(conn: Connection, kept: str, others: list[str]) -> None:
    conn.execute("DELETE FROM extracted_values WHERE ticket_id = ? AND source != 'person'", (kept,))
    for other in others:
        conn.execute(
            "INSERT INTO extracted_values (ticket_id, name, value, confidence, source, page, box_left, box_top,"
            " box_right, box_bottom, raw) SELECT ?, name, value, confidence, source, NULL, NULL, NULL, NULL, NULL,"
            " raw FROM extracted_values WHERE ticket_id = ? AND source = 'person' ON CONFLICT (ticket_id, name)"
            " DO NOTHING", (kept, other))
