"""What the privacy dashboard keeps about a person: usage events and policy
acknowledgements. Both are personal information (policy §1), so both are in
an access export (policy §8: a copy of it)."""

from __future__ import annotations

from ..config import Settings
from ..db import Connection
from ..personal_data import Erasure, Export


def export_person(conn: Connection, settings: Settings, user_id: str, export: Export) -> None:
    export.add_json("usage.json", [dict(r) for r in conn.execute(
        "SELECT at, action, user_agent FROM usage_events WHERE user_id = ? ORDER BY at, id", (user_id,),
    )])
    export.add_json("policy_acknowledgements.json", [dict(r) for r in conn.execute(
        "SELECT version, at, ip FROM policy_acknowledgements WHERE user_id = ? ORDER BY at", (user_id,),
    )])


def erase_person(conn: Connection, settings: Settings, erasure: Erasure) -> None:
    """Their usage events go, and the address their policy acknowledgements came
    from (that they acknowledged stays on record)."""
    conn.execute("DELETE FROM usage_events WHERE user_id = ?", (erasure.user_id,))
    conn.execute("UPDATE policy_acknowledgements SET ip = NULL WHERE user_id = ?", (erasure.user_id,))
