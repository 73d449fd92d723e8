"""Versions of the service database: ordered migrations, applied when it is opened.

The database records each migration it has had in a table of its own,
``schema_migrations`` (version, name, applied_at), rather than in SQLite's
``user_version``, so that the same bookkeeping and the same migrations can run
on PostgreSQL, the service's scale path.

Opening a database (:func:`migrate`, called by ``server.db.initialise``):

1. Which migrations it has is read without writing anything. One this code does
   not know (a newer service wrote it) refuses it with :class:`DatabaseTooNewError`,
   and the file is left exactly as it was.
2. When migrations are missing, the file is first copied beside itself with
   SQLite's backup API: ``ticketpros.schema-<N>.backup.sqlite3``, ``N`` the version
   it held (0: a database of a release from before versioning). The newest
   ``BACKUPS_KEPT`` are kept, none older than ``BACKUP_MAX_AGE`` (they hold
   personal information that erasure requests do not reach: policy §6 allows
   residual copies in backups only until their ordinary rotation).
3. Every missing migration is applied, in order, in ONE transaction, and
   recorded; anything failing rolls all of them back.

Writing a migration: add ``mNNNN_<what>.py`` with ``up(conn)`` (and, if it is
plain SQL, ``NNNN_<what>.sql`` read with ``scripts.run_sql_file``), then append it
to ``MIGRATIONS``; never change one that has shipped. Migrations run with foreign
keys off so that one can rebuild a table (SQLite's way to change a column or a
CHECK constraint: create the new table, copy, drop the old, rename); the foreign
keys are checked before the commit. Keep the SQL portable to PostgreSQL where it
costs nothing (``ON CONFLICT … DO NOTHING``, not ``INSERT OR IGNORE``); the
exceptions so far are listed in ``m0001_baseline``.

On PostgreSQL (``--database-url``) the same migrations run in the same order and
are recorded the same way. ``up(conn)`` gets a ``server.db.Connection``, which
gives the DDL PostgreSQL's types (``server.db.postgres_ddl``); a migration that
rebuilds a table on SQLite takes ``conn.is_postgres`` to ``ALTER`` it there
instead (PostgreSQL keeps foreign keys on and would drop those of a dropped
table). There are no pre-migration copies (step 2): the managed database's own
backups stand for them. Step 3 holds there too (PostgreSQL's DDL is
transactional), under the writers' advisory lock, so API processes started at
once migrate one after the other.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .. import db
from . import (
    m0001_baseline,
    m0002_uploads_reply_status,
    m0003_extraction,
    m0004_browser_sign_in,
    m0005_quality_and_merges,
    m0006_sentence_codes,
    m0007_upload_refusal_codes,
    m0008_upload_parts,
    m0009_upload_claims,
)

#: Pre-migration copies kept beside the database (the newest ones).
BACKUPS_KEPT = 2
#: A pre-migration copy older than this is removed when the database is next opened.
BACKUP_MAX_AGE_DAYS = 30


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    up: Callable[[db.Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "baseline", m0001_baseline.up),
    Migration(2, "uploads_reply_status", m0002_uploads_reply_status.up),
    Migration(3, "extraction", m0003_extraction.up),
    Migration(4, "browser_sign_in", m0004_browser_sign_in.up),
    Migration(5, "quality_and_merges", m0005_quality_and_merges.up),
    Migration(6, "sentence_codes", m0006_sentence_codes.up),
    Migration(7, "upload_refusal_codes", m0007_upload_refusal_codes.up),
    Migration(8, "upload_parts", m0008_upload_parts.up),
    Migration(9, "upload_claims", m0009_upload_claims.up),
)


class SchemaError(Exception):
    """The database cannot be used by this service; ``str()`` is one sentence for the operator."""


class DatabaseTooNewError(SchemaError):
    def __init__(self, version: int) -> None:
        super().__init__(
            f"This database was written by a newer Ticket Pros service (schema {version}); "
            "update the service."
        )
        self.version = version


class UnknownDatabaseError(SchemaError):
    """Not a database any Ticket Pros service made (or one changed by hand)."""


class MigrationFailedError(SchemaError):
    """A migration failed; every migration of that attempt was rolled back."""


_SCHEMA_MIGRATIONS = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
)
"""


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version


