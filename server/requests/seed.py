"""Demo data: one request waiting for the Demo Hauling Co owner."""

from __future__ import annotations

from datetime import timedelta

from ..auth import tokens
from ..clock import iso
from ..config import Settings
from ..db import Connection
from .service import RESPONSE_TIME, RequestState


def seed_requests(conn: Connection, settings: Settings, users: dict[str, str]) -> None:
    alice = users["alice@demo.example"]
    customer = conn.execute("SELECT customer_id FROM users WHERE id = ?", (alice,)).fetchone()[0]
    filed = settings.clock.now() - timedelta(days=2)
    request_id = tokens.new_id("prq")
    conn.execute(
        "INSERT INTO privacy_requests (id, customer_id, requester_id, type, state, routed_to, note,"
        " created_at, updated_at, due_at) VALUES (?, ?, ?, 'access', ?, 'owner', ?, ?, ?, ?)",
        (
            request_id,
            customer,
            alice,
            RequestState.PENDING_OWNER,
            "I would like a copy of everything kept about me.",
            iso(filed),
            iso(filed),
            iso(filed + RESPONSE_TIME),
        ),
    )
    conn.execute(
        "INSERT INTO privacy_request_events (request_id, at, actor_id, actor_kind, from_state, to_state, note)"
        " VALUES (?, ?, ?, 'requester', NULL, ?, 'Sent to the Account Owner.')",
        (request_id, iso(filed), alice, RequestState.PENDING_OWNER),
    )
