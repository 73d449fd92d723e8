"""Watched folders (api_client/watch) with real files, the real upload queue and the real service."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from api_client.media import split_pages
from api_client.uploads import ItemState, QueueRunner, UploadQueue
from api_client.uploads import store as queue_store
from api_client.watch import (
    NOT_UPLOADED_DIR,
    UPLOADED_DIR,
    FolderWatcher,
    Status,
    WatchedFolder,
)
from tests import media_samples
from tests.support.uploads import big_pdf, signed_in

STABLE = 0.15
#: "Copied at once, each uploaded exactly once" holds for a dozen as for a thousand; the thousand
#: (and the GUI's stall meanwhile) is ``./dev bench watch``.
AT_ONCE = 12


def distinct_jpeg(path: Path, n: int) -> Path:
    """A small JPEG no other ``n`` gives: ``n``'s bits as black and white pixels along the top
    (one pixel changed by a few levels can vanish in the compression: 2 of 2,000 came out alike)."""
    image = media_samples.picture((40 + n % 7, 30 + n // 7 % 11))
    for bit in range(24):
        image.putpixel((bit, 0), (255, 255, 255) if n >> bit & 1 else (0, 0, 0))
    image.save(path, format="JPEG", quality=90)
    return path


def pdf_of_pages(path: Path, pages: int) -> Path:
    """A PDF whose every page draws its own text (its content stream is unique)."""
    writer = PdfWriter()
    for n in range(pages):
        page = writer.add_blank_page(200, 100)
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 20 50 Td (Ticket {n + 1} of {pages}) Tj ET".encode())
        page[NameObject("/Contents")] = writer._add_object(stream)
    with path.open("wb") as out:
        writer.write(out)
    return path


def content_of(page) -> bytes:
    """A page's content stream as the reader decodes it (the drawing: text, lines, images placed)."""
    return page.get_contents().get_data()


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    """One service for the module (the tests' files differ, so they cannot meet as duplicates)."""
    from tests.support.service import start_service

    handle = start_service(tmp_path_factory.mktemp("watch-service"))
    yield handle
    handle.stop()


@pytest.fixture(scope="module")
def client(service):
    """One sign-in for the module's rigs."""
    c = signed_in(service.url)
    yield c
    c.close()


