"""The app with a queue file from a newer version: one sentence, and the file left as it is."""

from __future__ import annotations

import sqlite3

from api_client.uploads import SCHEMA_VERSION, UploadQueue
from app import paths
from app.settings import Settings
from tests.app.conftest import sign_in
from tests.support.service import DEMO_PASSWORD


def test_a_queue_of_a_newer_app_is_named_in_one_sentence_and_not_touched(qtbot, make_desktop, service):
    with UploadQueue(paths.upload_queue_file(), paths.staging_dir()):
        pass
    conn = sqlite3.connect(paths.upload_queue_file())
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = paths.upload_queue_file().read_bytes()

    Settings(server_url=service.url).save()
    desktop = make_desktop()
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", DEMO_PASSWORD)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=15000)
    window = desktop.main_window
    window.show_page("uploads")
    qtbot.waitUntil(lambda: window.banner.label.text() != "", timeout=10000)
    assert window.banner.label.text() == \
        "This upload queue was written by a newer Ticket Pros Desktop; update the app"
    assert window.pages["uploads"].queue is None
    assert paths.upload_queue_file().read_bytes() == before


def test_the_files_of_a_ticket_finished_without_a_page_say_so(qtbot, service, tmp_path):
    """The rows of a 2-of-3-page ticket as the queue left them, shown by the Uploads page's model."""
    from api_client.uploads import Grouping, ItemState, QueueRunner
    from app.uploads.model import UploadQueueModel
    from tests.support.uploads import MiB, big_pdf, signed_in

    pages = [big_pdf(tmp_path / f"p{n}.pdf", MiB, seed=n) for n in (1, 2, 3)]
    with signed_in(service.url) as client, UploadQueue(tmp_path / "q.sqlite3", tmp_path / "staging") as queue:
        runner = QueueRunner(queue, client, concurrency=1, rate_limit=2 * MiB, chunk_size=256 * 1024,
                             poll_interval=0.05)
        _, second, _ = queue.add(pages, grouping=Grouping.ONE_MULTI_PAGE_TICKET)
        runner.start()
        try:
            qtbot.waitUntil(lambda: queue.get(second.id).offset > 0, timeout=20000)
            queue.cancel(second.id)
            assert runner.wait_idle(30)
        finally:
            runner.stop()
        model = UploadQueueModel()
        model.reset_items(queue.items())
    note = "Ticket made with the 2 pages that arrived; 1 page was cancelled."
    statuses = [model.data(model.index(row, UploadQueueModel.STATUS)) for row in range(3)]
    assert statuses == [f"Uploaded as page 1 of 2. {note}", f"Cancelled. {note}", f"Uploaded as page 2 of 2. {note}"]
    assert model.item(1).state is ItemState.CANCELLED
