"""The privacy request state machine, its permissions and its due dates.

States (product brief)::

    pending_owner ──approve──▶ approved ──▶ in_progress ──▶ completed
          │ └──────deny (reason)──▶ denied
          └──cancel (requester)──▶ cancelled

An owner's own request starts at ``approved`` (routed to Ticket Pros). Every
transition writes one ``privacy_request_events`` row. ``overdue`` is never
stored: it is ``now > due_at`` for a request not yet in a final state.

Who may see what: the requester sees their own requests, the Account Owner
every request of their organisation; anything else answers 404 exactly like a
missing id. Only the requester's own Account Owner decides, and only on
requests routed to them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .. import sentences as S
from ..auth import tokens
from ..auth.service import ClientInfo, Principal, confirm_password, normal_email
from ..clock import iso, parse_iso
from ..config import Settings
from ..db import Connection, Row, transaction
from ..errors import Conflict, Invalid, forbidden, invalid, not_found


class RequestState(StrEnum):
    """Where a privacy request stands: the one list of states (the router's
    ``/openapi.json`` enum and the SDK mirror it; the database CHECKs it)."""

    PENDING_OWNER = "pending_owner"
    APPROVED = "approved"
    DENIED = "denied"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    # As a sentence says a state ("This request is already {state}"): server.sentences.WORDS.


FINAL_STATES = frozenset({RequestState.DENIED, RequestState.COMPLETED, RequestState.CANCELLED})
#: Types that ask the requester to re-enter their password.
SENSITIVE_TYPES = frozenset({"access", "deletion"})
CORRECTABLE_FIELDS = ("name", "phone", "email")

RESPONSE_TIME = timedelta(days=30)
#: GDPR art. 12(3): the deadline may be extended once by up to two further months.
MAX_EXTENSION_DAYS = 60

ALLOWED = {
    (RequestState.PENDING_OWNER, RequestState.APPROVED),
    (RequestState.PENDING_OWNER, RequestState.DENIED),
    (RequestState.PENDING_OWNER, RequestState.CANCELLED),
    (RequestState.APPROVED, RequestState.IN_PROGRESS),
    (RequestState.IN_PROGRESS, RequestState.COMPLETED),
}

# Correction values, checked whole (no trimming) so that /openapi.json can state
# exactly what is accepted; the character classes mean the same in Python and in
# the ECMA regexes of JSON Schema (no \s, whose members differ between the two).
NAME_PATTERN = r"[ \t]*[^\x00-\x20\x7f][^\x00-\x1f\x7f]*"
PHONE_PATTERN = r"\+?[0-9][0-9 ()\-.]{3,28}[0-9]"
EMAIL_PATTERN = r"[^@\x00-\x20\x7f]{1,64}@[^@\x00-\x20\x7f]+\.[^@\x00-\x20\x7f]{2,}"
NAME_MAX, EMAIL_MAX = 200, 320
_PHONE = re.compile(PHONE_PATTERN)
_EMAIL = re.compile(EMAIL_PATTERN)
_NAME = re.compile(NAME_PATTERN)


@dataclass(frozen=True)
class NewRequest:
    type: str
    note: str | None = None
    password: str | None = None
    field: str | None = None
    value: str | None = None


def is_overdue(row: Row, now: datetime) -> bool:
    return row["state"] not in FINAL_STATES and now > parse_iso(row["due_at"])


# -- validation --------------------------------------------------------------------------


def validate_correction(conn: Connection, user_id: str, field: str | None, value: str | None) -> str:
    """The cleaned new value, or a 422 that says what is wrong with it."""
    if field not in CORRECTABLE_FIELDS:
        raise invalid(S.CORRECTION_FIELD())
    value = value or ""
    if field == "name":
        if len(value) > NAME_MAX or not _NAME.fullmatch(value):
            raise invalid(S.CORRECTION_NAME())
        value = value.strip(" \t")
    elif field == "phone":
        if not _PHONE.fullmatch(value):
            raise invalid(S.CORRECTION_PHONE())
    else:
        if len(value) > EMAIL_MAX or not _EMAIL.fullmatch(value):
            raise invalid(S.CORRECTION_EMAIL())
        value = normal_email(value)
        taken = conn.execute("SELECT id FROM users WHERE email = ? AND id != ?", (value, user_id)).fetchone()
        if taken:
            raise Conflict("email_taken", S.EMAIL_TAKEN())
    return value


def _check_password(
    conn: Connection,
    settings: Settings,
    principal: Principal,
    password: str | None,
    client: ClientInfo,
) -> None:
    """Re-entered password for access and deletion. A wrong one counts as a
    failed sign-in (same lockout), so a stolen access token cannot be used to
    guess the password here."""
    if not password:
        raise Invalid("password_required", S.PASSWORD_REQUIRED())
    confirm_password(conn, settings, principal, password, client, detail="privacy_request")


# -- reading -----------------------------------------------------------------------------


def _visible_row(conn: Connection, principal: Principal, request_id: str) -> Row:
    row = conn.execute("SELECT * FROM privacy_requests WHERE id = ?", (request_id,)).fetchone()
    if row is None or row["customer_id"] != principal.customer_id:
        raise not_found(S.NOT_FOUND_REQUEST())
    if row["requester_id"] != principal.user_id and not principal.is_owner:
        raise not_found(S.NOT_FOUND_REQUEST())
    return row


def get_visible(conn: Connection, principal: Principal, request_id: str) -> Row:
    return _visible_row(conn, principal, request_id)


def list_visible(conn: Connection, principal: Principal, view: str) -> list[Row]:
    if view == "approvals":
        if not principal.is_owner:
            raise forbidden(S.APPROVALS_OWNER_ONLY())
        return conn.execute(
            "SELECT * FROM privacy_requests WHERE customer_id = ? AND routed_to = 'owner'"
            " ORDER BY created_at DESC",
            (principal.customer_id,),
        ).fetchall()
    return conn.execute(
        "SELECT * FROM privacy_requests WHERE requester_id = ? ORDER BY created_at DESC",
        (principal.user_id,),
    ).fetchall()


def events(conn: Connection, request_id: str) -> list[Row]:
    return conn.execute(
        "SELECT e.*, u.name AS actor_name FROM privacy_request_events e"
        " LEFT JOIN users u ON u.id = e.actor_id WHERE e.request_id = ? ORDER BY e.id",
        (request_id,),
    ).fetchall()


def person(conn: Connection, user_id: str) -> Row:
    return conn.execute("SELECT id, name, email, status FROM users WHERE id = ?", (user_id,)).fetchone()


def coverage(conn: Connection, user_id: str) -> dict[str, int]:
    """What a request about this person covers, for the owner's review."""
    tickets = conn.execute("SELECT COUNT(*) FROM tickets WHERE uploader_id = ?", (user_id,)).fetchone()[0]
    files = conn.execute(
        "SELECT COUNT(*), COALESCE(SUM(f.size), 0) FROM ticket_files f JOIN tickets t ON t.id = f.ticket_id"
        " WHERE t.uploader_id = ?",
        (user_id,),
    ).fetchone()
    messages = conn.execute("SELECT COUNT(*) FROM support_messages WHERE user_id = ?", (user_id,)).fetchone()[
        0
    ]
    sign_ins = conn.execute("SELECT COUNT(*) FROM security_events WHERE user_id = ?", (user_id,)).fetchone()[
        0
    ]
    sessions = conn.execute(
        "SELECT COUNT(*) FROM sessions WHERE user_id = ? AND revoked_at IS NULL", (user_id,)
    ).fetchone()[0]
    return {
        "tickets": tickets,
        "files": files[0],
        "file_bytes": files[1],
        "support_messages": messages,
        "security_events": sign_ins,
        "active_sessions": sessions,
    }


