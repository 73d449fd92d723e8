"""A ticket's values as people see and correct them: fields with confidence and
boxes, corrections kept as history, review.

Who may: exactly who may see the ticket (``tickets.service``): members their
own tickets, the Account Owner any of the organisation's.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .. import sentences as S
from ..auth.service import Principal
from ..clock import iso
from ..config import Settings
from ..db import Connection, Row, transaction
from ..errors import Conflict, invalid
from ..tickets.service import _visible_ticket
from . import checks, normalise, pipeline
from .parse import FIELDS

#: What each field holds, for the one-sentence refusal of a value that is not one.
_KINDS = {"date": "date", "gross_weight": "number", "tare_weight": "number", "net_weight": "number",
          "quantity": "number", "total": "money", "weight_unit": "weight_unit", "quantity_unit": "volume_unit",
          "currency": "currency"}
MAX_VALUE = 200


@dataclass(frozen=True)
class Review:
    needed: bool
    issues: list[checks.Issue]


def normalised(name: str, value: str) -> str:
    """A person's value in the form the service keeps; raises ``Invalid`` in one sentence."""
    if name not in FIELDS:
        raise invalid(S.FIELD_UNKNOWN(name=name, fields=", ".join(FIELDS)))
    value = " ".join(value.split())
    if len(value) > MAX_VALUE:
        raise invalid(S.VALUE_TOO_LONG(count=MAX_VALUE))
    kind = _KINDS.get(name)
    if kind == "date":
        dates = normalise.find_dates(value)
        if len(dates) != 1 or dates[0].end - dates[0].start < len(value) - 1:
            raise invalid(S.VALUE_DATE())
        return dates[0].value.isoformat()
    if kind in ("number", "money"):
        text = re.sub(r"^[$€£]|[$€£]$|\s?(EUR|USD|GBP|CHF)$", "", value, flags=re.IGNORECASE).strip()
        number = normalise.parse_number(text, money=kind == "money")
        if number is None or number < 0:
            raise invalid(S.VALUE_NUMBER())
        return normalise.money(number) if kind == "money" else normalise.plain(number)
    if kind == "weight_unit":
        unit = normalise.weight_unit(value)
        if unit is None:
            raise invalid(S.VALUE_WEIGHT_UNIT())
        return unit
    if kind == "volume_unit":
        unit = normalise.volume_unit(value)
        if unit is None:
            raise invalid(S.VALUE_VOLUME_UNIT())
        return unit
    if kind == "currency":
        code = normalise.currency(value) or (value.upper() if re.fullmatch(r"[A-Za-z]{3}", value) else None)
        if code is None:
            raise invalid(S.VALUE_CURRENCY())
        return code
    return value


def fields(conn: Connection, ticket_id: str) -> list[Row]:
    return conn.execute(
        "SELECT name, value, confidence, source, page, box_left, box_top, box_right, box_bottom, raw,"
        " EXISTS (SELECT 1 FROM field_corrections c WHERE c.ticket_id = e.ticket_id AND c.name = e.name) AS corrected"
        " FROM extracted_values e WHERE ticket_id = ?", (ticket_id,),
    ).fetchall()


def review(conn: Connection, settings: Settings, ticket: Row) -> Review:
    if ticket["status"] not in ("extracted", "needs_review"):
        return Review(False, [])
    values = {r["name"]: (r["value"], r["confidence"], r["source"]) for r in fields(conn, ticket["id"])}
    found = checks.issues(conn, ticket, values, today=settings.clock.now().date(),
                          threshold=settings.review_confidence)
    return Review(ticket["status"] == "needs_review", found)


def _readable(conn: Connection, principal: Principal, ticket_id: str) -> Row:
    row = _visible_ticket(conn, principal, ticket_id)
    if row["status"] == "uploading":
        raise Conflict("ticket_uploading", S.CORRECT_UPLOADING())
    return row


