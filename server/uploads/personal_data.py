"""What the uploads domain keeps about a person: uploads on their way (the
partial file, its name and notes) and finished ones kept a day for retries."""

from __future__ import annotations

from ..config import Settings
from ..db import Connection
from ..personal_data import Erasure
from .service import drop_data


def erase_person(conn: Connection, settings: Settings, erasure: Erasure) -> None:
    """Their sessions end with the erasure, so none of their uploads can be
    finished or retried any more: the rows go, and the partial files (or multipart
    uploads and their objects, on object storage) after the commit."""
    ids = [(r[0], r[1]) for r in conn.execute("SELECT id, multipart_id FROM uploads WHERE user_id = ?",
                                              (erasure.user_id,))]
    conn.execute("DELETE FROM uploads WHERE user_id = ?", (erasure.user_id,))

    def remove_partials() -> None:
        for upload_id, multipart_id in ids:
            drop_data(settings, upload_id, multipart_id)

    erasure.after_commit(remove_partials)