def migrate(target: db.Target, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database at ``target`` (a SQLite file, made if missing, or a PostgreSQL
    URL) up to the newest migration; return the versions applied now. Raises
    :class:`SchemaError`."""
    versions = [m.version for m in migrations]
    assert versions == sorted(set(versions)), "migrations must have increasing versions"
    if db.dialect_of(target) == db.POSTGRESQL:
        return _migrate_postgres(str(target), migrations)
    db_path = Path(target)
    held = _read_applied(db_path) if db_path.exists() else None
    if held is not None:
        _check_known(held, migrations)
        pending = [m for m in migrations if m.version not in held.versions]
        if pending and held.has_tables:
            backup(db_path, max(held.versions, default=0))
    prune_backups(db_path)
    conn = sqlite3.connect(db_path, timeout=10, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA secure_delete = ON")
        # Off while migrating, so that a migration may rebuild a referenced table.
        conn.execute("PRAGMA foreign_keys = OFF")
        applied = _apply(db.Connection(conn, db.SQLITE), migrations)
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return applied


def _migrate_postgres(url: str, migrations: Sequence[Migration]) -> list[int]:
    try:
        conn = db.connect(url)
    except db.OperationalError as exc:
        raise SchemaError(f"The service cannot reach its PostgreSQL database: {_first_line(exc)}.") from exc
    try:
        return _apply(conn, migrations)
    finally:
        conn.close()


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0].rstrip(".")


@dataclass(frozen=True)
class _Held:
    versions: dict[int, str]
    has_tables: bool


def _read_applied(db_path: Path) -> _Held:
    """What the file holds, read-only: a refused database must not change by one byte.

    Without a write-ahead log beside it nobody has the file open and it holds
    everything: read it as immutable, which creates no -wal/-shm files either."""
    wal = db_path.with_name(db_path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?{mode}", uri=True, timeout=10)
    try:
        return _held(db.Connection(conn, db.SQLITE))
    except sqlite3.DatabaseError as exc:
        raise UnknownDatabaseError(
            f"{db_path} is not a database the Ticket Pros service can read ({exc})."
        ) from exc
    finally:
        conn.close()


def _held(conn: db.Connection) -> _Held:
    if conn.is_postgres:
        tables = {r[0] for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}
    else:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "schema_migrations" not in tables:
        if tables and not {"customers", "users"} <= tables:
            raise UnknownDatabaseError(
                "This file is not a Ticket Pros service database (it has no users table); "
                "it was left as it was."
            )
        return _Held({}, bool(tables))
    versions = dict(conn.execute("SELECT version, name FROM schema_migrations").fetchall())
    return _Held(versions, True)


def _check_known(held: _Held, migrations: Sequence[Migration]) -> None:
    known = {m.version: m.name for m in migrations}
    unknown = sorted(v for v in held.versions if v not in known)
    if unknown:
        raise DatabaseTooNewError(unknown[-1])
    for version, name in held.versions.items():
        if known[version] != name:
            raise UnknownDatabaseError(
                f"This database records migration {version} as “{name}”, but this service knows "
                f"migration {version} as “{known[version]}”; it was left as it was."
            )


def _apply(conn: db.Connection, migrations: Sequence[Migration]) -> list[int]:
    if conn.is_postgres:
        conn.execute("BEGIN")
        conn.execute("SELECT pg_advisory_xact_lock(?)", (db.WRITER_LOCK,))
    else:
        conn.execute("BEGIN IMMEDIATE")
    try:
        # Read again inside the write lock: another process may have migrated meanwhile.
        held = _held(conn)
        _check_known(held, migrations)
        pending = [m for m in migrations if m.version not in held.versions]
        if pending:
            conn.execute(_SCHEMA_MIGRATIONS)
        for migration in pending:
            try:
                migration.up(conn)
            except SchemaError:
                raise
            except (*db.DatabaseError, ValueError) as exc:
                raise MigrationFailedError(
                    f"Migration {migration.version} ({migration.name}) failed, so the database was "
                    f"left as it was: {_first_line(exc) if conn.is_postgres else exc}."
                ) from exc
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, _now()),
            )
        # (PostgreSQL checks every foreign key as it is written.)
        broken = [] if conn.is_postgres else conn.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            table = broken[0][0]
            raise MigrationFailedError(
                f"After migrating, rows of {table} refer to rows that do not exist, so the database "
                "was left as it was."
            )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return [m.version for m in pending]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


# -- backups ------------------------------------------------------------------------------


def backup_path(db_path: Path, version: int) -> Path:
    return db_path.with_name(f"{db_path.stem}.schema-{version}.backup{db_path.suffix}")


def backups(db_path: Path) -> list[Path]:
    """The pre-migration copies beside ``db_path``, the newest (highest version) first."""
    pattern = re.compile(re.escape(db_path.stem) + r"\.schema-(\d+)\.backup" + re.escape(db_path.suffix))
    found = [(int(m.group(1)), p) for p in db_path.parent.iterdir() if (m := pattern.fullmatch(p.name))]
    return [p for _, p in sorted(found, reverse=True)]


def backup(db_path: Path, version: int) -> Path:
    """Copy the database (consistent, even while others use it) to its backup name."""
    target = backup_path(db_path, version)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    os.chmod(partial, 0o600)  # personal information: readable by the service's user only
    with partial.open("rb") as file:
        os.fsync(file.fileno())
    os.replace(partial, target)
    return target


def prune_backups(db_path: Path, *, now: float | None = None) -> None:
    now = time.time() if now is None else now
    oldest = now - BACKUP_MAX_AGE_DAYS * 86400
    for position, path in enumerate(backups(db_path)):
        if position >= BACKUPS_KEPT or path.stat().st_mtime < oldest:
            path.unlink(missing_ok=True)
