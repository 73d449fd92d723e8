"""The service's database: SQLite (a file in the data dir, the default) or PostgreSQL.

Every part of the service talks to it through one :class:`Connection`, one per
request (or per worker), whatever the engine:

* ``execute(sql, params)`` / ``executemany``, with ``?`` placeholders, returning a
  cursor (``fetchone``, ``fetchall``, iteration, ``rowcount``) whose rows are read by
  position or by column name and turn into a dict with ``dict(row)`` (as ``sqlite3.Row``);
* :func:`transaction`: the single writer. SQLite's ``BEGIN IMMEDIATE`` takes the
  file's write lock; on PostgreSQL the same is ``BEGIN`` and a transaction-level
  advisory lock (``pg_advisory_xact_lock``) every writer takes, which serialises the
  read-then-write sequences of every API process and worker on that database as the
  file lock serialises them on one machine. Extraction workers claim jobs without it
  (``transaction(conn, writers_lock=False)``, rows taken with ``FOR UPDATE SKIP LOCKED``),
  so several claim side by side and none waits behind an upload's write.

The SQL the service writes is portable where that costs nothing (``ON CONFLICT``, not
``INSERT OR IGNORE``; ``"offset"`` quoted, it is a keyword on PostgreSQL; ``RETURNING``,
not ``lastrowid``). What still differs is translated here, on PostgreSQL only, once per
statement text (:func:`postgres_sql`): ``?`` becomes ``%s`` (and a literal ``%``
``%%``), ``LIKE`` ``ILIKE`` (SQLite's ignores case), and the DDL of the migrations gets PostgreSQL's types (:func:`postgres_ddl`).
Values keep SQLite's shapes: a Python bool is stored as the integer 0 or 1 (the
schema's flags are INTEGER columns), ``SUM``/``AVG`` come back as int or float, never
``Decimal``; timestamps are ISO text on both.

What only SQLite has and what stands for it on PostgreSQL:

* ``PRAGMA secure_delete`` (erased rows overwritten in the file): PostgreSQL's dead rows
  are reclaimed by (auto)vacuum; the hosted database is encrypted at rest, and its
  backups rotate out within the policy's window (§6), as the SQLite backups here do.
* ``PRAGMA wal_checkpoint`` after an erasure (no copy left in the write-ahead log):
  PostgreSQL recycles its WAL segments itself; nothing to do per erasure.
* the pre-migration copy beside the file (``server.migrations.backup``): the managed
  database's own backups / point-in-time recovery, taken before an upgrade.
* ``PRAGMA foreign_keys``: always on there (migrations use ``ALTER TABLE`` instead
  of SQLite's table rebuilds).

The tables are made and changed only by the ordered migrations of
``server/migrations`` (recorded in the database's ``schema_migrations``), which
:func:`initialise` applies when the service opens the database; one written by a
newer service is refused untouched (``migrations.SchemaError``).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

#: Where the database is: a SQLite file, or a ``postgresql://`` URL (libpq's format).
Target = Path | str

SQLITE = "sqlite"
POSTGRESQL = "postgresql"

#: The advisory lock every writing transaction takes on PostgreSQL (any constant the
#: service owns; "TPDB" in ASCII).
WRITER_LOCK = 0x54504442

try:  # PostgreSQL support is optional at import time: SQLite needs nothing more.
    import psycopg
    from psycopg.adapt import Dumper, Loader
except ImportError:  # pragma: no cover - psycopg is in the server extra
    psycopg = None  # type: ignore[assignment]

#: The errors of either engine, for ``except db.DatabaseError`` (tuples: beside other classes,
#: unpack them, ``except (OSError, *OperationalError)``; an except clause takes no nested tuple).
DatabaseError: tuple[type[Exception], ...] = (sqlite3.Error,) + ((psycopg.Error,) if psycopg else ())
#: A database that could not do what was asked now (locked, gone, disk full).
OperationalError: tuple[type[Exception], ...] = (
    (sqlite3.OperationalError,) + ((psycopg.OperationalError,) if psycopg else ()))
IntegrityError: tuple[type[Exception], ...] = (
    (sqlite3.IntegrityError,) + ((psycopg.IntegrityError,) if psycopg else ()))


class TextWithNulError(ValueError):
    """A text value holding a NUL character, refused before it reaches PostgreSQL: its text
    types cannot hold one (SQLite's can), and psycopg would fail the statement with a
    ``DataError`` that ended the request with a 500. No stored text holds one there, so what
    a ``SELECT`` looks up with one (``lookup``) does not exist, as SQLite would find; any other
    statement's value is one the service cannot keep (``server.http_errors`` answers each)."""

    def __init__(self, message: str, *, lookup: bool) -> None:
        super().__init__(message)
        self.lookup = lookup


def dialect_of(target: Target) -> str:
    text = str(target)
    return POSTGRESQL if text.startswith(("postgresql://", "postgres://")) else SQLITE


class Row(tuple):
    """A PostgreSQL row read as ``sqlite3.Row`` is: by position, by name, ``dict(row)``."""

    __slots__ = ()
    _names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    description = cursor.description
    if description is None:
        return tuple
    return _row_type(tuple(column.name for column in description))


@lru_cache(maxsize=1024)
def _row_type(names: tuple[str, ...]) -> type[Row]:
    positions: dict[str, int] = {}
    for position, name in enumerate(names):
        positions.setdefault(name, position)  # a name twice: the first, as sqlite3.Row
    return type("Row", (Row,), {"__slots__": (), "_names": positions})


class Connection:
    """One connection to the service's database (see the module's docstring)."""

    def __init__(self, raw: Any, dialect: str) -> None:
        self.raw = raw
        self.dialect = dialect

    @property
    def is_postgres(self) -> bool:
        return self.dialect == POSTGRESQL

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        if self.dialect == SQLITE:
            return self.raw.execute(sql, params)
        _refuse_nul(sql, params)
        return self.raw.execute(postgres_sql(sql), params or None)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> Any:
        if self.dialect == SQLITE:
            return self.raw.executemany(sql, seq)
        rows = list(seq)
        for params in rows:
            _refuse_nul(sql, params)
        cursor = self.raw.cursor()
        cursor.executemany(postgres_sql(sql), rows)
        return cursor

    @property
    def in_transaction(self) -> bool:
        if self.dialect == SQLITE:
            return self.raw.in_transaction
        return self.raw.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    def commit(self) -> None:
        """End the transaction in progress, if any (as sqlite3's ``commit``)."""
        if self.in_transaction:
            self.execute("COMMIT")

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: object, exc: object, traceback: object) -> None:
        # As sqlite3's: commit what is pending (or roll it back), keep the connection open.
        if self.in_transaction:
            self.execute("ROLLBACK" if kind is not None else "COMMIT")


