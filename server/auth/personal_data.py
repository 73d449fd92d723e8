"""What the auth domain keeps about a person: the account, sign-ins and
sessions, two-step verification, restriction/objection flags and support messages."""

from __future__ import annotations

import secrets
from datetime import datetime

from ..clock import iso
from ..config import Settings
from ..db import Connection
from ..personal_data import Erasure, Export
from . import two_step
from .service import throttle_key

#: Profile fields a correction request may change.
CORRECTABLE = ("name", "phone", "email")


def export_person(conn: Connection, settings: Settings, user_id: str, export: Export) -> None:
    user = conn.execute(
        "SELECT u.id, u.name, u.email, u.phone, u.role, u.created_at, c.name AS company FROM users u"
        " JOIN customers c ON c.id = u.customer_id WHERE u.id = ?",
        (user_id,),
    ).fetchone()
    export.add_json("profile.json", {
        "id": user["id"], "name": user["name"], "email": user["email"], "phone": user["phone"],
        "role": user["role"], "company": user["company"], "created_at": user["created_at"],
    })
    export.add_json("sign_in_history.json", {
        "events": [dict(r) for r in conn.execute(
            "SELECT at, kind, success, ip, user_agent, detail, method, factor FROM security_events"
            " WHERE user_id = ? ORDER BY at",
            (user_id,),
        )],
        "sessions": [dict(r) for r in conn.execute(
            "SELECT created_at, last_seen_at, expires_at, revoked_at, ip, user_agent FROM sessions"
            " WHERE user_id = ? ORDER BY created_at",
            (user_id,),
        )],
    })
    # That it is on and since when; never the secret (it is not shown again after enrolment).
    held = two_step.status(conn, user_id)
    export.add_json("two_step.json", {"enabled": held.enabled, "enrolled_at": held.enrolled_at,
                                      "recovery_codes_left": held.recovery_codes_left})
    export.add_json("support_messages.json", [dict(r) for r in conn.execute(
        "SELECT id, subject, body, created_at FROM support_messages WHERE user_id = ? ORDER BY created_at",
        (user_id,),
    )])


def erase_person(conn: Connection, settings: Settings, erasure: Erasure) -> None:
    """The account stays as an anonymous row (others refer to it); what identifies
    the person goes, every session ends and no password works any more."""
    user_id, now = erasure.user_id, iso(settings.clock.now())
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
    # That a message existed is the organisation's record; what it said was theirs.
    conn.execute(
        "UPDATE support_messages SET user_id = NULL, subject = '(erased)', body = '' WHERE user_id = ?",
        (user_id,),
    )
    conn.execute("DELETE FROM user_flags WHERE user_id = ?", (user_id,))
    # Two-step's secret and recovery codes, and sign-ins under way, go with the person.
    two_step.turn_off(conn, user_id)
    for table in ("oauth_codes", "device_codes", "signin_states"):
        conn.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))


def correct(conn: Connection, user_id: str, field: str, value: str) -> None:
    """A correction request's new value (already checked), inside the caller's transaction."""
    if field not in CORRECTABLE:
        raise ValueError(f"not a correctable field: {field}")
    conn.execute(f"UPDATE users SET {field} = ? WHERE id = ?", (value, user_id))


def set_flag(conn: Connection, user_id: str, flag: str, *, at: datetime, request_id: str,
             note: str) -> None:
    """Record a restriction or objection (honoured by usage recording and extraction)."""
    conn.execute(
        "INSERT INTO user_flags (user_id, flag, set_at, request_id, note) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(user_id, flag) DO UPDATE SET set_at = excluded.set_at,"
        " request_id = excluded.request_id, note = excluded.note",
        (user_id, flag, iso(at), request_id, note),
    )
