"""What the privacy dashboard keeps about a person: usage events and policy
acknowledgements (neither is part of the access export today)."""

from __future__ import annotations

import sqlite3

from ..config import Settings
from ..personal_data import Erasure


def erase_person(conn: sqlite3.Connection, settings: Settings, erasure: Erasure) -> None:
    """Their usage events go, and the address their policy acknowledgements came
    from (that they acknowledged stays on record)."""
    conn.execute("DELETE FROM usage_events WHERE user_id = ?", (erasure.user_id,))
    conn.execute("UPDATE policy_acknowledgements SET ip = NULL WHERE user_id = ?", (erasure.user_id,))
