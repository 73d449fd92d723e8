"""GUI fixtures: a DesktopApp wired to the real service."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.gui import DesktopApp, create_qapplication
from app.logs import setup_logging
from app.settings import Settings
from app.theme import apply_theme

FAST_RETRY = (0.05, 0.1)


@pytest.fixture
def log_file(isolated_home):
    path = setup_logging()
    yield path


@pytest.fixture
def make_desktop(qtbot, qapp, log_file):
    """Build DesktopApps like a start of the app (settings from disk); all are
    shut down at the end, and no worker thread is left running."""
    create_qapplication([])
    apply_theme(qapp, "light")
    made: list[DesktopApp] = []

    def make(settings: Settings | None = None) -> DesktopApp:
        desktop = DesktopApp(settings or Settings.load(), retry_delays=FAST_RETRY)
        qtbot.addWidget(desktop.sign_in_window)
        made.append(desktop)
        return desktop

    yield make
    for desktop in made:
        if desktop.main_window is not None:
            desktop.main_window.close()
            # Delete it now: leaked windows make every later restyle (apply_theme) slower.
            desktop.main_window.deleteLater()
        desktop.shutdown()
        assert desktop.runner.active == 0 or desktop.runner.shutdown(5000)
        desktop.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Collect cycles holding Qt objects here, on the GUI thread: collected later
    # by a service thread, ~QObject waits for the GIL under a Qt lock (deadlock).
    gc.collect()


def sign_in(qtbot, desktop: DesktopApp, email: str, password: str, *, remember: bool = True) -> None:
    window = desktop.sign_in_window
    window.email_edit.clear()
    qtbot.keyClicks(window.email_edit, email)
    window.password_edit.clear()
    qtbot.keyClicks(window.password_edit, password)
    window.remember_check.setChecked(remember)
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
