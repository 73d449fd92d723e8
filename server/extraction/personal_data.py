"""What the extraction domain keeps about a person.

- The values of each ticket they uploaded, each with its confidence, source and
  the history of its corrections (``ticket-values.json``): Customer Data
  tied to them.
- The corrections they made, the tickets they marked reviewed and the merges they
  made, on anyone's tickets (``corrections-made.json``).

Erasing a person keeps the values and the history of the organisation's tickets
but forgets who made each correction and who reviewed, as tickets forget their
uploader. Tickets deleted with the person take their values and history along
(ON DELETE CASCADE).
"""

from __future__ import annotations

import json

from ..config import Settings
from ..db import Connection
from ..personal_data import Erasure, Export


def export_person(conn: Connection, settings: Settings, user_id: str, export: Export) -> None:
    tickets = []
    for ticket in conn.execute("SELECT id, status, reviewed_at FROM tickets WHERE uploader_id = ? ORDER BY created_at",
                               (user_id,)).fetchall():
        values = [dict(r) for r in conn.execute(
            "SELECT name, value, confidence, source, page, raw FROM extracted_values WHERE ticket_id = ? ORDER BY name",
            (ticket["id"],))]
        history = [dict(r) for r in conn.execute(
            "SELECT name, old_value, new_value, corrected_at, (corrected_by = ?) AS by_you FROM field_corrections"
            " WHERE ticket_id = ? ORDER BY id", (user_id, ticket["id"]))]
        tickets.append({"ticket_id": ticket["id"], "status": ticket["status"], "reviewed_at": ticket["reviewed_at"],
                        "values": values, "history": history})
    export.add_json("ticket-values.json", tickets)
    made = [dict(r) for r in conn.execute(
        "SELECT ticket_id, name, old_value, new_value, corrected_at FROM field_corrections WHERE corrected_by = ?"
        " ORDER BY id", (user_id,))]
    reviewed = [dict(r) for r in conn.execute(
        "SELECT id AS ticket_id, reviewed_at FROM tickets WHERE reviewed_by = ? ORDER BY reviewed_at", (user_id,))]
    merged = [{"ticket_id": r["ticket_id"], "merged": json.loads(r["merged_ids"]), "merged_at": r["merged_at"]}
              for r in conn.execute("SELECT ticket_id, merged_ids, merged_at FROM ticket_merges WHERE merged_by = ?"
                                    " ORDER BY id", (user_id,))]
    export.add_json("corrections-made.json", {"corrections": made, "reviewed": reviewed, "merged": merged})


def erase_person(conn: Connection, settings: Settings, erasure: Erasure) -> None:
    conn.execute("UPDATE field_corrections SET corrected_by = NULL WHERE corrected_by = ?", (erasure.user_id,))
    conn.execute("UPDATE tickets SET reviewed_by = NULL WHERE reviewed_by = ?", (erasure.user_id,))
    conn.execute("UPDATE ticket_merges SET merged_by = NULL WHERE merged_by = ?", (erasure.user_id,))
