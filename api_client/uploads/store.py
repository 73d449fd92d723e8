"""The queue's SQLite file: rows ↔ :class:`UploadItem`, its schema and its migrations.

One row per file, in a WAL-mode SQLite file that survives crashes and
restarts.

Thread-safe: one connection, used under one lock. State changes go through
:meth:`QueueStore.apply` and the transition table of :mod:`.states`.
"""

from __future__ import annotations

import contextlib
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

from .states import FINISHED, TRANSITIONS, Action, ItemState, next_step


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

    @property
    def progress(self) -> float:
        if self.state is ItemState.DONE:
            return 1.0
        return self.offset / self.size if self.size else 0.0


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


SCHEMA = """
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
);
CREATE INDEX IF NOT EXISTS items_state ON items(owner, state);
CREATE INDEX IF NOT EXISTS items_batch ON items(batch_id);
"""


def count_pending(db_path: str | os.PathLike[str]) -> int:
    """Files on this computer not yet uploaded, for every account. Read-only:
    unlike opening an ``UploadQueue`` it recovers and sweeps nothing."""
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


class QueueStore:
    """The rows of one account (``owner``) in a queue file; the file may hold other accounts' rows."""

    def __init__(self, db_path: str | os.PathLike[str], *, owner: str = "",
                 clock: Callable[[], float] = time.time) -> None:
        self.path = Path(db_path)
        self.owner = owner
        self.clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA busy_timeout=5000")
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.executescript(SCHEMA)
        except BaseException:
            self._conn.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._conn.close()

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

    def work(self) -> list[UploadItem]:
        """Files the runner may have something to do for, oldest first (it decides what and when)."""
        return self._select(
            f"i.owner = ? AND (i.state IN (?, ?, ?, ?) OR {_to_terminate('i')}) ORDER BY i.id", self.owner,
            ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.QUEUED, ItemState.FAILED)

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
                    "error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (self.owner, row.batch_id, row.grouping, row.source_path, row.name, row.state,
                     row.ticket_key, row.page, row.page_count, row.ticket_number, row.job, row.notes,
                     row.ticket_date, row.upload_key, now, now, row.error))
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
            self._write(item_id, {"state": target, **fields})
        return True

    def apply_to_all(self, action: Action) -> int:
        """Move every file (of every account) that ``action`` applies to; how many moved."""
        move = TRANSITIONS[action]
        assert move.target is not None, "a move to each file's next step is made one file at a time"
        with self._lock:
            return self._conn.execute(
                f"UPDATE items SET state = ?, updated_at = ? WHERE state IN ({_marks(move.sources)})",
                (move.target, self.clock(), *sorted(move.sources))).rowcount

    def update(self, item_id: int, **fields: Any) -> None:
        """Write what the runner learned (offset, upload URL, cleaned copy); states
        change through :meth:`apply`."""
        with self._lock:
            self._write(item_id, fields)

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
                if state in (ItemState.PREPARING, ItemState.DUPLICATE_CHECK, ItemState.WAITING_DECISION) \
                        or not row["checked"]:
                    return False
                going.append(row["id"])
            self._conn.executemany("UPDATE items SET page = ?, page_count = ? WHERE id = ?",
                                   [(page, len(going), item_id) for page, item_id in enumerate(going, start=1)])
        return bool(going)

    def remove_finished(self) -> list[UploadItem]:
        """Delete this account's uploaded, cancelled and refused rows, but for those the runner
        still needs (a partial upload to remove); the rows deleted."""
        with self._transaction():
            rows = self._select(f"i.owner = ? AND i.state IN ({_marks(FINISHED)}) AND NOT {_to_terminate('i')}",
                                self.owner, *sorted(FINISHED))
            self._conn.executemany("DELETE FROM items WHERE id = ?", [(item.id,) for item in rows])
        return rows

    def _write(self, item_id: int, fields: dict[str, Any]) -> None:
        fields["updated_at"] = self.clock()
        names = ", ".join(f"{name} = ?" for name in fields)
        self._conn.execute(f"UPDATE items SET {names} WHERE id = ?", (*fields.values(), item_id))

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
    )
