"""Queue files of every earlier release, opened by today's code and sent to the end.

``queue_schemas/`` holds each schema the queue was ever created with, taken
from the project's history (``git log -- api_client/uploads/queue.py``; the
commits between e7a2f4c and 73c3880 did not change it). For each, a file is
made as that release left it, with files waiting in every state a file could
wait in (half-sent ones on the real service), then today's queue opens it and
uploads everything once, with the SHA-256 it was checked with.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from api_client.media import prepare
from api_client.uploads import (
    SCHEMA_VERSION,
    ItemState,
    QueueRunner,
    QueueTooNewError,
    TusUploader,
    UploadQueue,
    schema_version,
)
from api_client.uploads import store as queue_store
from tests.support.uploads import MiB, big_pdf, signed_in

SCHEMAS = sorted((Path(__file__).parent / "queue_schemas").glob("*.sql"))
CHUNK = 256 * 1024
NEWER = "This upload queue was written by a newer Ticket Pros Desktop; update the app"


def _columns(schema: Path) -> set[str]:
    conn = sqlite3.connect(":memory:")
    conn.executescript(schema.read_text())
    columns = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
    conn.close()
    return columns


def test_the_fixtures_hold_every_historical_schema():
    assert [s.stem for s in SCHEMAS] == ["e7a2f4c-73c3880", "e7ce623"]
    owned, first = (_columns(s) for s in SCHEMAS)
    assert owned - first == {"owner"} and first < owned


class OldQueue:
    """A queue file as an earlier release wrote it: its schema, rows written column by column."""

    def __init__(self, schema: Path, db: Path, staging: Path, owner: str) -> None:
        self.db, self.staging, self.owner = db, staging, owner
        staging.mkdir(parents=True)
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA journal_mode=WAL")  # as every release opened it
        conn.executescript(schema.read_text())
        self.columns = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
        conn.close()

    def add(self, source: Path, state: str, *, prepared: bool = True, checked: bool = True, owner: str | None = None,
            batch: str | None = None, **columns) -> dict:
        now = time.time()
        key = str(uuid.uuid4())
        row = {"batch_id": batch or key, "grouping": "one-multi-page-ticket" if batch else "one-ticket-each",
               "source_path": str(source), "name": source.name, "state": state, "ticket_key": batch or key,
               "page": None if batch else 1, "page_count": None if batch else 1, "job": "Migrated",
               "upload_key": str(uuid.uuid4()), "created_at": now, "updated_at": now, "owner": owner or self.owner}
        if prepared:
            ready = prepare(source, self.staging)
            row.update(staged_path=str(ready.path), size=ready.size, mime=ready.mime, sha256=ready.sha256,
                       name=ready.original_name, removed=json.dumps(list(ready.removed)), checked=int(checked))
        row.update(columns)
        row = {name: value for name, value in row.items() if name in self.columns}
        conn = sqlite3.connect(self.db)
        with conn:
            cursor = conn.execute(f"INSERT INTO items ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                                  tuple(row.values()))
        conn.close()
        return {**row, "id": cursor.lastrowid}

    def half_sent(self, client, row: dict) -> tuple[str, int]:
        """Create the row's upload on the service and send its first chunk, as the release's runner did."""
        uploader = TusUploader(client, chunk_size=CHUNK)
        metadata = {"filename": row["name"], "filetype": row["mime"], "sha256": row["sha256"],
                    "ticket_key": row["ticket_key"], "page": 1, "page_count": 1, "job": "Migrated"}
        url = uploader.create(row["size"], metadata, idempotency_key=row["upload_key"])
        data = Path(row["staged_path"]).read_bytes()[:CHUNK]
        offset, _ = uploader._patch(url, 0, data, None, lambda sent: None)
        conn = sqlite3.connect(self.db)
        with conn:
            conn.execute("UPDATE items SET upload_url = ?, offset = ? WHERE id = ?", (url, offset, row["id"]))
        conn.close()
        return url, offset


def _wait(queue: UploadQueue, predicate, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, [(i.name, i.state, i.error) for i in queue.items()]
        time.sleep(0.05)


@pytest.mark.parametrize("schema", SCHEMAS, ids=[s.stem for s in SCHEMAS])
def test_an_old_queue_with_files_in_every_pending_state_is_uploaded_to_the_end(service, tmp_path, schema):
    client = signed_in(service.url)
    owned = "owner" in _columns(schema)
    # Files queued before there was an owner are the SDK default account's (see store._adopt_unversioned).
    owner = f"{service.url} {client.me().user.id}" if owned else ""
    db, staging = tmp_path / "queue" / "upload-queue.sqlite3", tmp_path / "queue" / "staging"
    old = OldQueue(schema, db, staging, owner)
    files = tmp_path / "files"
    files.mkdir()

    def pdf(name: str, seed: int) -> Path:
        return big_pdf(files / name, MiB + seed * 1000, seed=seed)

    rows = {
        "preparing": old.add(pdf("preparing.pdf", 1), "preparing", prepared=False),
        "duplicate_check": old.add(pdf("check.pdf", 2), "duplicate_check", checked=False),
        "waiting_decision": old.add(pdf("decide.pdf", 3), "waiting_decision", duplicates=json.dumps(
            [{"ticket_id": None, "ticket_number": None, "page": None, "created_at": None,
              "uploaded_by_me": True, "queued_as": "an earlier scan"}])),
        "queued": old.add(pdf("queued.pdf", 4), "queued"),
        "uploading": old.add(pdf("uploading.pdf", 5), "uploading"),   # the app was killed mid-upload
        "paused_halfway": old.add(pdf("paused-halfway.pdf", 6), "queued"),  # "Pause all" mid-upload
        "failed": old.add(pdf("failed.pdf", 7), "failed", attempts=1, next_attempt_at=time.time() + 1,
                          error="The connection to the service was lost."),
        "paused": old.add(pdf("paused.pdf", 8), "paused"),
    }
    batch = str(uuid.uuid4())
    rows["page_1"] = old.add(pdf("page-1.pdf", 9), "queued", batch=batch)
    rows["page_2"] = old.add(pdf("page-2.pdf", 10), "preparing", prepared=False, batch=batch)
    sent = {name: old.half_sent(client, rows[name]) for name in ("uploading", "paused_halfway")}
    if owned:  # another account's file waits in the same file and is never sent under this sign-in
        rows["bobs"] = old.add(pdf("bobs.pdf", 11), "queued", owner=f"{service.url} usr_bob")

    queue = UploadQueue(db, staging, owner=owner)
    runner = QueueRunner(queue, client, chunk_size=CHUNK, poll_interval=0.05)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        backup = db.with_name("upload-queue.v0.backup.sqlite3")
        with sqlite3.connect(backup) as copy:  # the file as it was, beside it
            assert copy.execute("SELECT count(*) FROM items").fetchone()[0] == len(rows)
            assert copy.execute("PRAGMA user_version").fetchone()[0] == 0
        mine = {item.id: item for item in queue.items()}
        assert len(mine) == len(rows) - owned and mine[rows["uploading"]["id"]].state is ItemState.QUEUED
        assert mine[rows["uploading"]["id"]].offset == sent["uploading"][1] == CHUNK

        runner.start()
        _wait(queue, lambda: queue.get(rows["waiting_decision"]["id"]).state is ItemState.WAITING_DECISION)
        queue.decide(rows["waiting_decision"]["id"], upload_anyway=True)
        queue.resume(rows["paused"]["id"])
        _wait(queue, lambda: all(item.state.finished for item in queue.items()))
        assert runner.wait_idle(10)
    finally:
        runner.stop()
        queue.close()

    done = {item.id: item for item in UploadQueue(db, staging, owner=owner).items()}
    assert {item.state for item in done.values()} == {ItemState.DONE}, [(i.name, i.error) for i in done.values()]
    for name in ("uploading", "paused_halfway"):  # resumed from the service's offset, not started again
        assert done[rows[name]["id"]].upload_url == sent[name][0]
    assert done[rows["page_1"]["id"]].ticket_id == done[rows["page_2"]["id"]].ticket_id
    assert sorted(done[rows[p]["id"]].page for p in ("page_1", "page_2")) == [1, 2]
    with service.db() as conn:
        assert conn.execute("SELECT count(*) FROM uploads").fetchone()[0] == len(done)  # no twin upload
        received = {}
        for item in done.values():  # each file stored once, with the SHA-256 it was checked with
            found = conn.execute("SELECT file_id FROM ticket_file_received WHERE sha256 = ?",
                                 (item.sha256,)).fetchall()
            assert len(found) == 1, item.name
            received[item.id] = found[0][0]
    for item in done.values():
        ticket = client.tickets.get(item.ticket_id)
        assert received[item.id] in {f.id for f in ticket.files} and ticket.status != "uploading"
    if owned:
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT state FROM items WHERE id = ?", (rows["bobs"]["id"],)).fetchone()[0] == "queued"
        conn.close()
    client.close()


def test_a_new_queue_starts_at_the_latest_version_without_a_backup(tmp_path):
    db = tmp_path / "q.sqlite3"
    with UploadQueue(db, tmp_path / "staging") as queue:
        assert queue.items() == []
    assert schema_version(db) == SCHEMA_VERSION
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []
    with UploadQueue(db, tmp_path / "staging"):  # opening an up-to-date file changes nothing
        pass
    assert [p.name for p in tmp_path.iterdir() if "backup" in p.name] == []


def test_a_queue_from_a_newer_app_is_refused_and_left_byte_for_byte(tmp_path):
    db = tmp_path / "upload-queue.sqlite3"
    with UploadQueue(db, tmp_path / "staging") as queue:
        queue.add([big_pdf(tmp_path / "waiting.pdf", 64 * 1024)])
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("ALTER TABLE items ADD COLUMN something_new TEXT")
    conn.close()
    before = db.read_bytes()
    neighbours = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(QueueTooNewError) as refused:
        UploadQueue(db, tmp_path / "staging")
    assert refused.value.message == NEWER and str(refused.value) == NEWER
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []
    assert set(neighbours) <= {p.name for p in tmp_path.iterdir()}


def test_a_migration_that_fails_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    db = tmp_path / "upload-queue.sqlite3"
    old = OldQueue(SCHEMAS[-1], db, tmp_path / "staging", owner="")
    old.add(big_pdf(tmp_path / "a.pdf", 64 * 1024), "preparing", prepared=False)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE items ADD COLUMN half_done TEXT")
        raise sqlite3.OperationalError("disk I/O error")

    migrations = (*queue_store.MIGRATIONS, queue_store.Migration(SCHEMA_VERSION + 1, "broken", broken))
    monkeypatch.setattr(queue_store, "MIGRATIONS", migrations)
    monkeypatch.setattr(queue_store, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        UploadQueue(db, tmp_path / "staging")
    conn = sqlite3.connect(db)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(items)")}
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
    assert "owner" not in columns and "half_done" not in columns  # none of the migrations stayed
    assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 1
    conn.close()
    monkeypatch.undo()
    with UploadQueue(db, tmp_path / "staging") as queue:  # the next start migrates it for real
        assert [item.state for item in queue.items()] == [ItemState.PREPARING]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_a_queue_at_each_later_version_migrates_on_with_its_own_backup(tmp_path, version: int):
    """Files written by this code's own earlier versions (user_version 1 …) go on the same way."""
    db = tmp_path / "upload-queue.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    for migration in queue_store.MIGRATIONS[:version]:
        migration.apply(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    now = time.time()
    conn.execute("INSERT INTO items (batch_id, grouping, source_path, name, state, ticket_key, upload_key, "
                 "created_at, updated_at) VALUES ('b', 'one-ticket-each', '/x.pdf', 'x.pdf', 'preparing', 'k', 'u', "
                 "?, ?)", (now, now))
    conn.close()
    with UploadQueue(db, tmp_path / "staging") as queue:
        (item,) = queue.items()
        assert item.state is ItemState.PREPARING and item.note is None
    assert schema_version(db) == SCHEMA_VERSION
    assert schema_version(db.with_name(f"upload-queue.v{version}.backup.sqlite3")) == version


def test_backups_older_than_a_month_and_beyond_the_newest_two_go_when_the_queue_opens(tmp_path):
    db = tmp_path / "upload-queue.sqlite3"
    UploadQueue(db, tmp_path / "staging").close()
    now = time.time()
    ages = {0: 40, 1: 3, 2: 2, 3: 1}  # days; version 0's copy is past the month, version 1's the third newest
    for version, days in ages.items():
        copy = db.with_name(f"upload-queue.v{version}.backup.sqlite3")
        copy.write_bytes(b"a copy")
        os.utime(copy, (now - days * 86400, now - days * 86400))
    untouched = tmp_path / "upload-queue.notes.txt"
    untouched.write_text("not a backup")

    UploadQueue(db, tmp_path / "staging").close()

    assert sorted(p.name for p in tmp_path.glob("*.backup.sqlite3")) == [
        "upload-queue.v2.backup.sqlite3", "upload-queue.v3.backup.sqlite3"]
    assert untouched.exists()
