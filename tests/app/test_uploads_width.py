"""The Uploads page fits a small window: a small laptop's, or 1,400 px at 200 %."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from api_client.watch import FolderState, Status, WatchedFolder
from app import translation
from app.i18n import install_translations
from app.shell.pages import PageContext
from app.uploads import UploadsPage
from app.workers import TaskRunner
from tests.support.uploads import signed_in

SMALL_WINDOW = 700


@pytest.fixture
def language(request, qapp):
    before = QLocale(), translation._language, translation._catalogue
    installed = install_translations(qapp, request.param)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before[0])
    translation._language, translation._catalogue = before[1:]


def wide_row(layout) -> str:
    """Each row of the page with its minimum width, for the failure's message."""
    rows = []
    for i in range(layout.count()):
        item = layout.itemAt(i)
        what = item.widget().__class__.__name__ if item.widget() else "row"
        rows.append(f"{what} {item.minimumSize().width()}")
    return ", ".join(rows)


@pytest.mark.parametrize("language", ["en", "es"], indirect=True)
def test_the_uploads_page_fits_700_px_with_every_button_and_a_folder_in_error(qtbot, service, tmp_path, language):
    client = signed_in(service.url)
    runner = TaskRunner()
    folder = WatchedFolder(str(tmp_path / "Escáner de la oficina de facturación (copiadora del segundo piso)"))
    context = PageContext(me=client.me(), client=client, runner=runner, report_error=lambda exc: None,
                          navigate=lambda key, args: None, watched_folders=(folder,))
    page = UploadsPage(context, queue_path=tmp_path / "q.sqlite3", staging_dir=tmp_path / "s",
                       thumbnail_dir=tmp_path / "t", watcher_options={"lock_dir": tmp_path / "locks"})
    qtbot.addWidget(page)
    try:
        page.show()
        # The widest the page gets: the folder's row saying why it is not watched and what it took
        # last, and every action on view (the decisions show only while a file waits for one).
        page.folders_panel.apply_states([FolderState(
            folder.key, Status.ERROR, message="The folder could not be read: permission denied.",
            last_file="2026-12-02 scan of the delivery ticket from the north quarry.pdf",
            last_result="not uploaded: unreadable", errors=3)])
        qtbot.wait(10)
        for button in (page.pause_button, page.resume_button, page.retry_button, page.cancel_button,
                       page.upload_anyway_button, page.skip_button, page.send_anyway_button, page.remove_button,
                       page.pause_all_button, page.clear_button):
            button.setVisible(True)
        page.total_label.setText(" · ".join([
            page.tr("{done} of %n files uploaded", "", 1000).format(done=999),
            page.tr("{sent} of {total}").format(sent="1.2 MB", total="1.5 MB"),
            page.tr("{speed}/s").format(speed="140 kB"), page.tr("limited to {limit} KiB/s").format(limit=512),
            page.tr("%n with problems", "", 12), page.tr("%n waiting for your decision", "", 3), page.tr("paused")]))
        page.layout().activate()
        width = page.minimumSizeHint().width()
        # The totals' words change ten times a second while files upload: the page's minimum width
        # does not follow them (the window would be laid out again each time).
        page.total_label.setText(page.tr("Nothing to upload."))
        page.layout().activate()
        assert page.minimumSizeHint().width() == width
        assert width <= SMALL_WINDOW, f"{language}: {width} px ({wide_row(page.layout())})"
        # Nothing is cut at that width: every button gets at least the width of its words.
        page.resize(SMALL_WINDOW, 900)
        qtbot.wait(10)
        for button in page.findChildren(type(page.pause_button)):
            if button.isVisible():
                assert button.width() >= button.minimumSizeHint().width(), button.text()
    finally:
        page.shutdown()
        assert runner.shutdown(15000)
        client.close()