# -- transitions ---------------------------------------------------------------------------


def record_event(
    conn: Connection,
    request_id: str,
    at: datetime,
    actor_id: str | None,
    actor_kind: str,
    from_state: str | None,
    to_state: str,
    note: str | None,
) -> None:
    """``note``: a person's words, or a sentence of ``server.sentences`` (kept with its code and params)."""
    code, params = S.code_of(note)
    conn.execute(
        "INSERT INTO privacy_request_events (request_id, at, actor_id, actor_kind, from_state, to_state, note,"
        " note_code, note_params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (request_id, iso(at), actor_id, actor_kind, from_state, to_state, None if note is None else str(note),
         code, None if params is None else json.dumps(params)),
    )


def transition(
    conn: Connection,
    settings: Settings,
    request_id: str,
    to_state: RequestState,
    *,
    actor_id: str | None,
    actor_kind: str,
    note: str | None = None,
    extra: dict[str, object] | None = None,
) -> None:
    """Move a request along the state machine inside the caller's transaction;
    409 when it is no longer in a state that allows this."""
    state = RequestState(conn.execute("SELECT state FROM privacy_requests WHERE id = ?", (request_id,)).fetchone()[0])
    if (state, to_state) not in ALLOWED:
        raise Conflict(
            "invalid_state",
            S.INVALID_TRANSITION(state=str(state.value), to_state=str(to_state.value)),
        )
    now = settings.clock.now()
    columns = {"state": to_state, "updated_at": iso(now), **(extra or {})}
    if to_state == RequestState.COMPLETED:
        columns["completed_at"] = iso(now)
    assignments = ", ".join(f"{name} = ?" for name in columns)
    conn.execute(f"UPDATE privacy_requests SET {assignments} WHERE id = ?", (*columns.values(), request_id))
    record_event(conn, request_id, now, actor_id, actor_kind, state, to_state, note)


