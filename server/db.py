"""SQLite storage: one real file in the data dir, one connection per request.

Each domain folder keeps its tables in its own ``schema.sql``; they are applied
in ``SCHEMA_ORDER`` (domains that others reference come first). Statements use
``IF NOT EXISTS`` so opening an existing data dir is safe.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

SCHEMA_ORDER = ("auth", "tickets", "uploads", "requests", "privacy")


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
    db_path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(db_path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        for domain in SCHEMA_ORDER:
            sql = resources.files(f"server.{domain}").joinpath("schema.sql").read_text("utf-8")
            conn.executescript(sql)
    finally:
        conn.close()
