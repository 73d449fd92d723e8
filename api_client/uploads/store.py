"""The queue's SQLite file: rows ↔ :class:`UploadItem`, its schema and its migrations.

One row per file, in a WAL-mode SQLite file that survives crashes and
restarts. The file says which schema it holds (``PRAGMA user_version``);
opening it applies the missing :data:`MIGRATIONS` in order, in one
transaction, after a copy of the file is made beside it
(``upload-queue.v1.backup.sqlite3`` for a file at version 1). A file written
by a newer version of the app is refused with :class:`QueueTooNewError` and
left exactly as it is. Copies older than a month, and all but the newest two, go
when the file is opened (:func:`prune_backups`).

Thread-safe: one connection, used under one lock. State changes go through
:meth:`QueueStore.apply` and the transition table of :mod:`.states`.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from .._errors import TicketProsError
from .states import FINISHED, TRANSITIONS, Action, ItemState, next_step


class QueueTooNewError(TicketProsError):
    """The queue file was written by a newer version of the app: it is left untouched."""

    def __init__(self) -> None:
        super().__init__("This upload queue was written by a newer Ticket Pros Desktop; update the app")


class QualityPolicy(StrEnum):
    """What the runner does with a photo the quality check finds hard to read (``media._quality``)."""

    #: It waits, HELD, for the person's Send anyway or Remove (the app's Uploads page).
    HOLD = "hold"
    #: It is sent with its warning, which the ticket shows (scripts, ``ticketpros upload``, watched folders).
    FLAG = "flag"
    #: Not looked at.
    OFF = "off"


class Grouping(StrEnum):
    ONE_TICKET_EACH = "one-ticket-each"
    ONE_MULTI_PAGE_TICKET = "one-multi-page-ticket"


@dataclass(frozen=True)
class UploadItem:
    """One file in the queue, as stored."""

    id: int
    batch_id: str
    name: str
    source_path: str
    state: ItemState
    error: str | None
    next_attempt_at: float | None
    attempts: int
    size: int | None
    mime: str | None
    sha256: str | None
    staged_path: str | None
    removed: tuple[str, ...]
    duplicates: tuple[dict[str, Any], ...]
    page: int | None
    page_count: int | None
    ticket_number: str | None
    job: str | None
    notes: str | None
    offset: int
    upload_url: str | None
    ticket_id: str | None
    created_at: float
    ticket_date: str | None = field(default=None, kw_only=True)
    grouping: Grouping = field(default=Grouping.ONE_TICKET_EACH, kw_only=True)
    #: Pages of one ticket share it: the service makes the ticket once however often a page is retried.
    ticket_key: str = field(default="", kw_only=True)
    #: The Idempotency-Key of the upload's creating POST.
    upload_key: str = field(default="", kw_only=True)
    #: Looked for as a duplicate already / the person chose to send it anyway.
    checked: bool = field(default=False, kw_only=True)
    allow_duplicate: bool = field(default=False, kw_only=True)
    #: What the person is told about the ticket the file became part of (pages that did not arrive).
    note: str | None = field(default=None, kw_only=True)
    #: What becomes of a photo that looks unreadable, and what the check found (a ``media.Problem``
    #: value such as "blurred"; sent with the file, the ticket shows it).
    quality_policy: QualityPolicy = field(default=QualityPolicy.FLAG, kw_only=True)
    quality_warning: str | None = field(default=None, kw_only=True)

    @property
    def progress(self) -> float:
        if self.state is ItemState.DONE:
            return 1.0
        return self.offset / self.size if self.size else 0.0


@dataclass(frozen=True)
class QueueSummary:
    """Counts per state, and bytes to send and sent (done files whole, others their offset)
    over the files that are or will be uploaded (not cancelled or refused)."""

    counts: dict[ItemState, int]
    total: int
    sent: int

    @property
    def files(self) -> int:
        return sum(self.counts.values())

    @property
    def finished(self) -> int:
        return sum(n for state, n in self.counts.items() if state.finished)


@dataclass(frozen=True)
class NewItem:
    """A row :meth:`QueueStore.insert` writes (what ``UploadQueue.add`` decided)."""

    batch_id: str
    grouping: Grouping
    source_path: str | bytes
    name: str
    state: ItemState
    ticket_key: str
    page: int | None
    page_count: int | None
    ticket_number: str | None
    job: str | None
    notes: str | None
    ticket_date: str | None
    upload_key: str
    error: str | None = None
    quality_policy: QualityPolicy = QualityPolicy.FLAG
    #: Sent whatever content the service already has (no duplicate look-up).
    allow_duplicate: bool = False


# -- the schema, version by version ---------------------------------------------------------------

#: Every release up to 73c3880 created this table with ``CREATE … IF NOT EXISTS`` and no version
#: (user_version 0); e7ce623, the first, had no ``owner`` column and indexed ``state`` alone.
_ITEMS_V1 = """
CREATE TABLE IF NOT EXISTS items (
    id              INTEGER PRIMARY KEY,
    owner           TEXT NOT NULL DEFAULT '',   -- whose files: "<server> <user id>"
    batch_id        TEXT NOT NULL,
    grouping        TEXT NOT NULL,
    source_path     TEXT NOT NULL,
    name            TEXT NOT NULL,
    state           TEXT NOT NULL,
    error           TEXT,
    next_attempt_at REAL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    staged_path     TEXT,
    size            INTEGER,
    mime            TEXT,
    sha256          TEXT,
    removed         TEXT NOT NULL DEFAULT '[]',
    checked         INTEGER NOT NULL DEFAULT 0,
    allow_duplicate INTEGER NOT NULL DEFAULT 0,
    duplicates      TEXT NOT NULL DEFAULT '[]',
    ticket_key      TEXT NOT NULL,
    page            INTEGER,
    page_count      INTEGER,
    ticket_number   TEXT,
    job             TEXT,
    ticket_date     TEXT,
    notes           TEXT,
    upload_key      TEXT NOT NULL,
    upload_url      TEXT,
    offset          INTEGER NOT NULL DEFAULT 0,
    ticket_id       TEXT,
    created_at      REAL NOT NULL,
    updated_at      REAL NOT NULL
)
"""


def _adopt_unversioned(conn: sqlite3.Connection) -> None:
    """Version 1: the table of every unversioned release (or a new file)."""
    conn.execute(_ITEMS_V1)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(items)")}  # (cid, name, …)
    if "owner" not in columns:
        # e7ce623's files: nobody recorded whose they are. '' is the SDK's default owner, so
        # a script sends them; the app (which signs in as someone) never sends them under
        # another person's account.
        conn.execute("ALTER TABLE items ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
    conn.execute("DROP INDEX IF EXISTS items_state")  # e7ce623's was on (state) alone
    conn.execute("CREATE INDEX items_state ON items(owner, state)")
    conn.execute("CREATE INDEX IF NOT EXISTS items_batch ON items(batch_id)")


def _add_note(conn: sqlite3.Connection) -> None:
    """Version 2: ``note``, what the person is told about the ticket (pages that did not arrive)."""
    conn.execute("ALTER TABLE items ADD COLUMN note TEXT")


#: What a watched folder took (api_client/watch/_ledger.py): each file by path, size, time and
#: content hash, the batch of queue rows it became, and what became of it; nothing is sent twice
#: across restarts. ``path`` is a file, or a sub-folder taken as one ticket.
_WATCHED_FILES = """
CREATE TABLE watched_files (
    id          INTEGER PRIMARY KEY,
    owner       TEXT NOT NULL,
    folder      TEXT NOT NULL,
    path        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    mtime_ns    INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    batch_id    TEXT NOT NULL,      -- the queue batch its rows are in (several entries may share one)
    state       TEXT NOT NULL,      -- taken | queued | uploaded | kept | not_uploaded
    reason      TEXT,
    pages       TEXT NOT NULL DEFAULT '[]',   -- page files made by a split, removed when done
    created_at  REAL NOT NULL,
    updated_at  REAL NOT NULL
)
"""


def _add_watched_files(conn: sqlite3.Connection) -> None:
    """Version 3: ``watched_files``, what watched folders took."""
    conn.execute(_WATCHED_FILES)
    conn.execute("CREATE INDEX watched_files_path ON watched_files(owner, path)")
    conn.execute("CREATE INDEX watched_files_state ON watched_files(owner, state)")
    conn.execute("CREATE INDEX watched_files_batch ON watched_files(batch_id)")


def _add_quality(conn: sqlite3.Connection) -> None:
    """Version 3: the photo quality check. ``quality_policy``: hold or flag a photo that looks
    unreadable (files queued before had no check: 'flag', they go on as they were);
    ``quality_warning``: what the check found, sent with the file."""
    conn.execute(f"ALTER TABLE items ADD COLUMN quality_policy TEXT NOT NULL DEFAULT '{QualityPolicy.FLAG.value}'")
    conn.execute("ALTER TABLE items ADD COLUMN quality_warning TEXT")


@dataclass(frozen=True)
class Migration:
    version: int
    what: str
    apply: Callable[[sqlite3.Connection], None]


#: In order; the file's user_version is the last one applied. Never change a released one: add one.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "adopt the unversioned queue (add owner to e7ce623's files)", _adopt_unversioned),
    Migration(2, "add note", _add_note),
    # feat/watch: "the next version" (the lead renumbers at merge if another branch adds one).
    Migration(3, "add watched_files", _add_watched_files),
    Migration(4, "add quality_policy and quality_warning (held photos)", _add_quality),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def schema_version(db_path: str | os.PathLike[str]) -> int:
    """The schema version of a queue file, read without changing it (0: unversioned or no file)."""
    path = Path(db_path)
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


def backup_path(db_path: Path, version: int) -> Path:
    """Where the copy made before migrating a file from ``version`` goes: beside it."""
    return db_path.with_name(f"{db_path.stem}.v{version}.backup{db_path.suffix}")


#: Copies made before a migration are kept this long, the newest ``BACKUPS_KEPT`` of them: long
#: enough to go back if a new version misbehaves, not for ever (they list the files queued then).
BACKUP_MAX_AGE_DAYS = 30
BACKUPS_KEPT = 2


def backups(db_path: Path) -> list[Path]:
    """The copies made before migrations of the queue at ``db_path``, newest first."""
    found = [p for p in db_path.parent.glob(f"{db_path.stem}.v*.backup{db_path.suffix}") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def prune_backups(db_path: Path, *, now: float | None = None) -> None:
    oldest = (time.time() if now is None else now) - BACKUP_MAX_AGE_DAYS * 86400
    for position, path in enumerate(backups(db_path)):
        with contextlib.suppress(OSError):
            if position >= BACKUPS_KEPT or path.stat().st_mtime < oldest:
                path.unlink()


def queue_files(db_path: str | os.PathLike[str]) -> list[Path]:
    """Every file of the queue at ``db_path`` that exists: the database, its WAL
    and shared-memory files, and the copies kept from before each migration
    (what a person is shown under "On this computer")."""
    path = Path(db_path)
    candidates = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return [p for p in candidates if p.is_file()] + backups(path)


def count_pending(db_path: str | os.PathLike[str]) -> int:
    """Files on this computer not yet uploaded, for every account. Read-only:
    unlike opening an ``UploadQueue`` it migrates, recovers and sweeps nothing."""
    path = Path(db_path)
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=2)
    try:
        return conn.execute(
            f"SELECT count(*) FROM items WHERE state NOT IN ({_marks(FINISHED)})", sorted(FINISHED)
        ).fetchone()[0]
    finally:
        conn.close()


def _marks(values: Iterable[Any]) -> str:
    return ",".join("?" * len(list(values)))


_UNFINISHED_SQL = ", ".join(f"'{s.value}'" for s in ItemState if s not in FINISHED)


def _to_terminate(t: str) -> str:
    """Rows ``t``: a cancelled file whose partial upload is still on the service (the runner removes it)."""
    return f"({t}.state = '{ItemState.CANCELLED.value}' AND {t}.upload_url IS NOT NULL AND {t}.ticket_id IS NULL)"


def _completion_due(c: str) -> str:
    """Rows ``c``: a numbered page of a multi-page ticket that will never arrive (cancelled or
    refused), while others did and nothing of the ticket is still going: the ticket is to be
    finished with the pages that arrived (the note says it was)."""
    return f"""(
        {c}.state IN ('{ItemState.CANCELLED.value}', '{ItemState.REJECTED.value}') AND {c}.page IS NOT NULL
        AND {c}.grouping = '{Grouping.ONE_MULTI_PAGE_TICKET.value}' AND {c}.note IS NULL
        AND EXISTS (SELECT 1 FROM items d WHERE d.batch_id = {c}.batch_id AND d.state = '{ItemState.DONE.value}')
        AND NOT EXISTS (SELECT 1 FROM items u WHERE u.batch_id = {c}.batch_id
                        AND (u.state IN ({_UNFINISHED_SQL}) OR {_to_terminate("u")})))"""


#: Steps of the runner committed without waiting for the disk (about 6 ms an fsync here, three
#: or four a file). A power cut may take them back, never a file: the queue file is a WAL,
#: which loses only its newest commits, and every step lost is done again with the same result.
#: A file goes back to being prepared (its orphaned copy is removed when the queue opens),
#: checked, or sent; sent again it carries the same Idempotency-Key, so the service answers
#: with the upload it already has (or HEAD with its offset), never a second ticket. What a
#: person did (adding, pausing, cancelling, deciding) and a file's arrival (UPLOADED) are
#: synced before the app goes on, as is everything before them in the log.
REDONE_AFTER_POWER_CUT = frozenset({Action.PREPARED, Action.CHECKED, Action.START_UPLOAD, Action.STOPPED,
                                    Action.RETRY_DUE})


class QueueStore:
    """The rows of one account (``owner``) in a queue file; the file may hold other accounts' rows."""

    def __init__(self, db_path: str | os.PathLike[str], *, owner: str = "",
                 clock: Callable[[], float] = time.time) -> None:
        self.path = Path(db_path)
        self.owner = owner
        self.clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if schema_version(self.path) > SCHEMA_VERSION:
            raise QueueTooNewError()  # before anything could write to it
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA busy_timeout=5000")
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except BaseException:
            self._conn.close()
            raise
        prune_backups(self.path)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- versions --------------------------------------------------------------

    def _migrate(self) -> None:
        conn = self._conn
        if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return  # the usual case: no write lock needed
        with self._transaction():
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:  # another process upgraded it meanwhile
                raise QueueTooNewError()
            if version == SCHEMA_VERSION:
                return
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                self._backup(backup_path(self.path, version))
            for migration in MIGRATIONS:
                if migration.version > version:
                    migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _backup(self, target: Path) -> None:
        # A second connection reads the last committed state, which the write lock we hold
        # keeps as it is until the migration commits (a connection cannot back up its own
        # open transaction).
        source = sqlite3.connect(self.path)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()

    # -- reading ---------------------------------------------------------------

    def items(self) -> list[UploadItem]:
        return self._select("i.owner = ? ORDER BY i.id", self.owner)

    def get(self, item_id: int) -> UploadItem | None:
        found = self._select("i.id = ? AND i.owner = ?", item_id, self.owner)
        return found[0] if found else None

    def batch(self, batch_id: str) -> list[UploadItem]:
        return self._select("i.batch_id = ? AND i.owner = ? ORDER BY i.id", batch_id, self.owner)

    def pending_count(self) -> int:
        """Files not yet uploaded, cancelled or refused (what the app's badge shows)."""
        with self._lock:
            return self._conn.execute(
                f"SELECT count(*) FROM items WHERE owner = ? AND state NOT IN ({_marks(FINISHED)})",
                (self.owner, *sorted(FINISHED))).fetchone()[0]

    def local_duplicates(self, item_id: int, sha256: str) -> list[dict[str, Any]]:
        """Earlier files of this account with the same content, not cancelled or refused."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, name, ticket_id FROM items WHERE owner = ? AND sha256 = ? AND id < ? "
                "AND state NOT IN (?, ?)",
                (self.owner, sha256, item_id, ItemState.CANCELLED, ItemState.REJECTED)).fetchall()
        return [{"ticket_id": row["ticket_id"], "ticket_number": None, "page": None, "created_at": None,
                 "uploaded_by_me": True, "queued_as": row["name"]} for row in rows]

    def claimable(self, now: float, skip: Iterable[int] = (), chunk: int = 2, *,
                  preparing_only: bool = False) -> Iterator[UploadItem]:
        """Files the runner may have something to do for at ``now`` (being prepared or checked,
        queued, failed with a try due, cancelled with a partial upload to remove), but for those
        in ``skip``; oldest first, read a few rows at a time: a claim reads the rows it looks
        at, not every waiting one (1,000 waiting files made each claim read 1,000 rows).

        One indexed query per state (``items_state`` is on (owner, state), and SQLite indexes
        carry the rowid, so ``state = ? ORDER BY id LIMIT n`` walks the index in order), merged
        by id. A failed file without a next try (it waits for "Retry now") is not claimable.
        ``preparing_only``: the files being prepared or checked, no other."""
        skip = set(skip)
        due = "(i.next_attempt_at IS NULL OR i.next_attempt_at <= ?)"
        streams = [self._stream(f"i.state = '{state.value}' AND {due}", now, skip, chunk)
                   for state in (ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.QUEUED)]
        if preparing_only:
            return heapq.merge(*streams[:2], key=lambda item: item.id)
        streams.append(self._stream(f"i.state = '{ItemState.FAILED.value}' AND i.next_attempt_at IS NOT NULL "
                                    "AND i.next_attempt_at <= ?", now, skip, chunk))
        streams.append(self._stream(f"{_to_terminate('i')} AND {due}", now, skip, chunk))
        return heapq.merge(*streams, key=lambda item: item.id)

    def _stream(self, where: str, now: float, skip: set[int], chunk: int) -> Iterator[UploadItem]:
        last = 0
        while True:
            rows = self._select(f"i.owner = ? AND {where} AND i.id > ? ORDER BY i.id LIMIT ?",
                                self.owner, now, last, chunk)
            for item in rows:
                if item.id not in skip:
                    yield item
            if len(rows) < chunk:
                return
            last = rows[-1].id
            chunk = min(64, chunk * 4)  # the first rows usually serve; more at a time when they do not

    def settled(self) -> bool:
        """Nothing of this account can move without a person: every file done, refused,
        cancelled (its partial upload removed), paused or waiting for a decision, and no
        ticket to finish. Aggregate queries, no rows read."""
        waiting = (ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.QUEUED, ItemState.UPLOADING,
                   ItemState.FAILED)
        with self._lock:
            busy = self._conn.execute(
                f"SELECT EXISTS (SELECT 1 FROM items i WHERE i.owner = ? AND i.state IN ({_marks(waiting)})) "
                f"OR EXISTS (SELECT 1 FROM items i WHERE i.owner = ? AND {_to_terminate('i')}) "
                f"OR EXISTS (SELECT 1 FROM items i WHERE i.owner = ? AND {_completion_due('i')})",
                (self.owner, *waiting, self.owner, self.owner)).fetchone()[0]
        return not busy

    def summary(self) -> QueueSummary:
        """Counts per state and bytes of this account's files, by one aggregate query."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT state, count(*), coalesce(sum(size), 0), coalesce(sum(CASE WHEN state = ? THEN size "
                "ELSE min(offset, coalesce(size, 0)) END), 0) FROM items WHERE owner = ? GROUP BY state",
                (ItemState.DONE, self.owner)).fetchall()
        counts = {ItemState(row[0]): row[1] for row in rows}
        sized = [row for row in rows if ItemState(row[0]) not in (ItemState.CANCELLED, ItemState.REJECTED)]
        return QueueSummary(counts=counts, total=sum(row[2] for row in sized), sent=sum(row[3] for row in sized))

    def count_in(self, states: Iterable[ItemState]) -> int:
        """How many of this account's files are in ``states`` (the (owner, state) index, no rows read)."""
        states = sorted(states)
        with self._lock:
            return self._conn.execute(f"SELECT count(*) FROM items WHERE owner = ? AND state IN ({_marks(states)})",
                                      (self.owner, *states)).fetchone()[0]

    def in_states(self, states: Iterable[ItemState]) -> list[UploadItem]:
        """This account's files in ``states``, oldest first (by the (owner, state) index)."""
        states = sorted(states)
        return self._select(f"i.owner = ? AND i.state IN ({_marks(states)}) ORDER BY i.id", self.owner, *states)

    def completions_due(self, now: float | None = None) -> list[UploadItem]:
        """One lost page (cancelled or refused after the pages were numbered) per multi-page
        ticket to finish with the pages that arrived; ``now`` None: whether due or not."""
        rows = self._select(
            f"i.owner = ? AND {_completion_due('i')} AND (? IS NULL OR i.next_attempt_at IS NULL "
            "OR i.next_attempt_at <= ?) ORDER BY i.id", self.owner, now, now)
        first: dict[str, UploadItem] = {}
        for item in rows:
            first.setdefault(item.batch_id, item)
        return list(first.values())

    def staged_paths_in_use(self) -> set[str]:
        """Cleaned copies a row not yet finished still needs (any account's)."""
        with self._lock:
            return {row[0] for row in self._conn.execute(
                f"SELECT staged_path FROM items WHERE staged_path IS NOT NULL AND state NOT IN ({_marks(FINISHED)})",
                sorted(FINISHED))}

    def _select(self, where: str, *params: Any) -> list[UploadItem]:
        """Rows ``i`` of ``items`` matching ``where``."""
        with self._lock:
            rows = self._conn.execute(f"SELECT i.* FROM items i WHERE {where}", params).fetchall()
        return [_item(row) for row in rows]

    # -- writing ---------------------------------------------------------------

    def insert(self, rows: Sequence[NewItem]) -> list[int]:
        """Write new rows in one transaction; their ids, in order."""
        now = self.clock()
        ids = []
        with self._transaction():
            for row in rows:
                cursor = self._conn.execute(
                    "INSERT INTO items (owner, batch_id, grouping, source_path, name, state, ticket_key, page, "
                    "page_count, ticket_number, job, notes, ticket_date, upload_key, created_at, updated_at, "
                    "error, quality_policy, allow_duplicate) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self.owner, row.batch_id, row.grouping, row.source_path, row.name, row.state,
                     row.ticket_key, row.page, row.page_count, row.ticket_number, row.job, row.notes,
                     row.ticket_date, row.upload_key, now, now, row.error, row.quality_policy,
                     int(row.allow_duplicate)))
                ids.append(cursor.lastrowid)
        return ids

    def apply(self, item_id: int, action: Action, **fields: Any) -> bool:
        """Move one of this account's files by ``action`` (see :data:`.states.TRANSITIONS`) and
        write ``fields`` with it; False, writing nothing, when its state does not allow it."""
        move = TRANSITIONS[action]
        with self._lock:
            row = self._conn.execute("SELECT state, staged_path, checked FROM items WHERE id = ? AND owner = ?",
                                     (item_id, self.owner)).fetchone()
            if row is None or ItemState(row["state"]) not in move.sources:
                return False
            target = move.target or next_step(staged=row["staged_path"] is not None, checked=bool(row["checked"]))
            self._write(item_id, {"state": target, **fields}, durable=action not in REDONE_AFTER_POWER_CUT)
        return True

    def apply_to_all(self, action: Action) -> int:
        """Move every file (of every account) that ``action`` applies to; how many moved."""
        move = TRANSITIONS[action]
        assert move.target is not None, "a move to each file's next step is made one file at a time"
        with self._lock:
            return self._conn.execute(
                f"UPDATE items SET state = ?, updated_at = ? WHERE state IN ({_marks(move.sources)})",
                (move.target, self.clock(), *sorted(move.sources))).rowcount

    def update(self, item_id: int, *, durable: bool = True, **fields: Any) -> None:
        """Write what the runner learned (offset, upload URL, cleaned copy, note); states
        change through :meth:`apply`. ``durable=False``: what a power cut may take back
        because the runner learns it again (see :data:`REDONE_AFTER_POWER_CUT`)."""
        with self._lock:
            self._write(item_id, fields, durable=durable)

    def number_pages(self, batch_id: str) -> bool:
        """Number the pages of a multi-page ticket once every file of it is checked and
        decided; refused and skipped files get no page. False while some are not ready."""
        with self._transaction():
            rows = self._conn.execute("SELECT id, state, checked FROM items WHERE batch_id = ? ORDER BY id",
                                      (batch_id,)).fetchall()
            going = []
            for row in rows:
                state = ItemState(row["state"])
                if state in (ItemState.CANCELLED, ItemState.REJECTED):
                    continue
                if state in (ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.WAITING_DECISION,
                             ItemState.HELD) \
                        or not row["checked"]:
                    return False
                going.append(row["id"])
            self._conn.executemany("UPDATE items SET page = ?, page_count = ? WHERE id = ?",
                                   [(page, len(going), item_id) for page, item_id in enumerate(going, start=1)])
        return bool(going)

    def remove_held(self, item_id: int) -> UploadItem | None:
        """Delete one of this account's held photos (never sent: nothing on the service to
        remove); the row deleted, or None when it is not held (any more)."""
        with self._transaction():
            found = self._select("i.id = ? AND i.owner = ? AND i.state = ?", item_id, self.owner, ItemState.HELD)
            if found:
                self._conn.execute("DELETE FROM items WHERE id = ?", (item_id,))
        return found[0] if found else None

    def remove_finished(self) -> list[UploadItem]:
        """Delete this account's uploaded, cancelled and refused rows, but for those the runner
        still needs (a partial upload to remove, a ticket to finish); the rows deleted."""
        with self._transaction():
            rows = self._select(
                f"i.owner = ? AND i.state IN ({_marks(FINISHED)}) AND NOT {_to_terminate('i')} AND NOT EXISTS "
                f"(SELECT 1 FROM items c WHERE c.batch_id = i.batch_id AND {_completion_due('c')})",
                self.owner, *sorted(FINISHED))
            self._conn.executemany("DELETE FROM items WHERE id = ?", [(item.id,) for item in rows])
        return rows

    def _write(self, item_id: int, fields: dict[str, Any], *, durable: bool = True) -> None:
        fields["updated_at"] = self.clock()
        names = ", ".join(f"{name} = ?" for name in fields)
        if durable:
            self._conn.execute(f"UPDATE items SET {names} WHERE id = ?", (*fields.values(), item_id))
            return
        # Committed without waiting for the disk (WAL, synchronous=NORMAL): it survives the app
        # being killed; a power cut may take it back, until the next durable commit syncs the log.
        self._conn.execute("PRAGMA synchronous=NORMAL")
        try:
            self._conn.execute(f"UPDATE items SET {names} WHERE id = ?", (*fields.values(), item_id))
        finally:
            self._conn.execute("PRAGMA synchronous=FULL")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``, or ``ROLLBACK`` on any exception, under the lock."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")


def _item(row: sqlite3.Row) -> UploadItem:
    return UploadItem(
        id=row["id"], batch_id=row["batch_id"], name=row["name"], source_path=os.fsdecode(row["source_path"]),
        state=ItemState(row["state"]), error=row["error"], next_attempt_at=row["next_attempt_at"],
        attempts=row["attempts"], size=row["size"], mime=row["mime"], sha256=row["sha256"],
        staged_path=row["staged_path"], removed=tuple(json.loads(row["removed"])),
        duplicates=tuple(json.loads(row["duplicates"])), page=row["page"], page_count=row["page_count"],
        ticket_number=row["ticket_number"], job=row["job"], notes=row["notes"], offset=row["offset"],
        upload_url=row["upload_url"], ticket_id=row["ticket_id"], created_at=row["created_at"],
        ticket_date=row["ticket_date"], grouping=Grouping(row["grouping"]), ticket_key=row["ticket_key"],
        upload_key=row["upload_key"], checked=bool(row["checked"]), allow_duplicate=bool(row["allow_duplicate"]),
        note=row["note"], quality_policy=QualityPolicy(row["quality_policy"]),
        quality_warning=row["quality_warning"],
    )
