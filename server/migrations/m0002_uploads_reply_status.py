"""Migration 2: uploads no longer keep the HTTP status of a refusal.

``uploads.error_status`` held the status of the first reply to a refused
upload; nothing read it (a retry is answered 410 with the kept code and
message), and the service's domains no longer know HTTP statuses at all.
"""

from __future__ import annotations

from ..db import Connection


def up(conn: Connection) -> None:
    conn.execute("ALTER TABLE uploads DROP COLUMN error_status")
