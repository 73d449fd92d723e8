"""What the uploads domain keeps about a person: uploads on their way (the
partial file, its name and notes) and finished ones kept a day for retries."""

from __future__ import annotations

import sqlite3

from ..config import Settings
from ..personal_data import Erasure
from .service import partial_path


def erase_person(conn: sqlite3.Connection, settings: Settings, erasure: Erasure) -> None:
    """Their sessions end with the erasure, so none of their uploads can be
    finished or retried any more: the rows go, and the partial files after the commit."""
    ids = [r[0] for r in conn.execute("SELECT id FROM uploads WHERE user_id = ?", (erasure.user_id,))]
    conn.execute("DELETE FROM uploads WHERE user_id = ?", (erasure.user_id,))

    def remove_partials() -> None:
        for upload_id in ids:
            partial_path(settings, upload_id).unlink(missing_ok=True)

    erasure.after_commit(remove_partials)
