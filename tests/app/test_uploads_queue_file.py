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
