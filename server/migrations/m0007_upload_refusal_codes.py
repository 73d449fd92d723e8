"""Migration 7: the code of the sentence that says why the service refused an upload.

``uploads.error_message_code`` and ``error_params`` (JSON): the stable code and
params (``server/sentences.py``) of ``error_message``, the reason a refused
upload keeps for every retry, so a retry's reply carries them as the first
refusal's did and a client can say it in its language. An upload refused
before has none: its English is sent as it is, with the code of a sentence
that takes no params when the English is exactly that sentence
(``server.uploads.service.Upload.rejection``).
"""

from __future__ import annotations

from ..db import Connection


def up(conn: Connection) -> None:
    conn.execute("ALTER TABLE uploads ADD COLUMN error_message_code TEXT")
    conn.execute("ALTER TABLE uploads ADD COLUMN error_params TEXT")
