"""Watched folders in the GUI: the Settings editor and the Uploads page's folder panel (pytest-qt)."""

from __future__ import annotations

import json
import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from api_client.watch import AfterUpload, FolderGrouping, Status, WatchedFolder
from app import paths
from app.confirm import Confirmation
from app.settings import Settings
from app.settings.dialog import SettingsDialog
from app.shell.pages import PageContext
from app.uploads import UploadsPage
from app.workers import TaskRunner
from tests.api_client.test_watch import distinct_jpeg
from tests.app import test_policy_gui
from tests.app.conftest import sign_in
from tests.app.test_signin_flow import wait_for_main_window
from tests.support.uploads import signed_in


def _ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_settings_editor_adds_edits_and_removes_folders_and_asks_before_delete(qtbot, tmp_path):
    scans, photos = tmp_path / "scans", tmp_path / "photos"
    settings = Settings(watched_folders=[WatchedFolder(str(photos)).to_dict()])
    dialog = SettingsDialog(settings, proxy_in_use=None)
    qtbot.addWidget(dialog)
    editor = dialog.watched_editor
    assert dialog.setting_widgets["watched_folders"] is editor
    assert editor.tree.topLevelItemCount() == 1 and not editor.empty_label.isVisibleTo(dialog)

    added = editor.add_folder(str(scans))
    added.job_edit.setText("  J-40 ")
    added.grouping_combo.setCurrentIndex(added.grouping_combo.findData("page"))
    added.after_combo.setCurrentIndex(added.after_combo.findData("delete"))
    _ok(added)
    question = added.findChild(Confirmation)
    assert question is not None and "deleted once they are uploaded" in question.text()
    question.button(question.StandardButton.Cancel).click()  # not confirmed: nothing added, still editing
    qtbot.waitUntil(lambda: added.findChild(Confirmation) is None)
    assert added.isVisible() and len(editor.folders()) == 1
    _ok(added)
    question = added.findChild(Confirmation)
    question.action_button.click()
    qtbot.waitUntil(lambda: len(editor.folders()) == 2)
    new = editor.folders()[1]
    assert (new.key, new.job, new.grouping, new.after) == (str(scans), "J-40", FolderGrouping.PAGE,
                                                           AfterUpload.DELETE)
    assert editor.tree.topLevelItem(1).text(1) == "One ticket per page"

    # Editing keeps "delete" without asking again; the same folder twice is not added twice.
    assert editor.add_folder(str(scans)) is None and len(editor.folders()) == 2
    edit = editor.edit_selected()
    edit.notes_edit.setText("night scans")
    _ok(edit)
    qtbot.waitUntil(lambda: editor.folders()[1].notes == "night scans")
    assert edit.findChild(Confirmation) is None

    editor.tree.setCurrentItem(editor.tree.topLevelItem(0))
    editor.remove_selected()
    _ok(dialog)
    result = dialog.result_settings()
    assert result is not None
    assert [(f.key, str(f.after)) for f in result.watched()] == [(str(scans), "delete")]


@pytest.fixture
def watching_page(qtbot, service, tmp_path):
    made = []

    def make(folders):
        client = signed_in(service.url)
        runner = TaskRunner()
        context = PageContext(me=client.me(), client=client, runner=runner, report_error=lambda exc: None,
                              navigate=lambda key, args: None, watched_folders=tuple(folders))
        page = UploadsPage(context, queue_path=tmp_path / "data" / "queue.sqlite3",
                           staging_dir=tmp_path / "data" / "staging", thumbnail_dir=tmp_path / "thumbs",
                           runner_options={"poll_interval": 0.05}, watcher_options={"stable_seconds": 0.1})
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        made.append((page, runner, client))
        qtbot.waitUntil(lambda: page.watcher is not None, timeout=5000)
        return page

    yield make
    for page, runner, client in made:
        page.shutdown()
        assert runner.shutdown(15000)
        client.close()


