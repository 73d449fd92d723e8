"""What watched folders took: the ``watched_files`` table in the upload queue's SQLite file.

The queue's migrations create it (``store.py``, version 3). Each entry is a
file (or a sub-folder taken as one ticket) by path, size, modification time
and content hash, the queue batch its rows were written in, and what became
of it. The entry is written *before* the queue rows (state ``taken``, with the
batch id); the rows are then written in one transaction. After a crash an
entry still ``taken`` either has its rows (all of them: it is then
``queued``) or none (it is queued again): nothing is lost, nothing sent twice.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path


class EntryState(StrEnum):
    TAKEN = "taken"            # recorded; its queue rows may not be written yet
    QUEUED = "queued"          # its files are in the queue
    UPLOADED = "uploaded"      # sent, and moved to "Uploaded" or deleted
    KEPT = "kept"              # sent and left in place: still there, never to be sent again
    NOT_UPLOADED = "not_uploaded"  # moved to "Not uploaded", with the reason beside it


#: How long an entry of a file that left its folder is kept (what it became, for the person's questions).
KEEP_DAYS = 30
#: Entries whose file is still where it was found, by that path: not taken again.
IN_PLACE = (EntryState.TAKEN, EntryState.QUEUED, EntryState.KEPT)


@dataclass(frozen=True)
class Entry:
    id: int
    folder: str
    path: str
    size: int
    mtime_ns: int
    sha256: str
    batch_id: str
    state: EntryState
    reason: str | None
    pages: tuple[str, ...]


@dataclass(frozen=True)
class NewEntry:
    folder: str
    path: str
    size: int
    mtime_ns: int
    sha256: str
    pages: tuple[str, ...] = ()


class Ledger:
    """The entries of one account (``owner``); its own connection to the queue's file."""

    def __init__(self, db_path: str | Path, owner: str = "") -> None:
        self.owner = owner
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._conn.execute("PRAGMA synchronous=FULL")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def open_entries(self) -> list[Entry]:
        """Entries not finished (taken or queued), oldest first."""
        return self._select("owner = ? AND state IN (?, ?) ORDER BY id", self.owner,
                            EntryState.TAKEN, EntryState.QUEUED)

    def in_place(self) -> list[Entry]:
        """Entries whose file stays where it was found (what a scan must not take again)."""
        return self._select(f"owner = ? AND state IN ({','.join('?' * len(IN_PLACE))})", self.owner, *IN_PLACE)

    def find(self, path: str, sha256: str) -> Entry | None:
        """An entry for this file with this content that is still in place (taken again: no)."""
        found = self._select(f"owner = ? AND path = ? AND sha256 = ? AND state IN ({','.join('?' * len(IN_PLACE))})",
                             self.owner, path, sha256, *IN_PLACE)
        return found[0] if found else None

    def take(self, entries: Sequence[NewEntry], batch_id: str) -> list[Entry]:
        """Record files about to be queued in batch ``batch_id``, in one transaction."""
        now = time.time()
        with self._transaction() as conn:
            ids = [conn.execute(
                "INSERT INTO watched_files (owner, folder, path, size, mtime_ns, sha256, batch_id, state, pages, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.owner, e.folder, e.path, e.size, e.mtime_ns, e.sha256, batch_id, EntryState.TAKEN,
                 json.dumps(list(e.pages)), now, now)).lastrowid for e in entries]
        return self._select(f"id IN ({','.join('?' * len(ids))}) ORDER BY id", *ids) if ids else []

    def set_state(self, entry_ids: Sequence[int], state: EntryState, reason: str | None = None) -> None:
        with self._transaction() as conn:
            conn.executemany("UPDATE watched_files SET state = ?, reason = ?, updated_at = ? WHERE id = ?",
                             [(state, reason, time.time(), entry_id) for entry_id in entry_ids])

    def touch(self, entry_id: int, size: int, mtime_ns: int) -> None:
        """The file was touched (same content, new time): remember the new time."""
        with self._transaction() as conn:
            conn.execute("UPDATE watched_files SET size = ?, mtime_ns = ?, updated_at = ? WHERE id = ?",
                         (size, mtime_ns, time.time(), entry_id))

    def prune(self, older_than_days: float = KEEP_DAYS) -> int:
        """Forget entries of files no longer in place (moved to Uploaded or Not uploaded, or deleted)
        after ``older_than_days``: only files still where they were found need remembering."""
        oldest = time.time() - older_than_days * 86400
        with self._transaction() as conn:
            return conn.execute("DELETE FROM watched_files WHERE owner = ? AND state IN (?, ?) AND updated_at < ?",
                                (self.owner, EntryState.UPLOADED, EntryState.NOT_UPLOADED, oldest)).rowcount

    def _select(self, where: str, *params: object) -> list[Entry]:
        with self._lock:
            rows = self._conn.execute(f"SELECT * FROM watched_files WHERE {where}", params).fetchall()
        return [Entry(id=r["id"], folder=r["folder"], path=r["path"], size=r["size"], mtime_ns=r["mtime_ns"],
                      sha256=r["sha256"], batch_id=r["batch_id"], state=EntryState(r["state"]),
                      reason=r["reason"], pages=tuple(json.loads(r["pages"]))) for r in rows]

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