def correct(conn: Connection, settings: Settings, principal: Principal, ticket_id: str, name: str,
            value: str | None) -> None:
    """Set (or, with an empty value, remove) one field; the change is kept in the history."""
    _visible_ticket(conn, principal, ticket_id)  # someone else's ticket: 404 before anything about the value
    new = normalised(name, value) if value and value.strip() else (None if name in FIELDS else normalised(name, ""))
    with transaction(conn):
        _readable(conn, principal, ticket_id)
        old = conn.execute("SELECT value, source FROM extracted_values WHERE ticket_id = ? AND name = ?",
                           (ticket_id, name)).fetchone()
        if (old["value"] if old else None) == new:
            return
        if new is None:
            conn.execute("DELETE FROM extracted_values WHERE ticket_id = ? AND name = ?", (ticket_id, name))
        else:
            # The box stays: it still shows where on the page the value is.
            conn.execute(
                "INSERT INTO extracted_values (ticket_id, name, value, confidence, source) VALUES (?, ?, ?, 1, 'person')"
                " ON CONFLICT (ticket_id, name) DO UPDATE SET value = excluded.value, confidence = 1,"
                " source = 'person'", (ticket_id, name, new))
        conn.execute(
            "INSERT INTO field_corrections (ticket_id, name, old_value, new_value, old_source, corrected_by,"
            " corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (ticket_id, name, old["value"] if old else None, new, old["source"] if old else None, principal.user_id,
             iso(settings.clock.now())))
        pipeline.refresh_status(conn, settings, ticket_id)


def mark_reviewed(conn: Connection, settings: Settings, principal: Principal, ticket_id: str) -> None:
    with transaction(conn):
        row = _readable(conn, principal, ticket_id)
        if row["status"] not in ("extracted", "needs_review"):
            raise Conflict("not_read_yet", S.REVIEW_NOT_READ_YET())
        conn.execute("UPDATE tickets SET status = 'extracted', reviewed_at = ?, reviewed_by = ? WHERE id = ?",
                     (iso(settings.clock.now()), principal.user_id, ticket_id))


def history(conn: Connection, principal: Principal, ticket_id: str) -> list[dict]:
    """What happened to the ticket's values, oldest first: read, corrected, reviewed, merged."""
    _visible_ticket(conn, principal, ticket_id)
    events: list[dict] = []
    job = conn.execute("SELECT state, updated_at, attempts FROM extraction_jobs WHERE ticket_id = ?",
                       (ticket_id,)).fetchone()
    if job is not None and job["state"] in ("done", "failed"):
        events.append({"at": job["updated_at"], "kind": "read" if job["state"] == "done" else "read_failed",
                       "field": None, "old_value": None, "new_value": None, "by": None})
    for r in conn.execute(
        "SELECT c.name, c.old_value, c.new_value, c.corrected_at, c.corrected_by, u.name AS person"
        " FROM field_corrections c LEFT JOIN users u ON u.id = c.corrected_by WHERE c.ticket_id = ? ORDER BY c.id",
        (ticket_id,),
    ):
        by = {"id": r["corrected_by"], "name": r["person"]} if r["corrected_by"] and r["person"] else None
        events.append({"at": r["corrected_at"], "kind": "corrected", "field": r["name"], "old_value": r["old_value"],
                       "new_value": r["new_value"], "by": by})
    ticket = conn.execute("SELECT t.reviewed_at, t.reviewed_by, u.name AS person FROM tickets t"
                          " LEFT JOIN users u ON u.id = t.reviewed_by WHERE t.id = ?", (ticket_id,)).fetchone()
    if ticket["reviewed_at"]:
        by = {"id": ticket["reviewed_by"], "name": ticket["person"]} if ticket["reviewed_by"] and ticket["person"] \
            else None
        events.append({"at": ticket["reviewed_at"], "kind": "reviewed", "field": None, "old_value": None,
                       "new_value": None, "by": by})
    for r in conn.execute(
        "SELECT m.merged_ids, m.pages, m.merged_at, m.merged_by, u.name AS person FROM ticket_merges m"
        " LEFT JOIN users u ON u.id = m.merged_by WHERE m.ticket_id = ? ORDER BY m.id", (ticket_id,),
    ):
        by = {"id": r["merged_by"], "name": r["person"]} if r["merged_by"] and r["person"] else None
        events.append({"at": r["merged_at"], "kind": "merged", "field": None, "old_value": None,
                       "new_value": ", ".join(json.loads(r["merged_ids"])), "by": by})
    events.sort(key=lambda e: e["at"])
    return events