class Rig:
    """A queue, its runner and a watcher on ``folders``, against ``service`` as ``client``."""

    def __init__(self, client, tmp_path: Path, folders: list[WatchedFolder], **watcher) -> None:
        self.client = client
        self.queue = UploadQueue(tmp_path / "q" / "queue.sqlite3", tmp_path / "q" / "staging")
        self.runner = QueueRunner(self.queue, self.client, poll_interval=0.05, concurrency=2)
        self.lines: list[str] = []
        self.watcher = FolderWatcher(self.queue, folders, pages_dir=tmp_path / "q" / "pages",
                                     stable_seconds=watcher.pop("stable_seconds", STABLE),
                                     on_file=lambda e: self.lines.append(e.line()), **watcher)
        self.runner.start()
        self.watcher.start()

    def wait(self, predicate, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            assert time.monotonic() < deadline, (self.lines, [(i.name, i.state, i.error) for i in self.queue.items()],
                                                 self.watcher.states())
            time.sleep(0.05)

    def close(self) -> None:
        self.watcher.stop()
        self.runner.stop()
        self.queue.close()


@pytest.fixture
def rig_factory(client, tmp_path):
    rigs: list[Rig] = []

    def make(folders, **watcher) -> Rig:
        rig = Rig(client, tmp_path, folders, **watcher)
        rigs.append(rig)
        return rig

    yield make
    for rig in rigs:
        rig.close()


def files_in(folder: Path) -> list[str]:
    """What a person sees in ``folder``: its files, hidden ones (ours being written) left out."""
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def test_files_copied_at_once_are_each_uploaded_once_and_refused_ones_say_why(rig_factory, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rig = rig_factory([WatchedFolder(str(inbox), job="J-WATCH")], incomplete_grace=1.0)
    source = tmp_path / "source"
    source.mkdir()
    names = [distinct_jpeg(source / f"scan-{n:02d}.jpg", n).name for n in range(AT_ONCE)]
    media_samples.truncated_jpeg(source / "cut.jpg")
    (source / "notes.txt").write_text("not a ticket")
    for path in sorted(source.iterdir()):  # "at once": one copy after the other, no pause
        shutil.copy(path, inbox / path.name)
    done = inbox / UPLOADED_DIR
    rig.wait(lambda: len(files_in(done)) == AT_ONCE and len(files_in(inbox / NOT_UPLOADED_DIR)) == 4, timeout=60)
    assert files_in(done) == names
    assert files_in(inbox) == []
    assert files_in(inbox / NOT_UPLOADED_DIR) == ["cut.jpg", "cut.jpg.txt", "notes.txt", "notes.txt.txt"]
    reason = (inbox / NOT_UPLOADED_DIR / "notes.txt.txt").read_text("utf-8").strip()
    assert reason == "This file is not a supported photo or PDF."
    assert (inbox / NOT_UPLOADED_DIR / "cut.jpg.txt").read_text("utf-8").strip() == \
        next(i.error for i in rig.queue.items() if i.name == "cut.jpg")
    items = [i for i in rig.queue.items() if i.state is ItemState.DONE]
    assert sorted(i.name for i in items) == names and {i.job for i in items} == {"J-WATCH"}
    hashes = {hashlib.sha256((source / n).read_bytes()).hexdigest() for n in names}
    stored = {t.id for t in rig.client.tickets.list(scope="mine").items}
    assert {i.ticket_id for i in items} <= stored and len({i.ticket_id for i in items}) == AT_ONCE
    assert len(hashes) == AT_ONCE
    # The same file dropped again (same content): the queue knows it was sent and does not send it twice.
    shutil.copy(source / names[0], inbox / names[0])
    rig.wait(lambda: names[0] in files_in(inbox / NOT_UPLOADED_DIR))
    assert (inbox / NOT_UPLOADED_DIR / f"{names[0]}.txt").read_text("utf-8").startswith(
        "This file was already uploaded (ticket ")
    assert len([i for i in rig.queue.items() if i.state is ItemState.DONE]) == AT_ONCE


def test_a_pdf_written_slowly_in_ten_pieces_is_uploaded_once_whole(rig_factory, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # Pieces come slower than the stable window: only the missing end tells the file is not done.
    rig = rig_factory([WatchedFolder(str(inbox))], stable_seconds=0.1)
    data = big_pdf(tmp_path / "whole.pdf", 300 * 1024).read_bytes()
    target = inbox / "scanner.pdf"
    with target.open("wb") as out:
        step = -(-len(data) // 10)
        for n in range(10):
            out.write(data[n * step:(n + 1) * step])
            out.flush()
            time.sleep(0.15)
    rig.wait(lambda: files_in(inbox / UPLOADED_DIR) == ["scanner.pdf"] or files_in(inbox / NOT_UPLOADED_DIR))
    assert files_in(inbox / NOT_UPLOADED_DIR) == []
    items = rig.queue.items()
    assert len(items) == 1 and items[0].state is ItemState.DONE
    detail = rig.client.tickets.get(items[0].ticket_id)
    stored = rig.client.tickets.content(detail.id, detail.files[0].id)
    assert stored == data and hashlib.sha256(stored).hexdigest() == items[0].sha256


def test_polling_with_events_off_splits_a_30_page_pdf_into_30_tickets_of_the_same_pages(rig_factory, tmp_path,
                                                                                        monkeypatch):
    import watchdog.observers

    def no_events(*args, **kwargs):
        raise AssertionError("change events were used with polling asked for")

    monkeypatch.setattr(watchdog.observers, "Observer", no_events)
    inbox = tmp_path / "scanner"
    inbox.mkdir()
    rig = rig_factory([WatchedFolder(str(inbox), grouping="page", after="delete")], poll=0.2)
    source = pdf_of_pages(tmp_path / "stack.pdf", 30)
    shutil.copy(source, inbox / "stack.pdf")
    rig.wait(lambda: not (inbox / "stack.pdf").exists() and rig.queue.items()
             and all(i.state.finished for i in rig.queue.items()), timeout=60)
    assert rig.watcher.states()[0].status is Status.POLLING
    items = sorted(rig.queue.items(), key=lambda i: i.name)
    assert [i.state for i in items] == [ItemState.DONE] * 30
    assert [i.name for i in items] == [f"stack p{n:02d}.pdf" for n in range(1, 31)]
    assert len({i.ticket_id for i in items}) == 30
    originals = PdfReader(source).pages
    for n, item in enumerate(items):
        detail = rig.client.tickets.get(item.ticket_id)
        assert len(detail.files) == 1
        stored = PdfReader(io.BytesIO(rig.client.tickets.content(detail.id, detail.files[0].id)))
        assert len(stored.pages) == 1
        assert content_of(stored.pages[0]) == content_of(originals[n])
        assert stored.pages[0].mediabox == originals[n].mediabox
    assert files_in(inbox) == [] and not (inbox / UPLOADED_DIR).exists()
    assert list((tmp_path / "q" / "pages").glob("*/*")) == []  # the page files went once sent


def test_a_file_that_cannot_be_read_goes_to_not_uploaded_with_its_reason(rig_factory, tmp_path, monkeypatch):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    locked = distinct_jpeg(inbox / "locked.jpg", 1)
    if os.geteuid() != 0:
        locked.chmod(0)
        reason = "The app is not allowed to read this file."
    else:  # root reads any file: the share's read fails instead, as a dropped network share's does
        from api_client.watch import _files

        read_whole = _files.read_whole

        def failing_read(path: str) -> str:
            if path.endswith("locked.jpg"):
                raise OSError(errno.EIO, "Input/output error")
            return read_whole(path)

        monkeypatch.setattr(_files, "read_whole", failing_read)
        reason = "The file could not be read (Input/output error)."
    rig = rig_factory([WatchedFolder(str(inbox))], incomplete_grace=0.5)
    rig.wait(lambda: "locked.jpg.txt" in files_in(inbox / NOT_UPLOADED_DIR))
    assert (inbox / NOT_UPLOADED_DIR / "locked.jpg.txt").read_text("utf-8").strip() == reason
    assert rig.queue.items() == []


def test_a_file_put_aside_has_its_reason_beside_it_before_it_appears_and_a_failed_move_leaves_no_note(
        monkeypatch, tmp_path):
    from api_client.watch import _files

    root = tmp_path / "inbox"
    (root / "sub").mkdir(parents=True)
    source = root / "sub" / "scan.jpg"
    source.write_bytes(b"not a picture")
    seen_when_moved: list[list[str]] = []
    real_move = shutil.move

    def watching_move(src, dst):
        seen_when_moved.append(files_in(Path(dst).parent))
        return real_move(src, dst)

    monkeypatch.setattr(shutil, "move", watching_move)
    moved = _files.move_into(source, root, NOT_UPLOADED_DIR, reason="This file is not a picture or a PDF.")
    assert moved == root / NOT_UPLOADED_DIR / "sub" / "scan.jpg" and not source.exists()
    assert seen_when_moved == [["scan.jpg.txt"]]
    assert files_in(moved.parent) == ["scan.jpg", "scan.jpg.txt"]
    assert sorted(p.name for p in moved.parent.iterdir()) == ["scan.jpg", "scan.jpg.txt"]  # no partial left

    second = root / "sub" / "scan.jpg"
    second.write_bytes(b"again")

    def failing_move(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied", src)

    monkeypatch.setattr(shutil, "move", failing_move)
    with pytest.raises(PermissionError):
        _files.move_into(second, root, NOT_UPLOADED_DIR, reason="Refused.")
    assert second.read_bytes() == b"again"
    assert files_in(moved.parent) == ["scan.jpg", "scan.jpg.txt"]  # no "scan (2).jpg.txt" without its file


def test_each_sub_folder_becomes_one_ticket_and_a_folder_not_there_is_an_error(rig_factory, tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / "job-7").mkdir(parents=True)
    for n in range(3):
        distinct_jpeg(inbox / "job-7" / f"page-{n}.jpg", 100 + n)
    missing = tmp_path / "share-down"
    rig = rig_factory([WatchedFolder(str(inbox), grouping="folder"), WatchedFolder(str(missing))])
    rig.wait(lambda: (inbox / UPLOADED_DIR / "job-7").is_dir())
    items = rig.queue.items()
    assert [i.state for i in items] == [ItemState.DONE] * 3
    assert len({i.ticket_id for i in items if i.ticket_id}) == 1
    assert sorted(i.page for i in items) == [1, 2, 3]
    states = {s.folder: s for s in rig.watcher.states()}
    assert states[str(missing)].status is Status.ERROR
    assert states[str(missing)].message.startswith("The folder is not there (a drive or share not connected?)")


def test_a_restart_after_a_crash_between_the_ledger_and_the_queue_queues_the_file_once(client, tmp_path):
    """The ledger row is written, the process dies before the queue rows are: queued at the next start."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    photo = distinct_jpeg(inbox / "one.jpg", 500)  # content of its own: the module shares one service
    db = tmp_path / "q" / "queue.sqlite3"
    UploadQueue(db, tmp_path / "q" / "staging").close()
    conn = sqlite3.connect(db)
    info = photo.stat()
    conn.execute("INSERT INTO watched_files (owner, folder, path, size, mtime_ns, sha256, batch_id, state, "
                 "created_at, updated_at) VALUES ('', ?, ?, ?, ?, ?, 'b-1', 'taken', 0, 0)",
                 (str(inbox), str(photo), info.st_size, info.st_mtime_ns,
                  hashlib.sha256(photo.read_bytes()).hexdigest()))
    conn.commit()
    conn.close()
    rig = Rig(client, tmp_path, [WatchedFolder(str(inbox))])
    try:
        rig.wait(lambda: files_in(inbox / UPLOADED_DIR) == ["one.jpg"])
        time.sleep(3 * STABLE)  # nothing else is taken: the scan knows the file
        assert [(i.name, i.state, i.batch_id) for i in rig.queue.items()] == [("one.jpg", ItemState.DONE, "b-1")]
    finally:
        rig.close()


def test_a_queue_of_schema_2_gains_the_watched_files_table_and_keeps_its_rows(tmp_path):
    db = tmp_path / "queue.sqlite3"
    conn = sqlite3.connect(db)
    for migration in queue_store.MIGRATIONS[:2]:
        migration.apply(conn)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO items (batch_id, grouping, source_path, name, state, ticket_key, upload_key, "
                 "created_at, updated_at) VALUES ('b', 'one-ticket-each', '/x.jpg', 'x.jpg', 'queued', 'k', 'u', 0, 0)")
    conn.commit()
    conn.close()
    with UploadQueue(db, tmp_path / "staging") as queue:
        assert [i.name for i in queue.items()] == ["x.jpg"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == queue_store.SCHEMA_VERSION
    assert conn.execute("SELECT count(*) FROM watched_files").fetchone()[0] == 0
    conn.close()
    assert queue_store.backup_path(db, 2).is_file()


def test_a_tiff_split_keeps_every_frames_pixels(tmp_path):
    frames = [media_samples.picture((30 + n, 20)) for n in range(3)]
    src = tmp_path / "stack.tiff"
    frames[0].save(src, format="TIFF", compression="tiff_lzw", save_all=True, append_images=frames[1:])
    pages = split_pages(src, tmp_path / "pages")
    assert [p.name for p in pages] == ["stack p01.tiff", "stack p02.tiff", "stack p03.tiff"]
    for frame, page in zip(frames, pages, strict=True):
        with Image.open(page) as image:
            assert image.info.get("compression") == "tiff_lzw"
            assert image.tobytes() == frame.tobytes()
    assert split_pages(media_samples.small_pdf(tmp_path / "one.pdf"), tmp_path / "p1") == [tmp_path / "one.pdf"]


def test_two_watchers_never_take_the_same_folder(client, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = Rig(client, tmp_path / "a", [WatchedFolder(str(inbox))])
    try:
        first.wait(lambda: first.watcher.states()[0].status is Status.WATCHING)
        second = Rig(client, tmp_path / "b", [WatchedFolder(str(inbox))], lock_dir=tmp_path / "a" / "q" / "locks")
        try:
            second.wait(lambda: second.watcher.states()[0].status is Status.ERROR)
            assert "Another Ticket Pros program" in second.watcher.states()[0].message
        finally:
            second.close()
    finally:
        first.close()


def test_entries_of_files_that_left_their_folder_are_forgotten_after_a_month(tmp_path):
    from api_client.watch import EntryState, Ledger
    from api_client.watch._ledger import NewEntry

    db = tmp_path / "queue.sqlite3"
    UploadQueue(db, tmp_path / "staging").close()
    ledger = Ledger(db)
    try:
        moved, kept = ledger.take([NewEntry("/in", "/in/a.pdf", 1, 1, "aa"), NewEntry("/in", "/in/b.pdf", 1, 1, "bb")],
                                  "batch")
        ledger.set_state([moved.id], EntryState.UPLOADED)
        ledger.set_state([kept.id], EntryState.KEPT)
        assert ledger.prune() == 0  # a fresh one stays
        assert ledger.prune(older_than_days=-1) == 1  # as if a month had passed: the moved one goes
        assert [e.path for e in ledger.in_place()] == ["/in/b.pdf"]  # a file still in place is remembered
    finally:
        ledger.close()


def test_a_watcher_asked_to_stop_lets_its_folders_go_even_if_stop_is_never_called(client, tmp_path):
    """The app quitting asks its watcher to stop and leaves stop() to a task that may never run."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = Rig(client, tmp_path / "a", [WatchedFolder(str(inbox))])
    try:
        first.wait(lambda: first.watcher.states()[0].status is Status.WATCHING)
        thread = first.watcher._thread
        first.watcher.request_stop()
        thread.join(10)
        assert not thread.is_alive()
        second = Rig(client, tmp_path / "b", [WatchedFolder(str(inbox))], lock_dir=tmp_path / "a" / "q" / "locks")
        try:
            second.wait(lambda: second.watcher.states()[0].status is Status.WATCHING)
        finally:
            second.close()
    finally:
        first.close()


def test_a_paused_folder_is_let_go_once_its_files_in_flight_are_done_and_taken_again_on_resume(client, tmp_path):
    """Two programs on one folder (each its own queue, one lock folder, as two apps of one computer or
    an app and ``ticketpros watch``): the one that pauses it keeps it until its file is sent and moved,
    then the other takes it; resumed, the first takes it again once the other lets it go."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    locks = tmp_path / "locks"
    first = Rig(client, tmp_path / "a", [WatchedFolder(str(inbox))], lock_dir=locks, poll=0.2)
    try:
        first.wait(lambda: first.watcher.states()[0].status is Status.POLLING)
        first.runner.pause_all()  # the file taken stays in flight until resumed
        distinct_jpeg(inbox / "one.jpg", 9001)
        first.wait(lambda: len(first.queue.items()) == 1)
        first.watcher.pause(str(inbox))
        first.wait(lambda: first.watcher.states()[0].status is Status.PAUSED)
        second = Rig(client, tmp_path / "b", [WatchedFolder(str(inbox))], lock_dir=locks, poll=0.2)
        try:
            second.wait(lambda: second.watcher.states()[0].status is Status.ERROR)
            time.sleep(1.5)  # the second tries again each second: the folder is still the first's
            assert second.watcher.states()[0].status is Status.ERROR
            first.runner.resume_all()
            first.wait(lambda: files_in(inbox / UPLOADED_DIR) == ["one.jpg"])
            second.wait(lambda: second.watcher.states()[0].status is Status.POLLING)
            distinct_jpeg(inbox / "two.jpg", 9002)
            second.wait(lambda: files_in(inbox / UPLOADED_DIR) == ["one.jpg", "two.jpg"])
            first.watcher.resume(str(inbox))
            first.wait(lambda: first.watcher.states()[0].status is Status.ERROR)
            second.watcher.pause(str(inbox))  # nothing of it in flight: let go at once
            first.wait(lambda: first.watcher.states()[0].status is Status.POLLING)
            assert [i.name for i in first.queue.items()] == ["one.jpg"]
            assert [i.name for i in second.queue.items()] == ["two.jpg"]
        finally:
            second.close()
    finally:
        first.close()
