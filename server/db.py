"""SQLite storage: one real file in the data dir, one connection per request.

The tables are made and changed only by the ordered migrations of
``server/migrations`` (recorded in the database's ``schema_migrations``),
which :func:`initialise` applies when the service opens the file; a file
written by a newer service is refused untouched (``migrations.SchemaError``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import migrations


def connect(db_path: Path) -> sqlite3.Connection:
    # check_same_thread=False: FastAPI may resolve a dependency and run the
    # route on different worker threads; one request still uses it serially.
    conn = sqlite3.connect(db_path, timeout=10, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    # Erased personal information must not linger in free pages of the file.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE`` so read-then-write sequences never interleave."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def initialise(db_path: Path) -> None:
    """Make the database, or bring it up to this service's schema (see ``server.migrations``)."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    migrations.migrate(db_path)
