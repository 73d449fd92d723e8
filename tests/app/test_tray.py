"""Start minimised to the tray, and the tray menu.

The offscreen platform has no system tray, so these tests tell Qt there is
one (``QSystemTrayIcon.isSystemTrayAvailable``); everything else — the
settings file, the keyring, the session restored from the real service, the
tray's menu actions — is the product's own.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from app.settings import Settings
from tests.app.conftest import sign_in
from tests.app.test_signin_flow import settings_for, wait_for_main_window

# Qt's tray code looks for a tray window the offscreen platform cannot have.
pytestmark = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


@pytest.fixture
def desktop_tray(monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))


def remembered_session(qtbot, make_desktop, service, password, **settings) -> Settings:
    first = make_desktop(settings_for(service))
    first.start()
    sign_in(qtbot, first, "alice@demo.example", password)
    wait_for_main_window(qtbot, first)
    qtbot.waitUntil(lambda: Settings.load().account == "alice@demo.example")
    first.main_window.close()
    first.shutdown()
    saved = Settings.load()
    for name, value in settings.items():
        setattr(saved, name, value)
    saved.save()
    return saved


def test_start_minimised_opens_from_the_tray(qtbot, make_desktop, service, demo_password, test_keyring,
                                             desktop_tray):
    remembered_session(qtbot, make_desktop, service, demo_password, start_minimised=True)
    desktop = make_desktop()  # settings from disk, token from the keyring, as at login
    desktop.start()
    assert desktop.tray.icon is not None and desktop.tray.icon.isVisible()
    qtbot.waitUntil(lambda: desktop.main_window is not None, timeout=10000)
    qtbot.wait(200)
    assert not desktop.main_window.isVisible() and not desktop.sign_in_window.isVisible()
    assert desktop.tray.sign_out_action.isEnabled() and desktop.tray.pause_action.isEnabled()

    desktop.tray.open_action.trigger()
    qtbot.waitUntil(desktop.main_window.isVisible)
    assert desktop.main_window.account_button.text().startswith("Alice Anders")


def test_without_a_session_start_minimised_shows_the_sign_in_window(qtbot, make_desktop, service,
                                                                    test_keyring, desktop_tray):
    settings = settings_for(service)
    settings.start_minimised = True
    settings.save()
    desktop = make_desktop(settings)
    desktop.start()
    assert desktop.sign_in_window.isVisible()  # nobody to restore: hiding would leave nothing to use


def test_without_a_tray_start_minimised_shows_the_window(qtbot, make_desktop, service, demo_password,
                                                         test_keyring):
    remembered_session(qtbot, make_desktop, service, demo_password, start_minimised=True)
    desktop = make_desktop()
    desktop.start()
    assert desktop.tray.icon is None
    wait_for_main_window(qtbot, desktop)  # no tray to come back from: never hide the app