def submit(
    conn: Connection,
    settings: Settings,
    principal: Principal,
    new: NewRequest,
    client: ClientInfo,
    idempotency_key: str | None,
) -> tuple[str, bool]:
    """File a request; returns (id, needs_fulfilment). A retried POST with the
    same Idempotency-Key returns the request it already made."""
    if idempotency_key is not None:  # "" too: the INSERT below stores it, unique per requester
        existing = conn.execute(
            "SELECT id FROM privacy_requests WHERE requester_id = ? AND idempotency_key = ?",
            (principal.user_id, idempotency_key),
        ).fetchone()
        if existing:
            return existing["id"], False
    if new.type in SENSITIVE_TYPES:
        _check_password(conn, settings, principal, new.password, client)
    field = value = None
    if new.type == "correction":
        field = new.field
        value = validate_correction(conn, principal.user_id, field, new.value)
    note = (new.note or "").strip() or None
    now = settings.clock.now()
    request_id = tokens.new_id("prq")
    routed_to = "service" if principal.is_owner else "owner"
    with transaction(conn):
        open_same = conn.execute(
            "SELECT 1 FROM privacy_requests WHERE requester_id = ? AND type = ? AND state = ?",
            (principal.user_id, new.type, RequestState.PENDING_OWNER),
        ).fetchone()
        if open_same:
            raise Conflict(
                "already_pending",
                S.ALREADY_PENDING(),
            )
        conn.execute(
            "INSERT INTO privacy_requests (id, customer_id, requester_id, type, state, routed_to, note,"
            " correction_field, correction_value, created_at, updated_at, due_at, idempotency_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                request_id,
                principal.customer_id,
                principal.user_id,
                new.type,
                RequestState.PENDING_OWNER,
                routed_to,
                note,
                field,
                value,
                iso(now),
                iso(now),
                iso(now + RESPONSE_TIME),
                idempotency_key,
            ),
        )
        record_event(
            conn,
            request_id,
            now,
            principal.user_id,
            "requester",
            None,
            RequestState.PENDING_OWNER,
            S.NOTE_SENT_OWNER() if routed_to == "owner" else S.NOTE_SENT_SERVICE(),
        )
        if routed_to == "service":
            transition(
                conn,
                settings,
                request_id,
                RequestState.APPROVED,
                actor_id=None,
                actor_kind="service",
                note=S.NOTE_OWNER_TO_SERVICE(),
            )
    return request_id, routed_to == "service"


