"""The Uploads page driven like a person would, against the real service."""

from __future__ import annotations

import time
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QStyle

from api_client.uploads import ItemState
from app.shell.pages import PageContext
from app.uploads import UploadsPage
from app.uploads import page as page_module
from app.workers import TaskRunner
from tests import media_samples as samples
from tests.support.service import ServiceProcess
from tests.support.uploads import signed_in

FAST = {"chunk_size": 256 * 1024, "poll_interval": 0.05, "max_attempts": 2}


@pytest.fixture
def make_page(qtbot, tmp_path):
    made = []

    def make(url: str, email: str = "alice@demo.example"):
        client = signed_in(url, email)
        runner = TaskRunner()
        errors: list[BaseException] = []
        context = PageContext(me=client.me(), client=client, runner=runner, report_error=errors.append,
                              navigate=lambda key, args: None)
        page = UploadsPage(context, queue_path=tmp_path / "data" / "queue.sqlite3",
                           staging_dir=tmp_path / "data" / "staging", thumbnail_dir=tmp_path / "thumbs",
                           runner_options=FAST)
        qtbot.addWidget(page)
        page.resize(1000, 640)
        page.show()
        made.append((page, runner, client))
        qtbot.waitUntil(lambda: page.queue is not None, timeout=5000)
        return page, errors

    yield make
    for page, runner, client in made:
        page.shutdown()
        assert runner.shutdown(15000)
        client.close()


