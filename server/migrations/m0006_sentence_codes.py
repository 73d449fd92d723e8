"""Migration 6: the code of a sentence the service wrote on a privacy request's history.

``privacy_request_events.note_code`` and ``note_params`` (JSON): the stable code
and params of a note the service wrote (``server/sentences.py``), sent beside the
English note so a client can say it in its language. A person's note (an
approval's note, a denial's reason) has none, nor does every event kept before:
those rows keep their English note as it is.

(Review reasons and error messages are made when asked, never stored: they need no column.)
"""

from __future__ import annotations

from ..db import Connection


def up(conn: Connection) -> None:
    conn.execute("ALTER TABLE privacy_request_events ADD COLUMN note_code TEXT")
    conn.execute("ALTER TABLE privacy_request_events ADD COLUMN note_params TEXT")
