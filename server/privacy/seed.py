"""Demo data for the privacy dashboard (demo seed only): billing summaries,
past sign-ins from documentation-range addresses, a few support messages."""

from __future__ import annotations

from datetime import timedelta

from ..auth.service import ClientInfo, record_security_event
from ..auth.tokens import new_id
from ..clock import iso
from ..config import Settings
from ..db import Connection

_DESKTOP_WIN = "TicketProsDesktop/0.1.0 (Windows 11) httpx/0.28.1"
_DESKTOP_MAC = "TicketProsDesktop/0.1.0 (Mac OS X 14) httpx/0.28.1"
_FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

# (email, days ago, ip, user agent, success). No failed attempts: tests count those.
PAST_SIGN_INS = (
    ("owner@demo.example", 40, "192.0.2.10", _DESKTOP_WIN, True),
    ("owner@demo.example", 12, "192.0.2.10", _DESKTOP_WIN, True),
    ("owner@demo.example", 3, "203.0.113.77", _FIREFOX, True),
    ("alice@demo.example", 30, "198.51.100.20", _DESKTOP_MAC, True),
    ("alice@demo.example", 9, "198.51.100.20", _DESKTOP_MAC, True),
    ("bob@demo.example", 5, "192.0.2.44", _DESKTOP_WIN, True),
    ("owner@other.example", 7, "203.0.113.5", _DESKTOP_WIN, True),
)

# Owners only: the requests tests count the members' messages from an empty start.
SUPPORT_MESSAGES = (
    ("owner@demo.example", 20, "Invoice address", "Please send invoices to accounts@demo.example."),
    ("owner@other.example", 6, "Blurry photo", "One of yesterday's ticket photos came out blurry; can I replace it?"),
)

# Demo users who already read the first policy version (bob has not: his banner shows).
ACKNOWLEDGED_POLICY = ("owner@demo.example", "alice@demo.example", "owner@other.example")

BILLING = (
    ("owner@demo.example", "active", "sub_demo_1A2b3C", "4242", "Visa"),
    ("owner@other.example", "past_due", "sub_other_9Z8y7X", "5454", "Mastercard"),
)


def seed_privacy_demo(conn: Connection, settings: Settings, users: dict[str, str]) -> None:
    now = settings.clock.now()
    customer_of = {
        email: conn.execute("SELECT customer_id FROM users WHERE id = ?", (uid,)).fetchone()[0]
        for email, uid in users.items()
    }
    for email, days, ip, agent, ok in PAST_SIGN_INS:
        if email in users:
            record_security_event(
                conn, kind="sign_in", at=now - timedelta(days=days, hours=2), success=ok,
                client=ClientInfo(ip=ip, user_agent=agent), user_id=users[email],
                customer_id=customer_of[email], detail=None if ok else "wrong_credentials",
            )
    for email, days, subject, body in SUPPORT_MESSAGES:
        if email in users:
            conn.execute(
                "INSERT INTO support_messages (id, customer_id, user_id, subject, body, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (new_id("msg"), customer_of[email], users[email], subject, body,
                 iso(now - timedelta(days=days))),
            )
    for email, status, subscription, last4, brand in BILLING:
        if email in users:
            conn.execute(
                "INSERT INTO billing (customer_id, payment_status, subscription_id, card_last4,"
                " card_brand, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (customer_id) DO UPDATE SET payment_status = excluded.payment_status,"
                " subscription_id = excluded.subscription_id, card_last4 = excluded.card_last4,"
                " card_brand = excluded.card_brand, updated_at = excluded.updated_at",
                (customer_of[email], status, subscription, last4, brand, iso(now - timedelta(days=60))),
            )
    for email in ACKNOWLEDGED_POLICY:
        if email in users:
            conn.execute(
                "INSERT INTO policy_acknowledgements (user_id, version, at)"
                " VALUES (?, '2025-01', ?) ON CONFLICT DO NOTHING",
                (users[email], iso(now - timedelta(days=30))),
            )
