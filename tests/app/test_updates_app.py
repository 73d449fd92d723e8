"""The app's updates: checked after the first paint on a worker, downloaded and verified, then
"Restart to update" saying which uploads continue; with updates off, no request at all (the
repository server's access log stays empty). Small fake bundles; ./dev update-trial runs the
real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from api_client import __version__
from api_client.uploads import UploadQueue
from app import about, paths
from app.confirm import Confirmation
from app.settings import Settings
from app.settings.dialog import SettingsDialog
from app.updates import controller, core
from tests.support.update_repo import RepositoryServer, channel, make_bundle, make_keys

NEXT = "99.0.0"


@pytest.fixture
def repository(tmp_path: Path, monkeypatch):
    """The running version and a newer one on the stable channel; this test process plays a bundle
    of the running version installed in a temporary folder."""
    ch = channel(tmp_path, make_keys(tmp_path / "keys"))
    ch.add(make_bundle(tmp_path / "build-now", __version__), __version__)
    ch.add(make_bundle(tmp_path / "build-next", NEXT, payload=b"next"), NEXT)
    installed = tmp_path / "installed" / "ticketpros"
    shutil.copytree(tmp_path / "build-now", installed)
    monkeypatch.setattr(core, "bundle_install_dir", lambda: installed)
    monkeypatch.setattr(core, "bundle_trusted_root", lambda: ch.root_file)
    with RepositoryServer(tmp_path / "repository") as server:
        yield server, installed


def _queue_two_files(tmp_path: Path) -> None:
    files = []
    for name in ("a.png", "b.png"):
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n" + name.encode())
        files.append(tmp_path / name)
    queue = UploadQueue(paths.upload_queue_file(), paths.staging_dir(), owner="someone")
    queue.add(files)
    queue.store.close()


def test_update_offered_after_the_first_paint_and_installed_at_the_restart(
        qtbot, make_desktop, repository, tmp_path, monkeypatch):
    server, installed = repository
    _queue_two_files(tmp_path)
    desktop = make_desktop(Settings(update_url=server.url))
    assert server.access_log == []  # nothing before the window is painted
    desktop.start()
    window = desktop.sign_in_window
    qtbot.waitUntil(lambda: window.findChild(Confirmation) is not None, timeout=20000)
    box = window.findChild(Confirmation)
    assert NEXT in box.text()
    assert box.informativeText() == "2 files are still uploading; they continue after the restart."
    assert box.action_button.text() == "Restart to update"
    assert f"Version {NEXT} is ready" in about.about_text()
    assert any(line.startswith("GET /stable/metadata/timestamp.json") for line in server.access_log)
    assert (installed / "VERSION").read_text() == __version__  # nothing installed before the restart

    quits: list[bool] = []
    desktop.updates.restart_requested.disconnect()
    desktop.updates.restart_requested.connect(lambda: quits.append(True))
    box.action_button.click()
    qtbot.waitUntil(lambda: quits == [True])
    started: list[list[str]] = []
    monkeypatch.setattr(controller.subprocess, "Popen", lambda args, **kwargs: started.append(args))
    assert controller.finish_pending(desktop.updates.pending_restart, ["ticketpros", "--flag"])
    assert (installed / "VERSION").read_text() == NEXT
    assert started == [[str(installed / "ticketpros"), "--flag"]]
    # The queue is in the data folder, not the install folder: both files still wait.
    assert controller._pending_uploads() == 2


def test_updates_off_makes_no_request(qtbot, make_desktop, repository):
    server, _installed = repository
    desktop = make_desktop(Settings(update_url=server.url, updates_enabled=False))
    desktop.start()
    qtbot.waitExposed(desktop.sign_in_window)
    qtbot.wait(500)
    desktop.updates.check()  # even the daily timer's call asks nothing
    qtbot.wait(300)
    assert server.access_log == []
    assert desktop.updates.state == "Automatic updates are off."
    assert "Automatic updates are off." in about.about_text()
    # Switched on in the settings, it checks at once (the same server sees it).
    on = Settings(update_url=server.url)
    desktop.apply_settings(on)
    qtbot.waitUntil(lambda: desktop.updates.ready is not None, timeout=20000)
    assert server.access_log


def test_refusal_is_one_sentence_in_the_state(qtbot, make_desktop, repository, tmp_path):
    server, installed = repository
    archive = tmp_path / "repository" / "stable" / "targets" / f"ticketpros-{NEXT}.tar.gz"
    data = bytearray(archive.read_bytes())
    data[100] ^= 0xFF
    archive.write_bytes(bytes(data))
    desktop = make_desktop(Settings(update_url=server.url))
    desktop.start()
    qtbot.waitUntil(lambda: "tampered" in desktop.updates.state, timeout=20000)
    assert desktop.updates.state.endswith("this version keeps working.")
    assert desktop.updates.ready is None and desktop.sign_in_window.findChild(Confirmation) is None
    assert (installed / "VERSION").read_text() == __version__


def test_settings_dialog_has_the_update_controls(qtbot):
    dialog = SettingsDialog(Settings(update_channel="stable"), proxy_in_use=None)
    qtbot.addWidget(dialog)
    assert dialog.setting_widgets["updates_enabled"] is dialog.updates_check
    assert dialog.setting_widgets["update_channel"] is dialog.channel_combo
    dialog.updates_check.setChecked(False)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("beta"))
    dialog.accept()
    result = dialog.result_settings()
    assert result is not None and (result.updates_enabled, result.update_channel) == (False, "beta")