def _refuse_nul(sql: str, params: Sequence[Any] | dict[str, Any]) -> None:
    for value in params.values() if isinstance(params, dict) else params:
        if isinstance(value, str) and "\x00" in value:
            raise TextWithNulError("PostgreSQL text cannot hold a NUL character",
                                   lookup=sql.lstrip().upper().startswith("SELECT"))


def connect(target: Target) -> Connection:
    if dialect_of(target) == POSTGRESQL:
        return _connect_postgres(str(target))
    # check_same_thread=False: FastAPI may resolve a dependency and run the
    # route on different worker threads; one request still uses it serially.
    conn = sqlite3.connect(target, timeout=10, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    # Erased personal information must not linger in free pages of the file.
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA synchronous = NORMAL")
    return Connection(conn, SQLITE)


def _connect_postgres(url: str) -> Connection:
    if psycopg is None:  # pragma: no cover
        raise RuntimeError("PostgreSQL needs psycopg: pip install 'ticketpros-desktop[server]'")
    # autocommit: as SQLite's isolation_level=None, a statement outside transaction() is
    # its own transaction; transaction() says BEGIN itself.
    raw = psycopg.connect(url, autocommit=True, row_factory=_row_factory, connect_timeout=10)
    raw.adapters.register_dumper(bool, _BoolAsInteger)
    for name in ("numeric",):
        raw.adapters.register_loader(name, _NumberLoader)
    # A writer waits for the lock as long as SQLite's busy_timeout lets it (10 s).
    raw.execute("SET lock_timeout = '10s'")
    return Connection(raw, POSTGRESQL)


if psycopg is not None:

    class _BoolAsInteger(Dumper):
        """True/False as 1/0: the schema's flags are INTEGER columns, as on SQLite."""

        oid = psycopg.adapters.types["int8"].oid

        def dump(self, obj: bool) -> bytes:
            return b"1" if obj else b"0"

    class _NumberLoader(Loader):
        """NUMERIC (what SUM of integers and AVG give) as int or float, as SQLite gives them."""

        def load(self, data: Any) -> int | float:
            text = bytes(data).decode("ascii")
            try:
                return int(text)
            except ValueError:
                return float(text)


@contextmanager
def transaction(conn: Connection, *, writers_lock: bool = True) -> Iterator[Connection]:
    """The single writer, so read-then-write sequences never interleave (see the module).

    ``writers_lock=False`` opens a PostgreSQL transaction that does not take the writers'
    lock, so it neither waits for nor holds up the other writers (on SQLite it changes
    nothing: the file has one writer). Only for a transaction whose every write is to rows
    it first locked with ``SELECT … FOR UPDATE SKIP LOCKED`` (rows another transaction holds
    are passed over, never waited for): nothing it writes can change under it, it never
    waits for a lock once it has them, so it takes part in no deadlock, and a writer that
    wants those rows waits only for its commit. What it reads without a lock must be
    something whose writer touches none of those rows, so that either order of the two is
    one the writers' lock could have given. ``extraction.jobs.claim`` is the one user and
    says why it qualifies."""
    if conn.dialect == SQLITE:
        conn.execute("BEGIN IMMEDIATE")
    else:
        conn.execute("BEGIN")
    try:
        if conn.dialect == POSTGRESQL and writers_lock:
            conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))
        yield conn
    except BaseException:
        if conn.in_transaction or conn.dialect == SQLITE:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def initialise(target: Target) -> None:
    """Make the database, or bring it up to this service's schema (see ``server.migrations``)."""
    from . import migrations

    if dialect_of(target) == SQLITE:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    migrations.migrate(target)


