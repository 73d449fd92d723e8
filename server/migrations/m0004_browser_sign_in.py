"""Migration 4: browser sign-in (OAuth 2.0 for native apps) and two-step verification.

Adds the organisation's sign-in rules to ``customers`` (two-step required,
password sign-in in the app allowed), how each sign-in was made to
``security_events`` (method, factor), and the tables of ``0004_browser_sign_in.sql``:
OAuth clients, authorization codes, device codes, the browser page's sign-in
states, TOTP secrets (encrypted) and recovery codes (hashed).

It registers the one client every release of the desktop app and the command
line is: ``ticketpros-desktop``, a public client whose redirect URIs are the
loopback ones of RFC 8252 §7.3 (any port) and which may use the device grant.

It needs nothing of migration 3 and changes nothing it made (apart from
``customers`` and ``security_events``, whose existing rows keep every value).
Portable to PostgreSQL as written (``ADD COLUMN … NOT NULL DEFAULT``, ``ON CONFLICT``).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from ..db import Connection
from .scripts import run_sql_file

SCRIPT = "0004_browser_sign_in.sql"
#: The desktop app and the command line (kept here as shipped: later changes are new migrations).
DESKTOP_CLIENT = ("ticketpros-desktop", "Ticket Pros Desktop",
                  ["http://127.0.0.1/callback", "http://[::1]/callback"])


def up(conn: Connection) -> None:
    run_sql_file(conn, SCRIPT)
    client_id, name, redirect_uris = DESKTOP_CLIENT
    now = datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    conn.execute(
        "INSERT INTO oauth_clients (id, name, redirect_uris, device_grant, created_at) VALUES (?, ?, ?, 1, ?)"
        " ON CONFLICT (id) DO NOTHING",
        (client_id, name, json.dumps(redirect_uris), now),
    )
