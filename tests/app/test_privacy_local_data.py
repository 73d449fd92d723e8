"""``app.privacy.local_data``: sizes, the pending upload count and clearing,
on real files in the isolated home."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QLocale

from api_client.uploads import UploadQueue
from app import paths
from app.formatting import format_size
from app.logs import setup_logging
from app.privacy import local_data


def write(path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def make_queue(states: list[str], tmp_path) -> None:
    """A real upload queue whose items are in ``states``."""
    sources = []
    for n in range(len(states)):
        sources.append(tmp_path / f"photo{n}.jpg")
        write(sources[-1], b"jpeg")
    with UploadQueue(paths.upload_queue_file(), paths.staging_dir(), owner="test") as queue:
        items = queue.add(sources)
    db = sqlite3.connect(paths.upload_queue_file())
    with db:
        for item, state in zip(items, states, strict=True):
            db.execute("UPDATE items SET state = ? WHERE id = ?", (state, item.id))
    db.close()


def test_measure_reports_every_location_with_sizes():
    write(paths.thumbnail_cache_dir() / "a.png", b"t" * 300)
    write(paths.cache_dir() / "http" / "x", b"c" * 200)
    write(paths.log_dir() / "ticketpros.log", b"l" * 50)
    write(paths.staging_dir() / "p.jpg", b"s" * 1000)
    report = local_data.measure()
    items = {item.key: item for item in report.items}
    assert items["thumbnails"].size == 300 and items["thumbnails"].cleared
    assert items["cache"].size == 200  # thumbnails are counted once, in their own row
    assert items["logs"].size == 50
    assert items["upload_queue"].size == 1000 and not items["upload_queue"].cleared
    assert not items["settings"].cleared and items["settings"].size == 0
    assert report.pending_uploads == 0  # no queue file: nothing waits
    assert report.clearable_size == 550


def test_pending_uploads_are_counted_read_only(tmp_path):
    make_queue(["paused", "failed", "done", "cancelled"], tmp_path)
    queue = paths.upload_queue_file()
    before = queue.read_bytes()
    assert local_data.count_pending_uploads() == 2
    assert queue.read_bytes() == before


def test_unreadable_queue_is_unknown_and_kept():
    write(paths.upload_queue_file(), b"this is not a database")
    assert local_data.count_pending_uploads() is None
    result = local_data.clear_local_data()
    assert result.pending_uploads_kept is None
    assert paths.upload_queue_file().read_bytes() == b"this is not a database"


def test_clear_removes_cache_and_old_logs_keeps_queue_and_current_log_usable(tmp_path):
    log_file = setup_logging()
    logging.getLogger("test").info("before clearing")
    make_queue(["queued"], tmp_path)
    write(paths.staging_dir() / "a.jpg", b"cleaned")
    write(paths.thumbnail_cache_dir() / "1.png", b"t" * 10)
    write(paths.cache_dir() / "nested" / "deep" / "f", b"c" * 20)
    write(paths.log_dir() / "ticketpros.log.1", b"o" * 30)
    result = local_data.clear_local_data()
    assert result.removed_files == 3 and result.freed_bytes >= 60
    assert result.pending_uploads_kept == 1 and result.failures == ()
    assert list(paths.cache_dir().iterdir()) == []
    assert not (paths.log_dir() / "ticketpros.log.1").exists()
    assert (paths.staging_dir() / "a.jpg").read_bytes() == b"cleaned"
    assert local_data.count_pending_uploads() == 1
    text = log_file.read_text()
    assert "before clearing" not in text
    logging.getLogger("test").info("after clearing")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "after clearing" in log_file.read_text()


def test_sizes_read_like_a_file_manager():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        _check_english_sizes()
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert format_size(1500) == "1,5 kB"  # the user's decimal separator
    finally:
        QLocale.setDefault(previous)


def _check_english_sizes():
    assert format_size(0) == "0 bytes"
    assert format_size(1) == "1 byte"
    assert format_size(1500) == "1.5 kB"
    assert format_size(2_500_000) == "2.5 MB"
    assert format_size(7_000_000_000_000) == "7.0 TB"
    assert format_size(None) == ""


def test_measure_counts_what_the_queues_keep_beside_their_files_and_the_command_line_queue(tmp_path):
    """Backups made before a migration, the command line's own queue and the
    sign-in locks are on this computer too: each is shown, none is cleared."""
    make_queue(["queued"], tmp_path)
    queue = paths.upload_queue_file()
    write(queue.with_name("upload-queue.v0.backup.sqlite3"), b"b" * 4096)
    with UploadQueue(paths.cli_upload_queue_file(), paths.cli_staging_dir(), owner="test") as cli:
        cli.add([tmp_path / "photo0.jpg"])
    write(paths.cli_staging_dir() / "c.jpg", b"s" * 700)
    write(paths.cli_upload_lock_file(), b"")
    write(paths.session_lock_dir() / "session-0123abcd.lock", b"")

    database = sum(p.stat().st_size for p in (queue, queue.with_name(queue.name + "-wal"),
                                              queue.with_name(queue.name + "-shm")) if p.exists())

    items = {item.key: item for item in local_data.measure().items}

    app_queue = items["upload_queue"]
    assert app_queue.size == database + 4096 and not app_queue.cleared
    cli_queue = items["cli_upload_queue"]
    assert cli_queue.location == paths.cli_upload_queue_file() and not cli_queue.cleared
    assert cli_queue.size >= paths.cli_upload_queue_file().stat().st_size + 700
    assert cli_queue.files >= 3  # its database, the lock and the cleaned copy
    locks = items["session_locks"]
    assert (locks.files, locks.size, locks.cleared) == (1, 0, False)

    local_data.clear_local_data()
    assert paths.cli_upload_queue_file().exists() and (paths.cli_staging_dir() / "c.jpg").exists()
    assert queue.with_name("upload-queue.v0.backup.sqlite3").exists()


def test_without_a_command_line_queue_or_locks_their_rows_are_absent():
    keys = {item.key for item in local_data.measure().items}
    assert "cli_upload_queue" not in keys and "session_locks" not in keys