def test_the_uploads_page_shows_each_folders_state_and_pauses_one(qtbot, watching_page, tmp_path):
    inbox, gone = tmp_path / "inbox", tmp_path / "unplugged-share"
    inbox.mkdir()
    page = watching_page([WatchedFolder(str(inbox)), WatchedFolder(str(gone))])
    rows = page.folders_panel.rows
    assert page.folders_panel.isVisible() and list(rows) == [str(inbox), str(gone)]
    qtbot.waitUntil(lambda: rows[str(gone)].status.text() == "Not watching", timeout=5000)
    assert rows[str(gone)].detail.text().startswith("The folder is not there (a drive or share not connected?)")
    qtbot.waitUntil(lambda: rows[str(inbox)].status.text() == "Watching", timeout=5000)

    shutil.copy(distinct_jpeg(tmp_path / "receipt.jpg", 3), inbox / "receipt.jpg")
    qtbot.waitUntil(lambda: rows[str(inbox)].detail.text() == "Last: receipt.jpg, uploaded", timeout=15000)
    assert (inbox / "Uploaded" / "receipt.jpg").is_file()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)  # the queue's row shows in the table too

    rows[str(inbox)].button.click()
    assert rows[str(inbox)].status.text() == "Paused" and rows[str(inbox)].button.text() == "Resume"
    qtbot.waitUntil(lambda: page.watcher.states()[0].status is Status.PAUSED, timeout=5000)
    shutil.copy(distinct_jpeg(tmp_path / "later.jpg", 4), inbox / "later.jpg")
    qtbot.wait(400)  # four stable windows: a folder not paused takes it by then
    assert (inbox / "later.jpg").is_file()  # paused: not taken
    rows[str(inbox)].button.click()
    qtbot.waitUntil(lambda: (inbox / "Uploaded" / "later.jpg").is_file(), timeout=15000)

    # Settings changed: the folder that cannot be reached is removed, the panel follows.
    page.apply_settings(Settings(watched_folders=[WatchedFolder(str(inbox)).to_dict()]))
    assert list(page.folders_panel.rows) == [str(inbox)]


machine_policy = test_policy_gui.machine_policy


def test_a_folder_paused_on_the_uploads_page_stays_paused_after_a_restart_under_a_locked_policy(
        qtbot, make_desktop, service, demo_password, machine_policy, tmp_path):
    """The organisation's policy locks the watched folders; the person's pause is theirs, kept in
    settings.json's ``paused_folders`` across a restart of the app, and shown as it is."""
    inbox, other = tmp_path / "scanner", tmp_path / "phone"
    inbox.mkdir()
    other.mkdir()
    machine_policy({"server_url": service.url, "watched_folders": [{"path": str(inbox)}, {"path": str(other)}]})

    def start():
        desktop = make_desktop()  # settings from disk, under the policy, as the app starts
        desktop.start()
        sign_in(qtbot, desktop, "alice@demo.example", demo_password)
        page = wait_for_main_window(qtbot, desktop).pages["uploads"]
        qtbot.waitUntil(lambda: page.watcher is not None, timeout=5000)
        return desktop, page

    def on_disk() -> dict:
        return json.loads(paths.settings_file().read_text("utf-8"))

    desktop, page = start()
    rows = page.folders_panel.rows
    assert list(rows) == [str(inbox), str(other)]
    qtbot.waitUntil(lambda: rows[str(inbox)].status.text() == "Watching", timeout=5000)
    rows[str(inbox)].button.click()
    qtbot.waitUntil(lambda: paths.settings_file().is_file() and on_disk().get("paused_folders") == [str(inbox)],
                    timeout=5000)
    assert "watched_folders" not in on_disk()  # the policy's folders are not copied into the file

    # Settings shows the organisation's folders, greyed; OK there keeps the pause.
    dialog = desktop.open_settings()
    editor = dialog.watched_editor
    assert [editor.tree.topLevelItem(n).toolTip(0) for n in range(editor.tree.topLevelItemCount())] == [
        str(inbox), str(other)]
    assert not editor.isEnabled()
    _ok(dialog)
    qtbot.waitUntil(lambda: desktop.settings_dialog is None, timeout=5000)
    assert desktop.settings.paused_folders == [str(inbox)] and rows[str(inbox)].status.text() == "Paused"

    desktop.main_window.close()
    desktop.shutdown()  # the app quits ...
    desktop, page = start()  # ... and starts again
    rows = page.folders_panel.rows
    assert rows[str(inbox)].status.text() == "Paused" and rows[str(inbox)].button.text() == "Resume"
    qtbot.waitUntil(lambda: {s.folder: s.status for s in page.watcher.states()} == {
        str(inbox): Status.PAUSED, str(other): Status.WATCHING}, timeout=10000)  # the first app's lock let go
    rows[str(inbox)].button.click()  # resumed: kept too
    qtbot.waitUntil(lambda: on_disk().get("paused_folders") == [], timeout=5000)
    qtbot.waitUntil(lambda: page.watcher.states()[0].status is Status.WATCHING, timeout=5000)