def drop(page: UploadsPage, paths: list[Path]) -> None:
    """A real drag-and-drop event sequence on the page."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(page.drop_zone.geometry().center())
    with warnings.catch_warnings():  # PySide flags Qt's only QDragEnterEvent constructor (QPoint) as deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(page, event)
    assert event.isAccepted()


def states(page: UploadsPage) -> dict[str, ItemState]:
    return {page.model.item(r).name: page.model.item(r).state for r in range(page.model.rowCount())}


def test_dropped_files_and_folders_upload_with_one_sentence_per_refusal(qtbot, make_page, service, tmp_path,
                                                                        monkeypatch):
    loads: list[set[int]] = []
    load = page_module._load_thumbnails
    monkeypatch.setattr(page_module, "_load_thumbnails",
                        lambda cache, wanted: loads.append(set(wanted)) or load(cache, wanted))
    page, errors = make_page(service.url)
    assert page.stack.currentWidget() is page.empty  # empty state says what to do
    folder = tmp_path / "scans"
    folder.mkdir()
    samples.jpeg_with_gps(folder / "photo.jpg")
    samples.png_with_exif_gps(folder / "scan.png")
    samples.exe_renamed_jpg(folder / "setup.jpg")
    pdf = samples.small_pdf(tmp_path / "ticket.pdf")
    page.job_edit.setText("Riverside")

    drop(page, [folder, pdf])
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)
    assert page.stack.currentWidget() is page.table
    # The sample photo is 64 x 48 pixels: the photo check holds it until it is sent anyway.
    qtbot.waitUntil(lambda: states(page)["photo.jpg"] is ItemState.HELD, timeout=30000)
    photo = next(page.model.item(r) for r in range(4) if page.model.item(r).name == "photo.jpg")
    assert page.model.status_text(photo) == "This photo has too few pixels; the numbers may not be readable."
    page.select_ids([photo.id])
    qtbot.mouseClick(page.send_anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(s.finished for s in states(page).values()), timeout=30000)

    assert states(page) == {"photo.jpg": ItemState.DONE, "scan.png": ItemState.DONE,
                            "setup.jpg": ItemState.REJECTED, "ticket.pdf": ItemState.DONE}
    row = next(r for r in range(4) if page.model.item(r).name == "setup.jpg")
    text = page.model.index(row, page.model.STATUS).data()
    assert text.endswith(".") and text.count(". ") == 0 and "Windows program" in text
    # The totals are redrawn at most ten times a second (not on every event).
    qtbot.waitUntil(lambda: "3 of 4 files uploaded" in page.total_label.text(), timeout=1000)
    assert "1 with problems" in page.total_label.text()
    assert page.total_bar.value() == 1000
    # Thumbnails arrive lazily, off the GUI thread: the pictures' and the PDF's rows show their preview
    # (the photo's 4:3), not the file icon; a refused file the warning sign. Those asked for in one
    # paint are made by one task.
    def drawn(icon):
        return icon.pixmap(16, 16).toImage()

    file_icon = drawn(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))

    def preview(name: str):
        row = next(r for r in range(4) if page.model.item(r).name == name)
        icon = page.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole)
        return None if drawn(icon) == file_icon else icon

    qtbot.waitUntil(lambda: all(preview(name) is not None for name in ("photo.jpg", "scan.png", "ticket.pdf")),
                    timeout=5000)
    size = preview("photo.jpg").availableSizes()[0]
    assert abs(size.width() / size.height() - 64 / 48) < 0.05, size
    assert drawn(preview("setup.jpg")) == drawn(QApplication.style().standardIcon(
        QStyle.StandardPixmap.SP_MessageBoxWarning))
    assert loads and len(set().union(*loads)) == sum(len(ids) for ids in loads)  # none asked twice
    assert errors == []
    ticket = page.context.client.tickets.get(next(page.model.item(r).ticket_id for r in range(4)
                                                  if page.model.item(r).name == "ticket.pdf"))
    assert ticket.job == "Riverside"

    page.clear_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.stack.currentWidget() is page.empty


def test_duplicate_is_flagged_and_the_person_decides(qtbot, make_page, service, tmp_path):
    page, _ = make_page(service.url)
    pdf = samples.small_pdf(tmp_path / "ticket.pdf")
    drop(page, [pdf])
    qtbot.waitUntil(lambda: states(page).get("ticket.pdf") is ItemState.DONE, timeout=20000)
    page.clear_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)

    page.add_paths([pdf])
    qtbot.waitUntil(lambda: states(page).get("ticket.pdf") is ItemState.WAITING_DECISION, timeout=20000)
    assert "Already uploaded" in page.model.index(0, page.model.STATUS).data()
    page.select_ids([page.model.item(0).id])
    assert page.upload_anyway_button.isEnabled() and page.skip_button.isEnabled()
    qtbot.mouseClick(page.upload_anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: states(page).get("ticket.pdf") is ItemState.DONE, timeout=20000)


def test_failing_upload_shows_error_next_try_and_retry_now(qtbot, make_page, tmp_path):
    proc = ServiceProcess(tmp_path / "service").start()
    try:
        page, _ = make_page(proc.url)
        proc.stop()
        page.add_paths([samples.small_pdf(tmp_path / "a.pdf")])
        qtbot.waitUntil(lambda: states(page).get("a.pdf") is ItemState.FAILED, timeout=30000)
        text = page.model.index(0, page.model.STATUS).data()
        assert "Next try at" in text and time.strftime("%H:") in text
        proc.start()
        page.select_ids([page.model.item(0).id])
        assert page.retry_button.isEnabled()
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: states(page).get("a.pdf") is ItemState.DONE, timeout=30000)
    finally:
        proc.stop()


def test_pause_all_and_the_queue_persists_across_pages(qtbot, make_page, service, tmp_path):
    page, _ = make_page(service.url)
    page.toggle_pause_all()
    assert page.pause_all_button.text() == "Resume all"
    page.add_paths([samples.small_pdf(tmp_path / "a.pdf")])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.wait(300)
    assert page.model.item(0).state is ItemState.PREPARING  # nothing runs while paused
    page.shutdown()  # like signing out / closing the app

    again, _ = make_page(service.url)  # the next start of the app picks up where it stopped
    qtbot.waitUntil(lambda: states(again).get("a.pdf") is ItemState.DONE, timeout=20000)


def test_progress_reaches_the_row_and_the_total_while_uploading(qtbot, make_page, service, tmp_path):
    from tests.support.uploads import MiB, big_pdf

    page, _ = make_page(service.url)
    seen: list[dict] = []
    page.bridge.progress.connect(seen.append)
    fractions: list[float] = []
    page.model.dataChanged.connect(
        lambda *_: page.model.rowCount() and fractions.append(page.model.index(0, page.model.PROGRESS).data(
            Qt.ItemDataRole.UserRole + 2)))
    page.add_paths([big_pdf(tmp_path / "big.pdf", 12 * MiB)])
    qtbot.waitUntil(lambda: states(page).get("big.pdf") is ItemState.DONE, timeout=30000)
    assert seen and all(isinstance(k, int) and v[1] == 12 * MiB for batch in seen for k, v in batch.items())
    assert any(0 < f < 1 for f in fractions)  # the row's bar moved before the end
    qtbot.waitUntil(lambda: page.total_bar.value() == 1000, timeout=1000)  # redrawn within a tenth of a second


def test_the_app_resumes_the_queue_when_signed_in_and_pauses_it_when_signed_out(qtbot, make_desktop, service,
                                                                               demo_password, tmp_path):
    from app import paths
    from app.settings import Settings
    from tests.app.conftest import sign_in

    def wait_for_uploads_page(desktop):
        qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=10000)
        page = desktop.main_window.pages["uploads"]
        qtbot.waitUntil(lambda: page.queue_runner is not None, timeout=5000)
        return page

    Settings(server_url=service.url).save()
    desktop = make_desktop()
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    page = wait_for_uploads_page(desktop)
    assert page.queue.db_path == paths.upload_queue_file()

    desktop.main_window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: desktop.main_window is None, timeout=10000)
    assert page.queue_runner is None  # signed out: nothing is sent
    qtbot.waitUntil(lambda: desktop.runner.active == 0, timeout=10000)
    # Files queued while signed out (here: by another instance of the queue) wait ...
    from api_client.uploads import UploadQueue
    with UploadQueue(paths.upload_queue_file(), paths.staging_dir(), owner=page.queue_owner) as queue:
        queue.add([samples.small_pdf(tmp_path / "while-away.pdf")])

    sign_in(qtbot, desktop, "bob@demo.example", demo_password)
    page = wait_for_uploads_page(desktop)  # never sent under someone else's sign-in
    qtbot.wait(500)
    assert page.model.rowCount() == 0
    desktop.main_window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: desktop.main_window is None, timeout=10000)

    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    page = wait_for_uploads_page(desktop)  # ... and go as soon as she is signed in again
    qtbot.waitUntil(lambda: states(page).get("while-away.pdf") is ItemState.DONE, timeout=20000)


def test_tray_pause_all_pauses_the_queue(qtbot, make_desktop, service, demo_password):
    from app.settings import Settings
    from tests.app.conftest import sign_in

    Settings(server_url=service.url).save()
    desktop = make_desktop()
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    qtbot.waitUntil(lambda: desktop.main_window is not None and desktop.main_window.isVisible(), timeout=10000)
    page = desktop.main_window.pages["uploads"]
    qtbot.waitUntil(lambda: page.queue_runner is not None, timeout=5000)
    assert not page.queue_runner.paused
    desktop.tray.pause_action.trigger()  # the tray menu's "Pause all uploads"
    assert page.queue_runner.paused
    assert page.pause_all_button.text() == "Resume all"


def test_upload_concurrency_setting_reaches_the_queue(qtbot, make_desktop, service, demo_password):
    from app.settings import Settings
    from tests.app.conftest import sign_in

    Settings(server_url=service.url, upload_concurrency=3).save()
    desktop = make_desktop()
    desktop.start()
    sign_in(qtbot, desktop, "alice@demo.example", demo_password)
    qtbot.waitUntil(lambda: desktop.main_window is not None, timeout=10000)
    page = desktop.main_window.pages["uploads"]
    qtbot.waitUntil(lambda: page.queue_runner is not None, timeout=5000)
    assert page.queue_runner.concurrency == 3
