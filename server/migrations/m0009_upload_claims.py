"""Migration 9: the claim on an upload lives in the database, not in one process.

One request at a time writes, completes or terminates an upload; another gets
409 ``upload_busy`` at once (server/uploads/runtime.py). With several API
processes on one database that claim must be seen by all of them:

* ``uploads.claim_token``: a random token of the request holding the upload
  (NULL: nobody holds it);
* ``uploads.claim_holder``: which process holds it (host, boot, process id and
  start time), so a process on the same machine sees at once that the holder
  was killed;
* ``uploads.claimed_until``: the lease (ISO time). The holder renews it while a
  PATCH streams; a claim whose lease ran out (a killed process on another
  machine) may be taken.

Plain ``ALTER TABLE … ADD COLUMN``: the same on SQLite and PostgreSQL, and every
existing upload starts unclaimed.
"""

from __future__ import annotations

from ..db import Connection


def up(conn: Connection) -> None:
    conn.execute("ALTER TABLE uploads ADD COLUMN claim_token TEXT")
    conn.execute("ALTER TABLE uploads ADD COLUMN claim_holder TEXT")
    conn.execute("ALTER TABLE uploads ADD COLUMN claimed_until TEXT")
