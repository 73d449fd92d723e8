"""What the service holds about a person and their organisation (privacy
dashboard), the published policy, subprocessors, billing summaries and usage
events. Everything is computed from the real tables, never from fixed numbers.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any

from .. import sentences as S
from ..auth import two_step
from ..auth.service import Principal
from ..clock import iso
from ..config import Settings
from ..db import Connection, Row, transaction
from ..errors import Conflict, Invalid, NotFound, forbidden, invalid
from .cards import FULL_CARD_MESSAGE, looks_like_card_number
from .devices import describe_device
from .regions import region_for

RETENTION_MIN_DAYS = 30
RETENTION_MAX_DAYS = 90
#: Sign-ins listed on the dashboard (the newest first).
SECURITY_EVENTS_SHOWN = 20
#: Usage Data shown on the dashboard covers this many days.
USAGE_WINDOW_DAYS = 90
_VERSION_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.\-]{0,31}$")
_RETENTION_FALLBACK = (
    "When you cancel or terminate your account, we may retain Customer Data for a limited period "
    "(typically 30 to 90 days) to allow retrieval, after which we will delete or anonymize it, "
    "except where retention is required by law. Residual copies may persist temporarily in backups, "
    "but will be protected and deleted in the ordinary course of backup rotation."
)


# -- policy ------------------------------------------------------------------

def packaged_policy_text(version: str) -> str | None:
    resource = resources.files("server.privacy").joinpath(f"policy-{version}.txt")
    return resource.read_text("utf-8") if resource.is_file() else None


def _current_policy_row(conn: Connection) -> Row:
    return conn.execute(
        "SELECT * FROM policy_versions ORDER BY published_at DESC, version DESC LIMIT 1"
    ).fetchone()


def policy_text(conn: Connection, version: str | None = None) -> dict[str, str]:
    row = (
        _current_policy_row(conn) if version is None else
        conn.execute("SELECT * FROM policy_versions WHERE version = ?", (version,)).fetchone()
    )
    if row is None:
        raise NotFound("not_found", S.NOT_FOUND_POLICY())
    text = row["text"] if row["text"] is not None else packaged_policy_text(row["version"])
    return {"version": row["version"], "effective_date": row["effective_date"], "text": text or ""}


def policy_status(conn: Connection, user_id: str) -> dict[str, Any]:
    row = _current_policy_row(conn)
    ack = conn.execute(
        "SELECT at FROM policy_acknowledgements WHERE user_id = ? AND version = ?",
        (user_id, row["version"]),
    ).fetchone()
    previous = conn.execute(
        "SELECT version FROM policy_acknowledgements WHERE user_id = ? ORDER BY at DESC LIMIT 1",
        (user_id,),
    ).fetchone()
    return {
        "version": row["version"],
        "effective_date": row["effective_date"],
        "summary": row["summary"],
        "published_at": row["published_at"],
        "acknowledged": ack is not None,
        "acknowledged_at": ack["at"] if ack else None,
        "last_acknowledged_version": previous["version"] if previous else None,
    }


def acknowledge_policy(
    conn: Connection, settings: Settings, principal: Principal, version: str, ip: str | None
) -> dict[str, Any]:
    """Record that ``principal`` read ``version``; only the current version can be acknowledged."""
    with transaction(conn):
        current = _current_policy_row(conn)
        if version != current["version"]:
            raise Conflict(
                "policy_changed",
                S.POLICY_CHANGED(),
            )
        conn.execute(
            "INSERT INTO policy_acknowledgements (user_id, version, at, ip) VALUES (?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            (principal.user_id, version, iso(settings.clock.now()), ip),
        )
    return policy_status(conn, principal.user_id)


def _check_date(text: str, what: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"{what} must be a date like 2025-06-30, not “{text}”.") from None


def publish_policy(
    conn: Connection, settings: Settings, *, version: str, effective_date: str, summary: str,
    text: str,
) -> None:
    """Operator action: publish a new policy version. Every user sees the
    summary of changes until they acknowledge it."""
    if not _VERSION_RE.match(version):
        raise ValueError("The version may use letters, digits, dots and dashes (at most 32).")
    effective = _check_date(effective_date, "The effective date")
    if not summary.strip():
        raise ValueError("Say what changed: the summary of changes is shown to every user.")
    if not text.strip():
        raise ValueError("The policy text is empty.")
    with transaction(conn):
        if conn.execute("SELECT 1 FROM policy_versions WHERE version = ?", (version,)).fetchone():
            raise ValueError(f"Version {version} is already published; choose a new version.")
        conn.execute(
            "INSERT INTO policy_versions (version, effective_date, summary, text, published_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (version, effective, summary.strip(), text, iso(settings.clock.now())),
        )


# -- subprocessors -------------------------------------------------------------

def _today(settings: Settings) -> str:
    return settings.clock.now().date().isoformat()


def list_subprocessors(conn: Connection, settings: Settings) -> dict[str, Any]:
    today = _today(settings)
    rows = conn.execute(
        "SELECT * FROM subprocessors WHERE substr(added_at, 1, 10) <= ?"
        " AND (removed_at IS NULL OR substr(removed_at, 1, 10) > ?) ORDER BY name",
        (today, today),
    ).fetchall()
    changes = conn.execute(
        "SELECT c.*, s.name FROM subprocessor_changes c JOIN subprocessors s ON s.id = c.subprocessor_id"
        " WHERE c.announced_at >= ? ORDER BY c.announced_at DESC, c.id DESC",
        (iso(settings.clock.now() - timedelta(days=365)),),
    ).fetchall()
    return {
        "subprocessors": [
            {
                "name": r["name"], "purpose": r["purpose"], "data_involved": r["data_involved"],
                "location": r["location"], "since": r["added_at"][:10],
                "until": r["removed_at"][:10] if r["removed_at"] else None,
            }
            for r in rows
        ],
        "changes": [
            {
                "id": c["id"], "name": c["name"], "kind": c["kind"], "summary": c["summary"],
                "announced_at": c["announced_at"], "effective_date": c["effective_date"],
                "objection_deadline": c["objection_deadline"],
                "open_for_objection": today <= c["objection_deadline"],
            }
            for c in changes
        ],
    }


def _deadline(effective: str, object_by: str | None) -> str:
    deadline = _check_date(object_by, "The objection deadline") if object_by else effective
    if deadline > effective:
        raise ValueError("The objection deadline must be on or before the effective date.")
    return deadline


def add_subprocessor(
    conn: Connection, settings: Settings, *, name: str, purpose: str, data_involved: str,
    location: str, effective_date: str, object_by: str | None = None, summary: str | None = None,
) -> None:
    """Operator action: announce a new subprocessor (listed from its effective date)."""
    effective = _check_date(effective_date, "The effective date")
    deadline = _deadline(effective, object_by)
    if not all(part.strip() for part in (name, purpose, data_involved, location)):
        raise ValueError("Name, purpose, data involved and location are all required.")
    now = iso(settings.clock.now())
    sub_id = "sub_" + re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")
    with transaction(conn):
        existing = conn.execute("SELECT removed_at FROM subprocessors WHERE id = ?", (sub_id,)).fetchone()
        if existing is not None and existing["removed_at"] is None:
            raise ValueError(f"{name} is already a subprocessor; use change instead.")
        conn.execute(
            "INSERT INTO subprocessors (id, name, purpose, data_involved, location, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET purpose = excluded.purpose,"
            " data_involved = excluded.data_involved, location = excluded.location,"
            " added_at = excluded.added_at, removed_at = NULL",
            (sub_id, name.strip(), purpose.strip(), data_involved.strip(), location.strip(),
             effective + "T00:00:00.000000Z"),
        )
        conn.execute(
            "INSERT INTO subprocessor_changes (subprocessor_id, kind, summary, announced_at,"
            " effective_date, objection_deadline) VALUES (?, 'added', ?, ?, ?, ?)",
            (sub_id, summary or f"{name.strip()} added: {purpose.strip()} ({location.strip()}).",
             now, effective, deadline),
        )


def remove_subprocessor(
    conn: Connection, settings: Settings, *, name: str, effective_date: str,
    object_by: str | None = None, summary: str | None = None,
) -> None:
    """Operator action: announce that a subprocessor stops being used."""
    effective = _check_date(effective_date, "The effective date")
    deadline = _deadline(effective, object_by)
    with transaction(conn):
        row = conn.execute(
            "SELECT id, name FROM subprocessors WHERE lower(name) = lower(?) AND removed_at IS NULL",
            (name.strip(),),
        ).fetchone()
        if row is None:
            raise ValueError(f"There is no current subprocessor named {name}.")
        conn.execute(
            "UPDATE subprocessors SET removed_at = ? WHERE id = ?",
            (effective + "T00:00:00.000000Z", row["id"]),
        )
        conn.execute(
            "INSERT INTO subprocessor_changes (subprocessor_id, kind, summary, announced_at,"
            " effective_date, objection_deadline) VALUES (?, 'removed', ?, ?, ?, ?)",
            (row["id"], summary or f"{row['name']} will no longer be used.", iso(settings.clock.now()),
             effective, deadline),
        )


# -- billing -------------------------------------------------------------------

def billing(conn: Connection, principal: Principal) -> dict[str, Any]:
    if not principal.is_owner:
        raise forbidden(S.PAYMENT_OWNER_SEE())
    row = conn.execute("SELECT * FROM billing WHERE customer_id = ?", (principal.customer_id,)).fetchone()
    if row is None:
        return {"payment_status": "none", "subscription_id": None, "card_last4": None,
                "card_brand": None, "updated_at": None}
    return {k: row[k] for k in ("payment_status", "subscription_id", "card_last4", "card_brand", "updated_at")}


# What /openapi.json states too (privacy/router.py PaymentMethodIn).
CARD_LAST4_PATTERN = r"[0-9]{4}"
CARD_BRAND_PATTERN = r"[A-Za-z][A-Za-z ]{0,29}"


def refuse_card_numbers(values: dict[str, Any]) -> None:
    """422 when any value sent looks like a full card number, whatever its field."""
    for value in values.values():
        if value is not None and looks_like_card_number(value):
            raise Invalid("full_card_number", FULL_CARD_MESSAGE)


def update_payment_method(
    conn: Connection, settings: Settings, principal: Principal, values: dict[str, Any]
) -> dict[str, Any]:
    """Store the payment method summary (brand + last four digits) for the organisation."""
    if not principal.is_owner:
        raise forbidden(S.PAYMENT_OWNER_CHANGE())
    refuse_card_numbers(values)
    unknown = sorted(set(values) - {"card_last4", "card_brand"})
    if unknown:
        raise invalid(S.PAYMENT_UNKNOWN_FIELD(name=unknown[0]))
    last4 = values.get("card_last4")
    last4 = str(last4) if isinstance(last4, int) and not isinstance(last4, bool) else last4
    if not isinstance(last4, str) or not re.fullmatch(CARD_LAST4_PATTERN, last4):
        raise invalid(S.PAYMENT_LAST4())
    brand = values.get("card_brand")
    if not isinstance(brand, str) or not re.fullmatch(CARD_BRAND_PATTERN, brand):
        raise invalid(S.PAYMENT_BRAND())
    brand = brand.rstrip()
    with transaction(conn):
        conn.execute(
            "INSERT INTO billing (customer_id, card_last4, card_brand, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(customer_id) DO UPDATE SET card_last4 = excluded.card_last4,"
            " card_brand = excluded.card_brand, updated_at = excluded.updated_at",
            (principal.customer_id, last4, brand, iso(settings.clock.now())),
        )
    return billing(conn, principal)


# -- usage data ------------------------------------------------------------------

def usage_paused(conn: Connection, user_id: str) -> bool:
    return conn.execute("SELECT 1 FROM user_flags WHERE user_id = ? LIMIT 1", (user_id,)).fetchone() is not None


def record_usage(
    conn: Connection, *, user_id: str, customer_id: str, at: datetime, action: str,
    user_agent: str | None,
) -> bool:
    """One usage event, unless the user restricted or objected to processing."""
    cur = conn.execute(
        "INSERT INTO usage_events (user_id, customer_id, at, action, user_agent)"
        " SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM user_flags WHERE user_id = ?)",
        (user_id, customer_id, iso(at), action[:120], (user_agent or "")[:300], user_id),
    )
    return cur.rowcount == 1


# -- the dashboard inventory --------------------------------------------------------

def _customer_data(conn: Connection, customer_id: str, uploader_id: str | None) -> dict[str, int]:
    where = "t.customer_id = ?" + (" AND t.uploader_id = ?" if uploader_id else "")
    args: tuple = (customer_id, uploader_id) if uploader_id else (customer_id,)
    tickets = conn.execute(f"SELECT COUNT(*) FROM tickets t WHERE {where}", args).fetchone()[0]
    files = conn.execute(
        "SELECT COUNT(*) AS files,"
        " COALESCE(SUM(CASE WHEN f.mime LIKE 'image/%' THEN 1 ELSE 0 END), 0) AS images,"
        " COALESCE(SUM(f.size), 0) AS bytes"
        f" FROM ticket_files f JOIN tickets t ON t.id = f.ticket_id WHERE {where}",
        args,
    ).fetchone()
    values = conn.execute(
        f"SELECT COUNT(*) FROM extracted_values e JOIN tickets t ON t.id = e.ticket_id WHERE {where}", args
    ).fetchone()[0]
    return {
        "tickets": tickets, "files": files["files"], "images": files["images"],
        "documents": files["files"] - files["images"], "extracted_values": values, "bytes": files["bytes"],
    }


def _account(conn: Connection, principal: Principal) -> dict[str, Any]:
    row = conn.execute(
        "SELECT u.name, u.email, u.phone, u.role, u.status, u.created_at, c.name AS company,"
        " c.status AS customer_status, (SELECT email FROM users o WHERE o.customer_id = c.id"
        "  AND o.role = 'owner' ORDER BY o.created_at LIMIT 1) AS billing_contact"
        " FROM users u JOIN customers c ON c.id = u.customer_id WHERE u.id = ?",
        (principal.user_id,),
    ).fetchone()
    return dict(row)


def _support(conn: Connection, principal: Principal) -> dict[str, Any]:
    mine = conn.execute(
        "SELECT subject, created_at FROM support_messages WHERE user_id = ? ORDER BY created_at DESC",
        (principal.user_id,),
    ).fetchall()
    organisation = None
    if principal.is_owner:
        organisation = conn.execute(
            "SELECT COUNT(*) FROM support_messages WHERE customer_id = ?", (principal.customer_id,)
        ).fetchone()[0]
    return {
        "messages": len(mine),
        "recent": [{"subject": r["subject"], "created_at": r["created_at"]} for r in mine[:5]],
        "organisation_messages": organisation,
    }


def _usage(conn: Connection, settings: Settings, principal: Principal) -> dict[str, Any]:
    since = iso(settings.clock.now() - timedelta(days=USAGE_WINDOW_DAYS))
    total, last = conn.execute(
        "SELECT COUNT(*), MAX(at) FROM usage_events WHERE user_id = ? AND at >= ?",
        (principal.user_id, since),
    ).fetchone()
    devices: dict[str, dict[str, Any]] = {}
    for row in conn.execute(
        "SELECT user_agent, COUNT(*) AS n, MAX(at) AS last FROM usage_events"
        " WHERE user_id = ? AND at >= ? GROUP BY user_agent",
        (principal.user_id, since),
    ):
        name = describe_device(row["user_agent"])
        entry = devices.setdefault(name, {"device": name, "events": 0, "last_used_at": row["last"]})
        entry["events"] += row["n"]
        entry["last_used_at"] = max(entry["last_used_at"], row["last"])
    actions = conn.execute(
        "SELECT action, COUNT(*) AS n FROM usage_events WHERE user_id = ? AND at >= ?"
        " GROUP BY action ORDER BY n DESC, action LIMIT 5",
        (principal.user_id, since),
    ).fetchall()
    flags = conn.execute(
        "SELECT flag, set_at FROM user_flags WHERE user_id = ? ORDER BY flag", (principal.user_id,)
    ).fetchall()
    return {
        "window_days": USAGE_WINDOW_DAYS,
        "events": total,
        "last_used_at": last,
        "devices": sorted(devices.values(), key=lambda d: d["last_used_at"], reverse=True),
        "top_actions": [{"action": a["action"], "count": a["n"]} for a in actions],
        "recording": not flags,
        "flags": [{"flag": f["flag"], "set_at": f["set_at"]} for f in flags],
    }


def security_events(conn: Connection, user_id: str, limit: int = SECURITY_EVENTS_SHOWN) -> list[dict]:
    """Recent sign-ins with approximate region; ``unfamiliar`` when neither the
    IP nor the region + device was seen in an earlier successful sign-in."""
    rows = conn.execute(
        "SELECT kind, at, ip, user_agent, success, detail, method, factor FROM security_events"
        " WHERE user_id = ? ORDER BY at, id",
        (user_id,),
    ).fetchall()
    seen_ips: set[str] = set()
    seen_places: set[tuple[str, str]] = set()
    out: list[dict] = []
    for row in rows:
        region = region_for(row["ip"])
        device = describe_device(row["user_agent"])
        has_history = bool(seen_ips or seen_places)
        familiar = (row["ip"] in seen_ips) or ((region.label, device) in seen_places)
        out.append({
            "kind": row["kind"], "at": row["at"], "ip": row["ip"], "region": region.label,
            "country": region.country, "device": device, "success": bool(row["success"]),
            "detail": row["detail"], "method": row["method"], "factor": row["factor"],
            "unfamiliar": has_history and not familiar,
        })
        if row["success"] and row["kind"] == "sign_in":
            seen_ips.add(row["ip"])
            seen_places.add((region.label, device))
    return list(reversed(out[-limit:]))


def _retention(conn: Connection, account: dict[str, Any]) -> dict[str, Any]:
    text = policy_text(conn)["text"]
    match = re.search(r"^6\)\s*Data Retention\s*$(.*?)^7\)", text, re.DOTALL | re.MULTILINE)
    return {
        "account_status": account["customer_status"],
        "user_status": account["status"],
        "min_days": RETENTION_MIN_DAYS,
        "max_days": RETENTION_MAX_DAYS,
        "policy_text": " ".join(match.group(1).split()) if match else _RETENTION_FALLBACK,
    }


def inventory(conn: Connection, settings: Settings, principal: Principal) -> dict[str, Any]:
    """Everything the dashboard shows, for the signed-in user (and the organisation for owners)."""
    account = _account(conn, principal)
    return {
        "scope": "organisation" if principal.is_owner else "user",
        "generated_at": iso(settings.clock.now()),
        "account": {**{k: account[k] for k in ("name", "email", "phone", "company", "role", "created_at",
                                               "billing_contact")},
                    # On or off, never the secret (policy §3.1: account information as stored).
                    "two_step": two_step.enabled(conn, principal.user_id)},
        "payment": billing(conn, principal) if principal.is_owner else None,
        "support": _support(conn, principal),
        "customer_data": {
            "mine": _customer_data(conn, principal.customer_id, principal.user_id),
            "organisation": (_customer_data(conn, principal.customer_id, None)
                             if principal.is_owner else None),
        },
        "usage": _usage(conn, settings, principal),
        "security_events": security_events(conn, principal.user_id),
        "retention": _retention(conn, account),
        "policy": policy_status(conn, principal.user_id),
    }