def _decidable(conn: Connection, principal: Principal, request_id: str) -> Row:
    row = _visible_row(conn, principal, request_id)
    if not principal.is_owner:
        raise forbidden(S.DECIDE_OWNER_ONLY())
    if row["routed_to"] != "owner":
        raise forbidden(S.DECIDE_OWN())
    return row


def approve(
    conn: Connection,
    settings: Settings,
    principal: Principal,
    request_id: str,
    *,
    note: str | None,
    delete_tickets: bool,
) -> None:
    row = _decidable(conn, principal, request_id)
    if delete_tickets and row["type"] != "deletion":
        raise invalid(S.DELETE_TICKETS_DELETION_ONLY())
    with transaction(conn):
        row = conn.execute("SELECT * FROM privacy_requests WHERE id = ?", (request_id,)).fetchone()
        if row["type"] == "correction" and row["state"] == RequestState.PENDING_OWNER:
            validate_correction(conn, row["requester_id"], row["correction_field"], row["correction_value"])
        text = (note or "").strip() or None
        if delete_tickets:
            text = ((text + " ") if text else "") + "Their tickets will be deleted too."
        transition(
            conn,
            settings,
            request_id,
            RequestState.APPROVED,
            actor_id=principal.user_id,
            actor_kind="owner",
            note=text,
            extra={"delete_tickets": int(delete_tickets)},
        )


def deny(
    conn: Connection, settings: Settings, principal: Principal, request_id: str, reason: str
) -> None:
    _decidable(conn, principal, request_id)
    reason = reason.strip()
    if not reason:
        raise Invalid("reason_required", S.DENY_REASON_REQUIRED())
    with transaction(conn):
        transition(
            conn,
            settings,
            request_id,
            RequestState.DENIED,
            actor_id=principal.user_id,
            actor_kind="owner",
            note=reason,
            extra={"decision_reason": reason},
        )


def cancel(conn: Connection, settings: Settings, principal: Principal, request_id: str) -> None:
    row = _visible_row(conn, principal, request_id)
    if row["requester_id"] != principal.user_id:
        raise forbidden(S.CANCEL_REQUESTER_ONLY())
    with transaction(conn):
        state = RequestState(conn.execute("SELECT state FROM privacy_requests WHERE id = ?",
                                          (request_id,)).fetchone()[0])
        if state != RequestState.PENDING_OWNER:
            raise Conflict(
                "invalid_state",
                S.CANCEL_NOT_WAITING(state=str(state.value)),
            )
        transition(
            conn,
            settings,
            request_id,
            RequestState.CANCELLED,
            actor_id=principal.user_id,
            actor_kind="requester",
            note=S.NOTE_CANCELLED(),
        )


def extend(
    conn: Connection,
    settings: Settings,
    principal: Principal,
    request_id: str,
    *,
    days: int,
    reason: str,
) -> None:
    _decidable(conn, principal, request_id)
    reason = reason.strip()
    if not reason:
        raise Invalid("reason_required", S.EXTEND_REASON_REQUIRED())
    if not 1 <= days <= MAX_EXTENSION_DAYS:
        raise invalid(S.EXTEND_DAYS(days=MAX_EXTENSION_DAYS))
    with transaction(conn):
        row = conn.execute("SELECT * FROM privacy_requests WHERE id = ?", (request_id,)).fetchone()
        if row["extended_at"]:
            raise Conflict("already_extended", S.ALREADY_EXTENDED())
        if row["state"] in FINAL_STATES:
            raise Conflict("invalid_state", S.ALREADY_FINAL(state=str(row["state"])))
        now = settings.clock.now()
        due = parse_iso(row["due_at"]) + timedelta(days=days)
        conn.execute(
            "UPDATE privacy_requests SET due_at = ?, extended_at = ?, extension_reason = ?, updated_at = ?"
            " WHERE id = ?",
            (iso(due), iso(now), reason, iso(now), request_id),
        )
        record_event(
            conn,
            request_id,
            now,
            principal.user_id,
            "owner",
            row["state"],
            row["state"],
            S.NOTE_EXTENDED(days=days, reason=reason),  # the reason: the owner's own words
        )
