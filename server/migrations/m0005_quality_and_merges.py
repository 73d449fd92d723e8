"""Migration 5: the photo quality warning of a ticket, and tickets merged into one.

* ``tickets.quality_warning``: what the client's photo check found on a page sent
  anyway (``blurred``, ``dark``, ``washed_out``, ``low_resolution``, ``small_page``);
  NULL for every ticket made before (none was checked).
* ``ticket_merges``: each merge of tickets into one, for the ticket's history: which
  tickets (``merged_ids``, a JSON list, in page order), who (erased with that person:
  NULL) and when. The merged tickets themselves are gone; their files are the kept
  ticket's pages.

Portable to PostgreSQL but for ``INTEGER PRIMARY KEY AUTOINCREMENT`` (as in m0001).
"""

from __future__ import annotations

from ..db import Connection


def up(conn: Connection) -> None:
    conn.execute("ALTER TABLE tickets ADD COLUMN quality_warning TEXT")
    conn.execute(
        "CREATE TABLE ticket_merges ("
        " id          INTEGER PRIMARY KEY AUTOINCREMENT,"
        " ticket_id   TEXT NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,"
        " merged_ids  TEXT NOT NULL,"
        " pages       INTEGER NOT NULL,"
        " merged_by   TEXT REFERENCES users(id),"
        " merged_at   TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX ticket_merges_ticket ON ticket_merges(ticket_id, id)")
    conn.execute("CREATE INDEX ticket_merges_person ON ticket_merges(merged_by)")
