"""The demo seed of the product brief. Demo only: the shared password below is
public and documented in the README; never use it for a real service."""

from __future__ import annotations

from .auth import service
from .config import Settings
from .db import Connection, connect, transaction
from .privacy.seed import seed_privacy_demo
from .requests.seed import seed_requests
from .tickets.seed import seed_tickets

DEMO_PASSWORD = "demo-password"

DEMO_CUSTOMERS = (
    (
        "Demo Hauling Co",
        (
            ("owner@demo.example", "Dana Owner", "owner", "+1 555 0100"),
            ("alice@demo.example", "Alice Anders", "member", "+1 555 0101"),
            ("bob@demo.example", "Bob Brooks", "member", None),
        ),
    ),
    ("Other Freight LLC", (("owner@other.example", "Olga Other", "owner", "+1 555 0200"),)),
)

# Later domains add their demo data here: (callable(conn, settings, users_by_email)).
EXTRA_SEEDERS: list = [seed_tickets, seed_requests, seed_privacy_demo]


def is_seeded(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is not None


def seed_demo(settings: Settings, *, tickets: bool = True) -> bool:
    """Create the demo organisations once; return False if data already exists.

    ``tickets=False`` leaves out the demo tickets (tests that count Customer
    Data start from none)."""
    conn = connect(settings.database)
    try:
        if is_seeded(conn):
            return False
        users: dict[str, str] = {}
        with transaction(conn):
            for customer_name, people in DEMO_CUSTOMERS:
                customer_id = service.create_customer(conn, settings, customer_name)
                for email, name, role, phone in people:
                    users[email] = service.create_user(
                        conn, settings, customer_id=customer_id, email=email, name=name,
                        password=DEMO_PASSWORD, role=role, phone=phone,
                    )
            for seeder in EXTRA_SEEDERS:
                if tickets or seeder is not seed_tickets:
                    seeder(conn, settings, users)
        return True
    finally:
        conn.close()