# -- PostgreSQL's spelling of the service's SQL ----------------------------------------------

# A quoted string or identifier (kept as it is), a comment (dropped: its words may hold an
# apostrophe or a question mark), a placeholder, or a percent sign.
_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|\?|%|\bLIKE\b")


@lru_cache(maxsize=2048)
def postgres_sql(sql: str) -> str:
    """``sql`` as PostgreSQL (psycopg) takes it: ``%s`` placeholders, DDL types."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token.startswith("--"):
            return ""
        if token.startswith("'"):  # psycopg reads every % of the text, even in a literal
            return token.replace("%", "%%")
        # SQLite's LIKE ignores case (of ASCII letters); PostgreSQL's ILIKE does.
        return {"?": "%s", "%": "%%", "LIKE": "ILIKE"}.get(token, token)

    text = _TOKENS.sub(swap, sql)
    head = text.lstrip().upper()
    if head.startswith(("CREATE TABLE", "ALTER TABLE")):
        text = postgres_ddl(text)
    return text


_DDL = (
    # SQLite's rowid alias that is never reused: an identity column.
    (re.compile(r"\bINTEGER\s+PRIMARY\s+KEY\s+AUTOINCREMENT\b", re.IGNORECASE),
     "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    # SQLite's INTEGER holds 64 bits, REAL is a double, BLOB is bytes.
    (re.compile(r"\bINTEGER\b", re.IGNORECASE), "BIGINT"),
    (re.compile(r"\bREAL\b", re.IGNORECASE), "DOUBLE PRECISION"),
    (re.compile(r"\bBLOB\b", re.IGNORECASE), "BYTEA"),
    # The one GLOB of the schema (billing.card_last4: digits only).
    (re.compile(r"NOT GLOB '\*\[\^0-9\]\*'"), "!~ '[^0-9]'"),
    # uploads.offset: a keyword there (SQLite's DDL is kept as it shipped).
    (re.compile(r"^(\s*)offset(\s)", re.MULTILINE), r'\1"offset"\2'),
)


def postgres_ddl(sql: str) -> str:
    for pattern, replacement in _DDL:
        sql = pattern.sub(replacement, sql)
    return sql
