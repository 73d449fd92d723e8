"""The ticket list's first page stays index-only however many tickets there are.

10,000 tickets made the member's ``count(*)`` read every one of their rows
(``tickets_uploader``, then the table for ``customer_id``): linear in the
person's history. Each statement of a first page is checked with SQLite's own
EXPLAIN QUERY PLAN, on a real database seeded through the service's code.
"""

from __future__ import annotations

import pytest

from server.auth.service import Principal
from server.db import Connection, connect, initialise
from server.seed import seed_demo
from server.tickets import service as tickets
from tests.support import service as support
from tests.support.tickets import bulk_tickets

pytestmark = pytest.mark.sqlite_only(reason="reads SQLite's own query plans (EXPLAIN QUERY PLAN)")


@pytest.fixture(scope="module", params=["as created", "after ANALYZE"])
def database(request, tmp_path_factory):
    """As the service leaves it (no statistics), and with statistics, which
    once turned the member's count into a scan of the whole table."""
    settings = support.test_settings(tmp_path_factory.mktemp("scale"))
    initialise(settings.database)
    seed_demo(settings, tickets=False)
    bulk_tickets(settings, "alice@demo.example", 300)
    conn = connect(settings.database)
    if request.param == "after ANALYZE":
        conn.execute("ANALYZE")
    yield conn
    conn.close()


def _principal(conn: Connection, email: str) -> Principal:
    row = conn.execute("SELECT id, customer_id, role, name FROM users WHERE email = ?", (email,)).fetchone()
    return Principal(user_id=row["id"], customer_id=row["customer_id"], role=row["role"], email=email,
                     name=row["name"], session_id="s")


def _plans(conn: Connection, principal: Principal) -> list[tuple[str, str]]:
    """(statement, its query plan) for each statement a first page runs."""
    statements: list[str] = []
    conn.raw.set_trace_callback(statements.append)  # the statements with their parameters bound (sqlite3)
    try:
        rows, total = tickets.list_tickets(conn, principal, tickets.TicketQuery())
    finally:
        conn.raw.set_trace_callback(None)
    assert total >= 300 and len(rows) == 50
    return [(sql, "\n".join(r["detail"] for r in conn.execute("EXPLAIN QUERY PLAN " + sql)))
            for sql in statements if sql.lstrip().upper().startswith("SELECT")]


@pytest.mark.parametrize("email", ["alice@demo.example", "owner@demo.example"])
def test_first_page_reads_tickets_through_an_index_and_counts_from_it_alone(database, email):
    plans = _plans(database, _principal(database, email))
    count = [plan for sql, plan in plans if sql.lstrip().upper().startswith("SELECT COUNT(*)")]
    assert len(count) == 1
    assert "COVERING INDEX" in count[0], count[0]
    for sql, plan in plans:
        assert "SCAN t" not in plan, (sql, plan)
